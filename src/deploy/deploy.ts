import { UserError } from '../lib/errors.js';
import { compareCommits, resolveCommit, type Comparison } from '../github/commits.js';
import type { RepoRef } from '../lib/repo.js';
import type { DeploymentRef } from '../github/deployments.js';
import { createFor, finalStatus, finishUnrun, labelOf, runAttempt, stripPeriod, type AttemptTarget } from './attempt.js';
import { DeploymentLedger, refOf, versionOf, type EnvironmentState } from './ledger.js';
import { planOf } from './plan.js';
import { checkForwardOnly, checkPromotion, checkRolledBack, describeRef, isProductionName } from './preflight.js';
import { CancelledError } from './runtime.js';
import { describeOthers, takeTurn } from './turn.js';
import { releaseVersionOf } from './version.js';
import {
  DeploymentCancelled,
  TIMING,
  type Attempt,
  type DeploymentDeps,
  type DeploymentOptions,
  type DeploymentOutcome,
  type Phase,
  type RollbackDeploymentOptions,
  type RunSettings,
} from './types.js';

export * from './types.js';

/**
 * Over 300 lines on purpose: the two orchestrations below share this module's private helpers
 * (what was live, a cancel before anything was created, the deployments page), and side by side
 * they show what a rollback leaves out (forward-only and rolled-back checks, a status per phase,
 * an automatic rollback). The stages themselves live in attempt, turn, preflight and verify.
 *
 * The two ways shipgate puts a version live, each one way through the stages:
 * - runDeployment (the deploy action): pre-flight checks (promotion, forward-only, rolled back) →
 *   create the deployment → take the environment's turn (turn.ts) → run and verify (attempt.ts,
 *   verify.ts) → on failure, the automatic rollback in the same turn.
 * - runRollbackDeployment (the rollback action, after planning from the ledger): create →
 *   take the turn, stopping if what is live changed since the plan → run and verify.
 */

/** The UI page listing the environment's deployments. */
export const deploymentsPage = (serverUrl: string, repo: RepoRef, environment: string): string =>
  `${serverUrl}/${repo.owner}/${repo.repo}/deployments/${encodeURIComponent(environment)}`;

const refOfLive = (state: EnvironmentState): DeploymentRef | undefined => {
  const live = state.live?.deployment;
  return live ? { id: live.id, ref: refOf(live), sha: live.sha, version: versionOf(live) } : undefined;
};

/** A cancel before a deployment was created: nothing to finish, only the outputs to set. */
function cancelledEarly(error: unknown, environment: string, details: { sha?: string; ref: string; url?: string }): unknown {
  if (!(error instanceof CancelledError)) return error;
  return new DeploymentCancelled(`The deploy to ${environment} was cancelled before a deployment was created; nothing was changed.`, {
    sha: details.sha,
    ref: details.ref,
    environmentUrl: details.url ?? '',
    environment,
  });
}

/**
 * Deploy a ref to an environment: pre-flight checks, a GitHub Deployment with live statuses,
 * the deploy command, health and service-level verification, and an automatic rollback when
 * verification fails. Throws a UserError for refusals (nothing is created then, or the created
 * deployment is finished as `error` when the refusal comes with its turn) and for a cancelled run
 * (after giving the deployment its final `error` status); returns the outcome otherwise, failed
 * or not, so the caller can report it.
 */
export async function runDeployment(options: DeploymentOptions, deps: DeploymentDeps): Promise<DeploymentOutcome> {
  const known: { sha?: string } = {};
  try {
    return await deployForward(options, deps, known);
  } catch (error) {
    throw cancelledEarly(error, options.environment, { sha: known.sha, ref: options.ref, url: options.url });
  }
}

