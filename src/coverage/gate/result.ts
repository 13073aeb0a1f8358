import type { RepoRef } from '../../lib/repo.js';
import type { FileTotals } from '../model.js';
import type { Ratio } from '../ratio.js';
import type { PatchCoverage, PatchFile } from './patch.js';
import type { GateReport } from './render.js';

/**
 * The machine-readable result of a run (coverage-gate-result.json beside the markdown report):
 * numbers and repository paths only. A pull request from a fork cannot post its verdict (its
 * token is read-only); a `workflow_run` follow-up with write permission downloads this file as
 * an artifact, validates it with parseResultFile (it came from untrusted code: every field is
 * checked, nothing in it is markdown or a command) and publishes a verdict it recomputes with
 * its own thresholds. See docs/coverage-gate.md.
 */
export const RESULT_SCHEMA = 'shipgate/coverage-gate-result';
export const RESULT_VERSION = 1;
export const RESULT_FILE = 'coverage-gate-result.json';

type Pair = [number, number];

export interface ResultFile {
  schema: typeof RESULT_SCHEMA;
  version: typeof RESULT_VERSION;
  repository: string;
  checkName: string;
  pullNumber: number | null;
  headSha: string;
  baseSha: string | null;
  passed: boolean;
  testExitCode: number | null;
  lines: Pair;
  branches: Pair;
  /** [path, lines covered, lines total, branches covered, branches total] */
  files: Array<[string, number, number, number, number]>;
  patch: null | {
    lines: Pair;
    ignored: number;
    files: Array<{ path: string; inReport: boolean; lines: Pair; uncovered: Pair[] }>;
  };
}

const pair = (ratio: Ratio): Pair => [ratio.covered, ratio.total];

export function buildResultFile(report: GateReport, repo: RepoRef, files: readonly FileTotals[], baseSha: string | undefined): ResultFile {
  const patch = report.figures.patch;
  return {
    schema: RESULT_SCHEMA,
    version: RESULT_VERSION,
    repository: `${repo.owner}/${repo.repo}`,
    checkName: report.checkName,
    pullNumber: report.pullNumber ?? null,
    headSha: report.sha ?? '',
    baseSha: baseSha || null,
    passed: report.verdict.passed && (report.testCommand?.exitCode ?? 0) === 0,
    testExitCode: report.testCommand ? report.testCommand.exitCode : null,
    lines: pair(report.figures.lines),
    branches: pair(report.figures.branches),
    files: files.map((file) => [file.path, file.lines.covered, file.lines.total, file.branches.covered, file.branches.total]),
    patch: patch
      ? {
          lines: pair(patch.lines),
          ignored: patch.ignored.length,
          files: patch.files.map((file) => ({ path: file.path, inReport: file.inReport, lines: pair(file.lines), uncovered: file.ranges.map((range): Pair => [range.start, range.end]) })),
        }
      : null,
  };
}

export class ResultFileError extends Error {
  override name = 'ResultFileError';
}

const MAX_FILES = 1_000_000;
const SHA = /^[0-9a-f]{40}$/;

function fail(what: string): never {
  throw new ResultFileError(what);
}

function count(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) fail(`${what} must be a whole number of at least 0`);
  return value;
}

function ratioOf(value: unknown, what: string): Pair {
  if (!Array.isArray(value) || value.length !== 2) fail(`${what} must be [covered, total]`);
  const covered = count(value[0], `${what}[0]`);
  const total = count(value[1], `${what}[1]`);
  if (covered > total) fail(`${what} covers more than its total`);
  return [covered, total];
}

/** A repository path: relative, no "..", no control characters, of sane length. */
export function isSafeRepoPath(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length > 0 &&
    value.length <= 4096 &&
    !value.startsWith('/') &&
    ![...value].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f) &&
    !value.split('/').some((segment) => segment === '..' || segment === '')
  );
}

function keysOnly(value: unknown, keys: readonly string[], what: string): Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) fail(`${what} must be an object`);
  const extra = Object.keys(value).filter((key) => !keys.includes(key));
  if (extra.length > 0) fail(`${what} has unknown fields: ${extra.slice(0, 3).join(', ')}`);
  return value as Record<string, unknown>;
}

/**
 * Validate a result file that came from an untrusted run. Throws ResultFileError naming the
 * first problem. `expect` pins what the trusted side already knows (the run's head sha).
 */
