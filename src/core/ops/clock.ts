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

/** The wall time of a stamp as an ISO date, for showing "when" to people. */
export function stampTime(stamp: string): string {
  return new Date(Number(stamp.slice(0, WALL_DIGITS))).toISOString();
}
