/**
 * Last-writer-wins registers: a value with the stamp and op that wrote it. The later stamp wins;
 * equal stamps (impossible between honest devices, whose stamps carry their id) fall to the op id.
 */
import { compareOps } from '../ops/order.js';

export interface Register<T> {
  readonly value: T;
  readonly at: string;
  readonly opId: string;
}

/** The register after a write of `value` by `op`, whichever of the two is later. */
export function writeRegister<T>(
  current: Register<T> | undefined,
  value: T,
  op: { readonly at: string; readonly id: string },
): Register<T> {
  if (current && compareOps({ at: current.at, id: current.opId }, op) >= 0) return current;
  return { value, at: op.at, opId: op.id };
}

/** Writes every field of `changes` into its own register. */
export function writeRegisters<F extends object>(
  current: { readonly [K in keyof F]?: Register<F[K]> },
  changes: Partial<F>,
  op: { readonly at: string; readonly id: string },
): { [K in keyof F]?: Register<F[K]> } {
  const next: { [K in keyof F]?: Register<F[K]> } = { ...current };
  for (const key of Object.keys(changes) as (keyof F)[]) {
    const value = changes[key];
    if (value !== undefined) next[key] = writeRegister(current[key], value as F[typeof key], op);
  }
  return next;
}

/** The plain values of a set of registers. */
export function valuesOf<F extends object>(registers: { readonly [K in keyof F]?: Register<F[K]> }): Partial<F> {
  const values: Partial<F> = {};
  for (const key of Object.keys(registers) as (keyof F)[]) {
    const register = registers[key];
    if (register) values[key] = register.value as F[typeof key];
  }
  return values;
}
