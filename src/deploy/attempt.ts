import { UserError } from '../lib/errors.js';
import {
  createDeployment,
  createDeploymentStatus,
  type DeployedRef,
  type Deployment,
  type DeploymentRef,
  type DeployKind,
  type ShipgatePayload,
  type StatusParams,
} from '../github/deployments.js';
import { commandEnvironment, describeCommandFailure, runCommand, type CommandResult } from './command.js';
import { describeRef } from './preflight.js';
import { CancelledError, isCancelled } from './runtime.js';
import { shortSha } from '../lib/sha.js';
import { inLogGroup } from '../lib/logger.js';
import { formatDurationCompact } from '../lib/duration.js';
import { DeploymentCancelled, type Attempt, type Check, type DeploymentDeps, type Phase, type RunSettings, type Timing } from './types.js';
import { describeVerified, verifySteps } from './verify.js';

/**
 * One GitHub Deployment, from its creation to its final status: create it, run the deploy
 * command, verify, post the final status and mark what it replaced inactive. Whoever calls it
 * has taken the environment's turn (turn.ts) in between creating and running.
 */

/** What one deployment deploys and records. */
export interface AttemptTarget {
  ref: string;
  sha: string;
  version: string;
  kind: DeployKind;
  reason: string;
  /** payload.previous and SHIPGATE_PREVIOUS_REF: what ran before this deployment. */
  previous?: DeploymentRef;
  /** The live deployment to mark inactive once this one succeeds. */
  supersedes?: DeploymentRef;
  /** A rollback: what it takes out (payload.rolled_back). */
  rolledBack?: DeployedRef;
  /**
   * An `in_progress` status for each phase (a deploy and its automatic rollback), or one naming
   * every phase (the rollback action: each status is a round trip on the way to restoring service).
   */
  statusPerPhase: boolean;
  /** Sent together with the final `success` status (see RollbackDeploymentOptions.onVerified). */
  onVerified?: (deploymentId: number) => Promise<void>;
}

/** How a deployment's statuses and log name what it does, by its kind. */
const WORDS: Record<DeployKind, { created: string; running: string; command: string; done: string }> = {
  deploy: { created: 'Deploy', running: 'Deploying', command: 'deploy command', done: 'Deployed' },
  rollback: { created: 'Rollback to', running: 'Rolling back to', command: 'rollback command', done: 'Rolled back to' },
};

export const stripPeriod = (sentence: string): string => sentence.replace(/\.$/, '');
export const labelOf = (target: Pick<AttemptTarget, 'ref' | 'sha' | 'version'>): string => describeRef(target.ref, target.sha, target.version);

/** When a run that created a deployment now will have given it a final status, if it is alive. */
function expiresAt(settings: RunSettings, timing: Timing): string {
  const command = settings.commandTimeoutMs ?? timing.staleAfterMs;
  const health = settings.verify.healthCheckUrls.length ? settings.verify.healthCheckTimeoutMs : 0;
  const once = command + health + (settings.verify.prometheusUrl ? settings.verify.verifyWindowMs + 60_000 : 0);
  const rollback = settings.autoRollback ? command + health : 0;
  return new Date(Date.now() + timing.waitLimitMs + once + rollback + 60_000).toISOString();
}

/** Create the GitHub Deployment of a target (no status yet: the turn or the attempt posts the first). */
export async function createFor(target: AttemptTarget, settings: RunSettings, deps: DeploymentDeps, timing: Timing): Promise<Deployment> {
  const label = labelOf(target);
  const payload: ShipgatePayload = {
    shipgate: 1,
    version: target.version,
    sha: target.sha,
    ref: target.ref,
    previous: target.previous ? { id: target.previous.id, ref: target.previous.ref, sha: target.previous.sha } : null,
    run_url: deps.run.url,
    actor: deps.run.actor,
    mode: target.kind,
    reason: target.reason,
    ...(target.rolledBack ? { rolled_back: target.rolledBack } : {}),
    expires_at: expiresAt(settings, timing),
  };
  const deployment = await createDeployment(deps.github, deps.repo, {
    ref: target.sha,
    environment: settings.environment,
    description: `${WORDS[target.kind].created} ${label} by shipgate`,
    production: settings.production,
    payload,
    requiredContexts: settings.requiredContexts,
  });
  deps.logger.info(`Created deployment ${deployment.id} of ${label} in ${settings.environment} (${target.kind}).`);
  return deployment;
}

