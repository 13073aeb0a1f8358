/**
 * One file entry of istanbul's coverage-final.json, read straight from its bytes: a strict JSON
 * scanner that keeps only what the figures need (statementMap start lines, `s`, branchMap lines,
 * `b`) in reused typed arrays (istanbul-tables.ts), and skips the rest (fnMap, f,
 * inputSourceMap...) without building a single object or string. JSON.parse of every entry held
 * istanbul JSON at about JSON.parse's own speed (it builds every location object); this runs
 * several times faster. Each table is first tried in istanbul's own bytes (istanbul-layout.ts),
 * then read here the general way.
 *
 * It only answers for the common shape: object entries, numeric ids, whole-number counts and
 * lines, no escapes in keys, each key once. Anything else (valid or not) makes `read` answer
 * false, and the caller gives the entry to JSON.parse and the general code, which reads every
 * valid shape and words every error. Every byte is checked as JSON, so bytes that are not one
 * JSON object are never taken for an entry. One module, longer than most: the key dispatch, the
 * general readers and the JSON grammar share the reader's position, and a call across modules
 * per token would cost what this is for.
 */
import type { FileCoverage } from '../model.js';
import { armTable, branchTable, countTable, FAIL, layoutEnd, layoutValue, location, MAX_DIGITS, MAX_ID, skipCountTable, skipFunctionTable, statementTable } from './istanbul-layout.js';
import { EntryTables, type LineSink } from './istanbul-tables.js';

export type { LineSink };

const QUOTE = 34, BACKSLASH = 92, COLON = 58, COMMA = 44, OPEN_BRACE = 123, CLOSE_BRACE = 125, OPEN_BRACKET = 91, CLOSE_BRACKET = 93;
const MINUS = 45, PLUS = 43, DOT = 46, ZERO = 48, NINE = 57, LOWER_E = 101, UPPER_E = 69;

/** Not the common shape: thrown inside the scanner, caught by `read`. */
const OTHER_SHAPE = new Error('not the common istanbul shape');

const bytes = (text: string): Uint8Array => Buffer.from(text, 'latin1');
const PATH = bytes('path'), STATEMENT_MAP = bytes('statementMap'), S = bytes('s'), BRANCH_MAP = bytes('branchMap'), B = bytes('b');
const DATA = bytes('data'), START = bytes('start'), LINE = bytes('line'), LOC = bytes('loc'), LOCATIONS = bytes('locations');
const FN_MAP = bytes('fnMap'), F = bytes('f');
const TRUE = bytes('true'), FALSE = bytes('false'), NULL = bytes('null');

export class IstanbulEntryReader {
  private buf: Buffer = Buffer.alloc(0);
  private i = 0;
  private end = 0;
  /** The entry's "path", when it has one. */
  path: string | undefined;

  private readonly tables = new EntryTables();
  private seen = 0;
  private keyStart = 0;
  private stack: Uint8Array<ArrayBuffer> = new Uint8Array(64);

  /** Read the entry in buf[start, end) (one JSON object); false when it is not in the common shape. */
  read(buf: Buffer, start: number, end: number): boolean {
    this.reset();
    this.buf = buf;
    this.i = start;
    this.end = end;
    try {
      this.entry();
      this.space();
      return this.i === end && this.finish();
    } catch (error) {
      // A nesting too deep for the stack is left to JSON.parse as well.
      if (error === OTHER_SHAPE || error instanceof RangeError) return false;
      throw error;
    }
  }

  /**
   * Read one entry object that starts at buf[start] (its `{`) and ends anywhere before `limit`
   * (the chunk holds more entries): the offset after its `}`, or -1 (not the common shape, or
   * cut off by the chunk's end).
   */
  readAt(buf: Buffer, start: number, limit: number): number {
    this.reset();
    this.buf = buf;
    this.i = start;
    this.end = limit;
    try {
      this.entry();
      return this.finish() ? this.i : -1;
    } catch (error) {
      if (error === OTHER_SHAPE || error instanceof RangeError) return -1;
      throw error;
    }
  }

