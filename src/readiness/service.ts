import { DEFAULT_ERROR_RATE_QUERY, DEFAULT_P95_LATENCY_QUERY, queryPrometheus, renderQuery, type PrometheusValue } from '../deploy/metrics.js';
import { ceilText, floorText, windowText } from './format.js';
import type { Window } from './history.js';
import type { MetricRow } from './row.js';

/**
 * The service-level rows from Prometheus, over the report's whole window (instant queries whose
 * range is the window, so one query per metric however long the window is). The error-rate and
 * latency queries are the deploy action's own, so the report and the deploys judge alike.
 */

/** The share of scrapes in the window whose target was up, averaged over the targets. */
export const DEFAULT_UPTIME_QUERY = 'avg(avg_over_time(up[{window}]))';

export interface ServiceOptions {
  prometheusUrl: string | undefined;
  window: Window;
  /** Percent. */
  minUptime: number;
  /** Percent. */
  maxErrorRate: number;
  /** Milliseconds. */
  maxP95Latency: number;
  uptimeQuery?: string;
  errorRateQuery?: string;
  p95LatencyQuery?: string;
  fetch?: typeof globalThis.fetch;
  signal?: AbortSignal;
}

interface Spec {
  metric: string;
  template: string;
  /** From the query's value to the unit of the target. */
  scale: number;
  unit: string;
  limit: number;
  direction: 'min' | 'max';
  /** How a value is described ("share of scrapes with the target up"). */
  meaning: string;
}

/** One row from one answer. Several series are judged by the worst one. */
export function serviceRow(spec: Spec, query: string, answer: PrometheusValue, window: Window): MetricRow {
  const target = `${spec.direction === 'min' ? '≥' : '≤'} ${spec.limit}${spec.unit === '%' ? ' %' : ` ${spec.unit}`}`;
  const over = `the ${windowText(window)}`;
  if (!answer.ok) return { metric: spec.metric, verdict: 'no data', figure: 'no data', target, how: `No answer: ${answer.reason}.`, query };
  const values = answer.values.filter((value) => !Number.isNaN(value));
  if (values.length === 0) {
    return { metric: spec.metric, verdict: 'no data', figure: 'no data', target, how: `The query gave NaN: nothing was recorded in ${over}.`, query };
  }
  const worst = (spec.direction === 'min' ? Math.min(...values) : Math.max(...values)) * spec.scale;
  const ok = spec.direction === 'min' ? worst >= spec.limit : worst <= spec.limit;
  // Rounded towards failing, so the figure never reads as meeting a target it misses.
  const shown = !Number.isFinite(worst)
    ? 'above the largest histogram bucket'
    : `${spec.direction === 'min' ? floorText(worst, spec.unit === '%' ? 3 : 0) : ceilText(worst, spec.unit === '%' ? 3 : 0)}${spec.unit === '%' ? ' %' : ` ${spec.unit}`}`;
  const series = values.length > 1 ? ` (the worst of ${values.length} series)` : '';
  return { metric: spec.metric, verdict: ok ? 'pass' : 'fail', figure: shown, target, how: `${spec.meaning} over ${over}${series}.`, query };
}

export async function serviceRows(options: ServiceOptions): Promise<MetricRow[]> {
  const specs: Spec[] = [
    { metric: 'Uptime', template: options.uptimeQuery ?? DEFAULT_UPTIME_QUERY, scale: 100, unit: '%', limit: options.minUptime, direction: 'min', meaning: 'Share of time up' },
    { metric: 'Error rate', template: options.errorRateQuery ?? DEFAULT_ERROR_RATE_QUERY, scale: 100, unit: '%', limit: options.maxErrorRate, direction: 'max', meaning: 'Share of requests answered 5xx' },
    { metric: 'p95 latency', template: options.p95LatencyQuery ?? DEFAULT_P95_LATENCY_QUERY, scale: 1000, unit: 'ms', limit: options.maxP95Latency, direction: 'max', meaning: '95th percentile of request durations' },
  ];
  const windowMs = options.window.end - options.window.start;
  const rows: MetricRow[] = [];
  for (const spec of specs) {
    const query = renderQuery(spec.template, windowMs);
    if (!options.prometheusUrl) {
      const target = `${spec.direction === 'min' ? '≥' : '≤'} ${spec.limit}${spec.unit === '%' ? ' %' : ` ${spec.unit}`}`;
      rows.push({ metric: spec.metric, verdict: 'no data', figure: 'no data', target, how: 'No prometheus-url was given.' });
      continue;
    }
    const answer = await queryPrometheus(options.prometheusUrl, query, { fetch: options.fetch, signal: options.signal });
    rows.push(serviceRow(spec, query, answer, options.window));
  }
  return rows;
}
