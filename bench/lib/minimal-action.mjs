// The reference for "time from process start to the first API request": the smallest action
// written the way GitHub's documentation and the actions/typescript-action template write one,
// @actions/core for the runner and @actions/github for the client. lib/first-request.mjs bundles
// it with ncc, as shipgate is bundled, and runs it beside shipgate's actions.
import * as core from '@actions/core';
import { context, getOctokit } from '@actions/github';

try {
  const octokit = getOctokit(core.getInput('github-token', { required: true }));
  const { data } = await octokit.rest.repos.get(context.repo);
  core.setOutput('default-branch', data.default_branch);
} catch (error) {
  core.setFailed(error instanceof Error ? error.message : String(error));
}
