/**
 * Checks that hold on every device throughout a run, not only at the end. Read-your-writes: each
 * op a device recorded shows in its own views, at once and ever after. Monotonic reads: its pull
 * cursor never goes back, and nothing it has seen leaves its views (a view stays, an answered
 * request stays answered, a profile field never goes back to an older write).
 */
import type { ParticipantView, RequestView, StockView, View } from '../../../src/core/fold/views.js';
import { MAX_STAMP_AHEAD_MS } from '../../../src/core/ops/clock.js';
import { compareOps, type Op } from '../../../src/core/ops/op.js';
import type { SyncCursor } from '../../../src/store/op-store.js';
import type { FleetDevice } from './fleet.js';

/** A broken property, named with the device and what was seen. */
export class Violation extends Error {
  override name = 'Violation';
}

type Stamped = { readonly at: string; readonly id: string };

/** What a device was seen holding under one view key, to compare with later. */
interface Seen {
  /** The winning answer of a request (it may only give way to an earlier one by clock). */
  outcome?: Stamped;
  /** Profile registers by field (each may only move to a later write). */
  fields?: Record<string, Stamped>;
}

const MOVEMENTS = new Set(['stock.received', 'stock.handedOut', 'stock.adjusted', 'stock.counted']);

export class DeviceWatch {
  /** Every op this device recorded, in order. */
  readonly made: Op[] = [];
  private readonly seen = new Map<string, Seen>();
  private cursor: SyncCursor | null = null;
  private logSize = 0;
  /** Stock lines this device recorded per item: never taken back, so its view counts at least these. */
  private readonly ownLines = new Map<string, number>();

  constructor(private readonly device: FleetDevice) {}

  private fail(what: string): never {
    throw new Violation(`${this.device.plan.label} (${this.device.plan.role}): ${what}`);
  }

  /** Right after a write: the device reads what it wrote. */
  async afterWrite(ops: readonly Op[]): Promise<void> {
    this.made.push(...ops);
    for (const op of ops) {
      for (const itemId of movementItems(op)) this.ownLines.set(itemId, (this.ownLines.get(itemId) ?? 0) + 1);
    }
    for (const op of ops) {
      for (const key of viewKeysOf(op))
        this.checkOwnWrite(await this.asKept(op), key, await this.device.store.view(key));
    }
  }

  /**
   * A device whose clock runs ahead by more than the server allows has its stamps moved back
   * (ADR 0022): its own op counts with the stamp its log holds now, and a value it saw win on
   * the wrong clock may give way to a later real edit. Every other device's stamps never move.
   */
  private get clockLies(): boolean {
    return this.device.plan.clockOffsetMs > MAX_STAMP_AHEAD_MS;
  }

  private async asKept(op: Op): Promise<Op> {
    if (!this.clockLies || op.type !== 'participant.updated') return op;
    const history = await this.device.store.history(`participant:${op.payload.participantId}`);
    return history.find((logged) => logged.id === op.id) ?? op;
  }

  private ownMovedStamp(stamp: Stamped): boolean {
    return this.clockLies && this.made.some((op) => op.id === stamp.id);
  }

  private checkOwnWrite(op: Op, key: string, view: View | undefined): void {
    if (!view) this.fail(`its own ${op.type} ${op.id} is not in its views (${key} missing)`);
    switch (op.type) {
      case 'request.created':
        if (!(view as RequestView).created) this.fail(`its request ${key} shows no creation`);
        break;
      case 'request.fulfilled':
      case 'request.declined':
      case 'request.cancelled':
        if (!(view as RequestView).outcome) this.fail(`it answered ${key} (${op.id}) and its views show it waiting`);
        break;
      case 'participant.enrolled':
        if (!(view as ParticipantView).enrolled) this.fail(`it enrolled ${key} and its views do not show it`);
        break;
      case 'participant.updated':
        for (const field of Object.keys(op.payload.changes)) {
          const register = (view as ParticipantView).fields[field as keyof ParticipantView['fields']];
          if (!register || compareOps({ at: register.at, id: register.opId }, op) < 0) {
            this.fail(`its edit ${op.id} of ${key}.${field} is hidden by an older value`);
          }
        }
        break;
      default:
        if (view.kind === 'stock') {
          const own = this.ownLines.get(view.itemId) ?? 0;
          if ((view as StockView).lines < own)
            this.fail(`${key} counts ${(view as StockView).lines} lines; it wrote ${own}`);
        }
    }
  }

