import { describe, expect, jest, test } from '@jest/globals';
import { parseIstanbulJson } from '../../src/coverage/parsers/istanbul.js';
import { CoverageCollector } from '../../src/coverage/model.js';
import { parseText, reportFile } from './helpers.js';

const loc = (line: number, column = 0, endLine = line) => ({ start: { line, column }, end: { line: endLine, column: 10 } });

const entry = {
  path: '/home/runner/work/app/app/src/a.js',
  statementMap: { '0': loc(1), '1': loc(2), '2': loc(2, 12), '3': loc(3, 0, 5), '4': loc(7) },
  fnMap: {},
  branchMap: {
    '0': { loc: loc(2), type: 'if', locations: [loc(2), loc(2)], line: 2 },
    '1': { loc: loc(3), type: 'default-arg', locations: [loc(3)] },
    '2': { type: 'cond-expr', locations: [loc(2)] },
  },
  s: { '0': 1, '1': 0, '2': 4, '3': 0, '4': 0, '9': 5 },
  f: {},
  b: { '0': [3, 0], '1': [0], '2': [1, 1] },
};

describe('parseIstanbulJson', () => {
  test('lines as istanbul counts them: start line of each statement, the largest count per line', async () => {
    const summary = await parseText(parseIstanbulJson, JSON.stringify({ [entry.path]: entry }));
    expect(summary).toEqual({
      [entry.path]: {
        // line 2: statements with 0 and 4 hits → 4; line 3: a statement spanning 3-5 counts on 3 only;
        // statement "9" has no statementMap entry and is ignored, as istanbul does.
        lines: [[1, 1], [2, 4], [3, 0], [7, 0]],
        // Every arm of b counts, single-path ones included; lines from branchMap line or loc.
        branches: [[2, [3, 0, 1, 1]], [3, [0]]],
        lineRatio: [2, 4],
        branchRatio: [3, 5],
      },
    });
  });

  test('keys are used when an entry has no path; {"data": ...} entries and BOM, escapes, whitespace are read', async () => {
    const report = `\uFEFF {\n "c:\\\\src\\\\x \\"q\\".js" : {"data": ${JSON.stringify({ ...entry, path: undefined })}} ,\n"b.js":${JSON.stringify({ ...entry, path: 'b.js', s: { '0': 2 }, b: {} })}\n}\n`;
    const summary = await parseText(parseIstanbulJson, report);
    expect(Object.keys(summary).sort()).toEqual(['b.js', 'c:\\src\\x "q".js']);
    expect(summary['b.js'].lines).toEqual([[1, 2]]);
  });

  test("istanbul-reports' own layout (`\"<path>\": {...}` and a newline before each comma) is read without searching past each entry", async () => {
    // jest writes coverage-final.json this way. A search per entry for the next entry's marker,
    // which this layout never has, went through the rest of the 1 MiB chunk each time: ten times
    // slower than JSON.parse on a 100 MB report. Bytes searched stand in for time here.
    const names = Array.from({ length: 2000 }, (_, index) => `/home/runner/work/app/app/src/f${index}.js`);
    const report = `{${names.map((name) => `${JSON.stringify(name)}: ${JSON.stringify({ ...entry, path: name })}\n`).join(',')}}\n`;
    let searched = 0;
    for (const method of ['indexOf', 'lastIndexOf'] as const) {
      // Taken as a detached function on purpose: `counted` applies it to the Buffer it is called on.
      const original = Object.getOwnPropertyDescriptor(Buffer.prototype, method)?.value as (this: Buffer, ...args: unknown[]) => number;
      const counted = function (this: Buffer, ...args: unknown[]): number {
        const from = typeof args[1] === 'number' ? args[1] : method === 'indexOf' ? 0 : this.length;
        searched += method === 'indexOf' ? this.length - from : from;
        return original.apply(this, args);
      };
      jest.spyOn(Buffer.prototype, method).mockImplementation(counted as never);
    }
    let summary: Awaited<ReturnType<typeof parseText>>;
    try {
      summary = await parseText(parseIstanbulJson, report);
    } finally {
      jest.restoreAllMocks();
    }
    expect(Object.keys(summary)).toHaveLength(names.length);
    expect(summary[names[1999]].lineRatio).toEqual([2, 4]);
    expect(searched).toBeLessThan(2 * report.length);
  });

  test('any chunk size gives the same result', async () => {
    const report = JSON.stringify({ 'a{b}.js': { ...entry, path: 'a{"}.js' }, 'x.js': { ...entry, path: 'x.js' } });
    const whole = await parseText(parseIstanbulJson, report);
    for (const chunkSize of [1, 2, 3, 7, 50]) expect(await parseText(parseIstanbulJson, report, { chunkSize })).toEqual(whole);
  });

  test.each([
    ['[]', 'report line 1: expected "{" (a JSON object of files) but found "[" in the JSON.'],
    ['{"a.js": 1}', 'report line 1: expected an object for "a.js" but found "1" in the JSON.'],
    ['{"a.js": {"s": {}}}', 'report line 1: the entry for "a.js" has no statementMap and s (is this istanbul\'s coverage-final.json?).'],
    ['{\n"a.js": {"statementMap": {}, "s": {}}\n"b.js": {}}', 'report line 3: expected "," or "}" but found "\\"" in the JSON.'],
    ['{\n"a.js": {"statementMap": {}, "s": {}},\n"b.js": {"statementMap": {', 'report line 3: the JSON ends before its closing "}" (truncated report?).'],
    ['{"a.js": {"statementMap": {"0": }, "s": {}}}', 'report line 1: the coverage entry for "a.js" is not valid JSON.'],
    ['{"a.js": {"statementMap": {"0": {"start": {"line": 1}}}, "s": {"0": "3"}}}', 'report line 1: the entry for "a.js" has a statement count that is not a whole number (s["0"] is "3").'],
    ['{"a.js": {"statementMap": {"0": {"start": {"line": 1}}}, "s": {"0": -1}}}', 'report line 1: the entry for "a.js" has a statement count that is not a whole number (s["0"] is -1).'],
    ['{"a.js": {"statementMap": {"0": {"start": {"line": 1}}}, "s": {"0": null}}}', 'report line 1: the entry for "a.js" has a statement count that is not a whole number (s["0"] is null).'],
    ['{"a.js": {"statementMap": {"7": {"start": {}}}, "s": {"7": 1}}}', 'report line 1: the entry for "a.js" has a malformed statementMap entry "7" (it needs start.line, a whole number).'],
    ['{"a.js": {"statementMap": {"7": null}, "s": {"7": 1}}}', 'report line 1: the entry for "a.js" has a malformed statementMap entry "7" (it needs start.line, a whole number).'],
    ['{"a.js": {"statementMap": {"7": {"start": {"line": "2"}}}, "s": {"7": 1}}}', 'report line 1: the entry for "a.js" has a malformed statementMap entry "7" (it needs start.line, a whole number).'],
    ['{"a.js": {"statementMap": {}, "s": {}, "branchMap": {"0": {"line": 1}}, "b": {"0": [1, "x"]}}}', 'report line 1: the entry for "a.js" has branch counts that are not a list of whole numbers (b["0"] is [1,"x"]).'],
    ['{"a.js": {"statementMap": {}, "s": {}, "branchMap": {"0": {"line": 1}}, "b": {"0": 2}}}', 'report line 1: the entry for "a.js" has branch counts that are not a list of whole numbers (b["0"] is 2).'],
    ['{"a.js": {"statementMap": {}, "s": {}, "branchMap": {}, "b": {"3": [1, 0]}}}', 'report line 1: the entry for "a.js" has a missing or malformed branchMap entry "3" (it needs line or loc.start.line, a whole number).'],
    ['{"a.js": {"statementMap": {}, "s": {}, "branchMap": {"3": {"loc": {"start": {"line": "x"}}}}, "b": {"3": [1, 0]}}}', 'report line 1: the entry for "a.js" has a missing or malformed branchMap entry "3" (it needs line or loc.start.line, a whole number).'],
    [
      // istanbul's own layout (the fast path): the bad entry is named all the same.
      `{"a.js":{"path":"a.js","statementMap":{"0":{"start":{"line":1}}},"s":{"0":"1"}},"b.js":{"path":"b.js","statementMap":{},"s":{}}}`,
      'report line 1: the entry for "a.js" has a statement count that is not a whole number (s["0"] is "1").',
    ],
    ['{\n"ok.js": {"statementMap": {}, "s": {}},\n"a.js": {"path": "/abs/a.js", "statementMap": {"0": {"start": {"line": 1}}}, "s": {"0": 1.5}}}', 'report line 3: the entry for "a.js" has a statement count that is not a whole number (s["0"] is 1.5).'],
  ])('malformed %j fails with one sentence', async (report, message) => {
    expect(await parseIstanbulJson(reportFile(report), new CoverageCollector(), { displayPath: 'report' }).catch((e: Error) => e.message)).toBe(message);
  });
});
