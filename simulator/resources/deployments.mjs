// Deployments and deployment statuses, with GitHub's create-time checks (required contexts,
// auto-merge) and auto_inactive semantics.
import { HttpError, notFound, paginate } from '../http.mjs';
import { omit, removeWhere } from '../state.mjs';
import { ensureEnvironment } from './environments.mjs';
import { contextStates } from './statuses.mjs';

/** @import { Routes } from '../server.mjs' */
/** @import { Deployment, DeploymentStatus, Hub } from '../state.mjs' */

const R = '/repos/{owner}/{repo}';
const PASSING = new Set(['success', 'neutral', 'skipped']);

/**
 * @param {Hub} hub
 * @param {string | number} id
 */
function findDeployment(hub, id) {
  const deployment = hub.state.deployments.find((each) => each.id === Number(id));
  if (!deployment) throw notFound();
  return deployment;
}

/**
 * @param {Hub} hub
 * @param {number} deploymentId
 */
function statusesOf(hub, deploymentId) {
  return hub.state.deploymentStatuses.filter((status) => status.deployment_id === deploymentId).sort((a, b) => b.id - a.id);
}

/**
 * The state of a deployment: its newest status, or undefined when it has none.
 * @param {Hub} hub
 * @param {number} deploymentId
 */
export function deploymentState(hub, deploymentId) {
  return statusesOf(hub, deploymentId)[0]?.state;
}

/**
 * The payload as GitHub stores it: JSON text becomes the object it encodes.
 * @param {unknown} payload
 * @returns {Deployment['payload']}
 */
function parsePayload(payload) {
  if (typeof payload !== 'string') return payload && typeof payload === 'object' ? /** @type {Record<string, unknown>} */ (payload) : {};
  if (payload === '') return {};
  try {
    const parsed = JSON.parse(payload);
    return parsed && typeof parsed === 'object' ? parsed : payload;
  } catch {
    return payload;
  }
}

/**
 * @typedef {object} DeploymentStatusFields  the body of POST /deployments/{id}/statuses
 * @property {DeploymentStatus['state']} state
 * @property {string} [description]
 * @property {string} [target_url]
 * @property {string} [log_url]
 * @property {string} [environment_url]
 */

/**
 * Add a status the way POST /deployments/{id}/statuses does (also used for auto_inactive).
 * @param {Hub} hub
 * @param {Deployment} deployment
 * @param {DeploymentStatusFields} fields
 * @returns {DeploymentStatus}
 */
export function addDeploymentStatus(hub, deployment, fields) {
  const id = hub.nextId('deploymentStatus');
  const now = hub.now();
  const status = {
    url: hub.api(`/deployments/${deployment.id}/statuses/${id}`),
    id,
    node_id: `DES_${id}`,
    state: fields.state,
    creator: hub.actor(),
    description: fields.description ?? '',
    environment: deployment.environment,
    target_url: fields.log_url ?? fields.target_url ?? '',
    created_at: now,
    updated_at: now,
    deployment_url: deployment.url,
    repository_url: hub.api(),
    environment_url: fields.environment_url ?? '',
    log_url: fields.log_url ?? fields.target_url ?? '',
    performed_via_github_app: null,
    deployment_id: deployment.id,
  };
  hub.state.deploymentStatuses.push(status);
  deployment.updated_at = now;
  return status;
}

/**
 * A new `success` status with auto_inactive (GitHub's default) makes every earlier deployment of
 * the environment whose newest status is `success` inactive, except production and transient ones.
 */
/**
 * @param {Hub} hub
 * @param {Deployment} deployment
 */
function autoInactivate(hub, deployment) {
  for (const earlier of hub.state.deployments) {
    if (earlier.id >= deployment.id || earlier.environment !== deployment.environment) continue;
    if (earlier.production_environment || earlier.transient_environment) continue;
    if (deploymentState(hub, earlier.id) !== 'success') continue;
    addDeploymentStatus(hub, earlier, { state: 'inactive', environment_url: statusesOf(hub, earlier.id)[0]?.environment_url });
  }
}

/**
 * The deployment GitHub itself creates when a job declares `environment:` (there is no opt-out):
 * task `deploy`, an empty payload, no description, `ref` the branch or tag the run is on, `sha` the
 * run's commit, created by the person who started the run. It is `queued` when the job is
 * queued, `in_progress` when it starts, and at the end of the job `success` or `failure` (with
 * auto_inactive, as a status posted with the defaults). Written straight into the state, not
 * through the API: GitHub's own writes are not the job's requests.
 * @param {Hub} hub
 * @param {{ environment: string, ref: string, sha: string, actor: string, environmentUrl?: string, logUrl?: string }} job
 */
export function startJobDeployment(hub, job) {
  const id = hub.nextId('deployment');
  const now = hub.now();
  /** @type {Deployment} */
  const deployment = {
    url: hub.api(`/deployments/${id}`),
    id,
    node_id: `DE_${id}`,
    sha: job.sha,
    ref: job.ref,
    task: 'deploy',
    payload: {},
    original_environment: job.environment,
    environment: job.environment,
    description: null,
    creator: hub.user(job.actor),
    created_at: now,
    updated_at: now,
    statuses_url: hub.api(`/deployments/${id}/statuses`),
    repository_url: hub.api(),
    transient_environment: false,
    production_environment: job.environment === 'production',
    performed_via_github_app: null,
  };
  hub.state.deployments.push(deployment);
  ensureEnvironment(hub, job.environment);
  const fields = { log_url: job.logUrl ?? '', environment_url: job.environmentUrl ?? '' };
  addDeploymentStatus(hub, deployment, { ...fields, state: 'queued' });
  addDeploymentStatus(hub, deployment, { ...fields, state: 'in_progress' });
  return {
    id,
    /** @param {'success' | 'failure'} state the job's result */
    finish(state) {
      addDeploymentStatus(hub, deployment, { ...fields, state });
      if (state === 'success') autoInactivate(hub, deployment);
    },
  };
}

