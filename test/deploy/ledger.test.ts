// DeploymentLedger reads an environment's deployments once and answers every pre-flight question
// from that (what is live, what runs, what was rolled back); runDeployment takes a ledger and a
// resolved sha from a caller that has them (the rollback action), and a rollback posts one
// in_progress status for all its phases.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGitHub } from '../../src/github/client.js';
import { runDeployment, runRollbackDeployment, type DeploymentOptions } from '../../src/deploy/deploy.js';
import { DeploymentLedger } from '../../src/deploy/ledger.js';
import { GitRepo, simulatorFor, statesOf, statusesOf, type Simulator } from './helpers.js';

const R = { owner: 'acme', repo: 'app' };
const repo = new GitRepo('shipgate-ledger-repo-');
const A = repo.commit('A', { 'app.txt': 'a' });
const B = repo.commit('B', { 'app.txt': 'b' });
const C = repo.commit('C', { 'app.txt': 'c' });

let sim: Simulator;
let github: ReturnType<typeof createGitHub>;
let healthy: http.Server;
let healthUrl: string;

beforeAll(async () => {
  healthy = http.createServer((_req, res) => res.writeHead(200).end('ok'));
  await new Promise<void>((resolve) => healthy.listen(0, '127.0.0.1', resolve));
  healthUrl = `http://127.0.0.1:${(healthy.address() as AddressInfo).port}/health`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => healthy.close(() => resolve()));
  repo.remove();
});
beforeEach(async () => {
  sim = await simulatorFor(repo);
  github = createGitHub({ token: 'ghs_test', baseUrl: sim.url, retries: 0 });
});
afterEach(async () => {
  await sim.close();
});

/** A deployment as shipgate writes it, with the given statuses (oldest first). */
async function recorded(
  sha: string,
  states: string[],
  payload: { mode?: 'deploy' | 'rollback'; previous?: { id: number; ref: string; sha: string } | null; rolled_back?: { id?: number; ref: string; sha: string } } = {},
): Promise<number> {
  const { data } = await github.request('POST /repos/{owner}/{repo}/deployments', {
    task: 'deploy:shipgate',
    ...R,
    ref: sha,
    environment: 'production',
    auto_merge: false,
    required_contexts: [],
    payload: { shipgate: 1, version: '', sha, ref: sha, previous: null, run_url: '', actor: 'dev', mode: 'deploy', reason: '', ...payload },
  });
  const id = (data as { id: number }).id;
  for (const state of states) {
    await github.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { ...R, deployment_id: id, state: state as 'success' });
  }
  return id;
}

const lines = () => sim.requests.map((entry) => `${entry.method} ${entry.path.replace('/repos/acme/app', '')}`);

describe('DeploymentLedger', () => {
  it('reads the deployments once; a deployment named as previous by a later deploy is known to have succeeded', async () => {
    const a = await recorded(A, ['success', 'inactive']);
    const b = await recorded(B, ['success'], { previous: { id: a, ref: A, sha: A } });
    sim.clearRequests();
    const ledger = new DeploymentLedger(github, R, 'production');
    const state = await ledger.scan();
    expect(state.live?.deployment.id).toBe(b);
    expect(lines()).toEqual(['GET /deployments', `GET /deployments/${b}/statuses`]);

    sim.clearRequests();
    expect((await ledger.scan()).live?.deployment.id).toBe(b);
    // A was live before B (B's payload says so): not rolled back, without reading A's statuses.
    expect(await ledger.rolledBack(A)).toBeUndefined();
    expect(await ledger.rolledBack(B)).toBeUndefined();
    expect(lines()).toEqual([]);

    // After refresh() it reads GitHub again.
    ledger.refresh();
    await ledger.scan();
    expect(lines()).toEqual(['GET /deployments', `GET /deployments/${b}/statuses`]);
  });

  it('reads the statuses of a deployment of the commit that no forward deploy names as previous', async () => {
    // A was rolled back (r0), redeployed and failed again; B is live.
    const r0 = await recorded(C, ['success', 'inactive'], { mode: 'rollback', rolled_back: { ref: A, sha: A } });
    const a = await recorded(A, ['failure'], { previous: { id: r0, ref: C, sha: C } });
    await recorded(B, ['success'], { previous: { id: r0, ref: C, sha: C } });
    const ledger = new DeploymentLedger(github, R, 'production');
    await ledger.scan();
    sim.clearRequests();
    // The failed redeploy of A does not lift r0's mark; finding that out costs its statuses only.
    expect(await ledger.rolledBack(A)).toMatchObject({ deployment: { id: r0 }, rolledBack: { sha: A } });
    expect(lines()).toEqual([`GET /deployments/${a}/statuses`]);
  });

  it('answers the promotion gate from a deployment named as previous by a later deploy', async () => {
    const a = await recorded(A, ['success', 'inactive']);
    await recorded(B, ['success'], { previous: { id: a, ref: A, sha: A } });
    const ledger = new DeploymentLedger(github, R, 'production');
    await ledger.scan();
    sim.clearRequests();
    expect((await ledger.successfulDeploymentOf(A))?.id).toBe(a);
    expect(lines()).toEqual([`GET /deployments`]);
    sim.clearRequests();
    expect(await ledger.successfulDeploymentOf(C)).toBeUndefined();
  });
});

