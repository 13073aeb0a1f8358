import type { IssueComment } from '../github/issues.js';
import { UserError } from '../lib/errors.js';
import { ApproverDirectory, type ApproverRules, type Membership, type Standing, type Team } from './approvers.js';
import { APPROVAL_LABEL, checkTeamsVisible, type Logger } from './gate.js';
import { describeProgress, formatDuration, shortSha } from './render.js';
import { commitHint, findRequest, outcomeDescription, REQUEST_CONTEXT, type ApprovalRequest, type CommitStatusRecord } from './request.js';
import { joinNames, lastWords, tally, type Tally } from './tally.js';

/**
 * The approval listener: a short run started by a comment on an approval issue (or by a schedule,
 * for time-outs) instead of a job that polls. It counts the issue's answers with the same rules
 * as the polling gate, reads the commit and who started the run from the request's record
 * (request.ts), and claims the approval with a git ref that only one run can create, so two
 * approval comments at once deploy once.
 */
export interface ApprovalIssue {
  number: number;
  htmlUrl: string;
  body: string;
  state: string;
  labels: string[];
}

export interface ListenerPort {
  readIssue(issueNumber: number): Promise<ApprovalIssue>;
  openApprovalIssues(): Promise<ApprovalIssue[]>;
  statuses(sha: string): Promise<CommitStatusRecord[]>;
  setStatus(sha: string, state: 'pending' | 'success' | 'failure', description: string, targetUrl: string): Promise<void>;
  /** Create refs/shipgate/approvals/<issue> at `sha`; false when another run created it first. */
  claim(issueNumber: number, sha: string): Promise<boolean>;
  listComments(issueNumber: number): Promise<IssueComment[]>;
  comment(issueNumber: number, body: string): Promise<void>;
  close(issueNumber: number, reason: 'completed' | 'not_planned'): Promise<void>;
  membership: Membership;
  teamVisible(team: Team): Promise<boolean>;
}

export type ListenerOutcome = 'approved' | 'denied' | 'timed-out' | 'waiting' | 'ignored';

export interface ListenerResult {
  outcome: ListenerOutcome;
  issue?: number;
  /** The recorded commit; set only when approved. */
  sha?: string;
  approvers: string[];
  message: string;
}

export interface ListenerOptions {
  /** Who may answer; who started the run comes from the record. */
  rules: Omit<ApproverRules, 'startedBy'>;
  timeoutMs: number;
  now: number;
  /** The listener's own run, linked from the outcome comment. */
  runUrl: string;
  port: ListenerPort;
  log: Logger;
}

/** The request behind an issue, or why there is none (the issue deploys nothing then). */
async function requestOf(issue: ApprovalIssue, port: ListenerPort): Promise<ApprovalRequest> {
  const sha = commitHint(issue.body);
  const request = sha ? findRequest(await port.statuses(sha), sha, issue) : undefined;
  if (!sha || !request) {
    throw new UserError(
      `Issue #${issue.number} has no approval record${sha ? ` on commit ${shortSha(sha)}` : ''} (a ${REQUEST_CONTEXT} status that shipgate set for this issue), so nothing is deployed; its text may have been edited.`,
    );
  }
  return request;
}

async function count(issue: ApprovalIssue, rules: ApproverRules, port: ListenerPort): Promise<Tally> {
  const directory = new ApproverDirectory(rules, port.membership);
  const ballots = lastWords(await port.listComments(issue.number));
  const standings = new Map<string, Standing>();
  for (const [key, ballot] of ballots) standings.set(key, await directory.standing(ballot.login));
  return tally(ballots.values(), standings, rules);
}

