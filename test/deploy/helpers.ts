// Shared by the deploy tests: a real git repository, the simulator on it, free ports, the demo
// service's deploy command, and readers of the simulator's deployment state.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSimulator } from '../../simulator/index.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DEMO_SERVICE = path.join(ROOT, 'demo/service.mjs');

const GIT_ENV = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };

export class GitRepo {
  readonly dir: string;
  private clock = 0;

  constructor(prefix = 'shipgate-deploy-repo-') {
    this.dir = mkdtempSync(path.join(os.tmpdir(), prefix));
    this.git('init', '--quiet', '--initial-branch=main');
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, encoding: 'utf8', env: GIT_ENV }).trim();
  }

  commit(message: string, files: Record<string, string> = {}): string {
    for (const [file, content] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(this.dir, file)), { recursive: true });
      writeFileSync(path.join(this.dir, file), content);
    }
    this.git('add', '--all');
    this.clock += 1;
    const date = new Date(Date.UTC(2024, 0, 1, 0, 0, this.clock)).toISOString();
    execFileSync('git', ['commit', '--quiet', '--allow-empty', '-m', message], {
      cwd: this.dir,
      env: {
        ...GIT_ENV,
        GIT_AUTHOR_NAME: 'Alice',
        GIT_AUTHOR_EMAIL: 'alice@example.com',
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_NAME: 'Alice',
        GIT_COMMITTER_EMAIL: 'alice@example.com',
        GIT_COMMITTER_DATE: date,
      },
    });
    return this.git('rev-parse', 'HEAD');
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export type Simulator = Awaited<ReturnType<typeof startSimulator>>;

export async function simulatorFor(repo: GitRepo): Promise<Simulator> {
  return startSimulator({ repoDir: repo.dir });
}

/**
 * A clock for the deploy's waits that moves only when they sleep (each sleep `late` ms longer
 * than asked, as a busy machine's timers are), recording each delay asked for: tests assert the
 * waits themselves, never time they measured.
 */
export function fakeClock(late = 0, start = 1_000_000): { sleeps: number[]; now: () => number; sleep: (ms: number) => Promise<void> } {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms + late;
    },
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * A deploy command that (re)starts the demo service on `port` with the behaviour the deployed
 * commit declares in its demo.env (so a rollback to an older commit brings the older behaviour
 * back), named by the deployed sha.
 */
export function demoDeployCommand(repo: GitRepo, port: number, stateDir: string, extra = ''): string {
  return [
    `echo "deploying $SHIPGATE_REF ($SHIPGATE_SHA) to $SHIPGATE_ENVIRONMENT as deployment $SHIPGATE_DEPLOYMENT_ID (previous: $SHIPGATE_PREVIOUS_REF, mode $SHIPGATE_MODE)"`,
    `echo "$SHIPGATE_ENVIRONMENT $SHIPGATE_SHA $SHIPGATE_VERSION $SHIPGATE_MODE" >> ${stateDir}/deploys.log`,
    `if git -C ${repo.dir} cat-file -e "$SHIPGATE_SHA:demo.env" 2>/dev/null; then eval "$(git -C ${repo.dir} show "$SHIPGATE_SHA:demo.env")"; fi`,
    extra,
    `${JSON.stringify(process.execPath)} ${DEMO_SERVICE} start --port ${port} --version "$SHIPGATE_SHA" --pid-file ${stateDir}/$SHIPGATE_ENVIRONMENT.pid --log-file ${stateDir}/$SHIPGATE_ENVIRONMENT.log`,
  ]
    .filter(Boolean)
    .join('\n');
}

