import { UserError } from '../lib/errors.js';
import { compareVersions, isPrerelease, parseReleaseTag, parseVersion, type ReleaseTag } from '../release/semver.js';

/**
 * Which release a rollback returns to. Pure, so every rule is a row in a table test.
 * - Automatic: release tags below the live one by version (semver order), newest first, skipping
 *   pre-releases (a release candidate is not a known-good production version); the caller then
 *   skips the ones marked rolled back (on their GitHub Release, or by a rollback Deployment of
 *   the environment, which is all deploy's automatic rollback leaves).
 * - `to`: must be a release tag that exists and is not what is live.
 */

/** The tag prefix to use: the one in front of the first name that ends in a semantic version, else "v". */
export function inferPrefix(names: ReadonlyArray<string | undefined>): string {
  for (const name of names) {
    if (!name) continue;
    const bare = name.replace(/^refs\/tags\//, '');
    for (let i = 0; i < bare.length; i++) {
      if (/\d/.test(bare[i]) && parseVersion(bare.slice(i))) return bare.slice(0, i);
    }
  }
  return 'v';
}

/** `to` as a tag name: "1.1.0" gets the prefix, "refs/tags/v1.1.0" loses refs/tags/. */
export function normalizeTo(to: string, prefix: string): string {
  const bare = to.trim().replace(/^refs\/tags\//, '');
  return parseVersion(bare) && !parseReleaseTag(bare, prefix) ? `${prefix}${bare}` : bare;
}

/** What is live, as far as releases go. */
export interface LiveRelease {
  /** The release tag on the live commit, when it has one. */
  tag: ReleaseTag | undefined;
  /** When the live commit has no release tag: the nearest release reachable before it. */
  below: ReleaseTag | undefined;
  /** For messages: "v1.2.0 (abc1234)" or "main (abc1234)". */
  label: string;
}

/** Candidates for an automatic rollback, best first. */
export function rollbackCandidates<T extends ReleaseTag>(tags: readonly T[], live: LiveRelease): T[] {
  const ceiling = live.tag ?? live.below;
  if (!ceiling) return [];
  // With an untagged commit live, the nearest release before it is itself a candidate.
  const inclusive = !live.tag;
  return tags
    .filter((tag) => !isPrerelease(tag.version))
    .filter((tag) => {
      const order = compareVersions(tag.version, ceiling.version);
      return order < 0 || (inclusive && order === 0);
    })
    .sort((a, b) => compareVersions(b.version, a.version));
}

/** The `to` input checked against the release tags; throws a one-sentence UserError when it cannot be a target. */
export function chooseExplicitTarget<T extends ReleaseTag>(to: string, prefix: string, tags: readonly T[], live: LiveRelease): T {
  const name = normalizeTo(to, prefix);
  if (!parseReleaseTag(name, prefix)) {
    throw new UserError(`Input "to" must be a release tag like ${prefix}1.4.0 (the prefix and a semantic version), but was ${JSON.stringify(to)}.`);
  }
  const target = tags.find((tag) => tag.name === name);
  if (!target) {
    const newest = rollbackCandidates(tags, live)[0];
    throw new UserError(
      `Input "to" names the release tag ${name}, which does not exist${newest ? `; the newest release below what is live is ${newest.name}` : ''}.`,
    );
  }
  if (live.tag && live.tag.name === name) {
    throw new UserError(`Input "to" names ${name}, which is what is live already (${live.label}); give an older release to roll back to.`);
  }
  return target;
}
