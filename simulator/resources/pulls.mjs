// Pull requests seeded by tests (sim.addPull); their files and commits come from the git repository.
import { HttpError, notFound, paginate } from '../http.mjs';
import { repositoryShape } from '../state.mjs';
import { createIssue, findIssue } from './issues.mjs';

/** @import { Routes } from '../server.mjs' */
/** @import { Hub, SeededPull } from '../state.mjs' */

/**
 * What sim.addPull takes.
 * @typedef {object} PullSeed
 * @property {string} head             sha or branch
 * @property {number} [number]
 * @property {string} [base]           default: the default branch
 * @property {string} [headRef]
 * @property {string} [user]           default 'octocat'
 * @property {boolean} [fork]
 * @property {string} [title]
 * @property {string} [body]
 * @property {'open' | 'closed'} [state]
 * @property {boolean} [draft]
 * @property {string[]} [labels]
 */

/** @typedef {{ head?: string, base?: string, state?: 'open' | 'closed', title?: string }} PullChanges */

const R = '/repos/{owner}/{repo}';
const MAX_PULL_FILES = 3000;
const SHA = /^[0-9a-f]{40}$/;

/**
 * Seed a pull request (and the issue that carries its number and comments).
 * `head` and `base` may be shas or ref names; ref names are resolved on every request, so a
 * branch that moves moves the pull request with it.
 * @param {Hub} hub
 * @param {PullSeed} options
 * @returns {SeededPull}
 */
export function addPull(hub, options) {
  const issue = createIssue(hub, {
    number: options.number,
    title: options.title ?? `Pull request ${options.number ?? hub.state.lastIssueNumber + 1}`,
    body: options.body ?? null,
    user: options.user ?? 'octocat',
    labels: options.labels,
    pullRequest: true,
  });
  const pull = {
    number: issue.number,
    id: hub.nextId('pull'),
    head: options.head,
    base: options.base ?? hub.defaultBranch,
    headRef: options.headRef ?? (SHA.test(options.head) ? `pr-${issue.number}` : options.head),
    user: options.user ?? 'octocat',
    fork: options.fork ?? false,
    state: options.state ?? 'open',
    draft: options.draft ?? false,
    created_at: issue.created_at,
  };
  hub.state.pulls.push(pull);
  return pull;
}

/**
 * Move a seeded pull request (a push to its branch): new head sha, state or title.
 * @param {Hub} hub
 * @param {number} number
 * @param {PullChanges} changes
 */
export function updatePull(hub, number, changes) {
  const pull = hub.state.pulls.find((each) => each.number === Number(number));
  if (!pull) throw new Error(`No pull request #${number} was seeded.`);
  Object.assign(pull, changes);
  const issue = findIssue(hub, number);
  if (changes.state) issue.state = changes.state;
  if (changes.title) issue.title = changes.title;
  return pull;
}

/**
 * @param {Hub} hub
 * @param {SeededPull} pull
 */
async function shasOf(hub, pull) {
  const head = await hub.git.resolveCommit(pull.head);
  const base = await hub.git.resolveCommit(pull.base);
  if (!head || !base) throw new HttpError(500, `Seeded pull request #${pull.number} points at a missing commit.`);
  const mergeBase = (await hub.git.mergeBase(base, head)) ?? base;
  return { head, base, mergeBase };
}

/**
 * @param {Hub} hub
 * @param {string | number} number
 */
function findPull(hub, number) {
  const pull = hub.state.pulls.find((each) => each.number === Number(number));
  if (!pull) throw notFound();
  return pull;
}

/**
 * @param {Hub} hub
 * @param {SeededPull} pull
 */
