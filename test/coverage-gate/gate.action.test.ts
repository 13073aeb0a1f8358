import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { errorsOf, runAction as runBundle } from '../../scripts/lib/run-action.mjs';
import { startSimulator } from '../../simulator/index.mjs';
import { lengthAt } from '../simulator/fixture.js';
import { commit, git, indexOrder, lines, newRepo, pullEvent, pushEvent, repoJson, source, writeLcov, type Sim } from './repo.js';

/**
 * The built coverage-gate bundle run as the runner runs it, against the GitHub API simulator
 * backed by a real git repository. The repository is also the job's checkout (the working
 * directory), so local git and the API see the same commits. Reports are small lcov files written
 * by hand: parsing fidelity is tested with real tools' output elsewhere.
 */
const DIST = process.env.SHIPGATE_TEST_DIST; // unset: the committed dist/

interface RunResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  commands: Array<{ command: string; properties: Record<string, string>; message: string }>;
}
// run-action.mjs is plain JavaScript; its JSDoc types outputs as {} and does not list `token`.
const runAction = runBundle as unknown as (action: string, options: Record<string, unknown>) => Promise<RunResult>;

interface Run {
  inputs?: Record<string, string>;
  token?: string;
}

async function runPull(sim: Sim, dir: string, number: number, head: string, base: string, run: Run = {}, headRepo = 'acme/app') {
  const temp = mkdtempSync(path.join(tmpdir(), 'shipgate-gate-temp-'));
  const result = await runAction('coverage-gate', {
    inputs: run.inputs ?? {},
    apiUrl: sim.url,
    repository: 'acme/app',
    // GitHub's merge commit in real life; these tests check out the head itself (one test below merges).
    sha: git(dir, 'rev-parse', 'HEAD'),
    ref: `refs/pull/${number}/merge`,
    eventName: 'pull_request',
    event: pullEvent(number, head, 'feature', base, headRepo),
    cwd: dir,
    token: run.token,
    distDir: DIST,
    env: { RUNNER_TEMP: temp },
  });
  const reportPath = result.outputs.report;
  const report = reportPath && existsSync(reportPath) ? readFileSync(reportPath, 'utf8') : '';
  const resultFile: unknown = reportPath && existsSync(path.join(path.dirname(reportPath), 'coverage-gate-result.json'))
    ? JSON.parse(readFileSync(path.join(path.dirname(reportPath), 'coverage-gate-result.json'), 'utf8'))
    : undefined;
  rmSync(temp, { recursive: true, force: true });
  return { ...result, report, resultFile };
}

async function runPush(sim: Sim, dir: string, sha: string, inputs: Record<string, string> = {}) {
  const temp = mkdtempSync(path.join(tmpdir(), 'shipgate-gate-temp-'));
  const result = await runAction('coverage-gate', {
    inputs,
    apiUrl: sim.url,
    repository: 'acme/app',
    sha,
    ref: 'refs/heads/main',
    eventName: 'push',
    event: pushEvent(sha),
    cwd: dir,
    distDir: DIST,
    env: { RUNNER_TEMP: temp },
  });
  rmSync(temp, { recursive: true, force: true });
  return result;
}

const checkRuns = (sim: Sim, sha: string) => (sim.state.checkRuns as Array<{ head_sha: string; name: string; conclusion: string; id: number; output: { title: string; summary: string; text: string | null } }>).filter((run) => run.head_sha === sha);
const annotationsOf = (sim: Sim, id: number) => (sim.state.annotations as Array<{ check_run_id: number; path: string; start_line: number; end_line: number }>).filter((entry) => entry.check_run_id === id);
const markedComments = (sim: Sim) => (sim.state.comments as Array<{ id: number; body: string }>).filter((comment) => comment.body.includes('<!-- shipgate:coverage-gate:coverage -->'));

