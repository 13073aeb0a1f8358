import { InputReader, envInputSource, type InputSource } from '../../lib/inputs.js';
import { UserError } from '../../lib/errors.js';
import { log } from '../../lib/log.js';
import { createGitHub } from '../../github/client.js';
import type { EarlyReads } from '../../github/early-reads.js';
import { readRunContext } from '../../github/context.js';
import { runDeployment } from '../../deploy/deploy.js';
import { commandSettings, reportDeployment, runCancellableDeployment } from '../deployment-steps/deployment.js';
import { readInputs } from './inputs.js';

export async function run(source: InputSource = envInputSource, early?: EarlyReads): Promise<void> {
  const inputs = readInputs(new InputReader(source));
  const context = readRunContext();
  const ref = inputs.ref ?? context.sha;
  if (!ref) throw new UserError('Input "ref" is empty and GITHUB_SHA is not set, so there is nothing to deploy; give a ref (sha, branch or tag).');
  // The workflow's own tag names the version when the run was started by a tag push.
  const version = !inputs.ref && context.ref.startsWith('refs/tags/') ? context.ref.slice('refs/tags/'.length) : undefined;
  const github = createGitHub({ token: inputs['github-token'], log: (message) => log.info(message), early });

  const outcome = await runCancellableDeployment(context, github, inputs.environment, (deps) =>
    runDeployment(
      {
        environment: inputs.environment,
        ref,
        version,
        production: inputs.production,
        requireDeployedTo: inputs['require-deployed-to'],
        autoRollback: inputs['auto-rollback'],
        tagPrefix: inputs['tag-prefix'],
        force: inputs.force,
        ...commandSettings(inputs),
      },
      deps,
    ),
  );
  await reportDeployment(outcome);
}
