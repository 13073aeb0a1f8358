// The GitHub API simulator: startSimulator() → a real HTTP server on 127.0.0.1 answering the REST
// endpoints shipgate uses, backed by a real git repository. See README.md for the API.
import { rm } from 'node:fs/promises';
import { Faults } from './faults.mjs';
import { GitRepo, createTempRepo } from './git.mjs';
import { loadSpec } from './openapi.mjs';
import { createServer } from './server.mjs';
import { createHub, createState } from './state.mjs';
import { checkRoutes } from './resources/checks.mjs';
import { contentRoutes } from './resources/contents.mjs';
import { deploymentRoutes, startJobDeployment } from './resources/deployments.mjs';
import { configureEnvironment, ensureEnvironment, environmentRoutes } from './resources/environments.mjs';
import { gitDataRoutes } from './resources/git-data.mjs';
import { addComment, createIssue, editComment, issueRoutes } from './resources/issues.mjs';
import { peopleRoutes } from './resources/people.mjs';
import { addPull, pullRoutes, updatePull } from './resources/pulls.mjs';
import { releaseRoutes } from './resources/releases.mjs';
import { repositoryRoutes } from './resources/repository.mjs';
import { addCommitStatus, statusRoutes } from './resources/statuses.mjs';

/** @import { PullChanges, PullSeed } from './resources/pulls.mjs' */
/** @import { LoggedRequest, Routes, SchemaProblem } from './server.mjs' */

/** @typedef {Awaited<ReturnType<typeof startSimulator>>} Simulator */

/** @type {Routes} */
const HANDLERS = {
  ...repositoryRoutes,
  ...gitDataRoutes,
  ...contentRoutes,
  ...pullRoutes,
  ...deploymentRoutes,
  ...environmentRoutes,
  ...releaseRoutes,
  ...checkRoutes,
  ...statusRoutes,
  ...issueRoutes,
  ...peopleRoutes,
};

const PERMISSIONS = new Set(['admin', 'maintain', 'write', 'triage', 'read', 'none']);

/**
 * @typedef {object} SimulatorOptions
 * @property {string} [owner]          default 'acme'
 * @property {string} [repo]           default 'app'
 * @property {string} [repoDir]        a git repository; default: a temporary one with one commit
 * @property {string} [defaultBranch]  default 'main'
 * @property {string} [token]          when set, other tokens (and none) get 401
 * @property {string} [readOnlyToken]  this token may read; writes get 403
 * @property {number} [port]           default 0 (any free port)
 * @property {boolean} [checkResponses] check every answer against GitHub's response schemas (sim.schemaProblems)
 * @property {(ms: number) => Promise<void>} [delay]  how an injected `latencyMs` is waited (default a timer);
 *   a test that holds it sees the request wait, and the latency asked for, without timing anything
 */

/**
 * Start a simulator.
 * @param {SimulatorOptions} [options]
 */
