// The rollback domain in-process against the simulator (real HTTP, a real git repository, the
// deploy core running a real shell command), for the paths the bundle tests do not reach
// cheaply, and the action's thin layer with the runner's files. Counted by jest's coverage.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createGitHub } from '../../src/github/client.js';
import { runDeployment, type VerifySettings } from '../../src/deploy/deploy.js';
import { DEFAULT_MIGRATION_PATHS } from '../../src/rollback/safety.js';
import { runRelease } from '../../src/release/release.js';
import { parseMarks } from '../../src/release/rolled-back.js';
import { renderRollbackSummary } from '../../src/rollback/render.js';
import { formatDurationCompact } from '../../src/lib/duration.js';
import { runRollback, type RollbackDeps, type RollbackRequest } from '../../src/rollback/rollback.js';
import { TestRepo, releaseOf, startSimulator, tagCommit, type Simulator } from '../release/fixture.js';

const R = { owner: 'acme', repo: 'app' };
const VERIFY: VerifySettings = {
  healthCheckUrls: [],
  healthCheckTimeoutMs: 1000,
  healthCheckIntervalMs: 100,
  maxErrorRate: 1,
  maxP95Latency: 500,
  verifyWindowMs: 1000,
};

describe('rollback domain (in-process, simulator)', () => {
  let repo: TestRepo;
  let sim: Simulator;
  let github: ReturnType<typeof createGitHub>;
  let work: string;
  const logs: string[] = [];
  const deployedFile = () => path.join(work, 'deployed.txt');
  const COMMAND = 'printf "%s" "$SHIPGATE_REF" > "$DEPLOYED_FILE"';
  const deps = (): RollbackDeps => ({
    github,
    repo: R,
    run: { url: 'https://github.com/acme/app/actions/runs/1', actor: 'ops-oncall', serverUrl: 'https://github.com' },
    logger: { info: (message) => void logs.push(message), warning: (message) => void logs.push(`warning: ${message}`) },
    env: { ...process.env, DEPLOYED_FILE: deployedFile() },
    output: () => undefined,
  });
  const request = (changes: Partial<RollbackRequest> = {}): RollbackRequest => ({
    environment: 'production',
    to: undefined,
    reason: undefined,
    migrationPaths: DEFAULT_MIGRATION_PATHS,
    force: false,
    dryRun: false,
    command: COMMAND,
    url: undefined,
    commandTimeoutMs: undefined,
    verify: VERIFY,
    startedAt: Date.now(),
    ...changes,
  });
  const release = async (sha: string) => (await runRelease(github, { repo: R, sha, ref: sha, version: undefined, bump: 'auto', prefix: 'v', releaseNotes: false, prerelease: false, dryRun: false }, deps().logger)).plan.tag;
  const deploy = async (ref: string, environment = 'production') => {
    const outcome = await runDeployment(
      { environment, ref, command: COMMAND, autoRollback: false, force: true, dryRun: false, verify: VERIFY },
      deps(),
    );
    expect(outcome.status).toBe('success');
  };
  const deployed = () => readFileSync(deployedFile(), 'utf8');

  beforeAll(async () => {
    work = mkdtempSync(path.join(os.tmpdir(), 'shipgate-rollback-domain-'));
    repo = new TestRepo();
    sim = await startSimulator({ repoDir: repo.dir });
    github = createGitHub({ token: 'ghs_test', baseUrl: sim.url, retries: 0 });
    for (const message of ['feat: one', 'feat: two', 'feat: three']) await release(repo.commit(message, { 'app.txt': `${message}\n` }));
  });

  afterAll(async () => {
    await sim?.close();
    repo?.remove();
    rmSync(work, { recursive: true, force: true });
  });

  beforeEach(() => {
    logs.length = 0;
    sim.clearInjections();
  });

  it('refuses when nothing is live in the environment', async () => {
    await expect(runRollback(request({ environment: 'qa' }), deps())).rejects.toThrow(
      'Nothing is live in qa: it has no successful deployment, so there is nothing to roll back; check the environment name.',
    );
  });

  it('reports a failed rollback deploy and marks nothing', async () => {
    await deploy('v1.0.0');
    await deploy('v1.2.0');
    const outcome = await runRollback(request({ command: 'exit 3' }), deps());
    expect(outcome.status).toBe('failure');
    expect(outcome.message).toMatch(/^Rolling back to v1\.1\.0 .* failed/);
    expect(outcome.marked).toBeUndefined();
    expect(parseMarks(releaseOf(sim, 'v1.2.0').body)).toEqual([]);
    expect(renderRollbackSummary(outcome)).toContain('## ❌ Rollback failed: production from v1.2.0 to v1.1.0');
  });

  it('rolls back, and a failure to mark the release is a warning, not a failed rollback', async () => {
    sim.inject({ method: 'PATCH', path: /\/releases\/\d+$/, status: 500, times: 1 });
    const outcome = await runRollback(request({ reason: 'errors' }), deps());
    expect(outcome.status).toBe('success');
    expect(deployed()).toBe('v1.1.0');
    expect(outcome.warnings[0]).toMatch(/^production was rolled back, but the release v1\.2\.0 could not be marked as rolled back: /);
    const summary = renderRollbackSummary(outcome);
    expect(summary).toContain('| Marked rolled back | production was rolled back, but');
    expect(summary).toContain('> ⚠️ production was rolled back');
  });

  it('warns when `to` names a release that was rolled back itself, and refuses a tag on the live commit', async () => {
    // Mark v1.2.0 by a rollback that works, from v1.2.0 (redeployed) to v1.1.0.
    await deploy('v1.2.0');
    expect((await runRollback(request(), deps())).status).toBe('success');
    expect(parseMarks(releaseOf(sim, 'v1.2.0').body)).toHaveLength(1);
    repo.git('tag', 'v1.1.0-hotfix', tagCommit(repo, 'v1.1.0'));
    repo.git('tag', 'v1.0.9', tagCommit(repo, 'v1.1.0'));
    await expect(runRollback(request({ to: 'v1.0.9' }), deps())).rejects.toThrow(
      `Input "to" names v1.0.9, which is the commit live already (v1.1.0 (${tagCommit(repo, 'v1.1.0').slice(0, 7)})); give an older release to roll back to.`,
    );
    // Going "back" to a newer, rolled-back release: refused unless forced, then allowed with warnings.
    await expect(runRollback(request({ to: 'v1.2.0', dryRun: true }), deps())).rejects.toThrow(
      'Input "to" names v1.2.0, which was itself rolled back before (in production); set force: true to roll back to it anyway, or give another release.',
    );
    const outcome = await runRollback(request({ to: 'v1.2.0', dryRun: true, force: true }), deps());
    expect(outcome.status).toBe('dry-run');
    expect(logs.join('\n')).toContain('v1.2.0 was itself rolled back before (in production)');
    expect(logs.join('\n')).toContain('v1.2.0 is newer than v1.1.0');
    // A newer release that was never rolled back: still a move forward, so force is required too.
    repo.git('checkout', '--quiet', '-b', 'next', tagCommit(repo, 'v1.1.0'));
    repo.git('tag', 'v1.1.1', repo.commit('fix: on next', { 'next.txt': 'n\n' }));
    repo.git('checkout', '--quiet', 'main');
    sim.clearRequests();
    await expect(runRollback(request({ to: 'v1.1.1' }), deps())).rejects.toThrow(
      `v1.1.1 is newer than v1.1.0 (${tagCommit(repo, 'v1.1.0').slice(0, 7)}), which is live in production, so this rollback would move it forward; set force: true to do that anyway, or give an older release.`,
    );
    expect(sim.writes()).toEqual([]);
    expect((await runRollback(request({ to: 'v1.1.1', dryRun: true, force: true }), deps())).status).toBe('dry-run');
    repo.git('tag', '-d', 'v1.1.1');
    // Automatic: v1.0.9 sits on the live commit, so it is skipped for v1.0.0.
    const auto = await runRollback(request({ dryRun: true }), deps());
    expect(auto.plan.target.tag.name).toBe('v1.0.0');
    expect(auto.plan.skipped).toEqual([{ tag: 'v1.0.9', why: 'the same commit as what is live' }]);
    expect(renderRollbackSummary(auto)).toContain('| Would mark | v1.1.0 as rolled back');
    repo.git('tag', '-d', 'v1.1.0-hotfix', 'v1.0.9');
  });

  it('rolls back an untagged live commit to the nearest release before it, marking nothing', async () => {
    const untagged = repo.commit('fix: not released yet', { 'app.txt': 'x\n' });
    await deploy(untagged);
    const outcome = await runRollback(request(), deps());
    expect(outcome.status).toBe('success');
    // The nearest release before the live commit is a candidate, but v1.2.0 was rolled back before.
    expect(outcome.plan.live.release).toBeUndefined();
    expect(outcome.plan.target.tag.name).toBe('v1.1.0');
    expect(outcome.plan.skipped).toEqual([{ tag: 'v1.2.0', why: expect.stringMatching(/^rolled back in production on .* by @ops-oncall$/) }]);
    expect(outcome.marked).toEqual({ note: expect.stringContaining('has no release tag, so no GitHub Release was marked') });
    expect(renderRollbackSummary(outcome)).toContain('## ↩️ Rolled back: production from');
  });

  it('chooses the target for what is live when the newest deployment is not (it failed), keeping none of the guess', async () => {
    await deploy('v1.1.0', 'canary');
    const failed = await runDeployment({ environment: 'canary', ref: 'v1.2.0', command: 'exit 1', autoRollback: false, force: true, dryRun: false, verify: VERIFY }, deps());
    expect(failed.status).toBe('failure');
    logs.length = 0;
    // The plan starts on the newest deployment (v1.2.0) while its statuses are read; they say it failed.
    const outcome = await runRollback(request({ environment: 'canary', dryRun: true }), deps());
    expect(outcome.plan.live.release?.name).toBe('v1.1.0');
    expect(outcome.plan.target.tag.name).toBe('v1.0.0');
    expect(logs.filter((line) => line.startsWith('Live in canary'))).toEqual([expect.stringMatching(/^Live in canary: v1\.1\.0 /)]);
  });

  it('splits the time to restore into shipgate\'s own, the deploy command\'s and the verification\'s', async () => {
    await deploy('v1.1.0', 'eu');
    await deploy('v1.2.0', 'eu');
    const startedAt = Date.now();
    // A clock that says a minute has passed once the environment is verified.
    const outcome = await runRollback(request({ environment: 'eu', startedAt }), { ...deps(), now: () => startedAt + 60_000 });
    expect(outcome.status).toBe('success');
    expect(outcome.restoreMs).toBe(60_000);
    const split = outcome.restore;
    const command = outcome.deployment?.attempt?.phases.find((phase) => phase.name === 'rollback command')?.ms;
    expect(split).toEqual({ ownMs: 60_000 - (command ?? NaN), commandMs: command, verifyMs: 0 });
    expect(renderRollbackSummary(outcome)).toContain(
      `| Time to restore | 1m 00s: shipgate ${formatDurationCompact(split?.ownMs ?? 0)}, deploy command ${formatDurationCompact(split?.commandMs ?? 0)}, verification 0 ms (start of the rollback to a verified healthy environment) |`,
    );
    // The mark records the same time to restore.
    expect(parseMarks(releaseOf(sim, 'v1.2.0').body).at(-1)).toMatchObject({ environment: 'eu', restore_ms: 60_000 });
  });

  it('compares both sides when the target is on another line, and finds no candidate when all are rolled back', async () => {
    repo.git('checkout', '--quiet', '-b', 'maint', tagCommit(repo, 'v1.0.0'));
    const side = repo.commit('fix: on maint', { 'db/migrations/009.sql': 'x\n' });
    repo.git('tag', 'v1.0.1', side);
    repo.git('checkout', '--quiet', 'main');
    const outcome = await runRollback(request({ to: 'v1.0.1', dryRun: true }), deps());
    expect(outcome.plan.safety.risky.map((file) => file.path)).toEqual(['db/migrations/009.sql']);
    expect(outcome.status).toBe('stopped');
    repo.git('tag', '-d', 'v1.0.1');

    await deploy('v1.0.0', 'staging');
    await expect(runRollback(request({ environment: 'staging' }), deps())).rejects.toThrow(
      /^No release below v1\.0\.0 \([0-9a-f]{7}\) is left to roll back staging to; give one with the "to" input\.$/,
    );
  });
});

