import path from 'node:path';
import { CoverageStore } from './store.js';
import { detectFormat } from './detect.js';
import { discoverReports, findReports } from './discover.js';
import { createPathMatcher } from './glob.js';
import { FileCoverage, finishFiles, type CoverageModel, type CoverageSink, type ReportFormat, type ReportSummary } from './model.js';
import { parseCobertura } from './parsers/cobertura.js';
import { parseClover } from './parsers/clover.js';
import { parseGoProfile } from './parsers/go.js';
import { parseIstanbulJson } from './parsers/istanbul.js';
import { parseJacoco } from './parsers/jacoco.js';
import { parseLcov } from './parsers/lcov.js';
import { readGoModules, RepoPathMapper } from './paths.js';
import type { ParseOptions } from './stream.js';

export type ReportParser = (path: string, sink: CoverageSink, options?: ParseOptions) => Promise<void>;

export const PARSERS: Record<ReportFormat, ReportParser> = {
  lcov: parseLcov,
  cobertura: parseCobertura,
  clover: parseClover,
  jacoco: parseJacoco,
  istanbul: parseIstanbulJson,
  go: parseGoProfile,
};

/**
 * Which format wins when reports in different formats describe the same file. Tools write one
 * run in several formats at once (jest: JSON, lcov, Cobertura, Clover; coverage.py: XML and
 * lcov), and the formats place lines and branch arms differently (coverage.py's lcov puts each
 * arm on the line the branch jumps to, its XML on the line that branches), so adding them up
 * counts one run twice. A tool's own format first, lcov last: lcov is most often a converter's
 * output, and coverage.py 6.5's lcov writer disagrees with its own totals.
 */
export const FORMAT_PREFERENCE: readonly ReportFormat[] = ['istanbul', 'go', 'jacoco', 'cobertura', 'clover', 'lcov'];

export interface LoadCoverageOptions {
  /** Globs (already split on newlines and commas), relative to the working directory; [] = auto-discovery. */
  reports: readonly string[];
  /** A report format, or 'auto' (default) to detect each report's format by its content. */
  format?: ReportFormat | 'auto';
  /** Where the tests ran: absolute, or relative to the repository root. Default: the root. */
  workingDirectory?: string;
  /** Absolute path of the repository root. */
  repoRoot: string;
  /** Repository-relative paths from `git ls-files` (empty: paths are mapped without checking). */
  trackedFiles?: readonly string[];
  /** Globs of source files to leave out, on repository paths (or paths relative to the working directory). */
  exclude?: readonly string[];
  /** Bytes per read (tests only). */
  chunkSize?: number;
}

/**
 * Read every report, map its paths to repository paths, leave out excluded files and merge it
 * all into one model. Reports are read one after another so memory holds one model, not one
 * model per report.
 */
export async function loadCoverage(options: LoadCoverageOptions): Promise<CoverageModel> {
  const repoRoot = path.resolve(options.repoRoot);
  const workingDirectory = path.resolve(repoRoot, options.workingDirectory ?? '.');
  const trackedFiles = options.trackedFiles ?? [];
  const found = options.reports.length > 0 ? await findReports(options.reports, workingDirectory) : await discoverReports(workingDirectory);

  const reports: ReportSummary[] = [];
  for (const report of found) {
    const format = !options.format || options.format === 'auto' ? await detectFormat(report.path, report.displayPath) : options.format;
    reports.push({ ...report, format });
  }

  const goModules = reports.some((report) => report.format === 'go')
    ? await readGoModules(repoRoot, trackedFiles, [path.relative(repoRoot, workingDirectory)])
    : [];
  const mapper = new RepoPathMapper({ repoRoot, workingDirectory, trackedFiles, goModules });
  const isExcluded = createPathMatcher(options.exclude ?? []);
  const workingPrefix = path.relative(repoRoot, workingDirectory).replace(/\\/g, '/');
  const excludes = (repoPath: string): boolean =>
    isExcluded(repoPath) || (workingPrefix !== '' && repoPath.startsWith(`${workingPrefix}/`) && isExcluded(repoPath.slice(workingPrefix.length + 1)));

  const store = new CoverageStore();
  const files = new Map<string, FileCoverage>();
  const unresolved = new Set<string>();
  const excluded = new Set<string>();
  /** Per repository path: the report (and so the format) its figures come from first. */
  const owners = new Map<string, ReportSummary>();
  /** Per pair of reports in two formats: the files both describe (counted from the first only). */
  const overlaps = new Map<string, { kept: ReportSummary; dropped: ReportSummary; files: string[] }>();

  // Preferred formats first, so a file is always counted from the best report that has it.
  const byPreference = [...reports].sort((a, b) => FORMAT_PREFERENCE.indexOf(a.format) - FORMAT_PREFERENCE.indexOf(b.format));
  for (const report of byPreference) {
    const reportDirectory = path.dirname(report.path);
    // Per report: a report names the same file many times (records, classes, blocks).
    const seen = new Map<string, FileCoverage>();
    // Excluded files are read into a store of their own, dropped with this report.
    const discarded = new CoverageStore();
    const sink: CoverageSink = {
      file(reportPath: string, roots?: readonly string[]): FileCoverage {
        const key = roots?.length ? `${reportPath}\0${roots.join('\0')}` : reportPath;
        let file = seen.get(key);
        if (file) return file;
        const mapped = mapper.map(reportPath, { reportDirectory, roots });
        if (!mapped.resolved) unresolved.add(reportPath);
        if (excludes(mapped.path)) {
          excluded.add(mapped.path);
          file = new FileCoverage(mapped.path, discarded);
        } else {
          let owner = owners.get(mapped.path);
          if (!owner) owners.set(mapped.path, (owner = report));
          if (owner.format !== report.format) {
            // The same file in another format: the same run written twice, not a shard.
            const key = `${owner.path}\0${report.path}`;
            let overlap = overlaps.get(key);
            if (!overlap) overlaps.set(key, (overlap = { kept: owner, dropped: report, files: [] }));
            if (!overlap.files.includes(mapped.path)) overlap.files.push(mapped.path);
            file = new FileCoverage(mapped.path, discarded);
          } else {
            file = files.get(mapped.path);
            if (!file) files.set(mapped.path, (file = new FileCoverage(mapped.path, store)));
          }
        }
        seen.set(key, file);
        return file;
      },
    };
    await PARSERS[report.format](report.path, sink, { displayPath: report.displayPath, chunkSize: options.chunkSize });
  }

  return {
    files: finishFiles(files, store),
    reports,
    unresolvedPaths: [...unresolved].sort(),
    excludedPaths: [...excluded].sort(),
    notes: [...overlaps.values()].map(overlapNote),
  };
}

function overlapNote({ kept, dropped, files }: { kept: ReportSummary; dropped: ReportSummary; files: string[] }): string {
  const count = files.length === 1 ? '1 file' : `${files.length} files`;
  return (
    `${kept.displayPath} (${kept.format}) and ${dropped.displayPath} (${dropped.format}) describe the same ${count} (${files.slice(0, 3).join(', ')}${files.length > 3 ? ', ...' : ''}): ` +
    `one test run written in two formats, so ${files.length === 1 ? 'it is' : 'they are'} counted once, from ${kept.displayPath} (${kept.format} is preferred over ${dropped.format}); reports in one format are added up as shards.`
  );
}
