// Shared by the deploy tests: a real git repository, the simulator on it, free ports, the demo
// service's deploy command, and readers of the simulator's deployment state.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
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
