import { describe, expect, test } from '@jest/globals';
import { UserError } from '../../src/lib/errors.js';
import { parseLcov } from '../../src/coverage/parsers/lcov.js';
import { parseText, reportFile } from './helpers.js';
import { CoverageCollector } from '../../src/coverage/model.js';

describe('parseLcov', () => {
  test('reads DA and BRDA records, ignoring summaries and function records', async () => {
    const report = [
      'TN:unit',
      'SF:src/a.ts',
      'FN:1,main',
      'FNDA:3,main',
      'FNF:1',
      'FNH:1',
      'DA:1,3',
      'DA:2,0',
      'DA:3,5,Xk3vU1m/abc',
      'BRDA:2,0,0,1',
      'BRDA:2,0,1,-',
      'BRDA:3,1,0,0',
      'BRF:99',
      'BRH:99',
      'LF:99',
      'LH:99',
      'end_of_record',
      '',
    ].join('\n');
    expect(await parseText(parseLcov, report)).toEqual({
      'src/a.ts': {
        lines: [[1, 3], [2, 0], [3, 5]],
        branches: [[2, [1, 0]], [3, [0]]],
        lineRatio: [2, 3],
        branchRatio: [1, 3],
      },
    });
  });

  test('merges several records of one file: hits summed, arms merged by their order on a line', async () => {
    const report = [
      'SF:src/a.ts', 'DA:1,1', 'DA:2,0', 'BRDA:2,0,0,0', 'BRDA:2,0,1,2', 'end_of_record',
      'SF:src/b.ts', 'DA:7,0', 'end_of_record',
      'SF:src/a.ts', 'DA:1,2', 'DA:2,4', 'DA:9,0', 'BRDA:2,0,0,3', 'BRDA:2,0,1,0', 'end_of_record',
    ].join('\n');
    const summary = await parseText(parseLcov, report);
    expect(summary['src/a.ts']).toEqual({
      lines: [[1, 3], [2, 4], [9, 0]],
      branches: [[2, [3, 2]]],
      lineRatio: [2, 3],
      branchRatio: [2, 2],
    });
    expect(summary['src/b.ts'].lineRatio).toEqual([0, 1]);
  });

  test('tolerates lcov 2.x records, CRLF line ends, blank lines and negative gcov counts', async () => {
    const report = [
      'VER:2.0',
      'TN:',
      'SF:/abs/src/c.c',
      'FNL:0,3,9',
      'FNA:0,1,main',
      'MCDC:4,2,t,1,0,a',
      '',
      'DA:4,-1',
      'DA:5,12',
      'BRDA:5,e0,(x > 0) == True,1',
      'end_of_record',
    ].join('\r\n');
    expect(await parseText(parseLcov, report)).toEqual({
      '/abs/src/c.c': { lines: [[4, 0], [5, 12]], branches: [[5, [1]]], lineRatio: [1, 2], branchRatio: [1, 1] },
    });
  });

  test('reads a last line without a newline', async () => {
    const summary = await parseText(parseLcov, 'SF:x.js\nDA:1,1');
    expect(summary['x.js'].lines).toEqual([[1, 1]]);
  });

  test.each([
    ['SF:a.js\nDA:1,1\nDA:x,1\n', 'report line 3: DA record "DA:x,1" is not "DA:<line>,<hits>".'],
    ['SF:a.js\nDA:1\n', 'report line 2: DA record "DA:1" is not "DA:<line>,<hits>".'],
    ['SF:a.js\nDA:1,\n', 'report line 2: DA record "DA:1," is not "DA:<line>,<hits>".'],
    ['SF:a.js\nDA:1,1\n\nBRDA:1,0,1\n', 'report line 4: BRDA record "BRDA:1,0,1" is not "BRDA:<line>,<block>,<branch>,<taken>".'],
    ['SF:a.js\nBRDA:1,0,0,x\n', 'report line 2: BRDA record "BRDA:1,0,0,x" is not "BRDA:<line>,<block>,<branch>,<taken>".'],
    ['TN:\nDA:1,1\n', 'report line 2: "DA:1,1" comes before any SF record naming its source file.'],
    ['SF:a.js\nend_of_record\nDA:1,1\n', 'report line 3: "DA:1,1" comes before any SF record naming its source file.'],
    ['SF:a.js\nthis is not lcov\n', 'report line 2: "this is not lcov" is not an lcov record (KEY:value or end_of_record).'],
    ['SF:\n', 'report line 1: SF record has no source file path.'],
  ])('malformed %j fails with one sentence naming the line', async (report, message) => {
    const error = await parseLcov(reportFile(report), new CoverageCollector(), { displayPath: 'report' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toBe(message);
  });

  test('chunk boundaries do not matter', async () => {
    const report = ['SF:src/long/path/name.ts', ...Array.from({ length: 50 }, (_, i) => `DA:${i + 1},${i % 3}`), 'BRDA:10,0,0,-', 'BRDA:10,0,1,4', 'end_of_record'].join('\n');
    const whole = await parseText(parseLcov, report);
    for (const chunkSize of [1, 2, 3, 7, 13]) expect(await parseText(parseLcov, report, { chunkSize })).toEqual(whole);
  });
});
