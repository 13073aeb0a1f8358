import diagnostics from 'node:diagnostics_channel';
import net from 'node:net';
import { describe, expect, it } from '@jest/globals';
import { createGitHub } from '../../src/github/client.js';
import { EarlyReads, earlyRead, requestKey, type EarlyReadClient } from '../../src/github/early-reads.js';
import { simulatorPerSuite } from '../simulator/fixture.js';

const R = { owner: 'acme', repo: 'app' };
const TOKEN = 'ghs_test';

describe('requestKey', () => {
  const shape = (url: string, method = 'GET', accept = 'application/vnd.github.v3+json') => ({ method, url, headers: { accept } });

  it('is the same whatever the order of the query', () => {
    expect(requestKey(shape('https://api.test/r?b=2&a=1'))).toBe(requestKey(shape('https://api.test/r?a=1&b=2')));
  });

  it('tells apart the method, the path, a query value and the media type', () => {
    const base = requestKey(shape('https://api.test/r?a=1'));
    expect(requestKey(shape('https://api.test/r?a=1', 'HEAD'))).not.toBe(base);
    expect(requestKey(shape('https://api.test/s?a=1'))).not.toBe(base);
    expect(requestKey(shape('https://api.test/r?a=2'))).not.toBe(base);
    expect(requestKey(shape('https://api.test/r?a=1', 'GET', 'application/vnd.github.raw+json'))).not.toBe(base);
  });
});

describe('earlyRead', () => {
  it('sends owner and name only, so a run context brings no query parameter of its own', () => {
    const context = { ...R, sha: 'a'.repeat(40), eventName: 'push' };
    const github = createGitHub({ token: TOKEN, baseUrl: 'https://api.test' });
    const { url } = github.request.endpoint(earlyRead.repository(context).route, earlyRead.repository(context).params);
    expect(url).toBe('https://api.test/repos/acme/app');
  });
});

describe('EarlyReads without the network', () => {
  /** A client that records each request's abort signal and never answers. */
  const silent = () => {
    const signals: AbortSignal[] = [];
    const request = Object.assign(
      (_route: string, params: Record<string, unknown>) => {
        signals.push((params.request as { signal: AbortSignal }).signal);
        return new Promise(() => undefined);
      },
      { endpoint: (_route: string, params: Record<string, unknown>) => ({ method: 'GET', url: `https://api.test/${String(params.path)}`, headers: {} }) },
    );
    const client: EarlyReadClient = { request };
    return { client, signals };
  };
  const read = (path: string) => ({ route: 'GET /{path}' as const, params: { path } });

  it('sends a read asked for twice once', () => {
    const { client, signals } = silent();
    const early = new EarlyReads(TOKEN);
    early.start(client, [read('a'), read('a'), read('b')]);
    expect(signals).toHaveLength(2);
    expect(early.size).toBe(2);
  });

  it('aborts the reads nobody took when discarded, and only those', () => {
    const { client, signals } = silent();
    const early = new EarlyReads(TOKEN);
    early.start(client, [read('a'), read('b')]);
    expect(early.take(TOKEN, { method: 'GET', url: 'https://api.test/a', headers: {} })).toBeDefined();
    early.discard();
    expect(signals.map((signal) => signal.aborted)).toEqual([false, true]);
    expect(early.size).toBe(0);
  });

  it('hands an answer only to a GET with the same token', () => {
    const { client } = silent();
    const early = new EarlyReads(TOKEN);
    early.start(client, [read('a')]);
    expect(early.take('ghs_other', { method: 'GET', url: 'https://api.test/a', headers: {} })).toBeUndefined();
    expect(early.take(TOKEN, { method: 'POST', url: 'https://api.test/a', headers: {} })).toBeUndefined();
    expect(early.take(TOKEN, { method: 'GET', url: 'https://api.test/a', headers: {} })).toBeDefined();
    expect(early.take(TOKEN, { method: 'GET', url: 'https://api.test/a', headers: {} })).toBeUndefined();
  });
});

