import { afterEach, describe, expect, it } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createGitHub } from '../../src/github/client.js';
import { getPull } from '../../src/github/pulls.js';
import { ApiError } from '../../src/lib/errors.js';
import { NetworkError, proxyFetch, requestTimeoutMs } from '../../src/lib/http.js';
import net from 'node:net';

/**
 * Requests that get no HTTP answer: a server that never answers (or stops halfway through the
 * body), a reset connection, a refused port, a host name that does not resolve (.invalid never
 * does, RFC 6761). Timeouts are made small instead of waiting; nothing here measures time.
 */
const R = { owner: 'acme', repo: 'app' };

interface Server {
  url: string;
  seen: string[];
  close: () => Promise<void>;
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(handler: (request: http.IncomingMessage, response: http.ServerResponse, count: number) => void): Promise<Server> {
  const seen: string[] = [];
  const sockets = new Set<Socket>();
  const server = http.createServer((request, response) => {
    seen.push(`${request.method} ${request.url}`);
    handler(request, response, seen.length);
  });
  server.on('connection', (socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const entry: Server = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
  servers.push(entry);
  return entry;
}

/**
 * What the client sent, counted where it sends it: a request timed out after 50 ms on a busy
 * machine may never have reached the server, so the server's log cannot count attempts.
 */
function sending(): { sent: string[]; fetch: typeof globalThis.fetch } {
  const sent: string[] = [];
  return {
    sent,
    fetch: (url, init) => {
      const href = typeof url === 'string' ? url : url instanceof URL ? url.href : url.url;
      sent.push(`${init?.method ?? 'GET'} ${new URL(href).pathname}`);
      return globalThis.fetch(url, init);
    },
  };
}

const json = (response: http.ServerResponse, body: unknown) => {
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
};

describe('GitHub API requests that get no answer', () => {
  it('times out a read that never answers, retries it, and then says so', async () => {
    const server = await serve(() => undefined);
    const notices: string[] = [];
    const client = sending();
    const waits: number[] = [];
    const github = createGitHub({ token: 't', baseUrl: server.url, retries: 1, timeoutMs: 50, log: (message) => notices.push(message), fetch: client.fetch, sleep: async (ms) => void waits.push(ms) });
    const failure = github.rest.repos.get(R);
    await expect(failure).rejects.toBeInstanceOf(NetworkError);
    await expect(failure).rejects.toThrow(`${new URL(server.url).host} could not be reached: TIMEOUT (no answer within the request timeout).`);
    expect(client.sent).toEqual(['GET /repos/acme/app', 'GET /repos/acme/app']);
    expect(waits).toEqual([1000]);
    expect(notices).toEqual([expect.stringMatching(/TIMEOUT .* on GET .*; retrying in 1s \(attempt 2 of 2\)/)]);
  });

  it('times out an answer whose body stops halfway', async () => {
    const server = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      response.write('{"id": 1,');
    });
    const github = createGitHub({ token: 't', baseUrl: server.url, retries: 0, timeoutMs: 50 });
    await expect(github.rest.repos.get(R)).rejects.toThrow(/could not be reached: TIMEOUT/);
  });

  it('never sends a POST again when its answer was lost: it may have been carried out', async () => {
    const server = await serve(() => undefined);
    const client = sending();
    const github = createGitHub({ token: 't', baseUrl: server.url, retries: 3, timeoutMs: 50, fetch: client.fetch });
    await expect(github.rest.repos.createDeployment({ ...R, ref: 'main' })).rejects.toThrow(/could not be reached: TIMEOUT/);
    expect(client.sent).toEqual(['POST /repos/acme/app/deployments']);
  });

  it('retries a read whose connection was reset, and gets the answer', async () => {
    const server = await serve((request, response, count) => {
      if (count === 1) request.socket.destroy();
      else json(response, { number: 7, head: { sha: 'a'.repeat(40) }, base: { sha: 'b'.repeat(40), ref: 'main' }, state: 'open' });
    });
    const notices: string[] = [];
    const github = createGitHub({ token: 't', baseUrl: server.url, retries: 1, log: (message) => notices.push(message) });
    expect(await getPull(github, R, 7)).toMatchObject({ number: 7, baseRef: 'main' });
    expect(server.seen).toHaveLength(2);
    expect(notices.join('\n')).toMatch(/could not be reached: (UND_ERR_SOCKET|ECONNRESET) .* retrying in 1s/);
  });

  it('reports a host name that does not resolve at once, naming the host and ENOTFOUND, as no HTTP status', async () => {
    const notices: string[] = [];
    const github = createGitHub({ token: 't', baseUrl: 'http://api.shipgate-test.invalid', retries: 3, log: (message) => notices.push(message) });
    const failure = getPull(github, R, 1);
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toThrow(
      'GitHub API request failed while trying to read pull request #1: api.shipgate-test.invalid could not be reached: ENOTFOUND (the host name does not resolve).',
    );
    await expect(failure).rejects.toMatchObject({ status: undefined });
    expect(notices).toEqual([]);
  });

  it('reports any other failure of fetch (a port fetch refuses to use) as that, not as HTTP 500', async () => {
    const notices: string[] = [];
    const github = createGitHub({ token: 't', baseUrl: 'http://127.0.0.1:9', retries: 3, log: (message) => notices.push(message) });
    await expect(github.rest.repos.get(R)).rejects.toThrow('127.0.0.1:9 could not be reached: bad port.');
    await expect(github.rest.repos.get(R)).rejects.toBeInstanceOf(NetworkError);
    expect(notices).toEqual([]);
  });

  it('reports a refused connection at once, even for a read', async () => {
    const server = await serve(() => undefined);
    await server.close();
    servers.splice(servers.indexOf(server), 1);
    const notices: string[] = [];
    const github = createGitHub({ token: 't', baseUrl: server.url, retries: 3, log: (message) => notices.push(message) });
    await expect(github.rest.repos.get(R)).rejects.toThrow(`${new URL(server.url).host} could not be reached: ECONNREFUSED (the connection was refused).`);
    expect(notices).toEqual([]);
  });
});

describe('behind a proxy that cannot reach the host', () => {
  const saved = process.env.HTTP_PROXY;
  afterEach(() => {
    if (saved === undefined) delete process.env.HTTP_PROXY;
    else process.env.HTTP_PROXY = saved;
  });

  it('says that the proxy refused, with its status, and tries no more', async () => {
    const connects: string[] = [];
    const proxy = http.createServer();
    proxy.on('connect', (request: http.IncomingMessage, socket: net.Socket) => {
      connects.push(String(request.url));
      socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    servers.push({ url: '', seen: [], close: () => new Promise((resolve) => proxy.close(() => resolve())) });
    process.env.HTTP_PROXY = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    const github = createGitHub({ token: 't', baseUrl: 'http://api.shipgate-test.invalid', retries: 3, fetch: proxyFetch });
    await expect(github.rest.repos.get(R)).rejects.toThrow('api.shipgate-test.invalid could not be reached: UND_ERR_ABORTED (the proxy answered HTTP 502 to CONNECT).');
    expect(connects).toEqual(['api.shipgate-test.invalid:80']);
  });
});

describe('requests other than the API (health checks, Prometheus)', () => {
  const saved = process.env.SHIPGATE_REQUEST_TIMEOUT_SECONDS;
  afterEach(() => {
    if (saved === undefined) delete process.env.SHIPGATE_REQUEST_TIMEOUT_SECONDS;
    else process.env.SHIPGATE_REQUEST_TIMEOUT_SECONDS = saved;
  });

  it('time out by the same setting even when the caller gives no timeout of its own', async () => {
    const server = await serve(() => undefined);
    process.env.SHIPGATE_REQUEST_TIMEOUT_SECONDS = '0.05';
    await expect(proxyFetch(`${server.url}/health`)).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(server.seen).toEqual(['GET /health']);
  });

  it('pass the caller\'s cancellation on', async () => {
    const server = await serve(() => undefined);
    const controller = new AbortController();
    const pending = proxyFetch(`${server.url}/metrics`, { signal: controller.signal });
    controller.abort(new Error('cancelled'));
    await expect(pending).rejects.toThrow('cancelled');
  });
});

describe('the request timeout setting', () => {
  it.each([
    [undefined, 30_000],
    ['', 30_000],
    ['5', 5_000],
    ['0.25', 250],
  ])('SHIPGATE_REQUEST_TIMEOUT_SECONDS=%j is %i ms', (value, ms) => {
    expect(requestTimeoutMs(value === undefined ? {} : { SHIPGATE_REQUEST_TIMEOUT_SECONDS: value })).toBe(ms);
  });

  it.each(['0', '-1', 'soon'])('refuses %j in one sentence', (value) => {
    expect(() => requestTimeoutMs({ SHIPGATE_REQUEST_TIMEOUT_SECONDS: value })).toThrow(
      `SHIPGATE_REQUEST_TIMEOUT_SECONDS must be a number of seconds above 0, but was ${JSON.stringify(value)}.`,
    );
  });
});
