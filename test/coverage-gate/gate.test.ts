import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from '../../src/actions/coverage-gate/main.js';
import { readGateEvent, type GateEvent } from '../../src/coverage/gate/event.js';
import { runGate, type GateOutcome, type GateSettings } from '../../src/coverage/gate/run.js';
import { createGitHub } from '../../src/github/client.js';
import { startSimulator } from '../../simulator/index.mjs';
import { roundTripsOf } from '../simulator/round-trips.js';
import { lengthAt } from '../simulator/fixture.js';
import { commit, git, lines, newRepo, pullEvent, pushEvent, source, writeLcov, type Sim } from './repo.js';

/**
 * The gate's domain run in this process against the simulator and a real git repository (the
 * same scenarios as gate.action.test.ts, which runs the built bundle; here for the branches a
 * subprocess cannot show coverage of, and for a few more edges).
 */
const repo = { owner: 'acme', repo: 'app' };

function settings(dir: string, overrides: Partial<GateSettings> = {}, thresholds: Partial<GateSettings['thresholds']> = {}): GateSettings {
  return {
    reports: [],
    format: 'auto',
    workingDirectory: dir,
    exclude: [],
    thresholds: { minCoverage: 70, ...thresholds },
    comment: true,
    annotations: true,
    checkName: 'coverage',
    ...overrides,
  };
}

function logger() {
  const lines: string[] = [];
  return {
    lines,
    log: {
      info: (message: string) => void lines.push(message),
      warning: (message: string) => void lines.push(`warning: ${message}`),
      group: <T>(_title: string, fn: () => Promise<T>) => fn(),
    },
  };
}

const pullOf = (number: number, head: string, base: string, headRepo = 'acme/app'): GateEvent =>
  readGateEvent('pull_request', pullEvent(number, head, 'feature', base, headRepo), 'f'.repeat(40), `refs/pull/${number}/merge`, 'acme/app');
const pushOf = (sha: string): GateEvent => readGateEvent('push', pushEvent(sha), sha, 'refs/heads/main', 'acme/app');

