import { UserError } from '../lib/errors.js';
import type { GitHub } from '../github/client.js';
import { resolveCommit, type RepoRef } from '../github/commits.js';
import {
  createDeployment,
  createDeploymentStatus,
  type DeployedRef,
  type Deployment,
  type DeploymentRef,
  type DeploymentState,
  type DeployKind,
  type ShipgatePayload,
  type StatusParams,
} from '../github/deployments.js';
import { commandEnvironment, describeCommandFailure, KILL_GRACE_MS, runCommand, SHELL } from './command.js';
import { checkHealth, describeHealthFailure } from './health.js';
import { DeploymentLedger, refOf, versionOf, type EnvironmentState, type RollbackRecord } from './ledger.js';
import { checkMetrics, DEFAULT_ERROR_RATE_QUERY, DEFAULT_P95_LATENCY_QUERY, promDuration, renderQuery, waitForWindow } from './metrics.js';
import {
  checkForwardOnly,
  checkPromotion,
  checkRolledBack,
  describeRef,
  isProductionName,
  tagOf,
} from './preflight.js';
import { describeOthers, FIRST_POLL_MS, STALE_AFTER_MS, STATUSLESS_AFTER_MS, takeTurn, WAIT_LIMIT_MS, WAIT_POLL_MS, type TurnTiming } from './turn.js';
import { CancelledError, formatDuration, isCancelled, short, type Logger } from './runtime.js';

/** How the deployed version is verified (shared by deploy and rollback). */
export interface VerifySettings {
  healthCheckUrls: string[];
  healthCheckTimeoutMs: number;
  healthCheckIntervalMs: number;
  prometheusUrl?: string;
  /** Percent. */
  maxErrorRate: number;
  /** Milliseconds. */
  maxP95Latency: number;
  verifyWindowMs: number;
  errorRateQuery?: string;
  p95LatencyQuery?: string;
}

export interface DeploymentOptions {
  environment: string;
  /** What to deploy: a sha, branch or tag (as the user gave it). */
  ref: string;
  /** The commit `ref` names, when the caller resolved it already (rollback: from its comparison); saves a lookup. */
  sha?: string;
  /** The release version, when the caller knows it (rollback passes the tag); else found from the ref. */
  version?: string;
  command: string;
  url?: string;
  /** production_environment; default: the environment is named production or prod. */
  production?: boolean;
  requireDeployedTo?: string;
  autoRollback: boolean;
  commandTimeoutMs?: number;
  force: boolean;
  dryRun: boolean;
  verify: VerifySettings;
  /** 'rollback' skips the forward-only and rolled-back checks (only a rollback may go backwards). */
  mode?: DeployKind;
  reason?: string;
  /** For mode 'rollback': what is being rolled back (default: what is live). Recorded as payload.rolled_back. */
  rolledBack?: DeployedRef;
  /** Commit-status contexts GitHub must see green; default [] (see createDeployment). */
  requiredContexts?: string[];
  /**
   * The environment's ledger when the caller has read it already (the rollback action scans it to
   * find what is live and to skip rolled-back releases): the pre-flight checks answer from what it
   * read instead of listing the deployments again. Default: a new ledger.
   */
  ledger?: DeploymentLedger;
}

export interface Timing extends TurnTiming {
  killGraceMs: number;
}

export const TIMING: Timing = {
  waitLimitMs: WAIT_LIMIT_MS,
  waitPollMs: WAIT_POLL_MS,
  firstPollMs: FIRST_POLL_MS,
  staleAfterMs: STALE_AFTER_MS,
  statuslessAfterMs: STATUSLESS_AFTER_MS,
  killGraceMs: KILL_GRACE_MS,
};

