// The simulator's in-memory state and the shapes shared by several resources (users, the
// repository, URLs). Records are stored in GitHub's response shape; fields GitHub does not send
// (a commit status's sha, an annotation's check run) are kept in the record and dropped on output.
import { isoNow } from './http.mjs';
import { toUtc } from './git.mjs';

// Records are typed by GitHub's own response schemas (from GitHub's OpenAPI description), so a
// record that drifts from GitHub's shape fails the type-check, not only a test with checkResponses.
/** @import { components } from '@octokit/openapi-types' */
/** @import { GitRepo, DiffFile } from './git.mjs' */
/** @typedef {components['schemas']} Schemas */
/** @typedef {Schemas['simple-user']} SimpleUser */
/** @typedef {Schemas['deployment']} Deployment */
/** @typedef {Schemas['deployment-status'] & { deployment_id: number }} DeploymentStatus  kept with its deployment's id */
/** @typedef {Schemas['environment']} Environment */
/** @typedef {Schemas['release']} Release */
/**
 * Labels, author and assignees are always stored whole (GitHub's schema also allows them absent).
 * @typedef {Omit<Schemas['issue'], 'labels' | 'user' | 'assignees'> & { labels: Label[], user: SimpleUser, assignees: SimpleUser[] }} Issue
 */
/** @typedef {Omit<Schemas['issue-comment'], 'user'> & { user: SimpleUser, issue_number: number }} IssueComment  kept with its issue's number */
/** @typedef {Schemas['label']} Label */
/** @typedef {Schemas['check-run']} CheckRun */
/** @typedef {Schemas['check-annotation'] & { check_run_id: number }} Annotation  kept with its check run's id */
/** @typedef {Schemas['status'] & { sha: string }} CommitStatus  kept with its commit */

/**
 * A pull request a test seeded (sim.addPull); the REST shape is built from it on every request,
 * because `head` and `base` may be branch names that move.
 * @typedef {object} SeededPull
 * @property {number} number
 * @property {number} id
 * @property {string} head      sha or ref name
 * @property {string} base      sha or ref name
 * @property {string} headRef
 * @property {string} user      login of the author (the fork's owner for a fork)
 * @property {boolean} fork
 * @property {'open' | 'closed'} state
 * @property {boolean} draft
 * @property {string} created_at
 */

/** @typedef {ReturnType<typeof createState>} State */
/** @typedef {ReturnType<typeof createHub>} Hub */

/** The login the API acts as (a workflow's GITHUB_TOKEN). */
export const APP_LOGIN = 'github-actions[bot]';

export function createState() {
  return {
    /** @type {Record<string, number>} last id handed out per kind */
    ids: {},
    /** @type {Map<string, number>} user ids by login */
    userIds: new Map(),
    /** @type {Deployment[]} */
    deployments: [],
    /** @type {DeploymentStatus[]} */
    deploymentStatuses: [],
    /** @type {Environment[]} */
    environments: [],
    /** @type {Release[]} */
    releases: [],
    /** @type {number | undefined} the release GitHub shows as latest (make_latest) */
    latestReleaseId: undefined,
    /** @type {Issue[]} Issues and pull requests share one numbering, as on GitHub. */
    issues: [],
    /** @type {IssueComment[]} */
    comments: [],
    /** @type {Label[]} */
    labels: [],
    /** @type {CheckRun[]} */
    checkRuns: [],
    /** @type {Annotation[]} */
    annotations: [],
    /** @type {CommitStatus[]} */
    commitStatuses: [],
    /** @type {Record<string, string[]>} members by 'org/team-slug' */
    teams: {},
    /** @type {string[]} tokens that may read the organization's teams (read:org); GITHUB_TOKEN may not */
    orgReaders: [],
    /** @type {Record<string, string>} permission by login */
    collaborators: {},
    /** @type {SeededPull[]} */
    pulls: [],
    lastIssueNumber: 0,
  };
}

/**
 * Shared helpers the resource handlers get as `hub`.
 * @param {{ owner: string, repo: string, defaultBranch: string, git: GitRepo, state: State, origin: string }} options
 */