describe('EarlyReads against the simulator', () => {
  const suite = simulatorPerSuite();

  const gets = (path: string) => suite.sim.requests.filter((entry) => entry.method === 'GET' && entry.path.split('?')[0] === path);

  it('gives the main client the early answer: GitHub is asked once, and a second identical read asks again', async () => {
    const early = new EarlyReads(TOKEN);
    early.start(createGitHub({ token: TOKEN, baseUrl: suite.sim.url }), [earlyRead.repository(R)]);
    const main = createGitHub({ token: TOKEN, baseUrl: suite.sim.url, early });
    const first = await main.rest.repos.get(R);
    expect(first.data.full_name).toBe('acme/app');
    expect(gets('/repos/acme/app')).toHaveLength(1);
    await main.rest.repos.get(R);
    expect(gets('/repos/acme/app')).toHaveLength(2);
  });

  it('matches a paginated read whatever order its parameters come in', async () => {
    const early = new EarlyReads(TOKEN);
    early.start(createGitHub({ token: TOKEN, baseUrl: suite.sim.url }), [earlyRead.deployments(R, 'staging', 'deploy:shipgate', 100)]);
    const main = createGitHub({ token: TOKEN, baseUrl: suite.sim.url, early });
    await main.rest.repos.listDeployments({ page: 1, per_page: 100, task: 'deploy:shipgate', environment: 'staging', ...R });
    expect(gets('/repos/acme/app/deployments')).toHaveLength(1);
    expect(early.size).toBe(0);
  });

  it('is not taken by a client with another token', async () => {
    const early = new EarlyReads(TOKEN);
    early.start(createGitHub({ token: TOKEN, baseUrl: suite.sim.url }), [earlyRead.repository(R)]);
    const other = createGitHub({ token: 'ghs_other', baseUrl: suite.sim.url, early });
    await other.rest.repos.get(R).catch(() => undefined);
    await suite.sim.waitFor(() => gets('/repos/acme/app').length === 2);
    expect(early.size).toBe(1);
    early.discard();
  });

  it('hands over a refusal as the refusal: the taker sees the 404 and GitHub is asked once', async () => {
    const early = new EarlyReads(TOKEN);
    early.start(createGitHub({ token: TOKEN, baseUrl: suite.sim.url }), [earlyRead.latestRelease(R)]);
    const main = createGitHub({ token: TOKEN, baseUrl: suite.sim.url, early });
    await expect(main.rest.repos.getLatestRelease(R)).rejects.toMatchObject({ status: 404 });
    expect(gets('/repos/acme/app/releases/latest')).toHaveLength(1);
  });

  it('never retries a read its caller aborted (octokit reports the abort as a 500)', async () => {
    const gate = suite.sim.inject({ method: 'GET', path: '/repos/acme/app', gate: true, times: 1 });
    const waits: number[] = [];
    const client = createGitHub({ token: TOKEN, baseUrl: suite.sim.url, sleep: (ms) => (waits.push(ms), Promise.resolve()) });
    const abort = new AbortController();
    const aborted = client.request('GET /repos/{owner}/{repo}', { ...R, request: { signal: abort.signal } });
    await gate.reached(1);
    abort.abort();
    await expect(aborted).rejects.toMatchObject({ status: 500 });
    gate.release();
    expect(waits).toEqual([]);
    expect(gets('/repos/acme/app')).toHaveLength(1);
  });

  it('counts a read as sent once it is written, before its answer', async () => {
    const gate = suite.sim.inject({ method: 'GET', path: '/repos/acme/app', gate: true, times: 1 });
    const early = new EarlyReads(TOKEN);
    early.start(createGitHub({ token: TOKEN, baseUrl: suite.sim.url }), [earlyRead.repository(R)]);
    await early.sent();
    // Sent while GitHub still holds the answer: what follows overlaps the round trip.
    await gate.reached(1);
    expect(early.size).toBe(1);
    gate.release();
    const main = createGitHub({ token: TOKEN, baseUrl: suite.sim.url, early });
    expect((await main.rest.repos.get(R)).status).toBe(200);
    expect(gets('/repos/acme/app')).toHaveLength(1);
  });

  it('counts a read that never reached a connection as sent once it failed, and hands over the failure', async () => {
    // A port nothing listens on: the connection is refused, so no request is ever written.
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const baseUrl = `http://127.0.0.1:${port}`;
    const early = new EarlyReads(TOKEN);
    early.start(createGitHub({ token: TOKEN, baseUrl, retries: 0 }), [earlyRead.repository(R)]);
    await early.sent();
    const main = createGitHub({ token: TOKEN, baseUrl, retries: 0, early });
    await expect(main.rest.repos.get(R)).rejects.toThrow(`127.0.0.1:${port} could not be reached: ECONNREFUSED (the connection was refused).`);
  });

  it('reports a written read from the same undici channel it waits on', async () => {
    const seen: string[] = [];
    const listener = (message: unknown) => seen.push(String((message as { request?: { path?: string } }).request?.path));
    diagnostics.subscribe('undici:client:sendHeaders', listener);
    try {
      const early = new EarlyReads(TOKEN);
      early.start(createGitHub({ token: TOKEN, baseUrl: suite.sim.url }), [earlyRead.ref(R, 'shipgate/coverage')]);
      await early.sent();
      expect(seen).toContain('/repos/acme/app/git/ref/shipgate%2Fcoverage');
      early.discard();
    } finally {
      diagnostics.unsubscribe('undici:client:sendHeaders', listener);
    }
  });
});
