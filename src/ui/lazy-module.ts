/**
 * A module loaded on first use (or ahead of it, in idle time), with what has loaded as a signal,
 * so a component shows its part as soon as the code is there. A failed load is tried again next time.
 */
import { type ReadonlySignal, signal } from '@preact/signals';

export interface LazyModule<M> {
  /** The module once loaded, else null. */
  readonly current: ReadonlySignal<M | null>;
  /** Loads it (once; again after a failure). */
  load(): Promise<M>;
}

export function lazyModule<M>(importer: () => Promise<M>): LazyModule<M> {
  const current = signal<M | null>(null);
  let loading: Promise<M> | undefined;
  return {
    current,
    load() {
      loading ??= importer().then(
        (module) => {
          current.value = module;
          return module;
        },
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      );
      return loading;
    },
  };
}
