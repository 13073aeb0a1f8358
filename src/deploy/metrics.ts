import { proxyFetch } from '../lib/http.js';
import { describeFetchError, systemClock, throwIfCancelled, type Clock } from './runtime.js';
import type { Logger } from '../lib/logger.js';
import { formatDurationCompact } from '../lib/duration.js';

/**
 * Service-level verification through Prometheus' HTTP API (GET /api/v1/query, instant queries).
 *
 * The default error-rate query divides 5xx request rate by all request rate. Instrumentation
 * libraries name the status label differently (`code` in the Prometheus conventions and Go's
 * promhttp, `status` or `status_code` in many Node and Python middlewares), so the numerator
 * takes the first of the three that has series (`or`), and `or vector(0)` makes "no 5xx series at
 * all" read as zero errors rather than as no data. A service without any requests in the window
 * still gives no value (0/0 or an empty denominator): that fails verification, never passes.
 */
export const DEFAULT_ERROR_RATE_QUERY =
  '(sum(rate(http_requests_total{code=~"5.."}[{window}]))' +
  ' or sum(rate(http_requests_total{status=~"5.."}[{window}]))' +
  ' or sum(rate(http_requests_total{status_code=~"5.."}[{window}]))' +
  ' or vector(0))' +
  ' / sum(rate(http_requests_total[{window}]))';

/** p95 request latency in seconds from the conventional histogram. */
export const DEFAULT_P95_LATENCY_QUERY = 'histogram_quantile(0.95, sum(rate(http_request_duration_seconds_bucket[{window}])) by (le))';

/** The longest one Prometheus query may take. */
export const QUERY_TIMEOUT_MS = 30_000;

