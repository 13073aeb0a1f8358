import { open, stat, type FileHandle } from 'node:fs/promises';
import { UserError } from '../lib/errors.js';

/**
 * Reports are read as streams of Buffers and scanned byte by byte: a report can be larger than
 * V8's longest string (512 MB), and memory must follow the coverage model, not the file.
 */
export const DEFAULT_CHUNK_SIZE = 1 << 20;

export interface ParseOptions {
  /** The name used in error messages (the path as the user wrote it); defaults to the file path. */
  displayPath?: string;
  /** Bytes per read; tests use tiny chunks to prove that chunk boundaries do not matter. */
  chunkSize?: number;
}

/** A malformed report, found at a byte offset; turned into a UserError naming the line. */
export class ReportSyntaxError extends Error {
  constructor(
    readonly offset: number,
    message: string,
    /** The 1-based line when the reader already knows it (a pipe cannot be read twice to count). */
    readonly line?: number,
  ) {
    super(message);
  }
}

/**
 * The longest unit a parser holds while it waits for its end. Without a bound, an lcov `SF:`
 * followed by a 1 GB line was held whole (1.68 GB of memory, still reading after 120 s). No
 * coverage report needs a line or an XML tag anywhere near 1 MiB: a path is at most a few KB,
 * and the longest real records (C++ function names in lcov, a JaCoCo tag) are a few KB too.
 * istanbul JSON keeps its own, larger bound per file entry (parsers/istanbul.ts).
 */
export const MAX_LINE_BYTES = 1 << 20;

export interface PendingLimit {
  bytes: number;
  /** What the parser was waiting to finish, for the error: "a line", "an XML tag". */
  unit: string;
}

const LINE_LIMIT: PendingLimit = { bytes: MAX_LINE_BYTES, unit: 'a line' };

/** "1 MiB", "64 MiB", "512 KiB". */
export function formatBytes(bytes: number): string {
  return bytes >= 1 << 20 ? `${bytes / (1 << 20)} MiB` : `${bytes / 1024} KiB`;
}

/** The sentence for a unit past its bound, after "<file> line N: ". */
export function tooLongMessage(limit: PendingLimit): string {
  return `${limit.unit} longer than ${formatBytes(limit.bytes)} starts here, more than any coverage report needs, so the file is refused (is it damaged, or not a coverage report?).`;
}

/**
 * Reads a file in chunks into two reused buffers (no allocation per chunk, and the next read
 * runs while the current chunk is parsed). Each chunk starts with the bytes the parser left
 * unconsumed in the previous one (an incomplete line or tag), copied in front of the new bytes,
 * so a parser never joins chunks itself. Chunks are only valid until the next call of `next`.
 */
export class ChunkReader {
  private readonly reserve: number;
  private readonly buffers: [Buffer, Buffer];
  private which = 0;
  private pending: Promise<{ bytesRead: number }>;
  private chunk: Buffer | undefined;
  private fileOffset = 0;
  /** Absolute file offset of the current chunk's first byte. */
  offset = 0;
  /** Pipes only (they cannot be read again to find a line): newlines before the current chunk. */
  private linesBefore: number | undefined;

  private constructor(
    private readonly handle: FileHandle,
    private readonly chunkSize: number,
    private readonly limit: PendingLimit,
    regularFile: boolean,
  ) {
    if (!regularFile) this.linesBefore = 0;
    // Room in front of each read for the previous chunk's unconsumed tail; a longer tail is joined.
    this.reserve = Math.min(1 << 16, Math.max(4, chunkSize >> 4));
    this.buffers = [Buffer.allocUnsafe(this.reserve + chunkSize), Buffer.allocUnsafe(this.reserve + chunkSize)];
    this.pending = handle.read(this.buffers[0], this.reserve, chunkSize, null);
  }

