import type { GitHub } from '../github/client.js';
import type { RepoRef } from '../github/commits.js';
import { getReleaseByTag, type Release } from '../github/releases.js';
import { listReleaseTags, locateRelease } from './tags.js';
import { codeSpan, markdownText } from '../lib/markdown.js';

/**
 * A release that was rolled back carries the mark on its GitHub Release, where people and
 * shipgate both see it: the name starts with "[rolled back]", a banner opens the body, and an
 * HTML comment holds the machine-readable record (one per rollback):
 *
 *   <!-- shipgate:rolled-back {"at":"…","by":"…","environment":"…","to":"…","reason":"…","sha":"…"} -->
 *
 * The next rollback skips a marked release; a forward deploy refuses its commit unless forced.
 */
export interface RollbackMark {
  /** ISO 8601 time of the rollback. */
  at: string;
  /** Who rolled it back (the run's triggering actor). */
  by: string;
  environment: string;
  /** The release tag (or ref) the environment was rolled back to. */
  to: string;
  reason: string;
  /** The commit of the release that was rolled back. */
  sha?: string;
  /** The rollback deployment. */
  deployment?: number;
  /** Milliseconds from the start of the rollback to a verified healthy environment. */
  restore_ms?: number;
}

export const NAME_PREFIX = '[rolled back] ';
const MARK = /<!-- shipgate:rolled-back (\{.*?\}) -->/g;

/** The machine-readable comment; `-->` can never end it early because `>` is escaped inside the JSON. */
export const formatMark = (mark: RollbackMark): string => `<!-- shipgate:rolled-back ${JSON.stringify(mark).replace(/>/g, '\\u003e')} -->`;

/**
 * Text from commits (GitHub's generated notes copy commit subjects raw) made inert: anything that
 * opens a shipgate marker comment shows as text instead (`&lt;!--`), so a commit message cannot
 * plant a rolled-back mark in a release body. Marks are also confirmed against the rollback
 * deployment they name before they count (src/rollback/marks.ts); this keeps the body honest too.
 */
export const neutralizeMarks = (text: string): string => text.replace(/<!--(\s*shipgate:)/gi, '&lt;!--$1');

/** Every rollback recorded in a release body, oldest first. Malformed comments are ignored. */
export function parseMarks(body: string | null | undefined): RollbackMark[] {
  const marks: RollbackMark[] = [];
  for (const match of (body ?? '').matchAll(MARK)) {
    try {
      const value = JSON.parse(match[1]) as Partial<RollbackMark>;
      if (value && typeof value.at === 'string' && typeof value.environment === 'string') marks.push(value as RollbackMark);
    } catch {
      // Not ours, or edited by hand beyond reading: the visible banner is still there for people.
    }
  }
  return marks.sort((a, b) => a.at.localeCompare(b.at));
}

/** The name and body a release gets when it is rolled back (idempotent for the name; one banner per rollback). */
export function markedRelease(release: Pick<Release, 'name' | 'tag_name' | 'body'>, mark: RollbackMark): { name: string; body: string } {
  const name = release.name || release.tag_name;
  const when = mark.at.replace('T', ' ').replace(/(\.\d+)?Z$/, ' UTC');
  // Who and why are user text: escaped, so a reason can neither mention anyone nor open HTML.
  const why = mark.reason ? `: ${markdownText(mark.reason)}` : '';
  const banner = [
    '> [!CAUTION]',
    `> **Rolled back** in ${codeSpan(mark.environment)} to ${codeSpan(mark.to)} on ${when} by ${markdownText(`@${mark.by || 'unknown'}`)}${why}`,
    formatMark(mark),
  ].join('\n');
  return {
    name: name.startsWith(NAME_PREFIX) ? name : `${NAME_PREFIX}${name}`,
    body: release.body ? `${banner}\n\n${release.body}` : banner,
  };
}

export interface RolledBackRelease {
  tag: string;
  release: Release;
  /** Every rollback of it, oldest first (at least one). */
  marks: RollbackMark[];
}

/**
 * Was this release rolled back? For deploy's forward-only rule and rollback's target choice.
 * `shaOrTag` is a release tag ("v1.2.0") or a commit sha (its release tag is found by ancestry).
 * Resolves to the rolled-back release with its marks (truthy), or undefined when it was not
 * rolled back or is not a release. Requests: a tag costs 1; a sha costs about 3 (the tag list,
 * one comparison, the release).
 */
export async function isReleaseRolledBack(
  github: GitHub,
  repo: RepoRef,
  shaOrTag: string,
  options: { tagPrefix?: string } = {},
): Promise<RolledBackRelease | undefined> {
  let tag = shaOrTag;
  if (/^[0-9a-f]{40}$/.test(shaOrTag)) {
    const { tags } = await listReleaseTags(github, repo, options.tagPrefix ?? 'v');
    const located = await locateRelease(github, repo, shaOrTag, tags, { wantPrevious: false });
    if (!located.onCommit) return undefined;
    tag = located.onCommit.name;
  }
  const release = await getReleaseByTag(github, repo, tag);
  const marks = parseMarks(release?.body);
  return release && marks.length > 0 ? { tag, release, marks } : undefined;
}
