import { log } from '../../lib/log.js';
import { InputReader, envInputSource, type InputSource } from '../../lib/inputs.js';
import { UserError } from '../../lib/errors.js';
import { createGitHub } from '../../github/client.js';
import { readRunContext } from '../../github/context.js';
import { DeploymentCancelled, deploymentsPage, runDeployment, type DeploymentOutcome } from '../../deploy/deploy.js';
import { report, reportCancelled, verifySettings, withCancellation } from '../deployment-steps/deployment.js';
import { readInputs } from './inputs.js';

export async function run(source: InputSource = envInputSource): Promise<void> {
  const inputs = readInputs(new InputReader(source));
  const context = readRunContext();
  const ref = inputs.ref ?? context.sha;
  if (!ref) throw new UserError('Input "ref" is empty and GITHUB_SHA is not set, so there is nothing to deploy; give a ref (sha, branch or tag).');
  // The workflow's own tag names the version when the run was started by a tag push.
  const version = !inputs.ref && context.ref.startsWith('refs/tags/') ? context.ref.slice('refs/tags/'.length) : undefined;
  const github = createGitHub({ token: inputs['github-token'], log: (message) => log.info(message) });
  const repo = { owner: context.owner, repo: context.repo };

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
          tagPrefix: inputs['tag-prefix'],
          commandTimeoutMs: inputs.timeout === undefined ? undefined : inputs.timeout * 60_000,
          force: inputs.force,
          dryRun: inputs['dry-run'],
          verify: verifySettings(inputs),
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
  await report(outcome);
}
