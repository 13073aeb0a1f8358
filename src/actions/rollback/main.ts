import { InputReader, envInputSource, type InputSource } from '../../lib/inputs.js';
import { log } from '../../lib/log.js';
import { createGitHub } from '../../github/client.js';
import type { EarlyReads } from '../../github/early-reads.js';
import { readRunContext } from '../../github/context.js';
import { runRollback } from '../../rollback/rollback.js';
import { renderRollbackSummary } from '../../rollback/render.js';
import { commandSettings, reportPlannedRollback, runCancellableDeployment } from '../deployment-steps/deployment.js';
import { readInputs } from './inputs.js';

export async function run(source: InputSource = envInputSource, early?: EarlyReads): Promise<void> {
  // Time to restore counts from the start of this step (the process), not from the first request.
  const startedAt = Math.round(performance.timeOrigin);
  const inputs = readInputs(new InputReader(source));
  const context = readRunContext();
  const github = createGitHub({ token: inputs['github-token'], log: log.warning, early });

  const outcome = await runCancellableDeployment(context, github, inputs.environment, (deps) =>
    runRollback(
      {
        environment: inputs.environment,
        to: inputs.to,
        reason: inputs.reason,
        migrationPaths: inputs['migration-paths'],
        force: inputs.force,
        startedAt,
        ...commandSettings(inputs),
      },
      deps,
    ),
  );
  // As deploy: a dry run sets no deployment-id or status; a stopped rollback is a failure.
  const outputs: Record<string, string> =
    outcome.status === 'dry-run'
      ? {}
      : { 'deployment-id': String(outcome.deployment?.deploymentId ?? ''), status: outcome.status === 'success' ? 'success' : 'failure' };
  await reportPlannedRollback(outcome, renderRollbackSummary(outcome), outputs);
}
