import type { GitHub } from '../github/client.js';
import type { RepoRef } from '../github/commits.js';
import {
  ACTIVE_STATES,
  listDeployments,
  listDeploymentStatuses,
  type DeployedRef,
  type Deployment,
  type DeploymentState,
  type DeploymentStatus,
} from '../github/deployments.js';

/**
 * What an environment's GitHub Deployments say: what is live, what is still running, what was
 * rolled back. Reads at most PAGES pages of deployments (newest first) and the statuses of the
 * deployments down to the live one, so the requests stay bounded however long the history is.
 */
export const PAGES = 2;
export const PER_PAGE = 100;

/** A deployment with its newest status (a deployment without statuses is `pending`, as on GitHub). */
export interface DeploymentRecord {
  deployment: Deployment;
  status: DeploymentStatus | undefined;
  state: DeploymentState;
}

export interface EnvironmentState {
  environment: string;
  /** The newest deployment whose newest status is `success`: what the environment runs. */
  live: DeploymentRecord | undefined;
  /** shipgate deployments newer than the live one whose newest status is still in_progress, queued or pending. */
  active: DeploymentRecord[];
}

/** A rollback deployment naming a commit it rolled back. */
export interface RollbackRecord {
  deployment: Deployment;
  rolledBack: DeployedRef;
  reason: string;
}

/** The ref to show for a deployment: the ref its payload recorded (a tag, a branch), else GitHub's. */
export const refOf = (deployment: Deployment): string => deployment.payload.ref || deployment.ref;
export const versionOf = (deployment: Deployment): string => deployment.payload.version || '';
export const isShipgate = (deployment: Deployment): boolean => deployment.payload.shipgate !== undefined;

export class DeploymentLedger {
  constructor(
    private readonly github: GitHub,
    private readonly repo: RepoRef,
    readonly environment: string,
  ) {}

  /** The environment's deployments, newest first, at most PAGES pages. */
  async deployments(sha?: string): Promise<Deployment[]> {
    const all: Deployment[] = [];
    for (let page = 1; page <= PAGES; page++) {
      const batch = await listDeployments(this.github, this.repo, { environment: this.environment, sha, perPage: PER_PAGE, page });
      all.push(...batch);
      if (batch.length < PER_PAGE) break;
    }
    return all;
  }

  async record(deployment: Deployment): Promise<DeploymentRecord> {
    const [status] = await listDeploymentStatuses(this.github, this.repo, deployment.id);
    return { deployment, status, state: status?.state ?? 'pending' };
  }

  /** What is live and what is still running. */
  async scan(): Promise<EnvironmentState> {
    const active: DeploymentRecord[] = [];
    for (const deployment of await this.deployments()) {
      const record = await this.record(deployment);
      if (record.state === 'success') return { environment: this.environment, live: record, active };
      if (ACTIVE_STATES.includes(record.state) && isShipgate(deployment)) active.push(record);
    }
    return { environment: this.environment, live: undefined, active };
  }

  /**
   * The rollback that rolled back `sha` in this environment, if it still stands: a deployment
   * whose payload has `mode: 'rollback'` and `rolled_back.sha === sha` (written by shipgate's
   * automatic rollback and by the rollback action alike), with no successful deployment of `sha`
   * after it (a forced redeploy that succeeded lifts the mark). Payloads come with the list, so
   * only deployments of `sha` itself cost a status read.
   */
  async rolledBack(sha: string): Promise<RollbackRecord | undefined> {
    for (const deployment of await this.deployments()) {
      const { mode, rolled_back: rolledBack, reason } = deployment.payload;
      if (mode === 'rollback' && rolledBack && rolledBack.sha === sha) {
        return { deployment, rolledBack, reason: reason ?? '' };
      }
      if (deployment.sha === sha && mode !== 'rollback') {
        const statuses = await listDeploymentStatuses(this.github, this.repo, deployment.id);
        if (statuses.some((status) => status.state === 'success')) return undefined;
      }
    }
    return undefined;
  }

  /** A deployment of `sha` in this environment that reached `success` at some point (it may be inactive since). */
  async successfulDeploymentOf(sha: string): Promise<Deployment | undefined> {
    for (const deployment of await this.deployments(sha)) {
      if (deployment.sha !== sha) continue;
      const statuses = await listDeploymentStatuses(this.github, this.repo, deployment.id);
      if (statuses.some((status) => status.state === 'success')) return deployment;
    }
    return undefined;
  }
}

/** The hook shared with the rollback action: has `sha` been rolled back in `environment`? */
export function isRolledBack(github: GitHub, repo: RepoRef, environment: string, sha: string): Promise<RollbackRecord | undefined> {
  return new DeploymentLedger(github, repo, environment).rolledBack(sha);
}
