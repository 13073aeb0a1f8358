import type { CoverageSink, FileCoverage } from '../model.js';
import { parseLineChunks, quoteBytes, ReportSyntaxError, withReportErrors, type ParseOptions } from '../stream.js';

const A = 65, B = 66, D = 68, F = 70, N = 78, R = 82, S = 83, Z = 90, LOWER_E = 101;
const LF = 10, CR = 13, COLON = 58, COMMA = 44, MINUS = 45, ZERO = 48, NINE = 57, UNDERSCORE = 95;

/**
 * lcov tracefiles (geninfo, istanbul, coverage.py, c8...). Totals come from DA (line hits) and
 * BRDA (branch arms; a taken of "-" means the branch was never evaluated: 0 hits). Summary
 * records (LF/LH/BRF/BRH/FNF/FNH) are never trusted, function records are ignored, and records
 * of newer lcov versions (VER, FNL, FNA, MCDC...) are tolerated. Several records of one source
 * file are merged; arms of a line are numbered in their order within a record.
 *
 * The hot path (DA and BRDA lines) is parsed straight from the bytes in one pass.
 */
export async function parseLcov(path: string, sink: CoverageSink, options: ParseOptions = {}): Promise<void> {
  const parser = new LcovParser(sink);
  await withReportErrors(path, options, () => parseLineChunks(path, options.chunkSize, (buf, base) => parser.parse(buf, base)));
}

class LcovParser {
  private file: FileCoverage | undefined;
  /** Arms seen so far per line in the current record (index = line), and the lines touched. */
  private armCounts = new Uint32Array(256);
  private touched: number[] = [];
  /** Lines beyond the typed array's reach (huge line numbers). */
  private readonly farArms = new Map<number, number>();

  constructor(private readonly sink: CoverageSink) {}

  /** Parse the complete lines of buf; returns where the incomplete last line starts. */
  parse(buf: Buffer, base: number): number {
    // Only complete lines: every scan below stops at a newline, so no read ever goes past the
    // end of the buffer (an out-of-bounds read would make V8 handle `undefined` everywhere).
    const n = buf.lastIndexOf(LF) + 1;
    let i = 0;
    while (i < n) {
      const start = i;
      const c0 = buf[i];
      if (c0 === D && buf[i + 1] === A && buf[i + 2] === COLON) {
        let j = i + 3;
        let line = 0;
        let c = buf[j];
        while (c >= ZERO && c <= NINE) {
          line = line * 10 + c - ZERO;
          c = buf[++j];
        }
        const lineEnd = j;
        const negative = c === COMMA && buf[j + 1] === MINUS;
        if (c === COMMA) j += negative ? 2 : 1;
        const hitsStart = j;
        let hits = 0;
        c = buf[j];
        while (c >= ZERO && c <= NINE) {
          hits = hits * 10 + c - ZERO;
          c = buf[++j];
        }
        const hitsEnd = j;
        while (buf[j] !== LF) j++;
        if (lineEnd === i + 3 || buf[lineEnd] !== COMMA || hitsEnd === hitsStart || (c !== LF && c !== CR && c !== COMMA)) {
          throw new ReportSyntaxError(base + start, `DA record ${this.quote(buf, start, j)} is not "DA:<line>,<hits>".`);
        }
        this.target(buf, start, j, base).addLine(line, negative ? 0 : hits);
        i = j + 1;
      } else if (c0 === B && buf[i + 1] === R && buf[i + 2] === D && buf[i + 3] === A && buf[i + 4] === COLON) {
        let j = i + 5;
        let line = 0;
        let c = buf[j];
        while (c >= ZERO && c <= NINE) {
          line = line * 10 + c - ZERO;
          c = buf[++j];
        }
        const lineEnd = j;
        let commas = 0;
        let lastComma = -1;
        while (buf[j] !== LF) {
          if (buf[j] === COMMA) {
            commas++;
            lastComma = j;
          }
          j++;
        }
        const end = buf[j - 1] === CR ? j - 1 : j;
        let taken = -1;
        if (lineEnd > i + 5 && buf[lineEnd] === COMMA && commas >= 3) {
          if (lastComma + 2 === end && buf[lastComma + 1] === MINUS) taken = 0;
          else if (lastComma + 1 < end) {
            taken = 0;
            for (let k = lastComma + 1; k < end && taken >= 0; k++) {
              const digit = buf[k] - ZERO;
              taken = digit >= 0 && digit <= 9 ? taken * 10 + digit : -1;
            }
          }
        }
        if (taken < 0) {
          throw new ReportSyntaxError(base + start, `BRDA record ${this.quote(buf, start, j)} is not "BRDA:<line>,<block>,<branch>,<taken>".`);
        }
        this.target(buf, start, j, base).addBranch(line, this.nextArm(line), taken);
        i = j + 1;
      } else if (c0 === F && buf[i + 1] === N) {
        // Function records (FN, FNDA, FNF, FNH, FNL, FNA) do not count: skip them natively.
        i = buf.indexOf(LF, i) + 1;
      } else {
        let j = i;
        while (buf[j] !== LF) j++;
        this.otherLine(buf, start, buf[j - 1] === CR && j > start ? j - 1 : j, base);
        i = j + 1;
      }
    }
    return n;
  }

