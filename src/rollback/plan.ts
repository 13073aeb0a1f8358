import { UserError } from '../lib/errors.js';
import type { Deployment } from '../github/deployments.js';
import { getLatestRelease, getReleaseByTag, listReleases, type Release } from '../github/releases.js';
import type { DeploymentDeps, VerifySettings } from '../deploy/deploy.js';
import { DeploymentLedger, refOf, versionOf } from '../deploy/ledger.js';
import { describeRef } from '../deploy/preflight.js';
import type { Logger } from '../lib/logger.js';
import { compareRange, MAX_COMPARE_FILES, type ChangedFile, type Range } from '../release/history.js';
import type { RollbackMark } from '../release/rolled-back.js';
import { listReleaseTags, locateRelease, type ReleaseTagRef } from '../release/tags.js';
import { confirmedMarks } from './marks.js';
import { checkSafety, type SafetyCheck } from './safety.js';
import { chooseExplicitTarget, inferPrefix, rollbackCandidates, type LiveRelease } from './target.js';
import { shortSha } from '../lib/sha.js';

/** The rollback's first stage: read what is live and the releases, pick the target, check the range. */

/** What the rollback action was asked to do (inputs already validated). */
export interface RollbackRequest {
  environment: string;
  to: string | undefined;
  reason: string | undefined;
  migrationPaths: string[];
  force: boolean;
  dryRun: boolean;
  /** The deploy command and its verification, exactly as deploy takes them. */
  command: string;
  url: string | undefined;
  commandTimeoutMs: number | undefined;
  verify: VerifySettings;
  /** When the run's rollback step started (ms): time to restore is measured from it. */
  startedAt: number;
}

export type RollbackDeps = DeploymentDeps & { now?: () => number };

export interface LiveState {
  deploymentId: number;
  sha: string;
  ref: string;
  /** When the live deployment was created (it has been live since about then). */
  since: string;
  release: ReleaseTagRef | undefined;
  label: string;
}

export interface SkippedRelease {
  tag: string;
  why: string;
}

export interface RollbackPlan {
  environment: string;
  live: LiveState;
  target: { tag: ReleaseTagRef; sha: string; label: string };
  /** Newer candidates passed over, and why (marked rolled back, rolled back by a deployment, same commit as live). */
  skipped: SkippedRelease[];
  safety: SafetyCheck;
  /** The GitHub Release of the live tag, which gets the rolled-back mark. */
  liveRelease: Release | undefined;
  targetRelease: Release | undefined;
  /** The release that held the Latest badge when the rollback started (read with the others, so the mark moves it without another read). */
  latestReleaseId: number | undefined;
  reason: string;
  actor: string;
  /** When the rollback started, ISO 8601. */
  at: string;
}

const labelOf = (ref: string, sha: string, tag?: string) => describeRef(ref, sha, tag);

/** What the target choice found for one live deployment (see chooseTarget). */
interface Choice {
  live: LiveState;
  target: ReleaseTagRef;
  range: Range;
  skipped: SkippedRelease[];
}

/** What the first round trip read, all at once: the ledger's first page, the tags, the releases, the Latest badge. */
interface Reads {
  tags: ReleaseTagRef[];
  prefix: string;
  releaseOf: (tag: string) => Promise<Release | undefined>;
  latest: Release | undefined;
}

/**
 * Read everything and decide; every refusal happens here, before anything is created. `ledger`
 * (the environment's deployments) is read once: what is live, which candidates were rolled back,
 * and then the deploy's pre-flight checks all answer from it.
 *
 * What users wait for is round trips, not requests (issue 16), so the reads that do not depend on
 * each other go out together: first the deployments, the release tags, the newest releases and
 * the Latest badge; then the newest deployment's statuses (is it live?) together with the
 * comparison of the target chosen as if it were. When it was not live (rare: the newest
 * deployment failed or is still running), the choice is made again for what is.
 */
