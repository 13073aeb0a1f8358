import { describe, expect, test } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { detectFormat } from '../../src/coverage/detect.js';
import { loadCoverage } from '../../src/coverage/load.js';
import { totals, type CoverageModel, type Ratio } from '../../src/coverage/model.js';
import { summarizeFile, tempTree } from './helpers.js';

/**
 * Reports written by the real tools (test/fixtures/coverage, see its README): shipgate's totals,
 * recomputed from the per-line records, must equal the tool's own figures.
 */
const FIXTURES = path.resolve('test/fixtures/coverage');

interface Figure {
  covered: number;
  total: number;
  percent: number;
}
interface Expected {
  format: string;
  reports: string[];
  lines: Figure;
  branches: Figure | null;
  files: string[];
  module?: string;
  /** Where the report's per-line branch records carry fewer arms than the tool's total. */
  perLineBranches?: Figure;
  /** Where the tool's writer disagrees with its own totals (coverage.py 6.5's lcov). */
  recordSums?: { lines: Figure; branches: Figure };
}

const fixtures = existsSync(FIXTURES)
  ? readdirSync(FIXTURES).filter((name) => existsSync(path.join(FIXTURES, name, 'expected.json')))
  : [];

function readExpected(name: string): Expected {
  return JSON.parse(readFileSync(path.join(FIXTURES, name, 'expected.json'), 'utf8')) as Expected;
}

/** A repository holding the fixture's source files (as tracked paths) and its go.mod. */
async function load(name: string, chunkSize?: number): Promise<CoverageModel> {
  const expected = readExpected(name);
  const repoRoot = tempTree(expected.module ? { 'go.mod': `module ${expected.module}\n\ngo 1.19\n` } : {});
  return loadCoverage({
    reports: expected.reports.map((report) => path.join(FIXTURES, name, report)),
    repoRoot,
    trackedFiles: [...expected.files, ...(expected.module ? ['go.mod'] : [])],
    chunkSize,
  });
}

const percent = (ratio: Ratio): number => (ratio.covered * 100) / ratio.total;

function expectSameFigure(actual: Ratio, expected: Figure): void {
  expect(Math.abs(percent(actual) - (expected.covered * 100) / expected.total)).toBeLessThanOrEqual(0.01);
  expect(actual).toEqual({ covered: expected.covered, total: expected.total });
}

describe('coverage of the real tools\' reports', () => {
  test('the fixtures are there', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });

  test.each(fixtures)('%s: format detected from content', async (name) => {
    const expected = readExpected(name);
    for (const report of expected.reports) expect(await detectFormat(path.join(FIXTURES, name, report))).toBe(expected.format);
  });

  test.each(fixtures)('%s: line and branch totals equal the tool\'s', async (name) => {
    const expected = readExpected(name);
    const model = await load(name);
    expect(model.unresolvedPaths).toEqual([]);
    expect([...model.files.keys()].sort()).toEqual([...expected.files].sort());
    const sum = totals(model);
    // coverage.py 6.5's lcov writer records lines and arcs its own totals do not count (see
    // the fixture's notes): shipgate reads what the records say.
    expectSameFigure(sum.lines, expected.recordSums?.lines ?? expected.lines);
    if (expected.branches) {
      // istanbul's Cobertura and Clover leave single-path branches out of their per-line records.
      expectSameFigure(sum.branches, expected.recordSums?.branches ?? expected.perLineBranches ?? expected.branches);
    } else {
      expect(sum.branches).toEqual({ covered: 0, total: 0 });
    }
  });

  test.each(fixtures)('%s: read in 7-byte chunks gives the same model', async (name) => {
    const whole = await load(name);
    const chunked = await load(name, 7);
    const summary = (model: CoverageModel) => [...model.files.values()].map((file) => [file.path, summarizeFile(file)]);
    expect(summary(chunked)).toEqual(summary(whole));
  });
});
