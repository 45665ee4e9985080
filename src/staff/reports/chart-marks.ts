/**
 * Day marks on the visits chart: a closed day is a solid light band, a special opening a hatched
 * band with a dashed outline, so the two differ without colour (greyscale screens, print).
 */
import type uPlot from 'uplot';

/** What a day of the visits chart is marked as; null for an ordinary scheduled day. */
export type DayMark = 'closed' | 'special' | null;

/** A day's mark: a special opening wins over the schedule (it is why the center was open). */
export function dayMark(day: { readonly scheduled: boolean; readonly specialOpening: boolean }): DayMark {
  if (day.specialOpening) return 'special';
  return day.scheduled ? null : 'closed';
}

export function markCounts(marks: readonly DayMark[]): { closed: number; special: number } {
  return {
    closed: marks.filter((mark) => mark === 'closed').length,
    special: marks.filter((mark) => mark === 'special').length,
  };
}

/** Diagonal hatching, made once per canvas context (a pattern belongs to its context). */
function hatch(ctx: CanvasRenderingContext2D, ratio: number): CanvasPattern | string {
  const size = Math.round(8 * ratio);
  const tile = document.createElement('canvas');
  tile.width = size;
  tile.height = size;
  const pen = tile.getContext('2d');
  if (!pen) return '#d1d5db';
  pen.strokeStyle = '#6b7280';
  pen.lineWidth = Math.max(1, ratio);
  pen.beginPath();
  pen.moveTo(0, size);
  pen.lineTo(size, 0);
  pen.stroke();
  return ctx.createPattern(tile, 'repeat') ?? '#d1d5db';
}

/** Paints a band over each marked day's slot (day i spans i − ½ to i + ½ on the x scale). */
export function drawDayMarks(u: uPlot, marks: readonly DayMark[]): void {
  if (!marks.some((mark) => mark !== null)) return;
  const { ctx, bbox } = u;
  const ratio = window.devicePixelRatio || 1;
  const pattern = hatch(ctx, ratio);
  ctx.save();
  marks.forEach((mark, index) => {
    if (mark === null) return;
    const left = Math.max(bbox.left, u.valToPos(index - 0.5, 'x', true));
    const right = Math.min(bbox.left + bbox.width, u.valToPos(index + 0.5, 'x', true));
    if (right <= left) return;
    if (mark === 'closed') {
      ctx.fillStyle = '#e5e7eb';
      ctx.fillRect(left, bbox.top, right - left, bbox.height);
      return;
    }
    ctx.fillStyle = pattern;
    ctx.fillRect(left, bbox.top, right - left, bbox.height);
    ctx.setLineDash([4 * ratio, 3 * ratio]);
    ctx.strokeStyle = '#374151';
    ctx.lineWidth = ratio;
    ctx.strokeRect(left + ratio / 2, bbox.top + ratio / 2, right - left - ratio, bbox.height - ratio);
    ctx.setLineDash([]);
  });
  ctx.restore();
}
