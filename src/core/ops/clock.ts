/**
 * Hybrid logical clock: wall time in ms, a counter for events in the same ms, and the device id.
 * Stamps are fixed-width strings, so comparing two stamps as strings orders them by time, then
 * counter, then device: a deterministic total order shared by every device and the server.
 */

export interface HlcState {
  readonly wall: number;
  readonly counter: number;
  readonly node: string;
}

/** A remote stamp further ahead than this is not allowed to drag our clock into the future. */
export const MAX_CLOCK_DRIFT_MS = 24 * 60 * 60 * 1000;

/**
 * How far ahead of the server's clock an op's stamp may be when it arrives and still stand as
 * made: device clocks drift by minutes, not days (issue 20, ADR 0022).
 */
export const MAX_STAMP_AHEAD_MS = 5 * 60 * 1000;

const WALL_DIGITS = 13;
const COUNTER_DIGITS = 5;
const MAX_COUNTER = 10 ** COUNTER_DIGITS - 1;
export const HLC_PATTERN = /^\d{13}-\d{5}-[A-Za-z0-9_-]{1,64}$/;
export const HLC_MAX_LENGTH = WALL_DIGITS + COUNTER_DIGITS + 2 + 64;

export function initialClock(node: string): HlcState {
  return { wall: 0, counter: 0, node };
}

/** The next stamp for a local event at wall time `now`. */
export function tickClock(state: HlcState, now: number): HlcState {
  const wall = Math.max(state.wall, Math.floor(now));
  return advance(state, wall, wall === state.wall ? state.counter + 1 : 0);
}

/** Moves our clock past a stamp received from another device (unless it is implausibly far ahead). */
export function receiveStamp(state: HlcState, stamp: string, now: number): HlcState {
  const remote = parseStamp(stamp);
  if (!remote || remote.wall > now + MAX_CLOCK_DRIFT_MS) return state;
  const wall = Math.max(state.wall, remote.wall, Math.floor(now));
  let counter = 0;
  if (wall === state.wall && wall === remote.wall) counter = Math.max(state.counter, remote.counter) + 1;
  else if (wall === state.wall) counter = state.counter + 1;
  else if (wall === remote.wall) counter = remote.counter + 1;
  return advance(state, wall, counter);
}

/**
 * The stamp the server keeps for an op arriving at `serverNow` from a device whose clock reads
 * `skewMs` behind the server's (negative when it runs ahead). A stamp more than MAX_STAMP_AHEAD_MS
 * in the server's future is moved back to when it was made on the server's clock (never later than
 * now), keeping its counter and node, so a clock that runs fast cannot win last-writer-wins over
 * edits made after it. Any other stamp stays as it is: a clock that runs slow only loses.
 */
export function settledStamp(stamp: string, serverNow: number, skewMs: number): string {
  const parsed = parseStamp(stamp);
  if (!parsed || parsed.wall <= serverNow + MAX_STAMP_AHEAD_MS) return stamp;
  const wall = Math.max(0, Math.min(parsed.wall + skewMs, Math.floor(serverNow)));
  return formatStamp({ ...parsed, wall });
}

/**
 * A device's clock once the server has moved some of its stamps back: a clock far ahead of the
 * corrected time (this device's clock plus the measured offset) was set by the wrong clock, so it
 * goes back to the latest stamp the server kept, or the corrected time if that is later. Left as
 * it is otherwise: a clock never goes back for any other reason.
 */
export function clockAfterSettling(state: HlcState, settled: readonly string[], correctedNow: number): HlcState {
  if (state.wall <= correctedNow + MAX_STAMP_AHEAD_MS) return state;
  const latest = settled
    .map(parseStamp)
    .reduce<HlcState | null>(
      (best, stamp) =>
        stamp && (!best || stamp.wall > best.wall || (stamp.wall === best.wall && stamp.counter > best.counter))
          ? stamp
          : best,
      null,
    );
  const now = Math.floor(correctedNow);
  return latest && latest.wall >= now
    ? { ...state, wall: latest.wall, counter: latest.counter }
    : { ...state, wall: now, counter: 0 };
}

/** A device corrects its clock by the server's once they differ by more than this. */
export const CLOCK_CORRECTION_MS = 60 * 1000;

/**
 * The offset a device adds to its clock, given the one it uses and one just measured (server
 * time minus device time): none while the two clocks agree within CLOCK_CORRECTION_MS, else the
 * measured one; a stored offset stands until the measurement moves by more than that.
 */
export function nextClockOffset(stored: number, measured: number): number {
  if (Math.abs(measured) <= CLOCK_CORRECTION_MS) return 0;
  return Math.abs(measured - stored) <= CLOCK_CORRECTION_MS ? stored : Math.round(measured);
}

/** The same stamp `deltaMs` later (earlier when negative), never before 1970. */
export function shiftedStamp(stamp: string, deltaMs: number): string {
  const parsed = parseStamp(stamp);
  return parsed ? formatStamp({ ...parsed, wall: Math.max(0, parsed.wall + Math.round(deltaMs)) }) : stamp;
}

// A counter that would overflow its digits borrows the next millisecond instead.
function advance(state: HlcState, wall: number, counter: number): HlcState {
  return counter > MAX_COUNTER ? { ...state, wall: wall + 1, counter: 0 } : { ...state, wall, counter };
}

export function formatStamp(state: HlcState): string {
  const wall = String(state.wall).padStart(WALL_DIGITS, '0');
  const counter = String(state.counter).padStart(COUNTER_DIGITS, '0');
  return `${wall}-${counter}-${state.node}`;
}

export function parseStamp(stamp: string): HlcState | null {
  if (!HLC_PATTERN.test(stamp)) return null;
  return {
    wall: Number(stamp.slice(0, WALL_DIGITS)),
    counter: Number(stamp.slice(WALL_DIGITS + 1, WALL_DIGITS + 1 + COUNTER_DIGITS)),
    node: stamp.slice(WALL_DIGITS + COUNTER_DIGITS + 2),
  };
}

/** The wall time of a stamp in ms (NaN for something that is not a stamp). */
export function stampWall(stamp: string): number {
  return parseStamp(stamp)?.wall ?? Number.NaN;
}

/** The wall time of a stamp as an ISO date, for showing "when" to people. */
export function stampTime(stamp: string): string {
  return new Date(Number(stamp.slice(0, WALL_DIGITS))).toISOString();
}
