import { MAX_HITS } from '../../src/coverage/arena.js';
import { FileCoverage } from '../../src/coverage/model.js';
import { IstanbulEntryReader } from '../../src/coverage/parsers/istanbul-entry.js';
import { summarizeFile } from './helpers.js';

/** Largest count per line, as the parser's own LineSink, kept simple. */
class Maxima {
  readonly seen = new Map<number, number>();
  add(line: number, count: number): void {
    this.seen.set(line, Math.max(this.seen.get(line) ?? 0, count));
  }
  addTo(file: FileCoverage): void {
    for (const [line, count] of [...this.seen].sort((a, b) => a[0] - b[0])) file.addLine(line, count);
    this.seen.clear();
  }
}

/** The figures the byte-level reader gives for one entry, or false where it leaves the entry to JSON.parse. */
export function read(text: string): ReturnType<typeof summarizeFile> | false {
  const reader = new IstanbulEntryReader();
  const buf = Buffer.from(text);
  if (!reader.read(buf, 0, buf.length)) return false;
  const file = new FileCoverage('x');
  reader.apply(file, new Maxima());
  return summarizeFile(file);
}

type Location = { start?: { line?: unknown } } | null;
export interface Parsed {
  statementMap: Record<string, Location>;
  s: Record<string, unknown>;
  branchMap?: Record<string, { line?: unknown; loc?: Location; locations?: Location[] }>;
  b?: Record<string, unknown>;
}

/** What istanbul-lib-coverage counts for an entry (getLineCoverage, computeBranchTotals), or 'error' where shipgate refuses it. */
export function istanbulFigures(entry: Parsed): ReturnType<typeof summarizeFile> | 'error' {
  const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
  // The model keeps hits in 16 bits, saturating (src/coverage/arena.ts): "hit or not" is what counts.
  const stored = (hits: number): number => Math.min(hits, MAX_HITS);
  const lines = new Map<number, number>();
  for (const id in entry.s) {
    const hits = entry.s[id];
    if (!isCount(hits)) return 'error';
    if (entry.statementMap[id] === undefined) continue;
    const line = entry.statementMap[id]?.start?.line;
    if (!isCount(line)) return 'error';
    lines.set(line, Math.max(lines.get(line) ?? 0, stored(hits)));
  }
  const branches = new Map<number, number[]>();
  for (const id in entry.b ?? {}) {
    const arms = entry.b![id];
    if (!Array.isArray(arms) || !arms.every(isCount)) return 'error';
    const mapping = entry.branchMap?.[id];
    const line = mapping?.line || mapping?.loc?.start?.line || mapping?.locations?.[0]?.start?.line;
    if (!isCount(line) || line === 0) return 'error';
    if (arms.length > 0) branches.set(line, [...(branches.get(line) ?? []), ...arms.map(stored)]);
  }
  const sortedLines = [...lines].sort((a, b) => a[0] - b[0]);
  const sortedBranches = [...branches].sort((a, b) => a[0] - b[0]);
  const allArms = sortedBranches.flatMap(([, arms]) => arms);
  return {
    lines: sortedLines,
    branches: sortedBranches,
    lineRatio: [sortedLines.filter(([, hits]) => hits > 0).length, sortedLines.length],
    branchRatio: [allArms.filter((hits) => hits > 0).length, allArms.length],
  };
}
