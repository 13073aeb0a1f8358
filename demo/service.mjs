#!/usr/bin/env node
// A small real HTTP service to deploy: the integration tests' deploy commands start it, the
// health checks and Prometheus talk to it, and `npm run demo` runs one per environment.
//
//   node demo/service.mjs serve  [options]   run in the foreground
//   node demo/service.mjs start  [options]   (re)start in the background: stops the instance named by
//                                            --pid-file, starts a detached one, waits until it listens
//   node demo/service.mjs stop   --pid-file F
//
// Options (each also read from an environment variable, the option winning):
//   --port N            DEMO_PORT          port on 127.0.0.1 (required)
//   --version V         DEMO_VERSION       the version it reports (default "dev")
//   --fail-health       DEMO_FAIL_HEALTH=1 /health answers 503
//   --error-rate R      DEMO_ERROR_RATE    fraction of requests to / answered 500 (0.05 = every 20th)
//   --slow-ms MS        DEMO_SLOW_MS       extra latency of every request to /
//   --traffic-rps N     DEMO_TRAFFIC_RPS   requests per second it sends to its own / (so service-level
//                                          checks have traffic to judge without a load generator)
//   --pid-file F        DEMO_PID_FILE      where `start` writes the pid (and `stop` reads it)
//   --log-file F        DEMO_LOG_FILE      where a started instance writes its output
//
// Endpoints: / (the "work"), /health, /version, /metrics (prom-client: http_requests_total and
// http_request_duration_seconds by method, route and code; /health and /metrics are not counted).
import http from 'node:http';
import net from 'node:net';
import { spawn } from 'node:child_process';
import { openSync, readFileSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import client from 'prom-client';

/**
 * @typedef {object} ServiceOptions
 * @property {string | undefined} port
 * @property {string | undefined} version
 * @property {boolean} failHealth
 * @property {number} errorRate
 * @property {number} slowMs
 * @property {number} trafficRps
 * @property {string | undefined} pidFile
 * @property {string | undefined} logFile
 */

/**
 * @param {string[]} argv
 * @returns {ServiceOptions}
 */
function parseOptions(argv) {
  const env = process.env;
  const options = {
    port: env.DEMO_PORT,
    version: env.DEMO_VERSION || 'dev',
    failHealth: ['1', 'true', 'yes'].includes(env.DEMO_FAIL_HEALTH ?? ''),
    errorRate: Number(env.DEMO_ERROR_RATE || 0),
    slowMs: Number(env.DEMO_SLOW_MS || 0),
    trafficRps: Number(env.DEMO_TRAFFIC_RPS || 0),
    pidFile: env.DEMO_PID_FILE,
    logFile: env.DEMO_LOG_FILE,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = () => argv[++i];
    if (arg === '--port') options.port = next();
    else if (arg === '--version') options.version = next();
    else if (arg === '--fail-health') options.failHealth = true;
    else if (arg === '--error-rate') options.errorRate = Number(next());
    else if (arg === '--slow-ms') options.slowMs = Number(next());
    else if (arg === '--traffic-rps') options.trafficRps = Number(next());
    else if (arg === '--pid-file') options.pidFile = next();
    else if (arg === '--log-file') options.logFile = next();
    else throw new Error(`demo-service: unknown option ${arg}`);
  }
  return options;
}

/** @param {ServiceOptions} options */
function serve(options) {
  const port = Number(options.port);
  if (!Number.isInteger(port) || port <= 0) throw new Error('demo-service: --port (or DEMO_PORT) is required');
  const registry = new client.Registry();
  const requests = new client.Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered.',
    labelNames: ['method', 'route', 'code'],
    registers: [registry],
  });
  const duration = new client.Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency.',
    labelNames: ['method', 'route', 'code'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  new client.Gauge({ name: 'demo_service_info', help: 'The running version.', labelNames: ['version'], registers: [registry] }).set({ version: options.version }, 1);

  // Deterministic errors: with rate 0.05 exactly every 20th request fails.
  const errorEvery = options.errorRate > 0 ? Math.max(1, Math.round(1 / options.errorRate)) : 0;
  let served = 0;

  const server = http.createServer(async (req, res) => {
    const started = process.hrtime.bigint();
    const url = new URL(req.url ?? '/', 'http://localhost');
    /**
     * @param {number} code
     * @param {string} body
     */
    const send = (code, body, type = 'text/plain; charset=utf-8') => {
      res.writeHead(code, { 'content-type': type });
      res.end(body);
    };
    if (url.pathname === '/health') {
      if (options.failHealth) send(503, JSON.stringify({ status: 'failing', version: options.version }), 'application/json');
      else send(200, JSON.stringify({ status: 'ok', version: options.version }), 'application/json');
      return;
    }
    if (url.pathname === '/metrics') {
      send(200, await registry.metrics(), registry.contentType);
      return;
    }
    let code = 200;
    let body = `hello from ${options.version}\n`;
    if (url.pathname === '/version') body = `${options.version}\n`;
    else if (url.pathname !== '/') {
      code = 404;
      body = 'not found\n';
    } else {
      served++;
      if (options.slowMs > 0) await new Promise((resolve) => setTimeout(resolve, options.slowMs));
      if (errorEvery && served % errorEvery === 0) {
        code = 500;
        body = 'injected failure\n';
      }
    }
    send(code, body);
    const route = url.pathname === '/' || url.pathname === '/version' ? url.pathname : 'other';
    const labels = { method: req.method ?? 'GET', route, code: String(code) };
    requests.inc(labels);
    duration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
  });

  /** @type {NodeJS.Timeout | undefined} */
  let traffic;
  server.listen(port, '127.0.0.1', () => {
    console.log(`demo-service ${options.version} listening on http://127.0.0.1:${port} (pid ${process.pid})`);
    if (options.trafficRps > 0) {
      // Bounded self-traffic to its own loopback port, stopped with the process.
      const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
      traffic = setInterval(() => {
        http.get({ host: '127.0.0.1', port, path: '/', agent }, (res) => res.resume()).on('error', () => undefined);
      }, Math.max(1, Math.round(1000 / options.trafficRps)));
    }
  });
  /** @param {string} signal */
  const shutdown = (signal) => {
    console.log(`demo-service ${options.version} stopping (${signal})`);
    clearInterval(traffic);
    server.close(() => process.exit(0));
    server.closeAllConnections?.();
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

// A process that exited but was not reaped yet (an orphan in a container whose init reaps lazily)
// is a zombie: it no longer holds the port, so it counts as gone.
/** @param {number} pid */
const alive = (pid) => {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return process.platform !== 'linux';
  }
};

/** @param {ServiceOptions} options */
async function stop(options) {
  if (!options.pidFile || !existsSync(options.pidFile)) return;
  const pid = Number(readFileSync(options.pidFile, 'utf8').trim());
  rmSync(options.pidFile, { force: true });
  if (!pid || !alive(pid)) return;
  process.kill(pid, 'SIGTERM');
  for (let i = 0; i < 50 && alive(pid); i++) await new Promise((resolve) => setTimeout(resolve, 100));
  if (alive(pid)) process.kill(pid, 'SIGKILL');
}

/**
 * @param {number} port
 * @returns {Promise<boolean>}
 */
function canConnect(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

/**
 * @param {ServiceOptions} options
 * @param {string[]} argv
 */
async function start(options, argv) {
  if (!options.pidFile) throw new Error('demo-service: start needs --pid-file (or DEMO_PID_FILE)');
  await stop(options);
  const port = Number(options.port);
  const out = options.logFile ? openSync(options.logFile, 'a') : 'ignore';
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), 'serve', ...argv.filter((arg, i) => !['--pid-file', '--log-file'].includes(arg) && !['--pid-file', '--log-file'].includes(argv[i - 1]))], {
    detached: true,
    stdio: ['ignore', out, out],
    env: { ...process.env, DEMO_PID_FILE: '', DEMO_LOG_FILE: '' },
  });
  child.unref();
  writeFileSync(options.pidFile, `${child.pid}\n`);
  for (let i = 0; i < 100; i++) {
    if (await canConnect(port)) {
      console.log(`demo-service ${options.version} started on http://127.0.0.1:${port} (pid ${child.pid})`);
      return;
    }
    if (child.pid === undefined || !alive(child.pid)) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`demo-service ${options.version} did not start listening on port ${port}${options.logFile ? ` (see ${options.logFile})` : ''}`);
}

const [command, ...rest] = process.argv.slice(2);
try {
  const options = parseOptions(rest);
  if (command === 'serve') serve(options);
  else if (command === 'start') await start(options, rest);
  else if (command === 'stop') await stop(options);
  else throw new Error('usage: demo-service.mjs serve|start|stop [--port N] [--version V] [--fail-health] [--error-rate R] [--slow-ms MS] [--traffic-rps N] [--pid-file F] [--log-file F]');
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