export async function planRollback(request: RollbackRequest, deps: RollbackDeps, ledger = new DeploymentLedger(deps.github, deps.repo, request.environment)): Promise<RollbackPlan> {
  const { environment } = request;
  const { github, repo, logger } = deps;
  // The tag prefix comes from "to", else from what is live; "v" until the deployments say otherwise.
  const guessedPrefix = inferPrefix([request.to]);
  const [newest, guessedTags, newestReleases, latest] = await Promise.all([
    ledger.newest(),
    listReleaseTags(github, repo, guessedPrefix),
    listReleases(github, repo),
    // The REST release objects do not say which release holds the Latest badge: asked now, with the rest.
    getLatestRelease(github, repo),
  ]);
  // Rolled-back marks live on the GitHub Releases: the newest 100 in one request, older ones one by one.
  const releases = new Map<string, Release | undefined>(newestReleases.map((release) => [release.tag_name, release]));
  const releaseOf = async (tag: string): Promise<Release | undefined> => {
    if (!releases.has(tag)) releases.set(tag, await getReleaseByTag(github, repo, tag));
    return releases.get(tag);
  };
  const tagsFor = new Map<string, Promise<ReleaseTagRef[]>>([[guessedPrefix, Promise.resolve(guessedTags.tags)]]);
  const readsFor = async (deployment: Deployment): Promise<Reads> => {
    const prefix = inferPrefix([request.to, versionOf(deployment), refOf(deployment)]);
    if (!tagsFor.has(prefix)) tagsFor.set(prefix, listReleaseTags(github, repo, prefix).then((listed) => listed.tags));
    return { tags: await (tagsFor.get(prefix) as Promise<ReleaseTagRef[]>), prefix, releaseOf, latest };
  };
  const choose = async (deployment: Deployment, log: Logger): Promise<Choice> => chooseTarget(request, { ...deps, logger: log }, ledger, deployment, await readsFor(deployment));

  // The guess's choice runs beside the status read; its log lines and its refusal count only if
  // the guess was right.
  const held: Array<() => void> = [];
  const holding: Logger = { info: (message) => held.push(() => logger.info(message)), warning: (message) => held.push(() => logger.warning(message)) };
  const guessed = newest ? choose(newest, holding).then((choice) => ({ choice }), (error: unknown) => ({ error })) : undefined;
  const [state, early] = await Promise.all([ledger.scan(), guessed]);
  const liveDeployment = state.live?.deployment;
  if (!liveDeployment) {
    throw new UserError(`Nothing is live in ${environment}: it has no successful deployment, so there is nothing to roll back; check the environment name.`);
  }
  let choice: Choice;
  const logLive = (state: LiveState) => logger.info(`Live in ${environment}: ${state.label} (deployment ${state.deploymentId}, since ${state.since}).`);
  if (early && newest?.id === liveDeployment.id) {
    if ('choice' in early) logLive(early.choice.live);
    for (const line of held) line();
    if ('error' in early) throw early.error;
    choice = early.choice;
  } else {
    choice = await choose(liveDeployment, { info: logger.info, warning: logger.warning });
    logLive(choice.live);
  }
  const { live, target, range, skipped } = choice;

  // What the rollback reverts: target...live, plus the target's own side when the two diverged.
  let files: ChangedFile[] = range.files;
  let incomplete = range.files.length >= MAX_COMPARE_FILES;
  if (range.status !== 'ahead') {
    if (range.status === 'behind' && !request.force) {
      throw new UserError(
        `${target.name} is newer than ${live.label}, which is live in ${environment}, so this rollback would move it forward; set force: true to do that anyway, or give an older release.`,
      );
    }
    const other = await compareRange(github, repo, live.sha, target.name);
    files = [...files, ...other.files];
    incomplete ||= other.files.length >= MAX_COMPARE_FILES;
    if (range.status === 'behind') {
      logger.warning(`${target.name} is newer than ${live.label}: this "rollback" moves ${environment} forward because force is true.`);
    }
  }
  const safety = checkSafety({
    range: `${target.name}...${live.release?.name ?? shortSha(live.sha)}`,
    files,
    incomplete,
    migrationPaths: request.migrationPaths,
    force: request.force,
  });
  const [liveRelease, targetRelease] = await Promise.all([live.release ? releaseOf(live.release.name) : undefined, releaseOf(target.name)]);

  return {
    environment,
    live,
    target: { tag: target, sha: range.baseSha, label: labelOf(target.name, range.baseSha, target.name) },
    skipped,
    safety,
    liveRelease,
    targetRelease,
    latestReleaseId: latest?.id,
    reason: request.reason ?? '',
    actor: deps.run.actor,
    at: new Date(request.startedAt).toISOString(),
  };
}

