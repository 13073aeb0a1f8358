import * as core from '@actions/core';
import { parseApprovers } from '../../approval/approvers.js';
import { changesSinceLatestRelease } from '../../approval/changes.js';
import { checkRules, checkTeamsVisible, planApproval } from '../../approval/plan.js';
import { githubApprovalPort, githubListenerPort } from '../../approval/github.js';
import { classifyComment } from '../../approval/comments.js';
import { answerComment, closeExpired, type ListenerResult } from '../../approval/listener.js';
import { describeSubject } from '../../approval/render.js';
import { parseRequestDescription, REQUEST_CONTEXT, requestDescription } from '../../approval/request.js';
import type { GitHub } from '../../github/client.js';
import type { RunContext } from '../../github/context.js';
import { log } from '../../lib/log.js';
import type { Inputs } from './inputs.js';
import { approvalSubject, approverRules } from './subject.js';

/**
 * Modes request and listen: approval that holds no runner while it waits. The request opens the
 * issue (or finds the open one for this commit), records it as a commit status and ends; the
 * listener runs per comment and per schedule.
 */
export async function requestApproval(inputs: Inputs, context: RunContext, github: GitHub, teams: GitHub): Promise<void> {
  const repo = { owner: context.owner, repo: context.repo };
  const rules = approverRules(inputs, context);
  checkRules(rules);
  const approvalPort = githubApprovalPort(github, repo, teams);
  const listenerPort = githubListenerPort(github, repo, teams);
  await checkTeamsVisible(rules, approvalPort.teamVisible);

  // A re-run of the same commit reuses its open issue instead of opening a second one.
  let issue: { number: number; htmlUrl: string } | undefined;
  for (const status of await listenerPort.statuses(context.sha)) {
    const recorded = status.context === REQUEST_CONTEXT && status.creatorType === 'Bot' && status.state === 'pending' ? parseRequestDescription(status.description) : undefined;
    if (!recorded) continue;
    const open = await listenerPort.readIssue(recorded.issue);
    if (open.state === 'open' && open.htmlUrl === status.targetUrl) issue = open;
    break;
  }
  const subject = approvalSubject(inputs, context, issue ? undefined : await changesSinceLatestRelease(github, repo, context.sha, log.info));
  if (!issue) {
    const plan = planApproval({ subject, rules, title: inputs.title, timeoutMs: inputs['timeout-minutes'] * 60_000, pollIntervalMs: 0, now: Date.now() });
    const opened = await approvalPort.createIssue(plan.issue);
    await listenerPort.setStatus(context.sha, 'pending', requestDescription(opened.number, rules.startedBy), opened.htmlUrl);
    issue = opened;
  }
  const waiting = `${describeSubject(subject)} is waiting for approval in ${issue.htmlUrl}; the approval listener deploys it once approved. No runner waits meanwhile.`;
  log.notice(waiting);
  core.setOutput('approved', 'false');
  core.setOutput('approvers', '');
  core.setOutput('issue-number', String(issue.number));
  core.setOutput('sha', '');
  await core.summary.addRaw(`## Approval: waiting\n\n${describeSubject(subject)} is waiting for approval in [#${issue.number}](${issue.htmlUrl}). Comment \`approve\` there; the approval listener deploys it. No runner waits meanwhile.\n`).write();
}

function report(result: ListenerResult): void {
  core.setOutput('approved', String(result.outcome === 'approved'));
  core.setOutput('approvers', result.approvers.join(','));
  core.setOutput('issue-number', result.issue ? String(result.issue) : '');
  core.setOutput('sha', result.sha ?? '');
  log.info(result.message);
}

export async function listen(inputs: Inputs, context: RunContext, github: GitHub, teams: GitHub): Promise<void> {
  const repo = { owner: context.owner, repo: context.repo };
  const options = {
    rules: { ...parseApprovers(inputs.approvers), minimumApprovals: inputs['minimum-approvals'], allowSelfApproval: inputs['allow-self-approval'] },
    timeoutMs: inputs['timeout-minutes'] * 60_000,
    now: Date.now(),
    runUrl: context.runUrl,
    port: githubListenerPort(github, repo, teams),
    log,
  };
  if (context.eventName === 'issue_comment') {
    const payload = context.payload as { action?: string; issue?: { number?: number; pull_request?: unknown }; comment?: { body?: string } };
    // Edits never approve and pull requests are never approval issues: end before any request.
    // Any new comment on an approval issue counts the answers again, answer or not: the listener's
    // concurrency group cancels a pending run when another comment queues, and the run that
    // replaces it must not miss the answer the cancelled one carried.
    if (payload.action !== 'created' || !payload.issue?.number || payload.issue.pull_request) {
      report({ outcome: 'ignored', approvers: [], message: 'Only a new comment on an approval issue is counted; nothing to do.' });
      return;
    }
    if (!classifyComment(payload.comment?.body ?? '')) log.info('This comment is not an answer; counting the answers already given.');
    const result = await answerComment(payload.issue.number, options);
    report(result);
    await core.summary.addRaw(`## Approval: ${result.outcome}\n\n${result.message}\n`).write();
    return;
  }
  const closed = await closeExpired(options);
  report({ outcome: 'ignored', approvers: [], message: closed.length > 0 ? closed.map((result) => result.message).join('\n') : 'No approval issue is past its deadline.' });
  await core.summary.addRaw(`## Approval: time-outs\n\n${closed.length} approval issue${closed.length === 1 ? '' : 's'} closed as timed out.\n`).write();
}
