import { StatementBlocks } from './statements.js';
import { CoverageStore, FileTables, type Ratio } from './store.js';

export type { Ratio };

export const REPORT_FORMATS = ['lcov', 'cobertura', 'clover', 'jacoco', 'istanbul', 'go'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/**
 * The merged coverage of one source file, from the raw per-line records of every report:
 * hits per line (summed over reports), hits per branch arm (arm i of a line merged with arm i),
 * and for Go the statement blocks that go tool cover counts. Parsers add records with
 * addLine/addBranch; the tables live in the model's shared CoverageStore (store.ts).
 */
export class FileCoverage extends FileTables {
  /** Go only: the statement blocks; when present they are the file's line figure. */
  statements: StatementBlocks | undefined;

  /** `store`: the model's shared storage; a file made on its own gets its own. */
  constructor(
    readonly path: string,
    store: CoverageStore = new CoverageStore(),
  ) {
    super(store);
  }

  /** The line records as a small view object (made on use, so it costs no memory per file). */
  get lines(): LineView {
    return {
      add: (line, hits) => this.addLine(line, hits),
      get: (line) => this.lineHits(line),
      forEach: (visit) => this.forEachLine(visit),
      ratio: () => this.lineTableRatio(),
    };
  }

  /** The branch records as a small view object. */
  get branches(): BranchView {
    return {
      add: (line, arm, hits) => this.addBranch(line, arm, hits),
      armsAt: (line) => this.branchArms(line),
      forEach: (visit) => this.forEachBranchLine(visit),
      ratio: () => this.branchTableRatio(),
    };
  }

  /**
   * Lines covered / lines with a record. For Go files it is statements covered / statements,
   * the figure `go tool cover -func` prints, because a Go profile has blocks, not lines.
   */
  lineRatio(): Ratio {
    return this.statements ? this.statements.ratio() : this.lineTableRatio();
  }

  /** Branch arms hit / branch arms. */
  branchRatio(): Ratio {
    return this.branchTableRatio();
  }
}

export interface LineView {
  add(line: number, hits: number): void;
  get(line: number): number | undefined;
  forEach(visit: (line: number, hits: number) => void): void;
  ratio(): Ratio;
}

export interface BranchView {
  add(line: number, arm: number, hits: number): void;
  armsAt(line: number): number[];
  forEach(visit: (line: number, arms: number[]) => void): void;
  ratio(): Ratio;
}

/** Where parsers put what they read; path mapping and exclusion happen behind it. */
export interface CoverageSink {
  /**
   * The coverage to add a report's file records to. `roots` are the report's own hints for
   * resolving relative paths (Cobertura <source> roots, JaCoCo groups).
   */
  file(reportPath: string, roots?: readonly string[]): FileCoverage;
}

export interface ReportSummary {
  /** Absolute path of the report file. */
  path: string;
  /** The path as shown to users (relative to the working directory when inside it). */
  displayPath: string;
  format: ReportFormat;
}

export interface CoverageModel {
  /** Repository-relative POSIX path → coverage, in path order. */
  files: Map<string, FileCoverage>;
  reports: ReportSummary[];
  /** Source paths of reports that match no file git tracks; kept under the path as given. */
  unresolvedPaths: string[];
  /** Repository paths left out by the exclude globs. */
  excludedPaths: string[];
  /** What the log should say about how reports were merged (reports in two formats describing the same files). */
  notes: string[];
}

export interface Totals {
  lines: Ratio;
  branches: Ratio;
}

export interface FileTotals extends Totals {
  path: string;
}

/** Per-file figures, in path order. */
export function fileTotals(model: CoverageModel): FileTotals[] {
  return [...model.files.values()].map((file) => ({ path: file.path, lines: file.lineRatio(), branches: file.branchRatio() }));
}

/** The totals over all files, summed from the raw records (never from per-file percentages). */
export function totals(model: CoverageModel): Totals {
  const sum: Totals = { lines: { covered: 0, total: 0 }, branches: { covered: 0, total: 0 } };
  for (const file of model.files.values()) {
    const lines = file.lineRatio();
    const branches = file.branchRatio();
    sum.lines.covered += lines.covered;
    sum.lines.total += lines.total;
    sum.branches.covered += branches.covered;
    sum.branches.total += branches.total;
  }
  return sum;
}

/** Coverage collected under the paths the reports give, for callers and tests that parse directly. */
export class CoverageCollector implements CoverageSink {
  readonly store = new CoverageStore();
  readonly files = new Map<string, FileCoverage>();

  file(reportPath: string): FileCoverage {
    let file = this.files.get(reportPath);
    if (!file) this.files.set(reportPath, (file = new FileCoverage(reportPath, this.store)));
    return file;
  }

  /** The files once every report is read (see finishFiles). */
  finish(): Map<string, FileCoverage> {
    return finishFiles(this.files, this.store);
  }
}

/** After all reports are read: records committed, Go blocks projected onto lines, paths sorted. */
export function finishFiles(files: Map<string, FileCoverage>, store?: CoverageStore): Map<string, FileCoverage> {
  const stores = new Set(store ? [store] : [...files.values()].map((file) => file.store));
  for (const each of stores) each.flush();
  const sorted = inOrder(files) ? files : new Map([...files.keys()].sort().map((path) => [path, files.get(path)!]));
  for (const file of sorted.values()) {
    if (file.statements) {
      file.statements.projectOnto(file);
      file.store.flush();
    }
  }
  return sorted;
}

/**
 * Whether the paths are already in sort order (reports mostly list files sorted: istanbul walks
 * its tree in order). One pass of comparisons instead of a sort and a copy of the Map.
 */
function inOrder(files: Map<string, unknown>): boolean {
  let previous: string | undefined;
  for (const path of files.keys()) {
    if (previous !== undefined && !(previous < path)) return false;
    previous = path;
  }
  return true;
}
