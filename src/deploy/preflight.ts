import { UserError } from '../lib/errors.js';
import { httpStatus, type GitHub } from '../github/client.js';
import { compareCommits, isTag, type Comparison } from '../github/commits.js';
import type { RepoRef } from '../lib/repo.js';
import type { Deployment } from '../github/deployments.js';
import { DeploymentLedger, refOf, versionOf, type DeploymentRecord, type RollbackRecord } from './ledger.js';
import type { Logger } from '../lib/logger.js';
import { shortSha } from '../lib/sha.js';

/**
 * The checks that run before anything is created: the promotion gate, forward-only, and one
 * deploy at a time per environment. Every refusal is one sentence naming both sides.
 */

/** "v1.2.0 (abc1234)", "main (abc1234)" or "abc1234". */
export function describeRef(ref: string, sha: string, version = ''): string {
  const name = version || ref;
  return name && name !== sha ? `${name} (${shortSha(sha)})` : shortSha(sha);
}

export const describeDeployment = (deployment: Deployment): string => describeRef(refOf(deployment), deployment.sha, versionOf(deployment));

/** The release tag when `ref` names one: refs/tags/X, or a bare name that is a tag (one request). */
export async function tagOf(github: GitHub, repo: RepoRef, ref: string): Promise<string> {
  if (ref.startsWith('refs/tags/')) return ref.slice('refs/tags/'.length);
  if (ref.startsWith('refs/') || /^[0-9a-f]{40}$/i.test(ref)) return '';
  return (await isTag(github, repo, ref)) ? ref : '';
}

/** production_environment: explicit, or true for environments named production or prod. */
export const isProductionName = (environment: string): boolean => /^(production|prod)$/i.test(environment.trim());

/**
 * Refuse a commit that has no successful deployment in `required` (what was verified is what
 * ships), or whose release was rolled back there afterwards (unless forced).
 */
export async function checkPromotion(
  github: GitHub,
  repo: RepoRef,
  args: { required: string; environment: string; sha: string; label: string; logger: Logger; force?: boolean },
): Promise<Deployment> {
  const ledger = new DeploymentLedger(github, repo, args.required);
  const found = await ledger.successfulDeploymentOf(args.sha);
  if (!found) {
    const { live } = await ledger.scan();
    const there = live ? `has ${describeDeployment(live.deployment)} live` : 'has no successful deployment at all';
    throw new UserError(
      `Refusing to deploy ${args.label} to ${args.environment}: it has no successful deployment in ${args.required}, which ${there}; deploy it to ${args.required} first.`,
    );
  }
  // It succeeded there, but was it found bad there later? (rolledBack() counts only a rollback
  // with no successful deployment of the same commit after it.)
  const record = await ledger.rolledBack(args.sha);
  if (record) {
    const why = record.reason ? ` (${record.reason.replace(/\.$/, '')})` : '';
    if (!args.force) {
      throw new UserError(
        `Refusing to deploy ${args.label} to ${args.environment}: it was rolled back in ${args.required} by deployment ${record.deployment.id}${why} after it was deployed there; set force: true to deploy it anyway.`,
      );
    }
    args.logger.warning(
      `${args.label} was rolled back in ${args.required} by deployment ${record.deployment.id}${why}; promoting it to ${args.environment} anyway because force is true.`,
    );
  }
  args.logger.info(`Promotion gate: ${args.label} was deployed successfully to ${args.required} (deployment ${found.id}).`);
  return found;
}

/** Refuse a commit that is not the live one or a descendant of it. */
export async function checkForwardOnly(
  github: GitHub,
  repo: RepoRef,
  args: {
    live: DeploymentRecord | undefined;
    environment: string;
    sha: string;
    label: string;
    logger: Logger;
    /** The comparison base...head (default: one request); deploy passes one it may have started already. */
    compare?: (base: string, head: string) => Promise<Comparison>;
  },
): Promise<void> {
  const { live } = args;
  if (!live) {
    args.logger.info(`Forward-only: ${args.environment} has no successful deployment yet, so any commit may go first.`);
    return;
  }
  const liveLabel = describeDeployment(live.deployment);
  if (live.deployment.sha === args.sha) {
    args.logger.info(`Forward-only: ${args.label} is what ${args.environment} runs now; deploying it again.`);
    return;
  }
  let comparison;
  try {
    comparison = await (args.compare ?? ((base, head) => compareCommits(github, repo, base, head)))(live.deployment.sha, args.sha);
  } catch (error) {
    if (httpStatus(error) !== 404) throw error;
    throw new UserError(
      `Refusing to deploy ${args.label} to ${args.environment}: GitHub finds no common history with ${liveLabel}, which is live there, so it cannot be shown to be a descendant; only a rollback may replace it.`,
    );
  }
  if (comparison.status === 'ahead' || comparison.status === 'identical') {
    args.logger.info(`Forward-only: ${args.label} is ${comparison.aheadBy} commit(s) ahead of ${liveLabel}, which is live in ${args.environment}.`);
    return;
  }
  const how = comparison.status === 'behind' ? `${comparison.behindBy} commit(s) behind it` : `diverged from it (${comparison.aheadBy} ahead, ${comparison.behindBy} behind)`;
  throw new UserError(
    `Refusing to deploy ${args.label} to ${args.environment}: it is not a descendant of ${liveLabel}, which is live there (${how}); only a rollback may go backwards.`,
  );
}

/** Refuse a commit that was rolled back in the environment, unless forced. */
export function checkRolledBack(args: { record: RollbackRecord | undefined; force: boolean; environment: string; label: string; logger: Logger }): void {
  const { record } = args;
  if (!record) return;
  const why = record.reason ? ` (${record.reason.replace(/\.$/, '')})` : '';
  if (args.force) {
    args.logger.warning(`${args.label} was rolled back in ${args.environment} by deployment ${record.deployment.id}${why}; deploying it anyway because force is true.`);
    return;
  }
  throw new UserError(
    `Refusing to deploy ${args.label} to ${args.environment}: it was rolled back there by deployment ${record.deployment.id}${why}; set force: true to deploy it anyway.`,
  );
}
