import { meetsMinimum, type Ratio } from '../coverage/ratio.js';
import { formatCount, percentText } from '../coverage/gate/figures.js';
import { durationText, isoDay } from './format.js';
import type { DeployRecord } from './history.js';
import type { MetricRow } from './row.js';

/** The rows from shipgate's own records: coverage, a tested restore, approval on production. */

export type CoverageFinding =
  | { found: true; sha: string; recordedAt: string; lines: Ratio; checkName: string; branch: string; distance: number }
  | { found: false; reason: string };

/** Current line coverage of the default branch: its newest commit with a coverage-gate snapshot. */
export function coverageRow(finding: CoverageFinding, minCoverage: number): MetricRow {
  const target = `≥ ${minCoverage} %`;
  if (!finding.found) return { metric: 'Test coverage', verdict: 'no data', figure: 'no data', target, how: `No coverage figure: ${finding.reason}.` };
  const { lines } = finding;
  const where = finding.distance === 0 ? `the head of ${finding.branch}` : `${finding.branch}, ${finding.distance} ${finding.distance === 1 ? 'commit' : 'commits'} behind its head`;
  return {
    metric: 'Test coverage',
    verdict: lines.total === 0 ? 'no data' : meetsMinimum(lines, minCoverage) ? 'pass' : 'fail',
    figure: lines.total === 0 ? 'no data' : `${percentText(lines)} of lines`,
    target,
    how: `${formatCount(lines.covered)} of ${formatCount(lines.total)} lines covered at ${finding.sha.slice(0, 7)} (${where}), recorded by the coverage gate ("${finding.checkName}") on ${isoDay(Date.parse(finding.recordedAt) || 0)}.`,
  };
}

/**
 * The newest finished rollback (a rehearsal on staging or a real one) is the latest evidence that
 * a restore works and how long it takes: from its deployment's creation to its verified success.
 */
export function restoreTestRow(rollbacks: readonly DeployRecord[], maxRestoreMs: number, environments: readonly string[]): MetricRow {
  const target = `≤ ${durationText(maxRestoreMs)}`;
  const finished = rollbacks
    .filter((deploy) => deploy.mode === 'rollback' && deploy.outcome !== undefined && deploy.finishedAt !== undefined)
    .sort((a, b) => (b.finishedAt as number) - (a.finishedAt as number));
  const last = finished[0];
  if (!last) {
    return {
      metric: 'Tested restore',
      verdict: 'no data',
      figure: 'no data',
      target,
      how: `No rollback (rehearsed or real) was found among the newest deployments of ${environments.join(' and ')}: a restore that was never tried is not counted as working.`,
    };
  }
  const ms = (last.finishedAt as number) - last.createdAt;
  const what = `The last rollback, in ${last.environment} on ${isoDay(last.createdAt)} (deployment ${last.id}${last.version ? `, to ${last.version}` : ''})`;
  if (last.outcome !== 'success') {
    return { metric: 'Tested restore', verdict: 'fail', figure: `failed after ${durationText(ms)}`, target, how: `${what}, ended with ${last.outcome}.` };
  }
  return {
    metric: 'Tested restore',
    verdict: ms <= maxRestoreMs ? 'pass' : 'fail',
    figure: durationText(ms),
    target,
    how: `${what}: from its start to its verified success.`,
  };
}

/** The part of GET /environments/{name} the approval row reads. */
export interface EnvironmentRules {
  protection_rules?: Array<{ type: string; reviewers?: unknown[]; prevent_self_review?: boolean; wait_timer?: number }>;
}

/** Is production behind a human approval? Required reviewers on the GitHub environment. */
export function approvalRow(environment: string, rules: EnvironmentRules | undefined, forbidden?: string): MetricRow {
  const target = 'required reviewers';
  if (forbidden) return { metric: 'Approval before production', verdict: 'no data', figure: 'no data', target, how: `Not known: ${forbidden}.` };
  if (!rules) {
    return {
      metric: 'Approval before production',
      verdict: 'fail',
      figure: 'no environment',
      target,
      how: `The environment "${environment}" does not exist, so nothing protects it (GitHub creates it on first use without rules).`,
    };
  }
  const reviewers = (rules.protection_rules ?? []).find((rule) => rule.type === 'required_reviewers');
  const count = reviewers?.reviewers?.length ?? 0;
  if (!reviewers || count === 0) {
    return { metric: 'Approval before production', verdict: 'fail', figure: 'none', target, how: `The environment "${environment}" has no required reviewers.` };
  }
  const wait = (rules.protection_rules ?? []).find((rule) => rule.type === 'wait_timer')?.wait_timer;
  return {
    metric: 'Approval before production',
    verdict: 'pass',
    figure: `${count} ${count === 1 ? 'reviewer' : 'reviewers'}`,
    target,
    how: `The environment "${environment}" requires a review (${reviewers.prevent_self_review ? 'self-review prevented' : 'self-review allowed'}${wait ? `, wait timer ${wait} min` : ''}).`,
  };
}
