import { UserError } from '../lib/errors.js';
import { decideBump } from './conventional.js';
import { bumpVersion, compareVersions, formatVersion, isPrerelease, type Bump, type Version } from './semver.js';

/** The version a release gets, and why. Pure, so every rule is tested by a table. */
export interface VersionInput {
  /** The `version` input, parsed. */
  explicit: Version | undefined;
  bump: 'auto' | Bump;
  /** The nearest release reachable from the commit (stable only for a stable release). */
  previous: { name: string; version: Version } | undefined;
  /** Messages of the commits since `previous` (for bump: auto). */
  messages: readonly string[];
  /** A pre-release run without an explicit version gets `-rc.N`. */
  prerelease: boolean;
  /** Every existing tag name with the prefix (to number release candidates). */
  existingNames: ReadonlySet<string>;
  prefix: string;
}

export interface VersionDecision {
  version: Version;
  bump: Bump | undefined;
  reason: string;
}

/** The first release when nothing is tagged yet and bump is auto: production software starts at 1.0.0. */
export const FIRST_VERSION: Version = { major: 1, minor: 0, patch: 0, prerelease: [], build: [] };
const ZERO: Version = { major: 0, minor: 0, patch: 0, prerelease: [], build: [] };

export function planVersion(input: VersionInput): VersionDecision {
  const { previous } = input;
  if (input.explicit) {
    // Versions only grow along history: that is what lets the next run find its previous
    // release as the highest reachable tag, and what a reader of the tags expects.
    if (previous && compareVersions(input.explicit, previous.version) <= 0) {
      throw new UserError(
        `Input "version" ${formatVersion(input.explicit)} is not above ${previous.name}, the previous release reachable from the ref; give a higher version.`,
      );
    }
    return { version: input.explicit, bump: undefined, reason: 'the version input' };
  }
  let decision: VersionDecision;
  if (input.bump !== 'auto') {
    decision = { version: bumpVersion(previous?.version ?? ZERO, input.bump), bump: input.bump, reason: `bump: ${input.bump}` };
  } else if (!previous) {
    decision = { version: FIRST_VERSION, bump: undefined, reason: 'the first release' };
  } else {
    const { bump, reason } = decideBump(input.messages, previous.version.major);
    decision = { version: bumpVersion(previous.version, bump), bump, reason: `${reason} since ${previous.name}` };
  }
  if (input.prerelease) {
    decision.version = { ...decision.version, prerelease: ['rc', nextCandidate(decision.version, input)] };
    decision.reason += ', release candidate';
  }
  return decision;
}

/** 1 + the highest N of the existing `<prefix><version>-rc.N` tags. */
function nextCandidate(version: Version, input: VersionInput): number {
  const core = `${input.prefix}${version.major}.${version.minor}.${version.patch}-rc.`;
  let highest = 0;
  for (const name of input.existingNames) {
    if (name.startsWith(core) && /^\d+$/.test(name.slice(core.length))) highest = Math.max(highest, Number(name.slice(core.length)));
  }
  return highest + 1;
}

/**
 * GitHub's make_latest, always explicit: never for a pre-release, and never for a version below
 * the current latest (a patch of an older line must not take the badge from the newest one).
 */
export function decideMakeLatest(version: Version, prerelease: boolean, latest: Version | undefined): 'true' | 'false' {
  if (prerelease || isPrerelease(version)) return 'false';
  if (latest && compareVersions(version, latest) < 0) return 'false';
  return 'true';
}
