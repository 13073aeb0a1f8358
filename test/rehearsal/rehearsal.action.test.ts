// The built rehearsal bundle against the simulator: real tags and releases (made by the release
// bundle), real staging deployments (made by the deploy bundle), and a deploy command that writes
// each deploy's mode and commit to a file, so the test sees what ran and in which order.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runAction, errorsOf } from '../../scripts/lib/run-action.mjs';
import { TestRepo, runBundle, startSimulator, type RunResult, type Simulator } from '../release/fixture.js';

interface SimDeployment {
  id: number;
  sha: string;
  environment: string;
}

/** A history: v1.0.0 then v1.1.0 released and deployed to staging (v1.1.0 live). */
async function history(files: Record<string, string> = {}) {
  const work = mkdtempSync(path.join(os.tmpdir(), 'shipgate-rehearsal-'));
  const log = path.join(work, 'deploys.log');
  writeFileSync(log, '');
  const repo = new TestRepo();
  const sim = await startSimulator({ repoDir: repo.dir });
  const env = { DEPLOY_LOG: log };
  const shas: string[] = [];
  for (const [message, content] of [['feat: first', { 'app.txt': '1\n' }], ['feat: search', { 'search.txt': 's\n', ...files }]] as const) {
    const sha = repo.commit(message, content);
    shas.push(sha);
    expect(errorsOf(await runBundle('release', sim, { sha }))).toEqual([]);
    expect(errorsOf(await runBundle('deploy', sim, { sha, inputs: { environment: 'staging', ref: sha, command: 'true' }, env }))).toEqual([]);
  }
  return { work, log, repo, sim, env, shas };
}

/** The commit live in an environment: its newest deployment whose newest status is success. */
function liveSha(sim: Simulator, environment: string): string | undefined {
  const deployments = (sim.state.deployments as SimDeployment[]).filter((each) => each.environment === environment).sort((a, b) => b.id - a.id);
  const statuses = sim.state.deploymentStatuses as Array<{ id: number; deployment_id: number; state: string }>;
  return deployments.find((deployment) => statuses.filter((status) => status.deployment_id === deployment.id).sort((a, b) => b.id - a.id)[0]?.state === 'success')?.sha;
}

const RECORD = 'echo "$SHIPGATE_MODE $SHIPGATE_SHA" >> "$DEPLOY_LOG"';