  /** Hand what `read` found to the file: statement lines through `lines`, branch arms in id order. */
  apply(file: FileCoverage, lines: LineSink): void {
    this.tables.apply(file, lines);
  }

  private reset(): void {
    this.tables.reset();
    this.seen = 0;
    this.path = undefined;
  }

  /** After the entry: statementMap and s are there, and every branch has a line. */
  private finish(): boolean {
    return (this.seen & 3) === 3 && this.tables.finish();
  }

  // ---- the entry's own keys ----------------------------------------------------------------

  private entry(): void {
    this.expect(OPEN_BRACE);
    if (this.peek() === CLOSE_BRACE) {
      this.i++;
      return;
    }
    for (;;) {
      const keyEnd = this.key();
      const keyStart = this.keyStart;
      this.expect(COLON);
      this.space();
      // Each table is tried in istanbul's own layout first (istanbul-layout.ts), then read the
      // general way from the same byte, what the first try wrote undone.
      if (this.is(keyStart, keyEnd, STATEMENT_MAP)) {
        this.once(1);
        if (!this.table(statementTable(this.buf, this.i, this.end, this.tables))) {
          this.tables.clearStatementLines();
          this.statementMap();
        }
      } else if (this.is(keyStart, keyEnd, S)) {
        this.once(2);
        if (!this.table(countTable(this.buf, this.i, this.end, this.tables))) {
          this.tables.clearStatementCounts();
          this.counts();
        }
      } else if (this.is(keyStart, keyEnd, BRANCH_MAP)) {
        this.once(4);
        if (!this.table(branchTable(this.buf, this.i, this.end, this.tables))) {
          this.tables.clearBranchMappings();
          this.branchMap();
        }
      } else if (this.is(keyStart, keyEnd, B)) {
        this.once(8);
        if (!this.table(armTable(this.buf, this.i, this.end, this.tables))) {
          this.tables.clearArms();
          this.branchCounts();
        }
      } else if (this.is(keyStart, keyEnd, PATH)) {
        this.once(16);
        this.pathValue();
      } else if (this.is(keyStart, keyEnd, FN_MAP)) {
        if (!this.table(skipFunctionTable(this.buf, this.i, this.end))) this.value();
      } else if (this.is(keyStart, keyEnd, F)) {
        if (!this.table(skipCountTable(this.buf, this.i, this.end))) this.value();
      } else if (this.is(keyStart, keyEnd, DATA)) throw OTHER_SHAPE;
      else this.value();
      if (this.next(CLOSE_BRACE)) return;
    }
  }

  /** Move past a table read in istanbul's layout; false when it was not (FAIL). */
  private table(after: number): boolean {
    if (after === FAIL) return false;
    this.i = after;
    return true;
  }

  private once(bit: number): void {
    if (this.seen & bit) throw OTHER_SHAPE;
    this.seen |= bit;
  }

  private pathValue(): void {
    if (this.peek() !== QUOTE) throw OTHER_SHAPE;
    const start = this.i + 1;
    const escaped = this.string();
    this.path = escaped ? (JSON.parse(this.buf.toString('utf8', start - 1, this.i)) as string) : this.buf.toString('utf8', start, this.i - 1);
  }

  /** "statementMap": { "<id>": { "start": { "line": N, ... }, ... }, ... } */
  private statementMap(): void {
    this.objectOfIds((id) => {
      const line = this.location();
      if (line < 0 || !this.tables.setStatementLine(id, line)) throw OTHER_SHAPE;
    });
  }

  /** "s": { "<id>": count, ... } */
  private counts(): void {
    this.objectOfIds((id) => {
      this.space();
      if (!this.tables.setStatementCount(id, this.wholeNumber())) throw OTHER_SHAPE;
    });
  }

