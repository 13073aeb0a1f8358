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
import { lastStringEscaped, NOT_READ, skipString, skipValue } from './json-bytes.js';

export type { LineSink };

const QUOTE = 34, COLON = 58, COMMA = 44, OPEN_BRACE = 123, CLOSE_BRACE = 125, OPEN_BRACKET = 91, CLOSE_BRACKET = 93;
const DOT = 46, ZERO = 48, NINE = 57, LOWER_E = 101, UPPER_E = 69;

/** Not the common shape: thrown inside the scanner, caught by `read`. */
const OTHER_SHAPE = NOT_READ;

const bytes = (text: string): Uint8Array => Buffer.from(text, 'latin1');
const PATH = bytes('path'), STATEMENT_MAP = bytes('statementMap'), S = bytes('s'), BRANCH_MAP = bytes('branchMap'), B = bytes('b');
const DATA = bytes('data'), START = bytes('start'), LINE = bytes('line'), LOC = bytes('loc'), LOCATIONS = bytes('locations');
const FN_MAP = bytes('fnMap'), F = bytes('f');

export class IstanbulEntryReader {
  private buf: Buffer = Buffer.alloc(0);
  private i = 0;
  private end = 0;
  /** The entry's "path", when it has one. */
  path: string | undefined;

  private readonly tables = new EntryTables();
  private seen = 0;
  private keyStart = 0;

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
        if (!this.table(skipFunctionTable(this.buf, this.i, this.end))) this.i = skipValue(this.buf, this.i, this.end);
      } else if (this.is(keyStart, keyEnd, F)) {
        if (!this.table(skipCountTable(this.buf, this.i, this.end))) this.i = skipValue(this.buf, this.i, this.end);
      } else if (this.is(keyStart, keyEnd, DATA)) throw OTHER_SHAPE;
      else this.i = skipValue(this.buf, this.i, this.end);
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
        else this.i = skipValue(this.buf, this.i, this.end);
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
      else this.i = skipValue(this.buf, this.i, this.end);
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
      else this.i = skipValue(this.buf, this.i, this.end);
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
      } else this.i = skipValue(this.buf, this.i, this.end);
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
    return lastStringEscaped();
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
