import { describe, expect, it } from '@jest/globals';
import { UserError } from '../../src/lib/errors.js';
import { parseReleaseTag, type ReleaseTag } from '../../src/release/semver.js';
import { chooseExplicitTarget, inferPrefix, normalizeTo, rollbackCandidates, type LiveRelease } from '../../src/rollback/target.js';

const tags = (...names: string[]): ReleaseTag[] => names.map((name) => parseReleaseTag(name, 'v')!);
const ALL = tags('v1.0.0', 'v1.10.0', 'v1.2.0', 'v1.9.0', 'v1.9.1-rc.1', 'v2.0.0', 'v0.9.0');
const live = (tag?: string, below?: string): LiveRelease => ({
  tag: tag ? parseReleaseTag(tag, 'v') : undefined,
  below: below ? parseReleaseTag(below, 'v') : undefined,
  label: tag ?? 'main (abc1234)',
});

describe('rollbackCandidates: releases below the live one by version, newest first', () => {
  it.each([
    ['v2.0.0', undefined, ['v1.10.0', 'v1.9.0', 'v1.2.0', 'v1.0.0', 'v0.9.0']],
    // semver order, not string order: v1.10.0 is above v1.9.0.
    ['v1.10.0', undefined, ['v1.9.0', 'v1.2.0', 'v1.0.0', 'v0.9.0']],
    // A release candidate is never picked automatically.
    ['v1.9.1-rc.1', undefined, ['v1.9.0', 'v1.2.0', 'v1.0.0', 'v0.9.0']],
    ['v0.9.0', undefined, []],
    // An untagged commit is live: the nearest release before it is itself a candidate.
    [undefined, 'v1.2.0', ['v1.2.0', 'v1.0.0', 'v0.9.0']],
    [undefined, undefined, []],
  ])('live %s (below: %s) → %j', (tag, below, expected) => {
    expect(rollbackCandidates(ALL, live(tag, below)).map((each) => each.name)).toEqual(expected);
  });
});

describe('chooseExplicitTarget', () => {
  it.each([
    ['v1.2.0', 'v1.2.0'],
    ['1.2.0', 'v1.2.0'],
    ['refs/tags/v1.9.0', 'v1.9.0'],
    // Rolling "back" to a newer release is allowed (with a warning from the caller).
    ['v2.0.0', 'v2.0.0'],
    // So is a release candidate, when named explicitly.
    ['v1.9.1-rc.1', 'v1.9.1-rc.1'],
  ])('%s → %s', (to, expected) => {
    expect(chooseExplicitTarget(to, 'v', ALL, live('v1.10.0')).name).toBe(expected);
  });

  it.each([
    ['v9.9.9', 'Input "to" names the release tag v9.9.9, which does not exist; the newest release below what is live is v1.9.0.'],
    ['main', 'Input "to" must be a release tag like v1.4.0 (the prefix and a semantic version), but was "main".'],
    ['release-1.2.0', 'Input "to" must be a release tag like v1.4.0 (the prefix and a semantic version), but was "release-1.2.0".'],
    ['v1.10.0', 'Input "to" names v1.10.0, which is what is live already (v1.10.0); give an older release to roll back to.'],
  ])('refuses %s in one sentence', (to, message) => {
    expect(() => chooseExplicitTarget(to, 'v', ALL, live('v1.10.0'))).toThrow(UserError);
    expect(() => chooseExplicitTarget(to, 'v', ALL, live('v1.10.0'))).toThrow(message);
  });
});

describe('prefix and `to` normalisation', () => {
  it.each([
    [['v1.2.0'], 'v'],
    [[undefined, 'release-2.0.0-rc.1'], 'release-'],
    [['refs/tags/app@3.1.4'], 'app@'],
    [['2.0.0'], ''],
    [['main', 'abc'], 'v'],
    [[], 'v'],
  ])('inferPrefix(%j) = %j', (names, prefix) => {
    expect(inferPrefix(names)).toBe(prefix);
  });

  it.each([
    ['1.2.3', 'v', 'v1.2.3'],
    ['v1.2.3', 'v', 'v1.2.3'],
    [' refs/tags/v1.2.3 ', 'v', 'v1.2.3'],
    ['1.2.3', '', '1.2.3'],
    ['main', 'v', 'main'],
  ])('normalizeTo(%j, %j) = %j', (to, prefix, expected) => {
    expect(normalizeTo(to, prefix)).toBe(expected);
  });
});
