import * as core from '@actions/core';
import { log } from '../../lib/log.js';
import { InputReader, envInputSource, type InputSource } from '../../lib/inputs.js';
import { UserError } from '../../lib/errors.js';
import { createGitHub } from '../../github/client.js';
import type { EarlyReads } from '../../github/early-reads.js';
import { resolveCommit } from '../../github/commits.js';
import { readRunContext } from '../../github/context.js';
import { runRelease } from '../../release/release.js';
import { renderReleaseSummary } from '../../release/render.js';
import { readInputs } from './inputs.js';

export async function run(source: InputSource = envInputSource, early?: EarlyReads): Promise<void> {
  const inputs = readInputs(new InputReader(source));
  const context = readRunContext();
  const repo = { owner: context.owner, repo: context.repo };
  const github = createGitHub({ token: inputs['github-token'], log: log.warning, early });
  const ref = inputs.ref ?? context.sha;
  if (!ref) throw new UserError('Input "ref" is empty and GITHUB_SHA is not set; give the commit, branch or tag to release.');
  const sha = /^[0-9a-f]{40}$/.test(ref) ? ref : await resolveCommit(github, repo, ref);

  const outcome = await runRelease(
    github,
    {
      repo,
      sha,
      ref,
      version: inputs.version,
      bump: inputs.bump,
      prefix: inputs['tag-prefix'],
      releaseNotes: inputs['release-notes'],
      prerelease: inputs.prerelease,
      dryRun: inputs['dry-run'],
    },
    log,
  );
  const summary = renderReleaseSummary(outcome);
  if (outcome.dryRun) log.info(summary);
  core.setOutput('tag', outcome.plan.tag);
  core.setOutput('version', outcome.plan.version);
  core.setOutput('previous-tag', outcome.plan.previousTag ?? '');
  core.setOutput('release-url', outcome.releaseUrl);
  core.setOutput('created', String(outcome.created));
  await core.summary.addRaw(summary).write();
}
