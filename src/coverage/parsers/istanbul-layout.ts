/**
 * istanbul's own bytes, read in one pass. istanbul-lib-coverage's objects go through
 * JSON.stringify, so every entry jest or nyc writes has the same bytes around its figures:
 *
 *   statementMap  {"0":LOC,"1":LOC,...}         LOC = {"start":{"line":L,"column":C},"end":{"line":L,"column":C}}
 *   s, f          {"0":N,"1":N,...}
 *   branchMap     {"0":{"loc":LOC,"type":"if","locations":[LOC,...],"line":L},...}   (a LOC may be {"start":{},"end":{}})
 *   b             {"0":[N,...],...}
 *   fnMap         {"0":{"name":"f","decl":LOC,"loc":LOC,"line":L},...}
 *
 * with ids 0, 1, 2... in order. Each function here reads one such table straight through,
 * comparing the bytes with that layout (no call per token, no key lookup, no duplicate check:
 * ids in order cannot repeat), and answers FAIL at the first byte that differs; the entry
 * reader then reads the same table again the general way, which takes every valid JSON. These
 * tables are 95 % of a report's bytes, and the general way reads them about half as fast
 * (bench, istanbul ~100 MB): the difference is most of what keeps istanbul JSON at 3× JSON.parse.
 * Hand-written byte loops because no JSON library reads a Buffer without building its objects.
 */
import type { EntryTables } from './istanbul-tables.js';

const QUOTE = 34, COLON = 58, COMMA = 44, OPEN_BRACE = 123, CLOSE_BRACE = 125, OPEN_BRACKET = 91, CLOSE_BRACKET = 93, BACKSLASH = 92;
const ZERO = 48, NINE = 57;

/** The table is not in istanbul's layout (the caller reads it the general way). */
export const FAIL = -1;
/** Digits of a whole number that is surely a safe integer. */
export const MAX_DIGITS = 15;
/** Ids past this are not istanbul's (it numbers from 0): the general code takes them. */
export const MAX_ID = 1 << 22;

const bytes = (text: string): Uint8Array => Buffer.from(text, 'latin1');
const LOC_START = bytes('{"start":{"line":'), LOC_COLUMN = bytes(',"column":'), LOC_END = bytes('},"end":{"line":');
const BRANCH_LOC = bytes('{"loc":'), BRANCH_TYPE = bytes(',"type":'), BRANCH_LOCATIONS = bytes(',"locations":['), LINE = bytes(',"line":');
/** What istanbul writes for a branch arm it has no position for (an implicit else). */
const NO_LOCATION = bytes('{"start":{},"end":{}}');
const FN_NAME = bytes('{"name":'), FN_DECL = bytes(',"decl":'), FN_LOC = bytes(',"loc":');

/** Where the last successful read ended, and the number it read (a line or a count). */
let at = 0;
let value = 0;

/** buf[j...] starts with `pattern` (never reading past `end`: an out-of-bounds read slows V8's loads for good). */
function startsWith(buf: Buffer, j: number, end: number, pattern: Uint8Array): boolean {
  if (j + pattern.length > end) return false;
  for (let k = 0; k < pattern.length; k++) if (buf[j + k] !== pattern[k]) return false;
  return true;
}

/** A JSON whole number at buf[j] (no sign, fraction or exponent): `value`, `at` after it; false otherwise. */
function whole(buf: Buffer, j: number, end: number): boolean {
  const first = j;
  let n = 0;
  for (; j < end; j++) {
    const c = buf[j];
    if (c < ZERO || c > NINE) break;
    n = n * 10 + c - ZERO;
  }
  // A fraction or an exponent after the digits is caught by the caller, which expects `,` `}` `]`.
  if (j === first || j - first > MAX_DIGITS || (buf[first] === ZERO && j > first + 1)) return false;
  value = n;
  at = j;
  return true;
}

/** Where the last read ended, and what it read (for the entry reader after `location`). */
export const layoutEnd = (): number => at;
export const layoutValue = (): number => value;

/** `"<id>":` at buf[j] for the expected id; `at` after the colon. */
function idKey(buf: Buffer, j: number, end: number, id: number): boolean {
  if (j >= end || buf[j] !== QUOTE || !whole(buf, j + 1, end) || value !== id) return false;
  j = at;
  if (j + 1 >= end || buf[j] !== QUOTE || buf[j + 1] !== COLON) return false;
  at = j + 2;
  return true;
}

/** LOC at buf[j]: its start line in `value`, `at` after it. */
export function location(buf: Buffer, j: number, end: number): boolean {
  if (!startsWith(buf, j, end, LOC_START) || !whole(buf, j + LOC_START.length, end)) return false;
  const line = value;
  if (!startsWith(buf, at, end, LOC_COLUMN) || !whole(buf, at + LOC_COLUMN.length, end)) return false;
  if (!startsWith(buf, at, end, LOC_END) || !whole(buf, at + LOC_END.length, end)) return false;
  if (!startsWith(buf, at, end, LOC_COLUMN) || !whole(buf, at + LOC_COLUMN.length, end)) return false;
  j = at;
  if (j + 1 >= end || buf[j] !== CLOSE_BRACE || buf[j + 1] !== CLOSE_BRACE) return false;
  value = line;
  at = j + 2;
  return true;
}

