// Issues and issue comments (pull requests are issues too: they share numbers and comments).
import { HttpError, notFound, paginate } from '../http.mjs';
import { omit, removeWhere } from '../state.mjs';

/** @import { Routes } from '../server.mjs' */
/** @import { Hub, Issue, IssueComment, Label } from '../state.mjs' */

/**
 * @typedef {object} IssueFields  POST /issues, sim.addIssue, and the issue of a seeded pull request
 * @property {number} [number]
 * @property {string} [title]
 * @property {string | null} [body]
 * @property {string} [user]
 * @property {string} [userType]
 * @property {string} [createdAt]
 * @property {Array<string | { name: string, description?: string, color?: string }>} [labels]
 * @property {string[]} [assignees]
 * @property {boolean} [pullRequest]
 */

const R = '/repos/{owner}/{repo}';
const MAX_COMMENT = 65536;

/**
 * How GitHub relates a user to the repository, for author_association.
 * @param {Hub} hub
 * @param {string} login
 * @returns {NonNullable<Issue['author_association']>}
 */
function association(hub, login) {
  if (login === hub.owner) return 'OWNER';
  if (Object.values(hub.state.teams).some((members) => members.includes(login))) return 'MEMBER';
  const permission = hub.state.collaborators[login];
  return permission && permission !== 'none' ? 'COLLABORATOR' : 'NONE';
}

/**
 * @param {Hub} hub
 * @param {string | { name: string, description?: string, color?: string }} label
 * @returns {Label}
 */
function labelObject(hub, label) {
  const name = typeof label === 'string' ? label : label.name;
  let stored = hub.state.labels.find((each) => each.name === name);
  if (!stored) {
    const id = hub.nextId('label');
    stored = {
      id,
      node_id: `LA_${id}`,
      url: hub.api(`/labels/${encodeURIComponent(name)}`),
      name,
      description: (typeof label === 'object' && label.description) || null,
      color: (typeof label === 'object' && label.color) || 'ededed',
      default: false,
    };
    hub.state.labels.push(stored);
  }
  return stored;
}

/**
 * Create an issue record (POST /issues, sim.addIssue, and the issue behind a seeded pull request).
 * @param {Hub} hub
 * @param {IssueFields} fields
 * @returns {Issue}
 */
export function createIssue(hub, fields) {
  const number = fields.number ?? hub.state.lastIssueNumber + 1;
  if (hub.state.issues.some((issue) => issue.number === number)) throw new HttpError(422, `Issue #${number} already exists.`);
  hub.state.lastIssueNumber = Math.max(hub.state.lastIssueNumber, number);
  const id = hub.nextId('issue');
  const now = fields.createdAt ?? hub.now();
  const user = fields.user ? hub.user(fields.user, fields.userType) : hub.actor();
  /** @type {Issue} */
  const issue = {
    id,
    node_id: `I_${id}`,
    url: hub.api(`/issues/${number}`),
    repository_url: hub.api(),
    labels_url: hub.api(`/issues/${number}/labels{/name}`),
    comments_url: hub.api(`/issues/${number}/comments`),
    events_url: hub.api(`/issues/${number}/events`),
    html_url: hub.html(`/${fields.pullRequest ? 'pull' : 'issues'}/${number}`),
    number,
    state: 'open',
    state_reason: null,
    title: String(fields.title ?? ''),
    body: fields.body ?? null,
    user,
    labels: (fields.labels ?? []).map((label) => labelObject(hub, label)),
    assignee: null,
    assignees: (fields.assignees ?? []).map((login) => hub.user(login)),
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: 0,
    closed_at: null,
    created_at: now,
    updated_at: now,
    closed_by: null,
    author_association: association(hub, user.login),
    ...(fields.pullRequest
      ? {
          pull_request: {
            url: hub.api(`/pulls/${number}`),
            html_url: hub.html(`/pull/${number}`),
            diff_url: hub.html(`/pull/${number}.diff`),
            patch_url: hub.html(`/pull/${number}.patch`),
            merged_at: null,
          },
        }
      : {}),
  };
  issue.assignee = issue.assignees[0] ?? null;
  hub.state.issues.push(issue);
  return issue;
}

/**
 * @param {Hub} hub
 * @param {string | number} number
 */
export function findIssue(hub, number) {
  const issue = hub.state.issues.find((each) => each.number === Number(number));
  if (!issue) throw notFound();
  return issue;
}

/**
 * @param {Hub} hub
 * @param {string | number} id
 */
function findComment(hub, id) {
  const comment = hub.state.comments.find((each) => each.id === Number(id));
  if (!comment) throw notFound();
  return comment;
}

/**
 * Add a comment (POST /issues/{n}/comments and sim.addIssueComment).
 * @param {Hub} hub
 * @param {string | number} number
 * @param {{ body: string, user?: string, userType?: string, createdAt?: string }} comment
 * @returns {IssueComment}
 */
export function addComment(hub, number, { body, user, userType, createdAt }) {
  const issue = findIssue(hub, number);
  if (typeof body === 'string' && body.length > MAX_COMMENT) {
    throw new HttpError(422, 'Validation Failed', {
      errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: `body is too long (maximum is ${MAX_COMMENT} characters)` }],
    });
  }
  const id = hub.nextId('comment');
  const now = createdAt ?? hub.now();
  const author = user ? hub.user(user, userType) : hub.actor();
  const comment = {
    id,
    node_id: `IC_${id}`,
    url: hub.api(`/issues/comments/${id}`),
    html_url: `${issue.html_url}#issuecomment-${id}`,
    body,
    user: author,
    created_at: now,
    updated_at: now,
    issue_url: issue.url,
    author_association: association(hub, author.login),
    performed_via_github_app: null,
    issue_number: issue.number,
  };
  hub.state.comments.push(comment);
  issue.comments += 1;
  return comment;
}

