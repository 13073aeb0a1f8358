import { describe, expect, test } from '@jest/globals';
import { parseGoProfile } from '../../src/coverage/parsers/go.js';
import { CoverageCollector, finishFiles, totals } from '../../src/coverage/model.js';
import { parseText, reportFile } from './helpers.js';

describe('parseGoProfile', () => {
  test('statements are the line figure; lines a block spans get its count', async () => {
    const profile = ['mode: count', 'example.com/app/x.go:3.14,5.2 2 4', 'example.com/app/x.go:5.2,7.3 3 0', 'example.com/app/x.go:9.1,9.20 0 0', ''].join('\n');
    expect(await parseText(parseGoProfile, profile)).toEqual({
      'example.com/app/x.go': {
        // Line 5 is shared by a block that ran and one that did not: it ran.
        lines: [[3, 4], [4, 4], [5, 4], [6, 0], [7, 0]],
        branches: [],
        lineRatio: [2, 5],
        branchRatio: [0, 0],
      },
    });
  });

  test.each([
    ['set', 'max', [1, 1]],
    ['count', 'sum', [5, 5]],
    ['atomic', 'sum', [5, 5]],
  ])('a block in several shards (%s mode) is one block, counts merged by %s', async (mode, _how, expected) => {
    const shardA = [`mode: ${mode}`, 'a.go:1.1,2.2 3 1', 'a.go:3.1,4.2 2 0', ''].join('\n');
    const shardB = [`mode: ${mode}`, `a.go:1.1,2.2 3 ${mode === 'set' ? 1 : 4}`, 'a.go:3.1,4.2 2 0', 'b.go:1.1,1.9 1 1', ''].join('\n');
    const collector = new CoverageCollector();
    await parseGoProfile(reportFile(shardA), collector);
    await parseGoProfile(reportFile(shardB), collector);
    const files = collector.finish();
    expect(totals({ files, reports: [], unresolvedPaths: [], excludedPaths: [], notes: [] }).lines).toEqual({ covered: 4, total: 6 });
    expect([files.get('a.go')!.lineHits(1), files.get('a.go')!.lineHits(2)]).toEqual(expected);
  });

  test('concatenated profiles with repeated mode lines are read', async () => {
    const profile = 'mode: set\na.go:1.1,1.5 1 1\nmode: set\na.go:1.1,1.5 1 0\na.go:2.1,2.5 1 0\n';
    expect((await parseText(parseGoProfile, profile))['a.go'].lineRatio).toEqual([1, 2]);
  });

  test.each([
    ['a.go:1.1,2.2 1 1\n', 'report line 1: a Go coverage profile must start with a "mode: set|count|atomic" line.'],
    ['mode: fast\n', 'report line 1: mode "fast" is not one of set, count, atomic.'],
    ['', 'report line 1: the Go coverage profile is empty: it has no "mode:" line.'],
    ['mode: set\na.go:1.1,2.2 1 1\na.go:1.1 1 1\n', 'report line 3: block "a.go:1.1 1 1" is not "<file>:<line>.<column>,<line>.<column> <statements> <count>".'],
    ['mode: set\na.go:1.1,2.2 1\n', 'report line 2: block "a.go:1.1,2.2 1" is not "<file>:<line>.<column>,<line>.<column> <statements> <count>".'],
    ['mode: set\na.go:3.1,2.2 1 1\n', 'report line 2: block "a.go:3.1,2.2 1 1" is not "<file>:<line>.<column>,<line>.<column> <statements> <count>".'],
    ['mode: set\na.go:1.1,2.2 1 1\na.go:1.1,2.2 2 1\n', 'report line 3: block "a.go:1.1,2.2 2 1" has another statement count than the same block seen before (profiles of different builds?).'],
  ])('malformed %j fails with one sentence naming the line', async (profile, message) => {
    expect(await parseGoProfile(reportFile(profile), new CoverageCollector(), { displayPath: 'report' }).catch((e: Error) => e.message)).toBe(message);
  });

  test('any chunk size gives the same result', async () => {
    const profile = 'mode: count\r\ngithub.com/acme/app/pkg/x.go:1.1,3.2 2 5\r\ngithub.com/acme/app/pkg/x.go:4.1,4.9 1 0';
    const whole = await parseText(parseGoProfile, profile);
    for (const chunkSize of [1, 3, 7]) expect(await parseText(parseGoProfile, profile, { chunkSize })).toEqual(whole);
  });

  test('finishFiles projects blocks once', async () => {
    const collector = new CoverageCollector();
    await parseGoProfile(reportFile('mode: set\na.go:1.1,1.5 1 1\n'), collector);
    const files = finishFiles(collector.files);
    expect(files.get('a.go')!.lineHits(1)).toBe(1);
  });
});
