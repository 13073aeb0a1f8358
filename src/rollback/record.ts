import { createRelease, updateRelease, type Release } from '../github/releases.js';
import { markedRelease, type RollbackMark } from '../release/rolled-back.js';
import type { RollbackDeps, RollbackPlan } from './plan.js';

/** The rollback's last stage: the audit trail on the GitHub Release of what was rolled back. */

export type MarkResult = { tag: string; url: string } | { note: string };

/**
 * Mark the release that was rolled back on its GitHub Release (creating a release for a tag that
 * had none), and hand the "Latest" badge back to the target when the rolled-back one held it.
 * A failure here does not undo a rollback that worked: it is reported as a warning.
 */
export async function markRolledBack(
  plan: RollbackPlan,
  result: { deploymentId: number | undefined; restoreMs: number; at: string },
  deps: RollbackDeps,
  warnings: string[],
): Promise<MarkResult> {
  const { github, repo, logger } = deps;
  const tag = plan.live.release?.name;
  if (!tag) {
    const note = `${plan.live.label} has no release tag, so no GitHub Release was marked; its rollback deployment records it.`;
    logger.info(note);
    return { note };
  }
  const mark: RollbackMark = {
    at: result.at,
    by: plan.actor,
    environment: plan.environment,
    to: plan.target.tag.name,
    reason: plan.reason,
    sha: plan.live.sha,
    ...(result.deploymentId !== undefined ? { deployment: result.deploymentId } : {}),
    restore_ms: result.restoreMs,
  };
  const current = plan.liveRelease;
  // Only a published full release can hold the badge or take it (drafts and pre-releases cannot).
  // Which one held it was read with the plan; GitHub moves the badge only on a PATCH that sets
  // make_latest, so the mark (which does not) and the badge move commute and go out together.
  const moveBadge =
    current && !current.prerelease && !current.draft && plan.targetRelease && !plan.targetRelease.prerelease && !plan.targetRelease.draft && plan.latestReleaseId === current.id
      ? plan.targetRelease
      : undefined;
  const markIt = async (): Promise<MarkResult> => {
    try {
      const marked = markedRelease(current ?? { name: tag, tag_name: tag, body: null }, mark);
      const release = current
        ? await updateRelease(github, repo, current.id, marked, `mark the release ${tag} as rolled back`)
        : await createRelease(github, repo, { tag, target: plan.live.sha, name: marked.name, body: marked.body, prerelease: false, makeLatest: 'false' });
      const url = release?.html_url ?? '';
      logger.info(`Marked ${tag} as rolled back${url ? `: ${url}` : ''}.`);
      return { tag, url };
    } catch (error) {
      const warning = `${plan.environment} was rolled back, but the release ${tag} could not be marked as rolled back: ${(error as Error).message}`;
      warnings.push(warning);
      logger.warning(warning);
      return { note: warning };
    }
  };
  const badge = async (target: Release): Promise<void> => {
    try {
      await updateRelease(github, repo, target.id, { makeLatest: 'true' }, `make ${plan.target.tag.name} the latest release again`);
      logger.info(`${plan.target.tag.name} is the latest release again.`);
    } catch (error) {
      const warning = `${plan.environment} was rolled back, but ${plan.target.tag.name} could not be made the latest release again (${tag} still holds the badge): ${(error as Error).message}`;
      warnings.push(warning);
      logger.warning(warning);
    }
  };
  const [markResult] = await Promise.all([markIt(), moveBadge ? badge(moveBadge) : undefined]);
  return markResult;
}