  /** "branchMap": { "<id>": { "line": N, "loc": {...}, "locations": [{...}, ...], ... }, ... } */
  private branchMap(): void {
    this.objectOfIds((id) => {
      this.expect(OPEN_BRACE);
      if (!this.tables.mapBranch(id)) throw OTHER_SHAPE;
      if (this.peek() === CLOSE_BRACE) {
        this.i++;
        return;
      }
      for (;;) {
        const keyEnd = this.key();
        const keyStart = this.keyStart;
        this.expect(COLON);
        if (this.is(keyStart, keyEnd, LINE)) {
          this.space();
          this.tables.setBranchLine(id, this.wholeNumber());
        } else if (this.is(keyStart, keyEnd, LOC)) this.tables.setBranchLocLine(id, this.location());
        else if (this.is(keyStart, keyEnd, LOCATIONS)) this.tables.setBranchLocationsLine(id, this.locations());
        else this.value();
        if (this.next(CLOSE_BRACE)) return;
      }
    });
  }

  /** "b": { "<id>": [count, ...], ... } */
  private branchCounts(): void {
    this.objectOfIds((id) => {
      this.expect(OPEN_BRACKET);
      if (!this.tables.openArms(id)) throw OTHER_SHAPE;
      if (this.peek() === CLOSE_BRACKET) this.i++;
      else {
        for (;;) {
          this.space();
          this.tables.addArm(this.wholeNumber());
          if (this.next(CLOSE_BRACKET)) break;
        }
      }
      this.tables.closeArms(id);
    });
  }

  /** An object whose keys are istanbul's numeric ids ("0", "1", ...), each value read by `each`. */
  private objectOfIds(each: (id: number) => void): void {
    this.expect(OPEN_BRACE);
    if (this.peek() === CLOSE_BRACE) {
      this.i++;
      return;
    }
    for (;;) {
      this.space();
      if (this.i >= this.end || this.buf[this.i] !== QUOTE) throw OTHER_SHAPE;
      let j = this.i + 1;
      let id = 0;
      const first = j;
      for (; j < this.end; j++) {
        const c = this.buf[j];
        if (c < ZERO || c > NINE) break;
        id = id * 10 + c - ZERO;
      }
      // Not a plain id ("01", "x", "", too large): JavaScript orders such keys differently.
      if (j === first || j >= this.end || this.buf[j] !== QUOTE || (this.buf[first] === ZERO && j > first + 1) || id >= MAX_ID) throw OTHER_SHAPE;
      this.i = j + 1;
      this.expect(COLON);
      each(id);
      if (this.next(CLOSE_BRACE)) return;
    }
  }

  /** A location object ({ "start": { "line": N }, ... }): its start line, -1 when it has none. */
  private location(): number {
    this.space();
    if (location(this.buf, this.i, this.end)) {
      this.i = layoutEnd();
      return layoutValue();
    }
    this.expect(OPEN_BRACE);
    let line = -1;
    if (this.peek() === CLOSE_BRACE) {
      this.i++;
      return line;
    }
    for (;;) {
      const keyEnd = this.key();
      const keyStart = this.keyStart;
      this.expect(COLON);
      if (this.is(keyStart, keyEnd, START)) line = this.startLine();
      else this.value();
      if (this.next(CLOSE_BRACE)) return line;
    }
  }

  /** [location, ...]: the first one's start line, -1 when there is none. */
  private locations(): number {
    this.expect(OPEN_BRACKET);
    let line = -1;
    if (this.peek() === CLOSE_BRACKET) {
      this.i++;
      return line;
    }
    let first = true;
    for (;;) {
      this.space();
      if (first && this.i < this.end && this.buf[this.i] === OPEN_BRACE) line = this.location();
      else this.value();
      first = false;
      if (this.next(CLOSE_BRACKET)) return line;
    }
  }

