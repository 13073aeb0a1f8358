import * as core from '@actions/core';
import { InputReader, envInputSource, type InputSource } from '../../lib/inputs.js';
import { log } from '../../lib/log.js';
import { createGitHub } from '../../github/client.js';
import type { EarlyReads } from '../../github/early-reads.js';
import { readRunContext } from '../../github/context.js';
import { runRehearsal } from '../../rehearsal/rehearse.js';
import { renderRehearsalSummary } from '../../rehearsal/render.js';
import { commandSettings, deploymentDeps, reportPlannedRollback, withCancellation } from '../deployment-steps/deployment.js';
import { readInputs } from './inputs.js';

export async function run(source: InputSource = envInputSource, early?: EarlyReads): Promise<void> {
  const startedAt = Math.round(performance.timeOrigin);
  const inputs = readInputs(new InputReader(source));
  const context = readRunContext();
  const github = createGitHub({ token: inputs['github-token'], log: log.warning, early });

  // A cancelled run still says it failed (the step's deployment has its final status already).
  const outcome = await withCancellation((signal) =>
    runRehearsal(
      {
        environment: inputs.environment,
        migrationPaths: inputs['migration-paths'],
        force: inputs.force,
        maxRestoreMs: inputs['max-restore-time'] * 60_000,
        startedAt,
        ...commandSettings(inputs),
      },
      deploymentDeps(context, github, signal),
    ),
  ).catch((error: unknown) => {
    core.setOutput('status', 'failure');
    throw error;
  });
  const [back, forward] = [outcome.steps.find((each) => each.name === 'roll back'), outcome.steps.find((each) => each.name === 'roll forward')];
  await reportPlannedRollback(outcome, renderRehearsalSummary(outcome), {
    'restore-seconds': back ? String(Math.round(back.ms / 1000)) : '',
    'forward-seconds': forward ? String(Math.round(forward.ms / 1000)) : '',
    ...(outcome.status === 'dry-run' ? {} : { status: outcome.status === 'success' ? 'success' : 'failure' }),
  });
}
