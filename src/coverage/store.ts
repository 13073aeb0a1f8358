import { Arena } from './arena.js';
import { BranchTable, BranchWriter } from './branch-table.js';
import { LineTable, LineWriter, type Ratio } from './line-table.js';

export type { Ratio };

/**
 * The storage of one coverage model: shared pages for every file's line hits and branch arms,
 * and the writers a parser's records go through. Parsers write one file at a time (an lcov
 * record, a Cobertura class, an istanbul entry); when they move on to another file, what they
 * wrote is committed. Readers commit first, so they always see everything.
 */
export class CoverageStore {
  readonly hits = new Arena((length) => new Uint16Array(length));
  readonly index = new Arena((length) => new Uint32Array(length));
  readonly arms = new Arena((length) => new Uint16Array(length));
  readonly lineWriter = new LineWriter(this.hits);
  readonly branchWriter = new BranchWriter(this.index, this.arms);
  pending: FileTables | undefined;

  switchTo(tables: FileTables): void {
    this.flush();
    this.pending = tables;
    this.lineWriter.begin(tables.lineTable);
    this.branchWriter.begin(tables.branchTable);
  }

  /** Commit what the parser wrote for the file it was on. */
  flush(): void {
    if (!this.pending) return;
    this.pending = undefined;
    this.lineWriter.end();
    this.branchWriter.end();
  }
}

/** The line and branch tables of one file; FileCoverage (model.ts) adds what the file is. */
export class FileTables {
  readonly lineTable = new LineTable();
  readonly branchTable = new BranchTable();

  constructor(readonly store: CoverageStore) {}

  addLine(line: number, hits: number): void {
    const store = this.store;
    if (store.pending !== this) store.switchTo(this);
    store.lineWriter.add(line, hits);
  }

  /** Add hits to arm `arm` of a line; parsers number the arms of a line 0, 1, 2... within a record. */
  addBranch(line: number, arm: number, hits: number): void {
    const store = this.store;
    if (store.pending !== this) store.switchTo(this);
    store.branchWriter.add(line, arm, hits);
  }

  /** Hits of a line, or undefined when no report has a record for it. */
  lineHits(line: number): number | undefined {
    this.store.flush();
    return this.lineTable.get(line);
  }

  /** Every line with a record, in line order. */
  forEachLine(visit: (line: number, hits: number) => void): void {
    this.store.flush();
    this.lineTable.forEach(visit);
  }

  /** Lines hit at least once / lines with a record. */
  lineTableRatio(): Ratio {
    this.store.flush();
    return this.lineTable.ratio();
  }

  /** Hits of each arm of a line (empty when the line has no branches). */
  branchArms(line: number): number[] {
    this.store.flush();
    return this.branchTable.armsAt(line);
  }

  /** Every line with branches, in line order, with the hits of its arms. */
  forEachBranchLine(visit: (line: number, arms: number[]) => void): void {
    this.store.flush();
    this.branchTable.forEach(visit);
  }

  /** Branch arms hit at least once / branch arms. */
  branchTableRatio(): Ratio {
    this.store.flush();
    return this.branchTable.ratio();
  }
}
