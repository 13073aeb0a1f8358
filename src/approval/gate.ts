import type { Issue, IssueComment, NewIssue } from '../github/issues.js';
import { UserError } from '../lib/errors.js';
import { ApproverDirectory, impossibleApproval, teamName, type ApproverRules, type Membership, type Standing, type Team } from './approvers.js';
import { outcomeComment, outcomeSentence } from './record.js';
import { describeProgress, describeRules, describeSubject, formatDuration, renderIssue, type ApprovalSubject, type IssueContent } from './render.js';
import { lastWords, tally, type Tally } from './tally.js';

/**
 * The issue-based approval gate: open an issue, poll its comments with backoff, count the
 * answers of allowed approvers (current text of each comment, last word per person), close the
 * issue with the outcome. The GitHub calls, the log, the clock and sleeping are passed in.
 */
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
}

export interface ApprovalPort {
  /** Open the issue (labels best-effort created first; `assigned` false when assignees were dropped). */
  createIssue(issue: NewIssue): Promise<Issue & { assigned: boolean }>;
  listComments(issueNumber: number, since?: string): Promise<IssueComment[]>;
  comment(issueNumber: number, body: string): Promise<void>;
  close(issueNumber: number, reason: 'completed' | 'not_planned'): Promise<void>;
  membership: Membership;
  /** Whether the token can see the team at all (GitHub answers 404 alike for unseen and non-member). */
  teamVisible(team: Team): Promise<boolean>;
}

export interface Clock {
  now(): number;
  /** Resolve after `ms`, or at once when `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve) => {
      if (signal?.aborted) return resolve();
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal?.addEventListener('abort', done, { once: true });
    }),
};

export const APPROVAL_LABEL = { name: 'shipgate-approval', color: 'd93f0b', description: 'A shipgate run waits for approval here' };
/** Backoff: each quiet poll waits 1.5 times longer, up to a minute; any new answer resets it. */
export const MAX_POLL_MS = 60_000;
const BACKOFF = 1.5;
/**
 * `since` is set this far before the newest updated_at seen: GitHub's timestamps have whole
 * seconds and a comment can become visible shortly after a newer one. Re-reading a few comments
 * is harmless (they are merged by id).
 */
const SINCE_OVERLAP_MS = 30_000;
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
    `Waits up to ${formatDuration(plan.timeoutMs)}, checking the comments every ${formatDuration(plan.pollIntervalMs)} at first and backing off to ${formatDuration(Math.max(plan.pollIntervalMs, MAX_POLL_MS))}.`,
    'Issue body:',
    plan.issue.body,
  ].join('\n');
}

export type Outcome = 'approved' | 'denied' | 'timed-out' | 'cancelled';

export interface ApprovalResult {
  outcome: Outcome;
  issue: Issue;
  tally: Tally;
  /** ISO time of the decision. */
  decidedAt: string;
  /** One sentence saying what was decided (the failure message unless approved). */
  message: string;
}

