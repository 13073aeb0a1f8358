import { describe, expect, it } from '@jest/globals';
import { UserError } from '../../src/lib/errors.js';
import { parseVersion, formatVersion } from '../../src/release/semver.js';
import { decideMakeLatest, planVersion, type VersionInput } from '../../src/release/version.js';

const v = (text: string) => parseVersion(text)!;
const input = (changes: Partial<VersionInput> & { previousTag?: string }): VersionInput => ({
  explicit: undefined,
  bump: 'auto',
  previous: changes.previousTag ? { name: changes.previousTag, version: v(changes.previousTag.slice(1)) } : undefined,
  messages: [],
  prerelease: false,
  existingNames: new Set(),
  prefix: 'v',
  ...changes,
});

describe('planVersion', () => {
  const cases: Array<[string, Partial<VersionInput> & { previousTag?: string }, string, string]> = [
    ['feat after v1.0.0', { previousTag: 'v1.0.0', messages: ['feat: a'] }, '1.1.0', '1 feature since v1.0.0'],
    ['fix after v1.1.0', { previousTag: 'v1.1.0', messages: ['fix: a'] }, '1.1.1', '1 fix since v1.1.0'],
    ['breaking after v1.4.2', { previousTag: 'v1.4.2', messages: ['feat!: a'] }, '2.0.0', '1 breaking change since v1.4.2'],
    ['breaking while 0.x', { previousTag: 'v0.4.2', messages: ['feat!: a'] }, '0.5.0', '1 breaking change (minor while the major version is 0) since v0.4.2'],
    ['chore only', { previousTag: 'v1.0.0', messages: ['chore: a'] }, '1.0.1', 'no feat, fix or breaking change: patch since v1.0.0'],
    ['first release', {}, '1.0.0', 'the first release'],
    ['first release, bump minor', { bump: 'minor' }, '0.1.0', 'bump: minor'],
    ['bump major overrides commits', { previousTag: 'v1.2.3', bump: 'major', messages: ['fix: a'] }, '2.0.0', 'bump: major'],
    ['bump major from 0.x is 1.0.0', { previousTag: 'v0.9.0', bump: 'major' }, '1.0.0', 'bump: major'],
    ['explicit version', { previousTag: 'v1.0.0', explicit: v('1.5.0') }, '1.5.0', 'the version input'],
    ['pre-release run numbers candidates', { previousTag: 'v1.0.0', messages: ['feat: a'], prerelease: true, existingNames: new Set(['v1.1.0-rc.1', 'v1.1.0-rc.2', 'v1.2.0-rc.7']) }, '1.1.0-rc.3', '1 feature since v1.0.0, release candidate'],
    ['next candidate after an rc', { previousTag: 'v1.1.0-rc.1', messages: ['fix: a'], prerelease: true, existingNames: new Set(['v1.1.0-rc.1']) }, '1.1.0-rc.2', '1 fix since v1.1.0-rc.1, release candidate'],
    ['stable after candidates', { previousTag: 'v1.0.0', messages: ['feat: a', 'fix: b'] }, '1.1.0', '1 feature since v1.0.0'],
  ];
  it.each(cases)('%s', (_name, changes, version, reason) => {
    const decision = planVersion(input(changes));
    expect(formatVersion(decision.version)).toBe(version);
    expect(decision.reason).toBe(reason);
  });

  it.each([
    ['1.0.0', 'v1.0.0'],
    ['0.9.0', 'v1.0.0'],
    ['1.1.0-rc.1', 'v1.1.0'],
  ])('refuses an explicit version %s that is not above %s, in one sentence', (version, previousTag) => {
    expect(() => planVersion(input({ explicit: v(version), previousTag }))).toThrow(UserError);
    expect(() => planVersion(input({ explicit: v(version), previousTag }))).toThrow(
      `Input "version" ${version} is not above ${previousTag}, the previous release reachable from the ref; give a higher version.`,
    );
  });
});

describe('decideMakeLatest', () => {
  it.each([
    ['1.1.0', false, undefined, 'true'],
    ['1.1.0', false, '1.0.0', 'true'],
    ['1.1.0', false, '1.1.0', 'true'],
    ['1.0.5', false, '2.0.0', 'false'],
    ['2.0.0', true, '1.0.0', 'false'],
    ['2.0.0-rc.1', false, '1.0.0', 'false'],
  ])('%s (pre-release %s, latest %s) → %s', (version, prerelease, latest, expected) => {
    expect(decideMakeLatest(v(version), prerelease, latest ? v(latest) : undefined)).toBe(expected);
  });
});
