import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkHealth, describeHealthFailure } from '../../src/deploy/health.js';
import { fakeClock, freePort } from './helpers.js';

// A real local server whose /warming answers 503 twice before 200, /down always 503,
// /slow never answers (the check's own attempt timeout ends it, so nothing races it), and /ok
// answers at once.
let server: http.Server;
let base: string;
const hits: Record<string, number> = {};

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    hits[path] = (hits[path] ?? 0) + 1;
    const answer = (status: number) => {
      res.writeHead(status, { 'content-type': 'text/plain' });
      res.end(status === 200 ? 'ok' : 'unavailable');
    };
    if (path === '/warming') answer(hits[path] > 2 ? 200 : 503);
    else if (path === '/down') answer(503);
    else if (path === '/slow') return; // hangs until the server closes its connections
    else answer(200);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => {
  server.close(() => resolve());
  server.closeAllConnections();
}));

const logger = (lines: string[]) => ({ info: (m: string) => lines.push(m), warning: (m: string) => lines.push(m) });

describe('health checks against a real HTTP server', () => {
  it('polls until each URL answers 2xx, logging status and latency of every attempt', async () => {
    const lines: string[] = [];
    const clock = fakeClock();
    const results = await checkHealth({ urls: [`${base}/warming`, `${base}/ok`], timeoutMs: 5000, intervalMs: 20, logger: logger(lines), clock });
    expect(clock.sleeps).toEqual([20, 20]);
    expect(results.map((r) => [r.url.replace(base, ''), r.ok, r.attempts, r.status])).toEqual([
      ['/warming', true, 3, 200],
      ['/ok', true, 1, 200],
    ]);
    expect(lines.filter((line) => line.includes('/warming'))).toEqual([
      expect.stringMatching(/^Health check http:\/\/127\.0\.0\.1:\d+\/warming: HTTP 503 after \d+ ms \(attempt 1\)\.$/),
      expect.stringMatching(/: HTTP 503 after \d+ ms \(attempt 2\)\.$/),
      expect.stringMatching(/: HTTP 200 in \d+ ms \(attempt 3\) - healthy\.$/),
    ]);
    expect(describeHealthFailure(results, 5000)).toBeUndefined();
  });

  it('gives up after the timeout and says which URL, how often and what it last answered', async () => {
    // The clock moves only while the check pauses: attempts at 0, 50, ..., 300 ms.
    const clock = fakeClock();
    const results = await checkHealth({ urls: [`${base}/down`], timeoutMs: 300, intervalMs: 50, logger: logger([]), clock });
    expect(clock.sleeps).toEqual([50, 50, 50, 50, 50, 50]);
    expect(results[0]).toMatchObject({ ok: false, attempts: 7, elapsedMs: 300 });
    expect(describeHealthFailure(results, 300)).toBe(`The health check ${base}/down did not answer 2xx within 300 ms: 7 attempts, last HTTP 503.`);
  });

  it('measures the timeout by the clock, so late timers mean fewer attempts', async () => {
    const clock = fakeClock(70);
    const results = await checkHealth({ urls: [`${base}/down`], timeoutMs: 300, intervalMs: 50, logger: logger([]), clock });
    // Each 50 ms pause takes 120: attempts at 0, 120, 240 and 360 ms, then none past the deadline.
    expect(clock.sleeps).toEqual([50, 50, 50]);
    expect(results[0]).toMatchObject({ attempts: 4, elapsedMs: 360 });
  });

  it('reports a refused connection, and counts the other failing URLs', async () => {
    const port = await freePort();
    const clock = fakeClock();
    const results = await checkHealth({ urls: [`http://127.0.0.1:${port}/health`, `${base}/down`], timeoutMs: 100, intervalMs: 200, logger: logger([]), clock });
    expect(clock.sleeps).toEqual([100]); // the interval is cut to the deadline
    expect(results.map((r) => r.lastError)).toEqual(['ECONNREFUSED', 'HTTP 503']);
    expect(describeHealthFailure(results, 100)).toMatch(/^The health check http:\/\/127\.0\.0\.1:\d+\/health \(and 1 more URL\) did not answer 2xx within 100 ms: 2 attempts, last ECONNREFUSED\.$/);
  });

  it('gives a slow answer one second at most once the timeout has passed', async () => {
    const results = await checkHealth({ urls: [`${base}/slow`], timeoutMs: 100, intervalMs: 10, logger: logger([]) });
    expect(results[0]).toMatchObject({ ok: false, attempts: 1, lastError: 'no answer before the attempt timed out' });
  });

  it('stops when the run is cancelled', async () => {
    const controller = new AbortController();
    // Cancelled once the first attempt is logged: an event, not a timer.
    const onLine = () => controller.abort();
    await expect(checkHealth({ urls: [`${base}/down`], timeoutMs: 10_000, intervalMs: 30, logger: { info: onLine, warning: onLine }, signal: controller.signal })).rejects.toThrow(
      'The deploy was cancelled.',
    );
  });
});
