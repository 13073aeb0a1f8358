import { ChunkReader, MAX_LINE_BYTES, ReportSyntaxError, tooLongMessage, type PendingLimit } from '../stream.js';

/**
 * A small byte-level XML tag scanner for coverage reports. It finds tags and their attributes
 * in Buffers (no DOM, no strings for tags nobody asked about), skips comments, processing
 * instructions and DOCTYPE, and hands text to the handler only while it asks for it. It is not a
 * validating parser: it checks what a coverage report needs (tags are complete, attributes are
 * quoted, the root element is closed) and leaves the rest to the report's producer.
 * Bytes are compared in plain loops: Buffer's native helpers cost more per call than a short
 * tag name or attribute takes to compare.
 */
export const START = 1;
export const END = 2;
export const EMPTY = 3;

const LT = 60, GT = 62, SLASH = 47, BANG = 33, QUESTION = 63, EQUALS = 61, QUOTE = 34, APOSTROPHE = 39, AMP = 38;
const DASH = 45, BRACKET = 91, ZERO = 48, NINE = 57;
const MAX_ATTRIBUTES = 64;
/** A tag, comment or DOCTYPE held while its end is awaited; text kept for the handler (a <source>). */
const TAG_LIMIT: PendingLimit = { bytes: MAX_LINE_BYTES, unit: 'an XML tag or comment' };
const TEXT_LIMIT: PendingLimit = { bytes: MAX_LINE_BYTES, unit: 'a text between XML tags' };

/** Space, tab, CR, LF (all below '!'); anything else ends at a space. */
function isSpace(c: number): boolean {
  return c <= 32;
}

function sameBytes(buf: Uint8Array, start: number, end: number, name: Uint8Array): boolean {
  if (end - start !== name.length) return false;
  for (let i = 0; i < name.length; i++) if (buf[start + i] !== name[i]) return false;
  return true;
}

export class XmlTag {
  /** START, END or EMPTY (a self-closing tag). */
  kind = 0;
  /** Index of the tag's name in the scanner's list of names, -1 for any other name. */
  name = -1;
  /** Absolute byte offset of the tag's '<', for error messages. */
  offset = 0;
  buf: Buffer = Buffer.alloc(0);
  private count = 0;
  /** Per attribute: name start, name end, value start, value end. */
  private readonly bounds = new Int32Array(MAX_ATTRIBUTES * 4);

  /** Read the tag starting at buf[from] ('<'): the offset after its '>', or -1 when the buffer ends first. */
  read(buf: Buffer, from: number, names: readonly Uint8Array[]): number {
    const n = buf.length;
    this.buf = buf;
    this.count = 0;
    let i = from + 1;
    this.kind = START;
    if (buf[i] === SLASH) {
      this.kind = END;
      i++;
    }
    // Every read below checks the bound first: reading past a Buffer's end gives `undefined`,
    // and V8 then slows every comparison in the function down.
    const nameStart = i;
    while (i < n) {
      const c = buf[i];
      if (c <= 32 || c === GT || c === SLASH) break;
      i++;
    }
    if (i >= n) return -1;
    this.name = findName(buf, nameStart, i, names);
    for (;;) {
      while (i < n && isSpace(buf[i])) i++;
      if (i >= n) return -1;
      const c = buf[i];
      if (c === GT) return i + 1;
      if (c === SLASH) {
        if (i + 1 >= n) return -1;
        if (buf[i + 1] !== GT) throw this.malformed(buf, from, i);
        this.kind = EMPTY;
        return i + 2;
      }
      const attributeStart = i;
      while (i < n) {
        const a = buf[i];
        if (a === EQUALS || a <= 32 || a === GT) break;
        i++;
      }
      const attributeEnd = i;
      while (i < n && isSpace(buf[i])) i++;
      if (i + 1 >= n) return -1;
      if (buf[i] !== EQUALS || attributeEnd === attributeStart) throw this.malformed(buf, from, i);
      i++;
      while (i < n && isSpace(buf[i])) i++;
      if (i >= n) return -1;
      const quote = buf[i];
      if (quote !== QUOTE && quote !== APOSTROPHE) throw this.malformed(buf, from, i);
      let valueEnd = i + 1;
      while (valueEnd < n && buf[valueEnd] !== quote) valueEnd++;
      if (valueEnd >= n) return -1;
      if (this.count < MAX_ATTRIBUTES) {
        const at = this.count++ * 4;
        this.bounds[at] = attributeStart;
        this.bounds[at + 1] = attributeEnd;
        this.bounds[at + 2] = i + 1;
        this.bounds[at + 3] = valueEnd;
      }
      i = valueEnd + 1;
    }
  }

