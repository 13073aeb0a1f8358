import { checkHealth, describeHealthFailure } from './health.js';
import { checkMetrics, promDuration, waitForWindow } from './metrics.js';
import type { Logger } from '../lib/logger.js';
import { formatDurationCompact } from '../lib/duration.js';
import type { Check, VerifySettings } from './types.js';

/**
 * Verification of what a deploy command put live: the health checks, then the service-level
 * checks after the verify window, each reported as rows of figures (measured, required).
 */

export interface VerifyStep {
  /** The phase name, as the summary's phase table shows it. */
  name: 'health checks' | 'service-level checks';
  /** The in_progress status description a deploy posts when the step starts. */
  status: string;
  run(): Promise<VerifyResult>;
}

export interface VerifyResult {
  checks: Check[];
  /** One sentence: what failed; undefined when every check passed. */
  failure?: string;
}

export interface VerifyContext {
  logger: Logger;
  signal?: AbortSignal;
  fetch?: typeof globalThis.fetch;
}

/** The steps `verify` asks for, in order (none when it asks for nothing). */
export function verifySteps(verify: VerifySettings, context: VerifyContext, label: string): VerifyStep[] {
  const steps: VerifyStep[] = [];
  if (verify.healthCheckUrls.length > 0) {
    steps.push({ name: 'health checks', status: `${label}: health checks`, run: () => healthChecks(verify, context) });
  }
  const prometheusUrl = verify.prometheusUrl;
  if (prometheusUrl) {
    steps.push({
      name: 'service-level checks',
      status: `${label}: verifying error rate and p95 latency over ${promDuration(verify.verifyWindowMs)}`,
      run: () => serviceLevelChecks(verify, prometheusUrl, context),
    });
  }
  return steps;
}

async function healthChecks(verify: VerifySettings, context: VerifyContext): Promise<VerifyResult> {
  const results = await checkHealth({
    urls: verify.healthCheckUrls,
    timeoutMs: verify.healthCheckTimeoutMs,
    intervalMs: verify.healthCheckIntervalMs,
    logger: context.logger,
    signal: context.signal,
    fetch: context.fetch,
  });
  const checks = results.map(
    (each): Check => ({
      kind: 'health',
      name: `health ${each.url}`,
      ok: each.ok,
      measured: each.status !== undefined ? `HTTP ${each.status} in ${Math.round(each.latencyMs ?? 0)} ms` : (each.lastError ?? 'no answer'),
      threshold: `2xx within ${formatDurationCompact(verify.healthCheckTimeoutMs)}`,
      detail: each.ok ? `Healthy after ${each.attempts} attempt(s), ${formatDurationCompact(each.elapsedMs)}.` : (describeHealthFailure([each], verify.healthCheckTimeoutMs) ?? ''),
    }),
  );
  return { checks, failure: describeHealthFailure(results, verify.healthCheckTimeoutMs) };
}

async function serviceLevelChecks(verify: VerifySettings, prometheusUrl: string, context: VerifyContext): Promise<VerifyResult> {
  await waitForWindow(verify.verifyWindowMs, context.logger, context.signal);
  const metrics = await checkMetrics({
    prometheusUrl,
    windowMs: verify.verifyWindowMs,
    maxErrorRate: verify.maxErrorRate,
    maxP95Latency: verify.maxP95Latency,
    errorRateQuery: verify.errorRateQuery,
    p95LatencyQuery: verify.p95LatencyQuery,
    logger: context.logger,
    signal: context.signal,
    fetch: context.fetch,
  });
  const checks = metrics.map(
    (each): Check => ({
      kind: 'metric',
      name: each.name,
      ok: each.ok,
      measured:
        each.measured === undefined
          ? 'no value'
          : each.unit === '%'
            ? `${Number(each.measured.toFixed(3))}%`
            : Number.isFinite(each.measured)
              ? `${Math.round(each.measured)} ms`
              : 'above the largest bucket',
      threshold: `at most ${each.threshold}${each.unit === '%' ? '%' : ' ms'}`,
      detail: each.detail,
    }),
  );
  return { checks, failure: metrics.find((each) => !each.ok)?.detail };
}

/** "health HTTP 200 in 12 ms, error rate 0.1%": what verified a success, for its status description. */
export const describeVerified = (checks: readonly Check[]): string[] =>
  checks.filter((each) => each.kind !== 'command').map((each) => `${each.kind === 'health' ? 'health' : each.name} ${each.measured}`);
