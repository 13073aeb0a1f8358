// A recording HTTP proxy in front of the simulator: the action talks to it (GITHUB_API_URL), it
// forwards to the simulator and notes when each request started and ended, so the bench can count
// requests and sequential round trips (the longest chain of requests each started after the
// previous one ended). Link headers are rewritten so that pagination also goes through it.
//
// `latencyMs` holds every request that long before it is forwarded: a fixed round trip like
// GitHub's (100-300 ms a request), so that requests sent together wait once and requests sent one
// after another wait once each, as they do on a runner.
import http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

/** @typedef {{ method: string, path: string, status: number, start: number, end: number }} ProxiedRequest */

/**
 * @param {string} target  the simulator's URL
 * @param {{ latencyMs?: number }} [options]
 */
export async function startRecordingProxy(target, { latencyMs = 0 } = {}) {
  const agent = new http.Agent({ keepAlive: true });
  const upstream = new URL(target);
  /** @type {ProxiedRequest[]} */
  const log = [];
  let origin = '';
  const server = http.createServer((req, res) => {
    /** @type {ProxiedRequest} */
    const entry = { method: req.method ?? 'GET', path: req.url ?? '/', status: 0, start: performance.now(), end: 0 };
    log.push(entry);
    // The body is read at once (it waits in the socket's buffer meanwhile); the answer comes after the round trip.
    req.pause();
    void sleep(latencyMs).then(() => forwardRequest(req, res, entry));
  });
  /**
   * @param {http.IncomingMessage} req
   * @param {http.ServerResponse} res
   * @param {ProxiedRequest} entry
   */
  const forwardRequest = (req, res, entry) => {
    const forward = http.request(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: { ...req.headers, host: upstream.host }, agent },
      (answer) => {
        const headers = { ...answer.headers };
        if (typeof headers.link === 'string') headers.link = headers.link.split(upstream.origin).join(origin);
        res.writeHead(answer.statusCode ?? 502, headers);
        answer.pipe(res);
        answer.on('end', () => {
          entry.status = answer.statusCode ?? 0;
          entry.end = performance.now();
        });
      },
    );
    forward.on('error', (error) => {
      entry.status = 502;
      entry.end = performance.now();
      res.writeHead(502, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: `bench proxy: ${error.message}` }));
    });
    req.pipe(forward);
    req.resume();
  };
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    url: origin,
    log,
    clear: () => void log.splice(0),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve(undefined));
        agent.destroy();
      }),
  };
}

/**
 * Sequential round trips: the longest chain r1 → r2 → … of requests where each starts after the
 * previous one ended (it could not have been sent before the answer to the one before arrived).
 * Requests in flight together (Promise.all) share one round trip; n requests one after another
 * are n. At a fixed latency per request, the time spent waiting on GitHub is at least this many
 * latencies, however many requests there are.
 * @param {Array<{ start: number, end: number }>} log
 */
export function roundTrips(log) {
  return Math.max(0, ...roundTripDepths(log).values());
}

/**
 * Each finished request's depth: the length of the longest such chain that ends with it (1 for a
 * request sent before any answer came). Requests of one depth went out in the same round trip.
 * @template {{ start: number, end: number }} T
 * @param {T[]} log
 * @returns {Map<T, number>}
 */
export function roundTripDepths(log) {
  const done = log.filter((entry) => entry.end > 0);
  const byStart = [...done].sort((a, b) => a.start - b.start);
  const byEnd = [...done].sort((a, b) => a.end - b.end);
  /** @type {Map<T, number>} */
  const depth = new Map();
  let ended = 0; // requests of byEnd that ended before the current start
  let bestEnded = 0; // the longest chain among them
  for (const entry of byStart) {
    while (ended < byEnd.length && byEnd[ended].end <= entry.start) {
      bestEnded = Math.max(bestEnded, depth.get(byEnd[ended]) ?? 0);
      ended++;
    }
    depth.set(entry, bestEnded + 1);
  }
  return depth;
}