export function parseResultFile(text: string, expect: { headSha: string; repository?: string }): ResultFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    fail(`not JSON (${(error as Error).message})`);
  }
  const top = keysOnly(
    data,
    ['schema', 'version', 'repository', 'checkName', 'pullNumber', 'headSha', 'baseSha', 'passed', 'testExitCode', 'lines', 'branches', 'files', 'patch'],
    'the result',
  );
  if (top.schema !== RESULT_SCHEMA || top.version !== RESULT_VERSION) fail(`schema must be ${RESULT_SCHEMA} version ${RESULT_VERSION}`);
  if (typeof top.headSha !== 'string' || !SHA.test(top.headSha)) fail('headSha must be a commit sha');
  if (top.headSha !== expect.headSha) fail(`headSha ${top.headSha} is not the commit of the run that made it (${expect.headSha})`);
  if (top.baseSha !== null && (typeof top.baseSha !== 'string' || !SHA.test(top.baseSha))) fail('baseSha must be a commit sha or null');
  if (typeof top.repository !== 'string' || !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(top.repository)) fail('repository must be owner/name');
  if (expect.repository && top.repository.toLowerCase() !== expect.repository.toLowerCase()) fail(`repository must be ${expect.repository}`);
  if (typeof top.checkName !== 'string' || !/^[A-Za-z0-9 ._/()-]{1,100}$/.test(top.checkName)) fail('checkName must be a short plain name');
  if (top.pullNumber !== null && (count(top.pullNumber, 'pullNumber') === 0)) fail('pullNumber must be positive');
  if (typeof top.passed !== 'boolean') fail('passed must be true or false');
  if (top.testExitCode !== null) count(top.testExitCode, 'testExitCode');
  const lines = ratioOf(top.lines, 'lines');
  const branches = ratioOf(top.branches, 'branches');
  if (!Array.isArray(top.files) || top.files.length > MAX_FILES) fail('files must be a list');
  const seen = new Set<string>();
  const files = top.files.map((entry, index): [string, number, number, number, number] => {
    if (!Array.isArray(entry) || entry.length !== 5 || !isSafeRepoPath(entry[0])) fail(`files[${index}] must be [path, lc, lt, bc, bt] with a repository path`);
    if (seen.has(entry[0])) fail(`files[${index}] repeats ${entry[0]}`);
    seen.add(entry[0]);
    const [lc, lt] = ratioOf(entry.slice(1, 3), `files[${index}] lines`);
    const [bc, bt] = ratioOf(entry.slice(3, 5), `files[${index}] branches`);
    return [entry[0], lc, lt, bc, bt];
  });
  const sum = files.reduce((total, file) => [total[0] + file[1], total[1] + file[2]], [0, 0]);
  if (sum[0] !== lines[0] || sum[1] !== lines[1]) fail('lines must be the sum of the files');
  let patch: ResultFile['patch'] = null;
  if (top.patch !== null) {
    const raw = keysOnly(top.patch, ['lines', 'ignored', 'files'], 'patch');
    if (!Array.isArray(raw.files) || raw.files.length > MAX_FILES) fail('patch.files must be a list');
    const patchFiles = raw.files.map((entry, index) => {
      const file = keysOnly(entry, ['path', 'inReport', 'lines', 'uncovered'], `patch.files[${index}]`);
      if (!isSafeRepoPath(file.path)) fail(`patch.files[${index}].path must be a repository path`);
      if (typeof file.inReport !== 'boolean') fail(`patch.files[${index}].inReport must be true or false`);
      const fileLines = ratioOf(file.lines, `patch.files[${index}].lines`);
      if (!Array.isArray(file.uncovered)) fail(`patch.files[${index}].uncovered must be a list`);
      const uncovered = file.uncovered.map((range, at): Pair => {
        const what = `patch.files[${index}].uncovered[${at}]`;
        if (!Array.isArray(range) || range.length !== 2) fail(`${what} must be [start, end] lines`);
        const [start, end] = [count(range[0], what), count(range[1], what)];
        if (start < 1 || end < start) fail(`${what} must be [start, end] lines with 1 <= start <= end`);
        return [start, end];
      });
      return { path: file.path, inReport: file.inReport, lines: fileLines, uncovered };
    });
    patch = { lines: ratioOf(raw.lines, 'patch.lines'), ignored: count(raw.ignored, 'patch.ignored'), files: patchFiles };
  }
  return {
    schema: RESULT_SCHEMA,
    version: RESULT_VERSION,
    repository: top.repository,
    checkName: top.checkName,
    pullNumber: top.pullNumber as number | null,
    headSha: top.headSha,
    baseSha: top.baseSha,
    passed: top.passed,
    testExitCode: top.testExitCode as number | null,
    lines,
    branches,
    files,
    patch,
  };
}

/** The patch coverage a validated result describes (ranges expanded back to lines). */
export function patchFromResult(result: ResultFile): PatchCoverage | undefined {
  if (!result.patch) return undefined;
  const files: PatchFile[] = result.patch.files.map((file) => ({
    path: file.path,
    status: 'modified',
    inReport: file.inReport,
    lines: { covered: file.lines[0], total: file.lines[1] },
    uncovered: [],
    ranges: file.uncovered.map(([start, end]) => ({ start, end })),
  }));
  return { files, lines: { covered: result.patch.lines[0], total: result.patch.lines[1] }, ignored: [] };
}

/** The per-file figures a validated result describes. */
export function filesFromResult(result: ResultFile): FileTotals[] {
  return result.files.map(([path, lc, lt, bc, bt]) => ({ path, lines: { covered: lc, total: lt }, branches: { covered: bc, total: bt } }));
}