describe('rollback skips a release that deploy rolled back automatically', () => {
  let repo: TestRepo;
  let sim: Simulator;
  let github: ReturnType<typeof createGitHub>;
  const quiet = { info: () => undefined, warning: () => undefined };
  // Deploying v1.2.0 fails, so deploy's automatic rollback puts v1.1.0 back (recorded on the Deployment only).
  const COMMAND = 'test "$SHIPGATE_REF" != v1.2.0';
  const deps = () => ({ github, repo: R, run: { url: '', actor: 'dev', serverUrl: 'https://github.com' }, logger: quiet, output: () => undefined });
  const deploy = (ref: string) =>
    runDeployment({ environment: 'production', ref, command: COMMAND, autoRollback: true, force: false, dryRun: false, verify: VERIFY }, deps());

  beforeAll(async () => {
    repo = new TestRepo();
    sim = await startSimulator({ repoDir: repo.dir });
    github = createGitHub({ token: 'ghs_test', baseUrl: sim.url, retries: 0 });
    for (const message of ['feat: one', 'feat: two', 'feat: three', 'fix: three']) {
      const sha = repo.commit(message, { 'app.txt': `${message}\n` });
      await runRelease(github, { repo: R, sha, ref: sha, version: undefined, bump: 'auto', prefix: 'v', releaseNotes: false, prerelease: false, dryRun: false }, quiet);
    }
  });

  afterAll(async () => {
    await sim?.close();
    repo?.remove();
  });

  it('passes over v1.2.0 for v1.1.0', async () => {
    expect((await deploy('v1.1.0')).status).toBe('success');
    expect((await deploy('v1.2.0')).status).toBe('rolled-back');
    expect((await deploy('v1.2.1')).status).toBe('success');
    const outcome = await runRollback(
      {
        environment: 'production',
        to: undefined,
        reason: undefined,
        migrationPaths: DEFAULT_MIGRATION_PATHS,
        force: false,
        dryRun: true,
        command: COMMAND,
        url: undefined,
        commandTimeoutMs: undefined,
        verify: VERIFY,
        startedAt: Date.now(),
      },
      deps(),
    );
    expect(outcome.plan.target.tag.name).toBe('v1.1.0');
    expect(outcome.plan.skipped).toEqual([{ tag: 'v1.2.0', why: expect.stringMatching(/^rolled back in production by deployment \d+ \(automatic rollback: /) }]);
  });
});

describe('rollback main (in-process, runner files)', () => {
  let repo: TestRepo;
  let sim: Simulator;
  let dir: string;
  const saved = { ...process.env };

  beforeAll(async () => {
    repo = new TestRepo();
    dir = mkdtempSync(path.join(os.tmpdir(), 'shipgate-rollback-main-'));
    sim = await startSimulator({ repoDir: repo.dir });
    const github = createGitHub({ token: 'ghs_test', baseUrl: sim.url, retries: 0 });
    const quiet = { info: () => undefined, warning: () => undefined };
    for (const [message, files] of [['feat: one', {}], ['feat: two', { 'migrations/1.sql': 'x\n' }]] as const) {
      const sha = repo.commit(message, files);
      await runRelease(github, { repo: R, sha, ref: sha, version: undefined, bump: 'auto', prefix: 'v', releaseNotes: false, prerelease: false, dryRun: false }, quiet);
      await runDeployment(
        { environment: 'production', ref: sha, command: 'true', autoRollback: false, force: false, dryRun: false, verify: VERIFY },
        { github, repo: R, run: { url: '', actor: 'dev', serverUrl: 'https://github.com' }, logger: quiet, output: () => undefined },
      );
    }
    Object.assign(process.env, {
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_API_URL: sim.url,
      GITHUB_ACTOR: 'octo-dev',
      GITHUB_OUTPUT: path.join(dir, 'output'),
      GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
    });
    delete process.env.GITHUB_EVENT_PATH;
  });

  beforeEach(() => {
    writeFileSync(path.join(dir, 'output'), '');
    writeFileSync(path.join(dir, 'summary.md'), '');
  });

  afterAll(async () => {
    process.env = saved;
    await sim?.close();
    repo?.remove();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints the plan of a dry run, without deployment-id or status', async () => {
    const { run } = await import('../../src/actions/rollback/main.js');
    const inputs: Record<string, string> = { 'dry-run': 'true', force: 'true', 'github-token': 'ghs_test' };
    sim.clearRequests();
    await run((name) => inputs[name] ?? '');
    const outputs = readFileSync(path.join(dir, 'output'), 'utf8');
    expect(outputs).toMatch(/from<<.*\nv1\.1\.0\n/);
    expect(outputs).toMatch(/to<<.*\nv1\.0\.0\n/);
    expect(outputs).not.toContain('status<<');
    expect(readFileSync(path.join(dir, 'summary.md'), 'utf8')).toContain('### Deployment plan');
    expect(sim.writes()).toEqual([]);
  });

  it('writes the summary with the file list, then fails with one sentence, when the safety check stops it', async () => {
    const { run } = await import('../../src/actions/rollback/main.js');
    const inputs: Record<string, string> = { command: 'true', 'github-token': 'ghs_test' };
    await expect(run((name) => inputs[name] ?? '')).rejects.toThrow(/^Stopped the rollback of production from v1\.1\.0 .* changes 1 migration file \(migrations\/1\.sql\)/);
    expect(readFileSync(path.join(dir, 'output'), 'utf8')).toMatch(/status<<.*\nfailure\n/);
    expect(readFileSync(path.join(dir, 'summary.md'), 'utf8')).toContain('| `migrations/1.sql` | migration | `**/migrations/**` |');
  });
});
