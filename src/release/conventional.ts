import type { Bump } from './semver.js';
import { counted } from '../lib/plural.js';

/**
 * Conventional Commits 1.0.0: `type(scope)!: subject`, with a `BREAKING CHANGE:` (or
 * `BREAKING-CHANGE:`) footer. `feat` is a minor change, `fix` and `perf` a patch, `!` or the
 * footer a major one; other types (docs, chore, refactor, ...) change no version by themselves.
 */
export interface ConventionalCommit {
  type: string;
  scope: string | undefined;
  breaking: boolean;
  subject: string;
}

const HEADER = /^([A-Za-z][\w-]*)(?:\(([^()]*)\))?(!)?:[ \t]+(\S.*)$/;
const BREAKING_FOOTER = /^BREAKING[ -]CHANGE:[ \t]*\S/m;
/** GitHub's merge commit ("Merge pull request #12 from owner/branch"): the pull request title is the body's first line. */
const MERGE_HEADER = /^Merge (pull request|branch|remote-tracking branch) /;

export function parseConventionalCommit(message: string): ConventionalCommit | undefined {
  const lines = message.replace(/\r\n/g, '\n').split('\n');
  let headerIndex = 0;
  if (MERGE_HEADER.test(lines[0] ?? '')) {
    headerIndex = lines.findIndex((line, index) => index > 0 && line.trim() !== '');
    if (headerIndex < 0) return undefined;
  }
  const match = HEADER.exec(lines[headerIndex].trim());
  if (!match) return undefined;
  const body = lines.slice(headerIndex + 1).join('\n');
  return {
    type: match[1].toLowerCase(),
    scope: match[2] || undefined,
    breaking: match[3] === '!' || BREAKING_FOOTER.test(body),
    subject: match[4].trim(),
  };
}

/** The bump one commit asks for, or undefined when it asks for none (docs, chore, non-conventional). */
export function bumpOf(commit: ConventionalCommit | undefined): Bump | undefined {
  if (!commit) return undefined;
  if (commit.breaking) return 'major';
  if (commit.type === 'feat') return 'minor';
  if (commit.type === 'fix' || commit.type === 'perf') return 'patch';
  return undefined;
}

const RANK: Record<Bump, number> = { patch: 1, minor: 2, major: 3 };

export const higherBump = (a: Bump | undefined, b: Bump | undefined): Bump | undefined =>
  !a ? b : !b ? a : RANK[a] >= RANK[b] ? a : b;

export interface BumpDecision {
  bump: Bump;
  /** Why, in a few words, for the log and the summary. */
  reason: string;
}

/**
 * The bump for a set of commit messages. Two decisions, both documented in the README:
 * - Pre-1.0: while the major version is 0 a breaking change bumps the minor version (0.3.1 → 0.4.0),
 *   as semver's "anything may change" 0.y.z range intends; 1.0.0 is a deliberate `version: 1.0.0`
 *   (or `bump: major`), never an accident of a commit footer.
 * - Commits that ask for no bump (only docs/chore/...) still give a patch release: release tags what
 *   reached production, and every deployed commit needs a release for rollback to return to.
 */
export function decideBump(messages: readonly string[], currentMajor: number): BumpDecision {
  const counts = { major: 0, minor: 0, patch: 0 };
  let bump: Bump | undefined;
  for (const message of messages) {
    const wanted = bumpOf(parseConventionalCommit(message));
    if (wanted) counts[wanted] += 1;
    bump = higherBump(bump, wanted);
  }
  if (bump === 'major') {
    const why = counted(counts.major, 'breaking change');
    return currentMajor === 0 ? { bump: 'minor', reason: `${why} (minor while the major version is 0)` } : { bump, reason: why };
  }
  if (bump === 'minor') return { bump, reason: counted(counts.minor, 'feature') };
  if (bump === 'patch') return { bump, reason: counted(counts.patch, 'fix', 'fixes') };
  return { bump: 'patch', reason: messages.length ? 'no feat, fix or breaking change: patch' : 'no new commits: patch' };
}
