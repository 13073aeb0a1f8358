/**
 * The JSON grammar over bytes, for readers that skip what they do not keep (istanbul-entry.ts):
 * strings, numbers and whole values are checked and stepped over without building a string or
 * an object. Anything that is not JSON throws NOT_READ, and the caller leaves those bytes to
 * JSON.parse, which words the error. Hand-written: no JSON library skips a value in a Buffer.
 */
const QUOTE = 34, BACKSLASH = 92, COLON = 58, COMMA = 44, OPEN_BRACE = 123, CLOSE_BRACE = 125, OPEN_BRACKET = 91, CLOSE_BRACKET = 93;
const MINUS = 45, PLUS = 43, DOT = 46, ZERO = 48, NINE = 57, LOWER_E = 101, UPPER_E = 69;

/** Thrown where the bytes are not read here; the caller leaves them to JSON.parse. */
export const NOT_READ = new Error('not read here: left to JSON.parse');

const TRUE = Buffer.from('true'), FALSE = Buffer.from('false'), NULL = Buffer.from('null');
/** Open objects and arrays of the value being skipped (grown, never shrunk). */
let stack = new Uint8Array(64);

function startsWith(buf: Buffer, j: number, end: number, word: Uint8Array): boolean {
  if (j + word.length > end) return false;
  for (let k = 0; k < word.length; k++) if (buf[j + k] !== word[k]) return false;
  return true;
}

/**
 * Skip any JSON value, checking its grammar, in one loop over the bytes (an explicit stack of
 * open objects and arrays, no call per token): most of an entry's bytes are skipped here.
 */
export function skipValue(buf: Buffer, at: number, end: number): number {
  let depth = 0;
  let j = at;
  // 0: a value is expected; 1: after a value; 2: a key is expected.
  let state = 0;
  for (;;) {
    if (j >= end) throw NOT_READ;
    let c = buf[j];
    while (c === 32 || c === 10 || c === 13 || c === 9) {
      if (++j >= end) throw NOT_READ;
      c = buf[j];
    }
    if (state === 0) {
      if (c === QUOTE) {
        j = skipString(buf, j, end);
        state = 1;
      } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        if (depth === stack.length) stack = growStack(stack);
        stack[depth++] = c;
        j++;
        while (j < end && (buf[j] === 32 || buf[j] === 10 || buf[j] === 13 || buf[j] === 9)) j++;
        if (j < end && buf[j] === (c === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET)) {
          j++;
          depth--;
          state = 1;
        } else state = c === OPEN_BRACE ? 2 : 0;
      } else if (c === MINUS || (c >= ZERO && c <= NINE)) {
        j = skipNumber(buf, j, end);
        state = 1;
      } else {
        const word = c === 116 ? TRUE : c === 102 ? FALSE : c === 110 ? NULL : undefined;
        if (!word || !startsWith(buf, j, end, word)) throw NOT_READ;
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
      } else throw NOT_READ;
    } else {
      if (c !== QUOTE) throw NOT_READ;
      j = skipString(buf, j, end);
      while (j < end && (buf[j] === 32 || buf[j] === 10 || buf[j] === 13 || buf[j] === 9)) j++;
      if (j >= end || buf[j] !== COLON) throw NOT_READ;
      j++;
      state = 0;
    }
  }
  return j;
}

/** Any JSON number: -?(0|[1-9]d*)(.d+)?([eE][+-]?d+)? (every read checks the bound first). */
export function skipNumber(buf: Buffer, at: number, end: number): number {
  let j = at;
  if (j < end && buf[j] === MINUS) j++;
  if (j < end && buf[j] === ZERO) j++;
  else if (j < end && buf[j] > ZERO && buf[j] <= NINE) while (j < end && buf[j] >= ZERO && buf[j] <= NINE) j++;
  else throw NOT_READ;
  if (j < end && buf[j] === DOT) {
    const digits = ++j;
    while (j < end && buf[j] >= ZERO && buf[j] <= NINE) j++;
    if (j === digits) throw NOT_READ;
  }
  if (j < end && (buf[j] === LOWER_E || buf[j] === UPPER_E)) {
    j++;
    if (j < end && (buf[j] === PLUS || buf[j] === MINUS)) j++;
    const digits = j;
    while (j < end && buf[j] >= ZERO && buf[j] <= NINE) j++;
    if (j === digits) throw NOT_READ;
  }
  return j;
}

/** Whether the last string skipString read had escapes. */
let stringEscaped = false;
export const lastStringEscaped = (): boolean => stringEscaped;

/** Skip the JSON string whose opening quote is at buf[at]; returns the offset after its closing quote. */
export function skipString(buf: Buffer, at: number, end: number): number {
  let escaped = false;
  let j = at + 1;
  for (;;) {
    if (j >= end) throw NOT_READ;
    const c = buf[j];
    if (c === QUOTE) break;
    if (c < 32) throw NOT_READ;
    if (c === BACKSLASH) {
      escaped = true;
      if (j + 1 >= end) throw NOT_READ;
      const e = buf[j + 1];
      if (e === 117 /* u */) {
        if (j + 6 > end) throw NOT_READ;
        for (let k = j + 2; k < j + 6; k++) if (!isHex(buf[k])) throw NOT_READ;
        j += 6;
        continue;
      }
      if (e !== QUOTE && e !== BACKSLASH && e !== 47 && e !== 98 && e !== 102 && e !== 110 && e !== 114 && e !== 116) throw NOT_READ;
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
  if (stack.length >= 1 << 16) throw NOT_READ;
  const grown = new Uint8Array(stack.length * 2);
  grown.set(stack);
  return grown;
}

function isHex(c: number): boolean {
  return (c >= ZERO && c <= NINE) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}