export interface GateDependencies {
  port: ApprovalPort;
  log: Logger;
  clock?: Clock;
  /** Aborted when the run is cancelled (SIGTERM/SIGINT from the runner). */
  signal?: AbortSignal;
  /** Told the issue as soon as it exists (the action sets its issue-number output there). */
  onIssueOpened?: (issue: Issue) => void;
}

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export async function awaitApproval(plan: ApprovalPlan, deps: GateDependencies): Promise<ApprovalResult> {
  const { port, log, signal } = deps;
  const clock = deps.clock ?? systemClock;
  const { rules } = plan;
  const directory = new ApproverDirectory(rules, port.membership);
  const what = describeSubject(plan.subject);

  const issue = await port.createIssue(plan.issue);
  deps.onIssueOpened?.(issue);
  if (!issue.assigned) log.warning(`Issue #${issue.number} was opened without assignees: GitHub refused to assign ${plan.issue.assignees.join(', ')}.`);
  const started = clock.now();
  const deadline = started + plan.timeoutMs - plan.closingReserveMs;
  log.info(`Waiting for approval of ${what} in ${issue.htmlUrl}: ${describeRules(rules)}; times out after ${formatDuration(plan.timeoutMs)}.`);

  const known = new Map<number, IssueComment>();
  const reported = new Set<string>();
  let newest = Date.parse(issue.createdAt) || started;

  /** Read comments (all of them, or those updated since the newest seen); true when any changed. */
  const read = async (full: boolean): Promise<boolean> => {
    const since = full ? undefined : iso(newest - SINCE_OVERLAP_MS);
    const comments = await port.listComments(issue.number, since);
    const previous = new Map(known);
    let changed = false;
    if (full) {
      changed = comments.length !== known.size;
      known.clear();
    }
    for (const comment of comments) {
      const before = previous.get(comment.id);
      if (!before || before.body !== comment.body || before.updatedAt !== comment.updatedAt) changed = true;
      known.set(comment.id, comment);
      newest = Math.max(newest, Date.parse(comment.updatedAt) || 0);
    }
    return changed;
  };

  const count = async (): Promise<Tally> => {
    const ballots = lastWords([...known.values()]);
    const standings = new Map<string, Standing>();
    for (const [key, ballot] of ballots) standings.set(key, await directory.standing(ballot.login));
    const result = tally(ballots.values(), standings, rules);
    for (const ballot of result.ignored) {
      const key = `${ballot.commentId}@${ballot.at}`;
      if (reported.has(key)) continue;
      reported.add(key);
      const why =
        ballot.reason === 'started the run'
          ? 'started the run and allow-self-approval is false'
          : rules.teams.length > 0
            ? 'is not a listed approver or an active member of a listed team (as far as the github-token can see team membership)'
            : 'is not a listed approver';
      log.info(`Ignoring ${ballot.vote} from ${ballot.login} (${ballot.htmlUrl}): ${ballot.login} ${why}.`);
    }
    return result;
  };

  const finish = async (outcome: Outcome, result: Tally): Promise<ApprovalResult> => {
    const decided = { outcome, issue, tally: result, decidedAt: iso(clock.now()), message: '' };
    decided.message = outcomeSentence(decided, plan);
    try {
      await port.comment(issue.number, outcomeComment(decided, plan));
      await port.close(issue.number, outcome === 'approved' ? 'completed' : 'not_planned');
    } catch (error) {
      // The decision stands; an issue left open is tidied by hand.
      log.warning(`Issue #${issue.number} could not be closed with the outcome: ${(error as Error).message}`);
    }
    return decided;
  };

  let interval = plan.pollIntervalMs;
  let current: Tally = tally([], new Map(), rules);
  try {
    for (;;) {
      if (signal?.aborted) return await finish('cancelled', current);
      const final = clock.now() >= deadline;
      const changed = await read(final);
      current = await count();
      if ((current.denial || current.approved) && !final) {
        // Confirm a decision on the full list: a comment deleted since it was read leaves no trace
        // in a `since` listing.
        await read(true);
        current = await count();
      }
      if (current.denial) return await finish('denied', current);
      if (current.approved) return await finish('approved', current);
      if (final) return await finish('timed-out', current);

      if (changed) interval = plan.pollIntervalMs;
      const wait = Math.max(0, Math.min(interval, deadline - clock.now()));
      interval = Math.min(Math.max(plan.pollIntervalMs, MAX_POLL_MS), interval * BACKOFF);
      log.info(`${describeProgress(current, rules)}; next check in ${formatDuration(wait)}, ${formatDuration(Math.max(0, deadline - clock.now()))} left.`);
      await clock.sleep(wait, signal);
    }
  } catch (error) {
    // Nothing is left half-done: the issue says why nobody needs to answer any more.
    await port
      .comment(issue.number, `⚠️ shipgate stopped waiting for approval because of an error: ${error instanceof Error ? error.message : String(error)}`)
      .then(() => port.close(issue.number, 'not_planned'))
      .catch(() => undefined);
    throw error;
  }
}
