import { api, httpStatus, type GitHub } from './client.js';

/** Pull-request reads the coverage gate needs when local git cannot answer. */
export interface Repo {
  owner: string;
  repo: string;
}

export interface PullFile {
  filename: string;
  previousFilename?: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  additions: number;
  /** The unified diff of the file; GitHub leaves it out for binary and very large diffs. */
  patch?: string;
}

/** GitHub lists at most this many files of a pull request, whatever the pagination. */
export const PULL_FILES_LIMIT = 3000;

export interface PullFiles {
  files: PullFile[];
  /** True when the pull request has as many files as GitHub will list: there may be more. */
  capped: boolean;
  requests: number;
}

export async function listPullFiles(github: GitHub, repo: Repo, pullNumber: number): Promise<PullFiles> {
  let requests = 0;
  const files = await api(`list the files of pull request #${pullNumber}`, () =>
    github.paginate(github.rest.pulls.listFiles, { ...repo, pull_number: pullNumber, per_page: 100 }, (response) => {
      requests++;
      return response.data.map(
        (file): PullFile => ({
          filename: file.filename,
          previousFilename: file.previous_filename,
          status: file.status,
          additions: file.additions,
          patch: file.patch,
        }),
      );
    }),
  );
  return { files, capped: files.length >= PULL_FILES_LIMIT, requests };
}

/** The merge-base of two commits as GitHub's compare sees it (one request, one commit listed). */
export async function compareMergeBase(github: GitHub, repo: Repo, base: string, head: string): Promise<string | undefined> {
  return api(`compare ${base.slice(0, 7)}...${head.slice(0, 7)}`, async () => {
    try {
      const { data } = await github.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: `${base}...${head}`, per_page: 1 });
      return data.merge_base_commit?.sha;
    } catch (error) {
      if (httpStatus(error) === 404) return undefined;
      throw error;
    }
  });
}

/** Newest-first shas of a commit and its ancestors, `pages` pages of 100 at most. */
export async function listAncestors(github: GitHub, repo: Repo, sha: string, pages: number): Promise<string[]> {
  const shas: string[] = [];
  for (let page = 1; page <= pages; page++) {
    const { data } = await api(`list the history of ${sha.slice(0, 7)}`, () =>
      github.rest.repos.listCommits({ ...repo, sha, per_page: 100, page }),
    );
    shas.push(...data.map((commit) => commit.sha));
    if (data.length < 100) break;
  }
  return shas;
}

export interface OpenPull {
  number: number;
  headSha: string;
  headRepo: string;
  baseRepo: string;
}

/**
 * The open pull request whose head is `owner:branch` at `sha` (a workflow_run event from a fork
 * carries no pull_requests, so the follow-up finds it this way).
 */
export async function findOpenPull(github: GitHub, repo: Repo, headOwner: string, headBranch: string, sha: string): Promise<OpenPull | undefined> {
  const { data } = await api(`find the pull request of ${headOwner}:${headBranch}`, () =>
    github.rest.pulls.list({ ...repo, state: 'open', head: `${headOwner}:${headBranch}`, per_page: 100 }),
  );
  const pull = data.find((candidate) => candidate.head.sha === sha);
  return pull
    ? { number: pull.number, headSha: pull.head.sha, headRepo: pull.head.repo?.full_name ?? '', baseRepo: pull.base.repo.full_name }
    : undefined;
}

export interface PullInfo {
  number: number;
  headSha: string;
  baseSha: string;
  baseRef: string;
  state: string;
}

export async function getPull(github: GitHub, repo: Repo, pullNumber: number): Promise<PullInfo> {
  const { data } = await api(`read pull request #${pullNumber}`, () =>
    github.rest.pulls.get({ ...repo, pull_number: pullNumber }),
  );
  return { number: data.number, headSha: data.head.sha, baseSha: data.base.sha, baseRef: data.base.ref, state: data.state };
}
