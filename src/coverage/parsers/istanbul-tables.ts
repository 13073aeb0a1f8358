/**
 * What one istanbul entry's figures come to, kept in typed arrays reused from entry to entry
 * (no object or Map per statement or branch): each statement's start line and count, each
 * branch's candidate lines and arm counts, indexed by istanbul's numeric ids. The entry readers
 * (istanbul-entry.ts, istanbul-layout.ts) fill them; `apply` hands them to the file.
 */
import type { FileCoverage } from '../model.js';

/** Largest count per line of one entry's statements, handed to a file in line order. */
export interface LineSink {
  add(line: number, count: number): void;
  addTo(file: FileCoverage): void;
}

export class EntryTables {
  private stmtLine = new Int32Array(1024).fill(-1);
  private stmtCount = new Float64Array(1024).fill(-1);
  private stmtTop = -1;
  private countTop = -1;
  private brLine = new Int32Array(256).fill(-1);
  private brLocLine = new Int32Array(256).fill(-1);
  private brLocationsLine = new Int32Array(256).fill(-1);
  private brMapped = new Uint8Array(256);
  private armStart = new Int32Array(256).fill(-1);
  private armCount = new Int32Array(256);
  private arms = new Float64Array(4096);
  private armsUsed = 0;
  private armFirst = 0;
  private readonly armsOnLine = new Map<number, number>();
  private brTop = -1;

  reset(): void {
    this.clearStatementLines();
    this.clearStatementCounts();
    this.clearBranchMappings();
    this.clearArms();
    this.brTop = -1;
  }

  clearStatementLines(): void {
    if (this.stmtTop >= 0) this.stmtLine.fill(-1, 0, this.stmtTop + 1);
    this.stmtTop = -1;
  }

  clearStatementCounts(): void {
    if (this.countTop >= 0) this.stmtCount.fill(-1, 0, this.countTop + 1);
    this.countTop = -1;
  }

  clearBranchMappings(): void {
    if (this.brTop < 0) return;
    this.brLine.fill(-1, 0, this.brTop + 1);
    this.brLocLine.fill(-1, 0, this.brTop + 1);
    this.brLocationsLine.fill(-1, 0, this.brTop + 1);
    this.brMapped.fill(0, 0, this.brTop + 1);
  }

  clearArms(): void {
    if (this.brTop >= 0) this.armStart.fill(-1, 0, this.brTop + 1);
    this.armsUsed = 0;
  }

  /** False when the statement already has a line (a key twice: JSON.parse keeps the last, so the general code takes it). */
  setStatementLine(id: number, line: number): boolean {
    if (id >= this.stmtLine.length) this.growStatements(id);
    if (this.stmtLine[id] >= 0) return false;
    this.stmtLine[id] = line;
    if (id > this.stmtTop) this.stmtTop = id;
    return true;
  }

  setStatementCount(id: number, count: number): boolean {
    if (id >= this.stmtCount.length) this.growStatements(id);
    if (this.stmtCount[id] >= 0) return false;
    this.stmtCount[id] = count;
    if (id > this.countTop) this.countTop = id;
    return true;
  }

  /** A branchMap entry seen (false the second time); its lines follow through the setters. */
  mapBranch(id: number): boolean {
    if (id >= this.brMapped.length) this.growBranches(id);
    if (this.brMapped[id]) return false;
    this.brMapped[id] = 1;
    if (id > this.brTop) this.brTop = id;
    return true;
  }

  setBranchLine(id: number, line: number): void {
    this.brLine[id] = line;
  }

  setBranchLocLine(id: number, line: number): void {
    this.brLocLine[id] = line;
  }

  setBranchLocationsLine(id: number, line: number): void {
    this.brLocationsLine[id] = line;
  }

  /** A whole branchMap entry: its `line`, its loc's start line and its first location's (-1: none). */
  setBranchMapping(id: number, line: number, locLine: number, locationsLine: number): boolean {
    if (!this.mapBranch(id)) return false;
    this.brLine[id] = line;
    this.brLocLine[id] = locLine;
    this.brLocationsLine[id] = locationsLine;
    return true;
  }

  /** Start branch `id`'s arm counts (false when it has them already); addArm each, then closeArms. */
  openArms(id: number): boolean {
    if (id >= this.armStart.length) this.growBranches(id);
    if (this.armStart[id] >= 0) return false;
    if (id > this.brTop) this.brTop = id;
    this.armFirst = this.armsUsed;
    return true;
  }

  addArm(hits: number): void {
    if (this.armsUsed === this.arms.length) {
      const grown = new Float64Array(this.arms.length * 2);
      grown.set(this.arms);
      this.arms = grown;
    }
    this.arms[this.armsUsed++] = hits;
  }

  closeArms(id: number): void {
    this.armStart[id] = this.armFirst;
    this.armCount[id] = this.armsUsed - this.armFirst;
  }

  /**
   * After the entry: every branch with counts has a mapping with a line (`line || loc || locations[0]`,
   * as istanbul takes it). False otherwise: the general code words the error.
   */
  finish(): boolean {
    for (let id = 0; id <= this.brTop; id++) {
      if (this.armStart[id] < 0) continue;
      if (!this.brMapped[id]) return false;
      const line = this.brLine[id] > 0 ? this.brLine[id] : this.brLocLine[id] > 0 ? this.brLocLine[id] : this.brLocationsLine[id];
      if (line <= 0) return false;
      this.brLine[id] = line;
    }
    return true;
  }

  /** Hand the figures to the file: statement lines through `lines`, branch arms in id order. */
  apply(file: FileCoverage, lines: LineSink): void {
    for (let id = 0; id <= this.countTop; id++) {
      const count = this.stmtCount[id];
      // A count without a statementMap entry is left out, as istanbul does.
      if (count >= 0 && id <= this.stmtTop && this.stmtLine[id] >= 0) lines.add(this.stmtLine[id], count);
    }
    lines.addTo(file);
    // Arms are numbered per line, across the branches on it. One Map for every entry, cleared.
    const armsOnLine = this.armsOnLine;
    armsOnLine.clear();
    for (let id = 0; id <= this.brTop; id++) {
      const first = this.armStart[id];
      if (first < 0) continue;
      const line = this.brLine[id];
      let arm = armsOnLine.get(line) ?? 0;
      for (let k = first; k < first + this.armCount[id]; k++) file.addBranch(line, arm++, this.arms[k]);
      armsOnLine.set(line, arm);
    }
  }

  private growStatements(id: number): void {
    const size = Math.max(id + 1, this.stmtLine.length * 2);
    this.stmtLine = grownInt(this.stmtLine, size, -1);
    this.stmtCount = grownFloat(this.stmtCount, size, -1);
  }

  private growBranches(id: number): void {
    const size = Math.max(id + 1, this.brLine.length * 2);
    this.brLine = grownInt(this.brLine, size, -1);
    this.brLocLine = grownInt(this.brLocLine, size, -1);
    this.brLocationsLine = grownInt(this.brLocationsLine, size, -1);
    this.armStart = grownInt(this.armStart, size, -1);
    this.armCount = grownInt(this.armCount, size, 0);
    const mapped = new Uint8Array(size);
    mapped.set(this.brMapped);
    this.brMapped = mapped;
  }
}

function grownInt(from: Int32Array, size: number, fill: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(size).fill(fill);
  grown.set(from);
  return grown;
}

function grownFloat(from: Float64Array, size: number, fill: number): Float64Array<ArrayBuffer> {
  const grown = new Float64Array(size).fill(fill);
  grown.set(from);
  return grown;
}
