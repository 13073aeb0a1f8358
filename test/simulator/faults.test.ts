import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createGitHub } from '../../src/github/client.js';
import { startSimulator } from '../../simulator/index.mjs';
import { TestRepo, client, statusOf } from './fixture.js';

type Simulator = Awaited<ReturnType<typeof startSimulator>>;

describe('simulator: fault injection', () => {
  let repo: TestRepo;
  let sim: Simulator;
  let sha: string;
  const R = { owner: 'acme', repo: 'app' };

  beforeAll(async () => {
    repo = new TestRepo();
    sha = repo.commit('feat: first', { 'a.txt': 'a\n' });
    sim = await startSimulator({ repoDir: repo.dir, token: 'ghs_test' });
  });

  afterAll(async () => {
    await sim?.close();
    repo?.remove();
  });

  beforeEach(() => {
    sim.clearInjections();
    sim.clearRequests();
  });

  it('fails the nth matching request, `times` times, then answers normally', async () => {
    const rule = sim.inject({ method: 'GET', path: /\/issues$/, status: 503, nth: 2, times: 2 });
    const gh = client(sim.url);
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push(await statusOf(gh.request('GET /repos/{owner}/{repo}/issues', R)));
    expect(statuses).toEqual([200, 503, 503, 200]);
    expect(rule.hits).toBe(4);
    expect(await statusOf(gh.request('GET /repos/{owner}/{repo}', R))).toBe(200);
    expect(sim.requests.map((entry) => entry.status)).toEqual([200, 503, 503, 200, 200]);
  });

  it('answers a secondary rate limit with retry-after', async () => {
    sim.inject({ method: 'GET', path: '/repos/acme/app', secondaryRateLimit: true, retryAfter: 7 });
    const response = await fetch(`${sim.url}/repos/acme/app`, { headers: { authorization: 'token ghs_test' } });
    expect(response.status).toBe(403);
    expect(response.headers.get('retry-after')).toBe('7');
    expect(((await response.json()) as { message: string }).message).toMatch(/^You have exceeded a secondary rate limit/);
  });

  it('adds latency without failing', async () => {
    sim.inject({ path: /deployments/, latencyMs: 150 });
    const started = Date.now();
    expect(await statusOf(client(sim.url).request('GET /repos/{owner}/{repo}/deployments', R))).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('the project client retries through one injected 502', async () => {
    sim.inject({ method: 'POST', path: /\/statuses\/[0-9a-f]{40}$/, status: 502, times: 1 });
    const notices: string[] = [];
    const gh = createGitHub({ token: 'ghs_test', baseUrl: sim.url, log: (message) => notices.push(message) });
    const response = await gh.request('POST /repos/{owner}/{repo}/statuses/{sha}', { ...R, sha, state: 'success', context: 'coverage' });
    expect(response.status).toBe(201);
    expect(sim.writes().map((entry) => entry.status)).toEqual([502, 201]);
    expect(sim.state.commitStatuses).toHaveLength(1);
  });

  it('the project client honours retry-after on a 503 and on a bare 429, and gives up after its retries', async () => {
    sim.inject({ method: 'POST', path: /\/statuses\/[0-9a-f]{40}$/, status: 503, headers: { 'retry-after': '2' }, times: 1 });
    sim.inject({ method: 'POST', path: /\/statuses\/[0-9a-f]{40}$/, status: 429, headers: { 'retry-after': '1' }, times: 1, nth: 2 });
    const notices: string[] = [];
    const gh = createGitHub({ token: 'ghs_test', baseUrl: sim.url, log: (message) => notices.push(message) });
    const response = await gh.request('POST /repos/{owner}/{repo}/statuses/{sha}', { ...R, sha, state: 'success', context: 'retry-after' });
    expect(response.status).toBe(201);
    const log = sim.writes().filter((entry) => (entry.body as { context?: string } | null)?.context === 'retry-after');
    expect(log.map((entry) => entry.status)).toEqual([503, 429, 201]);
    expect(Date.parse(log[1].at) - Date.parse(log[0].at)).toBeGreaterThanOrEqual(1900);
    expect(Date.parse(log[2].at) - Date.parse(log[1].at)).toBeGreaterThanOrEqual(900);
    expect(notices.join('\n')).toMatch(/HTTP 503 .* retrying in 2s \(retry-after\)/);

    sim.inject({ method: 'GET', path: '/repos/acme/app', status: 500, headers: { 'retry-after': '0' }, times: Infinity });
    const failing = createGitHub({ token: 'ghs_test', baseUrl: sim.url, retries: 2 });
    await expect(failing.request('GET /repos/{owner}/{repo}', R)).rejects.toMatchObject({ status: 500 });
    expect(sim.requests.filter((entry) => entry.path === '/repos/acme/app' && entry.status === 500)).toHaveLength(3);
    sim.clearInjections();
  });

  it('the project client waits out a secondary rate limit (retry-after: 1)', async () => {
    sim.inject({ method: 'GET', path: '/repos/acme/app', secondaryRateLimit: true, retryAfter: 1 });
    const notices: string[] = [];
    const gh = createGitHub({ token: 'ghs_test', baseUrl: sim.url, log: (message) => notices.push(message) });
    const response = await gh.request('GET /repos/{owner}/{repo}', R);
    expect(response.status).toBe(200);
    const log = sim.requests.filter((entry) => entry.path === '/repos/acme/app');
    expect(log.map((entry) => entry.status)).toEqual([403, 200]);
    expect(Date.parse(log[1].at) - Date.parse(log[0].at)).toBeGreaterThanOrEqual(900);
    expect(notices.join('\n')).toMatch(/Secondary rate limit/);
  });
});
