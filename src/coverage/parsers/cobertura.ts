import type { CoverageSink, FileCoverage } from '../model.js';
import { ReportSyntaxError, withReportErrors, type ParseOptions } from '../stream.js';
import { END, scanXml, START, type XmlHandler, type XmlTag } from './xml.js';

const SOURCE = 0, CLASS = 1, METHOD = 2, LINE = 3;
const NAMES = ['source', 'class', 'method', 'line'];
const FILENAME = Buffer.from('filename');
const NUMBER = Buffer.from('number');
const HITS = Buffer.from('hits');
const BRANCH = Buffer.from('branch');
const TRUE = Buffer.from('true');
const CONDITION_COVERAGE = Buffer.from('condition-coverage');

/**
 * Cobertura XML (coverage.py, istanbul, gcovr, and converters). Class filenames are relative to
 * the <sources><source> roots; one file may be spread over several <class> elements (merged).
 * Only a class's own <lines> count: the <line>s under <methods> repeat them. A branch line's
 * `condition-coverage="50% (1/2)"` gives its arms: covered arms first (hits 1), then the rest
 * (hits 0), since Cobertura does not say which arm ran.
 */
export async function parseCobertura(path: string, sink: CoverageSink, options: ParseOptions = {}): Promise<void> {
  const roots: string[] = [];
  let file: FileCoverage | undefined;
  let methodDepth = 0;

  const handler: XmlHandler = {
    names: NAMES,
    captureText: false,
    tag(tag: XmlTag, text: string): void {
      switch (tag.name) {
        case SOURCE:
          if (tag.kind === START) handler.captureText = true;
          else if (tag.kind === END) {
            handler.captureText = false;
            if (text.trim()) roots.push(text.trim());
          }
          break;
        case CLASS:
          if (tag.kind === END) file = undefined;
          else {
            const filename = tag.attribute(FILENAME);
            if (!filename) throw new ReportSyntaxError(tag.offset, 'a <class> element has no filename attribute.');
            file = sink.file(filename, roots);
          }
          break;
        case METHOD:
          if (tag.kind === START) methodDepth++;
          else if (tag.kind === END) methodDepth--;
          break;
        case LINE:
          if (tag.kind !== END && methodDepth === 0 && file) addLine(tag, file);
          break;
      }
    },
  };
  await withReportErrors(path, options, () => scanXml(path, handler, options.chunkSize));
}

function addLine(tag: XmlTag, file: FileCoverage): void {
  const line = tag.integer(NUMBER);
  const hits = tag.integer(HITS);
  if (line < 0 || hits < 0) {
    throw new ReportSyntaxError(tag.offset, 'a <line> element needs whole-number "number" and "hits" attributes.');
  }
  file.addLine(line, hits);
  if (!tag.attributeIs(BRANCH, TRUE)) return;
  const conditions = tag.attribute(CONDITION_COVERAGE);
  if (conditions === undefined) return;
  const match = /\((\d+)\/(\d+)\)/.exec(conditions);
  if (!match || Number(match[1]) > Number(match[2])) {
    throw new ReportSyntaxError(tag.offset, `condition-coverage ${JSON.stringify(conditions)} is not "<percent>% (<covered>/<total>)".`);
  }
  const covered = Number(match[1]);
  const total = Number(match[2]);
  for (let arm = 0; arm < total; arm++) file.addBranch(line, arm, arm < covered ? 1 : 0);
}
