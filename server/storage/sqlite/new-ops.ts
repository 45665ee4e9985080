/**
 * Who to tell that ops were stored. SQLite is one server process, so telling is a function call:
 * the push that stored them calls `notify()` once its transaction has committed.
 */

export interface NewOpsListeners {
  /** Adds a listener; returns its unsubscribe. */
  subscribe(listener: () => void): () => void;
  notify(): void;
}

export function createNewOpsListeners(): NewOpsListeners {
  const listeners = new Set<() => void>();
  return {
    subscribe(listener) {
      // A wrapper per subscription, so subscribing the same function twice needs two unsubscribes.
      const entry = () => listener();
      listeners.add(entry);
      return () => {
        listeners.delete(entry);
      };
    },
    notify() {
      for (const listener of [...listeners]) listener();
    },
  };
}
