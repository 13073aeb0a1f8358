import { UserError } from '../lib/errors.js';
import { getReleaseByTag, listReleases, type Release } from '../github/releases.js';
import type { DeploymentDeps, VerifySettings } from '../deploy/deploy.js';
import { DeploymentLedger, refOf, versionOf } from '../deploy/ledger.js';
import { describeRef } from '../deploy/preflight.js';
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
  reason: string;
  actor: string;
  /** When the rollback started, ISO 8601. */
  at: string;
}

const labelOf = (ref: string, sha: string, tag?: string) => describeRef(ref, sha, tag);

/**
 * Read everything and decide; every refusal happens here, before anything is created. `ledger`
 * (the environment's deployments) is read once: what is live, which candidates were rolled back,
 * and then the deploy's pre-flight checks all answer from it.
 */
export async function planRollback(request: RollbackRequest, deps: RollbackDeps, ledger = new DeploymentLedger(deps.github, deps.repo, request.environment)): Promise<RollbackPlan> {
  const { environment } = request;
  const { github, repo, logger } = deps;
  const state = await ledger.scan();
  const liveDeployment = state.live?.deployment;
  if (!liveDeployment) {
    throw new UserError(`Nothing is live in ${environment}: it has no successful deployment, so there is nothing to roll back; check the environment name.`);
  }

  const prefix = inferPrefix([request.to, versionOf(liveDeployment), refOf(liveDeployment)]);
  const { tags } = await listReleaseTags(github, repo, prefix);
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
  logger.info(`Live in ${environment}: ${live.label} (deployment ${live.deploymentId}, since ${live.since}).`);

  // Rolled-back marks live on the GitHub Releases: the newest 100 in one request, older ones one by one.
  const releases = new Map<string, Release | undefined>((await listReleases(github, repo)).map((release) => [release.tag_name, release]));
  const releaseOf = async (tag: string): Promise<Release | undefined> => {
    if (!releases.has(tag)) releases.set(tag, await getReleaseByTag(github, repo, tag));
    return releases.get(tag);
  };
  const marksOf = async (tag: string): Promise<RollbackMark[]> => confirmedMarks(github, repo, await releaseOf(tag), ledger);

  const skipped: SkippedRelease[] = [];
  let target: ReleaseTagRef | undefined;
  let range: Range | undefined;
  if (request.to) {
    target = chooseExplicitTarget(request.to, prefix, tags, liveRelease);
    range = await compareRange(github, repo, target.name, live.sha);
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
  } else {
    for (const candidate of rollbackCandidates(tags, liveRelease)) {
      const marks = await marksOf(candidate.name);
      if (marks.length > 0) {
        const last = marks[marks.length - 1];
        skipped.push({ tag: candidate.name, why: `rolled back in ${last.environment} on ${last.at} by @${last.by}` });
        continue;
      }
      const candidateRange = await compareRange(github, repo, candidate.name, live.sha);
      if (candidateRange.status === 'identical') {
        skipped.push({ tag: candidate.name, why: 'the same commit as what is live' });
        continue;
      }
      // deploy's automatic rollback records what it took out on the Deployment only.
      const record = await ledger.rolledBack(candidateRange.baseSha);
      if (record) {
        skipped.push({ tag: candidate.name, why: `rolled back in ${environment} by deployment ${record.deployment.id}${record.reason ? ` (${record.reason})` : ''}` });
        continue;
      }
      target = candidate;
      range = candidateRange;
      break;
    }
    if (!target || !range) {
      const passed = skipped.length ? ` (${skipped.map((each) => `${each.tag}: ${each.why}`).join('; ')})` : '';
      throw new UserError(
        `No release below ${live.label} is left to roll back ${environment} to${passed}; give one with the "to" input.`,
      );
    }
  }

  // What the rollback reverts: target...live, plus the target's own side when the two diverged.
  let files: ChangedFile[] = range.files;
  let incomplete = range.files.length >= MAX_COMPARE_FILES;
  if (range.status !== 'ahead') {
    const other = await compareRange(github, repo, live.sha, target.name);
    files = [...files, ...other.files];
    incomplete ||= other.files.length >= MAX_COMPARE_FILES;
    if (range.status === 'behind') {
      if (!request.force) {
        throw new UserError(
          `${target.name} is newer than ${live.label}, which is live in ${environment}, so this rollback would move it forward; set force: true to do that anyway, or give an older release.`,
        );
      }
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

  return {
    environment,
    live,
    target: { tag: target, sha: range.baseSha, label: labelOf(target.name, range.baseSha, target.name) },
    skipped,
    safety,
    liveRelease: live.release ? await releaseOf(live.release.name) : undefined,
    targetRelease: await releaseOf(target.name),
    reason: request.reason ?? '',
    actor: deps.run.actor,
    at: new Date(request.startedAt).toISOString(),
  };
}

