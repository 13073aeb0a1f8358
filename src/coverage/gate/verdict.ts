import type { FileTotals } from '../model.js';
import { compareDrop, meetsMinimum, type Ratio } from '../ratio.js';
import { deltaText, dropText, formatCount, missingToMeet, percentText } from './figures.js';
import type { PatchCoverage } from './patch.js';
import { fileDeltas, type FileDelta, type FileFigures, type Snapshot } from './snapshot.js';
import { code, listText } from './text.js';
import { plural } from '../../lib/plural.js';

/**
 * The verdict: every configured threshold checked on exact ratios, each with a sentence that
 * shows its arithmetic ("Line coverage 68.42 % (1,300 of 1,900 lines) is below the minimum of
 * 70 %: 30 more covered lines are needed.").
 */
export interface Thresholds {
  minCoverage: number;
  minBranchCoverage?: number;
  minFileCoverage?: number;
  minPatchCoverage?: number;
  maxCoverageDrop?: number;
}

export interface Baseline {
  snapshot: Snapshot;
  /** Where the base figures come from, for sentences: "main (abc1234)". */
  label: string;
}

export interface GateFigures {
  lines: Ratio;
  branches: Ratio;
  /** Per file, after exclude. */
  files: readonly FileTotals[];
  /** Undefined outside pull requests. */
  patch?: PatchCoverage;
  /** Why there is no patch coverage (not a pull request, ...). */
  patchMissingReason?: string;
  base?: Baseline;
  /** Why there is no baseline. */
  baseMissingReason?: string;
}

export type CheckId = 'lines' | 'branches' | 'files' | 'patch' | 'drop';
/** info: a figure reported without a threshold; skip: a threshold that could not be checked. */
export type CheckStatus = 'pass' | 'fail' | 'skip' | 'info';

export interface Check {
  id: CheckId;
  status: CheckStatus;
  message: string;
}

export interface Verdict {
  passed: boolean;
  checks: Check[];
  /** Per-file changes from the base, largest drop first (empty without a baseline). */
  deltas: FileDelta[];
}

const MAX_LISTED = 10;

export function decideVerdict(figures: GateFigures, thresholds: Thresholds): Verdict {
  const checks: Check[] = [linesCheck(figures.lines, thresholds.minCoverage)];
  if (thresholds.minBranchCoverage !== undefined) checks.push(branchesCheck(figures.branches, thresholds.minBranchCoverage));
  if (thresholds.minFileCoverage !== undefined) checks.push(filesCheck(figures.files, thresholds.minFileCoverage));
  const patch = patchCheck(figures, thresholds.minPatchCoverage);
  if (patch) checks.push(patch);
  let deltas: FileDelta[] = [];
  if (figures.base) {
    const current = new Map<string, FileFigures>(figures.files.map((file) => [file.path, { lines: file.lines, branches: file.branches }]));
    deltas = fileDeltas(figures.base.snapshot, current, figures.lines);
  }
  const drop = dropCheck(figures, deltas, thresholds.maxCoverageDrop);
  if (drop) checks.push(drop);
  return { passed: checks.every((check) => check.status !== 'fail'), checks, deltas };
}

function minimumSentence(what: string, ratio: Ratio, unit: string, minimum: number, needed: string): { ok: boolean; message: string } {
  const figure = `${what} ${percentText(ratio)} (${formatCount(ratio.covered)} of ${formatCount(ratio.total)} ${unit})`;
  if (meetsMinimum(ratio, minimum)) return { ok: true, message: `${figure} meets the minimum of ${minimum} %.` };
  const missing = missingToMeet(ratio, minimum);
  return { ok: false, message: `${figure} is below the minimum of ${minimum} %: ${formatCount(missing)} more ${needed}.` };
}