async function deployForward(options: DeploymentOptions, deps: DeploymentDeps, known: { sha?: string }): Promise<DeploymentOutcome> {
  const { github, repo, logger } = deps;
  const timing = { ...TIMING, ...deps.timing };
  const { environment } = options;
  const started = Date.now();

  // What users wait for is round trips, so the reads that do not depend on each other go out
  // together: the commit, the environment's deployments and the release tags first; then the
  // newest deployment's statuses (is it live?), the version's comparison and the forward-only
  // comparison against that newest deployment, and the next page of deployments (was this commit
  // rolled back?). A guess that turns out wrong costs only a request more, never a wrong answer.
  const ledger = new DeploymentLedger(github, repo, environment);
  const newestRead = ledger.newest();
  newestRead.catch(() => undefined); // awaited below; a refused ref must not leave it unhandled
  const shaRead = resolveCommit(github, repo, options.ref);
  const prefix = options.tagPrefix ?? 'v';
  const versionRead = options.version !== undefined ? Promise.resolve(options.version) : releaseVersionOf(github, repo, { ref: options.ref, sha: shaRead, prefix, logger });
  versionRead.catch(() => undefined);
  const sha = await shaRead;
  known.sha = sha;
  const compares = new Map<string, Promise<Comparison>>();
  const compare = (base: string, head: string): Promise<Comparison> => {
    const key = `${base}...${head}`;
    let comparison = compares.get(key);
    if (!comparison) {
      comparison = compareCommits(github, repo, base, head);
      comparison.catch(() => undefined); // a guess nobody asks for again may fail unseen
      compares.set(key, comparison);
    }
    return comparison;
  };
  const newest = await newestRead;
  if (newest && newest.sha !== sha) void compare(newest.sha, sha);
  if (!deps.isRolledBack) ledger.rolledBack(sha).catch(() => undefined);
  const [version, scanned] = await Promise.all([versionRead, ledger.scan()]);
  const label = describeRef(options.ref, sha, version);
  const settings: RunSettings = {
    environment,
    command: options.command,
    url: options.url,
    production: options.production ?? isProductionName(environment),
    requiredContexts: options.requiredContexts,
    commandTimeoutMs: options.commandTimeoutMs,
    verify: options.verify,
    autoRollback: options.autoRollback,
  };
  logger.info(`Deploying ${label} to ${environment}${settings.production ? ' (production environment)' : ''}.`);

  if (options.requireDeployedTo) {
    await checkPromotion(github, repo, { required: options.requireDeployedTo, environment, sha, label, logger, force: options.force });
  }
  let state = scanned;
  const logLive = () => {
    const live = state.live?.deployment;
    logger.info(live ? `Live in ${environment} now: ${describeRef(refOf(live), live.sha, versionOf(live))} (deployment ${live.id}).` : `Nothing is live in ${environment} yet.`);
  };
  const forwardChecks = async () => {
    // Both reads together; forward-only's refusal comes first, as it would one after the other.
    const [forward, record] = await Promise.allSettled([
      checkForwardOnly(github, repo, { live: state.live, environment, sha, label, logger, compare }),
      (deps.isRolledBack ?? ((candidate: string) => ledger.rolledBack(candidate)))(sha),
    ]);
    if (forward.status === 'rejected') throw forward.reason;
    if (record.status === 'rejected') throw record.reason;
    checkRolledBack({ record: record.value, force: options.force, environment, label, logger });
  };
  logLive();
  // Refuse before anything is created; look again if another deploy changed what is live meanwhile.
  await forwardChecks();
  const liveBefore = state.live?.deployment.id;
  let previous = refOfLive(state);
  const phases: Phase[] = [{ name: 'pre-flight checks', ms: 0, ok: true }];
  const base = () => ({
    mode: 'deploy' as const,
    environment,
    production: settings.production,
    ref: options.ref,
    sha,
    version,
    previous,
    environmentUrl: options.url ?? '',
    deploymentsUrl: deploymentsPage(deps.run.serverUrl, repo, environment),
    runUrl: deps.run.url,
    phases,
  });

  if (options.dryRun) {
    phases[0].ms = Date.now() - started;
    const plan = planOf(settings, { label, kind: 'deploy', previous, notes: describeOthers(state, timing, Date.now()) });
    return { ...base(), status: 'dry-run', plan, message: `Dry run: ${label} would be deployed to ${environment}; nothing was changed.` };
  }

  const target: AttemptTarget = { ref: options.ref, sha, version, kind: 'deploy', reason: '', previous, supersedes: previous, statusPerPhase: true };
  // Create first, then take the environment's turn (see turn.ts): a check before creating cannot
  // see a deploy that starts at the same instant.
  const own = await createFor(target, settings, deps, timing);
  try {
    state = await takeTurn({ github, repo, ledger, own, logger, signal: deps.signal, timing, label: `Deploy ${label}`, sleep: deps.sleep, now: deps.now });
    if (state.live?.deployment.id !== liveBefore) {
      logLive();
      await forwardChecks();
      previous = refOfLive(state);
      Object.assign(target, { previous, supersedes: previous });
    }
  } catch (error) {
    throw await finishUnrun(own.id, target, error, settings, deps);
  }
  phases[0].ms = Date.now() - started;

  // With an automatic rollback ahead, the failed deployment keeps the environment (no final
  // status) until the rollback is done, so a deploy waiting its turn cannot start in between.
  const holdFailure = options.autoRollback && previous !== undefined;
  const attempt = await runAttempt(own.id, target, settings, deps, timing, holdFailure);
  if (attempt.state === 'success') {
    return { ...base(), status: 'success', deploymentId: attempt.deploymentId, attempt, message: `${label} is live in ${environment} (deployment ${attempt.deploymentId}).` };
  }

  const failed = `Deploying ${label} to ${environment} failed (${stripPeriod(attempt.failure ?? 'unknown failure')})`;
  const failure = { ...base(), status: 'failure' as const, deploymentId: attempt.deploymentId, attempt };
  if (!options.autoRollback) return { ...failure, message: `${failed}; auto-rollback is off, so ${environment} may be left running ${label}.` };
  if (!previous) return { ...failure, message: `${failed}; there is no previous successful deployment in ${environment} to roll back to.` };

  const cancelled = (message: string) =>
    new DeploymentCancelled(message, { deploymentId: attempt.deploymentId, sha, ref: options.ref, environmentUrl: options.url ?? '', environment });
  const previousLabel = describeRef(previous.ref, previous.sha, previous.version);
  let rollback: Attempt;
  try {
    if (deps.signal?.aborted) throw cancelled(`${failed}; the run was cancelled, so no automatic rollback was started.`);
    logger.warning(`${failed}. Rolling back to ${previousLabel}, the last successful deployment of ${environment}.`);
    // Its recorded version, else the release tag on its commit (a deployment recorded before the
    // commit was tagged): the command picks artifacts by it.
    const previousVersion = previous.version || (await releaseVersionOf(github, repo, { ref: previous.sha, sha: previous.sha, prefix, logger }));
    const back: AttemptTarget = {
      // The release tag, else the exact commit: the ref it was deployed from may be a branch
      // that has moved on since (the command must get a ref that still names that commit).
      ref: previousVersion || previous.sha,
      sha: previous.sha,
      version: previousVersion,
      kind: 'rollback',
      reason: `automatic rollback: ${stripPeriod(attempt.failure ?? 'verification failed')}`,
      previous: { id: attempt.deploymentId, ref: options.ref, sha, version },
      supersedes: previous,
      rolledBack: { id: attempt.deploymentId, ref: options.ref, sha, version },
      statusPerPhase: true,
    };
    // Verified by the health checks only: the previous version's service levels were verified when
    // it was deployed, and a second verify window would double the outage. It runs in this run's
    // turn, which the failed deployment holds: it takes no turn of its own.
    const backSettings: RunSettings = { ...settings, verify: { ...settings.verify, prometheusUrl: undefined } };
    const created = await createFor(back, backSettings, deps, timing);
    rollback = await runAttempt(created.id, back, backSettings, deps, timing, false);
  } catch (error) {
    // Outputs name the deployment created for the ref, not the rollback's.
    if (error instanceof DeploymentCancelled) throw cancelled(error.message);
    throw error;
  } finally {
    await finalStatus(deps, attempt.deploymentId, 'failure', attempt.failure ?? 'verification failed');
  }
  if (rollback.state === 'success') {
    return {
      ...failure,
      status: 'rolled-back',
      rollback,
      message: `${failed}; it was rolled back and ${previousLabel} is live again (deployment ${rollback.deploymentId}).`,
    };
  }
  return {
    ...failure,
    rollback,
    message: `${failed}, and the automatic rollback to ${previousLabel} failed too (${stripPeriod(rollback.failure ?? 'unknown failure')}); ${environment} needs attention.`,
  };
}

