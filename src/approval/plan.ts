/** What the gate will do, decided before any issue is opened: the issue, who may answer, how long to wait. */
import { formatDurationInWords } from '../lib/duration.js';
import { UserError } from '../lib/errors.js';
import { impossibleApproval, teamName, type ApproverRules, type Team } from './approvers.js';
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
  /** The wait ends this long before timeoutMs runs out, to close the issue before the job is stopped. */
  closingReserveMs: number;
  pollIntervalMs: number;
}

/**
 * A job whose `timeout-minutes` equals the approval's timeout is stopped by the runner at that
 * minute, and the job started a little before the action did: ending the wait up to a minute
 * early (a tenth of a short wait) leaves time to record the outcome in the issue. GitHub's
 * expressions have no arithmetic, so pipeline.yml cannot give the job the extra minute instead.
 */
export const closingReserveMs = (timeoutMs: number): number => Math.min(60_000, Math.floor(timeoutMs / 10));

/**
 * Refuse, before any issue is opened, a listed team the token cannot see: GitHub answers 404 to
 * GITHUB_TOKEN for every org team, which would otherwise read as "not a member" and ignore every
 * team member's answer until the gate times out.
 */
export async function checkTeamsVisible(rules: ApproverRules, visible: (team: Team) => Promise<boolean>): Promise<void> {
  for (const team of rules.teams) {
    if (!(await visible(team))) {
      throw new UserError(
        `Team ${teamName(team)} is not visible to the github-token (GitHub answers 404 to a token that may not read the organization's teams, GITHUB_TOKEN included), so its members' answers could never count: pass a token with read:org as teams-token (the approval-token secret of pipeline.yml), or list the approvers' logins.`,
      );
    }
  }
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
  /** Default 0: the wait lasts timeoutMs. */
  closingReserveMs?: number;
  pollIntervalMs: number;
  now: number;
}): ApprovalPlan {
  const { subject, rules, timeoutMs, pollIntervalMs } = options;
  const reserve = options.closingReserveMs ?? 0;
  checkRules(rules);
  const content = renderIssue(subject, rules, timeoutMs, new Date(options.now + timeoutMs - reserve), options.title);
  const assignees = rules.users.filter((user) => rules.allowSelfApproval || !rules.startedBy.includes(user.toLowerCase())).slice(0, MAX_ASSIGNEES);
  return { subject, rules, issue: { ...content, labels: [APPROVAL_LABEL.name], assignees }, timeoutMs, closingReserveMs: reserve, pollIntervalMs };
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
