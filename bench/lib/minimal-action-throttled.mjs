// The minimal action (minimal-action.mjs) with @octokit/plugin-throttling (rate limits waited out),
// which shipgate's client leaves out: shown beside the minimal action so that the benchmark says
// how much of the time to the first request that plugin alone would cost.
import * as core from '@actions/core';
import { context, getOctokit } from '@actions/github';
import { throttling } from '@octokit/plugin-throttling';

try {
  const throttle = { onRateLimit: () => false, onSecondaryRateLimit: () => false };
  const octokit = getOctokit(core.getInput('github-token', { required: true }), { throttle }, throttling);
  const { data } = await octokit.rest.repos.get(context.repo);
  core.setOutput('default-branch', data.default_branch);
} catch (error) {
  core.setFailed(error instanceof Error ? error.message : String(error));
}
