// A stand-in for Prometheus's HTTP query API, used by `npm run demo` only when no `prometheus`
// binary is installed (CI installs the real one, and test/deploy/prometheus.test.ts verifies
// against it). It scrapes the given /metrics endpoints every 500 ms and answers the three default
// shipgate queries (error ratio from http_requests_total, p95 from
// http_request_duration_seconds_bucket, and the launch report's uptime from `up`) over their
// `[window]` with Prometheus's own arithmetic:
// counter increase over the window and histogram_quantile's linear interpolation. Any other
// query answers an error, so it can never make a check pass that real Prometheus would fail.
import http from 'node:http';

/** @typedef {{ name: string, labels: Record<string, string>, value: number }} Sample  one line of a /metrics page */
/** @typedef {{ metric: Record<string, string>, value: [number, string] }} VectorEntry  Prometheus's instant-vector entry */

/**
 * @param {string} line
 * @returns {Sample | undefined}
 */
const parseLine = (line) => {
  const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})?\s+(\S+)/.exec(line);
  if (!match) return undefined;
  /** @type {Record<string, string>} */
  const labels = {};
  for (const pair of (match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[pair[1] ?? ''] = pair[2] ?? '';
  return { name: match[1] ?? '', labels, value: Number(match[3]) };
};

/**
 * @param {{ targets: () => string[], intervalMs?: number }} options  targets: the /metrics URLs, read before each scrape
 */
export async function startPrometheusLite({ targets, intervalMs = 500 }) {
  /** @type {Array<{ at: number, samples: Sample[] }>} */
  const scrapes = [];
  const scrape = async () => {
    /** @type {Sample[]} */
    const samples = [];
    for (const target of targets()) {
      try {
        const text = await (await fetch(target)).text();
        const instance = new URL(target).host;
        for (const line of text.split('\n')) {
          const sample = line && !line.startsWith('#') ? parseLine(line) : undefined;
          if (sample) samples.push({ ...sample, labels: { ...sample.labels, instance } });
        }
        samples.push({ name: 'up', labels: { instance }, value: 1 });
      } catch {
        // a target that is down contributes only up = 0, as with real Prometheus
        samples.push({ name: 'up', labels: { instance: new URL(target).host }, value: 0 });
      }
    }
    scrapes.push({ at: Date.now(), samples });
    while (scrapes.length > 2000) scrapes.shift();
  };
  const timer = setInterval(scrape, intervalMs);
  await scrape();

  /**
   * Sum of counter increases over the window for series passing the filter.
   * @param {number} windowMs
   * @param {string} name
   */
  const increase = (windowMs, name) => {
    const now = Date.now();
    const inWindow = scrapes.filter((s) => s.at >= now - windowMs);
    if (inWindow.length < 2) return undefined;
    // Per series (the target is a label, as Prometheus adds `instance`), the increases between
    // consecutive scrapes; a drop is a counter reset (a restarted service), counted from zero.
    /** @type {Map<string, { labels: Record<string, string>, delta: number, last: number }>} */
    const groups = new Map();
    for (const scrapeEntry of inWindow) {
      for (const sample of scrapeEntry.samples) {
        if (sample.name !== name) continue;
        const key = JSON.stringify(sample.labels);
        const group = groups.get(key);
        if (!group) groups.set(key, { labels: sample.labels, delta: 0, last: sample.value });
        else {
          group.delta += sample.value >= group.last ? sample.value - group.last : sample.value;
          group.last = sample.value;
        }
      }
    }
    return [...groups.values()];
  };

  /** @type {Record<string, number>} */
  const UNIT_MS = { ms: 1, s: 1000, m: 60000 };
  /** @param {string} query */
  const windowOf = (query) => {
    const match = /\[(\d+)(ms|s|m)\]/.exec(query);
    if (!match) return undefined;
    return Number(match[1]) * (UNIT_MS[match[2] ?? ''] ?? 0);
  };

  /**
   * @param {string} query
   * @returns {VectorEntry[]}
   */
  const evaluate = (query) => {
    const windowMs = windowOf(query);
    if (!windowMs) throw new Error('only range queries over a [window] are supported by this stand-in');
    if (/^histogram_quantile\(0\.95, sum\(rate\(http_request_duration_seconds_bucket\[[^\]]+\]\)\) by \(le\)\)$/.test(query)) {
      const series = increase(windowMs, 'http_request_duration_seconds_bucket');
      if (!series) return [];
      /** @type {Map<string, number>} */
      const buckets = new Map();
      for (const { labels, delta } of series) buckets.set(labels.le ?? '', (buckets.get(labels.le ?? '') ?? 0) + delta);
      /** @type {Array<[number, number]>} */
      const sorted = [...buckets.entries()].map(([le, count]) => /** @type {[number, number]} */ ([le === '+Inf' ? Infinity : Number(le), count])).sort((a, b) => a[0] - b[0]);
      const total = sorted.at(-1)?.[1] ?? 0;
      if (!total) return [{ metric: {}, value: [Date.now() / 1000, 'NaN'] }];
      const rank = 0.95 * total;
      let previousBound = 0;
      let previousCount = 0;
      for (const [bound, count] of sorted) {
        if (count >= rank) {
          if (bound === Infinity) return [{ metric: {}, value: [Date.now() / 1000, String(previousBound)] }];
          const fraction = count === previousCount ? 0 : (rank - previousCount) / (count - previousCount);
          return [{ metric: {}, value: [Date.now() / 1000, String(previousBound + (bound - previousBound) * fraction)] }];
        }
        previousBound = bound;
        previousCount = count;
      }
      return [];
    }
    if (/^avg\(avg_over_time\(up\[[^\]]+\]\)\)$/.test(query)) {
      // The launch report's default uptime: each target's share of scrapes up, averaged over targets.
      const inWindow = scrapes.filter((s) => s.at >= Date.now() - windowMs);
      /** @type {Map<string, { up: number, all: number }>} */
      const byTarget = new Map();
      for (const scrapeEntry of inWindow) {
        for (const sample of scrapeEntry.samples.filter((each) => each.name === 'up')) {
          const instance = sample.labels.instance ?? '';
          const entry = byTarget.get(instance) ?? { up: 0, all: 0 };
          entry.up += sample.value;
          entry.all += 1;
          byTarget.set(instance, entry);
        }
      }
      if (byTarget.size === 0) return [];
      const shares = [...byTarget.values()].map((entry) => entry.up / entry.all);
      return [{ metric: {}, value: [Date.now() / 1000, String(shares.reduce((sum, share) => sum + share, 0) / shares.length)] }];
    }
    if (query.includes('http_requests_total') && query.includes('5..')) {
      const all = increase(windowMs, 'http_requests_total');
      if (!all) return [];
      const total = all.reduce((sum, s) => sum + s.delta, 0);
      const errors = all.filter((s) => /^5\d\d$/.test(s.labels.code ?? s.labels.status ?? s.labels.status_code ?? '')).reduce((sum, s) => sum + s.delta, 0);
      if (!total) return [];
      return [{ metric: {}, value: [Date.now() / 1000, String(errors / total)] }];
    }
    throw new Error('this stand-in answers only shipgate\'s three default queries');
  };

  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    response.setHeader('content-type', 'application/json');
    if (url.pathname !== '/api/v1/query') {
      response.statusCode = 404;
      return response.end(JSON.stringify({ status: 'error', errorType: 'not_found', error: 'not found' }));
    }
    try {
      const result = evaluate(url.searchParams.get('query') ?? '');
      response.end(JSON.stringify({ status: 'success', data: { resultType: 'vector', result } }));
    } catch (error) {
      response.statusCode = 400;
      response.end(JSON.stringify({ status: 'error', errorType: 'bad_data', error: error instanceof Error ? error.message : String(error) }));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    close: async () => {
      clearInterval(timer);
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