describe('the rollback stage with what the plan read already, and a forward deploy', () => {
  const options = (changes: Partial<DeploymentOptions> = {}): DeploymentOptions => ({
    environment: 'production',
    ref: B,
    command: 'true',
    autoRollback: false,
    force: false,
    dryRun: false,
    verify: { healthCheckUrls: [healthUrl], healthCheckTimeoutMs: 2000, healthCheckIntervalMs: 50, maxErrorRate: 1, maxP95Latency: 500, verifyWindowMs: 1000 },
    ...changes,
  });
  const deps = () => ({
    github,
    repo: R,
    run: { url: 'https://github.com/acme/app/actions/runs/7', actor: 'dev', serverUrl: 'https://github.com' },
    logger: { info: () => undefined, warning: () => undefined },
    output: () => undefined,
  });

  it('uses the given ledger and sha (no listing, no commit lookup) and posts one in_progress for a rollback', async () => {
    const a = await recorded(A, ['success', 'inactive']);
    const live = await recorded(B, ['success'], { previous: { id: a, ref: A, sha: A } });
    const ledger = new DeploymentLedger(github, R, 'production');
    await ledger.scan();
    sim.clearRequests();
    const outcome = await runRollbackDeployment(
      { environment: 'production', target: { ref: A, sha: A, version: '' }, rolledBack: { id: live, ref: B, sha: B }, reason: 'test', command: 'true', dryRun: false, verify: options().verify },
      ledger,
      deps(),
    );
    expect(outcome.status).toBe('success');
    expect(outcome.sha).toBe(A);
    const id = outcome.deploymentId as number;
    // One list after creating: is another deploy ahead of this one (see src/deploy/turn.ts)?
    expect(lines()).toEqual(['POST /deployments', 'GET /deployments', `POST /deployments/${id}/statuses`, `POST /deployments/${id}/statuses`, `POST /deployments/${live}/statuses`]);
    expect(statesOf(sim, id)).toEqual(['in_progress', 'success']);
    expect(statusesOf(sim, id)[0].description).toBe(`Rolling back to ${A.slice(0, 7)}: deploy command, then health checks`);
    expect(statesOf(sim, live)).toEqual(['success', 'inactive']);
  });

  it('keeps an in_progress status per phase for a forward deploy; the rollback stage refuses the ledger of another environment', async () => {
    const outcome = await runDeployment(options({ environment: 'staging' }), deps());
    expect(statesOf(sim, outcome.deploymentId as number)).toEqual(['in_progress', 'in_progress', 'success']);
    await expect(
      runRollbackDeployment(
        { environment: 'production', target: { ref: A, sha: A, version: '' }, rolledBack: { id: 1, ref: B, sha: B }, reason: '', command: 'true', dryRun: false, verify: options().verify },
        new DeploymentLedger(github, R, 'staging'),
        deps(),
      ),
    ).rejects.toThrow('runRollbackDeployment was given the ledger of staging for a rollback of production');
  });
});
