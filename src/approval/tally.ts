import type { IssueComment } from '../github/issues.js';
import { eligibleUsers, isStarter, sameLogin, teamName, type ApproverRules, type Standing } from './approvers.js';
import { classifyComment, isBot, type Vote } from './comments.js';

/**
 * Counting the answers. Each person's answer is their last word: of their comments whose
 * CURRENT text carries a vote, the one written last (posted or edited, by updated_at) counts.
 * A comment edited from `approve` to anything else therefore no longer approves, and deleting
 * a comment takes its vote away.
 *
 * An edited comment never approves: anyone with write access may edit other people's comments
 * and the REST API does not say who made the edit, so the person who started the run could turn
 * an approver's "looking now" into "approve". An approver who changes their mind posts a new
 * comment. An edited `deny` still stops the run (failing closed is safe).
 */
export interface Ballot {
  login: string;
  vote: Vote;
  /** When the counted text was written (the comment's updated_at). */
  at: string;
  commentId: number;
  htmlUrl: string;
}

export interface CountedBallot extends Ballot {
  /** 'listed' or the org/team that made this person an approver. */
  via: string;
}

export interface IgnoredBallot extends Ballot {
  reason: 'not an approver' | 'started the run';
}

export interface Tally {
  approvals: CountedBallot[];
  /** The first deny (by time) from an allowed approver, if any: it decides. */
  denial?: CountedBallot;
  ignored: IgnoredBallot[];
  approved: boolean;
  /** Who is still waited for, as names: listed users and "a member of org/team". */
  waitingFor: string[];
}

const written = (comment: IssueComment): number => Date.parse(comment.updatedAt || comment.createdAt) || 0;

/** A comment whose text changed after it was posted (GitHub moves updated_at on every edit). */
export const wasEdited = (comment: IssueComment): boolean =>
  Boolean(comment.updatedAt) && Boolean(comment.createdAt) && Date.parse(comment.updatedAt) > Date.parse(comment.createdAt);

/** Each person's last word, keyed by lower-cased login; bots and vote-less comments are skipped. */
export function lastWords(comments: IssueComment[]): Map<string, Ballot> {
  const ordered = [...comments].sort((a, b) => written(a) - written(b) || a.id - b.id);
  const ballots = new Map<string, Ballot>();
  for (const comment of ordered) {
    if (!comment.login || isBot(comment)) continue;
    const vote = classifyComment(comment.body);
    if (!vote || (vote === 'approve' && wasEdited(comment))) continue;
    ballots.set(comment.login.toLowerCase(), {
      login: comment.login,
      vote,
      at: comment.updatedAt || comment.createdAt,
      commentId: comment.id,
      htmlUrl: comment.htmlUrl,
    });
  }
  return ballots;
}

export function tally(ballots: Iterable<Ballot>, standings: ReadonlyMap<string, Standing>, rules: ApproverRules): Tally {
  const approvals: CountedBallot[] = [];
  const denials: CountedBallot[] = [];
  const ignored: IgnoredBallot[] = [];
  const byTime = [...ballots].sort((a, b) => (Date.parse(a.at) || 0) - (Date.parse(b.at) || 0) || a.commentId - b.commentId);
  for (const ballot of byTime) {
    const standing = standings.get(ballot.login.toLowerCase());
    if (!standing?.allowed) {
      ignored.push({ ...ballot, reason: 'not an approver' });
    } else if (ballot.vote === 'deny') {
      // Stopping one's own run is always allowed: self-approval is the conflict of interest.
      denials.push({ ...ballot, via: standing.via });
    } else if (!rules.allowSelfApproval && isStarter(rules, ballot.login)) {
      ignored.push({ ...ballot, reason: 'started the run' });
    } else {
      approvals.push({ ...ballot, via: standing.via });
    }
  }
  const denial = denials[0];
  const waitingFor = eligibleUsers(rules)
    .filter((user) => !approvals.some((ballot) => sameLogin(ballot.login, user)))
    .concat(
      rules.teams.map((team) =>
        approvals.some((ballot) => ballot.via === teamName(team)) ? `another member of ${teamName(team)}` : `a member of ${teamName(team)}`,
      ),
    );
  return {
    approvals,
    denial,
    ignored,
    approved: !denial && approvals.length >= rules.minimumApprovals,
    waitingFor,
  };
}

/** "a", "a and b", "a, b and c"; joined with `or` for alternatives. */
export function joinNames(names: string[], conjunction: 'and' | 'or' = 'and'): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${conjunction} ${names[names.length - 1]}`;
}
