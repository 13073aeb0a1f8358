import { joinNames } from './tally.js';

/**
 * The record of an approval request that holds no runner while it waits (issue 14).
 *
 * The request step opens the issue and sets a commit status on the commit that waits: context
 * `shipgate/approval`, state pending, target_url the issue, description naming the issue and who
 * started the run. A commit status cannot be edited, names the commit itself, and says who
 * created it (the workflow's bot, not a person's token), so the listener reads the commit and the
 * starters from it, never from the issue's text, which anyone with write access can edit. The
 * issue's text only says which commit to look at; a commit whose statuses do not name this issue
 * deploys nothing.
 */
export const REQUEST_CONTEXT = 'shipgate/approval';

/** GitHub keeps 140 characters of a status description. */
const MAX_DESCRIPTION = 140;

export function requestDescription(issue: number, startedBy: string[]): string {
  const text = `Waiting for approval in #${issue}; started by ${startedBy.join(', ') || 'nobody'}`;
  // Cutting it would drop a starter, who could then approve their own run: refuse instead.
  if (text.length > MAX_DESCRIPTION) throw new Error(`The approval record "${text}" is longer than a commit status description.`);
  return text;
}

export function parseRequestDescription(text: string): { issue: number; startedBy: string[] } | undefined {
  const match = /^Waiting for approval in #(\d+); started by (.*)$/.exec(text);
  if (!match) return undefined;
  const startedBy = match[2] === 'nobody' ? [] : match[2].split(', ').map((login) => login.toLowerCase());
  return { issue: Number(match[1]), startedBy };
}

/** The commit the issue says waits (a hint only: the record decides). */
export function commitHint(issueBody: string): string | undefined {
  return /\/commit\/([0-9a-f]{40})\b/.exec(issueBody)?.[1];
}

export interface CommitStatusRecord {
  context: string;
  state: string;
  description: string;
  targetUrl: string;
  creatorType: string;
  createdAt: string;
  id: number;
}

export interface ApprovalRequest {
  issue: number;
  sha: string;
  startedBy: string[];
  requestedAt: string;
  /** The newest state of the record: pending while it waits, success/failure once decided. */
  state: string;
}

/**
 * The request for `issue` among the commit's statuses: the oldest `shipgate/approval` status a
 * bot created that points at this issue. Statuses anyone else created are ignored.
 */
export function findRequest(statuses: CommitStatusRecord[], sha: string, issue: { number: number; htmlUrl: string }): ApprovalRequest | undefined {
  const ours = statuses
    .filter((status) => status.context === REQUEST_CONTEXT && status.creatorType === 'Bot' && status.targetUrl === issue.htmlUrl)
    .sort((a, b) => a.id - b.id);
  const first = ours[0];
  const parsed = first && parseRequestDescription(first.description);
  if (!first || !parsed || parsed.issue !== issue.number) return undefined;
  return { issue: issue.number, sha, startedBy: parsed.startedBy, requestedAt: first.createdAt, state: ours[ours.length - 1].state };
}

/** What the outcome status says, as the commit's status list shows it. */
export function outcomeDescription(outcome: 'approved' | 'denied' | 'timed-out', issue: number, who: string[]): string {
  const text =
    outcome === 'approved'
      ? `Approved in #${issue} by ${joinNames(who)}`
      : outcome === 'denied'
        ? `Denied in #${issue} by ${joinNames(who)}`
        : `Timed out in #${issue}`;
  return text.length > MAX_DESCRIPTION ? `${text.slice(0, MAX_DESCRIPTION - 1)}…` : text;
}
