/**
 * Semantic versions (semver.org 2.0.0): parsing, precedence and bumps. Small on purpose: the
 * release and rollback actions need exactly these three things, and a dependency would cost
 * start-up time for every action in the shared bundle.
 */
export interface Version {
  major: number;
  minor: number;
  patch: number;
  /** Pre-release identifiers ('rc', 1); numeric identifiers are numbers. */
  prerelease: Array<string | number>;
  build: string[];
}

export type Bump = 'major' | 'minor' | 'patch';

const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;

/**
 * Why `text` is not a version shipgate can use, or undefined. Semver sets no limit on numbers,
 * but a number above 2^53-1 cannot be compared or bumped exactly in JavaScript, so it is
 * refused rather than silently rounded.
 */
export const NOT_SEMVER = 'it is not a semantic version like 1.4.0 or 2.0.0-rc.1';

export function versionProblem(text: string): string | undefined {
  const match = SEMVER.exec(text);
  if (!match) return NOT_SEMVER;
  const numbers = [match[1], match[2], match[3], ...(match[4] ?? '').split('.').filter((id) => /^\d+$/.test(id))];
  const huge = numbers.find((number) => !Number.isSafeInteger(Number(number)));
  return huge === undefined ? undefined : `its number ${huge} is above ${Number.MAX_SAFE_INTEGER}, the largest shipgate can compare exactly`;
}

/** A strict semantic version without prefix ("1.4.0", "2.0.0-rc.1"), or undefined. */
export function parseVersion(text: string): Version | undefined {
  const match = SEMVER.exec(text);
  if (!match || versionProblem(text)) return undefined;
  const numbers = [match[1], match[2], match[3]].map(Number);
  return {
    major: numbers[0],
    minor: numbers[1],
    patch: numbers[2],
    prerelease: match[4] ? match[4].split('.').map((id) => (/^\d+$/.test(id) ? Number(id) : id)) : [],
    build: match[5] ? match[5].split('.') : [],
  };
}

export function formatVersion(version: Version): string {
  const core = `${version.major}.${version.minor}.${version.patch}`;
  const pre = version.prerelease.length ? `-${version.prerelease.join('.')}` : '';
  const build = version.build.length ? `+${version.build.join('.')}` : '';
  return core + pre + build;
}

export const isPrerelease = (version: Version): boolean => version.prerelease.length > 0;

function compareIdentifiers(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  // Numeric identifiers have lower precedence than alphanumeric ones (semver 11.4.3).
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Semver precedence: negative when a < b, 0 when equal (build metadata is ignored), positive when a > b. */
export function compareVersions(a: Version, b: Version): number {
  const core = a.major - b.major || a.minor - b.minor || a.patch - b.patch;
  if (core !== 0) return Math.sign(core);
  // A pre-release has lower precedence than the normal version (1.0.0-rc.1 < 1.0.0).
  if (!a.prerelease.length || !b.prerelease.length) return Math.sign(b.prerelease.length - a.prerelease.length);
  for (let i = 0; i < Math.max(a.prerelease.length, b.prerelease.length); i++) {
    if (i >= a.prerelease.length) return -1;
    if (i >= b.prerelease.length) return 1;
    const order = compareIdentifiers(a.prerelease[i], b.prerelease[i]);
    if (order !== 0) return Math.sign(order);
  }
  return 0;
}

/**
 * The next version. A pre-release graduates to the version it was a pre-release of when that
 * satisfies the bump (1.1.0-rc.2 + minor = 1.1.0, + patch = 1.1.0, + major = 2.0.0), as npm's
 * `semver.inc` does; build metadata is dropped.
 */
export function bumpVersion(version: Version, bump: Bump): Version {
  const pre = isPrerelease(version);
  const next = { major: version.major, minor: version.minor, patch: version.patch, prerelease: [], build: [] };
  switch (bump) {
    case 'major':
      if (!pre || version.minor !== 0 || version.patch !== 0) next.major += 1;
      next.minor = 0;
      next.patch = 0;
      break;
    case 'minor':
      if (!pre || version.patch !== 0) next.minor += 1;
      next.patch = 0;
      break;
    case 'patch':
      if (!pre) next.patch += 1;
      break;
  }
  return next;
}

/** A release tag: a tag name made of the prefix and a semantic version. */
export interface ReleaseTag {
  name: string;
  version: Version;
}

/** The release tag a name stands for ("v1.2.0" with prefix "v"), or undefined when it is not one. */
export function parseReleaseTag(name: string, prefix: string): ReleaseTag | undefined {
  if (!name.startsWith(prefix)) return undefined;
  const version = parseVersion(name.slice(prefix.length));
  return version ? { name, version } : undefined;
}

/** Newest version first; equal versions (1.0.0 and 1.0.0+build) by name, for a stable order. */
export function sortNewestFirst<T extends ReleaseTag>(tags: readonly T[]): T[] {
  return [...tags].sort((a, b) => compareVersions(b.version, a.version) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