  private quote(buf: Buffer, start: number, newline: number): string {
    return quoteBytes(buf, start, newline > start && buf[newline - 1] === CR ? newline - 1 : newline);
  }

  private target(buf: Buffer, start: number, newline: number, base: number): FileCoverage {
    if (!this.file) throw new ReportSyntaxError(base + start, `${this.quote(buf, start, newline)} comes before any SF record naming its source file.`);
    return this.file;
  }

  private nextArm(line: number): number {
    if (line >= this.armCounts.length) {
      if (line >= 1 << 22) {
        const arm = this.farArms.get(line) ?? 0;
        this.farArms.set(line, arm + 1);
        return arm;
      }
      const grown = new Uint32Array(Math.max(line + 1, this.armCounts.length * 2));
      grown.set(this.armCounts);
      this.armCounts = grown;
    }
    const arm = this.armCounts[line];
    if (arm === 0) this.touched.push(line);
    this.armCounts[line] = arm + 1;
    return arm;
  }

  private startRecord(file: FileCoverage | undefined): void {
    this.file = file;
    for (const line of this.touched) this.armCounts[line] = 0;
    this.touched.length = 0;
    this.farArms.clear();
  }

  private otherLine(buf: Buffer, start: number, end: number, base: number): void {
    if (buf[start] === S && buf[start + 1] === F && buf[start + 2] === COLON) {
      const name = buf.toString('utf8', start + 3, end).trim();
      if (!name) throw new ReportSyntaxError(base + start, 'SF record has no source file path.');
      this.startRecord(this.sink.file(name));
    } else if (buf[start] === LOWER_E && end - start === 13 && buf.toString('latin1', start, end) === 'end_of_record') {
      this.startRecord(undefined);
    } else if (!isOtherRecord(buf, start, end)) {
      throw new ReportSyntaxError(base + start, `${quoteBytes(buf, start, end)} is not an lcov record (KEY:value or end_of_record).`);
    }
  }
}

/** Any other KEY:value record (TN, FN, FNDA, LF, VER, FNL...), or a blank line. */
function isOtherRecord(buf: Buffer, start: number, end: number): boolean {
  let i = start;
  while (i < end && (buf[i] === 32 || buf[i] === 9)) i++;
  if (i === end) return true;
  const keyStart = i;
  for (; i < end; i++) {
    const c = buf[i];
    if (c === COLON) return i > keyStart;
    const isKeyChar = (c >= A && c <= Z) || (c >= ZERO && c <= NINE) || c === UNDERSCORE;
    if (!isKeyChar) return false;
  }
  return false;
}
