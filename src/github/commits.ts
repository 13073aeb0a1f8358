import { UserError } from '../lib/errors.js';
import { api, httpStatus, type GitHub } from './client.js';
import type { RepoRef } from '../lib/repo.js';
import { shortSha } from '../lib/sha.js';

/** Resolve a ref (sha, branch, tag, refs/...) to its commit sha; a ref GitHub does not know is a user error. */
export async function resolveCommit(github: GitHub, repo: RepoRef, ref: string): Promise<string> {
  const name = ref.replace(/^refs\/(heads|tags)\//, '');
  return api(`resolve ${JSON.stringify(ref)} to a commit`, async () => {
    try {
      // per_page 1: the answer lists the commit's changed files, and only its sha is needed.
      const { data } = await github.rest.repos.getCommit({ ...repo, ref: name, per_page: 1 });
      return data.sha;
    } catch (error) {
      const status = httpStatus(error);
      if (status === 404 || status === 422) {
        throw new UserError(`The ref ${JSON.stringify(ref)} was not found in ${repo.owner}/${repo.repo}; give a commit sha, a branch or a tag that exists there.`);
      }
      throw error;
    }
  });
}

/** Whether a name is a tag of the repository (one request; 404 means it is not). */
export async function isTag(github: GitHub, repo: RepoRef, name: string): Promise<boolean> {
  return api(`look up the tag ${name}`, async () => {
    try {
      await github.rest.git.getRef({ ...repo, ref: `tags/${name}` });
      return true;
    } catch (error) {
      if (httpStatus(error) === 404) return false;
      throw error;
    }
  });
}

export type CompareStatus = 'ahead' | 'behind' | 'identical' | 'diverged';

export interface Comparison {
  status: CompareStatus;
  aheadBy: number;
  behindBy: number;
}

/**
 * How `head` relates to `base`: `ahead`/`identical` when head descends from (or is) base.
 * per_page 1 keeps the answer small: only the counts and the status are used.
 */
export async function compareCommits(github: GitHub, repo: RepoRef, base: string, head: string): Promise<Comparison> {
  return api(`compare ${shortSha(base)}...${shortSha(head)}`, async () => {
    const { data } = await github.rest.repos.compareCommitsWithBasehead({
      ...repo,
      basehead: `${base}...${head}`,
      per_page: 1,
    });
    return { status: data.status, aheadBy: data.ahead_by, behindBy: data.behind_by };
  });
}
