import { describe, expect, test } from '@jest/globals';
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadCoverage } from '../../src/coverage/load.js';
import { totals, type Ratio } from '../../src/coverage/model.js';
import { summarizeFile, tempTree } from './helpers.js';

/**
 * Merging must never count a line or a branch twice: one test run written in two formats
 * (coverage.py's coverage.xml and its lcov, from the same run: scripts/fixtures/generate.sh writes
 * both fixtures from one .coverage file) gives the tool's own figures, while shards of one format
 * still add up their hits per line.
 */
const FIXTURES = path.resolve('test/fixtures/coverage');

interface Expected {
  lines: Ratio;
  branches: Ratio;
  files: string[];
}
const expected = (name: string): Expected => JSON.parse(readFileSync(path.join(FIXTURES, name, 'expected.json'), 'utf8')) as Expected;
const ratio = ({ covered, total }: Ratio): Ratio => ({ covered, total });

/** A repository with the reports copied in under the given names. */
function repository(reports: Record<string, string>): string {
  const root = tempTree({});
  for (const [name, source] of Object.entries(reports)) copyFileSync(path.join(FIXTURES, source), path.join(root, name));
  return root;
}

describe('one run in two formats is counted once', () => {
  const python = expected('coverage-py-cobertura');

  test.each([
    [['coverage.xml', 'lcov.info']],
    [['lcov.info', 'coverage.xml']],
  ])('coverage.py XML and lcov listed as %j: the figures coverage.py reports (43/58 lines, 16/28 branches)', async (order) => {
    const repoRoot = repository({ 'coverage.xml': 'coverage-py-cobertura/coverage.xml', 'lcov.info': 'coverage-py-lcov/coverage.lcov' });
    const model = await loadCoverage({ reports: order, repoRoot, trackedFiles: python.files });
    expect(totals(model)).toEqual({ lines: ratio(python.lines), branches: ratio(python.branches) });
    expect(model.notes).toEqual([
      'coverage.xml (cobertura) and lcov.info (lcov) describe the same 4 files (src/shop/__init__.py, src/shop/cart.py, src/shop/discount.py, ...): ' +
        'one test run written in two formats, so they are counted once, from coverage.xml (cobertura is preferred over lcov); reports in one format are added up as shards.',
    ]);
  });

  test('auto-discovery of coverage.py\'s coverage.xml and lcov.info gives coverage.py\'s figures and says why', async () => {
    const repoRoot = repository({ 'coverage.xml': 'coverage-py-cobertura/coverage.xml', 'lcov.info': 'coverage-py-lcov/coverage.lcov' });
    const model = await loadCoverage({ reports: [], repoRoot, trackedFiles: python.files });
    expect(model.reports.map((report) => report.displayPath).sort()).toEqual(['coverage.xml', 'lcov.info']);
    expect(totals(model)).toEqual({ lines: ratio(python.lines), branches: ratio(python.branches) });
    expect(model.notes).toHaveLength(1);
  });

  test('jest\'s JSON, lcov and Cobertura of one run give the JSON\'s figures', async () => {
    const json = expected('istanbul-json');
    const repoRoot = repository({
      'coverage-final.json': 'istanbul-json/coverage/coverage-final.json',
      'lcov.info': 'istanbul-lcov/coverage/lcov.info',
      'cobertura-coverage.xml': 'istanbul-cobertura/coverage/cobertura-coverage.xml',
    });
    const alone = await loadCoverage({ reports: ['coverage-final.json'], repoRoot, trackedFiles: json.files });
    const all = await loadCoverage({ reports: ['lcov.info', 'cobertura-coverage.xml', 'coverage-final.json'], repoRoot, trackedFiles: json.files });
    expect(totals(all)).toEqual(totals(alone));
    expect(all.notes).toHaveLength(2);
  });
});

describe('shards of one format still add up', () => {
  const shard = (hits: [number, number, number], arms: [number, number]) =>
    `TN:\nSF:src/a.ts\nDA:1,${hits[0]}\nDA:2,${hits[1]}\nDA:3,${hits[2]}\nBRDA:2,0,0,${arms[0]}\nBRDA:2,0,1,${arms[1]}\nend_of_record\n`;

  test('hits are summed per line and arm; a line and an arm count once however many shards have them', async () => {
    const repoRoot = tempTree({ 'one/lcov.info': shard([1, 0, 0], [1, 0]), 'two/lcov.info': shard([0, 3, 0], [0, 0]), 'three/lcov.info': shard([2, 0, 0], [0, 4]) });
    const model = await loadCoverage({ reports: ['*/lcov.info'], repoRoot, trackedFiles: ['src/a.ts'] });
    expect(summarizeFile(model.files.get('src/a.ts')!)).toEqual({ lines: [[1, 3], [2, 3], [3, 0]], branches: [[2, [1, 4]]], lineRatio: [2, 3], branchRatio: [2, 2] });
    expect(model.notes).toEqual([]);
  });
});
