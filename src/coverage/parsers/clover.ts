import type { CoverageSink, FileCoverage } from '../model.js';
import { ReportSyntaxError, withReportErrors, type ParseOptions } from '../stream.js';
import { END, scanXml, START, type XmlHandler, type XmlTag } from './xml.js';

const TEST_PROJECT = 0, FILE = 1, LINE = 2;
const NAMES = ['testproject', 'file', 'line'];
const PATH = Buffer.from('path');
const NAME = Buffer.from('name');
const NUM = Buffer.from('num');
const TYPE = Buffer.from('type');
const COND = Buffer.from('cond');
const COUNT = Buffer.from('count');
const TRUE_COUNT = Buffer.from('truecount');
const FALSE_COUNT = Buffer.from('falsecount');

/**
 * Clover XML (istanbul and OpenClover). Every <line> with a `count` (stmt, method, and
 * istanbul's cond lines) is a line record. Branch arms of a `cond` line: istanbul writes the
 * numbers of covered and uncovered arms with a count (truecount covered arms, falsecount the
 * others); OpenClover writes how often the condition was true and false, without a count (two
 * arms). Files of a <testproject> (the tests themselves) are left out.
 */
export async function parseClover(path: string, sink: CoverageSink, options: ParseOptions = {}): Promise<void> {
  let file: FileCoverage | undefined;
  let inTests = false;

  const handler: XmlHandler = {
    names: NAMES,
    captureText: false,
    tag(tag: XmlTag): void {
      switch (tag.name) {
        case TEST_PROJECT:
          if (tag.kind === START) inTests = true;
          else if (tag.kind === END) inTests = false;
          break;
        case FILE:
          if (tag.kind === END || inTests) file = undefined;
          else {
            const name = tag.attribute(PATH) ?? tag.attribute(NAME);
            if (!name) throw new ReportSyntaxError(tag.offset, 'a <file> element has neither a path nor a name attribute.');
            file = sink.file(name);
          }
          break;
        case LINE:
          if (tag.kind !== END && file) addLine(tag, file);
          break;
      }
    },
  };
  await withReportErrors(path, options, () => scanXml(path, handler, options.chunkSize));
}

function addLine(tag: XmlTag, file: FileCoverage): void {
  const line = tag.integer(NUM);
  const count = tag.integer(COUNT);
  if (line < 0 || count === -2) throw new ReportSyntaxError(tag.offset, 'a <line> element needs a whole-number "num" attribute and, when given, a whole-number "count".');
  if (count >= 0) file.addLine(line, count);
  if (!tag.attributeIs(TYPE, COND)) return;
  const trueCount = Math.max(0, tag.integer(TRUE_COUNT));
  const falseCount = Math.max(0, tag.integer(FALSE_COUNT));
  if (count >= 0) {
    for (let arm = 0; arm < trueCount + falseCount; arm++) file.addBranch(line, arm, arm < trueCount ? 1 : 0);
  } else {
    file.addBranch(line, 0, trueCount);
    file.addBranch(line, 1, falseCount);
  }
}