export function stopDemo(stateDir: string): void {
  for (const name of ['staging', 'production', 'prod', 'qa']) {
    const pidFile = path.join(stateDir, `${name}.pid`);
    if (!existsSync(pidFile)) continue;
    const pid = Number(readFileSync(pidFile, 'utf8').trim());
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

export async function versionServed(port: number): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${port}/version`);
  return (await response.text()).trim();
}

interface SimDeployment {
  id: number;
  task: string;
  sha: string;
  ref: string;
  environment: string;
  payload: Record<string, unknown> & { mode?: string; rolled_back?: { sha: string } };
  production_environment: boolean;
}

interface SimStatus {
  id: number;
  deployment_id: number;
  state: string;
  description: string;
  environment_url: string;
  log_url: string;
}

/** shipgate's deployments (task deploy:shipgate), oldest first. */
export function deploymentsOf(sim: Simulator, environment?: string): SimDeployment[] {
  return allDeploymentsOf(sim, environment).filter((each) => each.task === 'deploy:shipgate');
}

/** Every deployment, GitHub's own job deployments included, oldest first. */
export function allDeploymentsOf(sim: Simulator, environment?: string): SimDeployment[] {
  return (sim.state.deployments as SimDeployment[]).filter((each) => !environment || each.environment === environment).sort((a, b) => a.id - b.id);
}

export function statusesOf(sim: Simulator, deploymentId: number): SimStatus[] {
  return (sim.state.deploymentStatuses as SimStatus[]).filter((each) => each.deployment_id === deploymentId).sort((a, b) => a.id - b.id);
}

export const statesOf = (sim: Simulator, deploymentId: number): string[] => statusesOf(sim, deploymentId).map((each) => each.state);

/** The `prometheus` binary (Debian's package, which .ci/services installs), or undefined. */
export function findPrometheus(): string | undefined {
  for (const candidate of [...(process.env.PATH ?? '').split(path.delimiter).map((dir) => path.join(dir, 'prometheus')), '/usr/bin/prometheus', '/usr/sbin/prometheus']) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

export interface TestPrometheus {
  url: string;
  /** Resolves once Prometheus has come to scrape the service `count` times. */
  scraped: (count: number) => Promise<void>;
  stop: () => Promise<void>;
}

/**
 * A real Prometheus scraping the service on `target` every second, started and waited for by
 * events, never by polling its API: its "ready" log line, then scrapes seen by a forwarder it
 * scrapes instead of the service (which passes each scrape on, and answers 503 while no service
 * listens, as a down target would). Prometheus scrapes a target in sequence (scrape, store, wait
 * for the next tick), so the (n+1)th scrape arriving means the first n are stored and queryable.
 */
export async function startPrometheus(binary: string, stateDir: string, target: number): Promise<TestPrometheus> {
  let scrapes = 0;
  const waiters: Array<{ count: number; resolve: () => void }> = [];
  const forwarder = http.createServer((req, res) => {
    const counted = () => {
      scrapes += 1;
      for (const waiter of waiters.filter((each) => scrapes >= each.count)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    };
    fetch(`http://127.0.0.1:${target}${req.url ?? '/'}`, { headers: { accept: req.headers.accept ?? '*/*' } })
      .then(async (answer) => {
        res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'text/plain' });
        res.end(await answer.text(), counted);
      })
      .catch(() => res.writeHead(503).end('the service is not running', counted));
  });
  await new Promise<void>((resolve) => forwarder.listen(0, '127.0.0.1', resolve));
  const witness = (forwarder.address() as net.AddressInfo).port;
  const port = await freePort();
  const config = path.join(stateDir, 'prometheus.yml');
  writeFileSync(
    config,
    ['global:', '  scrape_interval: 1s', '  evaluation_interval: 1s', 'scrape_configs:', '  - job_name: demo', '    static_configs:', `      - targets: ['127.0.0.1:${witness}']`, ''].join('\n'),
  );
  const prometheus: ChildProcess = spawn(binary, [`--config.file=${config}`, `--storage.tsdb.path=${path.join(stateDir, 'data')}`, `--web.listen-address=127.0.0.1:${port}`], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  const exited = new Promise<never>((_, reject) => prometheus.once('exit', (code) => reject(new Error(`Prometheus exited (${code}):\n${log.slice(-2000)}`))));
  exited.catch(() => undefined); // only a rejection while something waits on it matters
  const ready = new Promise<void>((resolve) => {
    prometheus.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      log += chunk;
      if (log.includes('Server is ready to receive web requests.')) resolve();
    });
  });
  await Promise.race([ready, exited]);
  return {
    url: `http://127.0.0.1:${port}`,
    scraped: (count) => Promise.race([exited, new Promise<void>((resolve) => (scrapes >= count ? resolve() : waiters.push({ count, resolve })))]),
    stop: async () => {
      prometheus.kill('SIGTERM');
      await new Promise<void>((resolve) => {
        forwarder.close(() => resolve());
        forwarder.closeAllConnections();
      });
    },
  };
}
