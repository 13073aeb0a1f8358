import type { CoverageSink, FileCoverage } from '../model.js';
import { StatementBlocks } from '../statements.js';
import { parseUint, quoteBytes, ReportSyntaxError, scanLines, withReportErrors, type ParseOptions } from '../stream.js';

const SPACE = 32, COLON = 58, COMMA = 44, DOT = 46;
const MODES = new Set(['set', 'count', 'atomic']);

/**
 * Go coverprofiles (`go test -coverprofile`): a `mode: set|count|atomic` line, then one line per
 * block, `file.go:startLine.startCol,endLine.endCol numStatements count`. Blocks are kept as
 * statement blocks (see StatementBlocks): the same block in several shards or profiles is merged,
 * never counted twice. Repeated mode lines (concatenated profiles) are accepted.
 */
export async function parseGoProfile(path: string, sink: CoverageSink, options: ParseOptions = {}): Promise<void> {
  let setMode: boolean | undefined;
  let lastName: Buffer | undefined;
  let blocks: StatementBlocks | undefined;

  const onLine = (buf: Buffer, start: number, end: number, offset: number): void => {
    if (start === end) return;
    if (buf[start] === 109 /* m */ && buf.toString('latin1', start, Math.min(end, start + 5)) === 'mode:') {
      const mode = buf.toString('latin1', start + 5, end).trim();
      if (!MODES.has(mode)) throw new ReportSyntaxError(offset, `mode ${JSON.stringify(mode)} is not one of set, count, atomic.`);
      setMode = (setMode ?? false) || mode === 'set';
      return;
    }
    if (setMode === undefined) throw new ReportSyntaxError(offset, 'a Go coverage profile must start with a "mode: set|count|atomic" line.');
    const countSpace = buf.lastIndexOf(SPACE, end - 1);
    const statementsSpace = countSpace > start ? buf.lastIndexOf(SPACE, countSpace - 1) : -1;
    const colon = statementsSpace > start ? buf.lastIndexOf(COLON, statementsSpace - 1) : -1;
    const count = statementsSpace < start ? -1 : parseUint(buf, countSpace + 1, end);
    const statements = count < 0 ? -1 : parseUint(buf, statementsSpace + 1, countSpace);
    const position = colon <= start ? undefined : parsePosition(buf, colon + 1, statementsSpace);
    if (statements < 0 || !position) {
      throw new ReportSyntaxError(offset, `block ${quoteBytes(buf, start, end)} is not "<file>:<line>.<column>,<line>.<column> <statements> <count>".`);
    }
    if (!blocks || !lastName || lastName.length !== colon - start || lastName.compare(buf, start, colon) !== 0) {
      lastName = Buffer.from(buf.subarray(start, colon));
      const file: FileCoverage = sink.file(lastName.toString('utf8'));
      blocks = file.statements ??= new StatementBlocks();
    }
    const key = buf.toString('latin1', colon + 1, statementsSpace);
    if (!blocks.add(key, position[0], position[1], statements, count, setMode)) {
      throw new ReportSyntaxError(offset, `block ${quoteBytes(buf, start, end)} has another statement count than the same block seen before (profiles of different builds?).`);
    }
  };

  await withReportErrors(path, options, async () => {
    await scanLines(path, options.chunkSize, onLine);
    if (setMode === undefined) throw new ReportSyntaxError(0, 'the Go coverage profile is empty: it has no "mode:" line.');
  });
}

/** "12.3,15.2" → [startLine, endLine], or undefined when malformed. */
function parsePosition(buf: Buffer, start: number, end: number): [number, number] | undefined {
  const comma = buf.indexOf(COMMA, start);
  if (comma < 0 || comma >= end) return undefined;
  const firstDot = buf.indexOf(DOT, start);
  const secondDot = buf.indexOf(DOT, comma);
  if (firstDot < 0 || firstDot >= comma || secondDot < 0 || secondDot >= end) return undefined;
  const startLine = parseUint(buf, start, firstDot);
  const endLine = parseUint(buf, comma + 1, secondDot);
  const valid = startLine >= 0 && endLine >= startLine && parseUint(buf, firstDot + 1, comma) >= 0 && parseUint(buf, secondDot + 1, end) >= 0;
  return valid ? [startLine, endLine] : undefined;
}
