import { api, httpStatus, type GitHub } from '../github/client.js';
import type { Repo } from '../github/issues.js';

/** The commits a reviewer approves: what the waiting commit adds to the latest release. */
export interface ChangeList {
  /** The tag of the latest release. */
  base: string;
  total: number;
  /** The oldest `limit` commits of the range, oldest first (the compare link has the rest). */
  commits: Array<{ sha: string; subject: string; author: string }>;
  compareUrl: string;
}

/**
 * Two requests (the latest release, one short page of the comparison); undefined when there is no
 * release yet or the lookup fails: the issue is still worth opening without the list.
 */
export async function changesSinceLatestRelease(
  github: GitHub,
  repo: Repo,
  sha: string,
  log: (message: string) => void,
  limit = 20,
): Promise<ChangeList | undefined> {
  if (!sha) return undefined;
  try {
    const { data: release } = await api('read the latest release', () => github.rest.repos.getLatestRelease(repo));
    const { data: compare } = await api('compare the latest release with the commit waiting for approval', () =>
      github.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: `${release.tag_name}...${sha}`, per_page: limit }),
    );
    return {
      base: release.tag_name,
      total: compare.total_commits,
      commits: compare.commits.slice(0, limit).map((commit) => ({
        sha: commit.sha,
        subject: commit.commit.message.split('\n', 1)[0],
        author: commit.author?.login ?? commit.commit.author?.name ?? '',
      })),
      compareUrl: compare.html_url,
    };
  } catch (error) {
    if (httpStatus(error) !== 404) log(`The commits since the latest release are left out of the issue: ${(error as Error).message}`);
    return undefined;
  }
}
