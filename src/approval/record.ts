import type { ApprovalPlan, ApprovalResult } from './gate.js';
import { describeSubject, formatDuration } from './render.js';
import { joinNames, type CountedBallot } from './tally.js';
import { markdownText } from '../lib/markdown.js';

/**
 * The decision record: the one sentence the step ends with, the comment that closes the issue
 * and the job summary (who answered, when, with which comment).
 */
type Decided = Omit<ApprovalResult, 'message'>;

const approvalsOf = (result: Decided, plan: ApprovalPlan): string => {
  const { approvals } = result.tally;
  const count = `${approvals.length} of ${plan.rules.minimumApprovals} approval${plan.rules.minimumApprovals === 1 ? '' : 's'}`;
  return approvals.length > 0 ? `${count} (${joinNames(approvals.map((ballot) => ballot.login))})` : count;
};

export function outcomeSentence(result: Decided, plan: ApprovalPlan): string {
  const what = describeSubject(plan.subject);
  const { tally, issue } = result;
  switch (result.outcome) {
    case 'approved':
      return `${what} was approved by ${joinNames(tally.approvals.map((ballot) => ballot.login))} in ${issue.htmlUrl}.`;
    case 'denied':
      return `${tally.denial?.login ?? 'An approver'} denied ${what} in ${tally.denial?.htmlUrl ?? issue.htmlUrl}.`;
    case 'timed-out': {
      const silent = tally.waitingFor.length > 0 ? `${joinNames(tally.waitingFor)} did not answer` : 'nobody else may approve';
      return `No approval of ${what} within ${formatDuration(plan.timeoutMs)}: ${approvalsOf(result, plan)} in ${issue.htmlUrl}, and ${silent}.`;
    }
    case 'cancelled':
      return `The run was cancelled while ${what} waited for approval with ${approvalsOf(result, plan)}; ${issue.htmlUrl} was closed.`;
  }
}

const link = (ballot: CountedBallot) => `${ballot.login} ([comment](${ballot.htmlUrl}))`;

export function outcomeComment(result: Decided, plan: ApprovalPlan): string {
  const { tally } = result;
  const run = plan.subject.runUrl;
  switch (result.outcome) {
    case 'approved':
      return `✅ **Approved** by ${joinNames(tally.approvals.map(link))}. The [workflow run](${run}) continues.`;
    case 'denied':
      return `❌ **Denied** by ${tally.denial ? link(tally.denial) : 'an approver'}. The [workflow run](${run}) stops.`;
    case 'timed-out': {
      const silent = tally.waitingFor.length > 0 ? `; ${joinNames(tally.waitingFor)} did not answer` : '';
      return `⌛ **Timed out** after ${formatDuration(plan.timeoutMs)} with ${approvalsOf(result, plan)}${silent}. The [workflow run](${run}) stops; answers here no longer count.`;
    }
    case 'cancelled':
      return `🚫 **Cancelled**: the [workflow run](${run}) was cancelled before a decision; answers here no longer count.`;
  }
}

const TITLES: Record<ApprovalResult['outcome'], string> = {
  approved: '✅ Approved',
  denied: '❌ Denied',
  'timed-out': '⌛ Timed out',
  cancelled: '🚫 Cancelled',
};


export function renderSummary(result: ApprovalResult, plan: ApprovalPlan): string {
  const { tally, issue } = result;
  const lines = [
    `## Approval: ${TITLES[result.outcome]}`,
    '',
    `**${markdownText(describeSubject(plan.subject))}** — issue [#${issue.number}](${issue.htmlUrl}), decided ${result.decidedAt}.`,
    '',
    markdownText(result.message),
    '',
  ];
  const rows = [
    ...tally.approvals.map((ballot) => ({ ballot, counted: `yes (${ballot.via === 'listed' ? 'listed approver' : `member of ${ballot.via}`})` })),
    ...(tally.denial ? [{ ballot: tally.denial, counted: `yes: decides (${tally.denial.via === 'listed' ? 'listed approver' : `member of ${tally.denial.via}`})` }] : []),
    ...tally.ignored.map((ballot) => ({ ballot, counted: `no: ${ballot.reason}` })),
  ].sort((a, b) => a.ballot.at.localeCompare(b.ballot.at));
  if (rows.length > 0) {
    lines.push('| Who | Answer | When | Comment | Counted |', '|---|---|---|---|---|');
    for (const { ballot, counted } of rows) {
      lines.push(`| ${markdownText(ballot.login)} | ${ballot.vote} | ${ballot.at} | [comment](${ballot.htmlUrl}) | ${markdownText(counted)} |`);
    }
  } else {
    lines.push('Nobody answered.');
  }
  lines.push('', `Needed ${plan.rules.minimumApprovals} distinct approval${plan.rules.minimumApprovals === 1 ? '' : 's'}; started by ${joinNames(plan.rules.startedBy) || 'unknown'}; [workflow run](${plan.subject.runUrl}).`);
  return lines.join('\n');
}
