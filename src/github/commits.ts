import { UserError } from '../lib/errors.js';
import { api, httpStatus, type GitHub } from './client.js';

import type { RepoRef } from '../lib/repo.js';

// Re-exported for the deploy modules until they import it from src/lib.
export type { RepoRef };

/** Resolve a ref (sha, branch, tag, refs/...) to its commit sha; a ref GitHub does not know is a user error. */
export async function resolveCommit(github: GitHub, repo: RepoRef, ref: string): Promise<string> {
  const name = ref.replace(/^refs\/(heads|tags)\//, '');
  return api(`resolve ${JSON.stringify(ref)} to a commit`, async () => {
    try {
      const response = await github.request('GET /repos/{owner}/{repo}/commits/{ref}', {
        ...repo,
        ref: name,
        per_page: 1,
        headers: { accept: 'application/vnd.github.sha' },
      });
      // With the .sha media type GitHub answers the bare sha; a JSON body (older servers) has `sha`.
      const data = response.data as unknown;
      const sha =
        typeof data === 'string'
          ? data.trim()
          : data instanceof ArrayBuffer
            ? new TextDecoder().decode(data).trim()
            : (data as { sha?: string }).sha;
      if (!sha || !/^[0-9a-f]{40}$/.test(sha)) throw new Error(`unexpected answer for commit ${name}: ${JSON.stringify(data).slice(0, 200)}`);
      return sha;
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
      await github.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...repo, ref: `tags/${name}` });
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
  return api(`compare ${base.slice(0, 12)}...${head.slice(0, 12)}`, async () => {
    const { data } = await github.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
      ...repo,
      basehead: `${base}...${head}`,
      per_page: 1,
    });
    return { status: data.status as CompareStatus, aheadBy: data.ahead_by, behindBy: data.behind_by };
  });
}