  private malformed(buf: Buffer, from: number, at: number): ReportSyntaxError {
    const text = buf.toString('utf8', from, Math.min(buf.length, at + 1, from + 80));
    return new ReportSyntaxError(this.offset, `the XML tag ${JSON.stringify(text)} is malformed.`);
  }

  private find(name: Uint8Array): number {
    for (let at = 0; at < this.count * 4; at += 4) if (sameBytes(this.buf, this.bounds[at], this.bounds[at + 1], name)) return at;
    return -1;
  }

  /** An attribute's value with entities decoded, or undefined when absent. */
  attribute(name: Uint8Array): string | undefined {
    const at = this.find(name);
    if (at < 0) return undefined;
    const start = this.bounds[at + 2];
    const end = this.bounds[at + 3];
    const raw = this.buf.toString('utf8', start, end);
    for (let i = start; i < end; i++) if (this.buf[i] === AMP) return decodeEntities(raw);
    return raw;
  }

  /** A non-negative integer attribute: -1 when absent, -2 when not an integer. */
  integer(name: Uint8Array): number {
    const at = this.find(name);
    if (at < 0) return -1;
    const end = this.bounds[at + 3];
    let i = this.bounds[at + 2];
    if (i === end) return -2;
    let value = 0;
    for (; i < end; i++) {
      const c = this.buf[i];
      if (c < ZERO || c > NINE) return -2;
      value = value * 10 + c - ZERO;
    }
    return value;
  }

  /** Whether an attribute's raw value equals `value` (ASCII). */
  attributeIs(name: Uint8Array, value: Uint8Array): boolean {
    const at = this.find(name);
    return at >= 0 && sameBytes(this.buf, this.bounds[at + 2], this.bounds[at + 3], value);
  }
}

function findName(buf: Buffer, start: number, end: number, names: readonly Uint8Array[]): number {
  for (let index = 0; index < names.length; index++) if (sameBytes(buf, start, end, names[index])) return index;
  return -1;
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_entity, body: string) => {
    if (body[0] === '#') return String.fromCodePoint(body[1] === 'x' ? parseInt(body.slice(2), 16) : Number(body.slice(1)));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[body as 'amp']!;
  });
}

export interface XmlHandler {
  /** Tag names the handler cares about; XmlTag.name is an index into this list. */
  readonly names: readonly string[];
  /** Set by the handler while it wants the text between tags (e.g. inside <source>). */
  captureText: boolean;
  tag(tag: XmlTag, text: string): void;
}