/** Post a final status; a failure to do so is a warning (the deploy's own verdict stands). */
export async function finalStatus(deps: DeploymentDeps, id: number, state: 'failure' | 'error', description: string): Promise<void> {
  try {
    await createDeploymentStatus(deps.github, deps.repo, id, { state, description, logUrl: deps.run.url });
  } catch (error) {
    deps.logger.warning(`Deployment ${id} could not be given its final status: ${(error as Error).message}`);
  }
}

/**
 * A deployment that never ran (the run was cancelled while it waited, gave up waiting, or was
 * refused once its turn came) still gets a final `error` status saying why. Returns what to throw.
 */
export async function finishUnrun(id: number, target: AttemptTarget, error: unknown, settings: RunSettings, deps: DeploymentDeps): Promise<unknown> {
  const cancelled = isCancelled(error, deps.signal);
  const description = cancelled ? 'cancelled while waiting for its turn' : error instanceof UserError ? error.message : `shipgate error: ${(error as Error)?.message ?? String(error)}`;
  await finalStatus(deps, id, 'error', description);
  if (cancelled) {
    return new DeploymentCancelled(
      `The deploy of ${labelOf(target)} to ${settings.environment} was cancelled while it waited for its turn; deployment ${id} was marked error.`,
      { deploymentId: id, sha: target.sha, ref: target.ref, environmentUrl: settings.url ?? '', environment: settings.environment },
    );
  }
  if (error instanceof UserError) return new UserError(`${stripPeriod(error.message)}; deployment ${id} was marked error.`);
  return error;
}

function commandCheck(result: CommandResult, failure: string | undefined, timeoutMs: number | undefined): Check {
  return {
    kind: 'command',
    name: 'deploy command',
    ok: !failure,
    measured: result.timedOut ? 'timed out' : result.signal ? `killed by ${result.signal}` : `exit code ${result.exitCode} after ${formatDurationCompact(result.durationMs)}`,
    threshold: timeoutMs ? `exit code 0 within ${formatDurationCompact(timeoutMs)}` : 'exit code 0',
    detail: failure ?? `The deploy command succeeded in ${formatDurationCompact(result.durationMs)}.`,
  };
}

/**
 * Run the command and verify, and leave a final status, except for a verification failure when
 * `holdFailure` is set (the caller posts it after the automatic rollback, so the failed
 * deployment keeps the environment's turn until then).
 */
