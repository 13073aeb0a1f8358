import { UserError } from '../lib/errors.js';
import type { GitHub } from '../github/client.js';
import type { RepoRef } from '../lib/repo.js';
import type { DeploymentRef, DeploymentState, DeployKind } from '../github/deployments.js';
import { KILL_GRACE_MS } from './command.js';
import type { RollbackRecord } from './ledger.js';
import type { Logger } from '../lib/logger.js';
import { FIRST_POLL_MS, STALE_AFTER_MS, STATUSLESS_AFTER_MS, WAIT_LIMIT_MS, WAIT_POLL_MS, type TurnTiming } from './turn.js';

/** The vocabulary of the deploy domain: settings, dependencies and results shared by its stages. */

/** How the deployed version is verified (shared by deploy and rollback). */
export interface VerifySettings {
  healthCheckUrls: string[];
  healthCheckTimeoutMs: number;
  healthCheckIntervalMs: number;
  prometheusUrl?: string;
  /** Percent. */
  maxErrorRate: number;
  /** Milliseconds. */
  maxP95Latency: number;
  verifyWindowMs: number;
  errorRateQuery?: string;
  p95LatencyQuery?: string;
}

/** What one deployment runs, where, and how it is verified: the same for a deploy, its automatic rollback and a rollback. */
export interface RunSettings {
  environment: string;
  command: string;
  url?: string;
  /** production_environment. */
  production: boolean;
  /** Commit-status contexts GitHub must see green; default [] (see createDeployment). */
  requiredContexts?: string[];
  commandTimeoutMs?: number;
  verify: VerifySettings;
  /** A failed attempt may be followed by an automatic rollback (its time counts in expires_at). */
  autoRollback: boolean;
}

/** A forward deploy of a ref (the deploy action). */
export interface DeploymentOptions {
  environment: string;
  /** What to deploy: a sha, branch or tag (as the user gave it). */
  ref: string;
  /** The release version, when the caller knows it (a tag-push run); else the release tag on the commit. */
  version?: string;
  /** Prefix of release tags (default 'v'): which tags name a release version. */
  tagPrefix?: string;
  command: string;
  url?: string;
  /** production_environment; default: the environment is named production or prod. */
  production?: boolean;
  requireDeployedTo?: string;
  autoRollback: boolean;
  commandTimeoutMs?: number;
  force: boolean;
  dryRun: boolean;
  verify: VerifySettings;
  /** Commit-status contexts GitHub must see green; default [] (see createDeployment). */
  requiredContexts?: string[];
}

/** A rollback to a release the rollback action planned (its deploy stage). */
export interface RollbackDeploymentOptions {
  environment: string;
  /** The release to go back to: its tag and commit. */
  target: { ref: string; sha: string; version: string };
  /** What was live when the rollback was planned; recorded as payload.rolled_back. */
  rolledBack: DeploymentRef;
  reason: string;
  command: string;
  url?: string;
  production?: boolean;
  commandTimeoutMs?: number;
  dryRun: boolean;
  verify: VerifySettings;
  requiredContexts?: string[];
  /**
   * Called once the target is deployed and verified, and sent together with the final `success`
   * status (the rollback action's release mark): it must not throw (its failures are warnings).
   */
  onVerified?: (deploymentId: number) => Promise<void>;
}

export interface Timing extends TurnTiming {
  killGraceMs: number;
}

export const TIMING: Timing = {
  waitLimitMs: WAIT_LIMIT_MS,
  waitPollMs: WAIT_POLL_MS,
  firstPollMs: FIRST_POLL_MS,
  staleAfterMs: STALE_AFTER_MS,
  statuslessAfterMs: STATUSLESS_AFTER_MS,
  killGraceMs: KILL_GRACE_MS,
};

export interface DeploymentDeps {
  github: GitHub;
  repo: RepoRef;
  /** The workflow run doing the deploy: log_url, payload.run_url, payload.actor, links. */
  run: { url: string; actor: string; serverUrl: string };
  logger: Logger;
  /** Aborts when the runner cancels the job (SIGTERM/SIGINT). */
  signal?: AbortSignal;
  fetch?: typeof globalThis.fetch;
  /** The deploy command's base environment (default process.env) and working directory. */
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Where the command's output goes (default: this process's stdout). */
  output?: (chunk: string) => void;
  /** Override of the rolled-back check (default: the environment's rollback records). */
  isRolledBack?: (sha: string) => Promise<RollbackRecord | undefined>;
  timing?: Partial<Timing>;
  /** The wait between two looks while waiting for the environment (default: a cancellable timer). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** The clock that wait is measured by (default Date.now); tests move it with their sleep. */
  now?: () => number;
}

export interface Phase {
  name: string;
  ms: number;
  ok: boolean;
}

export interface Check {
  kind: 'command' | 'health' | 'metric';
  name: string;
  ok: boolean;
  /** The measured figure, formatted ("HTTP 200 in 12 ms", "0.4%"). */
  measured: string;
  /** What was required ("2xx within 300s", "at most 1%"). */
  threshold: string;
  detail: string;
}

/** One GitHub Deployment shipgate created and drove to a final status. */
export interface Attempt {
  mode: DeployKind;
  deploymentId: number;
  ref: string;
  sha: string;
  version: string;
  state: Extract<DeploymentState, 'success' | 'failure' | 'error'>;
  /** One sentence: what failed. */
  failure?: string;
  checks: Check[];
  phases: Phase[];
}

export interface DeploymentOutcome {
  status: 'success' | 'failure' | 'rolled-back' | 'dry-run';
  mode: DeployKind;
  environment: string;
  production: boolean;
  ref: string;
  sha: string;
  version: string;
  /** What was live before (deployment id, ref, sha, version). */
  previous?: DeploymentRef;
  /** The deployment created for the ref (the first one, when there was an automatic rollback). */
  deploymentId?: number;
  environmentUrl: string;
  /** The environment's deployments page on GitHub. */
  deploymentsUrl: string;
  runUrl: string;
  /** Pre-flight checks (promotion gate, forward-only, one at a time). */
  phases: Phase[];
  attempt?: Attempt;
  rollback?: Attempt;
  /** One sentence for the log and, when it did not succeed, for setFailed. */
  message: string;
  /** Dry run: what would happen. */
  plan?: string[];
}

export interface CancelledDetails {
  environment: string;
  deploymentId?: number;
  sha?: string;
  ref: string;
  environmentUrl: string;
}

/**
 * The run was cancelled (SIGTERM/SIGINT): a UserError that also carries what the action's outputs
 * need, since no outcome is returned. `deploymentId` is the deployment created for the ref (the
 * first one, as DeploymentOutcome.deploymentId), absent when the cancel came before it existed.
 */
export class DeploymentCancelled extends UserError {
  constructor(
    message: string,
    readonly details: CancelledDetails,
  ) {
    super(message);
    this.name = 'DeploymentCancelled';
  }
}