export async function startSimulator(options = {}) {
  const owner = options.owner ?? 'acme';
  const repo = options.repo ?? 'app';
  const defaultBranch = options.defaultBranch ?? 'main';
  const ownsRepo = !options.repoDir;
  const repoDir = options.repoDir ?? (await createTempRepo(defaultBranch));
  loadSpec().catch(() => undefined); // warm the route table while the server starts

  const git = new GitRepo(repoDir);
  const state = createState();
  const hub = createHub({ owner, repo, defaultBranch, git, state, origin: '' });
  /** @type {LoggedRequest[]} */
  const requests = [];
  const faults = new Faults();
  /** @type {SchemaProblem[]} */
  const schemaProblems = [];
  /** @type {Set<() => void>} the probes of pending `waitFor`s */
  const watchers = new Set();
  const server = createServer({
    hub,
    handlers: HANDLERS,
    faults,
    log: requests,
    token: options.token,
    readOnlyToken: options.readOnlyToken,
    schemaProblems: options.checkResponses ? schemaProblems : undefined,
    delay: options.delay,
    onAnswer: () => {
      for (const watcher of [...watchers]) watcher();
    },
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  hub.origin = `http://127.0.0.1:${port}`;
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  return {
    url: hub.origin,
    port,
    owner,
    repo,
    repoDir,
    defaultBranch,
    requests,
    state,
    /** Answers that did not match GitHub's response schema (only with `checkResponses: true`). */
    schemaProblems,
    /** Log entries whose method is not GET/HEAD. */
    writes: () => requests.filter((entry) => entry.method !== 'GET' && entry.method !== 'HEAD'),
    clearRequests: () => void requests.splice(0),
    /**
     * Resolves with `probe()`'s first truthy value, checked now and again each time a request has
     * been handled: a test waits for what the simulator saw (an issue opened, a third poll), never
     * for a timer. Rejects when the probe throws.
     * @template T
     * @param {() => T | undefined | null | false} probe
     * @returns {Promise<T>}
     */
    waitFor: (probe) =>
      new Promise((resolve, reject) => {
        const check = () => {
          try {
            const value = probe();
            if (!value) return;
            watchers.delete(check);
            resolve(value);
          } catch (error) {
            watchers.delete(check);
            reject(error);
          }
        };
        watchers.add(check);
        check();
      }),
    /** @param {import('./faults.mjs').FaultRule} rule */
    inject: (rule) => faults.add(rule),
    clearInjections: () => faults.clear(),
    /** @param {PullSeed} pull */
    addPull: (pull) => addPull(hub, pull),
    /** @param {number} number @param {PullChanges} changes */
    updatePull: (number, changes) => updatePull(hub, number, changes),
    /** @param {string} org @param {string} slug @param {string[]} members */
    addTeam(org, slug, members = []) {
      const key = `${org}/${slug}`.toLowerCase();
      state.teams[key] = [...new Set([...(state.teams[key] ?? []), ...members])];
    },
    /**
     * Let `token` read the organization's teams, as a token with read:org can. Any other token
     * (GITHUB_TOKEN's kind) gets 404 from the team endpoints, as on GitHub.
     * @param {string} token
     */
    allowOrgRead(token) {
      if (!state.orgReaders.includes(token)) state.orgReaders.push(token);
    },
    /** @param {string} login @param {'admin'|'maintain'|'write'|'triage'|'read'|'none'} permission */
    setPermission(login, permission) {
      if (!PERMISSIONS.has(permission)) throw new TypeError(`Unknown permission "${permission}".`);
      state.collaborators[login] = permission;
    },
    /** @param {number} issueNumber @param {{ user?: string, body: string, userType?: string, createdAt?: string }} comment */
    addIssueComment: (issueNumber, comment) => addComment(hub, issueNumber, comment),
    /** @param {number} commentId @param {{ body: string, updatedAt?: string }} changes */
    editComment: (commentId, changes) => editComment(hub, commentId, changes),
    /** @param {{ title: string, body?: string, labels?: string[], user?: string }} issue */
    addIssue: (issue) => createIssue(hub, issue),
    /**
     * `creator` defaults to the workflow's bot; pass a person (`{ login, type: 'User' }`) for a
     * status someone set with their own token.
     * @param {string} sha @param {{ state: string, context?: string, description?: string, target_url?: string, creator?: { login: string, type: string } }} status
     */
    addCommitStatus: (sha, { creator, ...status }) =>
      addCommitStatus(hub, sha, { ...status, ...(creator ? { creator: hub.user(creator.login, creator.type) } : {}) }),
    /**
     * As PUT /environments/{name}; reviewers by login or org/team slug.
     * @param {string} name @param {{ reviewers?: string[], wait_timer?: number, prevent_self_review?: boolean }} [settings]
     */
    addEnvironment: (name, settings) => (settings ? configureEnvironment(hub, name, settings) : ensureEnvironment(hub, name)),
    /**
     * The deployment GitHub creates for a job that declares `environment:` (see deployments.mjs);
     * returns `{ id, finish(state) }`. runAction's `job` option calls it around the action.
     * @param {{ environment: string, ref: string, sha: string, actor: string, environmentUrl?: string, logUrl?: string }} job
     */
    startJobDeployment: (job) => startJobDeployment(hub, job),
    /** Stop the server (and remove the repository when the simulator created it). */
    async close() {
      await new Promise((resolve) => {
        server.close(() => resolve(undefined));
        for (const socket of sockets) socket.destroy();
      });
      if (ownsRepo) await rm(repoDir, { recursive: true, force: true });
    },
  };
}