  /** { "line": N, ... }: N, or -1 when absent. */
  private startLine(): number {
    this.expect(OPEN_BRACE);
    let line = -1;
    if (this.peek() === CLOSE_BRACE) {
      this.i++;
      return line;
    }
    for (;;) {
      const keyEnd = this.key();
      const keyStart = this.keyStart;
      this.expect(COLON);
      if (this.is(keyStart, keyEnd, LINE)) {
        this.space();
        line = this.wholeNumber();
      } else this.value();
      if (this.next(CLOSE_BRACE)) return line;
    }
  }

  // ---- JSON ------------------------------------------------------------------------------------

  /** A key without escapes: its text is buf[keyStart, returned end); i moves past its closing quote. */
  private key(): number {
    this.space();
    if (this.i >= this.end || this.buf[this.i] !== QUOTE) throw OTHER_SHAPE;
    this.keyStart = this.i + 1;
    if (this.string()) throw OTHER_SHAPE;
    return this.i - 1;
  }

  private is(start: number, end: number, name: Uint8Array): boolean {
    if (end - start !== name.length || end > this.end) return false;
    for (let k = 0; k < name.length; k++) if (this.buf[start + k] !== name[k]) return false;
    return true;
  }

  /** Skip a string at i (its opening quote); true when it had escapes. */
  private string(): boolean {
    const start = this.i;
    this.i = skipString(this.buf, start, this.end);
    return stringEscaped;
  }

  /** A whole number 0 ≤ n < 10^15 (no sign, fraction or exponent: those go to the general code). */
  private wholeNumber(): number {
    const buf = this.buf;
    let j = this.i;
    let value = 0;
    const first = j;
    for (; j < this.end; j++) {
      const c = buf[j];
      if (c < ZERO || c > NINE) break;
      value = value * 10 + c - ZERO;
    }
    const c = j < this.end ? buf[j] : -1;
    if (j === first || j - first > MAX_DIGITS || (buf[first] === ZERO && j > first + 1) || c === DOT || c === LOWER_E || c === UPPER_E) throw OTHER_SHAPE;
    this.i = j;
    return value;
  }