  /** After a sync round (ok or not): the cursor never goes back; a sample of what was seen is still there. */
  async afterSync(sample: (keys: readonly string[]) => string[]): Promise<void> {
    const cursor = await this.device.store.getCursor();
    if (this.cursor) {
      if (!cursor) this.fail(`its pull cursor was forgotten (was ${this.cursor.cursor})`);
      if (cursor.serverId !== this.cursor.serverId) this.fail('its server id changed mid-run');
      if (cursor.cursor < this.cursor.cursor)
        this.fail(`its pull cursor went back from ${this.cursor.cursor} to ${cursor.cursor}`);
    }
    this.cursor = cursor;
    for (const key of sample([...this.seen.keys()])) this.compareSeen(key, await this.device.store.view(key));
  }

  /**
   * Everything at once: every view seen is still there and has not gone back, every op the device
   * recorded still shows, and (laptops) its op log only grew and still holds all it recorded.
   */
  async fullScan(): Promise<void> {
    const views = await this.device.store.allViews();
    for (const key of this.seen.keys()) this.compareSeen(key, views.get(key));
    for (const made of this.made) {
      const op = await this.asKept(made);
      for (const key of viewKeysOf(op)) this.checkOwnWrite(op, key, views.get(key));
    }
    for (const [key, view] of views) this.seen.set(key, seenOf(view));
    if (this.device.plan.role === 'staff') {
      const log = await this.device.store.allOps();
      if (log.length < this.logSize) this.fail(`its op log shrank from ${this.logSize} to ${log.length}`);
      this.logSize = log.length;
      const held = new Set(log.map((op) => op.id));
      const lost = this.made.find((op) => !held.has(op.id));
      if (lost) this.fail(`its own op ${lost.id} left its log`);
    }
  }

  private compareSeen(key: string, view: View | undefined): void {
    const before = this.seen.get(key);
    if (!before) return;
    if (!view) this.fail(`${key} left its views after it was seen`);
    const now = seenOf(view);
    if (
      before.outcome &&
      (!now.outcome || compareOps(now.outcome, before.outcome) > 0) &&
      !this.ownMovedStamp(before.outcome)
    ) {
      this.fail(`${key} went from answered by ${before.outcome.id} to ${now.outcome?.id ?? 'waiting'}`);
    }
    for (const [field, stamp] of Object.entries(before.fields ?? {})) {
      const later = now.fields?.[field];
      if (!later || (compareOps(later, stamp) < 0 && !this.ownMovedStamp(stamp)))
        this.fail(`${key}.${field} went back from ${stamp.id} to ${later?.id}`);
    }
    this.seen.set(key, now);
  }
}

function seenOf(view: View): Seen {
  if (view.kind === 'request') {
    return view.outcome ? { outcome: { at: view.outcome.at, id: view.outcome.opId } } : {};
  }
  if (view.kind === 'participant') {
    const fields: Record<string, Stamped> = {};
    for (const [field, register] of Object.entries(view.fields)) {
      if (register) fields[field] = { at: register.at, id: register.opId };
    }
    return { fields };
  }
  return {};
}

function movementItems(op: Op): string[] {
  if (!MOVEMENTS.has(op.type)) return [];
  if (op.type === 'stock.counted') return op.payload.items.map((item) => item.itemId);
  return [(op.payload as { itemId: string }).itemId];
}

/** The views an op of the workload must show in, on the device that made it. */
function viewKeysOf(op: Op): string[] {
  switch (op.type) {
    case 'visit.checkedIn':
      return [`visit:${op.payload.visitId}`];
    case 'request.created':
    case 'request.fulfilled':
    case 'request.declined':
    case 'request.cancelled':
      return [`request:${op.payload.requestId}`];
    case 'participant.enrolled':
    case 'participant.updated':
      return [`participant:${op.payload.participantId}`];
    default:
      return movementItems(op).map((itemId) => `stock:${itemId}`);
  }
}