/**
 * The rollback action's deploy stage: the plan (what is live, the target, the safety check) was
 * made from `ledger`; this creates the rollback deployment, takes the environment's turn (and
 * stops if what is live changed meanwhile: the plan would be stale), runs the command and
 * verifies. No forward-only or rolled-back check (only a rollback may go backwards), one
 * `in_progress` status for all phases, and no automatic rollback of a rollback.
 */
export async function runRollbackDeployment(options: RollbackDeploymentOptions, ledger: DeploymentLedger, deps: DeploymentDeps): Promise<DeploymentOutcome> {
  const { github, repo, logger } = deps;
  if (ledger.environment !== options.environment) {
    throw new Error(`runRollbackDeployment was given the ledger of ${ledger.environment} for a rollback of ${options.environment}`);
  }
  const timing = { ...TIMING, ...deps.timing };
  const { environment, rolledBack } = options;
  const started = Date.now();
  const label = labelOf(options.target);
  const settings: RunSettings = {
    environment,
    command: options.command,
    url: options.url,
    production: options.production ?? isProductionName(environment),
    requiredContexts: options.requiredContexts,
    commandTimeoutMs: options.commandTimeoutMs,
    verify: options.verify,
    autoRollback: false,
  };
  logger.info(`Rolling back ${label} to ${environment}${settings.production ? ' (production environment)' : ''}.`);
  const phases: Phase[] = [{ name: 'pre-flight checks', ms: 0, ok: true }];
  const base = {
    mode: 'rollback' as const,
    environment,
    production: settings.production,
    ...options.target,
    previous: rolledBack,
    environmentUrl: options.url ?? '',
    deploymentsUrl: deploymentsPage(deps.run.serverUrl, repo, environment),
    runUrl: deps.run.url,
    phases,
  };
  if (options.dryRun) {
    phases[0].ms = Date.now() - started;
    const plan = planOf(settings, { label, kind: 'rollback', previous: rolledBack, notes: describeOthers(await ledger.scan(), timing, Date.now()) });
    return { ...base, status: 'dry-run', plan, message: `Dry run: ${label} would be deployed to ${environment}; nothing was changed.` };
  }

  const target: AttemptTarget = {
    ...options.target,
    kind: 'rollback',
    reason: options.reason,
    previous: rolledBack,
    supersedes: rolledBack,
    rolledBack,
    statusPerPhase: false,
    onVerified: options.onVerified,
  };
  let id: number | undefined;
  try {
    const own = await createFor(target, settings, deps, timing);
    id = own.id;
    const state = await takeTurn({ github, repo, ledger, own, logger, signal: deps.signal, timing, label: `Rollback to ${label}`, sleep: deps.sleep, now: deps.now });
    const now = state.live?.deployment;
    if (now?.id !== rolledBack.id) {
      // Another deploy replaced what the rollback was planned against (its target, safety range
      // and what it marks rolled back): the plan is stale.
      throw new UserError(
        `What is live in ${environment} changed to ${now ? describeRef(refOf(now), now.sha, versionOf(now)) : 'nothing'} while this rollback waited; run the rollback again.`,
      );
    }
  } catch (error) {
    if (id === undefined) throw cancelledEarly(error, environment, { sha: options.target.sha, ref: options.target.ref, url: options.url });
    throw await finishUnrun(id, target, error, settings, deps);
  }
  phases[0].ms = Date.now() - started;
  const attempt = await runAttempt(id, target, settings, deps, timing, false);
  if (attempt.state === 'success') {
    return { ...base, status: 'success', deploymentId: id, attempt, message: `${label} is live in ${environment} (deployment ${id}).` };
  }
  return { ...base, status: 'failure', deploymentId: id, attempt, message: `Rolling back to ${label} to ${environment} failed (${stripPeriod(attempt.failure ?? 'unknown failure')}).` };
}
