import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readGateEvent, type GateEvent } from '../../src/coverage/gate/event.js';
import { runGate, type GateOutcome, type GateSettings } from '../../src/coverage/gate/run.js';
import { createGitHub } from '../../src/github/client.js';
import { startSimulator } from '../../simulator/index.mjs';
import { commit, git, lines, newRepo, pullEvent, pushEvent, source, writeLcov, type Sim } from './repo.js';

/**
 * A monorepo with two packages, each gated in its own working directory with its own check name:
 * patch coverage counts only the package's own changes, and each check keeps its own baseline.
 */
const repo = { owner: 'acme', repo: 'app' };
const pullOf = (number: number, head: string, base: string): GateEvent =>
  readGateEvent('pull_request', pullEvent(number, head, 'feature', base), 'f'.repeat(40), `refs/pull/${number}/merge`, 'acme/app');
const pushOf = (sha: string): GateEvent => readGateEvent('push', pushEvent(sha), sha, 'refs/heads/main', 'acme/app');

describe('coverage gate in a monorepo (packages/web, packages/api)', () => {
  let dir: string;
  let out: string;
  let sim: Sim;
  let main: string;

  const gate = async (event: GateEvent, pkg: 'web' | 'api', settings: Partial<GateSettings> = {}, thresholds: Partial<GateSettings['thresholds']> = {}) => {
    const logged: string[] = [];
    const outcome = (await runGate(
      {
        reports: [],
        format: 'auto',
        workingDirectory: path.join(dir, 'packages', pkg),
        exclude: [],
        thresholds: { minCoverage: 0, ...thresholds },
        comment: false,
        annotations: false,
        checkName: `coverage-${pkg}`,
        ...settings,
      },
      { repo, event, github: createGitHub({ token: 'ghs_write', baseUrl: sim.url, retries: 0 }), outputDirectory: out, runUrl: 'https://github.com/acme/app/actions/runs/1' },
      {
        info: (message: string) => void logged.push(message),
        warning: (message: string) => void logged.push(`warning: ${message}`),
        group: <T>(_title: string, fn: () => Promise<T>) => fn(),
      },
    )) as GateOutcome;
    return { outcome, logged };
  };

  beforeAll(async () => {
    dir = newRepo();
    out = mkdtempSync(path.join(tmpdir(), 'shipgate-monorepo-out-'));
    main = commit(dir, { 'packages/web/src/a.ts': source(10), 'packages/api/src/b.ts': source(10, 'w') }, 'base');
    sim = await startSimulator({ repoDir: dir });
  });
  afterAll(async () => {
    await sim.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  });

  it('records one snapshot per check name on the same push; a pull request gated as coverage-web compares with web’s', async () => {
    writeLcov(path.join(dir, 'packages/web'), { 'src/a.ts': lines(10, 10) });
    writeLcov(path.join(dir, 'packages/api'), { 'src/b.ts': lines(10, 2) });
    const web = await gate(pushOf(main), 'web');
    const api = await gate(pushOf(main), 'api');
    expect(web.logged.join('\n')).toMatch(/Recorded the coverage snapshot of [0-9a-f]{7} in refs\/shipgate\/coverage under coverage-web\//);
    expect(api.logged.join('\n')).toMatch(/under coverage-api\//);
    expect(git(dir, 'ls-tree', '-r', '--name-only', 'refs/shipgate/coverage').split('\n').sort()).toEqual([
      `coverage-api/${main}.json`,
      'coverage-api/index.json',
      `coverage-web/${main}.json`,
      'coverage-web/index.json',
    ]);

    git(dir, 'checkout', '-q', '-b', 'docs', main);
    const head = commit(dir, { 'README.md': 'docs\n' }, 'docs only');
    sim.addPull({ number: 1, head, base: 'main', headRef: 'docs' });
    const pullWeb = await gate(pullOf(1, head, main), 'web', {}, { maxCoverageDrop: 1 });
    expect(pullWeb.outcome.outputs).toMatchObject({ coverage: '100.00', 'base-coverage': '100.00', delta: '0.00', passed: 'true' });
    const pullApi = await gate(pullOf(1, head, main), 'api', {}, { maxCoverageDrop: 1 });
    expect(pullApi.outcome.outputs).toMatchObject({ coverage: '20.00', 'base-coverage': '20.00', passed: 'true' });
    // The default check name has recorded nothing, and says where it looked.
    const other = await gate(pullOf(1, head, main), 'web', { checkName: 'coverage' });
    expect(other.outcome.outputs['base-coverage']).toBe('');
    expect(other.logged.join('\n')).toMatch(/No baseline: no snapshot has been recorded yet for the check "coverage" \(refs\/shipgate\/coverage has none under coverage\//);
  });

  it('counts only the working directory’s own changes as source missing from the report', async () => {
    git(dir, 'checkout', '-q', '-B', 'both', main);
    const head = commit(
      dir,
      { 'packages/web/src/a.ts': source(12), 'packages/web/src/untested.ts': source(4, 'u'), 'packages/api/src/b.ts': source(40, 'w'), 'packages/api/src/new.ts': source(5, 'n') },
      'change both packages',
    );
    writeLcov(path.join(dir, 'packages/web'), { 'src/a.ts': lines(12, 12) });
    sim.addPull({ number: 2, head, base: 'main', headRef: 'both' });
    const { outcome, logged } = await gate(pullOf(2, head, main), 'web', {}, { minPatchCoverage: 80 });
    const patch = outcome.report.figures.patch!;
    // web: 2 covered changed lines of a.ts, and the 4 lines of the untested new file.
    expect(patch.files.map((file) => [file.path, file.inReport, file.lines.covered, file.lines.total])).toEqual([
      ['packages/web/src/untested.ts', false, 0, 4],
      ['packages/web/src/a.ts', true, 2, 2],
    ]);
    expect(patch.ignored).toEqual([
      { path: 'packages/api/src/b.ts', reason: 'outside the working directory (packages/web/)' },
      { path: 'packages/api/src/new.ts', reason: 'outside the working directory (packages/web/)' },
    ]);
    expect(outcome.outputs['patch-coverage']).toBe('33.33');
    expect(outcome.passed).toBe(false);
    expect(logged.join('\n')).toContain('Changed source files missing from the report (counted as uncovered): packages/web/src/untested.ts.');
  });
});
