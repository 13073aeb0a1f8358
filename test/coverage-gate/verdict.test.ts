import { describe, expect, it } from '@jest/globals';
import type { PatchCoverage } from '../../src/coverage/gate/patch.js';
import type { Snapshot } from '../../src/coverage/gate/snapshot.js';
import { decideVerdict, deltaSentence, type GateFigures, type Thresholds } from '../../src/coverage/gate/verdict.js';
import { ratio, totalsOf } from './helpers.js';

const figures = (overrides: Partial<GateFigures> = {}): GateFigures => ({
  lines: ratio(1300, 1900),
  branches: ratio(0, 0),
  files: [totalsOf('src/a.ts', 1300, 1900)],
  ...overrides,
});

const message = (figuresIn: GateFigures, thresholds: Thresholds, id: string) => {
  const check = decideVerdict(figuresIn, thresholds).checks.find((entry) => entry.id === id);
  return check && `${check.status}: ${check.message}`;
};

describe('line coverage', () => {
  it.each([
    [ratio(1300, 1900), 70, 'fail: Line coverage 68.42 % (1,300 of 1,900 lines) is below the minimum of 70 %: 30 more covered lines are needed.'],
    [ratio(1330, 1900), 70, 'pass: Line coverage 70.00 % (1,330 of 1,900 lines) meets the minimum of 70 %.'],
    [ratio(1329, 1900), 69.95, 'fail: Line coverage 69.94 % (1,329 of 1,900 lines) is below the minimum of 69.95 %: 1 more covered line is needed.'],
    [ratio(69999, 100000), 70, 'fail: Line coverage 69.99 % (69,999 of 100,000 lines) is below the minimum of 70 %: 1 more covered line is needed.'],
    [ratio(0, 0), 70, 'fail: The reports record no executable lines (after exclude), so line coverage cannot meet the minimum of 70 %.'],
    [ratio(0, 0), 0, 'pass: The reports record no executable lines (after exclude), so line coverage cannot meet the minimum of 0 %.'],
  ])('%j against %p %%', (lines, minimum, expected) => {
    expect(message(figures({ lines }), { minCoverage: minimum }, 'lines')).toBe(expected);
  });
});

describe('branch coverage', () => {
  it.each([
    [ratio(110, 200), 60, 'fail: Branch coverage 55.00 % (110 of 200 branches) is below the minimum of 60 %: 10 more covered branches are needed.'],
    [ratio(120, 200), 60, 'pass: Branch coverage 60.00 % (120 of 200 branches) meets the minimum of 60 %.'],
    [ratio(0, 0), 60, expect.stringMatching(/^fail: Branch coverage cannot be checked against the minimum of 60 %: the reports record no branches/)],
  ])('%j against %p %%', (branches, minimum, expected) => {
    expect(message(figures({ branches }), { minCoverage: 0, minBranchCoverage: minimum }, 'branches')).toEqual(expected);
  });

  it('is not a check when no minimum is set', () => {
    expect(message(figures(), { minCoverage: 0 }, 'branches')).toBeUndefined();
  });
});

