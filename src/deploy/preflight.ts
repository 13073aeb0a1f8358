import { UserError } from '../lib/errors.js';
import { httpStatus, type GitHub } from '../github/client.js';
import { compareCommits, isTag, type RepoRef } from '../github/commits.js';
import { createDeploymentStatus, type Deployment } from '../github/deployments.js';
import { DeploymentLedger, refOf, versionOf, type DeploymentRecord, type EnvironmentState, type RollbackRecord } from './ledger.js';
import { formatDuration, short, sleep, type Logger } from './runtime.js';

/**
 * The checks that run before anything is created: the promotion gate, forward-only, and one
 * deploy at a time per environment. Every refusal is one sentence naming both sides.
 */

/** How long a deploy waits for another one of the same environment before giving up. */
export const WAIT_LIMIT_MS = 10 * 60_000;
/** How often it looks again while waiting (and logs that it is waiting). */
export const WAIT_POLL_MS = 5_000;
/**
 * A running record without its own `expires_at` is stale this long after its newest status.
 * shipgate's own records carry `expires_at` (their command timeout, or this limit when there is
 * none, plus the verification budget), so a long but alive deploy is never mistaken for a crash.
 */
export const STALE_AFTER_MS = 10 * 60_000;

/** "v1.2.0 (abc1234)", "main (abc1234)" or "abc1234". */
export function describeRef(ref: string, sha: string, version = ''): string {
  const name = version || ref;
  return name && name !== sha ? `${name} (${short(sha)})` : short(sha);
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
  args: { live: DeploymentRecord | undefined; environment: string; sha: string; label: string; logger: Logger },
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
    comparison = await compareCommits(github, repo, live.deployment.sha, args.sha);
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

export interface SettleOptions {
  ledger: DeploymentLedger;
  state: EnvironmentState;
  dryRun: boolean;
  logger: Logger;
  signal?: AbortSignal;
  waitLimitMs?: number;
  pollMs?: number;
  staleAfterMs?: number;
  now?: () => number;
  github: GitHub;
  repo: RepoRef;
}

/** When a running record counts as abandoned by a crashed run. */
export function expiryOf(record: DeploymentRecord, staleAfterMs: number): number {
  const declared = Date.parse(record.deployment.payload.expires_at ?? '');
  if (Number.isFinite(declared)) return declared;
  return Date.parse(record.status?.created_at ?? record.deployment.created_at) + staleAfterMs;
}

/**
 * One deploy at a time: mark stale running records `error` ('stale: superseded'), wait for live
 * ones (logging every poll) up to the wait limit, then refuse. Returns the environment's state
 * once nothing else runs (re-read, since the other deploy may have changed what is live).
 * In a dry run nothing is marked or waited for; the notes go to the plan.
 */
export async function settleOthers(options: SettleOptions): Promise<{ state: EnvironmentState; notes: string[] }> {
  const now = options.now ?? Date.now;
  const limit = options.waitLimitMs ?? WAIT_LIMIT_MS;
  const started = now();
  const notes: string[] = [];
  let state = options.state;
  for (;;) {
    const running: DeploymentRecord[] = [];
    for (const record of state.active) {
      const label = describeDeployment(record.deployment);
      if (now() <= expiryOf(record, options.staleAfterMs ?? STALE_AFTER_MS)) {
        running.push(record);
        continue;
      }
      if (options.dryRun) {
        notes.push(`Deployment ${record.deployment.id} of ${label} is stale (${record.state} since ${record.status?.created_at ?? record.deployment.created_at}); it would be marked error.`);
        continue;
      }
      options.logger.warning(`Deployment ${record.deployment.id} of ${label} in ${state.environment} is stale (${record.state} since ${record.status?.created_at ?? record.deployment.created_at}, its run is gone); marking it error.`);
      await createDeploymentStatus(options.github, options.repo, record.deployment.id, { state: 'error', description: 'stale: superseded' });
    }
    if (running.length === 0) return { state, notes };
    const other = running[0];
    const by = other.deployment.payload.run_url ? ` by ${other.deployment.payload.run_url}` : '';
    const what = `deployment ${other.deployment.id} of ${describeDeployment(other.deployment)}${by}`;
    if (options.dryRun) {
      notes.push(`Another deploy to ${state.environment} is running (${what}); the deploy would wait for it up to ${formatDuration(limit)}.`);
      return { state, notes };
    }
    const waited = now() - started;
    if (waited >= limit) {
      throw new UserError(
        `Another deploy to ${state.environment} is still running (${what}, ${other.state}) after waiting ${formatDuration(waited)}; run this deploy again once it has finished.`,
      );
    }
    options.logger.info(`Waiting for ${what} to finish in ${state.environment} (${other.state}; waited ${formatDuration(waited)} of ${formatDuration(limit)}).`);
    await sleep(Math.min(options.pollMs ?? WAIT_POLL_MS, Math.max(0, limit - waited)), options.signal);
    options.ledger.refresh();
    state = await options.ledger.scan();
  }
}