export function createHub({ owner, repo, defaultBranch, git, state, origin }) {
  const hub = {
    owner,
    repo,
    defaultBranch,
    git,
    state,
    origin,
    now: isoNow,
    /**
     * Next id of a kind (ids increase; kinds are independent).
     * @param {string} kind
     */
    nextId(kind) {
      const id = (state.ids[kind] ?? 0) + 1;
      state.ids[kind] = id;
      return id;
    },
    /** API URL under the repository: api('/deployments/1'). */
    api(suffix = '') {
      return `${hub.origin}/repos/${owner}/${repo}${suffix}`;
    },
    /** Web URL under the repository: html('/releases/tag/v1'). */
    html(suffix = '') {
      return `${hub.origin}/${owner}/${repo}${suffix}`;
    },
    /**
     * A GitHub simple-user object.
     * @param {string} login
     * @param {string} [type]  'User', 'Bot' or 'Organization'; by default a '[bot]' login is a Bot
     * @returns {SimpleUser}
     */
    user(login, type) {
      let id = state.userIds.get(login);
      if (id === undefined) {
        id = 1000 + state.userIds.size;
        state.userIds.set(login, id);
      }
      const base = `${hub.origin}/users/${encodeURIComponent(login)}`;
      return {
        login,
        id,
        node_id: `U_${Buffer.from(login).toString('base64url')}`,
        avatar_url: `${hub.origin}/avatars/${encodeURIComponent(login)}`,
        gravatar_id: '',
        url: base,
        html_url: `${hub.origin}/${encodeURIComponent(login)}`,
        followers_url: `${base}/followers`,
        following_url: `${base}/following{/other_user}`,
        gists_url: `${base}/gists{/gist_id}`,
        starred_url: `${base}/starred{/owner}{/repo}`,
        subscriptions_url: `${base}/subscriptions`,
        organizations_url: `${base}/orgs`,
        repos_url: `${base}/repos`,
        events_url: `${base}/events{/privacy}`,
        received_events_url: `${base}/received_events`,
        type: type ?? (login.endsWith('[bot]') ? 'Bot' : 'User'),
        user_view_type: 'public',
        site_admin: false,
      };
    },
    /** The user the API acts as. */
    actor() {
      return hub.user(APP_LOGIN, 'Bot');
    },
    /**
     * The repository object (GitHub's full-repository shape).
     * @param {RepositoryPermissions} [permissions]
     */
    repository(permissions) {
      return repositoryShape(hub, { owner, repo, defaultBranch, permissions });
    },
    /**
     * Commits in the REST shape, read with one git process.
     * @param {string[]} shas
     */
    async restCommits(shas) {
      await git.preloadCommits(shas);
      return Promise.all(shas.map((sha) => hub.restCommit(sha)));
    },
    /**
     * A commit in the REST "commit" shape (without files/stats).
     * @param {string} sha
     */
    async restCommit(sha) {
      const commit = await git.commit(sha);
      return {
        sha: commit.sha,
        node_id: `C_${commit.sha}`,
        commit: {
          author: commit.author,
          committer: commit.committer,
          message: commit.message,
          tree: { sha: commit.tree, url: hub.api(`/git/trees/${commit.tree}`) },
          url: hub.api(`/git/commits/${commit.sha}`),
          comment_count: 0,
          verification: unverified(),
        },
        url: hub.api(`/commits/${commit.sha}`),
        html_url: hub.html(`/commit/${commit.sha}`),
        comments_url: hub.api(`/commits/${commit.sha}/comments`),
        author: hub.user(loginFor(commit.author)),
        committer: hub.user(loginFor(commit.committer)),
        parents: commit.parents.map((parent) => ({
          sha: parent,
          url: hub.api(`/commits/${parent}`),
          html_url: hub.html(`/commit/${parent}`),
        })),
      };
    },
    /**
     * A diff entry with the URL fields GitHub adds.
     * @param {DiffFile} file
     * @param {string} ref
     */
    diffEntry(file, ref) {
      const { sha, ...rest } = file;
      return {
        sha,
        ...rest,
        blob_url: hub.html(`/blob/${ref}/${file.filename}`),
        raw_url: hub.html(`/raw/${ref}/${file.filename}`),
        contents_url: hub.api(`/contents/${file.filename}?ref=${ref}`),
      };
    },
  };
  return hub;
}

/** @typedef {{ admin: boolean, maintain?: boolean, push: boolean, triage?: boolean, pull: boolean }} RepositoryPermissions */

/**
 * GitHub's repository object; `fork` describes a fork owned by another user.
 * @param {Hub} hub
 * @param {{ owner: string, repo: string, defaultBranch: string, permissions?: RepositoryPermissions, fork?: boolean, id?: number }} options
 */
