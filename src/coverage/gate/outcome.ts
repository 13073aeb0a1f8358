import type { RepoRef } from '../../lib/repo.js';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { GitHub } from '../../github/client.js';
import type { FileTotals, ReportFormat } from '../model.js';
import { formatPercent } from '../ratio.js';
import type { GateEvent } from './event.js';
import { deltaText } from './figures.js';
import type { Annotation } from './publish.js';
import { renderReportFile, renderSummary, reportPassed, type GateReport } from './render.js';
import { buildResultFile, RESULT_FILE } from './result.js';
import type { Thresholds } from './verdict.js';

/** What a gate run is given and what it gives back, shared by the gate and its workflow_run follow-up. */
export interface GateSettings {
  reports: readonly string[];
  format: ReportFormat | 'auto';
  testCommand?: string;
  /** Absolute. */
  workingDirectory: string;
  exclude: readonly string[];
  thresholds: Thresholds;
  comment: boolean;
  annotations: boolean;
  checkName: string;
}

export interface GateEnvironment {
  repo: RepoRef;
  event: GateEvent;
  /** Without a token nothing is read from or written to GitHub. */
  github?: GitHub;
  /** Where the report files go (RUNNER_TEMP). */
  outputDirectory: string;
  runUrl?: string;
}

export interface GateOutcome {
  report: GateReport;
  passed: boolean;
  outputs: Record<'coverage' | 'branch-coverage' | 'patch-coverage' | 'base-coverage' | 'delta' | 'passed' | 'report', string>;
  summary: string;
  /** One sentence per failure, for the step's error; empty when it passed. */
  failures: string[];
  /** Annotations that could not go on a check run (a few are emitted as workflow commands). */
  unpublishedAnnotations: Annotation[];
  /** A GitHub request that failed for good while publishing (after the report was made). */
  publishError?: Error;
}

/** Report files, outputs and failure sentences of a decided report. */
export async function finishOutcome(
  report: GateReport,
  env: GateEnvironment,
  settings: GateSettings,
  files: readonly FileTotals[],
  baseSha: string | undefined,
  unpublishedAnnotations: Annotation[],
  publishError?: Error,
): Promise<GateOutcome> {
  const { figures, verdict, testCommand } = report;
  const passed = reportPassed(report);
  const reportPath = await writeReportFiles(report, env, settings, files, baseSha);
  const summary = renderSummary(report);
  const outputs = {
    coverage: formatPercent0(figures.lines),
    'branch-coverage': formatPercent0(figures.branches),
    'patch-coverage': figures.patch ? formatPercent0(figures.patch.lines) : '',
    'base-coverage': figures.base ? formatPercent0(figures.base.snapshot.lines) : '',
    delta: figures.base && figures.base.snapshot.lines.total > 0 && figures.lines.total > 0 ? deltaText(figures.base.snapshot.lines, figures.lines) : '',
    passed: String(passed),
    report: reportPath,
  };
  const failures = [
    ...(testCommand && testCommand.exitCode !== 0 ? [`The test command failed with exit code ${testCommand.exitCode}.`] : []),
    ...verdict.checks.filter((check) => check.status === 'fail').map((check) => check.message.replace(/`/g, '')),
  ];
  return { report, passed, outputs, summary, failures, unpublishedAnnotations, publishError };
}

const formatPercent0 = (ratio: { covered: number; total: number }): string => (ratio.total > 0 ? formatPercent(ratio) : '');

async function writeReportFiles(report: GateReport, env: GateEnvironment, settings: GateSettings, files: readonly FileTotals[], baseSha: string | undefined): Promise<string> {
  const folder = path.join(env.outputDirectory, `shipgate-coverage-gate-${settings.checkName.replace(/[^A-Za-z0-9._-]+/g, '_')}`);
  await mkdir(folder, { recursive: true });
  const reportPath = path.join(folder, 'coverage-gate-report.md');
  await writeFile(reportPath, renderReportFile(report));
  await writeFile(path.join(folder, RESULT_FILE), `${JSON.stringify(buildResultFile(report, env.repo, files, baseSha))}\n`);
  return reportPath;
}