export interface DeploymentDeps {
  github: GitHub;
  repo: RepoRef;
  /** The workflow run doing the deploy: log_url, payload.run_url, payload.actor, links. */
  run: { url: string; actor: string; serverUrl: string };
  logger: Logger;
  /** Aborts when the runner cancels the job (SIGTERM/SIGINT). */
  signal?: AbortSignal;
  fetch?: typeof globalThis.fetch;
  /** The deploy command's base environment (default process.env) and working directory. */
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Where the command's output goes (default: this process's stdout). */
  output?: (chunk: string) => void;
  /** Override of the rolled-back check (default: the environment's rollback records). */
  isRolledBack?: (sha: string) => Promise<RollbackRecord | undefined>;
  timing?: Partial<Timing>;
  /** The wait between two looks while waiting for the environment (default: a cancellable timer). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export interface Phase {
  name: string;
  ms: number;
  ok: boolean;
}

export interface Check {
  kind: 'command' | 'health' | 'metric';
  name: string;
  ok: boolean;
  /** The measured figure, formatted ("HTTP 200 in 12 ms", "0.4%"). */
  measured: string;
  /** What was required ("2xx within 300s", "at most 1%"). */
  threshold: string;
  detail: string;
}

/** One GitHub Deployment shipgate created and drove to a final status. */
export interface Attempt {
  mode: DeployKind;
  deploymentId: number;
  ref: string;
  sha: string;
  version: string;
  state: Extract<DeploymentState, 'success' | 'failure' | 'error'>;
  /** One sentence: what failed. */
  failure?: string;
  checks: Check[];
  phases: Phase[];
}

export interface DeploymentOutcome {
  status: 'success' | 'failure' | 'rolled-back' | 'dry-run';
  mode: DeployKind;
  environment: string;
  production: boolean;
  ref: string;
  sha: string;
  version: string;
  /** What was live before (deployment id, ref, sha, version). */
  previous?: DeploymentRef;
  /** The deployment created for the ref (the first one, when there was an automatic rollback). */
  deploymentId?: number;
  environmentUrl: string;
  /** The environment's deployments page on GitHub. */
  deploymentsUrl: string;
  runUrl: string;
  /** Pre-flight checks (promotion gate, forward-only, one at a time). */
  phases: Phase[];
  attempt?: Attempt;
  rollback?: Attempt;
  /** One sentence for the log and, when it did not succeed, for setFailed. */
  message: string;
  /** Dry run: what would happen. */
  plan?: string[];
}

const stripPeriod = (sentence: string): string => sentence.replace(/\.$/, '');

/** The UI page listing the environment's deployments. */
export const deploymentsPage = (serverUrl: string, repo: RepoRef, environment: string): string =>
  `${serverUrl}/${repo.owner}/${repo.repo}/deployments/${encodeURIComponent(environment)}`;

interface Target {
  ref: string;
  sha: string;
  version: string;
  mode: DeployKind;
  reason: string;
  /** payload.previous and SHIPGATE_PREVIOUS_REF: what ran before this deployment. */
  previous?: DeploymentRef;
  /** The live deployment to mark inactive once this one succeeds. */
  supersedes?: DeploymentRef;
  rolledBack?: DeployedRef;
}

export interface CancelledDetails {
  environment: string;
  deploymentId?: number;
  sha?: string;
  ref: string;
  environmentUrl: string;
}

/**
 * The run was cancelled (SIGTERM/SIGINT): a UserError that also carries what the action's outputs
 * need, since no outcome is returned. `deploymentId` is the deployment created for the ref (the
 * first one, as DeploymentOutcome.deploymentId), absent when the cancel came before it existed.
 */
export class DeploymentCancelled extends UserError {
  constructor(
    message: string,
    readonly details: CancelledDetails,
  ) {
    super(message);
    this.name = 'DeploymentCancelled';
  }
}

/**
 * Deploy a ref to an environment: pre-flight checks, a GitHub Deployment with live statuses,
 * the deploy command, health and service-level verification, and an automatic rollback when
 * verification fails. Throws a UserError for refusals (nothing is created then) and for a
 * cancelled run (after giving the deployment its final `error` status); returns the outcome
 * otherwise, failed or not, so the caller can report it.
 */
