import { proxyFetch } from '../lib/http.js';
import { describeFetchError, systemClock, throwIfCancelled, type Clock } from './runtime.js';
import type { Logger } from '../lib/logger.js';
import { formatDurationCompact } from '../lib/duration.js';

/** The longest one health-check attempt may wait for an answer. */
export const ATTEMPT_TIMEOUT_MS = 30_000;
/**
 * The shortest: the timeout bounds when the last attempt starts, and that attempt still gets a
 * fair chance to answer (otherwise the last attempt would always report a timeout, not a status).
 */
export const MIN_ATTEMPT_TIMEOUT_MS = 1_000;

export interface HealthCheckOptions {
  urls: string[];
  /** All URLs must have answered 2xx within this long. */
  timeoutMs: number;
  /** Pause between attempts. */
  intervalMs: number;
  logger: Logger;
  signal?: AbortSignal;
  fetch?: typeof globalThis.fetch;
  /** The deadline's clock and the pause between attempts (tests give a fake one). */
  clock?: Clock;
}

export interface HealthCheckResult {
  url: string;
  ok: boolean;
  attempts: number;
  /** HTTP status of the last attempt, undefined when there was no answer. */
  status?: number;
  /** Latency of the last attempt. */
  latencyMs?: number;
  /** Why the last attempt failed (HTTP status or connection error). */
  lastError?: string;
  /** Time from the start of the checks to this URL's first 2xx (or to giving up). */
  elapsedMs: number;
}

interface Attempt {
  status?: number;
  latencyMs: number;
  error?: string;
}

async function attempt(url: string, fetcher: typeof globalThis.fetch, timeoutMs: number, signal?: AbortSignal): Promise<Attempt> {
  const started = performance.now();
  const signals = [AbortSignal.timeout(Math.max(1, timeoutMs))];
  if (signal) signals.push(signal);
  try {
    const response = await fetcher(url, { signal: AbortSignal.any(signals), headers: { 'user-agent': 'shipgate-health-check' } });
    // Read the body so the connection is released (and a slow body counts in the latency).
    await response.arrayBuffer().catch(() => undefined);
    return { status: response.status, latencyMs: performance.now() - started };
  } catch (error) {
    throwIfCancelled(signal);
    return { latencyMs: performance.now() - started, error: describeFetchError(error) };
  }
}

/**
 * Poll every URL until each has answered 2xx once, or the timeout has passed. Every attempt is
 * logged with its status and latency. Resolves with one result per URL (never rejects on a
 * failing check; rejects with CancelledError when the run is cancelled).
 */
export async function checkHealth(options: HealthCheckOptions): Promise<HealthCheckResult[]> {
  // Through the runner's proxy (HTTPS_PROXY / NO_PROXY), which Node's own fetch ignores.
  const fetcher = options.fetch ?? proxyFetch;
  const clock = options.clock ?? systemClock;
  const started = clock.now();
  const deadline = started + options.timeoutMs;
  const results = new Map<string, HealthCheckResult>(
    options.urls.map((url) => [url, { url, ok: false, attempts: 0, elapsedMs: 0 }]),
  );
  for (;;) {
    for (const result of results.values()) {
      if (result.ok) continue;
      const remaining = deadline - clock.now();
      const answer = await attempt(result.url, fetcher, Math.min(ATTEMPT_TIMEOUT_MS, Math.max(MIN_ATTEMPT_TIMEOUT_MS, remaining)), options.signal);
      result.attempts++;
      result.status = answer.status;
      result.latencyMs = answer.latencyMs;
      result.elapsedMs = clock.now() - started;
      const latency = `${Math.round(answer.latencyMs)} ms`;
      if (answer.status !== undefined && answer.status >= 200 && answer.status < 300) {
        result.ok = true;
        result.lastError = undefined;
        options.logger.info(`Health check ${result.url}: HTTP ${answer.status} in ${latency} (attempt ${result.attempts}) - healthy.`);
      } else {
        result.lastError = answer.status !== undefined ? `HTTP ${answer.status}` : answer.error;
        options.logger.info(`Health check ${result.url}: ${result.lastError} after ${latency} (attempt ${result.attempts}).`);
      }
    }
    const pending = [...results.values()].filter((result) => !result.ok);
    if (pending.length === 0) return [...results.values()];
    const left = deadline - clock.now();
    if (left <= 0) return [...results.values()];
    await clock.sleep(Math.min(options.intervalMs, left), options.signal);
  }
}

/** One sentence for the first failing health check, or undefined when all passed. */
export function describeHealthFailure(results: HealthCheckResult[], timeoutMs: number): string | undefined {
  const failed = results.filter((result) => !result.ok);
  if (failed.length === 0) return undefined;
  const first = failed[0];
  const others = failed.length > 1 ? ` (and ${failed.length - 1} more URL${failed.length > 2 ? 's' : ''})` : '';
  return `The health check ${first.url}${others} did not answer 2xx within ${formatDurationCompact(timeoutMs)}: ${first.attempts} attempt${first.attempts === 1 ? '' : 's'}, last ${first.lastError ?? 'no answer'}.`;
}
