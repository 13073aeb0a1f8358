/** The coverage domain: report parsers, the merged model, path mapping, exclusion and totals. */
export { loadCoverage, PARSERS, type LoadCoverageOptions, type ReportParser } from './load.js';
export {
  CoverageCollector,
  FileCoverage,
  fileTotals,
  REPORT_FORMATS,
  totals,
  type CoverageModel,
  type CoverageSink,
  type FileTotals,
  type ReportFormat,
  type ReportSummary,
  type Totals,
} from './model.js';
export type { Ratio } from './store.js';
export { compareDrop, compareToPercent, formatPercent, meetsMinimum, percentFraction, percentOf } from './ratio.js';
export { detectFormat, detectFormatFromHead } from './detect.js';
export { discoverReports, expandGlob, findReports, type FoundReport } from './discover.js';
export { createPathMatcher } from './glob.js';
export { mapToRepoPath, parseGoModulePath, readGoModules, RepoPathMapper, type GoModule, type MappedPath } from './paths.js';
export { parseCobertura } from './parsers/cobertura.js';
export { parseClover } from './parsers/clover.js';
export { parseGoProfile } from './parsers/go.js';
export { parseIstanbulJson } from './parsers/istanbul.js';
export { parseJacoco } from './parsers/jacoco.js';
export { parseLcov } from './parsers/lcov.js';
