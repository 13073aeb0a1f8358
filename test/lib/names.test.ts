import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { environmentNameProblem, refNameProblem, tagPrefixProblem } from '../../src/lib/names.js';

/** What git itself says about a full ref name. */
function gitAccepts(ref: string): boolean {
  try {
    execFileSync('git', ['check-ref-format', ref], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('git ref names', () => {
  const refs = [
    'refs/tags/v1.0.0', 'refs/tags/releases/v1.0.0', 'refs/tags/v/../1.0.0', 'refs/tags/x..y1.0.0', 'refs/tags/a b', 'refs/tags/a~1',
    'refs/tags/a^', 'refs/tags/a:b', 'refs/tags/a?', 'refs/tags/a*', 'refs/tags/a[', 'refs/tags/a\\b', 'refs/tags/a@{1', 'refs/tags/.a',
    'refs/tags/a/.b', 'refs/tags/a.lock', 'refs/tags/a.lock/b', 'refs/tags//a', 'refs/tags/a/', 'refs/tags/a.', 'refs/tags/a\u0001',
    'refs/tags/a\u007f', 'refs/tags/@', 'refs/tags/a@b', 'refs/tags/ünïcode', 'refs/tags/a-b_c.d', 'refs/tags/a#b', 'refs/tags/a{b}',
  ];
  it.each(refs)('agrees with git check-ref-format on %j', (ref) => {
    expect(refNameProblem(ref) === undefined).toBe(gitAccepts(ref));
  });

  it('says which rule a tag prefix breaks', () => {
    expect(tagPrefixProblem('v')).toBeUndefined();
    expect(tagPrefixProblem('')).toBeUndefined();
    expect(tagPrefixProblem('x..y')).toBe('the tag names it makes (like "x..y1.0.0") are not valid git refs: it contains ".." (two dots in a row)');
    expect(tagPrefixProblem('refs/heads/')).toMatch(/^it starts with "refs\/"/);
  });
});

describe('environment names', () => {
  it.each([
    ['production', undefined],
    ['e'.repeat(255), undefined],
    ['e'.repeat(256), 'it has 256 characters and GitHub allows at most 255'],
    ['a\nb', 'it contains a control character (such as a line break)'],
    ['a\u009bb', 'it contains a control character (such as a line break)'],
  ])('%j: %s', (name, problem) => {
    expect(environmentNameProblem(name)).toBe(problem);
  });
});