describe('coverage-gate on pull requests (built bundle, simulator, real git)', () => {
  let dir: string;
  let sim: Sim;
  let main: string;

  beforeAll(async () => {
    dir = newRepo();
    main = commit(dir, { 'src/a.ts': source(10), 'src/b.ts': source(10, 'w') }, 'base');
    sim = await startSimulator({ repoDir: dir });
  });
  afterAll(async () => {
    await sim.close();
    rmSync(dir, { recursive: true, force: true });
  });

  function branch(name: string, files: Record<string, string>): string {
    git(dir, 'checkout', '-q', '-B', name, main);
    return commit(dir, files, `change on ${name}`);
  }

  it('passes a pull request, on its head commit, with a check run, a comment, a summary and outputs', async () => {
    const head = branch('pass', { 'src/a.ts': source(12) });
    writeLcov(dir, { 'src/a.ts': lines(12, 10), 'src/b.ts': lines(10, 8) });
    sim.addPull({ number: 1, head, base: 'main', headRef: 'pass' });
    const result = await runPull(sim, dir, 1, head, main);
    expect(errorsOf(result)).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ coverage: '81.81', 'branch-coverage': '', 'patch-coverage': '0.00', passed: 'true', 'base-coverage': '', delta: '' });
    expect(result.summary).toContain('Line coverage 81.81 % (18 of 22 lines) meets the minimum of 70 %.');
    expect(result.summary).toContain('Patch coverage 0.00 % (0 of 2 changed lines).');
    expect(result.report).toContain('# ✅ coverage: coverage gate passed for #1');
    const [run] = checkRuns(sim, head);
    expect(run).toMatchObject({ name: 'coverage', conclusion: 'success' });
    expect(run.output.title).toBe('Passed: lines 81.81 %, patch 0.00 %');
    expect(annotationsOf(sim, run.id).map((entry) => [entry.path, entry.start_line, entry.end_line])).toEqual([['src/a.ts', 11, 12]]);
    expect(markedComments(sim)).toHaveLength(1);
    expect(result.resultFile).toMatchObject({ headSha: head, pullNumber: 1, lines: [18, 22], passed: true });
  });

  it('fails a pull request below min-coverage with the arithmetic, in one sentence and no stack', async () => {
    const head = branch('low', { 'src/a.ts': source(10) + '// note\n' });
    writeLcov(dir, { 'src/a.ts': lines(10, 5), 'src/b.ts': lines(10, 8) });
    sim.addPull({ number: 2, head, base: 'main', headRef: 'low' });
    const result = await runPull(sim, dir, 2, head, main, { inputs: { 'min-coverage': '70' } });
    expect(result.exitCode).toBe(1);
    expect(errorsOf(result)).toEqual(['Line coverage 65.00 % (13 of 20 lines) is below the minimum of 70 %: 1 more covered line is needed.']);
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
    expect(result.outputs.passed).toBe('false');
    expect(checkRuns(sim, head)[0]).toMatchObject({ conclusion: 'failure' });
    expect(result.summary).toContain('❌ Line coverage 65.00 % (13 of 20 lines) is below the minimum of 70 %');
  });

  it('fails a pull request whose new source file never ran on min-patch-coverage (missing from the report = uncovered)', async () => {
    const head = branch('newfile', { 'src/new.ts': source(6, 'n') + '\n' + source(2, 'm'), 'README.md': '# docs\n' });
    writeLcov(dir, { 'src/a.ts': lines(10, 10), 'src/b.ts': lines(10, 10) });
    sim.addPull({ number: 3, head, base: 'main', headRef: 'newfile' });
    const result = await runPull(sim, dir, 3, head, main, { inputs: { 'min-patch-coverage': '50' } });
    expect(result.exitCode).toBe(1);
    expect(errorsOf(result)[0]).toBe(
      'Patch coverage 0.00 % (0 of 8 changed lines) is below the minimum of 50 %: 4 more changed lines need tests. src/new.ts (8 lines) is a changed source file missing from the report; it counts as uncovered.',
    );
    expect(result.outputs).toMatchObject({ coverage: '100.00', 'patch-coverage': '0.00' });
    const [run] = checkRuns(sim, head);
    // The blank line 7 does not split the range.
    expect(annotationsOf(sim, run.id).map((entry) => [entry.path, entry.start_line, entry.end_line])).toEqual([['src/new.ts', 1, 9]]);
    expect(result.summary).toMatch(/\| `src\/new\.ts` \| not in report \| +\| 0 of 8 \| 1–9 \|/);
  });

  it('sends more than 50 uncovered ranges to the check run in batches of 50', async () => {
    // 120 statements, every other one covered: 60 separate uncovered ranges.
    const head = branch('many', { 'src/many.ts': source(120, 'x') });
    writeLcov(dir, { 'src/a.ts': lines(10, 10), 'src/b.ts': lines(10, 10), 'src/many.ts': Object.fromEntries(Array.from({ length: 120 }, (_, i) => [i + 1, i % 2])) });
    sim.addPull({ number: 4, head, base: 'main', headRef: 'many' });
    sim.clearRequests();
    const result = await runPull(sim, dir, 4, head, main, { inputs: { 'min-coverage': '0' } });
    expect(result.exitCode).toBe(0);
    const [run] = checkRuns(sim, head);
    const annotations = annotationsOf(sim, run.id);
    expect(annotations).toHaveLength(60);
    expect(new Set(annotations.map((entry) => entry.start_line))).toEqual(new Set(Array.from({ length: 60 }, (_, i) => 2 * i + 1)));
    const checkWrites = sim.writes().filter((entry) => entry.path.includes('/check-runs'));
    expect(checkWrites.map((entry) => [entry.method, lengthAt(entry.body, 'output', 'annotations')])).toEqual([
      ['POST', 50],
      ['PATCH', 10],
    ]);
  });

  it('keeps exactly one comment over two runs, finding it again on page 2 of the comments', async () => {
    const head = branch('sticky', { 'src/b.ts': source(11, 'w') });
    writeLcov(dir, { 'src/a.ts': lines(10, 10), 'src/b.ts': lines(11, 11) });
    sim.addPull({ number: 5, head, base: 'main', headRef: 'sticky' });
    // 105 comments first (pages hold 100), so the sticky comment lands on page 2.
    for (let i = 0; i < 105; i++) sim.addIssueComment(5, { user: 'reviewer', body: `Looks fine ${i}` });
    const first = await runPull(sim, dir, 5, head, main);
    expect(first.exitCode).toBe(0);
    for (let i = 0; i < 5; i++) sim.addIssueComment(5, { user: 'reviewer', body: `More ${i}` });
    writeLcov(dir, { 'src/a.ts': lines(10, 9), 'src/b.ts': lines(11, 11) });
    sim.clearRequests();
    const second = await runPull(sim, dir, 5, head, main);
    expect(second.exitCode).toBe(0);
    const ours = markedComments(sim).filter((comment) => comment.body.includes('for #5'));
    expect(ours).toHaveLength(1);
    expect(ours[0].body).toContain('95.23 %'); // the second run's figures: updated in place
    const listed = sim.requests.filter((entry) => entry.method === 'GET' && entry.path.endsWith('/issues/5/comments'));
    expect(listed.map((entry) => entry.query.page ?? '1')).toEqual(['1', '2']);
    expect(sim.writes().filter((entry) => entry.path.includes('/comments')).map((entry) => entry.method)).toEqual(['PATCH']);
  });
});

