import * as core from '@actions/core';
import { log } from '../../lib/log.js';
import { InputReader, envInputSource, type InputSource } from '../../lib/inputs.js';
import { UserError } from '../../lib/errors.js';
import { createGitHub } from '../../github/client.js';
import { readRunContext } from '../../github/context.js';
import { runRollback, type RollbackOutcome } from '../../rollback/rollback.js';
import { renderRollbackSummary } from '../../rollback/render.js';
import { DeploymentCancelled, deploymentsPage } from '../../deploy/deploy.js';
import { reportCancelled, verifySettings, withCancellation } from '../deployment-steps/deployment.js';
import { readInputs } from './inputs.js';

export async function run(source: InputSource = envInputSource): Promise<void> {
  // Time to restore counts from the start of this step (the process), not from the first request.
  const startedAt = Math.round(performance.timeOrigin);
  const inputs = readInputs(new InputReader(source));
  const context = readRunContext();
  const repo = { owner: context.owner, repo: context.repo };
  const github = createGitHub({ token: inputs['github-token'], log: log.warning });

  let outcome: RollbackOutcome;
  try {
    outcome = await withCancellation((signal) =>
      runRollback(
        {
          environment: inputs.environment,
          to: inputs.to,
          reason: inputs.reason,
          migrationPaths: inputs['migration-paths'],
          force: inputs.force,
          dryRun: inputs['dry-run'],
          command: inputs.command,
          url: inputs.url,
          commandTimeoutMs: inputs.timeout === undefined ? undefined : inputs.timeout * 60_000,
          verify: verifySettings(inputs),
          startedAt,
        },
        {
          github,
          repo,
          run: { url: context.runUrl, actor: context.triggeringActor || context.actor, serverUrl: context.serverUrl },
          logger: log,
          signal,
        },
      ),
    );
  } catch (error) {
    if (error instanceof DeploymentCancelled) {
      await reportCancelled(error, { deploymentsUrl: deploymentsPage(context.serverUrl, repo, inputs.environment), runUrl: context.runUrl });
    }
    throw error;
  }
  const summary = renderRollbackSummary(outcome);
  if (outcome.status === 'dry-run') log.info(summary);
  core.setOutput('from', outcome.plan.live.release?.name ?? outcome.plan.live.ref);
  core.setOutput('to', outcome.plan.target.tag.name);
  // As deploy: a dry run sets no deployment-id or status; a stopped rollback is a failure.
  if (outcome.status !== 'dry-run') {
    core.setOutput('deployment-id', String(outcome.deployment?.deploymentId ?? ''));
    core.setOutput('status', outcome.status === 'success' ? 'success' : 'failure');
  }
  await core.summary.addRaw(summary).write();
  if (outcome.status === 'stopped' || outcome.status === 'failure') throw new UserError(outcome.message);
  log.info(outcome.message);
}
