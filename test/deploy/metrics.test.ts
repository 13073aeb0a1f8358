import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  DEFAULT_ERROR_RATE_QUERY,
  DEFAULT_P95_LATENCY_QUERY,
  checkMetrics,
  judgeMetric,
  parsePrometheusResponse,
  parseSample,
  promDuration,
  queryPrometheus,
  queryUrl,
  renderQuery,
  waitForWindow,
} from '../../src/deploy/metrics.js';
import { sleep } from '../../src/deploy/runtime.js';
import { fakeClock, freePort } from './helpers.js';

const vector = (...values: string[]) => ({
  status: 'success',
  data: { resultType: 'vector', result: values.map((value, i) => ({ metric: { i: String(i) }, value: [1700000000, value] })) },
});

describe('PromQL templating', () => {
  it.each([
    [60_000, '60s'],
    [5_000, '5s'],
    [1_500, '1500ms'],
    [0.2, '1ms'],
  ])('writes a %d ms window as %s', (ms, text) => {
    expect(promDuration(ms)).toBe(text);
  });

  it('substitutes every {window} of the default queries', () => {
    expect(renderQuery(DEFAULT_P95_LATENCY_QUERY, 30_000)).toBe('histogram_quantile(0.95, sum(rate(http_request_duration_seconds_bucket[30s])) by (le))');
    const errors = renderQuery(DEFAULT_ERROR_RATE_QUERY, 60_000);
    expect(errors).not.toContain('{window}');
    expect(errors.match(/\[60s\]/g)).toHaveLength(4);
    // The status label may be called code, status or status_code; no 5xx series reads as zero.
    expect(errors).toContain('http_requests_total{code=~"5.."}');
    expect(errors).toContain('http_requests_total{status=~"5.."}');
    expect(errors).toContain('http_requests_total{status_code=~"5.."}');
    expect(errors).toContain('or vector(0)');
  });

  it('keeps a path prefix of the Prometheus URL and encodes the query', () => {
    expect(queryUrl('http://prom:9090/prometheus', 'up{job="a"}')).toBe('http://prom:9090/prometheus/api/v1/query?query=up%7Bjob%3D%22a%22%7D');
    expect(queryUrl('http://prom:9090/', 'up')).toBe('http://prom:9090/api/v1/query?query=up');
  });
});

describe('Prometheus answers', () => {
  it.each([
    ['a vector', vector('0.25'), { ok: true, values: [0.25] }],
    ['several series', vector('0.1', '0.3'), { ok: true, values: [0.1, 0.3] }],
    ['a scalar', { status: 'success', data: { resultType: 'scalar', result: [1, '2'] } }, { ok: true, values: [2] }],
    ['+Inf', vector('+Inf'), { ok: true, values: [Infinity] }],
  ])('reads %s', (_name, body, expected) => {
    expect(parsePrometheusResponse(body)).toEqual(expected);
  });

  it.each([
    ['an empty vector', vector(), /returned no data/],
    ['an error status', { status: 'error', errorType: 'bad_data', error: 'parse error at char 5' }, /status "error" \(bad_data: parse error at char 5\)/],
    ['a matrix', { status: 'success', data: { resultType: 'matrix', result: [] } }, /matrix result/],
    ['not an object', 'hello', /not a Prometheus API response/],
  ])('gives a reason for %s', (_name, body, reason) => {
    const parsed = parsePrometheusResponse(body);
    expect(parsed.ok).toBe(false);
    expect((parsed as { reason: string }).reason).toMatch(reason);
  });

  it('parses NaN and infinities as Prometheus writes them', () => {
    expect(parseSample('NaN')).toBeNaN();
    expect(parseSample('-Inf')).toBe(-Infinity);
    expect(parseSample('0.5')).toBe(0.5);
  });
});

describe('judging a figure against its threshold', () => {
  it.each([
    ['error rate', { ok: true as const, values: [0.004] }, 1, true, 0.4, /was 0.4% over the last 60s \(at most 1% allowed\)/],
    ['error rate', { ok: true as const, values: [0.05] }, 1, false, 5, /was 5% over the last 60s, above the 1% allowed/],
    ['error rate', { ok: true as const, values: [0.001, 0.2] }, 1, false, 20, /was 20%/],
    ['p95 latency', { ok: true as const, values: [0.12] }, 500, true, 120, /was 120 ms/],
    ['p95 latency', { ok: true as const, values: [0.9] }, 500, false, 900, /above the 500 ms allowed/],
    ['p95 latency', { ok: true as const, values: [Infinity] }, 500, false, Infinity, /above the largest histogram bucket/],
  ] as const)('%s %j against %d', (name, answer, threshold, ok, measured, detail) => {
    const check = judgeMetric(name, 'q', { ok: true, values: [...answer.values] }, threshold, 60_000);
    expect(check.ok).toBe(ok);
    expect(check.measured).toBeCloseTo(measured);
    expect(check.detail).toMatch(detail);
  });

  it('never passes without a figure: NaN (no requests) or no answer', () => {
    const nan = judgeMetric('error rate', 'q', { ok: true, values: [NaN] }, 1, 10_000);
    expect(nan.ok).toBe(false);
    expect(nan.measured).toBeUndefined();
    expect(nan.detail).toBe('The error rate could not be verified: Prometheus gave NaN, which means no requests were recorded in the 10s window.');
    const none = judgeMetric('p95 latency', 'q', { ok: false, reason: 'Prometheus at http://x could not be reached (ECONNREFUSED)' }, 500, 10_000);
    expect(none).toMatchObject({ ok: false });
    expect(none.detail).toBe('The p95 latency could not be verified: Prometheus at http://x could not be reached (ECONNREFUSED).');
  });
});