/** A branch's LOC, or istanbul's `{"start":{},"end":{}}` (start line -1: none). */
function branchLocation(buf: Buffer, j: number, end: number): boolean {
  if (!startsWith(buf, j, end, NO_LOCATION)) return location(buf, j, end);
  value = -1;
  at = j + NO_LOCATION.length;
  return true;
}

/** A JSON string without escapes at buf[j] (names, types); `at` after it. */
function plainString(buf: Buffer, j: number, end: number): boolean {
  if (j >= end || buf[j] !== QUOTE) return false;
  for (j++; j < end; j++) {
    const c = buf[j];
    if (c === QUOTE) {
      at = j + 1;
      return true;
    }
    if (c === BACKSLASH || c < 32) return false;
  }
  return false;
}

/**
 * `{"<id>":<item>,...}` with ids 0, 1, 2...: `item(id)` reads one value at `at` and leaves `at`
 * after it. Returns the offset after the table, or FAIL; `tables` learns how many ids it holds
 * through `item` (for the caller to undo on FAIL).
 */
function idTable(buf: Buffer, j: number, end: number, item: (buf: Buffer, end: number, id: number) => boolean): number {
  if (j + 1 >= end || buf[j] !== OPEN_BRACE) return FAIL;
  if (buf[j + 1] === CLOSE_BRACE) return j + 2;
  at = j + 1;
  for (let id = 0; id < MAX_ID; id++) {
    if (!idKey(buf, at, end, id) || !item(buf, end, id)) return FAIL;
    j = at;
    if (j >= end) return FAIL;
    if (buf[j] === CLOSE_BRACE) return j + 1;
    if (buf[j] !== COMMA) return FAIL;
    at = j + 1;
  }
  return FAIL;
}

/** statementMap: each statement's start line. */
export function statementTable(buf: Buffer, j: number, end: number, tables: EntryTables): number {
  return idTable(buf, j, end, (buf, end, id) => {
    if (!location(buf, at, end)) return false;
    tables.setStatementLine(id, value);
    return true;
  });
}

/** s: each statement's count. */
export function countTable(buf: Buffer, j: number, end: number, tables: EntryTables): number {
  return idTable(buf, j, end, (buf, end, id) => {
    if (!whole(buf, at, end)) return false;
    tables.setStatementCount(id, value);
    return true;
  });
}

/** f: counts, read and dropped. */
export function skipCountTable(buf: Buffer, j: number, end: number): number {
  return idTable(buf, j, end, (buf, end) => whole(buf, at, end));
}

/** branchMap: each branch's `line` (and its loc's and first location's, as istanbul falls back on them). */
export function branchTable(buf: Buffer, j: number, end: number, tables: EntryTables): number {
  return idTable(buf, j, end, (buf, end, id) => {
    if (!startsWith(buf, at, end, BRANCH_LOC) || !branchLocation(buf, at + BRANCH_LOC.length, end)) return false;
    const loc = value;
    if (!startsWith(buf, at, end, BRANCH_TYPE) || !plainString(buf, at + BRANCH_TYPE.length, end)) return false;
    if (!startsWith(buf, at, end, BRANCH_LOCATIONS)) return false;
    let first: number | undefined;
    at += BRANCH_LOCATIONS.length;
    if (at < end && buf[at] === CLOSE_BRACKET) at++;
    else {
      for (;;) {
        if (!branchLocation(buf, at, end)) return false;
        if (first === undefined) first = value;
        if (at >= end) return false;
        const c = buf[at++];
        if (c === CLOSE_BRACKET) break;
        if (c !== COMMA) return false;
      }
    }
    if (!startsWith(buf, at, end, LINE) || !whole(buf, at + LINE.length, end)) return false;
    const line = value;
    if (at >= end || buf[at] !== CLOSE_BRACE) return false;
    at++;
    return tables.setBranchMapping(id, line, loc, first ?? -1);
  });
}

/** b: each branch's arm counts. */
export function armTable(buf: Buffer, j: number, end: number, tables: EntryTables): number {
  return idTable(buf, j, end, (buf, end, id) => {
    if (at >= end || buf[at] !== OPEN_BRACKET) return false;
    at++;
    tables.openArms(id);
    if (at < end && buf[at] === CLOSE_BRACKET) at++;
    else {
      for (;;) {
        if (!whole(buf, at, end)) return false;
        tables.addArm(value);
        if (at >= end) return false;
        const c = buf[at++];
        if (c === CLOSE_BRACKET) break;
        if (c !== COMMA) return false;
      }
    }
    tables.closeArms(id);
    return true;
  });
}

/** fnMap: nothing in it counts; checked and skipped. */
export function skipFunctionTable(buf: Buffer, j: number, end: number): number {
  return idTable(buf, j, end, (buf, end) => {
    if (!startsWith(buf, at, end, FN_NAME) || !plainString(buf, at + FN_NAME.length, end)) return false;
    if (!startsWith(buf, at, end, FN_DECL) || !location(buf, at + FN_DECL.length, end)) return false;
    if (!startsWith(buf, at, end, FN_LOC) || !location(buf, at + FN_LOC.length, end)) return false;
    if (!startsWith(buf, at, end, LINE) || !whole(buf, at + LINE.length, end)) return false;
    if (at >= end || buf[at] !== CLOSE_BRACE) return false;
    at++;
    return true;
  });
}
