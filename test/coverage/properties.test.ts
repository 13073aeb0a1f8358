import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { loadCoverage } from '../../src/coverage/load.js';
import { fileTotals, totals, type CoverageModel, type Ratio } from '../../src/coverage/model.js';
import { parseClover } from '../../src/coverage/parsers/clover.js';
import { parseCobertura } from '../../src/coverage/parsers/cobertura.js';
import { parseIstanbulJson } from '../../src/coverage/parsers/istanbul.js';
import { parseLcov } from '../../src/coverage/parsers/lcov.js';
import { parseText, tempTree, type FileSummary, type Parser } from './helpers.js';

/**
 * Properties of the parsers and the merge, over generated coverage (fast-check):
 * - any report, read in chunks of any size, parses to the same model, and that model is the
 *   coverage the report was written from;
 * - merging a report with itself (shards of one format), or with the same data in another format,
 *   changes no figure;
 * - totals always equal the sum of their files.
 */

/** One source file's coverage: hits per line, and arm hits for some of those lines. */
interface SourceFile {
  path: string;
  lines: Array<[number, number]>;
  branches: Array<[number, number[]]>;
}

const sourceFile = (index: number): fc.Arbitrary<SourceFile> =>
  fc
    .uniqueArray(fc.tuple(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 3 })), { minLength: 1, maxLength: 40, selector: ([line]) => line })
    .chain((lines) => {
      const sorted = [...lines].sort((a, b) => a[0] - b[0]);
      return fc
        .subarray(sorted.map(([line]) => line), { maxLength: Math.min(8, sorted.length) })
        .chain((branchLines) =>
          fc.tuple(...branchLines.map((line) => fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 2, maxLength: 4 }).map((arms): [number, number[]] => [line, arms]))),
        )
        .map((branches) => ({ path: `src/dir${index % 2}/file${index}.ts`, lines: sorted, branches: branches.sort((a, b) => a[0] - b[0]) }));
    });

const coverage = fc.integer({ min: 1, max: 4 }).chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => sourceFile(i))));

function lcov(files: readonly SourceFile[]): string {
  return files
    .map(
      (file) =>
        `TN:\nSF:${file.path}\n` +
        file.branches.map(([line, arms]) => arms.map((hits, arm) => `BRDA:${line},0,${arm},${hits === 0 && arm % 2 ? '-' : hits}\n`).join('')).join('') +
        file.lines.map(([line, hits]) => `DA:${line},${hits}\n`).join('') +
        `LF:${file.lines.length}\nLH:0\nend_of_record\n`,
    )
    .join('');
}

function cobertura(files: readonly SourceFile[]): string {
  const classes = files.map((file) => {
    const arms = new Map(file.branches);
    const lines = file.lines.map(([line, hits]) => {
      const branch = arms.get(line);
      if (!branch) return `<line number="${line}" hits="${hits}" branch="false"/>`;
      const covered = branch.filter((each) => each > 0).length;
      return `<line number="${line}" hits="${hits}" branch="true" condition-coverage="${Math.floor((covered * 100) / branch.length)}% (${covered}/${branch.length})"/>`;
    });
    return `<class name="c" filename="${file.path}" line-rate="0.5"><methods/><lines>\n${lines.join('\n')}\n</lines></class>`;
  });
  return `<?xml version="1.0" ?>\n<coverage line-rate="0.1" version="1"><sources><source>.</source></sources><packages><package name="p"><classes>\n${classes.join('\n')}\n</classes></package></packages></coverage>\n`;
}