async function finish(
  issue: ApprovalIssue,
  request: ApprovalRequest,
  outcome: 'denied' | 'timed-out',
  result: Tally,
  options: ListenerOptions,
): Promise<ListenerResult> {
  const { port } = options;
  const who = outcome === 'denied' && result.denial ? [result.denial.login] : [];
  const body =
    outcome === 'denied'
      ? `❌ **Denied** by ${result.denial ? `${result.denial.login} ([comment](${result.denial.htmlUrl}))` : 'an approver'}. Nothing is deployed.`
      : `⌛ **Timed out** after ${formatDuration(options.timeoutMs)} with ${result.approvals.length} of ${options.rules.minimumApprovals} approvals. Nothing is deployed; answers here no longer count.`;
  await port.comment(issue.number, body);
  await port.close(issue.number, 'not_planned');
  await port.setStatus(request.sha, 'failure', outcomeDescription(outcome, issue.number, who), issue.htmlUrl);
  const message =
    outcome === 'denied'
      ? `${who[0] ?? 'An approver'} denied ${shortSha(request.sha)} in ${issue.htmlUrl}; nothing is deployed.`
      : `No approval of ${shortSha(request.sha)} within ${formatDuration(options.timeoutMs)} in ${issue.htmlUrl}; the issue is closed and nothing is deployed.`;
  return { outcome, issue: issue.number, approvers: [], message };
}

const expired = (request: ApprovalRequest, options: ListenerOptions) => options.now >= (Date.parse(request.requestedAt) || 0) + options.timeoutMs;

/** A comment on an approval issue: count, and decide when the answers or the clock say so. */
export async function answerComment(issueNumber: number, options: ListenerOptions): Promise<ListenerResult> {
  const { port, log } = options;
  const issue = await port.readIssue(issueNumber);
  if (!issue.labels.includes(APPROVAL_LABEL.name)) {
    return { outcome: 'ignored', issue: issueNumber, approvers: [], message: `Issue #${issueNumber} is not an approval issue; nothing to do.` };
  }
  if (issue.state !== 'open') {
    return { outcome: 'ignored', issue: issueNumber, approvers: [], message: `Issue #${issueNumber} is closed: its approval was already decided.` };
  }
  const request = await requestOf(issue, port);
  if (request.state !== 'pending') {
    return { outcome: 'ignored', issue: issueNumber, approvers: [], message: `The approval in #${issueNumber} was already decided (${request.state}).` };
  }
  const rules: ApproverRules = { ...options.rules, startedBy: request.startedBy };
  await checkTeamsVisible(rules, port.teamVisible);
  const result = await count(issue, rules, port);
  if (expired(request, options)) return finish(issue, request, 'timed-out', result, options);
  if (result.denial) return finish(issue, request, 'denied', result, options);
  if (!result.approved) {
    const message = `${describeProgress(result, rules)} in ${issue.htmlUrl}; production keeps waiting.`;
    log.info(message);
    return { outcome: 'waiting', issue: issueNumber, approvers: [], message };
  }
  // Of two runs that both counted enough approvals, only the one that creates the ref deploys.
  if (!(await port.claim(issue.number, request.sha))) {
    return { outcome: 'ignored', issue: issueNumber, approvers: [], message: `Another run already took the approval in #${issueNumber}; it deploys ${shortSha(request.sha)}.` };
  }
  const approvers = result.approvals.map((ballot) => ballot.login);
  await port.comment(issue.number, `✅ **Approved** by ${joinNames(approvers)}. The [approval run](${options.runUrl}) deploys ${shortSha(request.sha)} to production.`);
  await port.close(issue.number, 'completed');
  await port.setStatus(request.sha, 'success', outcomeDescription('approved', issue.number, approvers), issue.htmlUrl);
  return { outcome: 'approved', issue: issueNumber, sha: request.sha, approvers, message: `${shortSha(request.sha)} was approved by ${joinNames(approvers)} in ${issue.htmlUrl}.` };
}

/** A scheduled run: close every open approval issue past its deadline, with the outcome. */
export async function closeExpired(options: ListenerOptions): Promise<ListenerResult[]> {
  const closed: ListenerResult[] = [];
  for (const issue of await options.port.openApprovalIssues()) {
    let request: ApprovalRequest;
    try {
      request = await requestOf(issue, options.port);
    } catch (error) {
      options.log.warning((error as Error).message);
      continue;
    }
    if (request.state !== 'pending' || !expired(request, options)) continue;
    const rules: ApproverRules = { ...options.rules, startedBy: request.startedBy };
    closed.push(await finish(issue, request, 'timed-out', await count(issue, rules, options.port), options));
  }
  return closed;
}
