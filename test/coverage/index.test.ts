import { expect, test } from '@jest/globals';
import * as coverage from '../../src/coverage/index.js';

test('the coverage domain exports its public API from one place', () => {
  for (const name of [
    'loadCoverage', 'totals', 'fileTotals', 'FileCoverage', 'CoverageCollector', 'detectFormat', 'discoverReports', 'findReports',
    'mapToRepoPath', 'RepoPathMapper', 'createPathMatcher', 'meetsMinimum', 'compareDrop', 'formatPercent',
    'parseLcov', 'parseCobertura', 'parseClover', 'parseJacoco', 'parseIstanbulJson', 'parseGoProfile',
  ]) {
    expect(typeof (coverage as Record<string, unknown>)[name]).toBe('function');
  }
  expect(Object.keys(coverage.PARSERS).sort()).toEqual([...coverage.REPORT_FORMATS].sort());
});
