/** What the gate will do, decided before any request: the issue to open, who may answer, how long to wait. */
import { formatDurationInWords } from '../lib/duration.js';
import { UserError } from '../lib/errors.js';
import { impossibleApproval, type ApproverRules } from './approvers.js';
import { describeRules, describeSubject, renderIssue, type ApprovalSubject, type IssueContent } from './render.js';

export const APPROVAL_LABEL = { name: 'shipgate-approval', color: 'd93f0b', description: 'A shipgate run waits for approval here' };
/** The longest wait between two polls of the comments (the gate backs off up to it). */
export const MAX_POLL_MS = 60_000;
/** GitHub allows at most 10 assignees on an issue. */
const MAX_ASSIGNEES = 10;

export interface ApprovalPlan {
  subject: ApprovalSubject;
  rules: ApproverRules;
  issue: IssueContent & { labels: string[]; assignees: string[] };
  timeoutMs: number;
  pollIntervalMs: number;
}

/** Refuse, in one sentence, approvers that can never reach minimum-approvals. */
export function checkRules(rules: ApproverRules): void {
  const impossible = impossibleApproval(rules);
  if (impossible) throw new UserError(impossible);
}

export function planApproval(options: {
  subject: ApprovalSubject;
  rules: ApproverRules;
  title?: string;
  timeoutMs: number;
  pollIntervalMs: number;
  now: number;
}): ApprovalPlan {
  const { subject, rules, timeoutMs, pollIntervalMs } = options;
  checkRules(rules);
  const content = renderIssue(subject, rules, timeoutMs, new Date(options.now + timeoutMs), options.title);
  const assignees = rules.users.filter((user) => rules.allowSelfApproval || !rules.startedBy.includes(user.toLowerCase())).slice(0, MAX_ASSIGNEES);
  return { subject, rules, issue: { ...content, labels: [APPROVAL_LABEL.name], assignees }, timeoutMs, pollIntervalMs };
}

/** The plan as the dry run prints it. */
export function describePlan(plan: ApprovalPlan): string {
  return [
    `Dry run: no issue is opened. The plan for ${describeSubject(plan.subject)}:`,
    `Issue title: ${plan.issue.title}`,
    `Labels: ${plan.issue.labels.join(', ')}; assignees: ${plan.issue.assignees.join(', ') || 'none'}`,
    `Who may approve: ${describeRules(plan.rules)}.`,
    `Waits up to ${formatDurationInWords(plan.timeoutMs)}, checking the comments every ${formatDurationInWords(plan.pollIntervalMs)} at first and backing off to ${formatDurationInWords(Math.max(plan.pollIntervalMs, MAX_POLL_MS))}.`,
    'Issue body:',
    plan.issue.body,
  ].join('\n');
}

