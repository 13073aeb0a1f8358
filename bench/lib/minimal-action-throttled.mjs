// The minimal action (minimal-action.mjs) with the one plugin shipgate's client adds,
// @octokit/plugin-throttling (rate limits waited out): shown beside the minimal action so that the
// benchmark says how much of shipgate's time to the first request that plugin alone costs.
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
