import type { CoverageSink, FileCoverage } from '../model.js';
import { ReportSyntaxError, withReportErrors, type ParseOptions } from '../stream.js';
import { END, scanXml, START, type XmlHandler, type XmlTag } from './xml.js';

const GROUP = 0, PACKAGE = 1, SOURCE_FILE = 2, LINE = 3;
const NAMES = ['group', 'package', 'sourcefile', 'line'];
const NAME = Buffer.from('name');
const NR = Buffer.from('nr');
const MI = Buffer.from('mi');
const CI = Buffer.from('ci');
const MB = Buffer.from('mb');
const CB = Buffer.from('cb');

/**
 * JaCoCo XML. A source file is `<package name>/<sourcefile name>` (groups of multi-module
 * reports are path hints). A line is covered when any of its instructions ran (ci > 0), as
 * JaCoCo's LINE counter; its "hits" are its covered instructions (JaCoCo has no hit counts).
 * Branch arms: cb covered (hits 1) then mb missed (hits 0).
 */
export async function parseJacoco(path: string, sink: CoverageSink, options: ParseOptions = {}): Promise<void> {
  const groups: string[] = [];
  let packageName = '';
  let file: FileCoverage | undefined;

  const handler: XmlHandler = {
    names: NAMES,
    captureText: false,
    tag(tag: XmlTag): void {
      switch (tag.name) {
        case GROUP:
          if (tag.kind === START) groups.push(tag.attribute(NAME) ?? '');
          else if (tag.kind === END) groups.pop();
          break;
        case PACKAGE:
          packageName = tag.kind === END ? '' : (tag.attribute(NAME) ?? '');
          break;
        case SOURCE_FILE:
          if (tag.kind === END) file = undefined;
          else {
            const name = tag.attribute(NAME);
            if (!name) throw new ReportSyntaxError(tag.offset, 'a <sourcefile> element has no name attribute.');
            const hints = groups.filter(Boolean);
            file = sink.file(packageName ? `${packageName}/${name}` : name, hints.length ? [hints.join('/')] : undefined);
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
  const line = tag.integer(NR);
  const covered = tag.integer(CI);
  const missedBranches = tag.integer(MB);
  const coveredBranches = tag.integer(CB);
  if (line < 0 || covered < 0 || missedBranches === -2 || coveredBranches === -2 || tag.integer(MI) === -2) {
    throw new ReportSyntaxError(tag.offset, 'a <line> element needs whole-number "nr", "mi", "ci", "mb" and "cb" attributes.');
  }
  file.addLine(line, covered);
  const arms = Math.max(0, coveredBranches) + Math.max(0, missedBranches);
  for (let arm = 0; arm < arms; arm++) file.addBranch(line, arm, arm < coveredBranches ? 1 : 0);
}
