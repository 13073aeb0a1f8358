import { UserError } from '../lib/errors.js';
import { api, httpStatus, type GitHub } from './client.js';
import { clientOptions, createOnce, newMark, ONE_ATTEMPT, repeatable } from './create-once.js';
import { deploymentRefusal } from './deployment-refusal.js';
import type { RepoRef } from '../lib/repo.js';
import { shortSha } from '../lib/sha.js';
import { SHIPGATE_TASK } from './well-known.js';

/**
 * Typed wrappers over the Deployments REST API. Each call is one `api('operation', ...)` so a
 * final failure names what was being done.
 */

/** `waiting` is GitHub's own, on a job deployment held by the environment's protection rules (it cannot be posted). */
export type DeploymentState = 'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success' | 'waiting';

export { SHIPGATE_TASK };

/** What a deployment does: go forward, or go back to a release (`payload.mode`, `SHIPGATE_MODE`). */
export type DeployKind = 'deploy' | 'rollback';

/** States of a deployment that is still running (another deploy must wait for it). */
export const ACTIVE_STATES: readonly DeploymentState[] = ['in_progress', 'queued', 'pending'];

/** The ref/sha/version triple shipgate records for a deployment it refers to. */
export interface DeployedRef {
  id?: number;
  ref: string;
  sha: string;
  version?: string;
}

/** A deployment shipgate refers to by id (what was live, what is superseded). */
export type DeploymentRef = DeployedRef & { id: number };

/**
 * The payload shipgate stores on every deployment it creates. `shipgate: 1` marks (and versions)
 * the format. A rollback deployment (`mode: 'rollback'`) names what it rolled back in
 * `rolled_back`; that is how a later forward deploy recognises a commit whose release was rolled
 * back (see src/deploy/README.md).
 */
export interface ShipgatePayload {
  shipgate: 1;
  version: string;
  sha: string;
  ref: string;
  previous: { id: number; ref: string; sha: string } | null;
  run_url: string;
  actor: string;
  mode: DeployKind;
  reason: string;
  rolled_back?: DeployedRef;
  /** When the run that created the deployment will have given it a final status if it is alive. */
  expires_at?: string;
  /**
   * A random id of the request that created the deployment: after a lost answer, the deployment
   * is found by it instead of being created a second time (src/github/create-once.ts).
   */
  create_id?: string;
}

export interface Deployment {
  id: number;
  sha: string;
  ref: string;
  environment: string;
  task: string;
  description: string | null;
  created_at: string;
  creator: string | undefined;
  payload: Partial<ShipgatePayload> & Record<string, unknown>;
}

export interface DeploymentStatus {
  id: number;
  state: DeploymentState;
  description: string;
  environment_url: string;
  log_url: string;
  created_at: string;
}

export interface CreateDeploymentParams {
  ref: string;
  environment: string;
  description: string;
  production: boolean;
  payload: ShipgatePayload;
  /**
   * Commit-status contexts GitHub must see green before it creates the deployment. shipgate passes
   * [] by default: the coverage gate and the tests already ran in the pipeline that calls deploy,
   * and GitHub's default (every context) would also demand checks that are still running, such
   * as the very workflow run doing the deploy.
   */
  requiredContexts?: string[];
}

type DeploymentData = Awaited<ReturnType<GitHub['rest']['repos']['getDeployment']>>['data'];

/** GitHub answers the payload as the object it was given; some servers answer it as a JSON string. */
function readPayload(payload: DeploymentData['payload']): Deployment['payload'] {
  let value: unknown = payload;
  if (typeof value === 'string') {
    try {
      value = value ? JSON.parse(value) : {};
    } catch {
      value = {};
    }
  }
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Deployment['payload']) : {};
}

const asDeployment = (data: DeploymentData): Deployment => ({
  id: data.id,
  sha: data.sha,
  ref: data.ref,
  environment: data.environment ?? '',
  task: data.task ?? 'deploy',
  description: data.description ?? null,
  created_at: data.created_at,
  creator: data.creator?.login,
  payload: readPayload(data.payload),
});

type StatusData = Awaited<ReturnType<GitHub['rest']['repos']['getDeploymentStatus']>>['data'];

const asStatus = (data: StatusData): DeploymentStatus => ({
  id: data.id,
  state: data.state,
  description: data.description ?? '',
  environment_url: data.environment_url ?? '',
  log_url: data.log_url ?? '',
  created_at: data.created_at,
});

/** GitHub caps a status description at 140 characters. */
export const fitDescription = (text: string): string => (text.length > 140 ? `${text.slice(0, 139)}…` : text);

/**
 * POST /deployments. GitHub's answers that create nothing become one-sentence user errors:
 * 202 (it merged the default branch into the ref instead), 409 (required status checks failed or
 * a merge conflict) and 422 (ref unknown, invalid parameters).
 */
