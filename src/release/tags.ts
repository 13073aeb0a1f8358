import type { GitHub } from '../github/client.js';
import type { RepoRef } from '../lib/repo.js';
import { shortSha } from '../lib/sha.js';
import { listPeeledTags, listTagRefs, type TagRef } from '../github/tags.js';
import { compareRange, listHistoryPage, type Range } from './history.js';
import { isPrerelease, parseReleaseTag, sortNewestFirst, type ReleaseTag } from './semver.js';

/**
 * Release tags and where they sit in history. The previous release of a commit is found by
 * ancestry: the nearest release tag reachable from it, never the highest version anywhere.
 *
 * How, in a bounded number of requests: every release tag comes from one
 * `GET /git/matching-refs/tags/<prefix>` (GitHub answers it in one response, whatever the
 * number of tags). Release tags are then probed newest version first with
 * `GET /compare/<tag>...<sha>`, which peels the tag and says whether it is reachable from the
 * commit; the first reachable one is the nearest, because versions grow along history (release
 * only ever tags a version above the previous reachable one, see planVersion). On a linear
 * history that is one probe; releases on other branches (a maintenance line) cost one probe
 * each. After MAX_PROBES unreachable tags, the search walks the history instead: one listing of
 * tags with their commits (GET /tags, 100 per page) and pages of 100 commits from the ref until
 * a commit carrying a release tag is met.
 */
export interface ReleaseTagRef extends ReleaseTag {
  ref: TagRef;
}

export const MAX_PROBES = 8;
export const MAX_WALK_PAGES = 10;

export interface ReleaseTags {
  /** Newest version first. */
  tags: ReleaseTagRef[];
  requests: number;
}

export async function listReleaseTags(github: GitHub, repo: RepoRef, prefix: string): Promise<ReleaseTags> {
  const { tags, requests } = await listTagRefs(github, repo, prefix);
  const release: ReleaseTagRef[] = [];
  for (const ref of tags) {
    const parsed = parseReleaseTag(ref.name, prefix);
    if (parsed) release.push({ ...parsed, ref });
  }
  return { tags: sortNewestFirst(release), requests };
}

export const stableOnly = (tag: ReleaseTag): boolean => !isPrerelease(tag.version);

export interface Location {
  /** The highest release tag on the commit itself. */
  onCommit: ReleaseTagRef | undefined;
  /** The nearest release tag reachable from the commit and not on it, with (when probed) the comparison tag...commit. */
  previous: { tag: ReleaseTagRef; range: Range | undefined } | undefined;
  requests: number;
  method: 'probe' | 'walk';
}

export interface LocateOptions {
  /** Keep looking past a tag on the commit itself for the one before it. */
  wantPrevious: boolean;
  maxProbes?: number;
  log?: (message: string) => void;
}

/** Find the release tag on `sha` and the nearest one reachable before it, among `tags` (newest first). */
export async function locateRelease(
  github: GitHub,
  repo: RepoRef,
  sha: string,
  tags: readonly ReleaseTagRef[],
  options: LocateOptions,
): Promise<Location> {
  const maxProbes = options.maxProbes ?? MAX_PROBES;
  let onCommit: ReleaseTagRef | undefined;
  let requests = 0;
  for (const tag of tags) {
    if (tag.ref.type === 'commit' && tag.ref.sha === sha) {
      onCommit ??= tag;
      if (!options.wantPrevious) break;
      continue;
    }
    if (requests >= maxProbes) {
      options.log?.(`${requests} newer release tags are not reachable from ${shortSha(sha)}; walking its history instead.`);
      const walked = await walkHistory(github, repo, sha, tags, options);
      return { ...walked, requests: requests + walked.requests };
    }
    const range = await compareRange(github, repo, tag.name, sha);
    requests += 1;
    if (range.status === 'identical') {
      onCommit ??= tag;
      if (!options.wantPrevious) break;
    } else if (range.status === 'ahead') {
      const nearest = await confirmNearest(github, repo, sha, tags, { tag, range });
      return { onCommit: onCommit ?? nearest.onCommit, previous: nearest.best, requests: requests + nearest.requests, method: 'probe' };
    }
  }
  return { onCommit, previous: undefined, requests, method: 'probe' };
}

