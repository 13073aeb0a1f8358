import type { CoverageSink, FileCoverage } from '../model.js';
import { IstanbulEntryReader } from './istanbul-entry.js';
import { MAX_LINE_BYTES, readChunks, ReportSyntaxError, tooLongMessage, withReportErrors, type ParseOptions, type PendingLimit } from '../stream.js';

const QUOTE = 34, BACKSLASH = 92, COLON = 58, COMMA = 44, OPEN_BRACE = 123, CLOSE_BRACE = 125, OPEN_BRACKET = 91, CLOSE_BRACKET = 93;
const BEFORE_ROOT = 0, BEFORE_KEY = 1, IN_KEY = 2, BEFORE_COLON = 3, BEFORE_VALUE = 4, IN_VALUE = 5, AFTER_VALUE = 6, DONE = 7;

interface Location {
  start?: { line?: number };
}
interface BranchMapping {
  line?: number;
  loc?: Location;
  locations?: Location[];
}
interface FileEntry {
  path?: unknown;
  statementMap?: Record<string, Location>;
  s?: Record<string, number>;
  branchMap?: Record<string, BranchMapping>;
  b?: Record<string, number[]>;
  data?: FileEntry;
}

/**
 * The longest file entry held for JSON.parse. One entry is one source file's maps and counts:
 * about 0.5 MB for a 10,000-line file, so 64 MiB leaves two orders of magnitude for generated
 * code while keeping a hostile or broken report from holding gigabytes (JSON.parse of an entry
 * takes several times its size). A key (a file path) is held up to MAX_LINE_BYTES.
 */
export const MAX_ENTRY_BYTES = 64 << 20;
const ENTRY_LIMIT: PendingLimit = { bytes: MAX_ENTRY_BYTES, unit: 'a file entry' };
const KEY_LIMIT: PendingLimit = { bytes: MAX_LINE_BYTES, unit: 'a file name key' };

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/** The largest count per line of one entry's statements, handed over in line order. */
class LineMaxima {
  private dense = new Float64Array(1024).fill(-1);
  private min = Number.MAX_SAFE_INTEGER;
  private max = -1;
  private readonly other = new Map<number, number>();

  add(line: number, count: number): void {
    if (!Number.isInteger(line) || line < 0 || line >= 1 << 22) {
      const known = this.other.get(line);
      if (known === undefined || known < count) this.other.set(line, count);
      return;
    }
    if (line >= this.dense.length) {
      const grown = new Float64Array(Math.max(line + 1, this.dense.length * 2)).fill(-1);
      grown.set(this.dense);
      this.dense = grown;
    }
    if (this.dense[line] < count) this.dense[line] = count;
    if (line < this.min) this.min = line;
    if (line > this.max) this.max = line;
  }

