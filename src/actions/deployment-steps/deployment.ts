import * as core from '@actions/core';
import { log } from '../../lib/log.js';
import { UserError } from '../../lib/errors.js';
import type { DeploymentCancelled, DeploymentOutcome, VerifySettings } from '../../deploy/deploy.js';
import { renderCancelledSummary, renderSummary } from '../../deploy/report.js';
import { CancelledError } from '../../deploy/runtime.js';
import type { VerifyInputs } from '../deploy/inputs.js';

/** The runner side shared by the deploy, rollback and rehearsal actions: verification settings, cancellation, outputs and summaries. */

/** The verification inputs (shared with rollback) in the domain's units. */
export function verifySettings(inputs: VerifyInputs): VerifySettings {
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

/** Outputs, the job summary and the verdict of a deploy or rollback outcome. */
export async function report(outcome: DeploymentOutcome): Promise<void> {
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
export async function reportCancelled(error: DeploymentCancelled, links: { deploymentsUrl: string; runUrl: string }): Promise<void> {
  const { deploymentId, sha, ref, environmentUrl } = error.details;
  if (sha) core.setOutput('sha', sha);
  core.setOutput('ref', ref);
  if (environmentUrl) core.setOutput('environment-url', environmentUrl);
  core.setOutput('deployment-id', deploymentId === undefined ? '' : String(deploymentId));
  core.setOutput('status', 'failure');
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(renderCancelledSummary(error.details, error.message, links)).write();
}