export async function runAttempt(id: number, target: AttemptTarget, settings: RunSettings, deps: DeploymentDeps, timing: Timing, holdFailure: boolean): Promise<Attempt> {
  const { github, repo, logger, signal } = deps;
  const label = labelOf(target);
  const phases: Phase[] = [];
  const checks: Check[] = [];
  let final: Attempt['state'] | undefined;
  const setStatus = (state: StatusParams['state'], description: string) =>
    createDeploymentStatus(github, repo, id, { state, description, logUrl: deps.run.url, environmentUrl: settings.url });
  const phase = <T>(name: string, work: () => Promise<T>, ok: (result: T) => boolean): Promise<T> =>
    inLogGroup(logger, `${name[0].toUpperCase()}${name.slice(1)}`, async () => {
      const begun = Date.now();
      try {
        const result = await work();
        phases.push({ name, ms: Date.now() - begun, ok: ok(result) });
        return result;
      } catch (error) {
        phases.push({ name, ms: Date.now() - begun, ok: false });
        throw error;
      }
    });
  const steps = verifySteps(settings.verify, { logger, signal, fetch: deps.fetch }, label);

  let failure: string | undefined;
  try {
    await setStatus(
      'in_progress',
      target.statusPerPhase
        ? `${WORDS[target.kind].running} ${label}: running the deploy command`
        : `Rolling back to ${label}: ${['deploy command', ...steps.map((step) => step.name)].join(', then ')}`,
    );
    const result = await phase(
      WORDS[target.kind].command,
      () =>
        runCommand({
          command: settings.command,
          env: commandEnvironment(deps.env ?? process.env, {
            SHIPGATE_ENVIRONMENT: settings.environment,
            SHIPGATE_REF: target.ref,
            SHIPGATE_SHA: target.sha,
            SHIPGATE_VERSION: target.version,
            SHIPGATE_PREVIOUS_REF: target.previous?.ref ?? '',
            SHIPGATE_DEPLOYMENT_ID: String(id),
            SHIPGATE_MODE: target.kind,
          }),
          cwd: deps.cwd,
          timeoutMs: settings.commandTimeoutMs,
          signal,
          killGraceMs: timing.killGraceMs,
          output: deps.output,
        }),
      (done) => describeCommandFailure(done, settings.commandTimeoutMs) === undefined,
    );
    if (result.cancelled) throw new CancelledError();
    failure = describeCommandFailure(result, settings.commandTimeoutMs);
    checks.push(commandCheck(result, failure, settings.commandTimeoutMs));

    for (const step of steps) {
      if (failure) break;
      if (target.statusPerPhase) await setStatus('in_progress', step.status);
      const verified = await phase(step.name, () => step.run(), (done) => !done.failure);
      checks.push(...verified.checks);
      failure = verified.failure;
    }

    if (failure) {
      if (!holdFailure) await setStatus('failure', failure);
      final = 'failure';
      logger.warning(`Deployment ${id} of ${label} failed: ${failure}`);
    } else {
      const passed = describeVerified(checks);
      const supersedes = target.supersedes && target.supersedes.id !== id ? target.supersedes : undefined;
      const markInactive = async (replaced: DeploymentRef): Promise<void> => {
        try {
          await createDeploymentStatus(github, repo, replaced.id, { state: 'inactive', description: `Superseded by deployment ${id} (${shortSha(target.sha)})` });
        } catch (error) {
          logger.warning(`Deployment ${replaced.id} could not be marked inactive: ${(error as Error).message}`);
        }
      };
      // The final writes depend on the verification, not on each other, so they go out together
      // (one round trip, not three): shipgate reads what is live from the newest deployment that
      // reached success, whatever is inactive, so even a lost success status leaves no gap in it.
      const [posted] = await Promise.allSettled([
        setStatus('success', `${WORDS[target.kind].done} ${label}${passed.length ? `; verified: ${passed.join(', ')}` : ''}`),
        supersedes ? markInactive(supersedes) : undefined,
        target.onVerified?.(id),
      ]);
      if (posted.status === 'rejected') throw posted.reason;
      final = 'success';
      logger.info(`Deployment ${id} of ${label} succeeded.`);
    }
  } catch (error) {
    if (final === undefined) {
      const cancelled = isCancelled(error, signal);
      const description = cancelled ? 'cancelled' : `shipgate error: ${(error as Error)?.message ?? String(error)}`;
      try {
        await setStatus('error', description);
        final = 'error';
      } catch (statusError) {
        logger.warning(`Deployment ${id} could not be given its final status: ${(statusError as Error).message}`);
      }
      if (cancelled) {
        throw new DeploymentCancelled(`The deploy of ${label} to ${settings.environment} was cancelled; deployment ${id} was marked error.`, {
          deploymentId: id,
          sha: target.sha,
          ref: target.ref,
          environmentUrl: settings.url ?? '',
          environment: settings.environment,
        });
      }
    }
    throw error;
  }
  return { mode: target.kind, deploymentId: id, ref: target.ref, sha: target.sha, version: target.version, state: final, failure, checks, phases };
}
