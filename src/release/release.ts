import { UserError } from '../lib/errors.js';
import type { GitHub } from '../github/client.js';
import type { RepoRef } from '../github/commits.js';
import {
  createRelease,
  generateReleaseNotes,
  getLatestRelease,
  getReleaseByTag,
  type MakeLatest,
  type Release,
} from '../github/releases.js';
import { createTagObject, createTagRef, getTagRef, peelTag } from '../github/tags.js';
import { bumpOf, parseConventionalCommit } from './conventional.js';
import { compareCommitPages, shortName, type RangeCommit } from './history.js';
import type { Logger } from './log.js';
import { renderChangelog } from './render.js';
import { neutralizeMarks } from './rolled-back.js';
import { formatVersion, isPrerelease, parseReleaseTag, parseVersion, versionProblem, NOT_SEMVER, type Bump } from './semver.js';
import { listReleaseTags, locateRelease, stableOnly, type ReleaseTagRef } from './tags.js';
import { decideMakeLatest, planVersion } from './version.js';

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

/** Read everything and decide: no write request is made here. */
export async function planRelease(github: GitHub, request: ReleaseRequest, log: Logger): Promise<ReleasePlan> {
  const { repo, sha, prefix } = request;
  const explicit = request.version !== undefined ? parseVersion(request.version) : undefined;
  // An explicit version that cannot be used is an error, never a fallback to the computed one.
  if (request.version !== undefined && !explicit) {
    throw new UserError(`Input "version" cannot be used: ${versionProblem(request.version) ?? NOT_SEMVER} (${JSON.stringify(request.version)}).`);
  }
  const prerelease = request.prerelease || (explicit !== undefined && isPrerelease(explicit));
  const all = await listReleaseTags(github, repo, prefix);
  // A stable release looks past release candidates: an rc on this commit is promoted, not "already released".
  const candidates = prerelease ? all.tags : all.tags.filter(stableOnly);
  const location = await locateRelease(github, repo, sha, candidates, { wantPrevious: true, log: log.info });
  const previous = location.previous?.tag;
  log.info(
    `Previous release reachable from ${shortName(sha)}: ${previous?.name ?? 'none'} (${location.requests} comparison request${location.requests === 1 ? '' : 's'}, by ${location.method}).`,
  );

  if (location.onCommit) {
    if (explicit && formatVersion(explicit) !== formatVersion(location.onCommit.version)) {
      log.warning(`${shortName(sha)} is already released as ${location.onCommit.name}; the version input ${request.version} is not applied.`);
    }
    return existingPlan(github, request, location.onCommit, previous, prerelease, location.previous?.range?.commits ?? []);
  }

  let commits: RangeCommit[] = [];
  let truncated = false;
  const range = location.previous?.range;
  if (range) {
    // A breaking change is the highest bump there is: stop reading history once one is seen.
    const pages = await compareCommitPages(github, repo, range, {
      enough: (seen) => request.bump === 'auto' && !explicit && seen.some((commit) => bumpOf(parseConventionalCommit(commit.message)) === 'major'),
    });
    commits = pages.commits;
    truncated = pages.truncated;
    if (truncated) log.warning(`Only the first ${commits.length} of ${range.aheadBy} commits since ${previous?.name} were read for the bump.`);
  }

  const decision = planVersion({
    explicit,
    bump: request.bump,
    previous,
    messages: commits.map((commit) => commit.message),
    prerelease: prerelease && !explicit,
    existingNames: new Set(all.tags.map((tag) => tag.name)),
    prefix,
  });
  const version = formatVersion(decision.version);
  const tag = `${prefix}${version}`;

  const taken = all.tags.find((each) => each.name === tag);
  if (taken) {
    const commit = await peelTag(github, repo, taken.ref);
    if (commit !== sha) {
      throw new UserError(
        `Tag ${tag} already exists on commit ${shortName(commit ?? taken.ref.sha)}, not on ${shortName(sha)} (${request.ref}); give another version, or release the commit it tags.`,
      );
    }
    return existingPlan(github, request, taken, previous, prerelease);
  }

  const latest = await getLatestRelease(github, repo);
  const latestVersion = latest ? parseReleaseTag(latest.tag_name, prefix)?.version : undefined;
  return {
    sha,
    tag,
    version,
    previousTag: previous?.name,
    existing: false,
    bump: decision.bump,
    reason: decision.reason,
    prerelease,
    makeLatest: decideMakeLatest(decision.version, prerelease, latestVersion),
    latestTag: latest?.tag_name,
    commits,
    truncated,
    release: undefined,
  };
}

