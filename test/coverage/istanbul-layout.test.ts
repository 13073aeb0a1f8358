import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseIstanbulJson } from '../../src/coverage/parsers/istanbul.js';
import { armTable, branchTable, countTable, FAIL, skipCountTable, skipFunctionTable, statementTable } from '../../src/coverage/parsers/istanbul-layout.js';
import { EntryTables } from '../../src/coverage/parsers/istanbul-tables.js';
import { parseText } from './helpers.js';
import { istanbulFigures, read, type Parsed } from './istanbul-helpers.js';

/**
 * The one-pass readers of istanbul's own bytes (istanbul-layout.ts) must take what jest writes
 * (else the speed is silently lost) and, whatever the bytes, give JSON.parse's figures or leave
 * the table to the general reader.
 */
const JEST_REPORT = 'test/fixtures/coverage/istanbul-json/coverage/coverage-final.json';

type Table = (buf: Buffer, at: number, end: number, tables: EntryTables) => number;
const TABLES: Record<string, Table> = {
  statementMap: statementTable,
  s: countTable,
  branchMap: branchTable,
  b: armTable,
  fnMap: (buf, at, end) => skipFunctionTable(buf, at, end),
  f: (buf, at, end) => skipCountTable(buf, at, end),
};

/** Where a table read from JSON.stringify's bytes (or these bytes) ends: its length, or FAIL. */
function readTable(name: string, value: unknown, prefix = ''): number {
  const buf = Buffer.from(`${prefix}${typeof value === 'string' ? value : JSON.stringify(value)}`);
  return TABLES[name](buf, prefix.length, buf.length, new EntryTables());
}

const loc = (line: number, column = 0, endLine = line, endColumn = 10) => ({ start: { line, column }, end: { line: endLine, column: endColumn } });

