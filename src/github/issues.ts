import { api, httpStatus, toApiError, type GitHub } from './client.js';
import { clientOptions, createOnce, hiddenMarker, newMark, ONE_ATTEMPT } from './create-once.js';

/** Small typed wrappers around the issue endpoints shipgate uses. */
export type Repo = {
  owner: string;
  repo: string;
};

export interface Issue {
  number: number;
  htmlUrl: string;
  createdAt: string;
  state: string;
}

export interface IssueComment {
  id: number;
  body: string;
  login: string;
  /** 'User', 'Bot', 'Organization'... as GitHub reports it; '' when the user is gone. */
  userType: string;
  htmlUrl: string;
  createdAt: string;
  updatedAt: string;
}

export interface NewIssue {
  title: string;
  body: string;
  labels?: string[];
  assignees?: string[];
}

/**
 * Create a label unless it exists. Returns false (and does not throw) when it could not be
 * created: GitHub also creates a missing label when an issue names it, just without our colour.
 */
export async function ensureLabel(github: GitHub, repo: Repo, label: { name: string; color: string; description: string }): Promise<boolean> {
  try {
    // No retries: the label is a nicety, not worth a backoff before the issue is opened.
    await github.rest.issues.createLabel({ ...repo, ...label, request: { retries: 0 } });
    return true;
  } catch (error) {
    // 422 already_exists is the common case on every run after the first.
    return httpStatus(error) === 422;
  }
}

function toIssue(data: { number: number; html_url: string; created_at: string; state: string }): Issue {
  return { number: data.number, htmlUrl: data.html_url, createdAt: data.created_at, state: data.state };
}

/**
 * Open an issue. Assignees are best-effort: GitHub answers 422 when one of them cannot be
 * assigned (not a collaborator, unknown login), so the issue is then created without them and
 * `assigned` says so.
 */
export async function createIssue(github: GitHub, repo: Repo, issue: NewIssue): Promise<Issue & { assigned: boolean }> {
  const assignees = issue.assignees ?? [];
  // A hidden marker finds the issue again when the answer of its creation is lost (createOnce).
  const mark = hiddenMarker(newMark());
  const body = `${issue.body}\n\n${mark}`;
  const since = sinceNow();
  const open = (withAssignees: boolean) =>
    createOnce(
      {
        what: 'create the approval issue',
        create: async () =>
          toIssue((await github.rest.issues.create({ ...repo, title: issue.title, body, labels: issue.labels, ...(withAssignees ? { assignees } : {}), request: ONE_ATTEMPT })).data),
        find: async () => {
          const { data } = await github.rest.issues.listForRepo({ ...repo, state: 'all', sort: 'created', direction: 'desc', since, per_page: 100 });
          const found = data.find((each) => each.body?.includes(mark));
          return found ? toIssue(found) : undefined;
        },
      },
      clientOptions(github),
    );
  if (assignees.length > 0) {
    try {
      return { ...(await open(true)).value, assigned: true };
    } catch (error) {
      if (httpStatus(error) !== 422) throw toApiError('create the approval issue', error);
    }
  }
  const created = await api('create the approval issue', () => open(false));
  return { ...created.value, assigned: assignees.length === 0 };
}

interface RawComment {
  id: number;
  body?: string | null;
  user: { login: string; type: string } | null;
  html_url: string;
  created_at: string;
  updated_at: string;
}

function toComment(raw: RawComment): IssueComment {
  return {
    id: raw.id,
    body: raw.body ?? '',
    login: raw.user?.login ?? '',
    userType: raw.user?.type ?? '',
    htmlUrl: raw.html_url,
    createdAt: raw.created_at,
    updatedAt: raw.updated_at,
  };
}

/**
 * The comments of an issue, all pages. With `since`, only those whose updated_at is at or after
 * it: an edit moves updated_at, so edited comments come back with their current text.
 */
export async function listIssueComments(github: GitHub, repo: Repo, issueNumber: number, since?: string): Promise<IssueComment[]> {
  const raw = await api('list the approval issue comments', () =>
    github.paginate(github.rest.issues.listComments, {
      ...repo,
      issue_number: issueNumber,
      per_page: 100,
      ...(since ? { since } : {}),
    }),
  );
  return raw.map(toComment);
}

export async function addIssueComment(github: GitHub, repo: Repo, issueNumber: number, body: string): Promise<void> {
  // A hidden marker finds the comment again when the answer of its creation is lost (createOnce).
  const mark = hiddenMarker(newMark());
  const since = sinceNow();
  await api('comment on the approval issue', () =>
    createOnce(
      {
        what: `comment on the approval issue #${issueNumber}`,
        create: async () => {
          await github.rest.issues.createComment({ ...repo, issue_number: issueNumber, body: `${body}\n\n${mark}`, request: ONE_ATTEMPT });
          return true;
        },
        find: async () => ((await listIssueComments(github, repo, issueNumber, since)).some((comment) => comment.body.includes(mark)) ? true : undefined),
      },
      clientOptions(github),
    ),
  );
}

/**
 * A `since` for finding what this run is about to create: a few minutes before now, as the
 * runner's clock and GitHub's may disagree a little.
 */
function sinceNow(): string {
  return new Date(Date.now() - 5 * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export async function closeIssue(github: GitHub, repo: Repo, issueNumber: number, reason: 'completed' | 'not_planned'): Promise<void> {
  await api('close the approval issue', () =>
    github.rest.issues.update({
      ...repo,
      issue_number: issueNumber,
      state: 'closed',
      state_reason: reason,
    }),
  );
}
