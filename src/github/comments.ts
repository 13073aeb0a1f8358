import { errorData, httpStatus, toApiError, type GitHub } from './client.js';
import { clientOptions, createOnce, ONE_ATTEMPT } from './create-once.js';

/**
 * One sticky comment on a pull request, found again by a hidden marker and edited in place.
 * All pages of comments are searched (a busy pull request has hundreds), stopping at the first
 * page that holds the marker; only the first marked comment is ever edited, so the pull request
 * keeps exactly one.
 */
export interface Repo {
  owner: string;
  repo: string;
}

export type StickyResult =
  | { ok: true; action: 'created' | 'updated' | 'unchanged'; id: number; url: string; pagesRead: number }
  | { ok: false; forbidden: true; message: string };

interface RawComment {
  id: number;
  body?: string | null;
  html_url: string;
}

export async function findMarkedComment(github: GitHub, repo: Repo, issueNumber: number, marker: string): Promise<{ comment?: RawComment; pagesRead: number }> {
  let pagesRead = 0;
  let found: RawComment | undefined;
  try {
    await github.paginate(
      github.rest.issues.listComments,
      { ...repo, issue_number: issueNumber, per_page: 100 },
      (response, done) => {
        pagesRead++;
        found = response.data.find((comment) => comment.body?.includes(marker));
        if (found) done();
        return [];
      },
    );
  } catch (error) {
    throw toApiError(`list the comments of pull request #${issueNumber}`, error);
  }
  return { comment: found, pagesRead };
}

export async function upsertStickyComment(github: GitHub, repo: Repo, issueNumber: number, marker: string, body: string): Promise<StickyResult> {
  if (!body.includes(marker)) throw new Error('A sticky comment body must carry its marker.');
  const { comment, pagesRead } = await findMarkedComment(github, repo, issueNumber, marker);
  try {
    if (comment) {
      if (comment.body === body) return { ok: true, action: 'unchanged', id: comment.id, url: comment.html_url, pagesRead };
      const { data } = await github.rest.issues.updateComment({ ...repo, comment_id: comment.id, body });
      return { ok: true, action: 'updated', id: Number(data.id), url: data.html_url, pagesRead };
    }
    // The sticky marker is the mark: after a lost answer, the marked comment is looked for again.
    const created = await createOnce(
      {
        what: `create the coverage comment on pull request #${issueNumber}`,
        create: async () => (await github.rest.issues.createComment({ ...repo, issue_number: issueNumber, body, request: ONE_ATTEMPT })).data,
        find: async () => (await findMarkedComment(github, repo, issueNumber, marker)).comment,
      },
      clientOptions(github),
    );
    return { ok: true, action: 'created', id: Number(created.value.id), url: created.value.html_url, pagesRead };
  } catch (error) {
    if (httpStatus(error) === 403) {
      return { ok: false, forbidden: true, message: errorData(error).message ?? 'forbidden' };
    }
    throw toApiError(`${comment ? 'update' : 'create'} the coverage comment on pull request #${issueNumber}`, error);
  }
}