describe('baseline snapshots: a push run records, a pull request compares', () => {
  let dir: string;
  let sim: Sim;

  beforeAll(async () => {
    dir = newRepo();
    sim = await startSimulator({ repoDir: dir });
  });
  afterAll(async () => {
    await sim.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('fails a pull request that drops coverage more than max-coverage-drop, naming the lines behind the drop', async () => {
    const first = commit(dir, { 'src/a.ts': source(50), 'src/b.ts': source(50, 'w') }, 'first');
    writeLcov(dir, { 'src/a.ts': lines(50, 40), 'src/b.ts': lines(50, 40) });
    const recorded = await runPush(sim, dir, first);
    expect(errorsOf(recorded)).toEqual([]);
    expect(recorded.stdout).toContain(`Recorded the coverage snapshot of ${first.slice(0, 7)} in refs/shipgate/coverage`);
    // A second commit on main without its own snapshot: the pull request walks back to `first`.
    const second = commit(dir, { 'docs/x.md': 'x\n' }, 'docs');
    const tree = git(dir, 'ls-tree', '-r', '--name-only', 'refs/shipgate/coverage');
    expect(tree.split('\n').sort()).toEqual([`coverage/${first}.json`, 'coverage/index.json']);

    git(dir, 'checkout', '-q', '-b', 'drop', second);
    const head = commit(dir, { 'src/a.ts': source(50) + '// changed\n' }, 'tests removed');
    writeLcov(dir, { 'src/a.ts': lines(50, 30), 'src/b.ts': lines(50, 40) });
    sim.addPull({ number: 10, head, base: 'main', headRef: 'drop' });
    const result = await runPull(sim, dir, 10, head, second, { inputs: { 'max-coverage-drop': '5' } });
    expect(result.exitCode).toBe(1);
    expect(errorsOf(result)).toEqual([
      `Line coverage fell 10.00 points from 80.00 % on main (${first.slice(0, 7)}, the nearest ancestor of ${second.slice(0, 7)} with a snapshot) to 70.00 %, more than the allowed drop of 5 points; lines behind the drop: src/a.ts lost 10 covered lines (40 → 30 of 50 lines; -10.00 points).`,
    ]);
    expect(result.outputs).toMatchObject({ coverage: '70.00', 'base-coverage': '80.00', delta: '-10.00', passed: 'false' });
    expect(result.summary).toContain('| Lines | 70.00 % | 70 / 100 | 80.00 % | -10.00 pts |');
    if (process.env.SHOW_GATE) console.log(result.summary, '\n-----\n', result.stdout, '\n-----\n', markedComments(sim)[0]?.body ?? '');
  });

  it('passes within the allowed drop and records nothing on a pull request', async () => {
    const head = git(dir, 'rev-parse', 'HEAD');
    writeLcov(dir, { 'src/a.ts': lines(50, 39), 'src/b.ts': lines(50, 40) });
    sim.addPull({ number: 11, head, base: 'main', headRef: 'drop' });
    sim.clearRequests();
    const base = git(dir, 'rev-parse', 'main');
    const result = await runPull(sim, dir, 11, head, base, { inputs: { 'max-coverage-drop': '1' } });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.delta).toBe('-1.00');
    expect(sim.writes().filter((entry) => entry.path.includes('/git/'))).toEqual([]);
    // Bounded reads: the ref, the tree, the history is local, one blob.
    expect(sim.requests.filter((entry) => entry.path.includes('/git/')).map((entry) => `${entry.method} ${entry.path.replace(/[0-9a-f]{40}/g, '<sha>')}`)).toEqual([
      'GET /repos/acme/app/git/ref/shipgate/coverage',
      'GET /repos/acme/app/git/trees/<sha>',
      'GET /repos/acme/app/git/blobs/<sha>',
    ]);
  });

  it('adds a second push run on top of the first (the ref moves forward, both snapshots kept)', async () => {
    git(dir, 'checkout', '-q', 'main');
    const third = commit(dir, { 'src/c.ts': source(10, 'c') }, 'third');
    writeLcov(dir, { 'src/a.ts': lines(50, 40), 'src/b.ts': lines(50, 40), 'src/c.ts': lines(10, 10) });
    const result = await runPush(sim, dir, third, { 'max-coverage-drop': '0' });
    expect(errorsOf(result)).toEqual([]);
    expect(result.summary).toContain('rose 1.81 points from 80.00 % on main');
    const tree = git(dir, 'ls-tree', '-r', '--name-only', 'refs/shipgate/coverage').split('\n');
    expect(tree).toContain(`coverage/${third}.json`);
    expect(tree).toHaveLength(3);
    expect(indexOrder(git(dir, 'show', 'refs/shipgate/coverage:coverage/index.json'))?.[0]).toBe(third);
    expect(JSON.parse(git(dir, 'show', `refs/shipgate/coverage:coverage/${third}.json`))).toMatchObject({ v: 1, sha: third, l: [90, 110], f: { 'src/c.ts': [10, 10, 0, 0] } });
  });
});

describe('baselines keep accumulating: push after push, then a pull request', () => {
  let dir: string;
  let sim: Sim;

  beforeAll(async () => {
    dir = newRepo();
    sim = await startSimulator({ repoDir: dir });
  });
  afterAll(async () => {
    await sim.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('three push runs in a row each record a baseline on top of the last; a pull request compares against the newest', async () => {
    // GitHub takes only a tree sha as base_tree (the simulator refuses a commit sha, as GitHub does):
    // a store that passes the ref's commit records the first snapshot and fails every later push.
    const pushes: string[] = [];
    for (const [n, covered] of [[1, 72], [2, 80], [3, 90]] as const) {
      const sha = commit(dir, { 'src/a.ts': source(100), [`docs/${n}.md`]: `${n}\n` }, `push ${n}`);
      writeLcov(dir, { 'src/a.ts': lines(100, covered) });
      const result = await runPush(sim, dir, sha);
      expect(errorsOf(result)).toEqual([]);
      expect(result.exitCode).toBe(0);
      expect(result.stdout).toContain(`Recorded the coverage snapshot of ${sha.slice(0, 7)} in refs/shipgate/coverage`);
      expect(result.stdout).not.toMatch(/moved while recording/);
      pushes.push(sha);
    }
    // One commit per push, each on top of the last, every snapshot kept, newest first.
    expect(git(dir, 'rev-list', '--count', 'refs/shipgate/coverage')).toBe('3');
    expect(git(dir, 'log', '--format=%s', 'refs/shipgate/coverage').split('\n')).toEqual(pushes.map((sha) => `Coverage snapshot of ${sha} (coverage)`).reverse());
    expect(git(dir, 'ls-tree', '-r', '--name-only', 'refs/shipgate/coverage').split('\n').sort()).toEqual([...pushes.map((sha) => `coverage/${sha}.json`), 'coverage/index.json'].sort());
    expect(indexOrder(git(dir, 'show', 'refs/shipgate/coverage:coverage/index.json'))).toEqual([...pushes].reverse());

    const newest = pushes[2];
    git(dir, 'checkout', '-q', '-b', 'feature', newest);
    const head = commit(dir, { 'src/a.ts': source(100) + '// touched\n' }, 'feature');
    writeLcov(dir, { 'src/a.ts': lines(100, 85) });
    sim.addPull({ number: 30, head, base: 'main', headRef: 'feature' });
    const pull = await runPull(sim, dir, 30, head, newest, { inputs: { 'max-coverage-drop': '10' } });
    expect(errorsOf(pull)).toEqual([]);
    expect(pull.outputs).toMatchObject({ coverage: '85.00', 'base-coverage': '90.00', delta: '-5.00', passed: 'true' });
    expect(pull.summary).toContain(`from 90.00 % on main (${newest.slice(0, 7)}`);
  });

  it('a refusal that is not the ref moving fails the push run once, in one sentence, without retrying it', async () => {
    git(dir, 'checkout', '-q', 'main');
    const sha = commit(dir, { 'docs/4.md': '4\n' }, 'push 4');
    writeLcov(dir, { 'src/a.ts': lines(100, 90) });
    sim.inject({ method: 'POST', path: '/repos/acme/app/git/trees', status: 422, body: { message: 'base_tree is not a valid tree oid', documentation_url: 'https://docs.github.com/rest' }, times: Infinity });
    sim.clearRequests();
    const result = await runPush(sim, dir, sha);
    sim.clearInjections();
    expect(result.exitCode).toBe(1);
    expect(errorsOf(result)).toEqual(['GitHub API request failed while trying to write the coverage snapshot tree (HTTP 422): base_tree is not a valid tree oid']);
    expect(result.stdout).not.toMatch(/moved while recording/);
    expect(sim.requests.filter((entry) => entry.method === 'POST' && entry.path.endsWith('/git/trees'))).toHaveLength(1);
  });
});

describe('pull requests from forks and other checkouts', () => {
  let dir: string;
  let sim: Sim;
  let main: string;
  /**
   * The fork pull request's read-only run, made once by whichever test needs it first, so each
   * test also passes alone (`-t`); what the run wrote is captured when it ends.
   */
  let forkRun: Promise<{ result: Awaited<ReturnType<typeof runPull>>; head: string; writes: ReturnType<Sim['writes']>; checkRuns: number }> | undefined;
  const runForkPull = () =>
    (forkRun ??= (async () => {
      git(dir, 'checkout', '-q', '-B', 'fork-change', main);
      const head = commit(dir, { 'src/a.ts': source(14) }, 'fork change');
      writeLcov(dir, { 'src/a.ts': lines(14, 10) });
      sim.addPull({ number: 20, head, base: 'main', headRef: 'fork-change', user: 'alice', fork: true });
      sim.clearRequests();
      const result = await runPull(sim, dir, 20, head, main, { inputs: { 'min-patch-coverage': '80' }, token: 'ghs_fork_read_only' }, 'alice/app');
      return { result, head, writes: sim.writes(), checkRuns: sim.state.checkRuns.length };
    })());

  beforeAll(async () => {
    dir = newRepo();
    main = commit(dir, { 'src/a.ts': source(10) }, 'base');
    sim = await startSimulator({ repoDir: dir, readOnlyToken: 'ghs_fork_read_only' });
  });
  afterAll(async () => {
    await sim.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('still gives a fork pull request its verdict (summary and exit code) when every write is refused', async () => {
    const { result, writes, checkRuns: checkRunCount } = await runForkPull();
    expect(result.exitCode).toBe(1);
    expect(errorsOf(result)).toEqual(['Patch coverage 0.00 % (0 of 4 changed lines) is below the minimum of 80 %: 4 more changed lines need tests.']);
    expect(result.summary).toContain('❌ coverage: coverage gate failed for #20');
    expect(result.summary).toContain(
      'The check run, the commit status and the pull request comment were not posted: this pull request comes from the fork alice/app, and GitHub gives workflows of fork pull requests a read-only token.',
    );
    expect(writes.every((entry) => entry.status === 403)).toBe(true);
    expect(checkRunCount).toBe(0);
    // The uncovered lines still show on the run, as workflow-command annotations.
    expect(result.commands.filter((command) => command.command === 'warning' && command.properties.file === 'src/a.ts')).toEqual([
      expect.objectContaining({ properties: expect.objectContaining({ line: '11', endLine: '14' }) }),
    ]);
  });

  it('keeps the fallback annotations within the 10 warnings GitHub shows per step, counting the warnings already used', async () => {
    git(dir, 'checkout', '-q', '-B', 'fork-many', main);
    // 30 new lines, every other one covered: 15 uncovered ranges.
    const head = commit(dir, { 'src/many.ts': source(30, 'm') }, 'fork change with many uncovered ranges');
    writeLcov(dir, { 'src/a.ts': lines(10, 10), 'src/many.ts': Object.fromEntries(Array.from({ length: 30 }, (_, i) => [i + 1, i % 2])) });
    sim.addPull({ number: 29, head, base: 'main', headRef: 'fork-many', user: 'alice', fork: true });
    const result = await runPull(sim, dir, 29, head, main, { token: 'ghs_fork_read_only' }, 'alice/app');
    const warnings = result.commands.filter((command) => command.command === 'warning');
    const annotated = warnings.filter((command) => command.properties.file === 'src/many.ts');
    const others = warnings.filter((command) => command.properties.file === undefined);
    // The refusal note already took one warning: 8 ranges, then one warning for the 7 others.
    expect(others[0].message).toContain('not posted: this pull request comes from the fork alice/app');
    expect(warnings).toHaveLength(10);
    expect(annotated).toHaveLength(10 - others.length);
    expect(warnings[warnings.length - 1].message).toBe(`${15 - annotated.length} more uncovered changed ranges are not annotated (GitHub shows 10 warnings per step); every range is in the job summary.`);
  });

  it('publishes the fork’s validated result from a workflow_run follow-up with write permission', async () => {
    const { result: forkResult, head } = await runForkPull();
    const text = JSON.stringify(forkResult.resultFile);
    const download = mkdtempSync(path.join(tmpdir(), 'shipgate-artifact-'));
    mkdirSync(path.join(download, 'coverage-result'));
    writeFileSync(path.join(download, 'coverage-result', 'coverage-gate-result.json'), text);
    const workflowRun = (sha: string) => ({
      action: 'completed',
      workflow_run: {
        id: 777,
        event: 'pull_request',
        conclusion: 'failure',
        head_sha: sha,
        head_branch: 'fork-change',
        head_repository: { full_name: 'alice/app', owner: { login: 'alice' } },
        pull_requests: [],
      },
      repository: { ...repoJson('acme/app'), default_branch: 'main' },
    });
    const follow = (sha: string, inputs: Record<string, string> = {}) =>
      runAction('coverage-gate', { inputs: { 'min-patch-coverage': '80', ...inputs }, apiUrl: sim.url, repository: 'acme/app', sha: main, ref: 'refs/heads/main', eventName: 'workflow_run', event: workflowRun(sha), cwd: download, distDir: DIST });

    const published = await follow(head);
    expect(published.exitCode).toBe(1);
    expect(errorsOf(published)).toEqual(['Patch coverage 0.00 % (0 of 4 changed lines) is below the minimum of 80 %: 4 more changed lines need tests.']);
    const [run] = checkRuns(sim, head);
    expect(run).toMatchObject({ name: 'coverage', conclusion: 'failure' });
    expect(annotationsOf(sim, run.id).map((entry) => [entry.path, entry.start_line, entry.end_line])).toEqual([['src/a.ts', 11, 14]]);
    expect(markedComments(sim).filter((comment) => comment.body.includes('for #20'))).toHaveLength(1);

    // A result that does not belong to the run is refused, in one sentence, and nothing is posted.
    const other = 'f'.repeat(40);
    const refused = await follow(other);
    expect(refused.exitCode).toBe(1);
    expect(errorsOf(refused)).toEqual([
      `The coverage result ${path.join(download, 'coverage-result', 'coverage-gate-result.json')} was refused: headSha ${head} is not the commit of the run that made it (${other}).`,
    ]);
    rmSync(download, { recursive: true, force: true });
  });

  it('maps annotations from GitHub’s merge commit (what actions/checkout tests) onto the head commit', async () => {
    // main moves on: 5 lines inserted at the top of a.ts; the pull request adds 2 lines at the end.
    git(dir, 'checkout', '-q', 'main');
    const base = commit(dir, { 'src/a.ts': '// 1\n// 2\n// 3\n// 4\n// 5\n' + source(10) }, 'main moves');
    git(dir, 'checkout', '-q', '-B', 'merge-test', main);
    const head = commit(dir, { 'src/a.ts': source(12) }, 'pr adds two lines');
    git(dir, 'checkout', '-q', '--detach', base);
    git(dir, 'merge', '-q', '--no-ff', '-m', 'Merge into base', head);
    // The tests ran on the merge: a.ts has 17 lines there, the added ones are 16 and 17.
    writeLcov(dir, { 'src/a.ts': { ...lines(15, 15), 16: 0, 17: 0 } });
    sim.addPull({ number: 21, head, base: 'main', headRef: 'merge-test' });
    const result = await runPull(sim, dir, 21, head, base, { inputs: { comment: 'false' } });
    expect(errorsOf(result)).toEqual([]);
    expect(result.outputs['patch-coverage']).toBe('0.00');
    const [run] = checkRuns(sim, head);
    expect(annotationsOf(sim, run.id).map((entry) => [entry.start_line, entry.end_line])).toEqual([[11, 12]]);
  });

  it('falls back to the pull-request files API in a shallow clone, and says so', async () => {
    git(dir, 'checkout', '-q', '-B', 'shallow-change', main);
    const head = commit(dir, { 'src/a.ts': source(13) }, 'three more lines');
    sim.addPull({ number: 22, head, base: main, headRef: 'shallow-change' });
    const clone = mkdtempSync(path.join(tmpdir(), 'shipgate-shallow-'));
    git(clone, 'clone', '-q', '--depth=1', '--branch', 'shallow-change', `file://${dir}`, '.');
    writeLcov(clone, { 'src/a.ts': { ...lines(10, 10), 11: 1, 12: 1, 13: 0 } });
    sim.clearRequests();
    const result = await runPull(sim, clone, 22, head, main, { inputs: { comment: 'false' } });
    rmSync(clone, { recursive: true, force: true });
    expect(errorsOf(result)).toEqual([]);
    expect(result.outputs['patch-coverage']).toBe('66.66');
    expect(result.summary).toContain('Changed lines were read through the API because the base commit');
    expect(result.summary).toContain('fetch-depth: 0');
    expect(sim.requests.some((entry) => entry.path === '/repos/acme/app/pulls/22/files')).toBe(true);
  });

  it('runs the test command first, streams it, and fails after the report is made when it fails', async () => {
    git(dir, 'checkout', '-q', main);
    writeLcov(dir, { 'src/a.ts': lines(10, 10) });
    const result = await runPush(sim, dir, main, { 'test-command': 'echo "running the suite"; exit 3', comment: 'false' });
    expect(result.stdout).toContain('running the suite');
    expect(result.exitCode).toBe(1);
    expect(errorsOf(result)[0]).toBe('The test command failed with exit code 3.');
    expect(result.outputs).toMatchObject({ coverage: '100.00', passed: 'false' });
    expect(result.summary).toContain('❌ The test command failed with exit code 3');
  });

  it('refuses a malformed report in one sentence', async () => {
    mkdirSync(path.join(dir, 'coverage'), { recursive: true });
    writeFileSync(path.join(dir, 'coverage/lcov.info'), 'this is not lcov\n');
    const result = await runPush(sim, dir, main, { reports: 'coverage/lcov.info', format: 'lcov' });
    expect(result.exitCode).toBe(1);
    const errors = errorsOf(result);
    expect(errors).toHaveLength(1);
    expect(errors[0]).not.toMatch(/\n/);
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
  });
});