async function existingPlan(
  github: GitHub,
  request: ReleaseRequest,
  tag: ReleaseTagRef,
  previous: ReleaseTagRef | undefined,
  prerelease: boolean,
  commits: RangeCommit[] = [],
): Promise<ReleasePlan> {
  const release = await getReleaseByTag(github, request.repo, tag.name);
  let makeLatest: MakeLatest = 'false';
  if (!release) {
    const latest = await getLatestRelease(github, request.repo);
    makeLatest = decideMakeLatest(tag.version, prerelease, latest ? parseReleaseTag(latest.tag_name, request.prefix)?.version : undefined);
  }
  return {
    sha: request.sha,
    tag: tag.name,
    version: formatVersion(tag.version),
    previousTag: previous?.name,
    existing: true,
    bump: undefined,
    reason: `${shortName(request.sha)} already carries ${tag.name}`,
    prerelease: prerelease || isPrerelease(tag.version),
    makeLatest,
    latestTag: undefined,
    commits,
    truncated: false,
    release,
  };
}

/** Make the plan real: annotated tag (POST /git/tags, POST /git/refs), then the GitHub Release. */
export async function publishRelease(github: GitHub, request: ReleaseRequest, plan: ReleasePlan, log: Logger): Promise<ReleaseOutcome> {
  const { repo } = request;
  if (plan.existing && plan.release) {
    log.info(`${shortName(plan.sha)} already carries ${plan.tag} with its release ${plan.release.html_url}: nothing to create.`);
    return { plan, created: false, releaseUrl: plan.release.html_url, repaired: false, dryRun: false };
  }
  const generated = request.releaseNotes
    ? await generateReleaseNotes(github, repo, { tag: plan.tag, target: plan.sha, previousTag: plan.previousTag })
    : { name: plan.tag, body: renderChangelog(plan.commits, plan.previousTag) };
  const notes = { ...generated, body: neutralizeMarks(generated.body) };

  if (!plan.existing) {
    const tagObject = await createTagObject(github, repo, {
      name: plan.tag,
      message: `${plan.tag}\n\nReleased by shipgate: ${plan.reason}.\n`,
      sha: plan.sha,
    });
    const tagged = await createTagRef(github, repo, plan.tag, tagObject);
    if (!tagged) {
      // Another run created the tag between our read and our write: fine if it tags this commit.
      const ref = await getTagRef(github, repo, plan.tag);
      const commit = ref ? await peelTag(github, repo, ref) : undefined;
      if (commit !== plan.sha) {
        throw new UserError(`Tag ${plan.tag} was just created on commit ${shortName(commit ?? '?')} by someone else, not on ${shortName(plan.sha)}; run the release again.`);
      }
      log.info(`${plan.tag} was created on ${shortName(plan.sha)} by a concurrent run; publishing its release if missing.`);
    } else {
      log.info(`Created the annotated tag ${plan.tag} on ${shortName(plan.sha)}.`);
    }
  }

  const published = await createRelease(github, repo, {
    tag: plan.tag,
    target: plan.sha,
    name: plan.tag,
    body: notes.body,
    prerelease: plan.prerelease,
    makeLatest: plan.makeLatest,
  });
  if (!published) {
    // GitHub keeps one release per tag and refused ours (already_exists): another run of this
    // commit published it first. Its release is this run's answer too; nothing is duplicated.
    const existing = await getReleaseByTag(github, repo, plan.tag);
    if (!existing) throw new Error(`GitHub reported a release for ${plan.tag} that cannot be read back.`);
    log.info(`${plan.tag} was published by a concurrent run meanwhile: ${existing.html_url}; nothing more to create.`);
    return { plan, created: false, concurrent: true, releaseUrl: existing.html_url, repaired: false, dryRun: false };
  }
  const release = published;
  const repaired = plan.existing;
  log.info(
    repaired
      ? `${plan.tag} had no GitHub Release (an interrupted run?): published ${release.html_url}.`
      : `Published ${release.html_url} (make_latest ${plan.makeLatest}${plan.prerelease ? ', pre-release' : ''}).`,
  );
  return { plan, created: !repaired, releaseUrl: release.html_url, repaired, dryRun: false };
}

/** The release action's whole job: plan, then (unless dry-run) publish. */
export async function runRelease(github: GitHub, request: ReleaseRequest, log: Logger): Promise<ReleaseOutcome> {
  const plan = await planRelease(github, request, log);
  if (request.dryRun) {
    return { plan, created: false, releaseUrl: plan.release?.html_url ?? '', repaired: false, dryRun: true };
  }
  return publishRelease(github, request, plan, log);
}
