import type { Issue, IssueComment, NewIssue } from '../github/issues.js';
import { formatDurationInWords } from '../lib/duration.js';
import type { Logger } from '../lib/logger.js';
import { ApproverDirectory, type Membership, type Standing, type Team } from './approvers.js';
import { MAX_POLL_MS, type ApprovalPlan } from './plan.js';
import { outcomeComment, outcomeSentence, type ApprovalResult, type Outcome } from './record.js';
import { describeProgress, describeRules, describeSubject } from './render.js';
import { lastWords, tally, type Tally } from './tally.js';

/**
 * The issue-based approval gate: open an issue, poll its comments with backoff, count the
 * answers of allowed approvers (current text of each comment, last word per person), close the
 * issue with the outcome. The GitHub calls, the log, the clock and sleeping are passed in.
 */
/** Function-valued members, so a member can be handed on without its object. */
export interface ApprovalPort {
  /** Open the issue (labels best-effort created first; `assigned` false when assignees were dropped). */
  createIssue: (issue: NewIssue) => Promise<Issue & { assigned: boolean }>;
  listComments: (issueNumber: number, since?: string) => Promise<IssueComment[]>;
  comment: (issueNumber: number, body: string) => Promise<void>;
  close: (issueNumber: number, reason: 'completed' | 'not_planned') => Promise<void>;
  membership: Membership;
  /** Whether the token can see the team at all (GitHub answers 404 alike for unseen and non-member). */
  teamVisible: (team: Team) => Promise<boolean>;
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

/** Backoff: each quiet poll waits 1.5 times longer, up to MAX_POLL_MS; any new answer resets it. */
const BACKOFF = 1.5;
/**
 * `since` is set this far before the newest updated_at seen: GitHub's timestamps have whole
 * seconds and a comment can become visible shortly after a newer one. Re-reading a few comments
 * is harmless (they are merged by id).
 */
const SINCE_OVERLAP_MS = 30_000;
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
  log.info(`Waiting for approval of ${what} in ${issue.htmlUrl}: ${describeRules(rules)}; times out after ${formatDurationInWords(plan.timeoutMs)}.`);

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
      log.info(`${describeProgress(current, rules)}; next check in ${formatDurationInWords(wait)}, ${formatDurationInWords(Math.max(0, deadline - clock.now()))} left.`);
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
