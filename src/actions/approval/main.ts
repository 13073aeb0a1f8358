import * as core from '@actions/core';
import { log } from '../../lib/log.js';
import { InputReader, envInputSource, type InputSource } from '../../lib/inputs.js';
import { UserError } from '../../lib/errors.js';
import { createGitHub } from '../../github/client.js';
import type { EarlyReads } from '../../github/early-reads.js';
import { readRunContext } from '../../github/context.js';
import { changesSinceLatestRelease } from '../../approval/changes.js';
import { requireEnvironmentReviewers } from '../../approval/environment.js';
import { awaitApproval } from '../../approval/gate.js';
import { checkRules, checkTeamsVisible, closingReserveMs, describePlan, planApproval } from '../../approval/plan.js';
import { githubApprovalPort } from '../../approval/github.js';
import { readEnvironmentProtection } from '../../github/environments.js';
import { renderSummary } from '../../approval/record.js';
import { readInputs } from './inputs.js';
import { approvalSubject, approverRules } from './subject.js';
import { listen, requestApproval } from './waiting.js';
import { markdownText } from '../../lib/markdown.js';

export async function run(source: InputSource = envInputSource, early?: EarlyReads): Promise<void> {
  const inputs = readInputs(new InputReader(source), process.env.RUNNER_ENVIRONMENT);
  const context = readRunContext();
  const repo = { owner: context.owner, repo: context.repo };
  const github = createGitHub({ token: inputs['github-token'], log: log.warning, early });
  const teams = inputs['teams-token'] ? createGitHub({ token: inputs['teams-token'], log: log.warning }) : github;

  if (inputs.mode === 'request') return requestApproval(inputs, context, github, teams);
  if (inputs.mode === 'listen') return listen(inputs, context, github, teams);
  if (inputs.mode === 'environment') {
    // The environment's required reviewers hold the deploy job itself; this step only makes sure
    // there are some, so a missing or unprotected environment cannot let production go unapproved.
    const name = inputs.environment ?? '';
    const holds = requireEnvironmentReviewers(name, await readEnvironmentProtection(github, repo, name));
    log.info(holds);
    core.setOutput('approved', 'false');
    core.setOutput('approvers', '');
    core.setOutput('issue-number', '');
    await core.summary.addRaw(`## Approval: by the ${name} environment's required reviewers\n\n${holds}\n`).write();
    return;
  }

  const rules = approverRules(inputs, context);
  checkRules(rules);
  const port = githubApprovalPort(github, repo, teams);
  await checkTeamsVisible(rules, (team) => port.teamVisible(team));
  const subject = approvalSubject(inputs, context, await changesSinceLatestRelease(github, repo, context.sha, log.info));
  const plan = planApproval({
    subject,
    rules,
    title: inputs.title,
    timeoutMs: inputs['timeout-minutes'] * 60_000,
    closingReserveMs: closingReserveMs(inputs['timeout-minutes'] * 60_000),
    pollIntervalMs: inputs['poll-interval'] * 1000,
    now: Date.now(),
  });

  if (inputs['dry-run']) {
    log.info(describePlan(plan));
    core.setOutput('approved', 'false');
    core.setOutput('approvers', '');
    core.setOutput('issue-number', '');
    await core.summary.addRaw(`## Approval: dry run\n\nWould open "${markdownText(plan.issue.title)}" and wait for approval; nothing was created.\n`).write();
    return;
  }

  // The runner cancels a job with SIGINT, then SIGTERM: either one closes the issue as not planned.
  const cancelled = new AbortController();
  const cancel = (signal: string) => {
    log.info(`Received ${signal}: closing the approval issue as cancelled.`);
    cancelled.abort();
  };
  process.once('SIGTERM', cancel).once('SIGINT', cancel);
  const result = await awaitApproval(plan, {
    port,
    log,
    signal: cancelled.signal,
    onIssueOpened: (issue) => core.setOutput('issue-number', String(issue.number)),
  }).finally(() => process.off('SIGTERM', cancel).off('SIGINT', cancel));
  core.setOutput('approved', String(result.outcome === 'approved'));
  core.setOutput('approvers', result.tally.approvals.map((ballot) => ballot.login).join(','));
  await core.summary.addRaw(renderSummary(result, plan)).write();
  if (result.outcome !== 'approved') throw new UserError(result.message);
  log.info(result.message);
}