/**
 * Edit a comment's body (PATCH /issues/comments/{id} and sim.editComment).
 * @param {Hub} hub
 * @param {string | number} id
 * @param {{ body: string, updatedAt?: string }} changes
 */
export function editComment(hub, id, { body, updatedAt }) {
  const comment = findComment(hub, id);
  if (typeof body === 'string' && body.length > MAX_COMMENT) {
    throw new HttpError(422, 'Validation Failed', {
      errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: `body is too long (maximum is ${MAX_COMMENT} characters)` }],
    });
  }
  comment.body = body;
  comment.updated_at = updatedAt ?? hub.now();
  return comment;
}

/** @param {IssueComment} comment */
const publicComment = (comment) => omit(comment, 'issue_number');

/**
 * @param {Hub} hub
 * @param {Issue} issue
 * @param {{ title?: string | number | null, body?: string | null, labels?: IssueFields['labels'], assignees?: Array<string | { login: string }>, state?: 'open' | 'closed', state_reason?: Issue['state_reason'] }} body
 */
function updateIssue(hub, issue, body) {
  // GitHub accepts a number as title and stores its text.
  if (body.title !== undefined && body.title !== null) issue.title = String(body.title);
  if (body.body !== undefined) issue.body = body.body;
  if (body.labels !== undefined) issue.labels = body.labels.map((label) => labelObject(hub, label));
  if (body.assignees !== undefined) {
    issue.assignees = body.assignees.map((login) => hub.user(typeof login === 'string' ? login : login.login));
    issue.assignee = issue.assignees[0] ?? null;
  }
  if (body.state !== undefined && body.state !== issue.state) {
    issue.state = body.state;
    if (body.state === 'closed') {
      issue.closed_at = hub.now();
      issue.closed_by = hub.actor();
      issue.state_reason = body.state_reason ?? 'completed';
    } else {
      issue.closed_at = null;
      issue.closed_by = null;
      issue.state_reason = 'reopened';
    }
  } else if (body.state_reason !== undefined && issue.state === 'closed') {
    issue.state_reason = body.state_reason;
  }
  issue.updated_at = hub.now();
}

/** @type {Routes} */
export const issueRoutes = {
  [`POST ${R}/issues`]: ({ body }, hub) => ({ status: 201, body: createIssue(hub, body) }),

  [`GET ${R}/issues`]: (request, hub) => {
    const { state = 'open', labels, creator, since, sort = 'created', direction = 'desc' } = request.query;
    const wanted = labels ? labels.split(',').map((label) => label.trim()).filter(Boolean) : [];
    const key = sort === 'updated' ? 'updated_at' : 'created_at';
    const list = hub.state.issues
      .filter((issue) => state === 'all' || issue.state === state)
      .filter((issue) => wanted.every((label) => issue.labels.some((each) => each.name === label)))
      .filter((issue) => (creator === undefined || issue.user.login === creator) && (since === undefined || issue.updated_at >= since))
      .sort((a, b) => (direction === 'asc' ? 1 : -1) * (a[key].localeCompare(b[key]) || a.id - b.id));
    return paginate(request, list);
  },

  [`GET ${R}/issues/{issue_number}`]: ({ params }, hub) => ({ body: findIssue(hub, params.issue_number) }),

  [`PATCH ${R}/issues/{issue_number}`]: ({ params, body }, hub) => {
    const issue = findIssue(hub, params.issue_number);
    updateIssue(hub, issue, body);
    return { body: issue };
  },

  [`GET ${R}/issues/{issue_number}/comments`]: (request, hub) => {
    const issue = findIssue(hub, request.params.issue_number);
    const { since } = request.query;
    const list = hub.state.comments
      .filter((comment) => comment.issue_number === issue.number && (since === undefined || comment.updated_at >= since))
      .sort((a, b) => a.id - b.id)
      .map(publicComment);
    return paginate(request, list);
  },

  [`POST ${R}/issues/{issue_number}/comments`]: ({ params, body }, hub) => ({
    status: 201,
    body: publicComment(addComment(hub, params.issue_number, { body: body.body })),
  }),

  [`GET ${R}/issues/comments`]: (request, hub) => {
    const { since, direction = 'asc' } = request.query;
    const list = hub.state.comments
      .filter((comment) => since === undefined || comment.updated_at >= since)
      .sort((a, b) => (direction === 'desc' ? b.id - a.id : a.id - b.id))
      .map(publicComment);
    return paginate(request, list);
  },

  [`GET ${R}/issues/comments/{comment_id}`]: ({ params }, hub) => ({ body: publicComment(findComment(hub, params.comment_id)) }),

  [`PATCH ${R}/issues/comments/{comment_id}`]: ({ params, body }, hub) => ({
    body: publicComment(editComment(hub, params.comment_id, { body: body.body })),
  }),

  [`DELETE ${R}/issues/comments/{comment_id}`]: ({ params }, hub) => {
    const comment = findComment(hub, params.comment_id);
    removeWhere(hub.state.comments, (each) => each === comment);
    const issue = hub.state.issues.find((each) => each.number === comment.issue_number);
    if (issue) issue.comments -= 1;
    return { status: 204 };
  },
};
