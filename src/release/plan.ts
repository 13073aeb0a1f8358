import type { MakeLatest, Release } from '../github/releases.js';
import type { RepoRef } from '../lib/repo.js';
import type { RangeCommit } from './history.js';
import type { Bump } from './semver.js';

/** What the release action was asked to do (inputs already validated). */
export interface ReleaseRequest {
  repo: RepoRef;
  /** The commit to release (resolved). */
  sha: string;
  /** The ref as the user named it, for messages. */
  ref: string;
  /** The `version` input without prefix, or undefined. */
  version: string | undefined;
  bump: 'auto' | Bump;
  prefix: string;
  releaseNotes: boolean;
  prerelease: boolean;
  dryRun: boolean;
}

export interface ReleasePlan {
  sha: string;
  tag: string;
  version: string;
  previousTag: string | undefined;
  /** The commit already carries this release tag: nothing is created. */
  existing: boolean;
  bump: Bump | undefined;
  reason: string;
  prerelease: boolean;
  makeLatest: MakeLatest;
  latestTag: string | undefined;
  /** The commits since the previous release (for the changelog and the summary). */
  commits: RangeCommit[];
  /** The commit history was longer than what was read for the bump. */
  truncated: boolean;
  /** The existing release of an existing tag (undefined when it has none yet, or when the tag is new). */
  release: Release | undefined;
}

export interface ReleaseOutcome {
  plan: ReleasePlan;
  /** This run published the GitHub Release (GitHub carried out its POST /releases). */
  created: boolean;
  /** Another run published the release between this run's plan and its POST (GitHub answered already_exists). */
  concurrent?: boolean;
  releaseUrl: string;
  /** An existing tag had no GitHub Release (an interrupted run): it was published now. */
  repaired: boolean;
  dryRun: boolean;
}