function linesCheck(lines: Ratio, minimum: number): Check {
  if (lines.total === 0) {
    const ok = minimum === 0;
    return {
      id: 'lines',
      status: ok ? 'pass' : 'fail',
      message: `The reports record no executable lines (after exclude), so line coverage cannot meet the minimum of ${minimum} %.`,
    };
  }
  const { ok, message } = minimumSentence('Line coverage', lines, 'lines', minimum, `covered ${plural(missingToMeet(lines, minimum), 'line is', 'lines are')} needed`);
  return { id: 'lines', status: ok ? 'pass' : 'fail', message };
}

function branchesCheck(branches: Ratio, minimum: number): Check {
  if (branches.total === 0) {
    return {
      id: 'branches',
      status: minimum === 0 ? 'pass' : 'fail',
      message: `Branch coverage cannot be checked against the minimum of ${minimum} %: the reports record no branches (set min-branch-coverage only for reports that carry branch data).`,
    };
  }
  const { ok, message } = minimumSentence('Branch coverage', branches, 'branches', minimum, `covered ${plural(missingToMeet(branches, minimum), 'branch is', 'branches are')} needed`);
  return { id: 'branches', status: ok ? 'pass' : 'fail', message };
}

const fileFigure = (file: FileTotals): string =>
  `${code(file.path)} ${percentText(file.lines)} (${formatCount(file.lines.covered)} of ${formatCount(file.lines.total)} lines)`;

function filesCheck(files: readonly FileTotals[], minimum: number): Check {
  const measured = files.filter((file) => file.lines.total > 0);
  if (measured.length === 0) {
    return { id: 'files', status: 'pass', message: `No file has executable lines, so every file meets the minimum file coverage of ${minimum} %.` };
  }
  const byCoverage = (a: FileTotals, b: FileTotals) =>
    a.lines.covered * b.lines.total - b.lines.covered * a.lines.total || (a.path < b.path ? -1 : 1);
  const failing = measured.filter((file) => !meetsMinimum(file.lines, minimum)).sort(byCoverage);
  if (failing.length === 0) {
    const lowest = [...measured].sort(byCoverage)[0];
    return {
      id: 'files',
      status: 'pass',
      message: `All ${formatCount(measured.length)} ${plural(measured.length, 'file meets', 'files meet')} the minimum file coverage of ${minimum} % (lowest: ${fileFigure(lowest)}).`,
    };
  }
  return {
    id: 'files',
    status: 'fail',
    message:
      `${formatCount(failing.length)} of ${formatCount(measured.length)} ${plural(measured.length, 'file is', 'files are')} below the minimum file coverage of ${minimum} %: ` +
      `${listText(failing.map(fileFigure), MAX_LISTED)}.`,
  };
}

function patchCheck(figures: GateFigures, minimum: number | undefined): Check | undefined {
  const patch = figures.patch;
  if (!patch) {
    if (minimum === undefined) return undefined;
    return { id: 'patch', status: 'skip', message: `Patch coverage was not checked: ${figures.patchMissingReason ?? 'this run is not for a pull request'}.` };
  }
  const missing = patch.files.filter((file) => !file.inReport);
  const missingNote =
    missing.length > 0
      ? ` ${listText(missing.map((file) => `${code(file.path)} (${formatCount(file.lines.total)} ${plural(file.lines.total, 'line')})`), 5)} ` +
        `${missing.length === 1 ? 'is a changed source file missing from the report; it counts' : 'are changed source files missing from the report; they count'} as uncovered.`
      : '';
  if (patch.lines.total === 0) {
    const ignored = patch.ignored.length > 0 ? ` (${formatCount(patch.ignored.length)} changed ${plural(patch.ignored.length, 'file is', 'files are')} not source code and not counted)` : '';
    return { id: 'patch', status: minimum === undefined ? 'info' : 'pass', message: `No executable lines were added or changed${ignored}, so there is no patch coverage to check.` };
  }
  const what = `Patch coverage ${percentText(patch.lines)} (${formatCount(patch.lines.covered)} of ${formatCount(patch.lines.total)} changed lines)`;
  if (minimum === undefined) return { id: 'patch', status: 'info', message: `${what}.${missingNote}` };
  const { ok, message } = minimumSentence('Patch coverage', patch.lines, 'changed lines', minimum, `changed ${plural(missingToMeet(patch.lines, minimum), 'line needs', 'lines need')} tests`);
  return { id: 'patch', status: ok ? 'pass' : 'fail', message: `${message}${missingNote}` };
}

