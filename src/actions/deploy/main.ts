import * as core from '@actions/core';
import { log } from '../../lib/log.js';
import { InputReader, envInputSource, type InputSource } from '../../lib/inputs.js';
import { UserError } from '../../lib/errors.js';
import { createGitHub } from '../../github/client.js';
import { readRunContext } from '../../github/context.js';
import { DeploymentCancelled, runDeployment, type DeploymentOutcome, type VerifySettings } from '../../deploy/deploy.js';
import { renderSummary } from '../../deploy/report.js';
import { CancelledError, type Logger } from '../../deploy/runtime.js';
import { readInputs, type VerifyInputs } from './inputs.js';

export const coreLogger: Logger = {
  info: (message) => log.info(message),
  warning: (message) => log.warning(message),
  startGroup: (name) => log.startGroup(name),
  endGroup: () => log.endGroup(),
};

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

/** A cancelled deploy returns no outcome: set the outputs it can (status failure) before the step fails. */
export function reportCancelled(error: DeploymentCancelled): void {
  const { deploymentId, sha, ref, environmentUrl } = error.details;
  if (sha) core.setOutput('sha', sha);
  core.setOutput('ref', ref);
  if (environmentUrl) core.setOutput('environment-url', environmentUrl);
  core.setOutput('deployment-id', deploymentId === undefined ? '' : String(deploymentId));
  core.setOutput('status', 'failure');
}

export async function run(source: InputSource = envInputSource): Promise<void> {
  const inputs = readInputs(new InputReader(source));
  const context = readRunContext();
  const ref = inputs.ref ?? context.sha;
  if (!ref) throw new UserError('Input "ref" is empty and GITHUB_SHA is not set, so there is nothing to deploy; give a ref (sha, branch or tag).');
  // The workflow's own tag names the version when the run was started by a tag push.
  const version = !inputs.ref && context.ref.startsWith('refs/tags/') ? context.ref.slice('refs/tags/'.length) : undefined;
  const github = createGitHub({ token: inputs['github-token'], log: (message) => log.info(message) });

  let outcome: DeploymentOutcome;
  try {
    outcome = await withCancellation((signal) =>
      runDeployment(
        {
          environment: inputs.environment,
          ref,
          version,
          command: inputs.command,
          url: inputs.url,
          production: inputs.production,
          requireDeployedTo: inputs['require-deployed-to'],
          autoRollback: inputs['auto-rollback'],
          commandTimeoutMs: inputs.timeout === undefined ? undefined : inputs.timeout * 60_000,
          force: inputs.force,
          dryRun: inputs['dry-run'],
          verify: verifySettings(inputs),
          mode: 'deploy',
        },
        {
          github,
          repo: { owner: context.owner, repo: context.repo },
          run: { url: context.runUrl, actor: context.triggeringActor || context.actor, serverUrl: context.serverUrl },
          logger: coreLogger,
          signal,
        },
      ),
    );
  } catch (error) {
    if (error instanceof DeploymentCancelled) reportCancelled(error);
    throw error;
  }
  await report(outcome);
}
