import type { FileCoverage } from '../model.js';
import type { Ratio } from '../ratio.js';
import type { FileDiff } from './diff.js';
import { groupRanges, type LineRange } from './ranges.js';

/**
 * Patch coverage: of the lines a pull request adds or changes, how many ran.
 *
 * - A changed file that is in the report counts only its executable changed lines (those with a
 *   per-line record); blank lines, comments and declarations are not code and are not counted.
 * - A changed SOURCE file missing from the report counts as uncovered: every non-blank added
 *   line is an uncovered line (never 100 %). See `SourcePolicy` for what counts as source.
 * - Other changed files (docs, configuration, tests, generated output) are listed as not counted.
 */
export interface PatchFile {
  path: string;
  status: FileDiff['status'];
  /** False when the file is a source file no report mentions (counted as uncovered). */
  inReport: boolean;
  lines: Ratio;
  uncovered: number[];
  /** Uncovered changed lines grouped for annotations. */
  ranges: LineRange[];
}

export interface PatchCoverage {
  files: PatchFile[];
  lines: Ratio;
  /** Changed files that are not counted (not source, excluded, tests), with the reason. */
  ignored: Array<{ path: string; reason: string }>;
}

export interface CoverageLookup {
  files: ReadonlyMap<string, FileCoverage>;
}

/**
 * What counts as a source file when it is missing from the report (a file in the report always
 * counts). A changed file counts when:
 * - its extension is one the reports cover (a report with .ts files makes a new .ts file source;
 *   a changed .md or .yml file never is);
 * - it sits in the scope of the gate: at the repository root (working-directory `.`), anywhere;
 *   otherwise under the working directory (packages/web: a change in packages/api is another
 *   package's, not counted), or, when no reported file lies under the working directory, under
 *   the deepest folder that holds all reported files (anywhere in it);
 * - within the repository or the working directory, it sits in a top-level folder that holds
 *   reported files (src/new.ts counts when src/ has reported files; eslint.config.js at the root
 *   does not unless root files are reported; with working-directory packages/web,
 *   packages/web/src/new.ts counts when packages/web/src/ has reported files);
 * - it is not excluded, not a test, not a type declaration, not generated or vendored output.
 */
export class SourcePolicy {
  private readonly extensions = new Set<string>();
  private readonly topFolders = new Set<string>();
  /** The folder (repository path, no trailing slash; '' = the whole repository) a missing file must be under. */
  readonly scope: string;
  /** Every folder of the scope counts (the scope is the reported files' own common folder). */
  private readonly anyFolder: boolean = false;

  /**
   * @param reported repository paths of the reported files
   * @param workingDirectory the working directory as a repository path ('' or '.' for the root)
   */
  constructor(
    reported: Iterable<string>,
    private readonly isExcluded: (path: string) => boolean = () => false,
    workingDirectory = '',
  ) {
    const paths = [...reported];
    const directory = workingDirectory.replace(/\\/g, '/').replace(/^(\.\/)+|\/+$/g, '');
    let scope = directory === '.' ? '' : directory;
    if (scope !== '' && !paths.some((path) => isUnder(path, scope))) {
      // Reports about files outside the working directory: their deepest common folder is the scope.
      scope = commonFolder(paths);
      this.anyFolder = scope !== '';
    }
    this.scope = scope;
    for (const path of paths) {
      const extension = extensionOf(path);
      if (extension) this.extensions.add(extension);
      if (isUnder(path, scope)) this.topFolders.add(topFolder(relativeTo(path, scope)));
    }
  }

