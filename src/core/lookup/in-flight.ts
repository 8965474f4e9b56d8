/**
 * One piece of work in flight per key: a second ask for the same key joins the first instead of
 * starting another request. Each asker may give up with its own AbortSignal (its popover closed);
 * the shared work is aborted only when every asker has given up, and is then forgotten at once so
 * a new ask starts afresh.
 */

interface Flight<T> {
  promise: Promise<T>;
  controller: AbortController;
  askers: number;
}

export class InFlight<T> {
  private readonly flights = new Map<string, Flight<T>>();

  /**
   * The result of `work` for `key`, started now or joined. `whenAborted` is what an asker whose
   * signal fired gets (at once, without waiting for the shared work).
   */
  run(key: string, signal: AbortSignal | undefined, work: (signal: AbortSignal) => Promise<T>, whenAborted: T): Promise<T> {
    if (signal?.aborted) return Promise.resolve(whenAborted);
    let flight = this.flights.get(key);
    if (!flight) {
      const controller = new AbortController();
      const promise: Promise<T> = work(controller.signal).finally(() => {
        if (this.flights.get(key)?.promise === promise) this.flights.delete(key);
      });
      flight = { promise, controller, askers: 0 };
      this.flights.set(key, flight);
    }
    const joined = flight;
    joined.askers++;
    return new Promise<T>((resolve, reject) => {
      let settled = false;
      const giveUp = () => {
        if (settled) return;
        settled = true;
        resolve(whenAborted);
        if (--joined.askers === 0) {
          if (this.flights.get(key) === joined) this.flights.delete(key);
          joined.controller.abort();
        }
      };
      signal?.addEventListener('abort', giveUp, { once: true });
      const leave = (): boolean => {
        if (settled) return false;
        settled = true;
        joined.askers--;
        signal?.removeEventListener('abort', giveUp);
        return true;
      };
      joined.promise.then(
        (value) => {
          if (leave()) resolve(value);
        },
        (error: unknown) => {
          if (leave()) reject(error);
        },
      );
    });
  }

  /** keys with work in flight (for tests and diagnostics) */
  get size(): number {
    return this.flights.size;
  }
}
