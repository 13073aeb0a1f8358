// Every outgoing request of a built action honours the runner's proxy settings: the deploy bundle
// (GitHub API, health checks, Prometheus queries) run as the runner runs it, behind a real CONNECT
// proxy on 127.0.0.1 that logs what it carries.
//
// @actions/http-client (whose rule shipgate follows) never proxies loopback addresses, so the
// services are named with host names under .test that do not resolve: only the proxy, which maps
// them to 127.0.0.1, can reach them. A request that reached them went through the proxy.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { lookup } from 'node:dns/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { runAction, errorsOf } from '../../scripts/lib/run-action.mjs';
import { GitRepo, deploymentsOf, simulatorFor, statesOf, type Simulator } from '../deploy/helpers.js';

const API_HOST = 'api.shipgate.test';
const SERVICE_HOST = 'service.shipgate.test';

interface Proxy {
  url: string;
  /** `CONNECT host:port` per tunnel, `GET http://...` per forwarded request, in arrival order. */
  carried: string[];
  close: () => Promise<void>;
}

/** A CONNECT proxy (and absolute-form forwarder) that maps the .test names to loopback ports. */
async function startProxy(names: Record<string, number>): Promise<Proxy> {
  const carried: string[] = [];
  const sockets = new Set<net.Socket>();
  const target = (host: string, port: number) => (host in names ? { host: '127.0.0.1', port: names[host] } : { host, port });
  const server = http.createServer((request, response) => {
    carried.push(`${request.method} ${request.url}`);
    const url = new URL(request.url ?? '');
    const to = target(url.hostname, Number(url.port || 80));
    const upstream = http.request({ ...to, method: request.method, path: url.pathname + url.search, headers: request.headers }, (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    });
    upstream.on('error', () => response.writeHead(502).end());
    request.pipe(upstream);
  });
  server.on('connect', (request: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    carried.push(`CONNECT ${request.url}`);
    sockets.add(client);
    const [host, port] = (request.url ?? '').split(':');
    const to = target(host, Number(port));
    const upstream = net.connect(to.port, to.host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('error', () => client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n'));
    client.on('error', () => upstream.destroy());
  });
  server.on('connection', (socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`,
    carried,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** A service with a health endpoint and a Prometheus query API that reports no errors, fast. */
async function startService(): Promise<{ port: number; seen: string[]; close: () => Promise<void> }> {
  const seen: string[] = [];
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://service');
    seen.push(url.pathname);
    if (url.pathname === '/health') return void response.writeHead(200).end('ok');
    if (url.pathname === '/api/v1/query') {
      response.writeHead(200, { 'content-type': 'application/json' });
      return void response.end(JSON.stringify({ status: 'success', data: { resultType: 'vector', result: [{ metric: {}, value: [Date.now() / 1000, '0'] }] } }));
    }
    response.writeHead(404).end();
  });
  server.keepAliveTimeout = 100;
  // Every address: the NO_PROXY case reaches it by the machine's own host name.
  await new Promise<void>((resolve) => server.listen(0, resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    seen,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

const repo = new GitRepo('shipgate-proxy-repo-');
const SHA = repo.commit('v1', { 'app.txt': '1' });
let sim: Simulator;
let proxy: Proxy;
let service: Awaited<ReturnType<typeof startService>>;
let workDir: string;
/** A name of this machine that resolves without the proxy and is no loopback literal. */
let directHost: string;

beforeAll(async () => {
  directHost = os.hostname();
  await lookup(directHost); // fails the suite (not silently passes) when the machine's name does not resolve
});
beforeEach(async () => {
  sim = await simulatorFor(repo);
  service = await startService();
  proxy = await startProxy({ [API_HOST]: sim.port, [SERVICE_HOST]: service.port });
  workDir = mkdtempSync(path.join(os.tmpdir(), 'shipgate-proxy-'));
});
afterEach(async () => {
  await Promise.all([proxy.close(), service.close(), sim.close()]);
  rmSync(workDir, { recursive: true, force: true });
});
afterAll(() => repo.remove());

function deploy(serviceHost: string, env: Record<string, string>, apiUrl = `http://${API_HOST}:${sim.port}`) {
  const base = `http://${serviceHost}:${service.port}`;
  return runAction('deploy', {
    apiUrl,
    sha: SHA,
    cwd: workDir,
    inputs: {
      environment: 'staging',
      ref: SHA,
      command: 'echo deployed',
      'health-check-url': `${base}/health`,
      'health-check-timeout': '5',
      'health-check-interval': '100ms',
      'prometheus-url': base,
      'verify-window': '1s',
    },
    env: { NO_PROXY: '', ...env },
    timeoutMs: 60_000,
  });
}

describe('behind the runner proxy (built deploy bundle)', () => {
  it('sends the GitHub API requests, the health checks and the Prometheus queries through HTTP_PROXY', async () => {
    const result = await deploy(SERVICE_HOST, { HTTP_PROXY: proxy.url });
    expect(errorsOf(result)).toEqual([]);
    expect(result.exitCode).toBe(0);
    const [deployment] = deploymentsOf(sim, 'staging');
    expect(statesOf(sim, deployment.id).at(-1)).toBe('success');
    expect(proxy.carried).toContain(`CONNECT ${API_HOST}:${sim.port}`);
    expect(proxy.carried).toContain(`CONNECT ${SERVICE_HOST}:${service.port}`);
    expect(proxy.carried.every((line) => line.includes(API_HOST) || line.includes(SERVICE_HOST))).toBe(true);
    expect(service.seen).toContain('/health');
    expect(service.seen).toContain('/api/v1/query');
  });

  it('sends a NO_PROXY host direct while the API still goes through the proxy (lower-case variables too)', async () => {
    const result = await deploy(directHost, { http_proxy: proxy.url, no_proxy: `example.org,${directHost}` });
    expect(errorsOf(result)).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(proxy.carried).toContain(`CONNECT ${API_HOST}:${sim.port}`);
    expect(proxy.carried.filter((line) => line.includes(directHost))).toEqual([]);
    expect(service.seen).toContain('/health');
    expect(service.seen).toContain('/api/v1/query');
  });

  it('cannot reach the .test names without the proxy variables (so the requests above went through the proxy)', async () => {
    const result = await deploy(SERVICE_HOST, {});
    expect(result.exitCode).toBe(1);
    expect(errorsOf(result)).toEqual([expect.stringContaining(`${API_HOST}:${sim.port} could not be reached: ENOTFOUND (the host name does not resolve).`)]);
    expect(proxy.carried).toEqual([]);
  });
});

describe('a GitHub API host that does not resolve (built deploy bundle)', () => {
  it('fails at once with one sentence naming the host and ENOTFOUND, nothing retried', async () => {
    const result = await deploy(SERVICE_HOST, {}, 'http://api.shipgate-test.invalid');
    expect(result.exitCode).toBe(1);
    expect(errorsOf(result)).toEqual([
      expect.stringMatching(/^GitHub API request failed while trying to [^:]+: api\.shipgate-test\.invalid could not be reached: ENOTFOUND \(the host name does not resolve\)\.$/),
    ]);
    expect(result.stdout).not.toMatch(/retrying/);
  });
});