  /** Why a file missing from the report does not count, or undefined when it counts as source. */
  whyNotSource(path: string): string | undefined {
    if (this.isExcluded(path)) return 'excluded';
    if (isTestPath(path)) return 'test';
    if (GENERATED.test(`/${path}`) || /\.d\.[cm]?ts$/.test(path) || /\.min\.[cm]?js$/.test(path)) return 'generated or vendored';
    const extension = extensionOf(path);
    if (!extension || !this.extensions.has(extension)) return 'not a source file type the reports cover';
    if (!isUnder(path, this.scope)) return this.anyFolder ? `outside the folder the reports cover (${this.scope}/)` : `outside the working directory (${this.scope}/)`;
    if (!this.anyFolder && !this.topFolders.has(topFolder(relativeTo(path, this.scope)))) return 'outside the folders the reports cover';
    return undefined;
  }
}

function isUnder(path: string, folder: string): boolean {
  return folder === '' || path.startsWith(`${folder}/`);
}

function relativeTo(path: string, folder: string): string {
  return folder === '' ? path : path.slice(folder.length + 1);
}

/** The deepest folder that holds every path ('' when they share none). */
function commonFolder(paths: readonly string[]): string {
  if (paths.length === 0) return '';
  let common = paths[0].split('/').slice(0, -1);
  for (const path of paths.slice(1)) {
    const parts = path.split('/').slice(0, -1);
    let n = 0;
    while (n < common.length && n < parts.length && common[n] === parts[n]) n++;
    common = common.slice(0, n);
    if (n === 0) break;
  }
  return common.join('/');
}

const GENERATED = /\/(node_modules|vendor|third_party|dist|build|out|target|coverage|\.git|\.github|generated|__generated__)\//;

const TEST_PATH = [
  /(^|\/)(__tests__|__mocks__|__snapshots__|__fixtures__|tests?|spec|specs|testdata|test-data|fixtures|e2e)\//,
  /\.(test|spec|e2e|cy)\.[^/]+$/,
  /_test\.go$/,
  /(^|\/)test_[^/]+\.py$/,
  /_test\.py$/,
  /(^|\/)conftest\.py$/,
  /(Test|Tests|IT|Spec)\.(java|kt|scala|groovy|cs)$/,
];

export function isTestPath(path: string): boolean {
  return TEST_PATH.some((pattern) => pattern.test(path));
}

function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

function topFolder(path: string): string {
  const slash = path.indexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

export function computePatchCoverage(diffs: readonly FileDiff[], coverage: CoverageLookup, policy: SourcePolicy): PatchCoverage {
  const result: PatchCoverage = { files: [], lines: { covered: 0, total: 0 }, ignored: [] };
  for (const diff of diffs) {
    if (diff.status === 'deleted' || !diff.path || diff.added.length === 0) continue;
    const file = coverage.files.get(diff.path);
    if (file) {
      const uncovered: number[] = [];
      let covered = 0;
      for (const line of diff.added) {
        const hits = file.lineHits(line);
        if (hits === undefined) continue;
        if (hits > 0) covered++;
        else uncovered.push(line);
      }
      const total = covered + uncovered.length;
      if (total === 0) continue; // only non-executable lines changed
      // A gap of lines that are not code (no record) does not split a range.
      const ranges = groupRanges(uncovered, (line) => file.lineHits(line) === undefined);
      result.files.push({ path: diff.path, status: diff.status, inReport: true, lines: { covered, total }, uncovered, ranges });
      result.lines.covered += covered;
      result.lines.total += total;
      continue;
    }
    const reason = policy.whyNotSource(diff.path);
    if (reason) {
      result.ignored.push({ path: diff.path, reason });
      continue;
    }
    const blank = new Set(diff.blank);
    const uncovered = diff.added.filter((line) => !blank.has(line));
    if (uncovered.length === 0) continue;
    const ranges = groupRanges(uncovered, (line) => blank.has(line));
    result.files.push({ path: diff.path, status: diff.status, inReport: false, lines: { covered: 0, total: uncovered.length }, uncovered, ranges });
    result.lines.total += uncovered.length;
  }
  // Most uncovered changed lines first: what a reviewer should look at.
  result.files.sort((a, b) => b.lines.total - b.lines.covered - (a.lines.total - a.lines.covered) || (a.path < b.path ? -1 : 1));
  return result;
}
