import * as core from '@actions/core';
import { log } from '../../lib/log.js';
import { InputReader, envInputSource, type InputSource } from '../../lib/inputs.js';
import { UserError } from '../../lib/errors.js';
import { createGitHub } from '../../github/client.js';
import { readRunContext } from '../../github/context.js';
import { runRehearsal } from '../../rehearsal/rehearse.js';
import { renderRehearsalSummary } from '../../rehearsal/render.js';
import { verifySettings, withCancellation } from '../deployment-steps/deployment.js';
import { readInputs } from './inputs.js';

export async function run(source: InputSource = envInputSource): Promise<void> {
  const startedAt = Math.round(performance.timeOrigin);
  const inputs = readInputs(new InputReader(source));
  const context = readRunContext();
  const repo = { owner: context.owner, repo: context.repo };
  const github = createGitHub({ token: inputs['github-token'], log: log.warning });

  // A cancelled run still says it failed (the step's deployment has its final status already).
  const outcome = await withCancellation((signal) =>
    runRehearsal(
      {
        environment: inputs.environment,
        migrationPaths: inputs['migration-paths'],
        force: inputs.force,
        dryRun: inputs['dry-run'],
        command: inputs.command,
        url: inputs.url,
        commandTimeoutMs: inputs.timeout === undefined ? undefined : inputs.timeout * 60_000,
        verify: verifySettings(inputs),
        maxRestoreMs: inputs['max-restore-time'] * 60_000,
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
  ).catch((error: unknown) => {
    core.setOutput('status', 'failure');
    throw error;
  });
  const summary = renderRehearsalSummary(outcome);
  if (outcome.status === 'dry-run') log.info(summary);
  const [back, forward] = [outcome.steps.find((each) => each.name === 'roll back'), outcome.steps.find((each) => each.name === 'roll forward')];
  core.setOutput('from', outcome.plan.live.release?.name ?? outcome.plan.live.ref);
  core.setOutput('to', outcome.plan.target.tag.name);
  core.setOutput('restore-seconds', back ? String(Math.round(back.ms / 1000)) : '');
  core.setOutput('forward-seconds', forward ? String(Math.round(forward.ms / 1000)) : '');
  if (outcome.status !== 'dry-run') core.setOutput('status', outcome.status === 'success' ? 'success' : 'failure');
  await core.summary.addRaw(summary).write();
  if (outcome.status === 'stopped' || outcome.status === 'failure') throw new UserError(outcome.message);
  log.info(outcome.message);
}