/** A PromQL range duration for a window: whole seconds as "60s", anything finer in milliseconds. */
export function promDuration(windowMs: number): string {
  const ms = Math.max(1, Math.round(windowMs));
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`;
}

/** Substitute every `{window}` in a query template. */
export function renderQuery(template: string, windowMs: number): string {
  return template.replaceAll('{window}', promDuration(windowMs));
}

/** A sample value as Prometheus writes it: a number, "NaN", "+Inf" or "-Inf". */
export const parseSample = (text: unknown): number => (text === '+Inf' ? Infinity : text === '-Inf' ? -Infinity : Number(text));

/** The value(s) of an instant-query answer, or why there is none. */
export type PrometheusValue = { ok: true; values: number[] } | { ok: false; reason: string };

/**
 * Read a Prometheus API answer (already JSON-parsed). Vector and scalar results give values;
 * an error status, a matrix/string result or an empty vector give a reason instead.
 */
export function parsePrometheusResponse(body: unknown): PrometheusValue {
  const answer = body as { status?: string; errorType?: string; error?: string; data?: { resultType?: string; result?: unknown } };
  if (!answer || typeof answer !== 'object') return { ok: false, reason: 'the answer was not a Prometheus API response' };
  if (answer.status !== 'success') {
    return { ok: false, reason: `it answered status ${JSON.stringify(answer.status ?? null)}${answer.error ? ` (${answer.errorType ?? 'error'}: ${answer.error})` : ''}` };
  }
  const { resultType, result } = answer.data ?? {};
  if (resultType === 'scalar') {
    const value = parseSample((result as [number, string])?.[1]);
    return { ok: true, values: [value] };
  }
  if (resultType !== 'vector') return { ok: false, reason: `the query gave a ${resultType ?? 'missing'} result, but an instant vector or scalar is needed` };
  const series = Array.isArray(result) ? (result as Array<{ value?: [number, string] }>) : [];
  if (series.length === 0) return { ok: false, reason: 'the query returned no data (the metric is missing or nothing was recorded in the window)' };
  return { ok: true, values: series.map((entry) => parseSample(entry.value?.[1])) };
}

export interface QueryOptions {
  fetch?: typeof globalThis.fetch;
  signal?: AbortSignal;
  timeoutMs?: number;
}

/** The base URL joined with api/v1/query, keeping a path prefix (a Prometheus behind /prometheus/). */
export function queryUrl(baseUrl: string, query: string): string {
  const url = new URL('api/v1/query', baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
  url.searchParams.set('query', query);
  return url.toString();
}

/** Run one instant query; resolves with the parsed value or the reason there is none (never rejects except on cancel). */
export async function queryPrometheus(baseUrl: string, query: string, options: QueryOptions = {}): Promise<PrometheusValue> {
  // Through the runner's proxy (HTTPS_PROXY / NO_PROXY), which Node's own fetch ignores.
  const fetcher = options.fetch ?? proxyFetch;
  const signals = [AbortSignal.timeout(options.timeoutMs ?? QUERY_TIMEOUT_MS)];
  if (options.signal) signals.push(options.signal);
  let response: Response;
  try {
    response = await fetcher(queryUrl(baseUrl, query), { signal: AbortSignal.any(signals), headers: { accept: 'application/json' } });
  } catch (error) {
    throwIfCancelled(options.signal);
    return { ok: false, reason: `Prometheus at ${baseUrl} could not be reached (${describeFetchError(error)})` };
  }
  const text = await response.text().catch(() => '');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const detail = (body as { error?: string } | undefined)?.error ?? text.slice(0, 200).trim();
    return { ok: false, reason: `Prometheus at ${baseUrl} answered HTTP ${response.status}${detail ? ` (${detail})` : ''}` };
  }
  if (body === undefined) return { ok: false, reason: `Prometheus at ${baseUrl} answered something that is not JSON` };
  return parsePrometheusResponse(body);
}

export interface MetricCheck {
  name: 'error rate' | 'p95 latency';
  query: string;
  ok: boolean;
  /** The measured value in the unit of the threshold (percent or milliseconds). */
  measured?: number;
  threshold: number;
  unit: '%' | 'ms';
  /** One sentence: the figure against its threshold, or why there is no figure. */
  detail: string;
}

export interface MetricsOptions {
  prometheusUrl: string;
  windowMs: number;
  /** Percent. */
  maxErrorRate: number;
  /** Milliseconds. */
  maxP95Latency: number;
  errorRateQuery?: string;
  p95LatencyQuery?: string;
  logger: Logger;
  signal?: AbortSignal;
  fetch?: typeof globalThis.fetch;
}

const formatValue = (value: number, unit: '%' | 'ms'): string =>
  unit === '%' ? `${Number(value.toFixed(value < 1 ? 3 : 2))}%` : `${Number.isFinite(value) ? Math.round(value) : value} ms`;

/** Judge one query's answer against its threshold. Several series are judged by the worst one. */
export function judgeMetric(name: MetricCheck['name'], query: string, answer: PrometheusValue, threshold: number, windowMs: number): MetricCheck {
  const unit = name === 'error rate' ? '%' : 'ms';
  const base = { name, query, threshold, unit } as const;
  if (!answer.ok) {
    return { ...base, ok: false, detail: `The ${name} could not be verified: ${answer.reason}.` };
  }
  const values = answer.values.filter((value) => !Number.isNaN(value));
  if (values.length === 0) {
    return { ...base, ok: false, detail: `The ${name} could not be verified: Prometheus gave NaN, which means no requests were recorded in the ${promDuration(windowMs)} window.` };
  }
  const worst = Math.max(...values);
  const measured = unit === '%' ? worst * 100 : worst * 1000;
  const ok = measured <= threshold;
  const figure = Number.isFinite(measured) ? formatValue(measured, unit) : 'above the largest histogram bucket';
  const detail = ok
    ? `The ${name} was ${figure} over the last ${promDuration(windowMs)} (at most ${formatValue(threshold, unit)} allowed).`
    : `The ${name} was ${figure} over the last ${promDuration(windowMs)}, above the ${formatValue(threshold, unit)} allowed.`;
  return { ...base, ok, measured, detail };
}

/**
 * Wait for the window to pass, so that it covers only the new version, logging progress; the
 * caller starts this right after the health checks passed.
 */
export async function waitForWindow(windowMs: number, logger: Logger, signal?: AbortSignal, clock: Clock = systemClock): Promise<void> {
  const started = clock.now();
  const step = Math.max(5000, Math.ceil(windowMs / 6 / 1000) * 1000);
  logger.info(`Collecting ${promDuration(windowMs)} of service metrics from the new version before judging them.`);
  for (;;) {
    const left = windowMs - (clock.now() - started);
    if (left <= 0) return;
    await clock.sleep(Math.min(step, left), signal);
    const elapsed = clock.now() - started;
    if (elapsed < windowMs) logger.info(`Verify window: ${formatDurationCompact(elapsed)} of ${formatDurationCompact(windowMs)} elapsed.`);
  }
}

/** Query and judge the error rate and the p95 latency (both, so the report shows both figures). */
export async function checkMetrics(options: MetricsOptions): Promise<MetricCheck[]> {
  const queries: Array<[MetricCheck['name'], string, number]> = [
    ['error rate', renderQuery(options.errorRateQuery ?? DEFAULT_ERROR_RATE_QUERY, options.windowMs), options.maxErrorRate],
    ['p95 latency', renderQuery(options.p95LatencyQuery ?? DEFAULT_P95_LATENCY_QUERY, options.windowMs), options.maxP95Latency],
  ];
  const checks: MetricCheck[] = [];
  for (const [name, query, threshold] of queries) {
    options.logger.info(`Querying Prometheus for the ${name}: ${query}`);
    const answer = await queryPrometheus(options.prometheusUrl, query, { fetch: options.fetch, signal: options.signal });
    const check = judgeMetric(name, query, answer, threshold, options.windowMs);
    (check.ok ? options.logger.info : options.logger.warning).call(options.logger, check.detail);
    checks.push(check);
  }
  return checks;
}