describe("istanbul's own layout", () => {
  test('every table of the real jest report is read in one pass, to its last byte', () => {
    const report = JSON.parse(readFileSync(JEST_REPORT, 'utf8')) as Record<string, Record<string, unknown>>;
    for (const entry of Object.values(report)) {
      for (const name of Object.keys(TABLES)) {
        const bytes = Buffer.byteLength(JSON.stringify(entry[name]));
        expect([name, readTable(name, entry[name], ' ')]).toEqual([name, bytes + 1]);
      }
    }
  });

  test.each([
    ['ids out of order', 'statementMap', `{"1":${JSON.stringify(loc(1))},"0":${JSON.stringify(loc(2))}}`, { 0: loc(2), 2: loc(1) }],
    ['an id twice', 's', '{"0":1,"0":2}', '{"0":1,"1":2,"1":3}'],
    ['a space', 'b', '{"0": [1]}', '{"0":[1 ]}'],
    ['an id skipped', 's', { 0: 1, 2: 1 }, undefined],
    ['a count with a fraction', 's', { 0: 1.5 }, undefined],
    ['a negative count', 's', { 0: -1 }, undefined],
    ['a count in exponent notation', 'b', { 0: [1e21] }, undefined],
    ['a location without end', 'statementMap', { 0: { start: { line: 1, column: 0 } } }, undefined],
    ['a location with a null column', 'statementMap', { 0: { start: { line: 1, column: null }, end: { line: 1, column: 2 } } }, undefined],
    ['a branch without line', 'branchMap', { 0: { loc: loc(1), type: 'if', locations: [loc(1)] } }, undefined],
    ['a branch type with an escape', 'branchMap', { 0: { loc: loc(1), type: 'i"f', locations: [loc(1)], line: 1 } }, undefined],
    ['a function with keys in another order', 'fnMap', { 0: { decl: loc(1), name: 'f', loc: loc(1), line: 1 } }, undefined],
  ])('%s is left to the general reader', (_what, name, value, alsoValue) => {
    expect(readTable(name, value)).toBe(FAIL);
    if (alsoValue) expect(readTable(name, alsoValue)).toBe(FAIL);
  });

  test('empty tables, empty lists and the locations istanbul leaves empty are read', () => {
    for (const name of Object.keys(TABLES)) expect(readTable(name, {})).toBe(2);
    expect(readTable('b', { 0: [] })).toBe(8);
    const branch = { loc: loc(3), type: 'if', locations: [], line: 0 };
    for (const value of [branch, { ...branch, locations: [{ start: {}, end: {} }, loc(3)] }, { ...branch, loc: { start: {}, end: {} } }]) {
      expect(readTable('branchMap', { 0: value })).toBe(JSON.stringify({ 0: value }).length);
    }
    expect(readTable('statementMap', { 0: { start: {}, end: {} } })).toBe(FAIL);
  });

  const rarely = <T>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<T>) => fc.oneof({ arbitrary: usual, weight: 30 }, { arbitrary: odd, weight: 1 });
  const count = rarely<unknown>(fc.oneof(fc.nat({ max: 3 }), fc.nat()), fc.constantFrom(1.5, -1, 1e21, 2 ** 53, null, '1', 0.0));
  const line = rarely<unknown>(fc.nat({ max: 40 }), fc.constantFrom(0, -1, null, 2.5, '3'));
  const location = rarely<unknown>(
    fc.record({ start: fc.record({ line, column: fc.nat({ max: 80 }) }), end: fc.record({ line: fc.nat({ max: 40 }), column: fc.nat({ max: 80 }) }) }),
    fc.oneof(fc.constant(null), fc.record({ start: fc.record({ line }) }), fc.record({ end: fc.record({ line }), start: fc.record({ line, column: fc.constant(null) }) })),
  );
  /** ids 0..n-1 as istanbul numbers them, and now and then one it would not write. */
  const table = <T>(value: fc.Arbitrary<T>, max: number) =>
    fc
      .tuple(fc.array(value, { maxLength: max }), rarely(fc.constant(undefined), fc.constantFrom('7', '01', 'x')))
      .map(([values, odd]) => Object.fromEntries([...values.map((each, id) => [String(id), each] as const), ...(odd ? ([[odd, values[0]]] as const) : [])]));
  const entry = fc.record(
    {
      path: fc.constantFrom('/w/src/a.js', '/w/src/"q".js', '/w/src/ü.js'),
      statementMap: table(location, 12),
      fnMap: table(rarely<unknown>(fc.record({ name: fc.string(), decl: location, loc: location, line }), fc.constant({ name: 'f' })), 3),
      branchMap: table(
        rarely<unknown>(
          fc.record({ loc: location, type: fc.constantFrom('if', 'cond-expr', 'switch'), locations: fc.array(location, { maxLength: 3 }), line }),
          fc.record({ type: fc.string(), locations: fc.array(location, { maxLength: 2 }) }, { requiredKeys: [] }),
        ),
        4,
      ),
      s: table(count, 12),
      f: table(count, 3),
      b: table(rarely<unknown>(fc.array(count, { maxLength: 4 }), fc.constant(3)), 4),
      _coverageSchema: fc.constant('1a1c01bbd47fc00a2c39e90264f33305004495a9'),
    },
    { requiredKeys: ['statementMap', 's'] },
  );
  /** A small edit of the bytes: most make invalid JSON, some valid JSON with other figures. */
  const edit = fc.option(fc.tuple(fc.nat(), fc.constantFrom('delete', 'insert', 'replace'), fc.constantFrom(' ', '-', '.', '0', '9', 'e', '"', ',', '}', ']', '\\', '\n')), { freq: 2 });
  const applyEdit = (text: string, change: [number, string, string] | null): string => {
    if (!change) return text;
    const [at, how, byte] = change;
    const i = at % text.length;
    return text.slice(0, i) + (how === 'delete' ? '' : byte) + text.slice(how === 'insert' ? i : i + 1);
  };

  test('whatever the bytes, an entry gets the figures istanbul would count, or is refused as JSON.parse refuses it', () => {
    let answered = 0;
    fc.assert(
      fc.property(entry, edit, (value, change) => {
        const text = applyEdit(JSON.stringify(value), change);
        let parsed: Parsed | undefined;
        try {
          parsed = JSON.parse(text) as Parsed;
        } catch {
          parsed = undefined;
        }
        const answer = read(text);
        if (parsed === undefined || typeof parsed !== 'object' || parsed === null) expect(answer).toBe(false);
        else if (answer !== false) {
          answered++;
          expect(answer).toEqual(istanbulFigures(parsed));
        }
      }),
      { numRuns: 1500 },
    );
    expect(answered).toBeGreaterThan(300);
  });

  test("whole reports, in jest's layout or compact, in any chunk size: the figures of JSON.parse", async () => {
    const clean = entry.filter((value) => istanbulFigures(value as Parsed) !== 'error');
    await fc.assert(
      fc.asyncProperty(fc.array(clean, { minLength: 1, maxLength: 4 }), fc.boolean(), fc.constantFrom(7, 64, 1 << 20), async (entries, jestLayout, chunkSize) => {
        const named = entries.map((value, index) => [`/w/src/f${index}.js`, { ...value, path: `/w/src/f${index}.js` }] as const);
        const report = jestLayout
          ? `{${named.map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}\n`).join(',')}}\n`
          : JSON.stringify(Object.fromEntries(named));
        const summary = await parseText(parseIstanbulJson, report, { chunkSize });
        for (const [key, value] of named) {
          const { lines, branches, lineRatio, branchRatio } = istanbulFigures(value as Parsed) as Exclude<ReturnType<typeof istanbulFigures>, 'error'>;
          expect(summary[key]).toEqual({ lines, branches, lineRatio, branchRatio });
        }
      }),
      { numRuns: 60 },
    );
  });
});
