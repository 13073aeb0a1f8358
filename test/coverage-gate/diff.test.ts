import { describe, expect, it } from '@jest/globals';
import { mapLine, parseFilePatch, parseUnifiedDiff, unquoteGitPath } from '../../src/coverage/gate/diff.js';

const gitDiff = [
  'diff --git a/src/a.ts b/src/a.ts',
  'index 1111111..2222222 100644',
  '--- a/src/a.ts',
  '+++ b/src/a.ts',
  '@@ -3,0 +4,2 @@ export function a() {',
  '+  const x = 1;',
  '+',
  '@@ -10 +12 @@ function b() {',
  '-  return 1;',
  '+  return 2;',
  '@@ -20,2 +21,0 @@',
  '-  gone();',
  '-  gone();',
  'diff --git a/src/new.ts b/src/new.ts',
  'new file mode 100644',
  'index 0000000..3333333',
  '--- /dev/null',
  '+++ b/src/new.ts',
  '@@ -0,0 +1,3 @@',
  '+export const one = 1;',
  '+++ b/looks-like-a-header.ts',
  '+@@ -1 +1 @@ not a hunk either',
  'diff --git a/src/old name.ts b/src/moved name.ts',
  'similarity index 90%',
  'rename from src/old name.ts',
  'rename to src/moved name.ts',
  'index 4444444..5555555 100644',
  '--- a/src/old name.ts',
  '+++ b/src/moved name.ts',
  '@@ -5 +5 @@',
  '-old',
  '+new',
  '\\ No newline at end of file',
  'diff --git a/docs/same.md b/docs/renamed.md',
  'similarity index 100%',
  'rename from docs/same.md',
  'rename to docs/renamed.md',
  'diff --git a/src/deleted.ts b/src/deleted.ts',
  'deleted file mode 100644',
  'index 6666666..0000000',
  '--- a/src/deleted.ts',
  '+++ /dev/null',
  '@@ -1,2 +0,0 @@',
  '-a',
  '-b',
  'diff --git a/img.png b/img.png',
  'new file mode 100644',
  'index 0000000..7777777',
  'Binary files /dev/null and b/img.png differ',
  'diff --git "a/src/sp\\303\\251cial \\"q\\".ts" "b/src/sp\\303\\251cial \\"q\\".ts"',
  'index 8888888..9999999 100644',
  '--- "a/src/sp\\303\\251cial \\"q\\".ts"',
  '+++ "b/src/sp\\303\\251cial \\"q\\".ts"',
  '@@ -1 +1,2 @@',
  '-x',
  '+y',
  '+z',
  '',
].join('\n');

describe('parseUnifiedDiff', () => {
  const files = parseUnifiedDiff(gitDiff);
  const byPath = new Map(files.map((file) => [file.path || `deleted:${file.previousPath}`, file]));

  it.each([
    // path, status, added lines, blank lines, previous path
    ['src/a.ts', 'modified', [4, 5, 12], [5], undefined],
    ['src/new.ts', 'added', [1, 2, 3], [], undefined],
    ['src/moved name.ts', 'renamed', [5], [], 'src/old name.ts'],
    ['docs/renamed.md', 'renamed', [], [], 'docs/same.md'],
    ['img.png', 'added', [], [], undefined],
    ['src/spécial "q".ts', 'modified', [1, 2], [], undefined],
  ])('%s is %s with added lines %j', (path, status, added, blank, previous) => {
    const file = byPath.get(path);
    expect(file).toBeDefined();
    expect(file!.status).toBe(status);
    expect(file!.added).toEqual(added);
    expect(file!.blank).toEqual(blank);
    expect(file!.previousPath).toBe(previous);
  });

  it('keeps deleted files without a path and counts lines by the hunk header, not by what they look like', () => {
    const deleted = byPath.get('deleted:src/deleted.ts');
    expect(deleted).toMatchObject({ status: 'deleted', added: [] });
    expect(files.map((file) => file.path)).not.toContain('looks-like-a-header.ts');
    expect(files).toHaveLength(7);
  });

  it('marks binary files', () => {
    expect(byPath.get('img.png')!.binary).toBe(true);
  });

  it('records hunks for line mapping', () => {
    expect(byPath.get('src/a.ts')!.hunks).toEqual([
      [3, 0, 4, 2],
      [10, 1, 12, 1],
      [20, 2, 21, 0],
    ]);
  });

  it('reads CRLF output', () => {
    const crlf = parseUnifiedDiff('diff --git a/x.ts b/x.ts\r\n--- a/x.ts\r\n+++ b/x.ts\r\n@@ -1 +1 @@\r\n-a\r\n+b\r\n');
    expect(crlf[0]).toMatchObject({ path: 'x.ts', added: [1] });
  });
});

describe('parseFilePatch (the pull-request files API, with context lines)', () => {
  it.each([
    ['context and changes', '@@ -1,4 +1,5 @@\n line1\n-line2\n+line2b\n+line2c\n line3\n line4', [2, 3]],
    ['two hunks', '@@ -1,2 +1,2 @@\n a\n-b\n+B\n@@ -10,3 +10,4 @@ fn\n x\n+new\n y\n z', [2, 11]],
    ['a new file', '@@ -0,0 +1,3 @@\n+a\n+b\n+c', [1, 2, 3]],
    ['a trimmed empty context line', '@@ -1,3 +1,4 @@\n a\n\n+b\n c', [3]],
    ['only deletions', '@@ -1,2 +1 @@\n a\n-b', []],
  ])('%s', (_name, patch, added) => {
    expect(parseFilePatch('f.ts', patch).added).toEqual(added);
  });
});

describe('unquoteGitPath', () => {
  it.each([
    ['plain', 'plain'],
    ['"a\\tb"', 'a\tb'],
    ['"\\344\\275\\240.ts"', '你.ts'],
    ['"back\\\\slash"', 'back\\slash'],
  ])('%s → %s', (quoted, path) => {
    expect(unquoteGitPath(quoted)).toBe(path);
  });
});

describe('mapLine (tested commit → head commit)', () => {
  // Old file lines 1..20. Hunks: insert 2 lines after line 3; replace line 10 by 3 lines; delete 15–16.
  const hunks: Array<[number, number, number, number]> = [
    [3, 0, 4, 2],
    [10, 1, 12, 3],
    [15, 2, 18, 0],
  ];
  it.each([
    [1, 1],
    [3, 3],
    [4, 6],
    [9, 11],
    [10, null],
    [11, 15],
    [14, 18],
    [15, null],
    [16, null],
    [17, 19],
  ])('line %i → %p', (line, mapped) => {
    expect(mapLine(hunks, line)).toBe(mapped);
  });
});
