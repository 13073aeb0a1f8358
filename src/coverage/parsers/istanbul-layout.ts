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

interface Pattern {
  bytes: Uint8Array;
  /** Its first bytes as little-endian 32-bit words. */
  words: Uint32Array;
}
const bytes = (text: string): Pattern => {
  const buf = Buffer.from(text, 'latin1');
  const words = new Uint32Array(buf.length >> 2);
  for (let k = 0; k < words.length; k++) words[k] = buf.readUInt32LE(4 * k);
  return { bytes: buf, words };
};
const LOC_START = bytes('{"start":{"line":'), LOC_COLUMN = bytes(',"column":'), LOC_END = bytes('},"end":{"line":');
const BRANCH_LOC = bytes('{"loc":'), BRANCH_TYPE = bytes(',"type":'), BRANCH_LOCATIONS = bytes(',"locations":['), LINE = bytes(',"line":');
/** What istanbul writes for a branch arm it has no position for (an implicit else). */
const NO_LOCATION = bytes('{"start":{},"end":{}}');
const FN_NAME = bytes('{"name":'), FN_DECL = bytes(',"decl":'), FN_LOC = bytes(',"loc":');

/** Where the last successful read ended, and the number it read (a line or a count). */
let at = 0;
let value = 0;

/** The bytes a table is read from, seen as little-endian 32-bit words (four bytes per compare). */
let view: DataView = new DataView(new ArrayBuffer(0));
let viewOf: Buffer | undefined;

function see(buf: Buffer): void {
  if (buf === viewOf) return;
  view = new DataView(buf.buffer, buf.byteOffset, buf.length);
  viewOf = buf;
}

/**
 * buf[j...] starts with `pattern`, compared four bytes at a time (most of istanbul's bytes are
 * these fixed keys and braces). Never reads past `end`: an out-of-bounds read slows V8's loads for good.
 */
