import { api, httpStatus, toApiError, type GitHub } from '../github/client.js';
import type { RepoRef } from '../github/commits.js';
import { listDeployments, listDeploymentStatuses, type Deployment, type DeploymentStatus } from '../github/deployments.js';
import { SnapshotStore } from '../github/snapshots.js';
import { decodeSnapshot } from '../coverage/gate/snapshot.js';
import type { CommitRecord, DeployRecord, Window } from './history.js';
import type { CoverageFinding, EnvironmentRules } from './records.js';

/**
 * Everything the launch report reads from GitHub, within a fixed budget of requests whatever the
 * length of the history: the report is a scheduled job, and a repository with years of
 * deployments must cost what a new one costs. When the budget ends before the window does, the
 * delivery metrics cover the part that was read and say so.
 */
export const BUDGET = {
  /** GET /repos/{owner}/{repo}: the default branch. */
  repository: 1,
  /** Pages of 100 of the production environment's deployments, newest first. */
  deploymentPages: 2,
  /** Deployments of production whose statuses are read (one request each), newest first. */
  statusReads: 30,
  /** One page of the staging environment's deployments, for its newest rollback. */
  stagingPages: 1,
  /** Staging rollbacks whose statuses are read, newest first, until one has finished. */
  stagingStatusReads: 3,
  /** One page of 100 commits of the default branch (lead times, and the coverage snapshot's commit). */
  commitPages: 1,
  /** The snapshot ref, its tree (a second read of the tree on servers that want the tree sha), one snapshot. */
  coverage: 4,
  /** GET /environments/{name}: the protection rules. */
  environment: 1,
  /** The check run `launch readiness`. */
  checkRun: 1,
} as const;

/** The most requests one report makes. */
export const MAX_REQUESTS = Object.values(BUDGET).reduce((sum, each) => sum + each, 0);
const PER_PAGE = 100;

/** The first final status (oldest first): when the deployment went live or failed. */
export function outcomeOf(statuses: readonly DeploymentStatus[]): Pick<DeployRecord, 'outcome' | 'finishedAt'> {
  const final = [...statuses].sort((a, b) => a.id - b.id).find((status) => status.state === 'success' || status.state === 'failure' || status.state === 'error');
  if (!final) return {};
  return { outcome: final.state as DeployRecord['outcome'], finishedAt: Date.parse(final.created_at) };
}

/** A deployment as the report sees it (before its statuses are read). */
export function recordOf(deployment: Deployment): DeployRecord {
  const payload = deployment.payload;
  const rolledBack = payload.rolled_back;
  return {
    id: deployment.id,
    sha: deployment.sha,
    environment: deployment.environment,
    createdAt: Date.parse(deployment.created_at),
    mode: payload.mode === 'rollback' ? 'rollback' : 'deploy',
    ...(rolledBack && typeof rolledBack.sha === 'string' ? { rolledBack: { id: typeof rolledBack.id === 'number' ? rolledBack.id : undefined, sha: rolledBack.sha } } : {}),
    ...(payload.previous && typeof payload.previous.sha === 'string' ? { previousSha: payload.previous.sha } : {}),
    ...(payload.version ? { version: String(payload.version) } : {}),
  };
}

export class ReadinessReader {
  /** Requests made so far (for the log, and the bound the docs promise). */
  requests = 0;

  constructor(
    private readonly github: GitHub,
    private readonly repo: RepoRef,
  ) {}

  private count<T>(result: Promise<T>): Promise<T> {
    this.requests += 1;
    return result;
  }

  async defaultBranch(): Promise<string> {
    const { data } = await this.count(api('read the repository', () => this.github.rest.repos.get({ ...this.repo })));
    return data.default_branch;
  }

