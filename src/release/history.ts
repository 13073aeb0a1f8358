import { api, type GitHub } from '../github/client.js';
import type { RepoRef } from '../github/commits.js';

/** GET /compare/{base}...{head}: how head relates to base, its commits and its changed files. */
export type RangeStatus = 'ahead' | 'behind' | 'identical' | 'diverged';

export interface RangeCommit {
  sha: string;
  message: string;
}

export interface ChangedFile {
  filename: string;
  status: string;
  previous_filename?: string;
}

export interface Range {
  base: string;
  head: string;
  status: RangeStatus;
  /** Commits in head that base does not have. */
  aheadBy: number;
  /** Commits in base that head does not have. */
  behindBy: number;
  /** The commit base resolved to (a tag name is peeled to its commit). */
  baseSha: string;
  mergeBaseSha: string;
  /** The commits of the requested page (chronological). */
  commits: RangeCommit[];
  /** The files of the three-dot diff (merge base → head); GitHub lists at most 300, on the first page only. */
  files: ChangedFile[];
  htmlUrl: string;
}

/** GitHub lists at most this many files of a comparison. */
export const MAX_COMPARE_FILES = 300;
export const COMPARE_PAGE = 100;

/** One page of a comparison (per_page 100: commits of later pages come from compareCommitPages). */
export async function compareRange(github: GitHub, repo: RepoRef, base: string, head: string, page = 1): Promise<Range> {
  return api(`compare ${shortName(base)}...${shortName(head)}`, async () => {
    const { data: compare } = await github.rest.repos.compareCommitsWithBasehead({
      ...repo,
      basehead: `${base}...${head}`,
      per_page: COMPARE_PAGE,
      page,
    });
    return {
      base,
      head,
      status: compare.status,
      aheadBy: compare.ahead_by,
      behindBy: compare.behind_by,
      baseSha: compare.base_commit.sha,
      mergeBaseSha: compare.merge_base_commit.sha,
      commits: compare.commits.map((commit) => ({ sha: commit.sha, message: commit.commit.message })),
      files: (compare.files ?? []).map((file) => ({
        filename: file.filename,
        status: file.status,
        ...(file.previous_filename ? { previous_filename: file.previous_filename } : {}),
      })),
      htmlUrl: compare.html_url ?? '',
    };
  });
}

export interface CommitPages {
  commits: RangeCommit[];
  /** True when the range has more commits than were read (maxPages reached). */
  truncated: boolean;
  requests: number;
}

/**
 * Every commit of a range whose first page is already known, reading later pages of 100 until
 * `enough` says so or `maxPages` is reached (a bound on requests for very long ranges).
 */
export async function compareCommitPages(
  github: GitHub,
  repo: RepoRef,
  first: Range,
  options: { maxPages?: number; enough?: (commits: RangeCommit[]) => boolean } = {},
): Promise<CommitPages> {
  const maxPages = options.maxPages ?? 20;
  const commits = [...first.commits];
  const pages = Math.ceil(first.aheadBy / COMPARE_PAGE);
  let requests = 0;
  for (let page = 2; page <= Math.min(pages, maxPages) && !options.enough?.(commits); page++) {
    commits.push(...(await compareRange(github, repo, first.base, first.head, page)).commits);
    requests += 1;
  }
  return { commits, truncated: commits.length < first.aheadBy && !options.enough?.(commits), requests };
}

export const shortName = (name: string): string => (/^[0-9a-f]{40}$/.test(name) ? name.slice(0, 7) : name);

/** One page of the history from `sha` (GET /commits?sha=, newest first, 100 per page). */
export async function listHistoryPage(github: GitHub, repo: RepoRef, sha: string, page: number): Promise<RangeCommit[]> {
  return api(`list the history of ${shortName(sha)}`, async () => {
    const { data } = await github.rest.repos.listCommits({ ...repo, sha, per_page: COMPARE_PAGE, page });
    return data.map((commit) => ({ sha: commit.sha, message: commit.commit.message }));
  });
}
