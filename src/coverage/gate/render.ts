import { shortSha } from '../../lib/sha.js';
import type { Ratio } from '../ratio.js';
import { deltaText, formatCount, percentText } from './figures.js';
import { rangesText } from './ranges.js';
import type { FileDelta } from './snapshot.js';
import { code } from './text.js';
import { plural } from '../../lib/plural.js';
import { markdownText } from '../../lib/markdown.js';
import type { Check, GateFigures, Verdict } from './verdict.js';

/**
 * Markdown for the step summary, the check run, the sticky comment and the report file. Each
 * is the verdict (always whole: every check with its arithmetic) followed by a per-file table
 * that is shortened to fit the place it goes (GitHub refuses comments over 65,536 characters
 * and check-run summaries or texts over 65,535): rows are dropped from the end, least
 * important first, and a last line says how many were left out.
 */
export interface GateReport {
  checkName: string;
  verdict: Verdict;
  figures: GateFigures;
  /** Files with their current figures (after exclude), for the table. */
  fileLines: ReadonlyMap<string, Ratio>;
  /** The test command's outcome when one ran. */
  testCommand?: { command: string; exitCode: number };
  /** Lines about how the figures were found, or what was not done and why. */
  notes: string[];
  pullNumber?: number;
  /** The commit the verdict is about (the pull request's head). */
  sha?: string;
  runUrl?: string;
}

/** Passed only when every threshold held and the test command (if any) succeeded. */
export const reportPassed = (report: GateReport): boolean => report.verdict.passed && (report.testCommand?.exitCode ?? 0) === 0;

const ICON: Record<Check['status'], string> = { pass: '✅', fail: '❌', skip: '⚠️', info: 'ℹ️' };

export function renderTitle(report: GateReport): string {
  const parts = [`lines ${percentOrDash(report.figures.lines)}`];
  if (report.figures.branches.total > 0) parts.push(`branches ${percentOrDash(report.figures.branches)}`);
  if (report.figures.patch && report.figures.patch.lines.total > 0) parts.push(`patch ${percentOrDash(report.figures.patch.lines)}`);
  const base = report.figures.base?.snapshot.lines;
  if (base && base.total > 0 && report.figures.lines.total > 0) parts.push(`${deltaText(base, report.figures.lines)} vs base`);
  const failed = report.verdict.checks.filter((check) => check.status === 'fail').length;
  const testFailed = (report.testCommand?.exitCode ?? 0) !== 0;
  const outcome = reportPassed(report)
    ? 'Passed'
    : `Failed (${[failed > 0 ? `${failed} ${plural(failed, 'threshold')}` : '', testFailed ? 'test command' : ''].filter(Boolean).join(' and ')})`;
  return `${outcome}: ${parts.join(', ')}`;
}

const percentOrDash = (ratio: Ratio): string => (ratio.total > 0 ? percentText(ratio) : '—');

function figuresTable(figures: GateFigures): string {
  const base = figures.base?.snapshot;
  const rows = [['Lines', figures.lines, base?.lines] as const, ['Branches', figures.branches, base?.branches] as const];
  const lines = ['| | Coverage | Covered | Base | Change |', '|---|---:|---:|---:|---:|'];
  for (const [name, ratio, before] of rows) {
    if (name === 'Branches' && ratio.total === 0 && !before?.total) continue;
    const change = before && before.total > 0 && ratio.total > 0 ? `${deltaText(before, ratio)} pts` : '';
    lines.push(`| ${name} | ${percentOrDash(ratio)} | ${formatCount(ratio.covered)} / ${formatCount(ratio.total)} | ${before && before.total > 0 ? percentText(before) : '—'} | ${change} |`);
  }
  const patch = figures.patch?.lines;
  if (patch) lines.push(`| Patch | ${percentOrDash(patch)} | ${formatCount(patch.covered)} / ${formatCount(patch.total)} | | |`);
  return lines.join('\n');
}

/** The verdict: outcome, figures, every check with its arithmetic, the test command, the notes. */
export function renderVerdict(report: GateReport, heading = '###'): string {
  const out: string[] = [];
  const where = report.pullNumber ? ` for #${report.pullNumber}` : report.sha ? ` for ${shortSha(report.sha)}` : '';
  out.push(`${heading} ${reportPassed(report) ? '✅' : '❌'} ${report.checkName}: coverage gate ${reportPassed(report) ? 'passed' : 'failed'}${where}`, '');
  out.push(figuresTable(report.figures), '');
  for (const check of report.verdict.checks) out.push(`- ${ICON[check.status]} ${check.message}`);
  if (report.testCommand) {
    const { command, exitCode } = report.testCommand;
    const shown = command.length > 200 ? `${command.slice(0, 197)}...` : command;
    out.push(exitCode === 0 ? `- ✅ The test command succeeded: ${code(shown)}.` : `- ❌ The test command failed with exit code ${exitCode}: ${code(shown)}.`);
  }
  if (report.figures.base) {
    const at = report.figures.base.snapshot.recordedAt ? `, recorded ${report.figures.base.snapshot.recordedAt}` : '';
    out.push('', `Base: the snapshot of ${report.figures.base.label}${at}.`);
  }
  if (report.notes.length > 0) out.push('', ...report.notes.map((note) => `> ${note}`));
  return out.join('\n');
}

interface Table {
  title: string;
  header: string;
  rows: string[];
}