describe('querying a Prometheus HTTP API', () => {
  let server: http.Server;
  let base: string;
  const seen: string[] = [];
  const answers: Record<string, { status: number; body: string }> = {};

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      const query = url.searchParams.get('query') ?? '';
      seen.push(`${url.pathname} ${query}`);
      const answer = Object.entries(answers).find(([key]) => query.includes(key))?.[1] ?? { status: 200, body: JSON.stringify(vector('0')) };
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(answer.body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    answers.bad = { status: 400, body: JSON.stringify({ status: 'error', errorType: 'bad_data', error: 'unexpected identifier' }) };
    answers.html = { status: 200, body: '<html>proxy login</html>' };
    answers.gateway = { status: 502, body: 'Bad Gateway' };
  });
  afterAll(() => new Promise<void>((resolve) => {
  server.close(() => resolve());
  server.closeAllConnections();
}));

  it('sends GET /api/v1/query with the query', async () => {
    await expect(queryPrometheus(`${base}/`, 'sum(up)')).resolves.toEqual({ ok: true, values: [0] });
    expect(seen).toContain('/api/v1/query sum(up)');
  });

  it.each([
    ['bad', /answered HTTP 400 \(unexpected identifier\)/],
    ['gateway', /answered HTTP 502 \(Bad Gateway\)/],
    ['html', /answered something that is not JSON/],
  ])('explains a %s answer', async (query, reason) => {
    const result = await queryPrometheus(base, query);
    expect(result.ok).toBe(false);
    expect((result as { reason: string }).reason).toMatch(reason);
  });

  it('explains an unreachable Prometheus', async () => {
    const port = await freePort();
    const result = await queryPrometheus(`http://127.0.0.1:${port}`, 'up');
    expect(result).toEqual({ ok: false, reason: `Prometheus at http://127.0.0.1:${port} could not be reached (ECONNREFUSED)` });
  });

  it('checks both the error rate and the p95 latency, with custom queries', async () => {
    answers['custom_errors[2s]'] = { status: 200, body: JSON.stringify(vector('0.02')) };
    answers['custom_latency[2s]'] = { status: 200, body: JSON.stringify(vector('0.2')) };
    const logs: string[] = [];
    const checks = await checkMetrics({
      prometheusUrl: base,
      windowMs: 2000,
      maxErrorRate: 1,
      maxP95Latency: 500,
      errorRateQuery: 'custom_errors[{window}]',
      p95LatencyQuery: 'custom_latency[{window}]',
      logger: { info: (m) => logs.push(m), warning: (m) => logs.push(`warning: ${m}`) },
    });
    expect(checks.map((check) => [check.name, check.ok, Math.round(check.measured ?? -1)])).toEqual([
      ['error rate', false, 2],
      ['p95 latency', true, 200],
    ]);
    expect(logs).toContain('warning: The error rate was 2% over the last 2s, above the 1% allowed.');
  });
});

describe('the verify window', () => {
  it('waits out the window in steps of a sixth (5 s at least), logging its progress', async () => {
    const logs: string[] = [];
    const clock = fakeClock();
    await waitForWindow(60_000, { info: (m) => logs.push(m), warning: () => undefined }, undefined, clock);
    expect(clock.sleeps).toEqual([10_000, 10_000, 10_000, 10_000, 10_000, 10_000]);
    expect(logs).toEqual([
      'Collecting 60s of service metrics from the new version before judging them.',
      ...[10, 20, 30, 40, 50].map((s) => `Verify window: ${s}s of 1m 00s elapsed.`),
    ]);
    const short = fakeClock();
    await waitForWindow(300, { info: () => undefined, warning: () => undefined }, undefined, short);
    expect(short.sleeps).toEqual([300]);
  });

  it('measures the window by the clock, so late timers shorten the steps that are left', async () => {
    const clock = fakeClock(3_000);
    await waitForWindow(20_000, { info: () => undefined, warning: () => undefined }, undefined, clock);
    // 5 s steps that each took 8 s: 8, 16, then the 4 s left.
    expect(clock.sleeps).toEqual([5_000, 5_000, 4_000]);
  });

  it('stops waiting when the run is cancelled', async () => {
    const controller = new AbortController();
    // Cancelled once the window sleeps on a real timer: an event, not a timer of the test's own.
    const clock = {
      now: () => Date.now(),
      sleep: (ms: number, signal?: AbortSignal) => {
        const sleeping = sleep(ms, signal);
        controller.abort();
        return sleeping;
      },
    };
    const silent = { info: () => undefined, warning: () => undefined };
    await expect(waitForWindow(60_000, silent, controller.signal, clock)).rejects.toThrow('The deploy was cancelled.');
  });
});
