/**
 * What an approval comment says. The rule, also printed in the issue:
 * - the first line of the comment, trimmed and compared case-insensitively, is the answer word
 *   alone, optionally prefixed with `/` (slash-command habit) and optionally followed by `.` or `!`;
 * - approve: approve, approved, lgtm, yes; deny: deny, denied, no;
 * - anything may follow on the next lines (a reason, a link).
 * Everything else carries no vote, in particular a question (`approve?`), a sentence on the first
 * line (`no problem, approve`), a quote of an earlier answer (`> approve`) and code.
 */
export type Vote = 'approve' | 'deny';

export const APPROVE_WORDS = ['approve', 'approved', 'lgtm', 'yes'] as const;
export const DENY_WORDS = ['deny', 'denied', 'no'] as const;

const WORDS = new Map<string, Vote>([
  ...APPROVE_WORDS.map((word) => [word, 'approve'] as const),
  ...DENY_WORDS.map((word) => [word, 'deny'] as const),
]);

const ANSWER = /^\/?([a-z]+)[.!]*$/;

export function classifyComment(body: string): Vote | undefined {
  const firstLine = body.replace(/^\uFEFF/, '').trimStart().split(/\r?\n/, 1)[0].trim().toLowerCase();
  const match = ANSWER.exec(firstLine);
  return match ? WORDS.get(match[1]) : undefined;
}

/** Bots never vote: GitHub Apps have type Bot, and their logins end in [bot]. */
export function isBot(user: { login: string; userType: string }): boolean {
  return user.userType === 'Bot' || /\[bot\]$/i.test(user.login);
}