function startsWith(buf: Buffer, j: number, end: number, pattern: Pattern): boolean {
  const bytes = pattern.bytes;
  if (j + bytes.length > end) return false;
  const words = pattern.words;
  let k = 0;
  for (; k < words.length; k++) if (view.getUint32(j + 4 * k, true) !== words[k]) return false;
  for (k *= 4; k < bytes.length; k++) if (buf[j + k] !== bytes[k]) return false;
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
  see(buf);
  if (!startsWith(buf, j, end, LOC_START) || !whole(buf, j + LOC_START.bytes.length, end)) return false;
  const line = value;
  if (!startsWith(buf, at, end, LOC_COLUMN) || !whole(buf, at + LOC_COLUMN.bytes.length, end)) return false;
  if (!startsWith(buf, at, end, LOC_END) || !whole(buf, at + LOC_END.bytes.length, end)) return false;
  if (!startsWith(buf, at, end, LOC_COLUMN) || !whole(buf, at + LOC_COLUMN.bytes.length, end)) return false;
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
  at = j + NO_LOCATION.bytes.length;
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

const STATEMENTS = 0, COUNTS = 1, SKIPPED_COUNTS = 2, BRANCHES = 3, ARMS = 4, FUNCTIONS = 5;
type Kind = typeof STATEMENTS | typeof COUNTS | typeof SKIPPED_COUNTS | typeof BRANCHES | typeof ARMS | typeof FUNCTIONS;

/**
 * `{"<id>":<item>,...}` with ids 0, 1, 2...: each item of `kind` is read at `at`, which it leaves
 * after itself. Returns the offset after the table, or FAIL (the caller undoes what was written).
 * One loop with a switch rather than a callback per table: no closure per table and entry, and
 * direct calls V8 can inline.
 */
function idTable(buf: Buffer, j: number, end: number, kind: Kind, tables: EntryTables | undefined): number {
  see(buf);
  if (j + 1 >= end || buf[j] !== OPEN_BRACE) return FAIL;
  if (buf[j + 1] === CLOSE_BRACE) return j + 2;
  at = j + 1;
  for (let id = 0; id < MAX_ID; id++) {
    if (!idKey(buf, at, end, id)) return FAIL;
    let read: boolean;
    switch (kind) {
      case STATEMENTS:
        read = location(buf, at, end) && tables!.setStatementLine(id, value);
        break;
      case COUNTS:
        read = whole(buf, at, end) && tables!.setStatementCount(id, value);
        break;
      case SKIPPED_COUNTS:
        read = whole(buf, at, end);
        break;
      case BRANCHES:
        read = branchItem(buf, end, id, tables!);
        break;
      case ARMS:
        read = armItem(buf, end, id, tables!);
        break;
      default:
        read = functionItem(buf, end);
    }
    if (!read) return FAIL;
    j = at;
    if (j >= end) return FAIL;
    if (buf[j] === CLOSE_BRACE) return j + 1;
    if (buf[j] !== COMMA) return FAIL;
    at = j + 1;
  }
  return FAIL;
}

/** statementMap: each statement's start line. */
export const statementTable = (buf: Buffer, j: number, end: number, tables: EntryTables): number => idTable(buf, j, end, STATEMENTS, tables);
/** s: each statement's count. */
export const countTable = (buf: Buffer, j: number, end: number, tables: EntryTables): number => idTable(buf, j, end, COUNTS, tables);
/** f: counts, read and dropped. */
export const skipCountTable = (buf: Buffer, j: number, end: number): number => idTable(buf, j, end, SKIPPED_COUNTS, undefined);
/** branchMap: each branch's `line` (and its loc's and first location's, as istanbul falls back on them). */
export const branchTable = (buf: Buffer, j: number, end: number, tables: EntryTables): number => idTable(buf, j, end, BRANCHES, tables);
/** b: each branch's arm counts. */
export const armTable = (buf: Buffer, j: number, end: number, tables: EntryTables): number => idTable(buf, j, end, ARMS, tables);
/** fnMap: nothing in it counts; checked and skipped. */
export const skipFunctionTable = (buf: Buffer, j: number, end: number): number => idTable(buf, j, end, FUNCTIONS, undefined);

function branchItem(buf: Buffer, end: number, id: number, tables: EntryTables): boolean {
  if (!startsWith(buf, at, end, BRANCH_LOC) || !branchLocation(buf, at + BRANCH_LOC.bytes.length, end)) return false;
  const loc = value;
  if (!startsWith(buf, at, end, BRANCH_TYPE) || !plainString(buf, at + BRANCH_TYPE.bytes.length, end)) return false;
  if (!startsWith(buf, at, end, BRANCH_LOCATIONS)) return false;
  let first: number | undefined;
  at += BRANCH_LOCATIONS.bytes.length;
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
  if (!startsWith(buf, at, end, LINE) || !whole(buf, at + LINE.bytes.length, end)) return false;
  const line = value;
  if (at >= end || buf[at] !== CLOSE_BRACE) return false;
  at++;
  return tables.setBranchMapping(id, line, loc, first ?? -1);
}

function armItem(buf: Buffer, end: number, id: number, tables: EntryTables): boolean {
  if (at >= end || buf[at] !== OPEN_BRACKET) return false;
  at++;
  if (!tables.openArms(id)) return false;
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
}

function functionItem(buf: Buffer, end: number): boolean {
  if (!startsWith(buf, at, end, FN_NAME) || !plainString(buf, at + FN_NAME.bytes.length, end)) return false;
  if (!startsWith(buf, at, end, FN_DECL) || !location(buf, at + FN_DECL.bytes.length, end)) return false;
  if (!startsWith(buf, at, end, FN_LOC) || !location(buf, at + FN_LOC.bytes.length, end)) return false;
  if (!startsWith(buf, at, end, LINE) || !whole(buf, at + LINE.bytes.length, end)) return false;
  if (at >= end || buf[at] !== CLOSE_BRACE) return false;
  at++;
  return true;
}