function signedPoints(points: number): string {
  const rounded = Math.abs(points) < 0.005 ? 0 : points;
  return `${rounded > 0 ? '+' : rounded < 0 ? '-' : '±'}${Math.abs(rounded).toFixed(2)} points`;
}

/** "`src/a.ts` lost 12 covered lines (52 → 40 of 60 lines, -0.63 points)" */
export function deltaSentence(delta: FileDelta): string {
  const path = code(delta.path);
  const points = signedPoints(delta.points);
  const before = delta.base?.lines;
  const after = delta.current?.lines;
  if (!after) return `${path} was removed (it had ${formatCount(before!.covered)} of ${formatCount(before!.total)} lines covered; ${points})`;
  if (!before) return `${path} is new with ${formatCount(after.covered)} of ${formatCount(after.total)} lines covered (${points})`;
  const change = before.total === after.total
    ? `${formatCount(before.covered)} → ${formatCount(after.covered)} of ${formatCount(after.total)} lines`
    : `${formatCount(before.covered)} of ${formatCount(before.total)} → ${formatCount(after.covered)} of ${formatCount(after.total)} lines`;
  const lost = before.covered - after.covered;
  if (lost > 0) return `${path} lost ${formatCount(lost)} covered ${plural(lost, 'line')} (${change}; ${points})`;
  const uncovered = after.total - after.covered - (before.total - before.covered);
  if (uncovered > 0) return `${path} gained ${formatCount(uncovered)} uncovered ${plural(uncovered, 'line')} (${change}; ${points})`;
  return `${path} changed (${change}; ${points})`;
}

function dropCheck(figures: GateFigures, deltas: FileDelta[], maxDrop: number | undefined): Check | undefined {
  const base = figures.base;
  if (!base || base.snapshot.lines.total === 0 || figures.lines.total === 0) {
    if (maxDrop === undefined) return undefined;
    const reason = base ? 'the base or this run has no executable lines' : (figures.baseMissingReason ?? 'no baseline was found');
    return { id: 'drop', status: 'skip', message: `The drop against the base was not checked: ${reason}.` };
  }
  const before = base.snapshot.lines;
  const now = figures.lines;
  const delta = deltaText(before, now);
  const from = `from ${percentText(before)} on ${base.label} to ${percentText(now)}`;
  const fell = delta.startsWith('-');
  const movement = fell ? `fell ${delta.slice(1)} points ${from}` : delta === '0.00' ? `held at ${percentText(now)} (${base.label}: ${percentText(before)})` : `rose ${delta.slice(1)} points ${from}`;
  const culprits = deltas.filter((entry) => entry.points < 0);
  const behind = culprits.length > 0 ? `; lines behind the drop: ${listText(culprits.map(deltaSentence), 5, '; ')}` : '';
  if (maxDrop === undefined) return { id: 'drop', status: 'info', message: `Line coverage ${movement}.` };
  const allowed = `${maxDrop} ${plural(maxDrop, 'point')}`;
  if (compareDrop(before, now, maxDrop) > 0) {
    return {
      id: 'drop',
      status: 'fail',
      message: `Line coverage fell ${dropText(before, now, maxDrop)} points ${from}, more than the allowed drop of ${allowed}${behind}.`,
    };
  }
  return { id: 'drop', status: 'pass', message: `Line coverage ${movement}, within the allowed drop of ${allowed}.` };
}
