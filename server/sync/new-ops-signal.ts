/**
 * Wakes the long-polling pulls held by this process when new ops are stored, so a request made on
 * a kiosk reaches staff screens within about a second. Fed by `storage.onNewOps` (server/api/sync.ts),
 * which hears of ops stored by any server process on the database, not only by this one.
 */

export class NewOpsSignal {
  private readonly waiters = new Set<() => void>();

  /** Resolves at the next `notify()`, after `timeoutMs`, or at `close()`, whichever is first. */
  wait(timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.waiters.add(done);
    });
  }

  notify(): void {
    for (const wake of [...this.waiters]) wake();
  }

  /** Lets every waiting pull answer now (server shutting down). */
  close(): void {
    this.notify();
  }

  get waiting(): number {
    return this.waiters.size;
  }
}