async function pullShape(hub, pull) {
  const issue = findIssue(hub, pull.number);
  const { head, base, mergeBase } = await shasOf(hub, pull);
  const files = await hub.git.diffFiles(mergeBase, head);
  const commits = await hub.git.count([`${mergeBase}..${head}`]);
  const author = hub.user(pull.user);
  const baseRepo = hub.repository();
  const headRepo = pull.fork
    ? repositoryShape(hub, { owner: pull.user, repo: hub.repo, defaultBranch: hub.defaultBranch, fork: true, id: 2 })
    : baseRepo;
  const baseRef = SHA.test(pull.base) ? hub.defaultBranch : pull.base.replace(/^refs\/heads\//, '');
  const n = pull.number;
  return {
    url: hub.api(`/pulls/${n}`),
    id: pull.id,
    node_id: `PR_${pull.id}`,
    html_url: hub.html(`/pull/${n}`),
    diff_url: hub.html(`/pull/${n}.diff`),
    patch_url: hub.html(`/pull/${n}.patch`),
    issue_url: hub.api(`/issues/${n}`),
    commits_url: hub.api(`/pulls/${n}/commits`),
    review_comments_url: hub.api(`/pulls/${n}/comments`),
    review_comment_url: hub.api('/pulls/comments{/number}'),
    comments_url: hub.api(`/issues/${n}/comments`),
    statuses_url: hub.api(`/statuses/${head}`),
    number: n,
    state: pull.state,
    locked: false,
    title: issue.title,
    user: author,
    body: issue.body,
    labels: issue.labels,
    milestone: null,
    active_lock_reason: null,
    created_at: pull.created_at,
    updated_at: issue.updated_at,
    closed_at: null,
    merged_at: null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: { label: `${pull.fork ? pull.user : hub.owner}:${pull.headRef}`, ref: pull.headRef, sha: head, user: pull.fork ? author : baseRepo.owner, repo: headRepo },
    base: { label: `${hub.owner}:${baseRef}`, ref: baseRef, sha: base, user: baseRepo.owner, repo: baseRepo },
    _links: {
      self: { href: hub.api(`/pulls/${n}`) },
      html: { href: hub.html(`/pull/${n}`) },
      issue: { href: hub.api(`/issues/${n}`) },
      comments: { href: hub.api(`/issues/${n}/comments`) },
      review_comments: { href: hub.api(`/pulls/${n}/comments`) },
      review_comment: { href: hub.api('/pulls/comments{/number}') },
      commits: { href: hub.api(`/pulls/${n}/commits`) },
      statuses: { href: hub.api(`/statuses/${head}`) },
    },
    author_association: issue.author_association,
    auto_merge: null,
    draft: pull.draft,
    merged: false,
    mergeable: true,
    rebaseable: true,
    mergeable_state: 'clean',
    merged_by: null,
    comments: issue.comments,
    review_comments: 0,
    maintainer_can_modify: false,
    commits,
    additions: files.reduce((sum, file) => sum + file.additions, 0),
    deletions: files.reduce((sum, file) => sum + file.deletions, 0),
    changed_files: files.length,
  };
}

/**
 * Seeded pull requests whose commits (merge-base..head) include sha.
 * @param {Hub} hub
 * @param {string} sha
 */
export async function pullsForCommit(hub, sha) {
  const found = [];
  for (const pull of hub.state.pulls) {
    const { head, base } = await shasOf(hub, pull);
    if (head === sha || ((await hub.git.isAncestor(sha, head)) && !(await hub.git.isAncestor(sha, base)))) {
      found.push(await pullShape(hub, pull));
    }
  }
  return found;
}

/** @type {Routes} */
export const pullRoutes = {
  [`GET ${R}/pulls/{pull_number}`]: async ({ params }, hub) => ({ body: await pullShape(hub, findPull(hub, params.pull_number)) }),

  [`GET ${R}/pulls/{pull_number}/files`]: async (request, hub) => {
    const pull = findPull(hub, request.params.pull_number);
    const { head, mergeBase } = await shasOf(hub, pull);
    const files = (await hub.git.diffFiles(mergeBase, head)).slice(0, MAX_PULL_FILES);
    return paginate(request, files.map((file) => hub.diffEntry(file, head)));
  },

  [`GET ${R}/pulls/{pull_number}/commits`]: async (request, hub) => {
    const pull = findPull(hub, request.params.pull_number);
    const { head, mergeBase } = await shasOf(hub, pull);
    const shas = (await hub.git.revList(['--reverse', `${mergeBase}..${head}`])).slice(0, 250);
    const page = paginate(request, shas);
    return { ...page, body: await hub.restCommits(page.body) };
  },

  [`GET ${R}/pulls`]: async (request, hub) => {
    const { state = 'open', head, base, direction = 'desc' } = request.query;
    const pulls = hub.state.pulls
      .filter((pull) => state === 'all' || pull.state === state)
      .filter((pull) => base === undefined || pull.base === base)
      .filter((pull) => {
        if (head === undefined) return true;
        const [user, ref] = head.includes(':') ? head.split(/:(.*)/s) : [undefined, head];
        const owner = pull.fork ? pull.user : hub.owner;
        return (user === undefined || user === owner) && pull.headRef === ref;
      })
      .sort((a, b) => (direction === 'asc' ? a.number - b.number : b.number - a.number));
    const page = paginate(request, pulls);
    return { ...page, body: await Promise.all(page.body.map((pull) => pullShape(hub, pull))) };
  },
};