/**
 * What is live (its release tag) and the release to roll back to, with the comparison
 * target...live: "to" when given, else the newest release below the live one that was not rolled
 * back and is not the live commit itself.
 */
async function chooseTarget(request: RollbackRequest, deps: RollbackDeps, ledger: DeploymentLedger, liveDeployment: Deployment, reads: Reads): Promise<Choice> {
  const { environment } = request;
  const { github, repo, logger } = deps;
  const { tags, prefix, releaseOf } = reads;
  // The live release: the version its deployment recorded, else the release tag on its commit.
  let liveTag = tags.find((tag) => tag.name === versionOf(liveDeployment) || tag.name === refOf(liveDeployment));
  let below: ReleaseTagRef | undefined;
  if (!liveTag) {
    // Without wantPrevious the search stops at the first reachable release: on the commit, or the one below it.
    const located = await locateRelease(github, repo, liveDeployment.sha, tags, { wantPrevious: false, log: logger.info });
    liveTag = located.onCommit;
    below = located.previous?.tag;
  }
  const live: LiveState = {
    deploymentId: liveDeployment.id,
    sha: liveDeployment.sha,
    ref: refOf(liveDeployment),
    since: liveDeployment.created_at,
    release: liveTag,
    label: labelOf(refOf(liveDeployment), liveDeployment.sha, liveTag?.name),
  };
  const liveRelease: LiveRelease = { tag: liveTag, below, label: live.label };
  const marksOf = async (tag: string): Promise<RollbackMark[]> => confirmedMarks(github, repo, await releaseOf(tag), ledger);

  const skipped: SkippedRelease[] = [];
  if (request.to) {
    const target = chooseExplicitTarget(request.to, prefix, tags, liveRelease);
    const range = await compareRange(github, repo, target.name, live.sha);
    if (range.status === 'identical') {
      throw new UserError(`Input "to" names ${target.name}, which is the commit live already (${live.label}); give an older release to roll back to.`);
    }
    const marks = await marksOf(target.name);
    const record = marks.length > 0 ? undefined : await ledger.rolledBack(range.baseSha);
    if (marks.length > 0 || record) {
      const where = marks.length > 0 ? marks.map((mark) => mark.environment).join(', ') : `${environment}, deployment ${record?.deployment.id}`;
      if (!request.force) {
        throw new UserError(`Input "to" names ${target.name}, which was itself rolled back before (in ${where}); set force: true to roll back to it anyway, or give another release.`);
      }
      logger.warning(`${target.name} was itself rolled back before (in ${where}); rolling back to it because "to" names it and force is true.`);
    }
    return { live, target, range, skipped };
  }
  for (const candidate of rollbackCandidates(tags, liveRelease)) {
    const marks = await marksOf(candidate.name);
    if (marks.length > 0) {
      const last = marks[marks.length - 1];
      skipped.push({ tag: candidate.name, why: `rolled back in ${last.environment} on ${last.at} by @${last.by}` });
      continue;
    }
    const range = await compareRange(github, repo, candidate.name, live.sha);
    if (range.status === 'identical') {
      skipped.push({ tag: candidate.name, why: 'the same commit as what is live' });
      continue;
    }
    // deploy's automatic rollback records what it took out on the Deployment only.
    const record = await ledger.rolledBack(range.baseSha);
    if (record) {
      skipped.push({ tag: candidate.name, why: `rolled back in ${environment} by deployment ${record.deployment.id}${record.reason ? ` (${record.reason})` : ''}` });
      continue;
    }
    return { live, target: candidate, range, skipped };
  }
  const passed = skipped.length ? ` (${skipped.map((each) => `${each.tag}: ${each.why}`).join('; ')})` : '';
  throw new UserError(`No release below ${live.label} is left to roll back ${environment} to${passed}; give one with the "to" input.`);
}
