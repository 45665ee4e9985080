/**
 * Wakes the long-polling pulls held by this process when new ops are stored, so a request made on
 * a kiosk reaches staff screens within about a second. Fed by `storage.onNewOps` (server/api/sync.ts),
 * which hears of ops stored by any server process on the database, not only by this one.
 */

export class NewOpsSignal {
  private readonly waiters = new Set<() => void>();

  /**
   * Resolves at once when `hasNews` answers true, else at the next `notify()`, after `timeoutMs`,
   * or at `close()`, whichever is first. It is held BEFORE it asks: the question is a database
   * round trip, and ops another process stores (and notifies) meanwhile must wake it rather than
   * be slept through until the timeout.
   */
  async waitUnless(hasNews: () => Promise<boolean>, timeoutMs: number): Promise<void> {
    const held = this.hold(timeoutMs);
    try {
      if (await hasNews()) held.release();
    } catch (error) {
      held.release();
      throw error;
    }
    await held.woken;
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

  private hold(timeoutMs: number): { woken: Promise<void>; release: () => void } {
    let release = () => {};
    const woken = new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.waiters.add(done);
      release = done;
    });
    return { woken, release };
  }
}
