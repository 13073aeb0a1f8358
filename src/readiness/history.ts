import type { DeployKind } from '../github/deployments.js';

/**
 * The delivery history the launch report judges, in plain data: what src/readiness/read.ts
 * gathers from GitHub (bounded) and what the tests build by hand. Times are epoch milliseconds.
 */
export const DAY_MS = 24 * 60 * 60 * 1000;
export const WEEK_MS = 7 * DAY_MS;

/** One deployment of an environment, with the outcome its statuses give. */
export interface DeployRecord {
  id: number;
  sha: string;
  environment: string;
  createdAt: number;
  /** shipgate's payload mode; deployments made by other tools count as forward deploys. */
  mode: DeployKind;
  /** For a rollback: the deployment (and commit) it rolled back, from payload.rolled_back. */
  rolledBack?: { id?: number; sha: string };
  /** The commit that was live before (payload.previous), to know which commits were deployed already. */
  previousSha?: string;
  version?: string;
  /**
   * The first final status: `success` (it went live, even if inactive since), `failure` or
   * `error`; undefined while it runs or when it has no final status.
   */
  outcome?: 'success' | 'failure' | 'error';
  /** When that final status was set. */
  finishedAt?: number;
}

/** A commit of the default branch (GET /commits lists them with parents). */
export interface CommitRecord {
  sha: string;
  committedAt: number;
  parents: string[];
}

export interface Window {
  start: number;
  end: number;
}

export interface DeliveryHistory {
  /** The production environment's deployments that were read, in any order. */
  deploys: DeployRecord[];
  /** The newest commits of the default branch, newest first. */
  commits: CommitRecord[];
  /** The window the delivery metrics cover (narrowed when the read budget ran out). */
  window: Window;
  /** Why the window is narrower than asked, when it is. */
  narrowed?: string;
}
