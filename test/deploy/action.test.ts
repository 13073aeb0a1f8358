// The built deploy action (dist/deploy/index.js) run as the runner runs it, against the GitHub API
// simulator on a real git repository, deploying the real demo service on a loopback port.
import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runAction, errorsOf } from '../../scripts/lib/run-action.mjs';
import {
  GitRepo,
  demoDeployCommand,
  deploymentsOf,
  freePort,
  simulatorFor,
  statesOf,
  statusesOf,
  stopDemo,
  versionServed,
  type Simulator,
} from './helpers.js';

const repo = new GitRepo();
const V1 = repo.commit('v1: first release', { 'demo.env': '' });
repo.git('tag', 'v1.0.0');
const V2 = repo.commit('v2: healthy', { 'demo.env': '' });
const BROKEN = repo.commit('v3: health check fails', { 'demo.env': 'export DEMO_FAIL_HEALTH=1\n' });
const V4 = repo.commit('v4: fixed', { 'demo.env': '' });

let sim: Simulator;
let stateDir: string;
let port: number;

beforeEach(async () => {
  sim = await simulatorFor(repo);
  stateDir = mkdtempSync(path.join(os.tmpdir(), 'shipgate-deploy-action-'));
  port = await freePort();
});
afterEach(async () => {
  stopDemo(stateDir);
  rmSync(stateDir, { recursive: true, force: true });
  await sim.close();
});
afterAll(() => repo.remove());

type ActionResult = Awaited<ReturnType<typeof runAction>> & { outputs: Record<string, string> };

/**
 * Every run is a job that declares `environment:`, as in deploy.yml: GitHub creates a deployment of
 * the run's commit (V4) for the job, which ends `success` when the job does.
 */
function deployAction(inputs: Record<string, string>, extra: Parameters<typeof runAction>[1] = {}): Promise<ActionResult> {
  return runAction('deploy', {
    job: { environment: inputs.environment ?? 'staging', simulator: sim },
    apiUrl: sim.url,
    sha: V4,
    cwd: stateDir,
    inputs: {
      environment: 'staging',
      command: demoDeployCommand(repo, port, stateDir),
      url: `http://127.0.0.1:${port}/`,
      'health-check-url': `http://127.0.0.1:${port}/health`,
      'health-check-timeout': '3',
      'health-check-interval': '100ms',
      ...inputs,
    },
    timeoutMs: 60_000,
    ...extra,
  });
}

const liveStates = ['in_progress', 'queued', 'pending'];

