import { DAY_MS, WEEK_MS, type CommitRecord, type DeliveryHistory, type DeployRecord, type Window } from './history.js';
import { ceilText, dayText, durationText, floorText, median, windowText } from './format.js';
import type { MetricRow } from './row.js';
import { counted } from '../lib/plural.js';

/**
 * The four delivery metrics (deployment frequency, lead time for changes, change failure rate,
 * time to restore) from an environment's deployments. Definitions, chosen so that each figure can
 * be recomputed by hand from the Deployments API:
 * - a deploy is a forward deployment (not a rollback) created in the window that reached a final
 *   status; deployment frequency counts those that went live (`success`) per week;
 * - a deploy failed when its final status was `failure` or `error` (command, health or
 *   service-level check failed) or when a later rollback deployment names it as rolled back;
 * - time to restore runs from the failed deploy's creation (when the bad change started to reach
 *   the environment) to the success of the first later deployment of another commit; the
 *   longest in the window is judged, since a recovery time objective is a maximum;
 * - lead time runs from a commit's committer date to the success of the first deploy that
 *   contained it (commits already contained in an earlier deploy are not counted again); the
 *   median over the commits deployed in the window is judged.
 */
export interface DeliveryTargets {
  minDeploysPerWeek: number;
  /** Percent. */
  maxChangeFailureRate: number;
  maxLeadTimeMs: number;
  maxRestoreMs: number;
}

const inWindow = (time: number, window: Window): boolean => time >= window.start && time <= window.end;

/** Forward deploys created in the window that reached a final status, oldest first. */
export function finishedDeploys(history: DeliveryHistory): DeployRecord[] {
  return history.deploys
    .filter((deploy) => deploy.mode === 'deploy' && deploy.outcome !== undefined && inWindow(deploy.createdAt, history.window))
    .sort((a, b) => a.createdAt - b.createdAt || a.id - b.id);
}

/** Is this forward deploy a failed change (failed its checks, or rolled back later)? */
export function isFailedChange(deploy: DeployRecord, all: readonly DeployRecord[]): boolean {
  if (deploy.outcome === 'failure' || deploy.outcome === 'error') return true;
  return all.some(
    (other) =>
      other.mode === 'rollback' &&
      other.createdAt >= deploy.createdAt &&
      (other.rolledBack?.id !== undefined ? other.rolledBack.id === deploy.id : other.rolledBack?.sha === deploy.sha),
  );
}

export interface Restore {
  failed: DeployRecord;
  /** The deployment that put a good version back, when one did. */
  restoredBy?: DeployRecord;
  /** Creation of the failed deploy to the restoring success (or to the window's end when not restored). */
  durationMs: number;
}

/** The restore of each failed change: the first later successful deployment of another commit. */
export function restoresOf(failures: readonly DeployRecord[], all: readonly DeployRecord[], end: number): Restore[] {
  return failures.map((failed) => {
    const restoredBy = all
      .filter((other) => other.id !== failed.id && other.sha !== failed.sha && other.outcome === 'success' && other.finishedAt !== undefined)
      .filter((other) => other.createdAt > failed.createdAt || (other.createdAt === failed.createdAt && other.id > failed.id))
      .sort((a, b) => (a.finishedAt as number) - (b.finishedAt as number))[0];
    return { failed, restoredBy, durationMs: (restoredBy ? (restoredBy.finishedAt as number) : end) - failed.createdAt };
  });
}

/** Ancestors of `sha` (itself included) among the listed commits. */
function ancestors(sha: string, bySha: ReadonlyMap<string, CommitRecord>): Set<string> {
  const seen = new Set<string>();
  const stack = [sha];
  while (stack.length > 0) {
    const next = stack.pop() as string;
    const commit = bySha.get(next);
    if (seen.has(next) || !commit) continue;
    seen.add(next);
    stack.push(...commit.parents);
  }
  return seen;
}

export interface LeadTime {
  commit: CommitRecord;
  deploy: DeployRecord;
  ms: number;
}

/** Lead time of each commit first deployed (successfully) by a deploy of the window. */
export function leadTimes(history: DeliveryHistory): LeadTime[] {
  const bySha = new Map(history.commits.map((commit) => [commit.sha, commit]));
  const live = history.deploys
    .filter((deploy) => deploy.outcome === 'success' && deploy.finishedAt !== undefined)
    .sort((a, b) => (a.finishedAt as number) - (b.finishedAt as number));
  const shipped = new Set<string>();
  const times: LeadTime[] = [];
  for (const deploy of live) {
    const fresh = inWindow(deploy.finishedAt as number, history.window) && deploy.mode === 'deploy';
    // What was live before this deploy was shipped already, even when that deploy was not read.
    if (deploy.previousSha) for (const sha of ancestors(deploy.previousSha, bySha)) shipped.add(sha);
    for (const sha of ancestors(deploy.sha, bySha)) {
      if (shipped.has(sha)) continue;
      shipped.add(sha);
      const commit = bySha.get(sha) as CommitRecord;
      if (fresh) times.push({ commit, deploy, ms: Math.max(0, (deploy.finishedAt as number) - commit.committedAt) });
    }
  }
  return times;
}

export interface Week {
  start: number;
  end: number;
  deploys: number;
  failures: number;
  restores: number;
}