  addTo(file: FileCoverage): void {
    for (let line = this.min; line <= this.max; line++) {
      if (this.dense[line] >= 0) {
        file.addLine(line, this.dense[line]);
        this.dense[line] = -1;
      }
    }
    for (const [line, count] of this.other) file.addLine(line, count);
    this.other.clear();
    this.min = Number.MAX_SAFE_INTEGER;
    this.max = -1;
  }
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** A value for an error message, shortened. */
function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function parseObject(buf: Buffer, start: number, end: number): FileEntry | undefined {
  try {
    const value: unknown = JSON.parse(buf.toString('utf8', start, end));
    // Shape-checked field by field where it is read.
    return value !== null && typeof value === 'object' ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The common way through an entry: its key and its whole value are in this chunk, the key has no
 * escapes, and the entry reader reads the value in place to wherever it ends (whatever the
 * whitespace around the colon: istanbul-reports writes `"<path>": {...}`, other tools no space).
 * Returns the offset after the entry, or -1 to take the byte-by-byte way (an escaped key,
 * another shape, an entry cut by the chunk's end). Nothing here searches ahead: a search for the
 * next entry made each entry cost the rest of the chunk when the layout was not the one expected.
 */
function entryInPlace(chunk: Buffer, keyStart: number, reader: IstanbulEntryReader, useRead: (key: string | undefined, chunk: Buffer, keyStart: number, keyEnd: number) => void): number {
  const n = chunk.length;
  let j = keyStart + 1;
  for (; j < n; j++) {
    const c = chunk[j];
    if (c === QUOTE) break;
    if (c === BACKSLASH || c < 32) return -1;
  }
  const keyEnd = j;
  j++;
  while (j < n && isSpace(chunk[j])) j++;
  if (j >= n || chunk[j] !== COLON) return -1;
  j++;
  while (j < n && isSpace(chunk[j])) j++;
  if (j >= n || chunk[j] !== OPEN_BRACE) return -1;
  const after = reader.readAt(chunk, j, n);
  if (after < 0) return -1;
  useRead(undefined, chunk, keyStart, keyEnd);
  return after;
}

/**
 * istanbul's coverage-final.json. The top-level object is scanned byte by byte; each file entry
 * is read in place by the entry reader (istanbul-entry.ts), or, in a shape it does not read or
 * cut by a chunk's end, found with strings, escapes and nesting tracked and read from a copy (by
 * the entry reader, else JSON.parse), so the whole file is never one string.
 *
 * Lines are derived as istanbul-lib-coverage's FileCoverage.getLineCoverage() does: each
 * statement belongs to the line it starts on, and a line's hits are the largest count of its
 * statements. Branches: every arm of every entry of `b` counts (computeBranchTotals), on the
 * line of its branchMap entry (`line`, else `loc.start.line`), arms numbered in order per line.
 */
export async function parseIstanbulJson(path: string, sink: CoverageSink, options: ParseOptions = {}): Promise<void> {
  const maxima = new LineMaxima();
  const reader = new IstanbulEntryReader();
  // The key is only decoded when the entry has no "path" (istanbul's entries always have one).
  const useRead = (key: string | undefined, chunk?: Buffer, keyStart = 0, keyEnd = 0): void =>
    reader.apply(sink.file(reader.path ?? key ?? chunk!.toString('utf8', keyStart + 1, keyEnd)), maxima);
  const addEntry = (key: string, value: Buffer, offset: number): void => {
    if (reader.read(value, 0, value.length)) {
      useRead(key);
      return;
    }
    const parsed = parseObject(value, 0, value.length);
    if (!parsed) throw new ReportSyntaxError(offset, `the coverage entry for ${JSON.stringify(key)} is not valid JSON.`);
    useEntry(key, parsed, offset);
  };

  const useEntry = (key: string, parsed: FileEntry, offset: number): void => {
    const entry = parsed.statementMap === undefined && parsed.data ? parsed.data : parsed;
    if (!entry.statementMap || !entry.s || typeof entry.s !== 'object') {
      throw new ReportSyntaxError(offset, `the entry for ${JSON.stringify(key)} has no statementMap and s (is this istanbul's coverage-final.json?).`);
    }
    const file = sink.file(typeof entry.path === 'string' ? entry.path : key);

    const malformed = (what: string): ReportSyntaxError => new ReportSyntaxError(offset, `the entry for ${JSON.stringify(key)} has ${what}.`);
    for (const id in entry.s) {
      const count = entry.s[id];
      if (!isCount(count)) throw malformed(`a statement count that is not a whole number (s[${JSON.stringify(id)}] is ${shown(count)})`);
      const statement = entry.statementMap[id];
      // A count without a statementMap entry is left out, as istanbul does; a broken entry is not.
      if (statement === undefined) continue;
      const line = (statement as Location | null)?.start?.line;
      if (!isCount(line)) throw malformed(`a malformed statementMap entry ${JSON.stringify(id)} (it needs start.line, a whole number)`);
      maxima.add(line, count);
    }
    maxima.addTo(file);

    const armsOnLine = new Map<number, number>();
    const branchMap = entry.branchMap ?? {};
    for (const id in entry.b ?? {}) {
      const arms = entry.b![id];
      if (!Array.isArray(arms) || !arms.every(isCount)) {
        throw malformed(`branch counts that are not a list of whole numbers (b[${JSON.stringify(id)}] is ${shown(arms)})`);
      }
      const mapping = branchMap[id] as BranchMapping | null | undefined;
      const line = mapping?.line || mapping?.loc?.start?.line || mapping?.locations?.[0]?.start?.line;
      if (!isCount(line) || line === 0) throw malformed(`a missing or malformed branchMap entry ${JSON.stringify(id)} (it needs line or loc.start.line, a whole number)`);
      let arm = armsOnLine.get(line) ?? 0;
      for (const hits of arms) file.addBranch(line, arm++, hits);
      armsOnLine.set(line, arm);
    }
  };

  await withReportErrors(path, options, async () => {
    let state = BEFORE_ROOT;
    let position = 0;
    let parts: Buffer[] = [];
    let partsBytes = 0;
    let partsOffset = 0;
    let key = '';
    let entryOffset = 0;
    let depth = 0;
    let inString = false;
    let escaped = false;

    for await (const chunk of readChunks(path, options.chunkSize) as AsyncIterable<Buffer>) {
      let i = position === 0 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? 3 : 0;
      let partStart = 0;
      const n = chunk.length;
      const unexpected = (what: string): ReportSyntaxError =>
        new ReportSyntaxError(position + i, `expected ${what} but found ${JSON.stringify(String.fromCharCode(chunk[i]))} in the JSON.`);
      while (i < n) {
        const c = chunk[i];
        if (state === IN_VALUE || state === IN_KEY) {
          for (; i < n; i++) {
            const b = chunk[i];
            if (inString) {
              if (escaped) escaped = false;
              else if (b === BACKSLASH) escaped = true;
              else if (b === QUOTE) {
                inString = false;
                if (state === IN_KEY) break;
              }
            } else if (b === QUOTE) inString = true;
            else if (b === OPEN_BRACE || b === OPEN_BRACKET) depth++;
            else if ((b === CLOSE_BRACE || b === CLOSE_BRACKET) && --depth === 0) break;
          }
          if (i === n) break;
          parts.push(chunk.subarray(partStart, i + 1));
          const text = parts.length === 1 ? parts[0] : Buffer.concat(parts);
          parts = [];
          partsBytes = 0;
          if (state === IN_KEY) {
            key = JSON.parse(text.toString('utf8')) as string;
            state = BEFORE_COLON;
          } else {
            addEntry(key, text, entryOffset);
            state = AFTER_VALUE;
          }
          i++;
          continue;
        }
        if (isSpace(c)) {
          i++;
          continue;
        }
        if (state === BEFORE_ROOT) {
          if (c !== OPEN_BRACE) throw unexpected('"{" (a JSON object of files)');
          state = BEFORE_KEY;
        } else if (state === BEFORE_KEY || state === AFTER_VALUE) {
          if (c === CLOSE_BRACE) state = DONE;
          else if (state === AFTER_VALUE && c === COMMA) state = BEFORE_KEY;
          else if (state === BEFORE_KEY && c === QUOTE) {
            const next = entryInPlace(chunk, i, reader, useRead);
            if (next >= 0) {
              i = next;
              state = AFTER_VALUE;
              continue;
            }
            state = IN_KEY;
            inString = true;
            partStart = i;
            partsOffset = position + i;
          } else throw unexpected(state === BEFORE_KEY ? 'a file path key' : '"," or "}"');
        } else if (state === BEFORE_COLON) {
          if (c !== COLON) throw unexpected('":"');
          state = BEFORE_VALUE;
        } else if (state === BEFORE_VALUE) {
          if (c !== OPEN_BRACE) throw unexpected(`an object for ${JSON.stringify(key)}`);
          state = IN_VALUE;
          depth = 1;
          partStart = i;
          entryOffset = position + i;
        } else {
          throw unexpected('the end of the file');
        }
        i++;
      }
      // Chunks are reused buffers: keep a copy of an entry's part, up to the entry's bound.
      if (state === IN_VALUE || state === IN_KEY) {
        const limit = state === IN_KEY ? KEY_LIMIT : ENTRY_LIMIT;
        partsBytes += n - partStart;
        if (partsBytes > limit.bytes) {
          throw new ReportSyntaxError(state === IN_KEY ? partsOffset : entryOffset, state === IN_KEY ? tooLongMessage(limit) : `the entry for ${JSON.stringify(key.slice(0, 200))} is longer than ${MAX_ENTRY_BYTES >> 20} MiB, more than any source file's coverage needs, so the file is refused (is it damaged? leave generated bundles out of the coverage run).`);
        }
        parts.push(Buffer.from(chunk.subarray(partStart)));
      }
      position += n;
    }
    if (state !== DONE) throw new ReportSyntaxError(position, 'the JSON ends before its closing "}" (truncated report?).');
  });
}
