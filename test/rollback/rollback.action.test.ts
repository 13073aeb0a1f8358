import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { errorsOf, runAction } from '../../scripts/lib/run-action.mjs';
import { parseMarks } from '../../src/release/rolled-back.js';
import { TestRepo, releaseOf, runBundle, startSimulator, tagCommit, type RunResult, type Simulator } from '../release/fixture.js';

interface SimDeployment {
  id: number;
  task: string;
  sha: string;
  ref: string;
  environment: string;
  payload: Record<string, unknown> | string;
}

const payloadOf = (deployment: SimDeployment): Record<string, unknown> =>
  typeof deployment.payload === 'string' ? (JSON.parse(deployment.payload || '{}') as Record<string, unknown>) : deployment.payload;

// The built rollback bundle against the simulator: real tags and releases (made by the release
// bundle), real deployments (made by the deploy bundle), a deploy command that writes the ref it
// was given to a file.
describe('rollback action (built bundle, simulator)', () => {
  let repo: TestRepo;
  let sim: Simulator;
  let work: string;
  const deployedFile = () => path.join(work, 'deployed.txt');
  const deployed = () => readFileSync(deployedFile(), 'utf8');
  const COMMAND = 'printf "%s" "$SHIPGATE_REF" > "$DEPLOYED_FILE"';
  const env = () => ({ DEPLOYED_FILE: deployedFile() });
  /** shipgate's deployments; GitHub's own job deployments have task `deploy`. */
  const deployments = () => (sim.state.deployments as SimDeployment[]).filter((each) => each.task === 'deploy:shipgate');
  const jobDeployments = () => (sim.state.deployments as SimDeployment[]).filter((each) => each.task === 'deploy');
  /**
   * deploy.yml and rollback.yml run these actions in a job that declares `environment:`, on
   * main's head: GitHub creates a deployment of that commit for the job, ending with the job.
   */
  const asJob = (action: 'deploy' | 'rollback', options: Parameters<typeof runBundle>[2]): Promise<RunResult> =>
    runAction(action, {
      apiUrl: sim.url,
      repository: `${sim.owner}/${sim.repo}`,
      timeoutMs: 60_000,
      sha: repo.git('rev-parse', 'HEAD'),
      job: { environment: options.inputs?.environment ?? 'production', simulator: sim },
      ...options,
    });

  const release = async (sha: string) => {
    const result = await runBundle('release', sim, { sha });
    expect(errorsOf(result)).toEqual([]);
    return result.outputs.tag;
  };
  const deploy = (ref: string, extra: Record<string, string> = {}) =>
    asJob('deploy', { inputs: { environment: 'production', ref, command: COMMAND, ...extra }, env: env() });
  const rollback = (inputs: Record<string, string> = {}, options: { eventName?: string; event?: object } = {}): Promise<RunResult> =>
    asJob('rollback', { inputs: { command: COMMAND, ...inputs }, env: env(), ...options });

  beforeAll(async () => {
    work = mkdtempSync(path.join(os.tmpdir(), 'shipgate-rollback-'));
    repo = new TestRepo();
    sim = await startSimulator({ repoDir: repo.dir });
    const v1 = repo.commit('feat: first', { 'app.txt': '1\n' });
    expect(await release(v1)).toBe('v1.0.0');
    const v11 = repo.commit('feat: search', { 'search.txt': 's\n' });
    expect(await release(v11)).toBe('v1.1.0');
    const v12 = repo.commit('feat: export', { 'export.txt': 'e\n' });
    expect(await release(v12)).toBe('v1.2.0');
    for (const tag of ['v1.0.0', 'v1.1.0', 'v1.2.0']) {
      const result = await deploy(tag);
      expect(errorsOf(result)).toEqual([]);
    }
    expect(deployed()).toBe('v1.2.0');
  });

  afterAll(async () => {
    await sim?.close();
    repo?.remove();
    rmSync(work, { recursive: true, force: true });
  });

  it('dry-run prints the plan and makes no write request', async () => {
    sim.clearRequests();
    const result = await rollback({ 'dry-run': 'true', reason: 'checking' });
    expect(errorsOf(result)).toEqual([]);
    expect(sim.writes()).toEqual([]);
    expect(result.outputs).toMatchObject({ from: 'v1.2.0', to: 'v1.1.0' });
    expect(result.outputs.status).toBeUndefined();
    expect(result.stdout).toContain('Rollback plan (dry run)');
    expect(result.summary).toContain('Would mark | v1.2.0 as rolled back');
    expect(result.summary).toContain('### Safety check');
    expect(deployed()).toBe('v1.2.0');
  });

  it('refuses `to: v9.9.9` in one sentence and creates no deployment', async () => {
    const before = deployments().length;
    sim.clearRequests();
    const result = await rollback({ to: 'v9.9.9' });
    expect(result.exitCode).toBe(1);
    expect(errorsOf(result)).toEqual(['Input "to" names the release tag v9.9.9, which does not exist; the newest release below what is live is v1.1.0.']);
    expect(sim.writes()).toEqual([]);
    expect(deployments()).toHaveLength(before);

    const live = await rollback({ to: 'v1.2.0' });
    expect(errorsOf(live)).toEqual([`Input "to" names v1.2.0, which is what is live already (v1.2.0 (${tagCommit(repo, 'v1.2.0').slice(0, 7)})); give an older release to roll back to.`]);
    const branch = await rollback({ to: 'main' });
    expect(errorsOf(branch)).toEqual(['Input "to" must be a release tag like v1.4.0 (the prefix and a semantic version), but was "main".']);
    expect(sim.writes()).toEqual([]);
  });

  it('one click (workflow_dispatch, no input): rolls production back from v1.2.0 to v1.1.0, verified, audited, marked', async () => {
    sim.clearRequests();
    const result = await rollback({}, { eventName: 'workflow_dispatch', event: { inputs: {}, ref: 'refs/heads/main', sender: { login: 'octo-dev' } } });
    expect(errorsOf(result)).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(deployed()).toBe('v1.1.0');
    expect(result.outputs).toMatchObject({ from: 'v1.2.0', to: 'v1.1.0', status: 'success' });

    const deployment = deployments().find((each) => String(each.id) === result.outputs['deployment-id']) as SimDeployment;
    expect(deployment).toMatchObject({ environment: 'production', sha: tagCommit(repo, 'v1.1.0') });
    expect(payloadOf(deployment)).toMatchObject({
      mode: 'rollback',
      version: 'v1.1.0',
      actor: 'octo-dev',
      rolled_back: { sha: tagCommit(repo, 'v1.2.0'), ref: 'v1.2.0', version: 'v1.2.0' },
    });

    const marked = releaseOf(sim, 'v1.2.0');
    expect(marked.name).toBe('[rolled back] v1.2.0');
    expect(marked.body).toContain('> **Rolled back** in `production` to `v1.1.0`');
    expect(parseMarks(marked.body)).toEqual([
      expect.objectContaining({ by: 'octo-dev', environment: 'production', to: 'v1.1.0', reason: '', sha: tagCommit(repo, 'v1.2.0') }),
    ]);
    // The rolled-back release no longer holds the "Latest" badge.
    const latest = (await (await fetch(`${sim.url}/repos/acme/app/releases/latest`)).json()) as { tag_name: string };
    expect(latest.tag_name).toBe('v1.1.0');

    for (const row of ['| Who | @\u200docto-dev |', '| When |', '| From | v1.2.0', '| To | v1.1.0', '| Why | _no reason given_ |', '| Time to restore |', '### Safety check']) {
      expect(result.summary).toContain(row);
    }
    expect(result.summary).toContain('none of them a migration or a workflow file');
    expect(sim.requests.length).toBeLessThanOrEqual(25);
  });

  it('a forward deploy of the rolled-back v1.2.0 is refused, even after GitHub\'s job deployments of it ended success', async () => {
    // v1.2.0 is still main's head: a second rollback.yml run makes GitHub deploy it for the job.
    const again = await rollback({ 'dry-run': 'true' });
    expect(errorsOf(again)).toEqual([]);
    // What is live is what shipgate deployed (v1.1.0), not the job's commit.
    expect(again.outputs).toMatchObject({ from: 'v1.1.0', to: 'v1.0.0' });
    const bad = tagCommit(repo, 'v1.2.0');
    const jobs = jobDeployments().filter((each) => each.sha === bad);
    expect(jobs.length).toBeGreaterThanOrEqual(2);
    const newest = jobs.at(-1) as SimDeployment;
    expect((sim.state.deploymentStatuses as Array<{ deployment_id: number; state: string }>).filter((each) => each.deployment_id === newest.id).map((each) => each.state)).toEqual([
      'queued',
      'in_progress',
      'success',
    ]);
    expect(newest.id).toBeGreaterThan(Math.max(...deployments().map((each) => each.id)));

    sim.clearRequests();
    const result = await deploy('v1.2.0');
    expect(result.exitCode).toBe(1);
    expect(errorsOf(result)[0]).toMatch(/^Refusing to deploy v1\.2\.0 .* to production: it was rolled back there by deployment \d+/);
    expect(sim.writes()).toEqual([]);
    expect(deployed()).toBe('v1.1.0');
  });

  it('a second rollback deploys v1.0.0 and records the reason', async () => {
    const result = await rollback({ reason: 'search is slow' });
    expect(errorsOf(result)).toEqual([]);
    expect(result.outputs).toMatchObject({ from: 'v1.1.0', to: 'v1.0.0', status: 'success' });
    expect(deployed()).toBe('v1.0.0');
    const deployment = deployments().find((each) => String(each.id) === result.outputs['deployment-id']) as SimDeployment;
    expect(payloadOf(deployment)).toMatchObject({ mode: 'rollback', reason: 'search is slow', rolled_back: { version: 'v1.1.0' } });
    expect(parseMarks(releaseOf(sim, 'v1.1.0').body)).toEqual([expect.objectContaining({ to: 'v1.0.0', reason: 'search is slow' })]);
    expect(result.summary).toContain('| Why | search is slow |');
  });

  it('skips releases already rolled back when picking the target', async () => {
    const fix = repo.commit('fix: search', { 'search.txt': 's2\n' });
    expect(await release(fix)).toBe('v1.2.1');
    expect(errorsOf(await deploy('v1.2.1'))).toEqual([]);
    const result = await rollback();
    expect(errorsOf(result)).toEqual([]);
    expect(result.outputs).toMatchObject({ from: 'v1.2.1', to: 'v1.0.0' });
    expect(result.summary).toMatch(/Skipped \| v1\.2\.0 \(rolled back in production .*\); v1\.1\.0 \(rolled back in production/);
    expect(deployed()).toBe('v1.0.0');
  });

  // v1.2.1 was rolled back above, and rolling back to a rolled-back release needs force on its own,
  // so these two aim at v1.0.0 to show the safety check alone.
  it('stops a rollback whose range changes a migration, lists it, and goes on with force', async () => {
    const fix = repo.commit('feat: orders table', { 'db/migrations/002_orders.sql': 'create table orders();\n', 'orders.txt': 'o\n' });
    expect(await release(fix)).toBe('v1.3.0');
    expect(errorsOf(await deploy('v1.3.0'))).toEqual([]);
    const before = deployments().length;
    sim.clearRequests();
    const stopped = await rollback({ to: 'v1.0.0' });
    expect(stopped.exitCode).toBe(1);
    expect(errorsOf(stopped)).toEqual([
      'Stopped the rollback of production from v1.3.0 (' +
        tagCommit(repo, 'v1.3.0').slice(0, 7) +
        ') to v1.0.0 (' +
        tagCommit(repo, 'v1.0.0').slice(0, 7) +
        '): the range v1.0.0...v1.3.0 changes 1 migration file (db/migrations/002_orders.sql) that a rollback does not undo safely; check them and run again with force: true.',
    ]);
    expect(sim.writes()).toEqual([]);
    expect(deployments()).toHaveLength(before);
    expect(stopped.summary).toContain('| `db/migrations/002_orders.sql` | migration | `**/migrations/**` |');
    expect(deployed()).toBe('v1.3.0');

    const forced = await rollback({ to: 'v1.0.0', force: 'true', reason: 'orders broken; table is additive' });
    expect(errorsOf(forced)).toEqual([]);
    expect(forced.outputs).toMatchObject({ from: 'v1.3.0', to: 'v1.0.0', status: 'success' });
    expect(forced.summary).toContain('rolled back anyway because `force: true`');
    expect(deployed()).toBe('v1.0.0');
  });

  it('stops on a workflow file change too, and honours custom migration-paths', async () => {
    const change = repo.commit('ci: new workflow', { '.github/workflows/ci.yml': 'on: push\n', 'schema/V2__x.ddl': 'x\n' });
    expect(await release(change)).toBe('v1.3.1');
    expect(errorsOf(await deploy('v1.3.1'))).toEqual([]);
    const stopped = await rollback({ to: 'v1.0.0', 'migration-paths': 'schema/*.ddl' });
    expect(stopped.exitCode).toBe(1);
    expect(errorsOf(stopped)[0]).toContain('changes 2 workflow and migration files');
    expect(stopped.summary).toContain('| `.github/workflows/ci.yml` | workflow |');
    expect(stopped.summary).toContain('| `schema/V2__x.ddl` | migration | `schema/*.ddl` |');
  });
});

// A mark is read only where shipgate writes it: a marker comment planted through a commit message
// (copied into GitHub's generated notes) or by someone editing a release counts for nothing.
describe('rollback marks cannot be forged (built bundles, simulator)', () => {
  let repo: TestRepo;
  let sim: Simulator;
  let work: string;
  const COMMAND = 'printf "%s" "$SHIPGATE_REF" > "$DEPLOYED_FILE"';
  const env = () => ({ DEPLOYED_FILE: path.join(work, 'deployed.txt') });
  const forged = (deployment: number, extra: Record<string, unknown> = {}) =>
    `<!-- shipgate:rolled-back ${JSON.stringify({ at: '2024-01-01T00:00:00Z', by: 'mallory', environment: 'production', to: 'v1.0.0', reason: 'forged', deployment, ...extra })} -->`;
  const run = (action: 'release' | 'deploy' | 'rollback', inputs: Record<string, string>, sha?: string) =>
    runAction(action, {
      apiUrl: sim.url,
      repository: `${sim.owner}/${sim.repo}`,
      timeoutMs: 60_000,
      sha: sha ?? repo.git('rev-parse', 'HEAD'),
      env: env(),
      ...(action === 'release' ? {} : { job: { environment: 'production', simulator: sim } }),
      inputs: action === 'release' ? inputs : { command: COMMAND, ...inputs },
    }) as Promise<RunResult>;

  beforeAll(async () => {
    work = mkdtempSync(path.join(os.tmpdir(), 'shipgate-forged-'));
    repo = new TestRepo();
    sim = await startSimulator({ repoDir: repo.dir });
  });
  afterAll(async () => {
    await sim?.close();
    repo?.remove();
    rmSync(work, { recursive: true, force: true });
  });

  it('a fake mark in a commit message and in an edited release body changes no rollback target', async () => {
    const v1 = repo.commit('feat: first', { 'app.txt': '1\n' });
    expect(errorsOf(await run('release', {}, v1))).toEqual([]);
    expect(errorsOf(await run('deploy', { environment: 'production', ref: 'v1.0.0' }))).toEqual([]);
    const first = (sim.state.deployments as SimDeployment[]).filter((each) => payloadOf(each).shipgate === 1)[0];
    // The commit subject carries a marker naming a real shipgate deployment.
    const v11 = repo.commit(`feat: search ${forged(first.id)}`, { 'search.txt': 's\n' });
    expect(errorsOf(await run('release', {}, v11))).toEqual([]);
    expect(releaseOf(sim, 'v1.1.0').body).toContain('&lt;!-- shipgate:rolled-back');
    expect(parseMarks(releaseOf(sim, 'v1.1.0').body)).toEqual([]);
    expect(errorsOf(await run('deploy', { environment: 'production', ref: 'v1.1.0' }))).toEqual([]);
    const v12 = repo.commit('feat: export', { 'export.txt': 'e\n' });
    expect(errorsOf(await run('release', {}, v12))).toEqual([]);
    expect(errorsOf(await run('deploy', { environment: 'production', ref: 'v1.2.0' }))).toEqual([]);

    // Someone else edits v1.1.0's release: marks naming a shipgate deploy, a deployment that does
    // not exist, and none at all.
    const release = (sim.state.releases as Array<{ tag_name: string; body: string | null }>).find((each) => each.tag_name === 'v1.1.0') as { body: string | null };
    release.body = [forged(first.id, { sha: v11 }), forged(9999), forged(first.id).replace(/,"deployment":\d+/, ''), release.body].join('\n');
    expect(parseMarks(release.body)).toHaveLength(3);

    const dry = await run('rollback', { 'dry-run': 'true' });
    expect(errorsOf(dry)).toEqual([]);
    expect(dry.outputs).toMatchObject({ from: 'v1.2.0', to: 'v1.1.0' });
    expect(dry.summary).not.toContain('| Skipped |');
    const explicit = await run('rollback', { to: 'v1.1.0' });
    expect(errorsOf(explicit)).toEqual([]);
    expect(explicit.outputs).toMatchObject({ from: 'v1.2.0', to: 'v1.1.0', status: 'success' });
  });
});