/**
 * The highest reachable release is the nearest one as long as versions grow along history. Two
 * cheap checks catch a tag that breaks that rule (a higher version put on an older commit by
 * hand): a lightweight release tag on one of the commits in between is nearer (its commit is
 * known without a request), and the next lower release is probed once: when it is reachable
 * and nearer it wins (or sits on the commit itself), and the one below it is probed in turn.
 */
async function confirmNearest(
  github: GitHub,
  repo: RepoRef,
  sha: string,
  tags: readonly ReleaseTagRef[],
  found: { tag: ReleaseTagRef; range: Range },
): Promise<{ best: { tag: ReleaseTagRef; range: Range }; onCommit: ReleaseTagRef | undefined; requests: number }> {
  let best = found;
  let onCommit: ReleaseTagRef | undefined;
  let requests = 0;
  const lightweight = nearestTagOn(best.range.commits, tags, best.tag);
  if (lightweight) {
    best = { tag: lightweight, range: await compareRange(github, repo, lightweight.name, sha) };
    requests += 1;
  }
  for (let index = tags.indexOf(best.tag) + 1; index < tags.length; index++) {
    const lower = tags[index];
    if (lower.ref.sha === best.tag.ref.sha) continue;
    const range = await compareRange(github, repo, lower.name, sha);
    requests += 1;
    if (range.status === 'identical') {
      onCommit ??= lower;
      continue;
    }
    if (range.status !== 'ahead' || range.aheadBy >= best.range.aheadBy) break;
    best = { tag: lower, range };
  }
  return { best, onCommit, requests };
}

/** The lightweight release tag on the newest of `commits` (chronological), other than `except`. */
function nearestTagOn(commits: readonly { sha: string }[], tags: readonly ReleaseTagRef[], except: ReleaseTagRef): ReleaseTagRef | undefined {
  const position = new Map(commits.map((commit, index) => [commit.sha, index]));
  let best: { tag: ReleaseTagRef; index: number } | undefined;
  for (const tag of tags) {
    const index = tag !== except && tag.ref.type === 'commit' ? position.get(tag.ref.sha) : undefined;
    if (index !== undefined && (!best || index > best.index)) best = { tag, index };
  }
  return best?.tag;
}

async function walkHistory(
  github: GitHub,
  repo: RepoRef,
  sha: string,
  tags: readonly ReleaseTagRef[],
  options: LocateOptions,
): Promise<Location> {
  let requests = 0;
  const byCommit = new Map<string, ReleaseTagRef[]>();
  const add = (commit: string, tag: ReleaseTagRef) => byCommit.set(commit, [...(byCommit.get(commit) ?? []), tag]);
  const annotated = tags.filter((tag) => tag.ref.type !== 'commit');
  for (const tag of tags) if (tag.ref.type === 'commit') add(tag.ref.sha, tag);
  if (annotated.length > 0) {
    const peeled = await listPeeledTags(github, repo);
    requests += peeled.requests;
    for (const tag of annotated) {
      const commit = peeled.commits.get(tag.name);
      if (commit) add(commit, tag);
    }
  }
  let onCommit: ReleaseTagRef | undefined;
  for (let page = 1; page <= MAX_WALK_PAGES; page++) {
    const commits = await listHistoryPage(github, repo, sha, page);
    requests += 1;
    for (const commit of commits) {
      // `tags` is newest first, so the first tag added for a commit is its highest version.
      const here = byCommit.get(commit.sha)?.[0];
      if (!here) continue;
      if (commit.sha === sha) {
        onCommit = here;
        if (!options.wantPrevious) return { onCommit, previous: undefined, requests, method: 'walk' };
        continue;
      }
      const range = await compareRange(github, repo, here.name, sha);
      return { onCommit, previous: { tag: here, range }, requests: requests + 1, method: 'walk' };
    }
    if (commits.length < 100) break;
  }
  options.log?.(`No release tag found within ${MAX_WALK_PAGES * 100} commits of ${shortSha(sha)}.`);
  return { onCommit, previous: undefined, requests, method: 'walk' };
}
