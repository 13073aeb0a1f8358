import { FileCoverage } from '../../src/coverage/model.js';
import type { FileTotals } from '../../src/coverage/model.js';

/** A file's coverage from [line, hits] records (and optional [line, arm hits...] branches). */
export function fileCoverage(path: string, lines: Array<[number, number]>, branches: Array<[number, number[]]> = []): FileCoverage {
  const file = new FileCoverage(path);
  for (const [line, hits] of lines) file.lines.add(line, hits);
  for (const [line, arms] of branches) arms.forEach((hits, arm) => file.branches.add(line, arm, hits));
  return file;
}

export const ratio = (covered: number, total: number) => ({ covered, total });

export const totalsOf = (path: string, lc: number, lt: number, bc = 0, bt = 0): FileTotals => ({
  path,
  lines: ratio(lc, lt),
  branches: ratio(bc, bt),
});