export function repositoryShape(hub, { owner, repo, defaultBranch, permissions, fork = false, id = 1 }) {
  const full = `${owner}/${repo}`;
  const api = `${hub.origin}/repos/${full}`;
  /** @type {Record<string, string>} the `*_url` templates, one per entry below */
  const urls = {};
  const templates = {
    archive: '/{archive_format}{/ref}',
    assignees: '/assignees{/user}',
    blobs: '/git/blobs{/sha}',
    branches: '/branches{/branch}',
    collaborators: '/collaborators{/collaborator}',
    comments: '/comments{/number}',
    commits: '/commits{/sha}',
    compare: '/compare/{base}...{head}',
    contents: '/contents/{+path}',
    contributors: '/contributors',
    deployments: '/deployments',
    downloads: '/downloads',
    events: '/events',
    forks: '/forks',
    git_commits: '/git/commits{/sha}',
    git_refs: '/git/refs{/sha}',
    git_tags: '/git/tags{/sha}',
    hooks: '/hooks',
    issue_comment: '/issues/comments{/number}',
    issue_events: '/issues/events{/number}',
    issues: '/issues{/number}',
    keys: '/keys{/key_id}',
    labels: '/labels{/name}',
    languages: '/languages',
    merges: '/merges',
    milestones: '/milestones{/number}',
    notifications: '/notifications{?since,all,participating}',
    pulls: '/pulls{/number}',
    releases: '/releases{/id}',
    stargazers: '/stargazers',
    statuses: '/statuses/{sha}',
    subscribers: '/subscribers',
    subscription: '/subscription',
    tags: '/tags',
    teams: '/teams',
    trees: '/git/trees{/sha}',
  };
  for (const [name, suffix] of Object.entries(templates)) urls[`${name}_url`] = `${api}${suffix}`;
  return {
    id,
    node_id: `R_${Buffer.from(full).toString('base64url')}`,
    name: repo,
    full_name: full,
    owner: hub.user(owner, fork ? 'User' : 'Organization'),
    private: false,
    html_url: `${hub.origin}/${full}`,
    description: null,
    fork,
    url: api,
    ...urls,
    git_url: `${hub.origin.replace(/^https?:/, 'git:')}/${full}.git`,
    ssh_url: `git@127.0.0.1:${full}.git`,
    clone_url: `${hub.origin}/${full}.git`,
    svn_url: `${hub.origin}/${full}`,
    mirror_url: null,
    homepage: null,
    language: null,
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers: 0,
    watchers_count: 0,
    size: 0,
    default_branch: defaultBranch,
    open_issues: 0,
    open_issues_count: 0,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: false,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: 'public',
    license: null,
    pushed_at: '2020-01-01T00:00:00Z',
    created_at: '2020-01-01T00:00:00Z',
    updated_at: '2020-01-01T00:00:00Z',
    allow_forking: true,
    web_commit_signoff_required: false,
    network_count: 0,
    subscribers_count: 0,
    ...(permissions ? { permissions } : {}),
  };
}

export function unverified() {
  return { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null };
}

/**
 * The GitHub login for a git identity: the login in a users.noreply address
 * ('123+alice@users.noreply.github.com' → 'alice'), else the name without spaces.
 * @param {{ name?: string, email?: string }} identity
 */
export function loginFor(identity) {
  const noreply = /^(?:\d+\+)?([^@]+)@users\.noreply\.github\.com$/i.exec(identity.email ?? '');
  if (noreply?.[1]) return noreply[1];
  return (identity.name || identity.email || 'unknown').replace(/\s+/g, '-');
}

/**
 * Copy of a record without internal keys.
 * @template {object} T
 * @template {keyof T & string} K
 * @param {T} record
 * @param {...K} keys
 * @returns {Omit<T, K>}
 */
export function omit(record, ...keys) {
  /** @type {Set<string>} */
  const dropped = new Set(keys);
  // Object.fromEntries loses the key types; the filter drops exactly the keys Omit removes.
  return /** @type {Omit<T, K>} */ (Object.fromEntries(Object.entries(record).filter(([key]) => !dropped.has(key))));
}

/**
 * Remove matching items in place (sim.state arrays keep their identity).
 * @template T
 * @param {T[]} array
 * @param {(item: T) => boolean} predicate
 */
export function removeWhere(array, predicate) {
  for (let index = array.length - 1; index >= 0; index--) {
    if (predicate(array[index])) array.splice(index, 1);
  }
}

export { toUtc };
