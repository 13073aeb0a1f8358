// Commit statuses and the combined status of a ref.
import { HttpError, paginate } from '../http.mjs';
import { omit } from '../state.mjs';
import { commitOr422 } from './repository.mjs';

/** @import { Routes } from '../server.mjs' */
/** @import { CommitStatus, Hub, SimpleUser } from '../state.mjs' */

const R = '/repos/{owner}/{repo}';

/**
 * The current state of every context on a commit: the newest commit status per context and the
 * newest check run per name (its conclusion, or its status while not completed).
 * @param {Hub} hub
 * @param {string} sha
 * @returns {Map<string, string>}
 */
export function contextStates(hub, sha) {
  /** @type {Map<string, string>} */
  const states = new Map();
  const statuses = hub.state.commitStatuses.filter((status) => status.sha === sha).sort((a, b) => a.id - b.id);
  for (const status of statuses) states.set(status.context, status.state);
  const runs = hub.state.checkRuns.filter((run) => run.head_sha === sha).sort((a, b) => a.id - b.id);
  for (const run of runs) states.set(run.name, run.status === 'completed' ? (run.conclusion ?? 'completed') : run.status);
  return states;
}

/**
 * Record a commit status (POST /statuses/{sha} and sim.addCommitStatus).
 * @param {Hub} hub
 * @param {string} sha
 * @param {{ state: string, context?: string, description?: string, target_url?: string, creator?: SimpleUser }} fields
 * @returns {CommitStatus}
 */
export function addCommitStatus(hub, sha, fields) {
  const id = hub.nextId('status');
  const now = hub.now();
  /** @type {CommitStatus} */
  const status = {
    url: hub.api(`/statuses/${sha}`),
    avatar_url: hub.actor().avatar_url,
    id,
    node_id: `SC_${id}`,
    state: fields.state,
    description: fields.description ?? null,
    target_url: fields.target_url ?? null,
    context: fields.context ?? 'default',
    created_at: now,
    updated_at: now,
    creator: fields.creator ?? hub.actor(),
    sha,
  };
  hub.state.commitStatuses.push(status);
  return status;
}

/**
 * @param {Hub} hub
 * @param {string} sha
 */
function statusesFor(hub, sha) {
  return hub.state.commitStatuses.filter((status) => status.sha === sha).sort((a, b) => b.id - a.id);
}

/** @type {Routes} */
export const statusRoutes = {
  [`POST ${R}/statuses/{sha}`]: async ({ params, body }, hub) => {
    if ((await hub.git.objectType(params.sha)) !== 'commit') throw new HttpError(422, `No commit found for SHA: ${params.sha}`);
    return { status: 201, body: omit(addCommitStatus(hub, params.sha, body), 'sha') };
  },

  [`GET ${R}/commits/{ref}/statuses`]: async (request, hub) => {
    const sha = await commitOr422(hub, request.params.ref);
    return paginate(request, statusesFor(hub, sha).map((status) => omit(status, 'sha')));
  },

  [`GET ${R}/commits/{ref}/status`]: async (request, hub) => {
    const sha = await commitOr422(hub, request.params.ref);
    /** @type {Map<string, CommitStatus>} */
    const latest = new Map();
    for (const status of statusesFor(hub, sha)) if (!latest.has(status.context)) latest.set(status.context, status);
    const statuses = [...latest.values()];
    const states = statuses.map((status) => status.state);
    const state = states.some((each) => each === 'failure' || each === 'error')
      ? 'failure'
      : states.length === 0 || states.includes('pending')
        ? 'pending'
        : 'success';
    const page = paginate(request, statuses.map((status) => omit(status, 'sha')));
    return {
      headers: page.headers,
      body: {
        state,
        statuses: page.body,
        sha,
        total_count: statuses.length,
        repository: hub.repository(),
        commit_url: hub.api(`/commits/${sha}`),
        url: hub.api(`/commits/${sha}/status`),
      },
    };
  },
};