export async function createDeployment(github: GitHub, repo: RepoRef, params: CreateDeploymentParams): Promise<Deployment> {
  const where = `${params.environment} (${shortSha(params.ref)})`;
  // A random id in the payload finds this deployment again when an answer is lost (createOnce).
  const createId = newMark();
  return api(`create the deployment of ${where}`, async () => {
    const created = await createOnce(
      {
        what: `create the deployment of ${where}`,
        create: async () => {
          let response;
          try {
            // 409 and 422 are final; a lost answer or a 5xx is handled by createOnce.
            response = await github.rest.repos.createDeployment({
              ...repo,
              ref: params.ref,
              task: SHIPGATE_TASK,
              auto_merge: false,
              required_contexts: params.requiredContexts ?? [],
              payload: { ...params.payload, create_id: createId },
              environment: params.environment,
              description: fitDescription(params.description),
              transient_environment: false,
              production_environment: params.production,
              request: ONE_ATTEMPT,
            });
          } catch (error) {
            throw deploymentRefusal(error, where) ?? error;
          }
          if (response.status === 202 || !('id' in response.data)) {
            const message = ('message' in response.data ? response.data.message : undefined) ?? 'no message';
            throw new UserError(`GitHub did not create a deployment of ${where} and answered 202 instead ("${message}"); shipgate deploys exactly the given commit, so nothing was deployed.`);
          }
          return asDeployment(response.data);
        },
        // The newest 100 of the environment: the lost attempt was made seconds ago.
        find: async () => (await listDeployments(github, repo, { environment: params.environment, task: SHIPGATE_TASK })).find((deployment) => deployment.payload.create_id === createId),
      },
      clientOptions(github),
    );
    return created.value;
  });
}

export interface StatusParams {
  state: Exclude<DeploymentState, 'waiting'>;
  description: string;
  logUrl?: string;
  environmentUrl?: string;
}

/**
 * POST /deployments/{id}/statuses. `auto_inactive` is always false: shipgate marks the previous
 * deployment inactive itself, the same way for production and non-production environments.
 */
export async function createDeploymentStatus(github: GitHub, repo: RepoRef, id: number, params: StatusParams): Promise<DeploymentStatus> {
  const what = `set the status of deployment ${id} to ${params.state}`;
  return api(what, async () => {
    // A second copy of the newest status changes no state anyone reads: resent after a lost answer.
    const { data } = await repeatable(
      what,
      () =>
        github.rest.repos.createDeploymentStatus({
          ...repo,
          deployment_id: id,
          state: params.state,
          description: fitDescription(params.description),
          ...(params.logUrl ? { log_url: params.logUrl } : {}),
          ...(params.environmentUrl ? { environment_url: params.environmentUrl } : {}),
          auto_inactive: false,
          request: ONE_ATTEMPT,
        }),
      clientOptions(github),
    );
    return asStatus(data);
  });
}

export interface ListDeploymentsParams {
  environment: string;
  /** Only deployments with this task (shipgate's ledger asks for SHIPGATE_TASK). */
  task?: string;
  sha?: string;
  perPage?: number;
  page?: number;
}

/** One page of an environment's deployments, newest first (as GitHub lists them). */
export async function listDeployments(github: GitHub, repo: RepoRef, params: ListDeploymentsParams): Promise<Deployment[]> {
  return api(`list the deployments of ${params.environment}`, async () => {
    const { data } = await github.rest.repos.listDeployments({
      ...repo,
      environment: params.environment,
      ...(params.task ? { task: params.task } : {}),
      ...(params.sha ? { sha: params.sha } : {}),
      per_page: params.perPage ?? 100,
      page: params.page ?? 1,
    });
    return data.map(asDeployment).sort((a, b) => b.id - a.id);
  });
}

/** One deployment by id, or undefined when there is none (404). */
export async function getDeployment(github: GitHub, repo: RepoRef, id: number): Promise<Deployment | undefined> {
  return api(`read deployment ${id}`, async () => {
    try {
      const { data } = await github.rest.repos.getDeployment({ ...repo, deployment_id: id });
      return asDeployment(data);
    } catch (error) {
      if (httpStatus(error) === 404) return undefined;
      throw error;
    }
  });
}

/**
 * The statuses of one deployment, newest first. One request of up to 100: a shipgate deployment
 * has a handful (in_progress per phase, then a final one, later inactive).
 */
export async function listDeploymentStatuses(github: GitHub, repo: RepoRef, id: number): Promise<DeploymentStatus[]> {
  return api(`read the statuses of deployment ${id}`, async () => {
    const { data } = await github.rest.repos.listDeploymentStatuses({
      ...repo,
      deployment_id: id,
      per_page: 100,
    });
    return data.map(asStatus).sort((a, b) => b.id - a.id);
  });
}
