/**
 * What the deploy domain needs from its surroundings besides a logger (src/lib/logger.ts):
 * cancellation, waits and fetch errors, so it never talks to the runner itself.
 */

/** Thrown by waits when the run is cancelled (SIGTERM/SIGINT from the runner). */
export class CancelledError extends Error {
  override name = 'CancelledError';
  constructor(readonly reason = 'cancelled') {
    super(`The deploy was ${reason}.`);
  }
}

export function isCancelled(error: unknown, signal?: AbortSignal): boolean {
  return error instanceof CancelledError || (signal?.aborted ?? false);
}

export function throwIfCancelled(signal?: AbortSignal): void {
  if (signal?.aborted) throw signal.reason instanceof CancelledError ? signal.reason : new CancelledError();
}

/** Wait `ms`, or reject with CancelledError as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason instanceof CancelledError ? signal.reason : new CancelledError());
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason instanceof CancelledError ? signal.reason : new CancelledError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, Math.max(0, ms));
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The time the deploy's waits are measured in; tests give a fake one and see what was waited for. */
export interface Clock {
  now: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export const systemClock: Clock = { now: () => Date.now(), sleep };

/** Describe a failed fetch: undici hides the reason (ECONNREFUSED, timeout) in `cause`. */
export function describeFetchError(error: unknown): string {
  const err = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err?.name === 'TimeoutError') return 'no answer before the attempt timed out';
  if (err?.cause?.code) return err.cause.code;
  if (err?.cause?.message) return err.cause.message;
  return err?.message ?? String(error);
}