/** Deploys, failed changes and restores per week, the last week ending at the window's end. */
export function weeklyCounts(history: DeliveryHistory): Week[] {
  const { start, end } = history.window;
  const count = Math.max(1, Math.ceil((end - start) / WEEK_MS));
  const weeks: Week[] = [];
  for (let i = count - 1; i >= 0; i--) {
    weeks.push({ start: Math.max(start, end - (i + 1) * WEEK_MS), end: end - i * WEEK_MS, deploys: 0, failures: 0, restores: 0 });
  }
  const weekOf = (time: number) => weeks.find((week) => time >= week.start && (time < week.end || (time === end && week.end === end)));
  const deploys = finishedDeploys(history);
  const failures = deploys.filter((deploy) => isFailedChange(deploy, history.deploys));
  for (const deploy of deploys) {
    const week = weekOf(deploy.createdAt);
    if (week) week.deploys += 1;
  }
  for (const failed of failures) {
    const week = weekOf(failed.createdAt);
    if (week) week.failures += 1;
  }
  for (const restore of restoresOf(failures, history.deploys, end)) {
    const week = restore.restoredBy ? weekOf(restore.restoredBy.finishedAt as number) : undefined;
    if (week) week.restores += 1;
  }
  return weeks;
}

/** The four rows. Each says how it was computed and over which window; no data never passes. */
export function deliveryRows(history: DeliveryHistory, targets: DeliveryTargets, environment: string): MetricRow[] {
  const span = `${windowText(history.window)}${history.narrowed ? ` (${history.narrowed})` : ''}`;
  const deploys = finishedDeploys(history);
  const live = deploys.filter((deploy) => deploy.outcome === 'success');
  const weeks = (history.window.end - history.window.start) / WEEK_MS;
  const failures = deploys.filter((deploy) => isFailedChange(deploy, history.deploys));
  const rows: MetricRow[] = [];

  const perWeek = weeks > 0 ? live.length / weeks : 0;
  rows.push({
    metric: 'Deployment frequency',
    verdict: deploys.length === 0 ? 'no data' : perWeek >= targets.minDeploysPerWeek ? 'pass' : 'fail',
    figure: deploys.length === 0 ? 'no data' : `${floorText(perWeek)} per week`,
    target: `≥ ${targets.minDeploysPerWeek} per week`,
    how:
      deploys.length === 0
        ? `No forward deployment to ${environment} finished in the ${span}.`
        : `${counted(live.length, 'deploy')} to ${environment} went live in ${floorText(weeks, 2)} weeks, the ${span}.`,
  });

  rows.push({
    metric: 'Change failure rate',
    verdict: deploys.length === 0 ? 'no data' : failures.length * 100 <= targets.maxChangeFailureRate * deploys.length ? 'pass' : 'fail',
    figure: deploys.length === 0 ? 'no data' : `${ceilText((failures.length * 100) / deploys.length, 1)} %`,
    target: `≤ ${targets.maxChangeFailureRate} %`,
    how:
      deploys.length === 0
        ? `No forward deployment to ${environment} finished in the ${span}.`
        : `${failures.length} of ${counted(deploys.length, 'deploy')} to ${environment} in the ${span} failed their checks or were rolled back.`,
  });

  const leads = leadTimes(history);
  const leadMedian = leads.length ? median(leads.map((lead) => lead.ms)) : 0;
  rows.push({
    metric: 'Lead time for changes',
    verdict: leads.length === 0 ? 'no data' : leadMedian <= targets.maxLeadTimeMs ? 'pass' : 'fail',
    figure: leads.length === 0 ? 'no data' : `${durationText(leadMedian)} (median)`,
    target: `≤ ${durationText(targets.maxLeadTimeMs)}`,
    how:
      leads.length === 0
        ? `No commit of the ${history.commits.length} newest on the default branch reached ${environment} in the ${span}.`
        : `Commit time to the deploy that first brought it to ${environment} live, for ${counted(leads.length, 'commit')} in the ${span}; longest ${durationText(Math.max(...leads.map((lead) => lead.ms)))}.`,
  });

  const restores = restoresOf(failures, history.deploys, history.window.end);
  const worst = restores.reduce<Restore | undefined>((longest, restore) => (!longest || restore.durationMs > longest.durationMs ? restore : longest), undefined);
  const open = restores.filter((restore) => !restore.restoredBy).length;
  rows.push({
    metric: 'Time to restore',
    verdict: !worst ? 'no data' : worst.durationMs <= targets.maxRestoreMs && open === 0 ? 'pass' : 'fail',
    figure: !worst ? 'no data' : `${durationText(worst.durationMs)} (longest)`,
    target: `≤ ${durationText(targets.maxRestoreMs)}`,
    how: !worst
      ? `No failed change in ${environment} in the ${span}, so no restore to time.`
      : `From the failed deploy's start to the next deploy of another commit live, for ${counted(restores.length, 'failed change')} in the ${span}; median ${durationText(median(restores.map((restore) => restore.durationMs)))}${open ? `; ${open} not restored yet` : ''}.`,
  });
  return rows;
}

/** Week labels for the chart ("Nov 6"): the first day of each week. */
export const weekLabel = (week: Week): string => dayText(week.start);

/** Whole days in a window, for inputs given in days. */
export const daysToMs = (days: number): number => days * DAY_MS;