  /**
   * Skip any JSON value, checking its grammar, in one loop over the bytes (an explicit stack of
   * open objects and arrays, no call per token): most of an entry's bytes are skipped here.
   */
  private value(): void {
    const buf = this.buf;
    const end = this.end;
    let stack = this.stack;
    let depth = 0;
    let j = this.i;
    // 0: a value is expected; 1: after a value; 2: a key is expected.
    let state = 0;
    for (;;) {
      if (j >= end) throw OTHER_SHAPE;
      let c = buf[j];
      while (c === 32 || c === 10 || c === 13 || c === 9) {
        if (++j >= end) throw OTHER_SHAPE;
        c = buf[j];
      }
      if (state === 0) {
        if (c === QUOTE) {
          j = skipString(buf, j, end);
          state = 1;
        } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
          if (depth === stack.length) stack = this.stack = growStack(stack);
          stack[depth++] = c;
          j++;
          while (j < end && (buf[j] === 32 || buf[j] === 10 || buf[j] === 13 || buf[j] === 9)) j++;
          if (j < end && buf[j] === (c === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET)) {
            j++;
            depth--;
            state = 1;
          } else state = c === OPEN_BRACE ? 2 : 0;
        } else if (c === MINUS || (c >= ZERO && c <= NINE)) {
          this.i = j;
          this.number();
          j = this.i;
          state = 1;
        } else {
          const word = c === 116 ? TRUE : c === 102 ? FALSE : c === 110 ? NULL : undefined;
          if (!word || j + word.length > end || !this.is(j, j + word.length, word)) throw OTHER_SHAPE;
          j += word.length;
          state = 1;
        }
      } else if (state === 1) {
        if (depth === 0) break;
        const open = stack[depth - 1];
        if (c === COMMA) {
          j++;
          state = open === OPEN_BRACE ? 2 : 0;
        } else if (c === (open === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET)) {
          j++;
          depth--;
        } else throw OTHER_SHAPE;
      } else {
        if (c !== QUOTE) throw OTHER_SHAPE;
        j = skipString(buf, j, end);
        while (j < end && (buf[j] === 32 || buf[j] === 10 || buf[j] === 13 || buf[j] === 9)) j++;
        if (j >= end || buf[j] !== COLON) throw OTHER_SHAPE;
        j++;
        state = 0;
      }
    }
    this.i = j;
  }

  /** Any JSON number: -?(0|[1-9]d*)(.d+)?([eE][+-]?d+)? (every read checks the bound first). */
  private number(): void {
    const buf = this.buf;
    const end = this.end;
    let j = this.i;
    if (j < end && buf[j] === MINUS) j++;
    if (j < end && buf[j] === ZERO) j++;
    else if (j < end && buf[j] > ZERO && buf[j] <= NINE) while (j < end && buf[j] >= ZERO && buf[j] <= NINE) j++;
    else throw OTHER_SHAPE;
    if (j < end && buf[j] === DOT) {
      const digits = ++j;
      while (j < end && buf[j] >= ZERO && buf[j] <= NINE) j++;
      if (j === digits) throw OTHER_SHAPE;
    }
    if (j < end && (buf[j] === LOWER_E || buf[j] === UPPER_E)) {
      j++;
      if (j < end && (buf[j] === PLUS || buf[j] === MINUS)) j++;
      const digits = j;
      while (j < end && buf[j] >= ZERO && buf[j] <= NINE) j++;
      if (j === digits) throw OTHER_SHAPE;
    }
    this.i = j;
  }

  private space(): void {
    const buf = this.buf;
    let j = this.i;
    while (j < this.end) {
      const c = buf[j];
      if (c !== 32 && c !== 10 && c !== 13 && c !== 9) break;
      j++;
    }
    this.i = j;
  }

  private peek(): number {
    this.space();
    return this.i < this.end ? this.buf[this.i] : -1;
  }

  private expect(c: number): void {
    if (this.peek() !== c) throw OTHER_SHAPE;
    this.i++;
  }

  /** After a member: true at the closing `close` (consumed), false after a comma; anything else is not JSON. */
  private next(close: number): boolean {
    const c = this.peek();
    this.i++;
    if (c === COMMA) return false;
    if (c === close) return true;
    throw OTHER_SHAPE;
  }
}

/** Whether the last string skipString read had escapes. */
let stringEscaped = false;

/** Skip the JSON string whose opening quote is at buf[at]; returns the offset after its closing quote. */
function skipString(buf: Buffer, at: number, end: number): number {
  let escaped = false;
  let j = at + 1;
  for (;;) {
    if (j >= end) throw OTHER_SHAPE;
    const c = buf[j];
    if (c === QUOTE) break;
    if (c < 32) throw OTHER_SHAPE;
    if (c === BACKSLASH) {
      escaped = true;
      if (j + 1 >= end) throw OTHER_SHAPE;
      const e = buf[j + 1];
      if (e === 117 /* u */) {
        if (j + 6 > end) throw OTHER_SHAPE;
        for (let k = j + 2; k < j + 6; k++) if (!isHex(buf[k])) throw OTHER_SHAPE;
        j += 6;
        continue;
      }
      if (e !== QUOTE && e !== BACKSLASH && e !== 47 && e !== 98 && e !== 102 && e !== 110 && e !== 114 && e !== 116) throw OTHER_SHAPE;
      j += 2;
      continue;
    }
    j++;
  }
  stringEscaped = escaped;
  return j + 1;
}

function growStack(stack: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  // Nesting this deep is not istanbul's: let JSON.parse and the general code have it.
  if (stack.length >= 1 << 16) throw OTHER_SHAPE;
  const grown = new Uint8Array(stack.length * 2);
  grown.set(stack);
  return grown;
}

function isHex(c: number): boolean {
  return (c >= ZERO && c <= NINE) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}