describe('rehearsal action (built bundle, simulator)', () => {
  let setup: Awaited<ReturnType<typeof history>>;
  const rehearse = (inputs: Record<string, string>) =>
    runAction('rehearsal', { apiUrl: setup.sim.url, repository: 'acme/app', sha: setup.shas[1], inputs, env: setup.env, timeoutMs: 60_000 }) as Promise<RunResult>;
  const runs = () => readFileSync(setup.log, 'utf8').trim().split('\n').filter(Boolean);

  beforeAll(async () => {
    setup = await history();
  }, 60_000);

  afterAll(async () => {
    await setup?.sim.close();
    setup?.repo.remove();
    if (setup) rmSync(setup.work, { recursive: true, force: true });
  });

  it('rolls staging back to the previous release and forward to what was live, verified, within the time allowed', async () => {
    writeFileSync(setup.log, '');
    const result = await rehearse({ command: RECORD });
    expect(errorsOf(result)).toEqual([]);
    const [v1, v11] = setup.shas;
    expect(runs()).toEqual([`rollback ${v1}`, `deploy ${v11}`]);
    expect(liveSha(setup.sim, 'staging')).toBe(v11);
    expect(result.outputs).toMatchObject({ status: 'success', from: 'v1.1.0', to: 'v1.0.0', 'restore-seconds': expect.stringMatching(/^\d+$/), 'forward-seconds': expect.stringMatching(/^\d+$/) });
    expect(result.summary).toMatch(/\| roll back \| v1\.0\.0 \(\w{7}\) \| \d+ \| ✅ \| \d+ s \| 4 h \|/);
    expect(result.summary).toMatch(/\| roll forward \| v1\.1\.0 \(\w{7}\) \| \d+ \| ✅ \| \d+ s \| 4 h \|/);
    expect(result.summary).toContain('In production, the rollback action would accept this range.');
    // No release is marked, and the pipeline still promotes what staging runs.
    expect((setup.sim.state.releases as Array<{ body: string | null }>).every((release) => !(release.body ?? '').includes('rolled back'))).toBe(true);
    const promote = await runBundle('deploy', setup.sim, { sha: v11, inputs: { environment: 'production', ref: v11, command: 'true', 'require-deployed-to': 'staging' }, env: setup.env });
    expect(errorsOf(promote)).toEqual([]);
  }, 90_000);

  it('rolls forward to what was live when the rollback step fails, and fails', async () => {
    writeFileSync(setup.log, '');
    const result = await rehearse({ command: `if [ "$SHIPGATE_MODE" = rollback ]; then exit 3; fi\n${RECORD}` });
    expect(result.exitCode).toBe(1);
    expect(runs()).toEqual([`deploy ${setup.shas[1]}`]);
    expect(liveSha(setup.sim, 'staging')).toBe(setup.shas[1]);
    expect(errorsOf(result)).toEqual([expect.stringMatching(/^The rollback rehearsal on staging failed at "roll back" \(.*\); staging runs v1\.1\.0 \(\w{7}\) again\.$/)]);
    expect(result.outputs.status).toBe('failure');
  }, 90_000);

  it('fails when a step is slower than max-restore-time, still leaving staging on what was live', async () => {
    writeFileSync(setup.log, '');
    const result = await rehearse({ command: `sleep 1.2\n${RECORD}`, 'max-restore-time': '1s' });
    expect(result.exitCode).toBe(1);
    expect(runs()).toEqual([`rollback ${setup.shas[0]}`, `deploy ${setup.shas[1]}`]);
    expect(liveSha(setup.sim, 'staging')).toBe(setup.shas[1]);
    expect(errorsOf(result)[0]).toMatch(/took longer than the 1 s allowed to roll back and roll forward/);
    expect(result.summary).toContain('⏱️ too slow');
  }, 90_000);
});

describe('rehearsal safety check', () => {
  let setup: Awaited<ReturnType<typeof history>>;

  beforeAll(async () => {
    setup = await history({ 'db/migrate/002_add_search.sql': 'create table search (id int);\n' });
  }, 60_000);

  afterAll(async () => {
    await setup?.sim.close();
    setup?.repo.remove();
    if (setup) rmSync(setup.work, { recursive: true, force: true });
  });

  it('stops, as a rollback would, on a range with a migration, and says what production would refuse; force rehearses anyway', async () => {
    const count = (setup.sim.state.deployments as unknown[]).length;
    const run = (inputs: Record<string, string>) =>
      runAction('rehearsal', { apiUrl: setup.sim.url, repository: 'acme/app', sha: setup.shas[1], inputs: { command: RECORD, ...inputs }, env: setup.env, timeoutMs: 60_000 }) as Promise<RunResult>;
    const stopped = await run({});
    expect(stopped.exitCode).toBe(1);
    expect(errorsOf(stopped)[0]).toMatch(/^Stopped the rehearsal on staging: the range v1\.0\.0\.\.\.v1\.1\.0 changes 1 migration file \(db\/migrate\/002_add_search\.sql\)/);
    expect((setup.sim.state.deployments as unknown[]).length).toBe(count);
    expect(existsSync(setup.log) ? readFileSync(setup.log, 'utf8') : '').toBe('');

    const forced = await run({ force: 'true' });
    expect(errorsOf(forced)).toEqual([]);
    expect(forced.summary).toContain('In production, the rollback action would refuse this range: Stopped a rollback over this range: the range v1.0.0...v1.1.0 changes 1 migration file');
    expect(liveSha(setup.sim, 'staging')).toBe(setup.shas[1]);
  }, 90_000);
});