export async function runDeployment(options: DeploymentOptions, deps: DeploymentDeps): Promise<DeploymentOutcome> {
  const known: { sha?: string } = {};
  try {
    return await deploy(options, deps, known);
  } catch (error) {
    if (error instanceof CancelledError) {
      throw new DeploymentCancelled(`The deploy to ${options.environment} was cancelled before a deployment was created; nothing was changed.`, {
        sha: known.sha ?? options.sha,
        ref: options.ref,
        environmentUrl: options.url ?? '',
        environment: options.environment,
      });
    }
    throw error;
  }
}

async function deploy(options: DeploymentOptions, deps: DeploymentDeps, known: { sha?: string }): Promise<DeploymentOutcome> {
  const { github, repo, logger } = deps;
  const timing = { ...TIMING, ...deps.timing };
  const mode = options.mode ?? 'deploy';
  const environment = options.environment;
  const started = Date.now();
  if (options.ledger && options.ledger.environment !== environment) {
    throw new Error(`runDeployment was given the ledger of ${options.ledger.environment} for a deploy to ${environment}`);
  }

  const sha = options.sha ?? (await resolveCommit(github, repo, options.ref));
  known.sha = sha;
  const version = options.version ?? (await tagOf(github, repo, options.ref));
  const label = describeRef(options.ref, sha, version);
  const production = options.production ?? isProductionName(environment);
  logger.info(`${mode === 'rollback' ? 'Rolling back' : 'Deploying'} ${label} to ${environment}${production ? ' (production environment)' : ''}.`);

  if (options.requireDeployedTo) {
    await checkPromotion(github, repo, { required: options.requireDeployedTo, environment, sha, label, logger, force: options.force });
  }
  const ledger = options.ledger ?? new DeploymentLedger(github, repo, environment);
  let state = await ledger.scan();
  const logLive = () => {
    const live = state.live?.deployment;
    logger.info(live ? `Live in ${environment} now: ${describeRef(refOf(live), live.sha, versionOf(live))} (deployment ${live.id}).` : `Nothing is live in ${environment} yet.`);
  };
  logLive();
  const forwardChecks = async () => {
    if (mode !== 'deploy') return;
    await checkForwardOnly(github, repo, { live: state.live, environment, sha, label, logger });
    const record = await (deps.isRolledBack ?? ((candidate: string) => ledger.rolledBack(candidate)))(sha);
    checkRolledBack({ record, force: options.force, environment, label, logger });
  };
  // Refuse before anything is created; look again if another deploy changed what is live meanwhile.
  await forwardChecks();
  const liveBefore = state.live?.deployment.id;
  const previousOf = (current: EnvironmentState): DeploymentRef | undefined => {
    const live = current.live?.deployment;
    return live ? { id: live.id, ref: refOf(live), sha: live.sha, version: versionOf(live) } : undefined;
  };
  let previous = previousOf(state);
  const phases: Phase[] = [{ name: 'pre-flight checks', ms: 0, ok: true }];
  const base = () => ({
    mode,
    environment,
    production,
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
    const plan = planOf(options, { label, production, previous, notes: describeOthers(state, timing, Date.now()), mode });
    return { ...base(), status: 'dry-run', plan, message: `Dry run: ${label} would be deployed to ${environment}; nothing was changed.` };
  }

  const target: Target = {
    ref: options.ref,
    sha,
    version,
    mode,
    reason: options.reason ?? '',
    previous,
    supersedes: previous,
    rolledBack: mode === 'rollback' ? (options.rolledBack ?? previous) : undefined,
  };
  // Create first, then take the environment's turn (see turn.ts): a check before creating cannot
  // see a deploy that starts at the same instant.
  const own = await createFor(target, options, options.verify, deps, timing);
  try {
    state = await takeTurn({
      github,
      repo,
      ledger,
      own,
      logger,
      signal: deps.signal,
      timing,
      label: `${mode === 'rollback' ? 'Rollback to' : 'Deploy'} ${label}`,
      sleep: deps.sleep,
    });
    if (state.live?.deployment.id !== liveBefore) {
      logLive();
      if (mode === 'rollback') {
        // The rollback was planned against what was live (its target, safety range and what it
        // marks rolled back): another deploy replaced that while this one waited, so the plan is stale.
        const now = state.live?.deployment;
        throw new UserError(
          `What is live in ${environment} changed to ${now ? describeRef(refOf(now), now.sha, versionOf(now)) : 'nothing'} while this rollback waited; run the rollback again.`,
        );
      }
      await forwardChecks();
      previous = previousOf(state);
      Object.assign(target, { previous, supersedes: previous });
    }
  } catch (error) {
    throw await finishUnrun(own.id, target, error, options, deps);
  }
  phases[0].ms = Date.now() - started;

  // With an automatic rollback ahead, the failed deployment keeps the environment (no final
  // status) until the rollback is done, so a deploy waiting its turn cannot start in between.
  const holdFailure = mode === 'deploy' && options.autoRollback && previous !== undefined;
  const attempt = await runAttempt(own.id, target, options, options.verify, deps, timing, holdFailure);
  if (attempt.state === 'success') {
    return { ...base(), status: 'success', deploymentId: attempt.deploymentId, attempt, message: `${label} is live in ${environment} (deployment ${attempt.deploymentId}).` };
  }

  const failed = `${mode === 'rollback' ? 'Rolling back to' : 'Deploying'} ${label} to ${environment} failed (${stripPeriod(attempt.failure ?? 'unknown failure')})`;
  const failure = { ...base(), status: 'failure' as const, deploymentId: attempt.deploymentId, attempt };
  if (mode === 'rollback') return { ...failure, message: `${failed}.` };
  if (!options.autoRollback) return { ...failure, message: `${failed}; auto-rollback is off, so ${environment} may be left running ${label}.` };
  if (!previous) return { ...failure, message: `${failed}; there is no previous successful deployment in ${environment} to roll back to.` };

  const cancelled = (message: string) =>
    new DeploymentCancelled(message, { deploymentId: attempt.deploymentId, sha, ref: options.ref, environmentUrl: options.url ?? '', environment: options.environment });
  const previousLabel = describeRef(previous.ref, previous.sha, previous.version);
  let rollback: Attempt;
  try {
    if (deps.signal?.aborted) throw cancelled(`${failed}; the run was cancelled, so no automatic rollback was started.`);
    logger.warning(`${failed}. Rolling back to ${previousLabel}, the last successful deployment of ${environment}.`);
    const back: Target = {
      // The release tag, else the exact commit: the ref it was deployed from may be a branch
      // that has moved on since (the command must get a ref that still names that commit).
      ref: previous.version || previous.sha,
      sha: previous.sha,
      version: previous.version ?? '',
      mode: 'rollback',
      reason: `automatic rollback: ${stripPeriod(attempt.failure ?? 'verification failed')}`,
      previous: { id: attempt.deploymentId, ref: options.ref, sha, version },
      supersedes: previous,
      rolledBack: { id: attempt.deploymentId, ref: options.ref, sha, version },
    };
    // The automatic rollback is verified by the health checks: the previous version's service
    // levels were verified when it was deployed, and a second verify window would double the outage.
    const verify = { ...options.verify, prometheusUrl: undefined };
    // It runs in this run's turn, which the failed deployment holds: it takes no turn of its own.
    const created = await createFor(back, options, verify, deps, timing);
    rollback = await runAttempt(created.id, back, options, verify, deps, timing, false);
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

/** Post a final status; a failure to do so is a warning (the deploy's own verdict stands). */
async function finalStatus(deps: DeploymentDeps, id: number, state: 'failure' | 'error', description: string): Promise<void> {
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
async function finishUnrun(id: number, target: Target, error: unknown, options: DeploymentOptions, deps: DeploymentDeps): Promise<unknown> {
  const cancelled = isCancelled(error, deps.signal);
  const description = cancelled ? 'cancelled while waiting for its turn' : error instanceof UserError ? error.message : `shipgate error: ${(error as Error)?.message ?? String(error)}`;
  await finalStatus(deps, id, 'error', description);
  if (cancelled) {
    return new DeploymentCancelled(
      `The deploy of ${describeRef(target.ref, target.sha, target.version)} to ${options.environment} was cancelled while it waited for its turn; deployment ${id} was marked error.`,
      { deploymentId: id, sha: target.sha, ref: target.ref, environmentUrl: options.url ?? '', environment: options.environment },
    );
  }
  if (error instanceof UserError) return new UserError(`${stripPeriod(error.message)}; deployment ${id} was marked error.`);
  return error;
}

/** When a run that created a deployment at `now` will have given it a final status, if it is alive. */
function expiresAt(options: DeploymentOptions, verify: VerifySettings, timing: Timing): string {
  const command = options.commandTimeoutMs ?? timing.staleAfterMs;
  const once = command + (verify.healthCheckUrls.length ? verify.healthCheckTimeoutMs : 0) + (verify.prometheusUrl ? verify.verifyWindowMs + 60_000 : 0);
  const rollback = options.autoRollback ? command + (verify.healthCheckUrls.length ? verify.healthCheckTimeoutMs : 0) : 0;
  return new Date(Date.now() + timing.waitLimitMs + once + rollback + 60_000).toISOString();
}

/** Create the GitHub Deployment of a target (no status yet: the turn or the attempt posts the first). */
async function createFor(target: Target, options: DeploymentOptions, verify: VerifySettings, deps: DeploymentDeps, timing: Timing): Promise<Deployment> {
  const label = describeRef(target.ref, target.sha, target.version);
  const payload: ShipgatePayload = {
    shipgate: 1,
    version: target.version,
    sha: target.sha,
    ref: target.ref,
    previous: target.previous ? { id: target.previous.id, ref: target.previous.ref, sha: target.previous.sha } : null,
    run_url: deps.run.url,
    actor: deps.run.actor,
    mode: target.mode,
    reason: target.reason,
    ...(target.rolledBack ? { rolled_back: target.rolledBack } : {}),
    expires_at: expiresAt(options, verify, timing),
  };
  const deployment = await createDeployment(deps.github, deps.repo, {
    ref: target.sha,
    environment: options.environment,
    description: `${target.mode === 'rollback' ? 'Rollback to' : 'Deploy'} ${label} by shipgate`,
    production: options.production ?? isProductionName(options.environment),
    payload,
    requiredContexts: options.requiredContexts,
  });
  deps.logger.info(`Created deployment ${deployment.id} of ${label} in ${options.environment} (${target.mode}).`);
  return deployment;
}

/**
 * Run the command and verify, and leave a final status, except for a verification failure when
 * `holdFailure` is set (the caller posts it after the automatic rollback).
 */
async function runAttempt(
  id: number,
  target: Target,
  options: DeploymentOptions,
  verify: VerifySettings,
  deps: DeploymentDeps,
  timing: Timing,
  holdFailure: boolean,
): Promise<Attempt> {
  const { github, repo, logger, signal } = deps;
  const label = describeRef(target.ref, target.sha, target.version);
  const environmentUrl = options.url;
  const phases: Phase[] = [];
  const checks: Check[] = [];
  let final: Attempt['state'] | undefined;
  const setStatus = (state: StatusParams['state'], description: string) =>
    createDeploymentStatus(github, repo, id, { state, description, logUrl: deps.run.url, environmentUrl });
  const phase = async <T>(name: string, work: () => Promise<T>, ok: (result: T) => boolean): Promise<T> => {
    const begun = Date.now();
    logger.startGroup?.(`${name[0].toUpperCase()}${name.slice(1)}`);
    try {
      const result = await work();
      phases.push({ name, ms: Date.now() - begun, ok: ok(result) });
      return result;
    } catch (error) {
      phases.push({ name, ms: Date.now() - begun, ok: false });
      throw error;
    } finally {
      logger.endGroup?.();
    }
  };

  // A forward deploy (and its automatic rollback) posts in_progress for each phase; the rollback
  // action posts one naming every phase, since each status is a round trip on the way to restore.
  const perPhase = options.mode !== 'rollback';
  const steps = ['deploy command', ...(verify.healthCheckUrls.length ? ['health checks'] : []), ...(verify.prometheusUrl ? ['service-level checks'] : [])];
  let failure: string | undefined;
  try {
    await setStatus(
      'in_progress',
      perPhase
        ? `${target.mode === 'rollback' ? 'Rolling back to' : 'Deploying'} ${label}: running the deploy command`
        : `Rolling back to ${label}: ${steps.join(', then ')}`,
    );
    const result = await phase(
      target.mode === 'rollback' ? 'rollback command' : 'deploy command',
      () =>
        runCommand({
          command: options.command,
          env: commandEnvironment(deps.env ?? process.env, {
            SHIPGATE_ENVIRONMENT: options.environment,
            SHIPGATE_REF: target.ref,
            SHIPGATE_SHA: target.sha,
            SHIPGATE_VERSION: target.version,
            SHIPGATE_PREVIOUS_REF: target.previous?.ref ?? '',
            SHIPGATE_DEPLOYMENT_ID: String(id),
            SHIPGATE_MODE: target.mode,
          }),
          cwd: deps.cwd,
          timeoutMs: options.commandTimeoutMs,
          signal,
          killGraceMs: timing.killGraceMs,
          output: deps.output,
        }),
      (done) => describeCommandFailure(done, options.commandTimeoutMs) === undefined,
    );
    if (result.cancelled) throw new CancelledError();
    failure = describeCommandFailure(result, options.commandTimeoutMs);
    checks.push({
      kind: 'command',
      name: 'deploy command',
      ok: !failure,
      measured: result.timedOut ? 'timed out' : result.signal ? `killed by ${result.signal}` : `exit code ${result.exitCode} after ${formatDuration(result.durationMs)}`,
      threshold: options.commandTimeoutMs ? `exit code 0 within ${formatDuration(options.commandTimeoutMs)}` : 'exit code 0',
      detail: failure ?? `The deploy command succeeded in ${formatDuration(result.durationMs)}.`,
    });

    if (!failure && verify.healthCheckUrls.length > 0) {
      if (perPhase) await setStatus('in_progress', `${label}: health checks`);
      const results = await phase('health checks', () =>
        checkHealth({ urls: verify.healthCheckUrls, timeoutMs: verify.healthCheckTimeoutMs, intervalMs: verify.healthCheckIntervalMs, logger, signal, fetch: deps.fetch }),
        (all) => all.every((each) => each.ok),
      );
      for (const each of results) {
        checks.push({
          kind: 'health',
          name: `health ${each.url}`,
          ok: each.ok,
          measured: each.status !== undefined ? `HTTP ${each.status} in ${Math.round(each.latencyMs ?? 0)} ms` : (each.lastError ?? 'no answer'),
          threshold: `2xx within ${formatDuration(verify.healthCheckTimeoutMs)}`,
          detail: each.ok ? `Healthy after ${each.attempts} attempt(s), ${formatDuration(each.elapsedMs)}.` : (describeHealthFailure([each], verify.healthCheckTimeoutMs) ?? ''),
        });
      }
      failure = describeHealthFailure(results, verify.healthCheckTimeoutMs);
    }

    if (!failure && verify.prometheusUrl) {
      const prometheusUrl = verify.prometheusUrl;
      if (perPhase) await setStatus('in_progress', `${label}: verifying error rate and p95 latency over ${promDuration(verify.verifyWindowMs)}`);
      const metrics = await phase(
        'service-level checks',
        async () => {
          await waitForWindow(verify.verifyWindowMs, logger, signal);
          return checkMetrics({
            prometheusUrl,
            windowMs: verify.verifyWindowMs,
            maxErrorRate: verify.maxErrorRate,
            maxP95Latency: verify.maxP95Latency,
            errorRateQuery: verify.errorRateQuery,
            p95LatencyQuery: verify.p95LatencyQuery,
            logger,
            signal,
            fetch: deps.fetch,
          });
        },
        (all) => all.every((each) => each.ok),
      );
      for (const each of metrics) {
        checks.push({
          kind: 'metric',
          name: each.name,
          ok: each.ok,
          measured: each.measured === undefined ? 'no value' : each.unit === '%' ? `${Number(each.measured.toFixed(3))}%` : Number.isFinite(each.measured) ? `${Math.round(each.measured)} ms` : 'above the largest bucket',
          threshold: `at most ${each.threshold}${each.unit === '%' ? '%' : ' ms'}`,
          detail: each.detail,
        });
      }
      failure = metrics.find((each) => !each.ok)?.detail;
    }

    if (failure) {
      if (!holdFailure) await setStatus('failure', failure);
      final = 'failure';
      logger.warning(`Deployment ${id} of ${label} failed: ${failure}`);
    } else {
      const passed = checks.filter((each) => each.kind !== 'command').map((each) => `${each.name.startsWith('health') ? 'health' : each.name} ${each.measured}`);
      await setStatus('success', `${target.mode === 'rollback' ? 'Rolled back to' : 'Deployed'} ${label}${passed.length ? `; verified: ${passed.join(', ')}` : ''}`);
      final = 'success';
      logger.info(`Deployment ${id} of ${label} succeeded.`);
      if (target.supersedes && target.supersedes.id !== id) {
        try {
          await createDeploymentStatus(github, repo, target.supersedes.id, {
            state: 'inactive',
            description: `Superseded by deployment ${id} (${short(target.sha)})`,
          });
        } catch (error) {
          logger.warning(`Deployment ${target.supersedes.id} could not be marked inactive: ${(error as Error).message}`);
        }
      }
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
        throw new DeploymentCancelled(`The deploy of ${label} to ${options.environment} was cancelled; deployment ${id} was marked error.`, {
          deploymentId: id,
          sha: target.sha,
          ref: target.ref,
          environmentUrl: options.url ?? '',
          environment: options.environment,
        });
      }
    }
    throw error;
  }
  return { mode: target.mode, deploymentId: id, ref: target.ref, sha: target.sha, version: target.version, state: final, failure, checks, phases };
}

function planOf(
  options: DeploymentOptions,
  args: { label: string; production: boolean; previous?: DeploymentRef; notes: string[]; mode: DeployKind },
): string[] {
  const { verify } = options;
  const previous = args.previous ? `${describeRef(args.previous.ref, args.previous.sha, args.previous.version)} (deployment ${args.previous.id})` : 'nothing';
  const plan = [
    `Would create a GitHub Deployment of ${args.label} in ${options.environment} (${args.mode}, production_environment ${args.production}, required contexts: ${options.requiredContexts?.length ? options.requiredContexts.join(', ') : 'none'}).`,
    `Live now: ${previous}${args.previous ? '; it would be marked inactive once the new deployment succeeds' : ''}.`,
    options.command
      ? `Would run: ${SHELL.join(' ')} ${JSON.stringify(options.command)}${options.commandTimeoutMs ? ` (timeout ${formatDuration(options.commandTimeoutMs)})` : ''}.`
      : 'No deploy command given (allowed in a dry run only).',
    verify.healthCheckUrls.length
      ? `Health checks: ${verify.healthCheckUrls.join(', ')} must answer 2xx within ${formatDuration(verify.healthCheckTimeoutMs)}, tried every ${formatDuration(verify.healthCheckIntervalMs)}.`
      : 'Health checks: none.',
    verify.prometheusUrl
      ? `Service-level checks against ${verify.prometheusUrl} after a ${promDuration(verify.verifyWindowMs)} window: error rate at most ${verify.maxErrorRate}% (${renderQuery(verify.errorRateQuery ?? DEFAULT_ERROR_RATE_QUERY, verify.verifyWindowMs)}), p95 latency at most ${verify.maxP95Latency} ms (${renderQuery(verify.p95LatencyQuery ?? DEFAULT_P95_LATENCY_QUERY, verify.verifyWindowMs)}).`
      : 'Service-level checks: none (no prometheus-url).',
    args.mode === 'rollback'
      ? 'On failure: reported; a rollback is not rolled back automatically.'
      : options.autoRollback
        ? `On failure: automatic rollback to ${previous}.`
        : 'On failure: no automatic rollback (auto-rollback is off).',
    ...args.notes,
  ];
  return plan;
}