/** Where a construct starting with '<!' or '<?' ends: [after it, text start, text end], or undefined when cut off. */
function specialEnd(buf: Buffer, lt: number): [number, number, number] | undefined {
  if (buf[lt + 1] === QUESTION) {
    const end = buf.indexOf('?>', lt + 2, 'latin1');
    return end < 0 ? undefined : [end + 2, 0, 0];
  }
  if (lt + 3 >= buf.length) return undefined;
  if (buf[lt + 2] === DASH) {
    const end = buf.indexOf('-->', lt + 4, 'latin1');
    return end < 0 ? undefined : [end + 3, 0, 0];
  }
  if (buf[lt + 2] === BRACKET) {
    const end = buf.indexOf(']]>', lt + 9, 'latin1');
    return end < 0 ? undefined : [end + 3, lt + 9, end];
  }
  // <!DOCTYPE ...>, possibly with an internal subset in brackets.
  const gt = buf.indexOf(GT, lt);
  if (gt < 0) return undefined;
  const bracket = buf.indexOf(BRACKET, lt);
  if (bracket >= 0 && bracket < gt) {
    const end = buf.indexOf(']>', bracket, 'latin1');
    return end < 0 ? undefined : [end + 2, 0, 0];
  }
  return [gt + 1, 0, 0];
}

/** Scan an XML report, calling the handler for every tag. */
export async function scanXml(path: string, handler: XmlHandler, chunkSize?: number): Promise<void> {
  const names = handler.names.map((name) => Buffer.from(name, 'latin1'));
  const tag = new XmlTag();
  let text: Buffer[] = [];
  let textBytes = 0;
  let textOffset = 0;
  let depth = 0;
  let root: string | undefined;

  const takeText = (): string => {
    const value = decodeEntities(Buffer.concat(text).toString('utf8'));
    text = [];
    textBytes = 0;
    return value;
  };
  const nameAt = (buf: Buffer, lt: number): string => {
    let end = lt + 1;
    while (end < buf.length && buf[end] > 32 && buf[end] !== GT && buf[end] !== SLASH) end++;
    return buf.toString('utf8', lt + 1, end);
  };

  const keepText = (buf: Buffer, start: number, end: number, offset: number): void => {
    if (textBytes === 0) textOffset = offset;
    textBytes += end - start;
    if (textBytes > TEXT_LIMIT.bytes) throw new ReportSyntaxError(textOffset, tooLongMessage(TEXT_LIMIT));
    // Copies: chunks are reused buffers.
    text.push(Buffer.from(buf.subarray(start, end)));
  };

  const reader = await ChunkReader.open(path, chunkSize, TAG_LIMIT);
  let consumed = 0;
  let last: Buffer | undefined;
  let lastOffset = 0;
  try {
    for (let buf = await reader.next(); buf; buf = await reader.next(consumed)) {
      const base = reader.offset;
      const n = buf.length;
      let at = 0;
      for (;;) {
        let lt = at;
        while (lt < n && buf[lt] !== LT) lt++;
        if (lt + 1 >= n) {
          if (handler.captureText && lt > at) keepText(buf, at, lt, base + at);
          at = lt;
          break;
        }
        if (handler.captureText && lt > at) keepText(buf, at, lt, base + at);
        const next = buf[lt + 1];
        if (next === BANG || next === QUESTION) {
          const special = specialEnd(buf, lt);
          if (!special) {
            at = lt;
            break;
          }
          if (special[2] > special[1] && handler.captureText) keepText(buf, special[1], special[2], base + special[1]);
          at = special[0];
          continue;
        }
        tag.offset = base + lt;
        const after = tag.read(buf, lt, names);
        if (after < 0) {
          at = lt;
          break;
        }
        if (tag.kind !== END && depth === 0) root = nameAt(buf, lt);
        if (tag.kind === START) depth++;
        else if (tag.kind === END) depth--;
        handler.tag(tag, handler.captureText ? takeText() : '');
        at = after;
      }
      consumed = at;
      last = buf;
      lastOffset = base;
    }
  } finally {
    await reader.close();
  }
  if (last && consumed < last.length) throw new ReportSyntaxError(lastOffset + consumed, 'the XML ends inside a tag (truncated report?).');
  if (root === undefined) throw new ReportSyntaxError(0, 'the file has no XML root element.');
  if (depth !== 0) throw new ReportSyntaxError(lastOffset + (last?.length ?? 0), `the XML ends before its closing </${root}> tag (truncated report?).`);
}
