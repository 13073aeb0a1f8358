import { describe, expect, it } from '@jest/globals';
import {
  bumpVersion,
  compareVersions,
  formatVersion,
  parseReleaseTag,
  parseVersion,
  sortNewestFirst,
  type Bump,
} from '../../src/release/semver.js';

const v = (text: string) => {
  const parsed = parseVersion(text);
  if (!parsed) throw new Error(`not a version: ${text}`);
  return parsed;
};

describe('parseVersion', () => {
  it.each([
    ['1.2.3', '1.2.3'],
    ['0.0.0', '0.0.0'],
    ['10.20.30', '10.20.30'],
    ['1.0.0-rc.1', '1.0.0-rc.1'],
    ['1.0.0-alpha.beta.0', '1.0.0-alpha.beta.0'],
    ['1.0.0+build.5', '1.0.0+build.5'],
    ['1.0.0-0A.is.legal', '1.0.0-0A.is.legal'],
  ])('reads %s', (text, formatted) => {
    expect(formatVersion(v(text))).toBe(formatted);
  });

  it.each(['1.2', 'v1.2.3', '01.2.3', '1.2.3-01', '1.2.3-', '1.2.3+', '1.2.3.4', ' 1.2.3', '1.2.3-rc..1', '99999999999999999.0.0'])('refuses %j', (text) => {
    expect(parseVersion(text)).toBeUndefined();
  });
});

describe('compareVersions follows semver precedence', () => {
  // Each version is lower than the next one (semver.org 11.4's example, and more).
  const ascending = [
    '0.9.9',
    '1.0.0-alpha',
    '1.0.0-alpha.1',
    '1.0.0-alpha.beta',
    '1.0.0-beta',
    '1.0.0-beta.2',
    '1.0.0-beta.11',
    '1.0.0-rc.1',
    '1.0.0',
    '1.0.1',
    '1.1.0',
    '1.9.0',
    '1.10.0',
    '2.0.0',
    '10.0.0',
  ];
  it.each(ascending.slice(0, -1).map((lower, i) => [lower, ascending[i + 1]]))('%s < %s', (lower, higher) => {
    expect(compareVersions(v(lower), v(higher))).toBe(-1);
    expect(compareVersions(v(higher), v(lower))).toBe(1);
  });

  it('ignores build metadata', () => {
    expect(compareVersions(v('1.0.0+a'), v('1.0.0+b'))).toBe(0);
  });

  it('sorts release tags newest first, by version not by name', () => {
    const tags = ['v1.9.0', 'v1.10.0', 'v1.0.0', 'v2.0.0-rc.1', 'v2.0.0', 'v1.10.0-rc.2'].map((name) => parseReleaseTag(name, 'v')!);
    expect(sortNewestFirst(tags).map((tag) => tag.name)).toEqual(['v2.0.0', 'v2.0.0-rc.1', 'v1.10.0', 'v1.10.0-rc.2', 'v1.9.0', 'v1.0.0']);
  });
});

describe('bumpVersion', () => {
  const cases: Array<[string, Bump, string]> = [
    ['1.2.3', 'patch', '1.2.4'],
    ['1.2.3', 'minor', '1.3.0'],
    ['1.2.3', 'major', '2.0.0'],
    ['0.3.1', 'minor', '0.4.0'],
    ['0.0.0', 'major', '1.0.0'],
    ['1.2.3+build', 'patch', '1.2.4'],
    // A pre-release graduates when the bump allows it (npm semver.inc).
    ['1.1.0-rc.2', 'patch', '1.1.0'],
    ['1.1.0-rc.2', 'minor', '1.1.0'],
    ['1.1.0-rc.2', 'major', '2.0.0'],
    ['2.0.0-rc.1', 'major', '2.0.0'],
    ['1.1.1-rc.1', 'minor', '1.2.0'],
  ];
  it.each(cases)('%s + %s = %s', (from, bump, to) => {
    expect(formatVersion(bumpVersion(v(from), bump))).toBe(to);
  });
});

describe('parseReleaseTag', () => {
  it.each([
    ['v1.2.3', 'v', '1.2.3'],
    ['release-2.0.0-rc.1', 'release-', '2.0.0-rc.1'],
    ['1.0.0', '', '1.0.0'],
  ])('%s with prefix %j is %s', (name, prefix, version) => {
    expect(formatVersion(parseReleaseTag(name, prefix)!.version)).toBe(version);
  });

  it.each([
    ['1.2.3', 'v'],
    ['v1.2', 'v'],
    ['very-old', 'v'],
    ['vv1.2.3', 'v'],
  ])('%s is not a release tag with prefix %j', (name, prefix) => {
    expect(parseReleaseTag(name, prefix)).toBeUndefined();
  });
});
