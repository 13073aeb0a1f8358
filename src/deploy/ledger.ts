import type { GitHub } from '../github/client.js';
import type { RepoRef } from '../lib/repo.js';
import {
  ACTIVE_STATES,
  listDeployments,
  listDeploymentStatuses,
  SHIPGATE_TASK,
  type DeployedRef,
  type Deployment,
  type DeploymentState,
  type DeploymentStatus,
} from '../github/deployments.js';
import { DEPLOYMENTS_PER_PAGE } from '../github/well-known.js';

/**
 * What an environment's GitHub Deployments say: what is live, what is still running, what was
 * rolled back. Only shipgate's own deployments count (task SHIPGATE_TASK, asked for in the list
 * request): the deployment GitHub creates for every job that declares `environment:` runs the
 * job, not the deploy command, and its `success` says nothing about what the environment serves.
 * Reads at most PAGES pages of deployments (newest first) and the statuses of the deployments
 * down to the live one, so the requests stay bounded however long the history is.
 */
export const PAGES = 2;
export const PER_PAGE = DEPLOYMENTS_PER_PAGE;

/** A deployment with its newest status (a deployment without statuses is `pending`, as on GitHub). */
export interface DeploymentRecord {
  deployment: Deployment;
  status: DeploymentStatus | undefined;
  state: DeploymentState;
}

export interface EnvironmentState {
  environment: string;
  /**
   * The newest shipgate deployment that reached `success`: what the environment runs. Its newest
   * status may be `inactive` since: GitHub marks earlier successful deployments inactive when a
   * job deployment of the environment succeeds (auto_inactive), which changes nothing that runs.
   */
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
export const isShipgate = (deployment: Deployment): boolean => deployment.task === SHIPGATE_TASK && deployment.payload.shipgate !== undefined;

export class DeploymentLedger {
  /** The pages of the environment's deployments read so far (newest first), and whether the last one was reached. */
  private pages: Deployment[][] = [];
  private exhausted = false;
  /** Statuses read so far, by deployment id (newest first). */
  private readonly statusCache = new Map<number, DeploymentStatus[]>();
  /** Deployments this run created and drives itself: running, without reading their statuses. */
  private readonly own = new Set<number>();
  /**
   * Reads in flight, so that two questions asked at the same time (the rollback plan reads the
   * live deployment's statuses while it compares a candidate) share one request. `generation`
   * changes with every refresh: an answer that arrives after one is not kept.
   */
  private readonly pageReads = new Map<number, Promise<void>>();
  private readonly statusReads = new Map<number, Promise<DeploymentStatus[]>>();
  private generation = 0;

  constructor(
    private readonly github: GitHub,
    private readonly repo: RepoRef,
    readonly environment: string,
  ) {}

  /**
   * Forget what was read, so the next question reads GitHub again (after waiting for another
   * deploy, which may have changed everything). Until then one ledger answers scan(), rolledBack()
   * and successfulDeploymentOf() from the pages and statuses it already has, reading a further
   * page or status only when an answer needs it: the rollback action and the deploy it runs share
   * one ledger, so the environment's history is read once.
   */
  refresh(): void {
    this.forgetPages();
    this.statusCache.clear();
  }

  private forgetPages(): void {
    this.pages = [];
    this.exhausted = false;
    this.pageReads.clear();
    this.statusReads.clear();
    this.generation += 1;
  }

  /** Read page `page` (the pages before it are read), once however many walks ask for it at the same time. */
  private readPage(page: number): Promise<void> {
    let read = this.pageReads.get(page);
    if (!read) {
      const generation = this.generation;
      read = listDeployments(this.github, this.repo, { environment: this.environment, task: SHIPGATE_TASK, perPage: PER_PAGE, page }).then((batch) => {
        if (generation !== this.generation || this.pages.length !== page - 1) return;
        this.pages.push(batch);
        if (batch.length < PER_PAGE) this.exhausted = true;
      });
      this.pageReads.set(page, read);
      read.catch(() => this.pageReads.delete(page));
    }
    return read;
  }

  /** The environment's deployments, newest first, at most PAGES pages, read a page at a time as the walk goes on. */
  private async *walk(): AsyncGenerator<Deployment> {
    for (let page = 1; page <= PAGES; page++) {
      if (page > this.pages.length) {
        if (this.exhausted) return;
        await this.readPage(page);
        // A refresh while the page was read: the walk stops rather than mix two readings.
        if (page > this.pages.length) return;
      }
      yield* this.pages[page - 1];
    }
  }

  /** The environment's deployments, newest first, at most PAGES pages (of `sha` only when given). */
  async deployments(sha?: string): Promise<Deployment[]> {
    const all: Deployment[] = [];
    if (sha === undefined) {
      for await (const deployment of this.walk()) all.push(deployment);
      return all.filter(isShipgate);
    }
    for (let page = 1; page <= PAGES; page++) {
      const batch = await listDeployments(this.github, this.repo, { environment: this.environment, task: SHIPGATE_TASK, sha, perPage: PER_PAGE, page });
      all.push(...batch.filter(isShipgate));
      if (batch.length < PER_PAGE) break;
    }
    return all;
  }

