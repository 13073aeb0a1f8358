import * as core from '@actions/core';
import { log } from '../../lib/log.js';
import { UserError } from '../../lib/errors.js';
import type { GitHub } from '../../github/client.js';
import type { RunContext } from '../../github/context.js';
import { DeploymentCancelled, deploymentsPage, type DeploymentDeps, type DeploymentOutcome, type VerifySettings } from '../../deploy/deploy.js';
import type { RollbackPlan } from '../../rollback/plan.js';
import { renderCancelledSummary, renderSummary } from '../../deploy/report.js';
import { CancelledError } from '../../deploy/runtime.js';
import type { DeploymentInputs } from './inputs.js';

/** The runner side shared by the deploy, rollback and rehearsal actions: verification settings, cancellation, outputs and summaries. */

/** The command, its time limit and its verification, in the domain's units (minutes and seconds become ms). */
export function commandSettings(inputs: DeploymentInputs) {
  return {
    command: inputs.command,
    url: inputs.url,
    commandTimeoutMs: inputs.timeout === undefined ? undefined : inputs.timeout * 60_000,
    dryRun: inputs['dry-run'],
    verify: verifySettings(inputs),
  };
}

function verifySettings(inputs: DeploymentInputs): VerifySettings {
  return {
    healthCheckUrls: inputs['health-check-url'],
    healthCheckTimeoutMs: inputs['health-check-timeout'] * 1000,
    healthCheckIntervalMs: inputs['health-check-interval'] * 1000,
    prometheusUrl: inputs['prometheus-url'],
    maxErrorRate: inputs['max-error-rate'],
    maxP95Latency: inputs['max-p95-latency'],
    verifyWindowMs: inputs['verify-window'] * 1000,
    errorRateQuery: inputs['error-rate-query'],
    p95LatencyQuery: inputs['p95-latency-query'],
  };
}

/**
 * Turn the runner's cancel (SIGINT, then SIGTERM) into an AbortSignal, so the deploy command is
 * stopped and the deployment still gets its final status before the process exits.
 */
export async function withCancellation<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) return;
    log.warning(`Received ${signal}: stopping and recording the deployment as cancelled.`);
    controller.abort(new CancelledError());
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  try {
    return await work(controller.signal);
  } finally {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
  }
}

/** What the deploy domain needs from the run: the repository, the run's link and actor, the log, the cancel signal. */
export function deploymentDeps(context: RunContext, github: GitHub, signal: AbortSignal): DeploymentDeps {
  return {
    github,
    repo: { owner: context.owner, repo: context.repo },
    run: { url: context.runUrl, actor: context.triggeringActor || context.actor, serverUrl: context.serverUrl },
    logger: log,
    signal,
  };
}

/**
 * Run a deploy or a rollback with the runner's cancel wired in; a cancelled one returns no
 * outcome, so its outputs and summary are written here before the step fails.
 */
export async function runCancellableDeployment<T>(context: RunContext, github: GitHub, environment: string, work: (deps: DeploymentDeps) => Promise<T>): Promise<T> {
  try {
    return await withCancellation((signal) => work(deploymentDeps(context, github, signal)));
  } catch (error) {
    if (error instanceof DeploymentCancelled) {
      const links = { deploymentsUrl: deploymentsPage(context.serverUrl, { owner: context.owner, repo: context.repo }, environment), runUrl: context.runUrl };
      await reportCancelled(error, links);
    }
    throw error;
  }
}

/** Outputs, the job summary and the verdict of a deploy (its automatic rollback included). */
export async function reportDeployment(outcome: DeploymentOutcome): Promise<void> {
  core.setOutput('sha', outcome.sha);
  core.setOutput('ref', outcome.ref);
  if (outcome.mode === 'deploy') core.setOutput('version', outcome.version);
  core.setOutput('previous-ref', outcome.previous?.ref ?? '');
  core.setOutput('environment-url', outcome.environmentUrl);
  if (outcome.status !== 'dry-run') {
    core.setOutput('deployment-id', String(outcome.deploymentId ?? ''));
    core.setOutput('status', outcome.status);
  }
  for (const step of outcome.plan ?? []) log.info(`[dry-run] ${step}`);
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(renderSummary(outcome)).write();
  if (outcome.status === 'failure' || outcome.status === 'rolled-back') throw new UserError(outcome.message);
  log.info(outcome.message);
}

/** A cancelled deploy returns no outcome: set the outputs it can (status failure) and say so in the summary before the step fails. */
async function reportCancelled(error: DeploymentCancelled, links: { deploymentsUrl: string; runUrl: string }): Promise<void> {
  const { deploymentId, sha, ref, environmentUrl } = error.details;
  if (sha) core.setOutput('sha', sha);
  core.setOutput('ref', ref);
  if (environmentUrl) core.setOutput('environment-url', environmentUrl);
  core.setOutput('deployment-id', deploymentId === undefined ? '' : String(deploymentId));
  core.setOutput('status', 'failure');
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(renderCancelledSummary(error.details, error.message, links)).write();
}

/**
 * What the rollback and the rehearsal report alike (both put a planned release back): `from` and
 * `to`, their own `outputs`, the summary (also in the log for a dry run) and the verdict.
 */
export async function reportPlannedRollback(
  outcome: { status: 'success' | 'failure' | 'stopped' | 'dry-run'; plan: RollbackPlan; message: string },
  summary: string,
  outputs: Record<string, string>,
): Promise<void> {
  if (outcome.status === 'dry-run') log.info(summary);
  core.setOutput('from', outcome.plan.live.release?.name ?? outcome.plan.live.ref);
  core.setOutput('to', outcome.plan.target.tag.name);
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
  await core.summary.addRaw(summary).write();
  if (outcome.status === 'stopped' || outcome.status === 'failure') throw new UserError(outcome.message);
  log.info(outcome.message);
}
