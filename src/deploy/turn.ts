import { UserError } from '../lib/errors.js';
import type { GitHub } from '../github/client.js';
import type { RepoRef } from '../lib/repo.js';
import { createDeploymentStatus, type Deployment } from '../github/deployments.js';
import { type DeploymentLedger, type DeploymentRecord, type EnvironmentState } from './ledger.js';
import { describeDeployment } from './preflight.js';
import { sleep } from './runtime.js';
import type { Logger } from '../lib/logger.js';
import { formatDurationCompact } from '../lib/duration.js';

/**
 * One deploy per environment, even when two start at the same instant. Checking "is anything
 * running?" before creating a deployment cannot be enough: two runs can both see nothing and both
 * create. So each run creates its deployment first and then looks again: among the environment's
 * shipgate deployments that have not finished, the one with the lowest id runs, and every other
 * one waits (status `queued`) until it is the lowest. GitHub gives ids in creation order, so all
 * runs reach the same verdict from the same list, with no lock service.
 */

/** How long a deploy waits for the ones ahead of it before giving up. */
export const WAIT_LIMIT_MS = 10 * 60_000;
/** The first look again while waiting; each later one waits twice as long, up to WAIT_POLL_MS. */
export const FIRST_POLL_MS = 1_000;
/** How often it looks again at most while waiting (and logs that it is waiting). */
export const WAIT_POLL_MS = 5_000;
/**
 * A running record without its own `expires_at` is stale this long after its newest status.
 * shipgate's own records carry `expires_at` (their command timeout, or this limit when there is
 * none, plus the wait and the verification budget), so a long but alive deploy is never mistaken
 * for a crash.
 */
export const STALE_AFTER_MS = 10 * 60_000;
/**
 * A deployment with no status at all this long after it was created is abandoned, whatever its
 * `expires_at` says: shipgate posts a status (queued or in_progress) right after the create answer
 * arrives, so a deployment without one was created by a request whose answer was lost, or by a run
 * that stopped at once. Two request timeouts (30 s each, with its retry) and then some.
 */
export const STATUSLESS_AFTER_MS = 90_000;

export interface TurnTiming {
  waitLimitMs: number;
  waitPollMs: number;
  firstPollMs: number;
  staleAfterMs: number;
  statuslessAfterMs: number;
}

/** Why a record no longer counts as running, or undefined while it does. */
export function abandonment(record: DeploymentRecord, timing: Pick<TurnTiming, 'staleAfterMs' | 'statuslessAfterMs'>, now: number): string | undefined {
  const created = Date.parse(record.deployment.created_at);
  if (!record.status) {
    if (now - created <= timing.statuslessAfterMs) return undefined;
    return `abandoned: no status ${formatDurationCompact(now - created)} after it was created (its run lost the answer or stopped), so it never ran`;
  }
  const declared = Date.parse(record.deployment.payload.expires_at ?? '');
  const expiry = Number.isFinite(declared) ? declared : Date.parse(record.status.created_at) + timing.staleAfterMs;
  if (now <= expiry) return undefined;
  return `stale: still ${record.state} past ${new Date(expiry).toISOString()}, when its run would have finished it (the run is gone)`;
}


/** "deployment 12 of v1.2.0 (abc1234) by <run url>". */
export function describeRunning(record: DeploymentRecord): string {
  const by = record.deployment.payload.run_url ? ` by ${record.deployment.payload.run_url}` : '';
  return `deployment ${record.deployment.id} of ${describeDeployment(record.deployment)}${by}`;
}

/** For a dry run's plan: what a deploy created now would find ahead of it. Reads nothing, writes nothing. */
export function describeOthers(state: EnvironmentState, timing: Pick<TurnTiming, 'staleAfterMs' | 'statuslessAfterMs' | 'waitLimitMs'>, now: number): string[] {
  return state.active.map((record) => {
    const why = abandonment(record, timing, now);
    return why
      ? `Deployment ${record.deployment.id} of ${describeDeployment(record.deployment)} would be marked error (${why}).`
      : `Another deploy to ${state.environment} is running (${describeRunning(record)}); the deploy would wait for it up to ${formatDurationCompact(timing.waitLimitMs)}.`;
  });
}

/** The run gave up waiting: its own deployment must get a final status (the caller posts it). */
export class TurnNotTaken extends UserError {
  constructor(message: string) {
    super(message);
    this.name = 'TurnNotTaken';
  }
}

export interface TurnOptions {
  github: GitHub;
  repo: RepoRef;
  ledger: DeploymentLedger;
  /** The deployment this run created (no status yet). */
  own: Deployment;
  logger: Logger;
  signal?: AbortSignal;
  timing: TurnTiming;
  /** The status description while it waits ("Deploy v1.2.0 (abc1234)"). */
  label: string;
  now?: () => number;
  /** Injected in tests: the wait between two looks (default: a cancellable timer). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/**
 * Wait until `own` is the lowest-id unfinished shipgate deployment of the environment. Records
 * ahead of it that were abandoned are finished as `error` with a description that says why.
 * Returns the environment's state as it is when the turn comes (what is live may have changed
 * while waiting). Throws TurnNotTaken after the wait limit, and CancelledError on cancel; the
 * caller gives `own` its final status either way.
 */
export async function takeTurn(options: TurnOptions): Promise<EnvironmentState> {
  const { ledger, own, logger, timing } = options;
  const now = options.now ?? Date.now;
  const wait = options.sleep ?? sleep;
  const started = now();
  let queued = false;
  ledger.markOwn(own.id);
  let pollMs = Math.min(timing.firstPollMs, timing.waitPollMs);
  for (;;) {
    ledger.refreshRunning();
    const state = await ledger.scan();
    const ahead: DeploymentRecord[] = [];
    for (const record of state.active) {
      if (record.deployment.id >= own.id) continue;
      const why = abandonment(record, timing, now());
      if (!why) {
        ahead.push(record);
        continue;
      }
      logger.warning(`Deployment ${record.deployment.id} of ${describeDeployment(record.deployment)} in ${state.environment} is ${why}; marking it error.`);
      await createDeploymentStatus(options.github, options.repo, record.deployment.id, { state: 'error', description: why });
    }
    if (ahead.length === 0) return state;

    // The lowest id runs first: that is the one this deploy waits for.
    const first = ahead.reduce((low, each) => (each.deployment.id < low.deployment.id ? each : low));
    const what = describeRunning(first);
    const waited = now() - started;
    if (waited >= timing.waitLimitMs) {
      throw new TurnNotTaken(
        `Another deploy to ${state.environment} is still running (${what}, ${first.state}) after waiting ${formatDurationCompact(waited)}; run this deploy again once it has finished.`,
      );
    }
    if (!queued) {
      // A status at once: a deployment without one is taken for abandoned (STATUSLESS_AFTER_MS).
      await createDeploymentStatus(options.github, options.repo, own.id, { state: 'queued', description: `${options.label}: waiting for deployment ${first.deployment.id} to finish` });
      queued = true;
    }
    logger.info(`Waiting for ${what} to finish in ${state.environment} (${first.state}; waited ${formatDurationCompact(waited)} of ${formatDurationCompact(timing.waitLimitMs)}).`);
    await wait(Math.min(pollMs, Math.max(0, timing.waitLimitMs - waited)), options.signal);
    pollMs = Math.min(pollMs * 2, timing.waitPollMs);
  }
}