  /** A deployment's statuses, newest first (read once per ledger). */
  private async statusesOf(id: number): Promise<DeploymentStatus[]> {
    const known = this.statusCache.get(id);
    if (known) return known;
    let read = this.statusReads.get(id);
    if (!read) {
      const generation = this.generation;
      read = listDeploymentStatuses(this.github, this.repo, id).then((statuses) => {
        if (generation === this.generation) this.statusCache.set(id, statuses);
        return statuses;
      });
      this.statusReads.set(id, read);
      const forget = () => {
        if (this.statusReads.get(id) === read) this.statusReads.delete(id);
      };
      read.then(forget, forget);
    }
    return read;
  }

  /**
   * The newest shipgate deployment of the environment that this run did not create, from the
   * first page (no status read): what is live in the usual case, so a caller can start on it
   * while scan() reads its statuses to confirm.
   */
  async newest(): Promise<Deployment | undefined> {
    for await (const deployment of this.walk()) {
      if (isShipgate(deployment) && !this.own.has(deployment.id)) return deployment;
    }
    return undefined;
  }

  /** A deployment among the pages read so far, without a request. */
  known(id: number): Deployment | undefined {
    for (const page of this.pages) {
      const found = page.find((each) => each.id === id);
      if (found) return found;
    }
    return undefined;
  }

  /** A deployment this run created: the ledger counts it as running and never reads its statuses. */
  markOwn(id: number): void {
    this.own.add(id);
  }

  async record(deployment: Deployment): Promise<DeploymentRecord> {
    if (this.own.has(deployment.id)) return { deployment, status: undefined, state: 'pending' };
    const [status] = await this.statusesOf(deployment.id);
    return { deployment, status, state: status?.state ?? 'pending' };
  }

  /**
   * Did this deployment reach `success` at some point (it may be inactive since)? Known without a
   * request when its statuses were read already, or when a newer shipgate deploy of the
   * environment names it as `previous`: a forward deploy records the deployment that was live
   * (newest status `success`) when it started. (A rollback's `previous` may be the failed
   * attempt it replaced, so only `mode: 'deploy'` records count.)
   */
  private async everSucceeded(deployment: Deployment): Promise<boolean> {
    const known = this.statusCache.get(deployment.id);
    if (known) return known.some((status) => status.state === 'success');
    for (const page of this.pages) {
      for (const newer of page) {
        if (newer.id > deployment.id && isShipgate(newer) && newer.payload.mode === 'deploy' && newer.payload.previous?.id === deployment.id) return true;
      }
    }
    return (await this.statusesOf(deployment.id)).some((status) => status.state === 'success');
  }

  /**
   * Read again what may have changed since the last read: the list of deployments, and the
   * statuses of those that had not finished. A final status stays final, so the statuses already
   * read of finished deployments are kept (waiting for a turn costs one list request per look).
   */
  refreshRunning(): void {
    this.forgetPages();
    for (const [id, statuses] of this.statusCache) {
      const state = statuses[0]?.state ?? 'pending';
      if (ACTIVE_STATES.includes(state)) this.statusCache.delete(id);
    }
  }

  /** What is live and what is still running (the first scan reads; later ones answer from what was read until refresh()). */
  async scan(): Promise<EnvironmentState> {
    const active: DeploymentRecord[] = [];
    for await (const deployment of this.walk()) {
      if (!isShipgate(deployment)) continue;
      const record = await this.record(deployment);
      if (this.own.has(deployment.id)) {
        active.push(record);
        continue;
      }
      if (record.state === 'success' || (await this.everSucceeded(deployment))) return { environment: this.environment, live: record, active };
      if (ACTIVE_STATES.includes(record.state)) active.push(record);
    }
    return { environment: this.environment, live: undefined, active };
  }

  /**
   * The rollback that rolled back `sha` in this environment, if it still stands: a deployment
   * whose payload has `mode: 'rollback'` and `rolled_back.sha === sha` (written by shipgate's
   * automatic rollback and by the rollback action alike), with no successful deployment of `sha`
   * after it (a forced redeploy that succeeded lifts the mark). Payloads come with the list, so
   * only deployments of `sha` itself may cost a status read (see everSucceeded).
   */
  async rolledBack(sha: string): Promise<RollbackRecord | undefined> {
    for await (const deployment of this.walk()) {
      if (!isShipgate(deployment)) continue;
      const { mode, rolled_back: rolledBack, reason } = deployment.payload;
      if (mode === 'rollback' && rolledBack && rolledBack.sha === sha) {
        return { deployment, rolledBack, reason: reason ?? '' };
      }
      if (deployment.sha === sha && mode !== 'rollback' && (await this.everSucceeded(deployment))) return undefined;
    }
    return undefined;
  }

  /** A deployment of `sha` in this environment that reached `success` at some point (it may be inactive since). */
  async successfulDeploymentOf(sha: string): Promise<Deployment | undefined> {
    for (const deployment of await this.deployments(sha)) {
      if (deployment.sha !== sha) continue;
      if (await this.everSucceeded(deployment)) return deployment;
    }
    return undefined;
  }
}

/** The hook shared with the rollback action: has `sha` been rolled back in `environment`? */
export function isRolledBack(github: GitHub, repo: RepoRef, environment: string, sha: string): Promise<RollbackRecord | undefined> {
  return new DeploymentLedger(github, repo, environment).rolledBack(sha);
}
