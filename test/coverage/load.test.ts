import { describe, expect, test } from '@jest/globals';
import path from 'node:path';
import { loadCoverage } from '../../src/coverage/load.js';
import { fileTotals, totals } from '../../src/coverage/model.js';
import { UserError } from '../../src/lib/errors.js';
import { summarizeFile, tempTree } from './helpers.js';

const LCOV_SHARD_1 = 'TN:\nSF:/ci/work/app/src/a.ts\nDA:1,1\nDA:2,0\nBRDA:2,0,0,1\nBRDA:2,0,1,0\nend_of_record\nSF:src/gen/g.ts\nDA:1,0\nend_of_record\n';
const LCOV_SHARD_2 = 'TN:\nSF:src/a.ts\nDA:1,0\nDA:2,5\nDA:3,0\nBRDA:2,0,0,0\nBRDA:2,0,1,2\nend_of_record\n';
const COBERTURA = `<?xml version="1.0"?><coverage><sources><source>/ci/work/app/src</source></sources><packages><package name="b"><classes>
<class filename="b.py"><lines><line number="1" hits="1"/><line number="2" hits="0" branch="true" condition-coverage="50% (1/2)"/></lines></class>
</classes></package></packages></coverage>`;
const GO = 'mode: set\nexample.com/app/cmd/main.go:3.1,5.2 2 1\nexample.com/app/cmd/main.go:6.1,7.2 2 0\n';

const tracked = ['src/a.ts', 'src/b.py', 'src/gen/g.ts', 'cmd/main.go', 'go.mod'];

function repository() {
  return tempTree({
    'go.mod': 'module example.com/app\n',
    'coverage/shard-1/lcov.info': LCOV_SHARD_1,
    'coverage/shard-2/lcov.info': LCOV_SHARD_2,
    'coverage.xml': COBERTURA,
    'cover.out': GO,
  });
}

describe('loadCoverage', () => {
  test('merges shards and formats into one model of repository paths', async () => {
    const repoRoot = repository();
    const model = await loadCoverage({ reports: ['coverage/*/lcov.info', 'coverage.xml', 'cover.out'], repoRoot, trackedFiles: tracked });
    expect(model.reports.map((report) => [report.displayPath, report.format])).toEqual([
      ['coverage/shard-1/lcov.info', 'lcov'],
      ['coverage/shard-2/lcov.info', 'lcov'],
      ['coverage.xml', 'cobertura'],
      ['cover.out', 'go'],
    ]);
    expect([...model.files.keys()]).toEqual(['cmd/main.go', 'src/a.ts', 'src/b.py', 'src/gen/g.ts']);
    // src/a.ts: lines summed over shards, arms merged by index.
    expect(summarizeFile(model.files.get('src/a.ts')!)).toEqual({
      lines: [[1, 1], [2, 5], [3, 0]],
      branches: [[2, [1, 2]]],
      lineRatio: [2, 3],
      branchRatio: [2, 2],
    });
    // Go reports statements.
    expect(model.files.get('cmd/main.go')!.lineRatio()).toEqual({ covered: 2, total: 4 });
    expect(totals(model)).toEqual({ lines: { covered: 2 + 2 + 1 + 0, total: 4 + 3 + 2 + 1 }, branches: { covered: 3, total: 4 } });
    expect(fileTotals(model).map((file) => [file.path, file.lines.covered, file.lines.total])).toEqual([
      ['cmd/main.go', 2, 4],
      ['src/a.ts', 2, 3],
      ['src/b.py', 1, 2],
      ['src/gen/g.ts', 0, 1],
    ]);
    expect(model.unresolvedPaths).toEqual([]);
  });

  test('exclude globs apply to repository paths (and working-directory paths)', async () => {
    const repoRoot = repository();
    const model = await loadCoverage({ reports: ['coverage/*/lcov.info'], repoRoot, trackedFiles: tracked, exclude: ['src/gen/**'] });
    expect([...model.files.keys()]).toEqual(['src/a.ts']);
    expect(model.excludedPaths).toEqual(['src/gen/g.ts']);
    const fromSrc = await loadCoverage({ reports: ['../coverage/*/lcov.info'], workingDirectory: 'src', repoRoot, trackedFiles: tracked, exclude: ['gen'] });
    expect([...fromSrc.files.keys()]).toEqual(['src/a.ts']);
  });

  test('paths that match no tracked file are kept and reported', async () => {
    const repoRoot = repository();
    const model = await loadCoverage({ reports: ['coverage/shard-1/lcov.info'], repoRoot, trackedFiles: ['src/a.ts'] });
    expect(model.unresolvedPaths).toEqual(['src/gen/g.ts']);
    expect([...model.files.keys()]).toEqual(['src/a.ts', 'src/gen/g.ts']);
  });

  test('an explicit format skips detection; a report of another format fails naming file and line', async () => {
    const repoRoot = repository();
    const error = await loadCoverage({ reports: ['coverage.xml'], format: 'lcov', repoRoot }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/^coverage\.xml line 1: "<\?xml version=.*\.\.\." is not an lcov record \(KEY:value or end_of_record\)\.$/);
  });

  test('reports found by auto-discovery when no glob is given', async () => {
    const repoRoot = tempTree({ 'web/coverage/lcov.info': 'SF:src/x.ts\nDA:1,1\nend_of_record\n', 'web/coverage/clover.xml': '<coverage clover="1"><project/></coverage>' });
    const model = await loadCoverage({ reports: [], workingDirectory: 'web', repoRoot, trackedFiles: ['web/src/x.ts'] });
    expect(model.reports.map((report) => report.displayPath)).toEqual(['coverage/lcov.info']);
    expect([...model.files.keys()]).toEqual(['web/src/x.ts']);
  });

  test('reading in tiny chunks gives the same model', async () => {
    const repoRoot = repository();
    const options = { reports: ['coverage/*/lcov.info', 'coverage.xml', 'cover.out'], repoRoot, trackedFiles: tracked };
    const whole = await loadCoverage(options);
    const chunked = await loadCoverage({ ...options, chunkSize: 7 });
    const summary = (model: typeof whole) => [...model.files.values()].map((file) => [file.path, summarizeFile(file)]);
    expect(summary(chunked)).toEqual(summary(whole));
  });

  test('a report named with an absolute path outside the working directory is shown absolute', async () => {
    const repoRoot = repository();
    const elsewhere = tempTree({ 'lcov.info': 'SF:src/a.ts\nDA:x\n' });
    const message = await loadCoverage({ reports: [path.join(elsewhere, 'lcov.info')], repoRoot }).catch((e: Error) => e.message);
    expect(message).toBe(`${path.join(elsewhere, 'lcov.info')} line 2: DA record "DA:x" is not "DA:<line>,<hits>".`);
  });
});

describe('unreadable reports', () => {
  test('a report that is a directory fails with one sentence', async () => {
    const { parseLcov } = await import('../../src/coverage/parsers/lcov.js');
    const { CoverageCollector } = await import('../../src/coverage/model.js');
    const directory = tempTree({ 'lcov.info/x': '' });
    const error = await parseLcov(path.join(directory, 'lcov.info'), new CoverageCollector(), { displayPath: 'lcov.info' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toBe('lcov.info could not be read (EISDIR): check that the tests wrote it and that it is a file.');
  });
});