describe('deploy action (built bundle)', () => {
  it('deploys to staging with statuses in_progress → success, the environment URL, outputs and a summary', async () => {
    const result = await deployAction({ ref: V2 });
    expect(errorsOf(result)).toEqual([]);
    expect(result.exitCode).toBe(0);
    const [deployment] = deploymentsOf(sim, 'staging');
    expect(statesOf(sim, deployment.id)).toEqual(['in_progress', 'in_progress', 'success']);
    expect(statusesOf(sim, deployment.id).at(-1)).toMatchObject({
      environment_url: `http://127.0.0.1:${port}/`,
      log_url: 'https://github.com/acme/app/actions/runs/4242',
    });
    expect(result.outputs).toEqual({
      'deployment-id': String(deployment.id),
      status: 'success',
      sha: V2,
      ref: V2,
      version: '',
      'previous-ref': '',
      'environment-url': `http://127.0.0.1:${port}/`,
    });
    expect(await versionServed(port)).toBe(V2);
    // The command's output streamed into the log; the health checks logged each attempt.
    expect(result.stdout).toContain(`deploying ${V2} (${V2}) to staging as deployment ${deployment.id}`);
    expect(result.stdout).toMatch(/Health check http:\/\/127\.0\.0\.1:\d+\/health: HTTP 200 in \d+ ms \(attempt \d+\) - healthy\./);
    expect(result.summary).toContain('## ✅ Deployed: staging');
    expect(result.summary).toContain(`| Commit | \`${V2}\` |`);
    expect(result.summary).toContain('| deploy command |');
    expect(result.summary).toContain(`https://github.com/acme/app/deployments/staging`);
  });

  it('resolves the release tag of a commit deployed by sha or branch: in the command, the payload, the summary and the outputs', async () => {
    const first = await deployAction({ ref: V1 });
    expect(errorsOf(first)).toEqual([]);
    expect(first.outputs.version).toBe('v1.0.0');
    // An annotated tag (as the release action makes) on the branch head, deployed as "main".
    repo.git('-c', 'user.name=Release', '-c', 'user.email=release@example.com', 'tag', '-a', 'v2.0.0', V4, '-m', 'v2.0.0');
    try {
      const result = await deployAction({ ref: 'main' });
      expect(errorsOf(result)).toEqual([]);
      expect(deploymentsOf(sim, 'staging').at(-1)?.payload).toMatchObject({ version: 'v2.0.0', ref: 'main', sha: V4 });
      expect(result.outputs).toMatchObject({ version: 'v2.0.0', ref: 'main', sha: V4, 'previous-ref': V1 });
      expect(readFileSync(path.join(stateDir, 'deploys.log'), 'utf8').trim().split('\n')).toEqual([`staging ${V1} v1.0.0 deploy`, `staging ${V4} v2.0.0 deploy`]);
      expect(result.summary).toContain('| Version | `v2.0.0` |');
      // One table of phases per deploy.
      expect(result.summary.match(/\| Phase \| Took \|/g)).toHaveLength(1);
      expect(result.summary).toMatch(/\| pre-flight checks \| .* \|\n\| deploy command \| .* \|\n\| health checks \| /);
    } finally {
      repo.git('tag', '-d', 'v2.0.0');
    }
  });

  it('promotes to production only a commit staging has verified', async () => {
    expect((await deployAction({ ref: V1 })).exitCode).toBe(0);
    const refused = await deployAction({ environment: 'production', 'require-deployed-to': 'staging', ref: V2 });
    expect(refused.exitCode).toBe(1);
    expect(errorsOf(refused)).toEqual([
      `Refusing to deploy ${V2.slice(0, 7)} to production: it has no successful deployment in staging, which has v1.0.0 (${V1.slice(0, 7)}) live; deploy it to staging first.`,
    ]);
    expect(deploymentsOf(sim, 'production')).toEqual([]);

    expect((await deployAction({ ref: V2 })).exitCode).toBe(0);
    const allowed = await deployAction({ environment: 'production', 'require-deployed-to': 'staging', ref: V2 });
    expect(errorsOf(allowed)).toEqual([]);
    const [production] = deploymentsOf(sim, 'production');
    expect(production).toMatchObject({ sha: V2, production_environment: true });
    expect(statesOf(sim, production.id).at(-1)).toBe('success');
  });

  it('rolls back a deploy whose health check fails: the previous version serves again, nothing is left in progress', async () => {
    expect((await deployAction({ ref: 'v1.0.0' })).exitCode).toBe(0);
    expect((await deployAction({ ref: V2 })).outputs['previous-ref']).toBe('v1.0.0');
    const result = await deployAction({ ref: BROKEN, 'health-check-timeout': '1' });
    expect(result.exitCode).toBe(1);
    const [, second, failed, rollback] = deploymentsOf(sim, 'staging');
    expect(result.outputs).toMatchObject({ status: 'rolled-back', 'deployment-id': String(failed.id), sha: BROKEN, 'previous-ref': V2 });
    expect(errorsOf(result)).toEqual([
      expect.stringMatching(
        new RegExp(`^Deploying ${BROKEN.slice(0, 7)} to staging failed \\(The health check http://127\\.0\\.0\\.1:${port}/health did not answer 2xx within 1\\.0s: \\d+ attempts, last HTTP 503\\); it was rolled back and ${V2.slice(0, 7)} is live again \\(deployment ${rollback.id}\\)\\.$`),
      ),
    ]);
    expect(statesOf(sim, failed.id).at(-1)).toBe('failure');
    expect(rollback.payload).toMatchObject({ mode: 'rollback', rolled_back: { sha: BROKEN } });
    expect(statesOf(sim, rollback.id).at(-1)).toBe('success');
    expect(statesOf(sim, second.id).at(-1)).toBe('inactive');
    expect(deploymentsOf(sim).filter((d) => liveStates.includes(statesOf(sim, d.id).at(-1) ?? 'pending'))).toEqual([]);
    expect(await versionServed(port)).toBe(V2);
    expect(readFileSync(path.join(stateDir, 'deploys.log'), 'utf8').trim().split('\n').map((line) => line.split(' ').at(-1))).toEqual(['deploy', 'deploy', 'deploy', 'rollback']);
    expect(result.summary).toContain('## ↩️ Deploy failed and was rolled back: staging');

    // The rolled-back commit stays out; the fix after it goes in.
    const again = await deployAction({ ref: BROKEN });
    expect(errorsOf(again)).toEqual([expect.stringMatching(/^Refusing to deploy \w{7} to staging: it was rolled back there by deployment \d+ \(automatic rollback: .*\); set force: true to deploy it anyway\.$/)]);
    expect((await deployAction({ ref: V4 })).exitCode).toBe(0);
    expect(await versionServed(port)).toBe(V4);
  });

  it('refuses to deploy an older commit than the one live', async () => {
    expect((await deployAction({ ref: V2 })).exitCode).toBe(0);
    sim.clearRequests();
    const result = await deployAction({ ref: 'v1.0.0' });
    expect(result.exitCode).toBe(1);
    expect(errorsOf(result)).toEqual([
      `Refusing to deploy v1.0.0 (${V1.slice(0, 7)}) to staging: it is not a descendant of ${V2.slice(0, 7)}, which is live there (1 commit(s) behind it); only a rollback may go backwards.`,
    ]);
    expect(sim.writes()).toEqual([]);
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
  });

  it('leaves a final status when the runner cancels the run (SIGTERM) during the command, and says so in its summary', async () => {
    const pidFile = path.join(stateDir, 'sleep.pid');
    let sent = false;
    const result = await deployAction(
      // "started" comes once the sleeper's pid is written: the cancel waits for that event only.
      { ref: V2, command: `sleep 30 & echo $! > ${pidFile}; echo started; wait` },
      {
        onSpawn: (child) => {
          child.stdout?.on('data', (chunk: Buffer | string) => {
            if (!sent && String(chunk).includes('started')) {
              sent = true;
              child.kill('SIGTERM');
            }
          });
        },
      },
    );
    expect(sent).toBe(true);
    expect(result.exitCode).toBe(1);
    const [deployment] = deploymentsOf(sim, 'staging');
    expect(statusesOf(sim, deployment.id).at(-1)).toMatchObject({ state: 'error', description: 'cancelled' });
    const message = `The deploy of ${V2.slice(0, 7)} to staging was cancelled; deployment ${deployment.id} was marked error.`;
    expect(errorsOf(result)).toEqual([message]);
    expect(result.outputs).toMatchObject({ status: 'failure', 'deployment-id': String(deployment.id), sha: V2 });
    expect(result.summary).toContain('## ⏹️ Cancelled: staging');
    expect(result.summary).toContain(message);
    expect(result.summary).toContain(`| Deployment | [${deployment.id}](https://github.com/acme/app/deployments/staging) — marked error |`);
    const sleeper = Number(readFileSync(pidFile, 'utf8'));
    expect(existsSync(`/proc/${sleeper}`) && !readFileSync(`/proc/${sleeper}/stat`, 'utf8').includes(') Z ')).toBe(false);
  });

  it('finishes a status-less deployment older than the timeout as error, saying why, instead of waiting for it', async () => {
    // A create whose answer was lost: the deployment exists, with no status, and an expiry far ahead.
    const { id } = await (
      await fetch(`${sim.url}/repos/acme/app/deployments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          ref: V2,
          environment: 'staging',
          task: 'deploy:shipgate',
          auto_merge: false,
          required_contexts: [],
          payload: { shipgate: 1, sha: V2, ref: V2, mode: 'deploy', expires_at: new Date(Date.now() + 3_600_000).toISOString() },
        }),
      })
    ).json() as { id: number };
    const lost = (sim.state.deployments as Array<{ id: number; created_at: string }>).find((each) => each.id === id) as { created_at: string };
    lost.created_at = new Date(Date.now() - 5 * 60_000).toISOString();
    const result = await deployAction({ ref: V2 });
    expect(errorsOf(result)).toEqual([]);
    expect(result.stdout).not.toContain('Waiting for deployment');
    expect(statusesOf(sim, id).map((status) => [status.state, status.description])).toEqual([
      ['error', expect.stringMatching(/^abandoned: no status 5m 0\ds after it was created \(its run lost the answer or stopped\), so it never ran$/)],
    ]);
    expect(statesOf(sim, Number(result.outputs['deployment-id'])).at(-1)).toBe('success');
  });

  it('retries a 502 on a status update and still succeeds', async () => {
    sim.inject({ method: 'POST', path: /\/deployments\/\d+\/statuses$/, status: 502, times: 1 });
    const result = await deployAction({ ref: V2 });
    expect(errorsOf(result)).toEqual([]);
    expect(result.outputs.status).toBe('success');
    const posts = sim.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/statuses'));
    expect(posts.map((r) => r.status)).toEqual([502, 201, 201, 201]);
    expect(statesOf(sim, deploymentsOf(sim, 'staging')[0].id)).toEqual(['in_progress', 'in_progress', 'success']);
  });

  it('prints the plan in a dry run and sends no write request', async () => {
    expect((await deployAction({ ref: 'v1.0.0' })).exitCode).toBe(0);
    sim.clearRequests();
    const result = await deployAction({ ref: '', 'dry-run': 'true', command: '' });
    expect(result.exitCode).toBe(0);
    expect(sim.writes()).toEqual([]);
    expect(result.stdout).toContain(`[dry-run] Would create a GitHub Deployment of ${V4.slice(0, 7)} in staging`);
    expect(result.outputs).toMatchObject({ sha: V4, ref: V4, 'previous-ref': 'v1.0.0' });
    expect(result.outputs.status).toBeUndefined();
    expect(await versionServed(port)).toBe(V1);
  });
});
