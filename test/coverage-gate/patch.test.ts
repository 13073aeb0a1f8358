import { describe, expect, it } from '@jest/globals';
import { parseUnifiedDiff } from '../../src/coverage/gate/diff.js';
import { computePatchCoverage, isTestPath, SourcePolicy } from '../../src/coverage/gate/patch.js';
import type { FileCoverage } from '../../src/coverage/model.js';
import { fileCoverage } from './helpers.js';

const coverage = (...files: FileCoverage[]) => ({ files: new Map(files.map((file) => [file.path, file])) });

describe('computePatchCoverage', () => {
  // src/a.ts: lines 1–6 are code (2, 3 and 6 uncovered), 4 is a blank line with no record.
  const a = fileCoverage('src/a.ts', [[1, 1], [2, 0], [3, 0], [5, 1], [6, 0]]);
  const diff = parseUnifiedDiff(
    [
      'diff --git a/src/a.ts b/src/a.ts',
      '--- a/src/a.ts',
      '+++ b/src/a.ts',
      '@@ -1,0 +1,7 @@',
      '+a', '+b', '+c', '+', '+e', '+f', '+g (no record: not code)',
      'diff --git a/src/new.ts b/src/new.ts',
      'new file mode 100644',
      '--- /dev/null',
      '+++ b/src/new.ts',
      '@@ -0,0 +1,4 @@',
      '+export const x = 1;', '+', '+export const y = 2;', '+export const z = 3;',
      'diff --git a/README.md b/README.md',
      '--- a/README.md',
      '+++ b/README.md',
      '@@ -1 +1 @@',
      '-old', '+new',
      'diff --git a/src/a.test.ts b/src/a.test.ts',
      '--- a/src/a.test.ts',
      '+++ b/src/a.test.ts',
      '@@ -1 +1 @@',
      '-old', '+new',
      '',
    ].join('\n'),
  );
  const result = computePatchCoverage(diff, coverage(a), new SourcePolicy(['src/a.ts']));

  it('counts only executable changed lines of reported files', () => {
    const file = result.files.find((entry) => entry.path === 'src/a.ts')!;
    expect(file.lines).toEqual({ covered: 2, total: 5 });
    expect(file.uncovered).toEqual([2, 3, 6]);
    expect(file.ranges).toEqual([{ start: 2, end: 3 }, { start: 6, end: 6 }]);
  });

  it('counts a changed source file missing from the report as uncovered, never as 100 %', () => {
    const file = result.files.find((entry) => entry.path === 'src/new.ts')!;
    expect(file).toMatchObject({ inReport: false, lines: { covered: 0, total: 3 }, uncovered: [1, 3, 4] });
    // the blank line 2 bridges the range
    expect(file.ranges).toEqual([{ start: 1, end: 4 }]);
  });

  it('sums the patch and lists what is not counted', () => {
    expect(result.lines).toEqual({ covered: 2, total: 8 });
    expect(result.ignored).toEqual([
      { path: 'README.md', reason: 'not a source file type the reports cover' },
      { path: 'src/a.test.ts', reason: 'test' },
    ]);
    expect(result.files.map((file) => file.path)).toEqual(['src/a.ts', 'src/new.ts']);
  });

  it('leaves out files whose changed lines are not code, and deleted files', () => {
    const only = parseUnifiedDiff('diff --git a/src/a.ts b/src/a.ts\n--- a/src/a.ts\n+++ b/src/a.ts\n@@ -4 +4 @@\n-x\n+\n');
    expect(computePatchCoverage(only, coverage(a), new SourcePolicy(['src/a.ts'])).files).toEqual([]);
  });
});

describe('SourcePolicy: which missing files count as source', () => {
  const policy = new SourcePolicy(['src/a.ts', 'src/lib/b.ts', 'packages/x/src/c.js'], (path) => path.startsWith('src/generated-by-hand/'));
  it.each([
    ['src/new.ts', undefined],
    ['src/deep/new/dir/x.ts', undefined],
    ['packages/y/src/d.js', undefined],
    ['eslint.config.js', 'outside the folders the reports cover'],
    ['docs/guide.md', 'not a source file type the reports cover'],
    ['src/styles.css', 'not a source file type the reports cover'],
    ['src/a.spec.ts', 'test'],
    ['src/__tests__/x.ts', 'test'],
    ['test/x.ts', 'test'],
    ['src/types.d.ts', 'generated or vendored'],
    ['packages/x/dist/index.js', 'generated or vendored'],
    ['packages/x/node_modules/y/index.js', 'generated or vendored'],
    ['src/generated-by-hand/x.ts', 'excluded'],
    ['Makefile', 'not a source file type the reports cover'],
  ])('%s → %p', (path, reason) => {
    expect(policy.whyNotSource(path)).toBe(reason);
  });

  describe('with a working directory below the root (monorepo packages)', () => {
    const web = new SourcePolicy(['packages/web/src/a.ts', 'packages/web/lib/b.ts'], () => false, 'packages/web');
    it.each([
      ['packages/web/src/new.ts', undefined],
      ['packages/web/lib/deep/x.ts', undefined],
      ['packages/web/eslint.config.ts', 'outside the folders the reports cover'],
      ['packages/web/scripts/x.ts', 'outside the folders the reports cover'],
      ['packages/api/src/b.ts', 'outside the working directory (packages/web/)'],
      ['packages/webby/src/b.ts', 'outside the working directory (packages/web/)'],
      ['src/root.ts', 'outside the working directory (packages/web/)'],
    ])('%s → %p', (path, reason) => {
      expect(web.whyNotSource(path)).toBe(reason);
      expect(web.scope).toBe('packages/web');
    });

    it('accepts ./packages/web/ and packages\\web as the same folder, and . as the root', () => {
      expect(new SourcePolicy(['packages/web/src/a.ts'], undefined, './packages/web/').scope).toBe('packages/web');
      expect(new SourcePolicy(['packages/web/src/a.ts'], undefined, 'packages\\web').scope).toBe('packages/web');
      const root = new SourcePolicy(['packages/web/src/a.ts'], undefined, '.');
      expect(root.scope).toBe('');
      expect(root.whyNotSource('packages/api/src/b.ts')).toBeUndefined();
    });

    it('uses the deepest folder of the reported files when none lies under the working directory', () => {
      const policy = new SourcePolicy(['packages/web/src/a.ts', 'packages/web/src/ui/b.ts'], undefined, 'packages/web/e2e');
      expect(policy.scope).toBe('packages/web/src');
      expect(policy.whyNotSource('packages/web/src/other/new.ts')).toBeUndefined();
      expect(policy.whyNotSource('packages/api/src/x.ts')).toBe('outside the folder the reports cover (packages/web/src/)');
      // No common folder: the root behaviour (top-level folders that hold reported files).
      const spread = new SourcePolicy(['web/a.ts', 'api/b.ts'], undefined, 'tools');
      expect(spread.scope).toBe('');
      expect(spread.whyNotSource('web/new.ts')).toBeUndefined();
      expect(spread.whyNotSource('docs/x.ts')).toBe('outside the folders the reports cover');
    });
  });

  it.each([
    ['pkg/x_test.go', true],
    ['tests/test_api.py', true],
    ['app/test_models.py', true],
    ['src/main/java/com/x/FooTest.java', true],
    ['src/test/java/com/x/Foo.java', true],
    ['src/latest.ts', false],
    ['src/contest/x.py', false],
  ])('isTestPath(%s) = %p', (path, expected) => {
    expect(isTestPath(path)).toBe(expected);
  });
});