  /**
   * The production deployments of the window with their outcomes, newest first. Returns the
   * window actually covered: narrowed to the oldest deployment read when the budget ran out first.
   */
  async production(environment: string, window: Window): Promise<{ deploys: DeployRecord[]; window: Window; narrowed?: string }> {
    const listed: Deployment[] = [];
    let complete = false;
    for (let page = 1; page <= BUDGET.deploymentPages; page++) {
      const batch = await this.count(listDeployments(this.github, this.repo, { environment, perPage: PER_PAGE, page }));
      listed.push(...batch);
      if (batch.length < PER_PAGE || batch.some((deployment) => Date.parse(deployment.created_at) < window.start)) {
        complete = true;
        break;
      }
    }
    // A job that declares `environment:` makes GitHub record a deployment of its own beside the one
    // shipgate's deploy creates: where shipgate's records exist, only they count, so one deploy is
    // one deploy. A repository deploying with other tools is judged on all its deployments.
    const ours = listed.filter((deployment) => deployment.payload.shipgate !== undefined);
    const considered = ours.length > 0 ? ours : listed;
    const inWindow = considered.filter((deployment) => Date.parse(deployment.created_at) >= window.start);
    const read = inWindow.slice(0, BUDGET.statusReads);
    const deploys: DeployRecord[] = [];
    for (const deployment of read) {
      const statuses = await this.count(listDeploymentStatuses(this.github, this.repo, deployment.id));
      deploys.push({ ...recordOf(deployment), ...outcomeOf(statuses) });
    }
    if (read.length < inWindow.length || (!complete && read.length > 0)) {
      const oldest = Math.min(...deploys.map((deploy) => deploy.createdAt));
      const total = complete ? `${inWindow.length}` : `at least ${inWindow.length}`;
      return { deploys, window: { start: oldest, end: window.end }, narrowed: `the newest ${read.length} of ${total} deployments in the window: the report reads a bounded number` };
    }
    return { deploys, window };
  }

  /** The newest finished rollbacks of another environment (a rehearsal on staging), at most a few reads. */
  async rollbacks(environment: string): Promise<DeployRecord[]> {
    const found: DeployRecord[] = [];
    const batch = await this.count(listDeployments(this.github, this.repo, { environment, perPage: PER_PAGE, page: 1 }));
    const rollbacks = batch.filter((deployment) => deployment.payload.mode === 'rollback').slice(0, BUDGET.stagingStatusReads);
    for (const deployment of rollbacks) {
      const record = { ...recordOf(deployment), ...outcomeOf(await this.count(listDeploymentStatuses(this.github, this.repo, deployment.id))) };
      found.push(record);
      if (record.outcome) break;
    }
    return found;
  }

  /** The newest commits of the branch, newest first, with their parents. */
  async commits(branch: string): Promise<CommitRecord[]> {
    const { data } = await this.count(
      api(`list the commits of ${branch}`, () => this.github.rest.repos.listCommits({ ...this.repo, sha: branch, per_page: PER_PAGE })),
    );
    return data.map((commit) => ({
      sha: commit.sha,
      committedAt: Date.parse(commit.commit.committer?.date ?? commit.commit.author?.date ?? ''),
      parents: commit.parents.map((parent) => parent.sha),
    }));
  }

  /** The coverage gate's snapshot of the newest listed commit that has one. */
  async coverage(checkName: string, branch: string, commits: readonly CommitRecord[]): Promise<CoverageFinding> {
    const store = new SnapshotStore(this.github, this.repo, { checkName });
    try {
      const listing = await store.listing();
      if (!listing || listing.entries.size === 0) {
        return { found: false, reason: `the coverage gate "${checkName}" has recorded no snapshot yet (it records one on each push to ${branch})` };
      }
      const distance = commits.findIndex((commit) => listing.entries.has(commit.sha));
      if (distance < 0) {
        return { found: false, reason: `none of the ${commits.length} newest commits of ${branch} has a snapshot of the coverage gate "${checkName}"` };
      }
      const sha = commits[distance].sha;
      try {
        const snapshot = decodeSnapshot(await store.readBlob(listing.entries.get(sha) as string));
        return { found: true, sha, recordedAt: snapshot.recordedAt, lines: snapshot.lines, checkName, branch, distance };
      } catch (error) {
        if ((error as Error).name !== 'SnapshotFormatError') throw error;
        return { found: false, reason: `the snapshot of ${sha.slice(0, 7)} could not be read (${(error as Error).message})` };
      }
    } finally {
      this.requests += store.requests;
    }
  }

  /** The environment's protection rules; undefined when it does not exist, a sentence when the token may not read it. */
  async environment(name: string): Promise<{ rules?: EnvironmentRules; forbidden?: string }> {
    try {
      const { data } = await this.count(
        this.github.rest.repos.getEnvironment({ ...this.repo, environment_name: name }),
      );
      return { rules: data };
    } catch (error) {
      const status = httpStatus(error);
      if (status === 404) return {};
      if (status === 403) return { forbidden: `the token may not read the environment "${name}" (give the job "permissions: actions: read")` };
      throw toApiError(`read the environment ${name}`, error);
    }
  }
}
