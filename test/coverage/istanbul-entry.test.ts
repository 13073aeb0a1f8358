import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseIstanbulJson } from '../../src/coverage/parsers/istanbul.js';
import { parseText } from './helpers.js';
import { istanbulFigures, read, type Parsed } from './istanbul-helpers.js';

/**
 * The byte-level reader of istanbul entries answers for the common shape, and only for it:
 * everything else goes to JSON.parse and the general code, so its results must equal what
 * JSON.parse gives, entry by entry.
 */
const loc = (line: number) => ({ start: { line, column: 0 }, end: { line, column: 9 } });
const ENTRY = {
  path: '/w/src/a.js',
  statementMap: { 0: loc(1), 1: loc(2), 2: loc(2), 3: loc(4) },
  fnMap: { 0: { name: 'f', decl: loc(1), loc: loc(1), line: 1 } },
  branchMap: { 0: { loc: loc(2), type: 'if', locations: [loc(2), loc(2)], line: 2 }, 1: { loc: loc(4), type: 'cond-expr', locations: [loc(4), loc(4)] } },
  s: { 0: 1, 1: 0, 2: 5, 3: 0 },
  f: { 0: 1 },
  b: { 0: [1, 0], 1: [0, 0] },
  inputSourceMap: { version: 3, sources: ['a.ts'], names: [], mappings: 'AAAA;\\u0041', sourcesContent: ['x "quoted" \\n'] },
};

describe('IstanbulEntryReader', () => {
  test('reads the common shape: lines as istanbul counts them, branch arms in id order', () => {
    expect(read(JSON.stringify(ENTRY))).toEqual({ lines: [[1, 1], [2, 5], [4, 0]], branches: [[2, [1, 0]], [4, [0, 0]]], lineRatio: [2, 3], branchRatio: [1, 4] });
    expect(read(JSON.stringify(ENTRY, null, 2))).toEqual(read(JSON.stringify(ENTRY)));
  });

  test.each([
    ['a data wrapper', JSON.stringify({ data: ENTRY })],
    ['an escaped key', JSON.stringify(ENTRY).replace('"s":', '"\\u0073":')],
    ['a count with a fraction', JSON.stringify({ ...ENTRY, s: { ...ENTRY.s, 0: 1.5 } })],
    ['an id with a leading zero', JSON.stringify(ENTRY).replace('"s":{"0":1', '"s":{"00":1')],
    ['a key twice', JSON.stringify(ENTRY).replace('"f":', '"s":{},"f":')],
    ['no statementMap', JSON.stringify({ ...ENTRY, statementMap: undefined })],
    ['a branch without a line', JSON.stringify({ ...ENTRY, branchMap: { 0: ENTRY.branchMap[0], 1: { type: 'if' } } })],
    ['a null statement', JSON.stringify({ ...ENTRY, statementMap: { ...ENTRY.statementMap, 1: null } })],
    ['a cut in the wrong place', JSON.stringify(ENTRY).slice(0, -10)],
    ['trailing bytes', `${JSON.stringify(ENTRY)},"next":{`],
    ['a trailing comma', JSON.stringify(ENTRY).replace(/}$/, ',}')],
    ['a bad escape in a skipped string', JSON.stringify(ENTRY).replace('AAAA', 'AA\\qA')],
    ['a bare word', JSON.stringify(ENTRY).replace('"type":"if"', '"type":iff')],
    ['a control character in a string', JSON.stringify(ENTRY).replace('AAAA', 'AA\nA')],
  ])('leaves %s to JSON.parse', (_what, text) => {
    expect(read(text)).toBe(false);
  });

  test('the real jest report: every entry is read the fast way, with JSON.parse\'s figures', async () => {
    const text = readFileSync('test/fixtures/coverage/istanbul-json/coverage/coverage-final.json', 'utf8');
    const entries = Object.values(JSON.parse(text) as Record<string, unknown>);
    for (const entry of entries) expect(read(JSON.stringify(entry))).not.toBe(false);
    expect(await parseText(parseIstanbulJson, text)).toEqual(await parseText(parseIstanbulJson, text, { chunkSize: 5 }));
  });

  test('whatever the entry, the fast way answers only when it gives istanbul\'s figures, and refuses what istanbul would', () => {
    const rarely = <T>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<T>) => fc.oneof({ arbitrary: usual, weight: 40 }, { arbitrary: odd, weight: 1 });
    const count = rarely<number>(fc.nat({ max: 5 }), fc.constantFrom(1.5, -1, 1e20));
    const location = fc.record({ start: fc.record({ line: rarely<number | null>(fc.nat({ max: 30 }), fc.constant(null)), column: fc.nat() }) });
    const table = <T>(value: fc.Arbitrary<T>, n: number) =>
      fc
        .uniqueArray(rarely(fc.nat({ max: n }).map(String), fc.constantFrom('01', 'x')), { maxLength: 8 })
        .chain((keys) => fc.tuple(...keys.map((key) => value.map((each) => [key, each] as const))))
        .map((pairs) => Object.fromEntries(pairs));
    const entry = fc.record(
      {
        path: fc.constantFrom('src/a.js', 'src/"q".js'),
        statementMap: table(location, 10),
        s: table(count, 10),
        branchMap: table(fc.record({ line: fc.nat({ max: 30 }), loc: location, locations: fc.array(location, { maxLength: 2 }) }, { requiredKeys: [] }), 4),
        b: table(fc.array(count, { maxLength: 3 }), 4),
      },
      { requiredKeys: ['statementMap', 's'] },
    );
    let fast = 0;
    fc.assert(
      fc.property(entry, (value) => {
        const answer = read(JSON.stringify(value));
        const expected = istanbulFigures(JSON.parse(JSON.stringify(value)) as Parsed);
        // Left to JSON.parse (false) is always safe; an answer must be istanbul's, and never for an entry shipgate refuses.
        if (answer !== false) {
          fast++;
          expect(answer).toEqual(expected);
        }
      }),
      { numRuns: 400 },
    );
    expect(fast).toBeGreaterThan(50);
  });
});
