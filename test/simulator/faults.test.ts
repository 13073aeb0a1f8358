import { describe, expect, it } from '@jest/globals';
import { createGitHub } from '../../src/github/client.js';
import { startSimulator } from '../../simulator/index.mjs';
import { client, simulatorPerSuite, statusOf } from './fixture.js';

describe('simulator: fault injection', () => {
  const suite = simulatorPerSuite();
  const R = { owner: 'acme', repo: 'app' };

  it('fails the nth matching request, `times` times, then answers normally', async () => {
    const rule = suite.sim.inject({ method: 'GET', path: /\/issues$/, status: 503, nth: 2, times: 2 });
    const gh = client(suite.sim.url);
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push(await statusOf(gh.request('GET /repos/{owner}/{repo}/issues', R)));
    expect(statuses).toEqual([200, 503, 503, 200]);
    expect(rule.hits).toBe(4);
    expect(await statusOf(gh.request('GET /repos/{owner}/{repo}', R))).toBe(200);
    expect(suite.sim.requests.map((entry) => entry.status)).toEqual([200, 503, 503, 200, 200]);
  });

  it('answers a secondary rate limit with retry-after', async () => {
    suite.sim.inject({ method: 'GET', path: '/repos/acme/app', secondaryRateLimit: true, retryAfter: 7 });
    const response = await fetch(`${suite.sim.url}/repos/acme/app`, { headers: { authorization: 'token ghs_test' } });
    expect(response.status).toBe(403);
    expect(response.headers.get('retry-after')).toBe('7');
    expect(((await response.json()) as { message: string }).message).toMatch(/^You have exceeded a secondary rate limit/);
  });

  it('adds latency without failing: the request waits, unhandled, for the sum of the latencies', async () => {
    // The simulator's delay is held by the test: the wait and its length are seen, not timed.
    let asked!: (ms: number) => void;
    const delayAsked = new Promise<number>((resolve) => (asked = resolve));
    let go!: () => void;
    const slow = await startSimulator({ repoDir: suite.repoDir, token: 'ghs_test', delay: (ms) => (asked(ms), new Promise<void>((resolve) => (go = resolve))) });
    try {
      slow.inject({ path: /deployments/, latencyMs: 150 });
      slow.inject({ method: 'GET', latencyMs: 50 });
      const answered = statusOf(client(slow.url).request('GET /repos/{owner}/{repo}/deployments', R));
      expect(await delayAsked).toBe(200);
      expect(slow.requests.map((entry) => entry.status)).toEqual([0]); // waiting, not handled yet
      go();
      expect(await answered).toBe(200);
      expect(slow.requests.map((entry) => entry.status)).toEqual([200]);
    } finally {
      await slow.close();
    }
  });

  it('the project client retries through one injected 502', async () => {
    suite.sim.inject({ method: 'POST', path: /\/statuses\/[0-9a-f]{40}$/, status: 502, times: 1 });
    const notices: string[] = [];
    const gh = createGitHub({ token: 'ghs_test', baseUrl: suite.sim.url, log: (message) => notices.push(message) });
    const response = await gh.request('POST /repos/{owner}/{repo}/statuses/{sha}', { ...R, sha: suite.sha, state: 'success', context: 'coverage' });
    expect(response.status).toBe(201);
    expect(suite.sim.writes().map((entry) => entry.status)).toEqual([502, 201]);
    expect(suite.sim.state.commitStatuses).toHaveLength(1);
  });

  it('the project client honours retry-after on a 503 and on a bare 429, and gives up after its retries', async () => {
    suite.sim.inject({ method: 'POST', path: /\/statuses\/[0-9a-f]{40}$/, status: 503, headers: { 'retry-after': '2' }, times: 1 });
    suite.sim.inject({ method: 'POST', path: /\/statuses\/[0-9a-f]{40}$/, status: 429, headers: { 'retry-after': '1' }, times: 1, nth: 2 });
    const notices: string[] = [];
    // The client's waits are recorded, not slept: the test asserts the delays it asked for.
    const waits: number[] = [];
    const sleep = async (ms: number) => void waits.push(ms);
    const gh = createGitHub({ token: 'ghs_test', baseUrl: suite.sim.url, log: (message) => notices.push(message), sleep });
    const response = await gh.request('POST /repos/{owner}/{repo}/statuses/{sha}', { ...R, sha: suite.sha, state: 'success', context: 'retry-after' });
    expect(response.status).toBe(201);
    const log = suite.sim.writes().filter((entry) => (entry.body as { context?: string } | null)?.context === 'retry-after');
    expect(log.map((entry) => entry.status)).toEqual([503, 429, 201]);
    // retry-after 2 and 1, where the client's own backoff would have waited 1 s and 4 s.
    expect(waits).toEqual([2000, 1000]);
    expect(notices.join('\n')).toMatch(/HTTP 503 .* retrying in 2s \(retry-after\)/);

    suite.sim.inject({ method: 'GET', path: '/repos/acme/app', status: 500, headers: { 'retry-after': '0' }, times: Infinity });
    waits.length = 0;
    const failing = createGitHub({ token: 'ghs_test', baseUrl: suite.sim.url, retries: 2, sleep });
    await expect(failing.request('GET /repos/{owner}/{repo}', R)).rejects.toMatchObject({ status: 500 });
    expect(suite.sim.requests.filter((entry) => entry.path === '/repos/acme/app' && entry.status === 500)).toHaveLength(3);
    expect(waits).toEqual([0, 0]);
    suite.sim.clearInjections();
  });

  it('the project client waits out a secondary rate limit (retry-after: 1)', async () => {
    suite.sim.inject({ method: 'GET', path: '/repos/acme/app', secondaryRateLimit: true, retryAfter: 1 });
    const notices: string[] = [];
    const waits: number[] = [];
    const gh = createGitHub({ token: 'ghs_test', baseUrl: suite.sim.url, log: (message) => notices.push(message), sleep: async (ms) => void waits.push(ms) });
    const response = await gh.request('GET /repos/{owner}/{repo}', R);
    expect(response.status).toBe(200);
    const log = suite.sim.requests.filter((entry) => entry.path === '/repos/acme/app');
    expect(log.map((entry) => entry.status)).toEqual([403, 200]);
    // The retry-after asked for (GitHub's default for a secondary limit without one is a minute).
    expect(waits).toEqual([1000]);
    expect(notices.join('\n')).toMatch(/^Secondary rate limit on GET .*; waiting 1s before retrying/);
  });

  it('answer, then reset: the write is applied and the client sees a network error, not an answer', async () => {
    const rule = suite.sim.inject({ method: 'POST', path: '/repos/acme/app/issues', reset: true });
    const before = suite.sim.state.issues.length;
    const failure = await client(suite.sim.url).request('POST /repos/{owner}/{repo}/issues', { ...R, title: 'lost answer' }).then(
      () => undefined,
      (error: unknown) => error as { status?: number; response?: unknown },
    );
    expect(failure).toBeDefined();
    expect(failure?.response).toBeUndefined(); // no HTTP answer at all
    expect(suite.sim.state.issues.length).toBe(before + 1);
    expect(rule.affected).toBe(1);
    expect(suite.sim.requests.at(-1)).toMatchObject({ method: 'POST', status: 201, reset: true });
    // times defaults to 1: the next request is answered.
    expect(await statusOf(client(suite.sim.url).request('POST /repos/{owner}/{repo}/issues', { ...R, title: 'answered' }))).toBe(201);
  });

  it('answer after a delay: a client timeout fires first, the write is applied anyway', async () => {
    const rule = suite.sim.inject({ method: 'POST', path: '/repos/acme/app/issues', answerAfterMs: 60_000 });
    const before = suite.sim.state.issues.length;
    const answer = fetch(`${suite.sim.url}/repos/acme/app/issues`, {
      method: 'POST',
      headers: { authorization: 'token ghs_test' },
      body: JSON.stringify({ title: 'slow answer' }),
      signal: AbortSignal.timeout(100),
    });
    await expect(answer).rejects.toMatchObject({ name: 'TimeoutError' });
    await rule.reached();
    expect(suite.sim.state.issues.length).toBe(before + 1);
  });

  it('hold: the write is applied, the answer waits for release() (a barrier for concurrent runs)', async () => {
    const rule = suite.sim.inject({ method: 'GET', path: '/repos/acme/app', hold: true, times: 2 });
    let answered = 0;
    const gh = client(suite.sim.url);
    const pending = [gh.request('GET /repos/{owner}/{repo}', R), gh.request('GET /repos/{owner}/{repo}', R)].map((request) =>
      request.then((response) => {
        answered += 1;
        return response.status;
      }),
    );
    await rule.reached(2);
    expect(answered).toBe(0);
    rule.release();
    expect(await Promise.all(pending)).toEqual([200, 200]);
    expect(() => suite.sim.inject({ path: /x/, status: 500, reset: true })).toThrow(/cannot also reset/);
  });

  it('gate: requests wait before being handled, and are let go one by one in the order the test picks', async () => {
    const rule = suite.sim.inject({ method: 'POST', path: '/repos/acme/app/issues', gate: true, times: 2 });
    const gh = client(suite.sim.url);
    const first = gh.request('POST /repos/{owner}/{repo}/issues', { ...R, title: 'arrived first' });
    await rule.reached(1);
    const second = gh.request('POST /repos/{owner}/{repo}/issues', { ...R, title: 'arrived second' });
    await rule.reached(2);
    rule.release(2);
    const handledFirst = await second;
    rule.release(1);
    const handledSecond = await first;
    expect(handledFirst.data.number).toBeLessThan(handledSecond.data.number);
  });
});