/**
 * The contexts named in `required` (or every context on the commit) that are not passing.
 * @param {Hub} hub
 * @param {string} sha
 * @param {string[] | undefined} required
 */
function failingContexts(hub, sha, required) {
  const states = contextStates(hub, sha);
  const names = required ?? [...states.keys()];
  return names
    .map((context) => ({ context, state: states.get(context) ?? 'missing' }))
    .filter((entry) => !PASSING.has(entry.state));
}

/** @type {Routes} */
export const deploymentRoutes = {
  [`POST ${R}/deployments`]: async ({ body }, hub) => {
    const sha = await hub.git.resolveCommit(body.ref);
    if (!sha) throw new HttpError(422, `No ref found for: ${body.ref}`);
    if (body.auto_merge !== false && body.ref !== hub.defaultBranch) {
      const base = await hub.git.resolveCommit(hub.defaultBranch);
      if (base && !(await hub.git.isAncestor(base, sha))) {
        throw new HttpError(409, `Conflict merging ${hub.defaultBranch} into ${body.ref}.`);
      }
    }
    const failing = failingContexts(hub, sha, body.required_contexts);
    if (failing.length) {
      throw new HttpError(409, `Conflict: Commit status checks failed for ${body.ref}.`, {
        errors: [{ contexts: failing, resource: 'Deployment', field: 'required_contexts', code: 'invalid' }],
      });
    }
    const environment = body.environment ?? 'production';
    const id = hub.nextId('deployment');
    const now = hub.now();
    /** @type {Deployment} */
    const deployment = {
      url: hub.api(`/deployments/${id}`),
      id,
      node_id: `DE_${id}`,
      sha,
      ref: body.ref,
      task: body.task ?? 'deploy',
      payload: parsePayload(body.payload),
      original_environment: environment,
      environment,
      description: body.description ?? '',
      creator: hub.actor(),
      created_at: now,
      updated_at: now,
      statuses_url: hub.api(`/deployments/${id}/statuses`),
      repository_url: hub.api(),
      transient_environment: body.transient_environment ?? false,
      production_environment: body.production_environment ?? environment === 'production',
      performed_via_github_app: null,
    };
    hub.state.deployments.push(deployment);
    ensureEnvironment(hub, environment);
    return { status: 201, body: deployment };
  },

  [`GET ${R}/deployments`]: (request, hub) => {
    const { sha, ref, task, environment } = request.query;
    const list = hub.state.deployments
      .filter((each) => (sha === undefined || each.sha === sha) && (ref === undefined || each.ref === ref))
      .filter((each) => (task === undefined || each.task === task) && (environment === undefined || each.environment === environment))
      .sort((a, b) => b.id - a.id);
    return paginate(request, list);
  },

  [`GET ${R}/deployments/{deployment_id}`]: ({ params }, hub) => ({ body: findDeployment(hub, params.deployment_id) }),

  [`DELETE ${R}/deployments/{deployment_id}`]: ({ params }, hub) => {
    const deployment = findDeployment(hub, params.deployment_id);
    const others = hub.state.deployments.filter((each) => each.environment === deployment.environment && each.id !== deployment.id);
    // GitHub: only inactive deployments may be deleted, unless it is the environment's only one.
    if (deploymentState(hub, deployment.id) !== 'inactive' && others.length > 0) {
      throw new HttpError(422, 'We cannot delete an active deployment unless it is the only deployment in a given environment.');
    }
    removeWhere(hub.state.deployments, (each) => each === deployment);
    removeWhere(hub.state.deploymentStatuses, (status) => status.deployment_id === deployment.id);
    return { status: 204 };
  },

  [`POST ${R}/deployments/{deployment_id}/statuses`]: ({ params, body }, hub) => {
    const deployment = findDeployment(hub, params.deployment_id);
    if (body.environment) {
      deployment.environment = body.environment;
      ensureEnvironment(hub, body.environment);
    }
    const status = addDeploymentStatus(hub, deployment, body);
    if (body.state === 'success' && body.auto_inactive !== false) autoInactivate(hub, deployment);
    return { status: 201, body: omit(status, 'deployment_id') };
  },

  [`GET ${R}/deployments/{deployment_id}/statuses`]: (request, hub) => {
    const deployment = findDeployment(hub, request.params.deployment_id);
    return paginate(
      request,
      statusesOf(hub, deployment.id).map((status) => omit(status, 'deployment_id')),
    );
  },

  [`GET ${R}/deployments/{deployment_id}/statuses/{status_id}`]: ({ params }, hub) => {
    const deployment = findDeployment(hub, params.deployment_id);
    const status = statusesOf(hub, deployment.id).find((each) => each.id === Number(params.status_id));
    if (!status) throw notFound();
    return { body: omit(status, 'deployment_id') };
  },
};