describe('runGate in process', () => {
  let dir: string;
  let out: string;
  let sim: Sim;
  let main: string;
  const github = (token = 'ghs_write') => createGitHub({ token, baseUrl: sim.url, retries: 0 });
  const gate = async (event: GateEvent, options: { settings?: Partial<GateSettings>; thresholds?: Partial<GateSettings['thresholds']>; token?: string | null; cwd?: string } = {}) => {
    const { lines: logged, log } = logger();
    const outcome = (await runGate(
      settings(options.cwd ?? dir, options.settings, options.thresholds),
      { repo, event, github: options.token === null ? undefined : github(options.token), outputDirectory: out, runUrl: 'https://github.com/acme/app/actions/runs/1' },
      log,
    )) as GateOutcome;
    return { outcome, logged };
  };
  const branch = (name: string, files: Record<string, string>) => {
    git(dir, 'checkout', '-q', '-B', name, main);
    return commit(dir, files, name);
  };

  beforeAll(async () => {
    dir = newRepo();
    out = mkdtempSync(path.join(tmpdir(), 'shipgate-gate-out-'));
    main = commit(dir, { 'src/a.ts': source(10), 'src/b.ts': source(10, 'w') }, 'base');
    sim = await startSimulator({ repoDir: dir, readOnlyToken: 'ghs_read' });
  });
  afterAll(async () => {
    await sim.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  });

  it('records a baseline on push, then a pull request compares, publishes and leaves its comment unchanged on an identical rerun', async () => {
    writeLcov(dir, { 'src/a.ts': lines(10, 8), 'src/b.ts': lines(10, 8) });
    const pushed = await gate(pushOf(main));
    expect(pushed.outcome.passed).toBe(true);
    expect(pushed.logged.join('\n')).toMatch(/No baseline: no snapshot has been recorded yet/);
    expect(pushed.logged.join('\n')).toMatch(/Recorded the coverage snapshot of/);

    const head = branch('feature-1', { 'src/a.ts': source(12) });
    writeLcov(dir, { 'src/a.ts': lines(12, 11), 'src/b.ts': lines(10, 8) });
    sim.addPull({ number: 1, head, base: 'main', headRef: 'feature-1' });
    const first = await gate(pullOf(1, head, main), { thresholds: { maxCoverageDrop: 1, minPatchCoverage: 50 } });
    expect(first.outcome.failures).toEqual([]);
    expect(first.outcome.outputs).toMatchObject({ coverage: '86.36', 'base-coverage': '80.00', delta: '+6.36', 'patch-coverage': '50.00', passed: 'true' });
    expect(JSON.parse(readFileSync(path.join(path.dirname(first.outcome.outputs.report), 'coverage-gate-result.json'), 'utf8'))).toMatchObject({ headSha: head, baseSha: main, lines: [19, 22] });
    const second = await gate(pullOf(1, head, main), { thresholds: { maxCoverageDrop: 1, minPatchCoverage: 50 } });
    expect(second.logged.join('\n')).toMatch(/Comment unchanged on #1/);
  });

  it('on a push of a commit that already has a snapshot, says the commit itself was left out on purpose and what was searched', async () => {
    // The first test recorded main's snapshot; main is the first commit, so nothing comes before it.
    writeLcov(dir, { 'src/a.ts': lines(10, 8), 'src/b.ts': lines(10, 8) });
    const rerun = await gate(pushOf(main));
    const short = main.slice(0, 7);
    expect(rerun.logged).toContain(
      `No baseline: no commit before ${short} is in the history that could be read (1 snapshot is recorded); ${short} itself is left out on purpose, since a push is compared with what came before it, although it has a snapshot from an earlier run of this commit (1 commit of local history).`,
    );
  });

  it('falls back to a commit status when check runs are refused', async () => {
    const head = branch('feature-2', { 'src/b.ts': source(11, 'w') });
    writeLcov(dir, { 'src/a.ts': lines(10, 10), 'src/b.ts': lines(11, 10) });
    sim.addPull({ number: 2, head, base: 'main', headRef: 'feature-2' });
    sim.inject({ method: 'POST', path: /\/check-runs$/, status: 403, body: { message: 'Resource not accessible by integration' } });
    const { outcome } = await gate(pullOf(2, head, main));
    expect(outcome.report.notes.join('\n')).toMatch(/The check run could not be created \(Resource not accessible by integration\), so the verdict is the commit status "coverage"/);
    expect((sim.state.commitStatuses as Array<{ sha: string; context: string; state: string }>).filter((status) => status.sha === head)).toEqual([
      expect.objectContaining({ context: 'coverage', state: 'success' }),
    ]);
    expect(outcome.unpublishedAnnotations.map((annotation) => [annotation.startLine, annotation.endLine])).toEqual([[11, 11]]);
  });

  it('says why nothing was posted for a fork with a read-only token, and still decides', async () => {
    const head = branch('fork', { 'src/b.ts': source(12, 'w') });
    writeLcov(dir, { 'src/a.ts': lines(10, 0), 'src/b.ts': lines(12, 0) });
    sim.addPull({ number: 3, head, base: 'main', headRef: 'fork', user: 'alice', fork: true });
    const { outcome } = await gate(pullOf(3, head, main, 'alice/app'), { token: 'ghs_read' });
    expect(outcome.passed).toBe(false);
    expect(outcome.failures[0]).toMatch(/^Line coverage 0\.00 % \(0 of 22 lines\) is below the minimum of 70 %/);
    expect(outcome.summary).toContain('this pull request comes from the fork alice/app');
  });

  it('caps annotations at 250 and sends them in batches of 50', async () => {
    const head = branch('huge', { 'src/huge.ts': source(2100, 'h') });
    writeLcov(dir, { 'src/a.ts': lines(10, 10), 'src/b.ts': lines(10, 10), 'src/huge.ts': Object.fromEntries(Array.from({ length: 2100 }, (_, i) => [i + 1, i % 2])) });
    sim.addPull({ number: 4, head, base: 'main', headRef: 'huge' });
    sim.clearRequests();
    const { outcome } = await gate(pullOf(4, head, main), { settings: { comment: false }, thresholds: { minCoverage: 0 } });
    expect(outcome.report.notes.join('\n')).toContain('1,050 uncovered changed ranges were found; the first 250 are annotated');
    const writes = sim.writes().filter((entry) => entry.path.includes('/check-runs'));
    expect(writes).toHaveLength(5);
    expect(writes.map((entry) => lengthAt(entry.body, 'output', 'annotations'))).toEqual(Array(5).fill(50));
  });

  it('sends the annotation batches together, and the comment beside the check run: two round trips to publish', async () => {
    const head = branch('huge-together', { 'src/huge.ts': source(2100, 'h') });
    writeLcov(dir, { 'src/a.ts': lines(10, 10), 'src/b.ts': lines(10, 10), 'src/huge.ts': Object.fromEntries(Array.from({ length: 2100 }, (_, i) => [i + 1, i % 2])) });
    sim.addPull({ number: 14, head, base: 'main', headRef: 'huge-together' });
    sim.clearRequests();
    // Requests answered after a delay, as on GitHub: those sent together are in flight together.
    sim.inject({ latencyMs: 250 });
    const { outcome } = await gate(pullOf(14, head, main), { thresholds: { minCoverage: 0 } });
    sim.clearInjections();
    expect(outcome.passed).toBe(true);
    const trips = roundTripsOf(sim);
    const at = (line: string) => trips.findIndex((trip) => trip.includes(line));
    const check = at('POST /check-runs');
    // Creating the check run and finding the sticky comment; then the 4 further batches of 50 and the new comment.
    expect(trips[check]).toContain('GET /issues/14/comments');
    const run = sim.writes().find((entry) => entry.method === 'POST' && entry.path.endsWith('/check-runs'));
    expect(trips[check + 1]).toEqual([...new Array<unknown>(4).fill(expect.stringMatching(/^PATCH \/check-runs\/\d+$/)), 'POST /issues/14/comments']);
    expect(trips).toHaveLength(check + 2);
    expect(lengthAt(run?.body, 'output', 'annotations')).toBe(50);
    // GitHub appends them in whatever order they arrive: all 250 are there.
    expect(sim.writes().filter((entry) => entry.method === 'PATCH').map((entry) => lengthAt(entry.body, 'output', 'annotations'))).toEqual([50, 50, 50, 50]);
  });

  it('reads the pull request through the API in a shallow clone (files, compare, history)', async () => {
    // The base moved on by a commit that has no snapshot: the history must be walked, through the API.
    git(dir, 'checkout', '-q', '-B', 'later', main);
    const later = commit(dir, { 'docs/notes.md': 'notes\n' }, 'docs');
    git(dir, 'checkout', '-q', '-B', 'shallow', later);
    const head = commit(dir, { 'src/a.ts': source(13) }, 'shallow');
    sim.addPull({ number: 5, head, base: later, headRef: 'shallow' });
    const clone = mkdtempSync(path.join(tmpdir(), 'shipgate-shallow-'));
    git(clone, 'clone', '-q', '--depth=1', '--branch', 'shallow', `file://${dir}`, '.');
    writeLcov(clone, { 'src/a.ts': { ...lines(10, 10), 11: 1, 12: 0, 13: 0 }, 'src/b.ts': lines(10, 10) });
    sim.clearRequests();
    const { outcome, logged } = await gate(pullOf(5, head, later), { cwd: clone, settings: { comment: false } });
    rmSync(clone, { recursive: true, force: true });
    expect(outcome.outputs['patch-coverage']).toBe('33.33');
    expect(outcome.outputs['base-coverage']).toBe('80.00');
    expect(logged.join('\n')).toMatch(/Baseline: main \([0-9a-f]{7}, the nearest ancestor of [0-9a-f]{7} with a snapshot\) \(2 commits listed through the API; 3 requests\)/);
    const paths = sim.requests.map((entry) => entry.path);
    expect(paths).toContain('/repos/acme/app/pulls/5/files');
    expect(paths.some((entry) => entry.startsWith('/repos/acme/app/compare/'))).toBe(true);
    expect(paths).toContain('/repos/acme/app/commits');
  });

  it('maps annotation lines from the merge commit the tests ran on to the head commit', async () => {
    git(dir, 'checkout', '-q', '-B', 'moved', main);
    const base = commit(dir, { 'src/a.ts': '// one\n// two\n' + source(10) }, 'main moves');
    const head = branch('merge-me', { 'src/a.ts': source(11) });
    git(dir, 'checkout', '-q', '--detach', base);
    git(dir, 'merge', '-q', '--no-ff', '-m', 'merge', head);
    writeLcov(dir, { 'src/a.ts': { ...lines(12, 12), 13: 0 }, 'src/b.ts': lines(10, 10) });
    sim.addPull({ number: 6, head, base: 'moved', headRef: 'merge-me' });
    const { outcome, logged } = await gate(pullOf(6, head, base), { settings: { comment: false } });
    expect(logged.join('\n')).toMatch(/The tests ran on [0-9a-f]{7} \(not the head [0-9a-f]{7}\); annotation lines are mapped onto the head/);
    expect(outcome.outputs['patch-coverage']).toBe('0.00');
    const run = (sim.state.checkRuns as Array<{ id: number; head_sha: string }>).find((entry) => entry.head_sha === head)!;
    expect((sim.state.annotations as Array<{ check_run_id: number; start_line: number }>).filter((entry) => entry.check_run_id === run.id).map((entry) => entry.start_line)).toEqual([11]);
  });

  it('cannot find changed lines without history and without a token, and says what to do', async () => {
    const head = git(dir, 'rev-parse', 'shallow');
    const clone = mkdtempSync(path.join(tmpdir(), 'shipgate-shallow-'));
    git(clone, 'clone', '-q', '--depth=1', '--branch', 'shallow', `file://${dir}`, '.');
    writeLcov(clone, { 'src/a.ts': lines(13, 13) });
    await expect(gate(pullOf(5, head, git(dir, 'rev-parse', 'later')), { cwd: clone, token: null })).rejects.toThrow(
      /^The changed lines could not be found: the base commit [0-9a-f]{7} is not in the local history \(a shallow clone\), and there is no token .* give actions\/checkout fetch-depth: 0\.$/,
    );
    rmSync(clone, { recursive: true, force: true });
  });

  it('runs the test command, and with no token posts nothing and says so', async () => {
    git(dir, 'checkout', '-q', main);
    writeLcov(dir, { 'src/a.ts': lines(10, 10), 'src/b.ts': lines(10, 10) });
    const { outcome } = await gate(pushOf(main), { token: null, settings: { testCommand: 'exit 4' } });
    expect(outcome.failures).toEqual(['The test command failed with exit code 4.']);
    expect(outcome.report.notes).toContain('Nothing was posted to GitHub: no token was given (input github-token).');
  });

  it('says the test command failed when no report could be read either', async () => {
    rmSync(path.join(dir, 'coverage'), { recursive: true, force: true });
    await expect(gate(pushOf(main), { token: null, settings: { testCommand: 'exit 2' } })).rejects.toThrow(/^The test command failed with exit code 2, and no coverage could be read: /);
  });

  it('publishes a validated result from a workflow_run follow-up, and ignores runs of other events', async () => {
    // The fork's run of pull request 3 left its result file in `out`.
    const download = mkdtempSync(path.join(tmpdir(), 'shipgate-download-'));
    const head = git(dir, 'rev-parse', 'fork');
    git(dir, 'checkout', '-q', 'fork');
    writeLcov(dir, { 'src/a.ts': lines(10, 0), 'src/b.ts': lines(12, 0) });
    const first = await gate(pullOf(3, head, main, 'alice/app'), { token: 'ghs_read' });
    writeFileSync(path.join(download, 'coverage-gate-result.json'), readFileSync(path.join(path.dirname(first.outcome.outputs.report), 'coverage-gate-result.json')));
    const workflowRun = (event: string, pulls: Array<{ number: number }> = []) =>
      readGateEvent('workflow_run', { workflow_run: { id: 5, event, head_sha: head, head_branch: 'fork', head_repository: { full_name: 'alice/app', owner: { login: 'alice' } }, pull_requests: pulls } }, main, 'refs/heads/main', 'acme/app');
    const published = await gate(workflowRun('pull_request'), { cwd: download });
    expect(published.outcome.failures[0]).toMatch(/^Line coverage 0\.00 % \(0 of 22 lines\)/);
    expect(published.outcome.outputs['base-coverage']).toBe('80.00');
    expect((sim.state.checkRuns as Array<{ head_sha: string }>).filter((entry) => entry.head_sha === head)).toHaveLength(1);
    await expect(gate(workflowRun('pull_request', [{ number: 2 }]), { cwd: download })).rejects.toThrow('The coverage result names pull request #3, but the run that made it belongs to #2; it was not published.');
    expect(await runGate(settings(download), { repo, event: workflowRun('push'), outputDirectory: out }, logger().log)).toBeUndefined();
    rmSync(path.join(download, 'coverage-gate-result.json'));
    await expect(gate(workflowRun('pull_request'), { cwd: download })).rejects.toThrow(/^No coverage-gate-result\.json was found in /);
    rmSync(download, { recursive: true, force: true });
  });

  it('runs as the action (main.run): outputs, summary, exit code', async () => {
    git(dir, 'checkout', '-q', main);
    writeLcov(dir, { 'src/a.ts': lines(10, 5), 'src/b.ts': lines(10, 5) });
    const files = mkdtempSync(path.join(tmpdir(), 'shipgate-runner-'));
    const env = {
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: path.join(files, 'event.json'),
      GITHUB_SHA: main,
      GITHUB_REF: 'refs/heads/feature-x',
      GITHUB_API_URL: sim.url,
      GITHUB_OUTPUT: path.join(files, 'output'),
      GITHUB_STEP_SUMMARY: path.join(files, 'summary'),
      RUNNER_TEMP: files,
    };
    writeFileSync(env.GITHUB_EVENT_PATH, JSON.stringify({ ...pushEvent(main), ref: 'refs/heads/feature-x' }));
    for (const file of [env.GITHUB_OUTPUT, env.GITHUB_STEP_SUMMARY]) writeFileSync(file, '');
    const saved = { ...process.env };
    Object.assign(process.env, env);
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const inputs: Record<string, string> = { 'working-directory': dir, 'github-token': 'ghs_write', 'min-coverage': '60' };
    try {
      await expect(run((name) => inputs[name] ?? '')).rejects.toThrow('Line coverage 50.00 % (10 of 20 lines) is below the minimum of 60 %: 2 more covered lines are needed.');
    } finally {
      write.mockRestore();
      process.env = saved;
    }
    expect(readFileSync(env.GITHUB_OUTPUT, 'utf8')).toMatch(/passed<<ghadelimiter_[^\n]+\nfalse\n/);
    expect(readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8')).toContain('## ❌ coverage: coverage gate failed');
    rmSync(files, { recursive: true, force: true });
    mkdirSync(files, { recursive: true });
    rmSync(files, { recursive: true, force: true });
  });
});
