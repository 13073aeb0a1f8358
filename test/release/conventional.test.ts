import { describe, expect, it } from '@jest/globals';
import { bumpOf, decideBump, parseConventionalCommit } from '../../src/release/conventional.js';

describe('parseConventionalCommit', () => {
  it.each([
    ['feat: add login', { type: 'feat', scope: undefined, breaking: false, subject: 'add login' }],
    ['fix(api): handle 404', { type: 'fix', scope: 'api', breaking: false, subject: 'handle 404' }],
    ['feat(api)!: drop v1 routes', { type: 'feat', scope: 'api', breaking: true, subject: 'drop v1 routes' }],
    ['refactor!: rename config', { type: 'refactor', scope: undefined, breaking: true, subject: 'rename config' }],
    ['Feat: capitalised type', { type: 'feat', scope: undefined, breaking: false, subject: 'capitalised type' }],
    ['feat: new flag\n\nBREAKING CHANGE: the old flag is gone', { type: 'feat', breaking: true }],
    ['fix: x\n\nsome body\n\nBREAKING-CHANGE: synonym', { type: 'fix', breaking: true }],
    ['perf: faster\r\n\r\nBREAKING CHANGE: windows line ends', { type: 'perf', breaking: true }],
    // GitHub merge commits carry the pull request title on the first body line.
    ['Merge pull request #12 from acme/login\n\nfeat: add login', { type: 'feat', subject: 'add login' }],
  ])('%j', (message, expected) => {
    expect(parseConventionalCommit(message)).toMatchObject(expected);
  });

  it.each([
    'Add login',
    'feat add login',
    'feat:no space',
    'feat: ',
    'WIP',
    'Merge branch main',
    'Merge pull request #3 from acme/x',
    // A footer is only a footer in the body, not in the subject.
    'BREAKING CHANGE: in the header',
    // "BREAKING CHANGE" in running text of the body is not the footer token.
    'docs: explain\n\nThis is not a BREAKING CHANGE at all.',
  ])('%j is not a (breaking) conventional commit', (message) => {
    const parsed = parseConventionalCommit(message);
    expect(parsed === undefined || parsed.breaking === false).toBe(true);
  });
});

describe('bump of one commit', () => {
  it.each([
    ['feat: x', 'minor'],
    ['fix: x', 'patch'],
    ['perf: x', 'patch'],
    ['feat!: x', 'major'],
    ['chore!: x', 'major'],
    ['docs: x\n\nBREAKING CHANGE: y', 'major'],
    ['docs: x', undefined],
    ['chore(deps): bump', undefined],
    ['refactor: x', undefined],
    ['random text', undefined],
  ])('%j → %s', (message, bump) => {
    expect(bumpOf(parseConventionalCommit(message))).toBe(bump);
  });
});

describe('decideBump', () => {
  it.each([
    [['fix: a', 'feat: b', 'docs: c'], 1, 'minor', '1 feature'],
    [['fix: a', 'fix: b'], 1, 'patch', '2 fixes'],
    [['feat: a', 'feat!: b'], 1, 'major', '1 breaking change'],
    [['feat: a', 'fix: b\n\nBREAKING CHANGE: c', 'refactor!: d'], 2, 'major', '2 breaking changes'],
    // Pre-1.0: a breaking change bumps the minor version while the major version is 0.
    [['feat!: a'], 0, 'minor', '1 breaking change (minor while the major version is 0)'],
    [['feat: a'], 0, 'minor', '1 feature'],
    [['fix: a'], 0, 'patch', '1 fix'],
    // Nothing that asks for a bump still releases a patch: every deployed commit gets a release.
    [['docs: a', 'chore: b', 'Merge branch x'], 1, 'patch', 'no feat, fix or breaking change: patch'],
    [[], 1, 'patch', 'no new commits: patch'],
  ])('%j at major %d → %s', (messages, major, bump, reason) => {
    expect(decideBump(messages, major)).toEqual({ bump, reason });
  });
});