/** The per-file table: the changed files of a pull request, or the files that changed since the base. */
export function fileTable(report: GateReport): Table | undefined {
  const deltas = new Map<string, FileDelta>(report.verdict.deltas.map((delta) => [delta.path, delta]));
  const patch = report.figures.patch;
  if (patch) {
    const changed = new Set(patch.files.map((file) => file.path));
    // Files the pull request did not touch but whose coverage moved (tests removed, code paths
    // no longer run) follow the changed files: they are often what is behind a drop.
    const moved = report.verdict.deltas.filter((delta) => !changed.has(delta.path));
    if (patch.files.length === 0 && moved.length === 0) return undefined;
    const rows = patch.files.map((file) => {
      const current = report.fileLines.get(file.path);
      const coverage = file.inReport && current ? `${percentText(current)} (${formatCount(current.covered)}/${formatCount(current.total)})` : 'not in report';
      const delta = deltas.get(file.path);
      const versus = delta ? baseChange(delta) : report.figures.base ? '—' : '';
      const lines = `${formatCount(file.lines.covered)} of ${formatCount(file.lines.total)}`;
      return `| ${code(file.path)} | ${coverage} | ${versus} | ${lines} | ${markdownText(rangesText(file.ranges))} |`;
    });
    for (const delta of moved) {
      const current = delta.current?.lines;
      const coverage = current ? `${percentText(current)} (${formatCount(current.covered)}/${formatCount(current.total)})` : 'removed';
      rows.push(`| ${code(delta.path)} | ${coverage} | ${baseChange(delta)} | not changed | |`);
    }
    return {
      title: 'Changed files',
      header: '| File | Coverage | Covered lines vs base | Changed lines covered | Not covered (changed lines) |\n|---|---:|---:|---:|---|',
      rows,
    };
  }
  if (report.verdict.deltas.length === 0) return undefined;
  const rows = report.verdict.deltas.map((delta) => {
    const current = delta.current?.lines;
    const coverage = current ? `${percentText(current)} (${formatCount(current.covered)}/${formatCount(current.total)})` : 'removed';
    const sign = delta.points < 0 ? '-' : '+';
    return `| ${code(delta.path)} | ${coverage} | ${baseChange(delta)} | ${sign}${Math.abs(delta.points).toFixed(2)} |`;
  });
  return { title: 'Files changed since the base', header: '| File | Coverage | Covered lines vs base | Share of the change (pts) |\n|---|---:|---:|---:|', rows };
}

function baseChange(delta: FileDelta): string {
  const before = delta.base?.lines;
  const after = delta.current?.lines;
  if (!before) return 'new';
  if (!after) return `removed (${formatCount(before.covered)}/${formatCount(before.total)})`;
  return `${formatCount(before.covered)}/${formatCount(before.total)} → ${formatCount(after.covered)}/${formatCount(after.total)}`;
}

/**
 * The verdict followed by as many table rows as fit in `limit` characters. The verdict itself is
 * never cut (its lists are capped where they are made, so it stays a few kilobytes).
 */
export function renderFitted(head: string, table: Table | undefined, limit: number, footer = ''): string {
  const tail = footer ? `\n\n${footer}` : '';
  if (!table) return `${head}${tail}`;
  const top = `${head}\n\n#### ${table.title}\n\n${table.header}`;
  const rows: string[] = [];
  // Room for the "omitted" line, whatever its numbers.
  const reserve = 200 + tail.length;
  let length = top.length;
  for (const row of table.rows) {
    if (length + 1 + row.length + reserve > limit) break;
    rows.push(row);
    length += 1 + row.length;
  }
  const omitted = table.rows.length - rows.length;
  const note = omitted > 0
    ? `\n\n_${formatCount(omitted)} more ${plural(omitted, 'file')} not shown here (${formatCount(table.rows.length)} in all); the job summary and the report file have more._`
    : '';
  const text = `${top}${rows.length > 0 ? `\n${rows.join('\n')}` : ''}${note}${tail}`;
  return text.length <= limit ? text : `${head}${tail}`.slice(0, limit);
}

/** GitHub's limits: comments and check-run texts count characters, a job summary counts bytes (1 MiB). */
export const COMMENT_LIMIT = 65_536;
export const CHECK_TEXT_LIMIT = 65_535;
export const SUMMARY_LIMIT = 1_000_000;

export function stickyMarker(checkName: string): string {
  return `<!-- shipgate:coverage-gate:${checkName.replace(/--+/g, '-').replace(/>/g, '')} -->`;
}

export function renderComment(report: GateReport, limit = COMMENT_LIMIT): string {
  const marker = stickyMarker(report.checkName);
  const footer = report.runUrl ? `<sub>[Workflow run](${report.runUrl}) · updated on each push · shipgate coverage-gate</sub>` : '';
  return `${marker}\n${renderFitted(renderVerdict(report, '###'), fileTable(report), limit - marker.length - 1, footer)}`;
}

export interface CheckOutput {
  title: string;
  summary: string;
  text: string;
}

export function renderCheckOutput(report: GateReport): CheckOutput {
  const table = fileTable(report);
  return {
    title: renderTitle(report),
    summary: renderFitted(renderVerdict(report, '###'), undefined, CHECK_TEXT_LIMIT),
    text: table ? renderFitted('', table, CHECK_TEXT_LIMIT).replace(/^\n\n/, '') : '',
  };
}

/** The job summary, at most `limit` UTF-8 bytes (non-ASCII paths take more bytes than characters). */
export function renderSummary(report: GateReport, limit = SUMMARY_LIMIT): string {
  let characters = limit;
  for (;;) {
    const text = `${renderFitted(renderVerdict(report, '##'), fileTable(report), characters)}\n`;
    const bytes = Buffer.byteLength(text);
    if (bytes <= limit || characters <= 1) return text;
    characters = Math.max(1, Math.floor((characters * limit) / bytes) - 64);
  }
}

/** The report file: everything, nothing shortened (it is an artifact, not a GitHub field). */
export function renderReportFile(report: GateReport): string {
  return `${renderFitted(renderVerdict(report, '#'), fileTable(report), Number.MAX_SAFE_INTEGER)}\n`;
}