  /** `limit`: the longest unconsumed tail (an unfinished line or tag) the reader carries over. */
  static async open(path: string, chunkSize = DEFAULT_CHUNK_SIZE, limit: PendingLimit = LINE_LIMIT): Promise<ChunkReader> {
    const handle = await open(path, 'r');
    try {
      return new ChunkReader(handle, chunkSize, limit, (await handle.stat()).isFile());
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  /**
   * The next chunk: what the previous chunk held from `consumed` on, then new bytes; undefined
   * at the end of the file (the caller still holds the previous chunk's unconsumed tail).
   */
  async next(consumed = this.chunk?.length ?? 0): Promise<Buffer | undefined> {
    const previous = this.chunk;
    const keep = previous ? previous.length - consumed : 0;
    if (previous && this.linesBefore !== undefined) this.linesBefore += countNewlines(previous, 0, consumed);
    if (keep > this.limit.bytes) {
      // Refused before joining it to more bytes: memory stays at two chunks and this tail.
      throw new ReportSyntaxError(this.offset + consumed, tooLongMessage(this.limit), this.linesBefore === undefined ? undefined : this.linesBefore + 1);
    }
    const { bytesRead } = await this.pending;
    if (bytesRead === 0) {
      this.chunk = undefined;
      return undefined;
    }
    const buffer = this.buffers[this.which];
    let chunk: Buffer;
    if (keep === 0) chunk = buffer.subarray(this.reserve, this.reserve + bytesRead);
    else if (keep <= this.reserve) {
      previous!.copy(buffer, this.reserve - keep, consumed);
      chunk = buffer.subarray(this.reserve - keep, this.reserve + bytesRead);
    } else {
      chunk = Buffer.concat([previous!.subarray(consumed), buffer.subarray(this.reserve, this.reserve + bytesRead)]);
    }
    this.offset = this.fileOffset - keep;
    this.fileOffset += bytesRead;
    this.which ^= 1;
    this.pending = this.handle.read(this.buffers[this.which], this.reserve, this.chunkSize, null);
    this.chunk = chunk;
    return chunk;
  }

  async close(): Promise<void> {
    await this.pending.catch(() => undefined);
    await this.handle.close();
  }
}

function countNewlines(buf: Buffer, start: number, end: number): number {
  let count = 0;
  for (let i = buf.indexOf(10, start); i >= 0 && i < end; i = buf.indexOf(10, i + 1)) count++;
  return count;
}

/** The chunks of a file in order, each valid until the next is asked for. */
export async function* readChunks(path: string, chunkSize = DEFAULT_CHUNK_SIZE): AsyncGenerator<Buffer> {
  const reader = await ChunkReader.open(path, chunkSize);
  try {
    for (let chunk = await reader.next(); chunk; chunk = await reader.next()) yield chunk;
  } finally {
    await reader.close();
  }
}

/**
 * Feed a file to a line-oriented parser: `parse(buf, base)` handles the complete lines of buf
 * (base = absolute offset of buf[0]) and returns where the incomplete last line starts. The
 * last line of the file gets a newline added.
 */
export async function parseLineChunks(path: string, chunkSize: number | undefined, parse: (buf: Buffer, base: number) => number): Promise<void> {
  const reader = await ChunkReader.open(path, chunkSize);
  try {
    let consumed = 0;
    let last: Buffer | undefined;
    let lastOffset = 0;
    for (let chunk = await reader.next(); chunk; chunk = await reader.next(consumed)) {
      consumed = parse(chunk, reader.offset);
      last = chunk;
      lastOffset = reader.offset;
    }
    if (last && consumed < last.length) parse(Buffer.concat([last.subarray(consumed), Buffer.from('\n')]), lastOffset + consumed);
  } finally {
    await reader.close();
  }
}

/**
 * The 1-based line of a byte offset, counted again from the file only when an error is reported;
 * undefined for a pipe or other stream, which cannot be read a second time.
 */
export async function lineNumberAt(path: string, offset: number): Promise<number | undefined> {
  if (!(await stat(path)).isFile()) return undefined;
  let line = 1;
  let position = 0;
  for await (const chunk of readChunks(path)) {
    const end = Math.min(chunk.length, offset - position);
    for (let i = chunk.indexOf(10); i >= 0 && i < end; i = chunk.indexOf(10, i + 1)) line++;
    position += chunk.length;
    if (position >= offset) break;
  }
  return line;
}

/** Run a parse; a ReportSyntaxError becomes one sentence naming the report and the line. */
export async function withReportErrors(path: string, options: ParseOptions, parse: () => Promise<void>): Promise<void> {
  try {
    await parse();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
      throw new UserError(`${options.displayPath ?? path} could not be read (${code}): check that the tests wrote it and that it is a file.`, { cause: error });
    }
    if (!(error instanceof ReportSyntaxError)) throw error;
    const line = error.line ?? (await lineNumberAt(path, error.offset));
    throw new UserError(`${options.displayPath ?? path} ${line === undefined ? `at byte ${error.offset}` : `line ${line}`}: ${error.message}`);
  }
}

/**
 * Call `onLine` for every line of a file (without its `\n` or `\r\n`), with the line's absolute
 * byte offset.
 */
export async function scanLines(
  path: string,
  chunkSize: number | undefined,
  onLine: (buf: Buffer, start: number, end: number, offset: number) => void,
): Promise<void> {
  await parseLineChunks(path, chunkSize, (buf, base) => {
    let start = 0;
    for (let newline = buf.indexOf(10); newline >= 0; newline = buf.indexOf(10, start)) {
      onLine(buf, start, newline > start && buf[newline - 1] === 13 ? newline - 1 : newline, base + start);
      start = newline + 1;
    }
    return start;
  });
}

/** A non-negative decimal integer in buf[start, end), or -1 when it is not one. */
export function parseUint(buf: Uint8Array, start: number, end: number): number {
  if (start >= end) return -1;
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = buf[i] - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** Text of a report line for an error message, shortened. */
export function quoteBytes(buf: Buffer, start: number, end: number): string {
  const text = buf.toString('utf8', start, Math.min(end, start + 80));
  return JSON.stringify(end - start > 80 ? `${text}...` : text);
}