describe('file coverage', () => {
  const files = [totalsOf('src/a.ts', 1, 8), totalsOf('src/b.ts', 13, 25), totalsOf('src/c.ts', 9, 10), totalsOf('src/types.ts', 0, 0)];
  it.each([
    [50, 'fail: 1 of 3 files are below the minimum file coverage of 50 %: `src/a.ts` 12.50 % (1 of 8 lines).'],
    [60, 'fail: 2 of 3 files are below the minimum file coverage of 60 %: `src/a.ts` 12.50 % (1 of 8 lines) and `src/b.ts` 52.00 % (13 of 25 lines).'],
    [10, 'pass: All 3 files meet the minimum file coverage of 10 % (lowest: `src/a.ts` 12.50 % (1 of 8 lines)).'],
  ])('against %p %%', (minimum, expected) => {
    expect(message(figures({ files }), { minCoverage: 0, minFileCoverage: minimum }, 'files')).toBe(expected);
  });

  it('lists at most ten failing files, worst first', () => {
    const many = Array.from({ length: 15 }, (_, index) => totalsOf(`src/f${String(index).padStart(2, '0')}.ts`, index, 100));
    const text = message(figures({ files: many }), { minCoverage: 0, minFileCoverage: 50 }, 'files')!;
    expect(text).toMatch(/^fail: 15 of 15 files are below/);
    expect(text).toMatch(/^fail: [^`]*`src\/f00\.ts` 0\.00 %/);
    expect(text).toMatch(/and 5 more\.$/);
  });
});

const patch = (covered: number, total: number, missing: Array<[string, number]> = [], ignored = 0): PatchCoverage => ({
  lines: ratio(covered, total),
  files: [
    { path: 'src/a.ts', status: 'modified', inReport: true, lines: ratio(covered, total - missing.reduce((sum, [, n]) => sum + n, 0)), uncovered: [], ranges: [] },
    ...missing.map(([path, lines]) => ({ path, status: 'added' as const, inReport: false, lines: ratio(0, lines), uncovered: [], ranges: [] })),
  ],
  ignored: Array.from({ length: ignored }, (_, index) => ({ path: `doc${index}.md`, reason: 'not source' })),
});

describe('patch coverage', () => {
  it.each([
    [patch(9, 20, [['src/new.ts', 11]]), 80, 'fail: Patch coverage 45.00 % (9 of 20 changed lines) is below the minimum of 80 %: 7 more changed lines need tests. `src/new.ts` (11 lines) is a changed source file missing from the report; it counts as uncovered.'],
    [patch(17, 20), 80, 'pass: Patch coverage 85.00 % (17 of 20 changed lines) meets the minimum of 80 %.'],
    [patch(0, 0, [], 2), 80, 'pass: No executable lines were added or changed (2 changed files are not source code and not counted), so there is no patch coverage to check.'],
    [patch(3, 4), undefined, 'info: Patch coverage 75.00 % (3 of 4 changed lines).'],
  ])('%#', (patchIn, minimum, expected) => {
    expect(message(figures({ patch: patchIn }), { minCoverage: 0, minPatchCoverage: minimum }, 'patch')).toBe(expected);
  });

  it('is skipped outside pull requests, saying why', () => {
    expect(message(figures({ patchMissingReason: 'this run is for a push, not a pull request' }), { minCoverage: 0, minPatchCoverage: 80 }, 'patch')).toBe(
      'skip: Patch coverage was not checked: this run is for a push, not a pull request.',
    );
  });
});

const snapshot = (lines: [number, number], files: Record<string, [number, number]>): Snapshot => ({
  sha: 'abc1234'.padEnd(40, '0'),
  recordedAt: '2024-01-01T00:00:00Z',
  lines: ratio(...lines),
  branches: ratio(0, 0),
  files: new Map(Object.entries(files).map(([path, [covered, total]]) => [path, { lines: ratio(covered, total), branches: ratio(0, 0) }])),
});

describe('drop against the base', () => {
  const base = { snapshot: snapshot([1600, 2000], { 'src/a.ts': [52, 60], 'src/b.ts': [1508, 1900], 'src/gone.ts': [40, 40] }), label: 'main (abc1234)' };
  // now: a lost 12 covered lines, gone.ts removed, new.ts added with none of its 50 lines covered
  const now = figures({
    lines: ratio(1548, 2010),
    files: [totalsOf('src/a.ts', 40, 60), totalsOf('src/b.ts', 1508, 1900), totalsOf('src/new.ts', 0, 50)],
    base,
  });

  it('fails with the arithmetic and the files behind the drop, largest share first', () => {
    const text = message(now, { minCoverage: 0, maxCoverageDrop: 1 }, 'drop')!;
    expect(text).toBe(
      'fail: Line coverage fell 2.99 points from 80.00 % on main (abc1234) to 77.01 %, more than the allowed drop of 1 point; lines behind the drop: ' +
        '`src/new.ts` is new with 0 of 50 lines covered (-1.99 points); ' +
        '`src/a.ts` lost 12 covered lines (52 → 40 of 60 lines; -0.60 points) and ' +
        '`src/gone.ts` was removed (it had 40 of 40 lines covered; -0.40 points).',
    );
  });

  it('the shares of the files add up to the change of the total', () => {
    const verdict = decideVerdict(now, { minCoverage: 0 });
    const sum = verdict.deltas.reduce((total, delta) => total + delta.points, 0);
    expect(sum).toBeCloseTo((1548 / 2010 - 1600 / 2000) * 100, 10);
  });

  it.each([
    [ratio(1590, 2000), 1, 'pass: Line coverage fell 0.50 points from 80.00 % on main (abc1234) to 79.50 %, within the allowed drop of 1 point.'],
    [ratio(1580, 2000), 1, 'pass: Line coverage fell 1.00 points from 80.00 % on main (abc1234) to 79.00 %, within the allowed drop of 1 point.'],
    [ratio(1620, 2000), 0, 'pass: Line coverage rose 1.00 points from 80.00 % on main (abc1234) to 81.00 %, within the allowed drop of 0 points.'],
    [ratio(1600, 2000), 0, 'pass: Line coverage held at 80.00 % (main (abc1234): 80.00 %), within the allowed drop of 0 points.'],
    [ratio(1599, 2000), 0, expect.stringMatching(/^fail: Line coverage fell 0\.05 points from 80\.00 % on main \(abc1234\) to 79\.95 %, more than the allowed drop of 0 points/)],
    [ratio(1590, 2000), undefined, 'info: Line coverage fell 0.50 points from 80.00 % on main (abc1234) to 79.50 %.'],
  ])('%j with max drop %p', (lines, max, expected) => {
    expect(message(figures({ lines, base }), { minCoverage: 0, maxCoverageDrop: max }, 'drop')).toEqual(expected);
  });

  it('is skipped without a baseline, saying why', () => {
    expect(message(figures({ baseMissingReason: 'no snapshot has been recorded yet' }), { minCoverage: 0, maxCoverageDrop: 1 }, 'drop')).toBe(
      'skip: The drop against the base was not checked: no snapshot has been recorded yet.',
    );
  });

  it.each([
    [{ path: 'x', base: undefined, current: { lines: ratio(1, 2), branches: ratio(0, 0) }, points: -0.5 }, '`x` is new with 1 of 2 lines covered (-0.50 points)'],
    [{ path: 'x', base: { lines: ratio(10, 20), branches: ratio(0, 0) }, current: { lines: ratio(15, 50), branches: ratio(0, 0) }, points: -1 }, '`x` gained 25 uncovered lines (10 of 20 → 15 of 50 lines; -1.00 points)'],
    [{ path: 'x', base: { lines: ratio(10, 20), branches: ratio(0, 0) }, current: { lines: ratio(9, 25), branches: ratio(0, 0) }, points: -1 }, '`x` lost 1 covered line (10 of 20 → 9 of 25 lines; -1.00 points)'],
  ])('explains a file: %#', (delta, expected) => {
    expect(deltaSentence(delta)).toBe(expected);
  });
});

describe('the whole verdict', () => {
  it('passes only when no check fails (skips and infos do not fail it)', () => {
    const verdict = decideVerdict(figures({ lines: ratio(80, 100), patchMissingReason: 'push' }), { minCoverage: 70, minPatchCoverage: 90, maxCoverageDrop: 1 });
    expect(verdict.checks.map((check) => check.status)).toEqual(['pass', 'skip', 'skip']);
    expect(verdict.passed).toBe(true);
    expect(decideVerdict(figures(), { minCoverage: 70 }).passed).toBe(false);
  });
});
