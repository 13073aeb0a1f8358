import { describe, expect, it } from '@jest/globals';
import { parseResultFile, patchFromResult, RESULT_SCHEMA } from '../../src/coverage/gate/result.js';

const HEAD = 'c'.repeat(40);
const valid = {
  schema: RESULT_SCHEMA,
  version: 1,
  repository: 'acme/app',
  checkName: 'coverage',
  pullNumber: 7,
  headSha: HEAD,
  baseSha: 'd'.repeat(40),
  passed: false,
  testExitCode: 0,
  lines: [3, 10],
  branches: [0, 0],
  files: [
    ['src/a.ts', 3, 6, 0, 0],
    ['src/b.ts', 0, 4, 0, 0],
  ],
  patch: { lines: [1, 5], ignored: 2, files: [{ path: 'src/a.ts', inReport: true, lines: [1, 5], uncovered: [[3, 4], [9, 10]] }] },
};

const withChange = (change: (copy: Record<string, unknown>) => void) => {
  const copy = structuredClone(valid) as unknown as Record<string, unknown>;
  change(copy);
  return JSON.stringify(copy);
};

describe('parseResultFile (a result that came from untrusted code)', () => {
  it('accepts a valid result and gives back its patch', () => {
    const result = parseResultFile(JSON.stringify(valid), { headSha: HEAD, repository: 'acme/app' });
    expect(result.files).toHaveLength(2);
    expect(patchFromResult(result)?.files[0].ranges).toEqual([{ start: 3, end: 4 }, { start: 9, end: 10 }]);
  });

  it.each([
    ['not JSON', '{', /not JSON/],
    ['another head', withChange((copy) => (copy.headSha = 'e'.repeat(40))), /is not the commit of the run/],
    ['another repository', withChange((copy) => (copy.repository = 'evil/app')), /repository must be acme\/app/],
    ['an unknown field', withChange((copy) => (copy.body = '<script>')), /unknown fields: body/],
    ['a string figure', withChange((copy) => (copy.lines = ['3', 10])), /lines\[0\] must be a whole number/],
    ['a negative figure', withChange((copy) => ((copy.files as unknown[][])[0][1] = -1)), /must be a whole number of at least 0/],
    ['covered above total', withChange((copy) => (copy.branches = [2, 1])), /branches covers more than its total/],
    ['totals that are not the sum', withChange((copy) => (copy.lines = [4, 10])), /lines must be the sum of the files/],
    ['a path going up', withChange((copy) => ((copy.files as unknown[][])[0][0] = '../etc/passwd')), /repository path/],
    ['an absolute path', withChange((copy) => ((copy.files as unknown[][])[0][0] = '/etc/passwd')), /repository path/],
    ['a control character', withChange((copy) => ((copy.files as unknown[][])[0][0] = 'a\u001b[31m.ts')), /repository path/],
    ['a markdown check name', withChange((copy) => (copy.checkName = '[x](http://evil)')), /checkName must be a short plain name/],
    ['a line 0 range', withChange((copy) => ((copy.patch as { files: Array<{ uncovered: unknown }> }).files[0].uncovered = [[0, 1]])), /must be \[start, end\] lines/],
    ['a reversed range', withChange((copy) => ((copy.patch as { files: Array<{ uncovered: unknown }> }).files[0].uncovered = [[5, 1]])), /1 <= start <= end/],
    ['another schema', withChange((copy) => (copy.version = 2)), /schema must be/],
  ])('refuses %s', (_name, text, error) => {
    expect(() => parseResultFile(text, { headSha: HEAD, repository: 'acme/app' })).toThrow(error);
  });
});