function clover(files: readonly SourceFile[]): string {
  const entries = files.map((file) => {
    const arms = new Map(file.branches);
    const lines = file.lines.map(([line, hits]) => {
      const branch = arms.get(line);
      if (!branch) return `<line num="${line}" count="${hits}" type="stmt"/>`;
      // Clover's cond lines carry two arms: times true, times false.
      return `<line num="${line}" type="cond" truecount="${branch[0]}" falsecount="${branch[1]}"/>`;
    });
    return `<file name="${file.path.split('/').pop()}" path="${file.path}">\n${lines.join('\n')}\n</file>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<coverage generated="1" clover="3.2.0"><project timestamp="1"><package name="p">\n${entries.join('\n')}\n</package></project></coverage>\n`;
}

function istanbul(files: readonly SourceFile[]): string {
  const entries = files.map((file) => {
    const statementMap: Record<string, unknown> = {};
    const s: Record<string, number> = {};
    file.lines.forEach(([line, hits], i) => {
      statementMap[i] = { start: { line, column: 0 }, end: { line, column: 9 } };
      s[i] = hits;
    });
    const branchMap: Record<string, unknown> = {};
    const b: Record<string, number[]> = {};
    file.branches.forEach(([line, arms], i) => {
      branchMap[i] = { loc: { start: { line, column: 0 }, end: { line, column: 9 } }, type: 'if', locations: [], line };
      b[i] = arms;
    });
    return [file.path, { path: file.path, statementMap, fnMap: {}, branchMap, s, f: {}, b }];
  });
  return JSON.stringify(Object.fromEntries(entries));
}

const expectedSummary = (file: SourceFile): FileSummary => ({
  lines: file.lines,
  branches: file.branches,
  lineRatio: [file.lines.filter(([, hits]) => hits > 0).length, file.lines.length],
  branchRatio: [file.branches.flatMap(([, arms]) => arms).filter((hits) => hits > 0).length, file.branches.flatMap(([, arms]) => arms).length],
});

const figures = (summary: Record<string, FileSummary>) => Object.fromEntries(Object.entries(summary).map(([path, file]) => [path, [file.lineRatio, file.branchRatio]]));
const RUNS = { numRuns: 60 };

describe('any report, read in chunks of any size, parses to the model it was written from', () => {
  test.each<[string, Parser, (files: readonly SourceFile[]) => string, 'exact' | 'figures']>([
    ['lcov', parseLcov, lcov, 'exact'],
    ['istanbul JSON', parseIstanbulJson, istanbul, 'exact'],
    // Cobertura gives counts of arms, not which arm ran: the figures are exact, the arm order is not.
    ['Cobertura', parseCobertura, cobertura, 'figures'],
  ])('%s', async (_name, parser, write, fidelity) => {
    await fc.assert(
      fc.asyncProperty(coverage, fc.integer({ min: 1, max: 300 }), async (files, chunkSize) => {
        const text = write(files);
        const whole = await parseText(parser, text);
        const chunked = await parseText(parser, text, { chunkSize });
        expect(chunked).toEqual(whole);
        const expected = Object.fromEntries(files.map((file) => [file.path, expectedSummary(file)]));
        if (fidelity === 'exact') expect(whole).toEqual(expected);
        else expect(figures(whole)).toEqual(figures(expected));
      }),
      RUNS,
    );
  });

  test('Clover (two arms per cond line)', async () => {
    const twoArms = coverage.map((files) => files.map((file) => ({ ...file, branches: file.branches.map(([line, arms]): [number, number[]] => [line, arms.slice(0, 2)]) })));
    await fc.assert(
      fc.asyncProperty(twoArms, fc.integer({ min: 1, max: 300 }), async (files, chunkSize) => {
        const text = clover(files);
        const whole = await parseText(parseClover, text);
        expect(await parseText(parseClover, text, { chunkSize })).toEqual(whole);
        // A cond line's hits are its arms' (truecount + falsecount), so only the branch figures are compared.
        expect(Object.fromEntries(Object.entries(whole).map(([path, file]) => [path, file.branchRatio]))).toEqual(
          Object.fromEntries(files.map((file) => [file.path, expectedSummary(file).branchRatio])),
        );
      }),
      RUNS,
    );
  });
});

async function load(reports: Record<string, string>, files: readonly SourceFile[]): Promise<CoverageModel> {
  const repoRoot = tempTree(reports);
  return loadCoverage({ reports: Object.keys(reports), repoRoot, trackedFiles: files.map((file) => file.path) });
}

const sum = (ratios: Ratio[]): Ratio => ratios.reduce((a, b) => ({ covered: a.covered + b.covered, total: a.total + b.total }), { covered: 0, total: 0 });

describe('merging', () => {
  test('a report merged with itself, or with the same data in other formats, changes no figure; totals are the sum of their files', async () => {
    await fc.assert(
      fc.asyncProperty(coverage, fc.shuffledSubarray(['lcov.info', 'copy/lcov.info', 'coverage.xml', 'coverage-final.json'], { minLength: 1 }), async (files, names) => {
        const writers: Record<string, (files: readonly SourceFile[]) => string> = { 'lcov.info': lcov, 'copy/lcov.info': lcov, 'coverage.xml': cobertura, 'coverage-final.json': istanbul };
        const alone = await load({ 'lcov.info': lcov(files) }, files);
        const merged = await load(Object.fromEntries(names.map((name) => [name, writers[name](files)])), files);
        expect(totals(merged)).toEqual(totals(alone));
        expect(fileTotals(merged)).toEqual(fileTotals(alone));
        const perFile = fileTotals(merged);
        expect(totals(merged)).toEqual({ lines: sum(perFile.map((file) => file.lines)), branches: sum(perFile.map((file) => file.branches)) });
      }),
      { numRuns: 40 },
    );
  });

  test('shards of one format: a line counts once, covered when any shard covered it', async () => {
    await fc.assert(
      fc.asyncProperty(coverage, coverage, async (first, second) => {
        const merged = await load({ 'one/lcov.info': lcov(first), 'two/lcov.info': lcov(second) }, [...first, ...second]);
        for (const file of merged.files.values()) {
          const records = [first, second].flatMap((shard) => shard.filter((each) => each.path === file.path));
          const lines = new Map<number, number>();
          for (const record of records) for (const [line, hits] of record.lines) lines.set(line, (lines.get(line) ?? 0) + hits);
          expect(file.lineRatio()).toEqual({ covered: [...lines.values()].filter((hits) => hits > 0).length, total: lines.size });
        }
      }),
      { numRuns: 40 },
    );
  });
});
