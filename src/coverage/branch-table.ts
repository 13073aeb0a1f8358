import { Arena, clampHits, MAX_HITS } from './arena.js';
import type { Ratio } from './line-table.js';
import { ArmLayout } from './arm-layout.js';

/** The least free room a page must have for a new file's branches to be written in place. */
const WINDOW = 1 << 14;

/**
 * Branch arms of one file. `index` holds, from `indexOffset`, one (line, first arm) pair per
 * line with branches, in line order, then a closing (0, arm count) pair; the arms' hits are a
 * slice of a shared page from `armsOffset`. Arm i of a line in one report merges with arm i of
 * the same line in another. Totals are kept up to date as arms are added.
 */
export class BranchTable {
  index: Uint32Array | undefined;
  indexOffset = 0;
  lineCount = 0;
  arms: Uint16Array | undefined;
  armsOffset = 0;
  total = 0;
  covered = 0;

  lineAt(k: number): number {
    return this.index![this.indexOffset + 2 * k];
  }

  /** Where line k's arms start (relative to armsOffset); k = lineCount gives the arm count. */
  startAt(k: number): number {
    return this.index![this.indexOffset + 2 * k + 1];
  }

  /** Position of a line in the index, or -1. */
  find(line: number): number {
    let low = 0;
    let high = this.lineCount - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const value = this.lineAt(middle);
      if (value === line) return middle;
      if (value < line) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  armsOf(k: number): number[] {
    return Array.from(this.arms!.subarray(this.armsOffset + this.startAt(k), this.armsOffset + this.startAt(k + 1)));
  }

  armsAt(line: number): number[] {
    const k = this.find(line);
    return k < 0 ? [] : this.armsOf(k);
  }

  forEach(visit: (line: number, arms: number[]) => void): void {
    for (let k = 0; k < this.lineCount; k++) visit(this.lineAt(k), this.armsOf(k));
  }

  ratio(): Ratio {
    return { covered: this.covered, total: this.total };
  }

  /** Add hits to an arm that is stored; false when the table has no such arm. */
  addStored(k: number, arm: number, hits: number): boolean {
    const start = this.startAt(k);
    if (arm >= this.startAt(k + 1) - start) return false;
    const at = this.armsOffset + start + arm;
    const current = this.arms![at];
    if (current === 0 && hits > 0) this.covered++;
    this.arms![at] = Math.min(MAX_HITS, current + hits);
    return true;
  }

  /**
   * Add a record's arms (sorted by ArmLayout) that the writer could not add in place: the table
   * is rebuilt with the union of both layouts.
   */
  commit(layout: ArmLayout, index: Arena<Uint32Array>, arms: Arena<Uint16Array>): void {
    if (layout.lineCount === 0) return;
    // Merge the stored lines and the new ones in order; arm counts are maxed, hits summed.
    const lines: number[] = [];
    const merged: number[][] = [];
    let a = 0;
    let b = 0;
    while (a < this.lineCount || b < layout.lineCount) {
      const takeOld = b >= layout.lineCount || (a < this.lineCount && this.lineAt(a) <= layout.lines[b]);
      const takeNew = a >= this.lineCount || (b < layout.lineCount && layout.lines[b] <= this.lineAt(a));
      const list = takeOld ? this.armsOf(a) : [];
      if (takeNew) {
        for (let at = layout.offsets[b]; at < layout.offsets[b + 1]; at++) {
          const arm = at - layout.offsets[b];
          list[arm] = Math.min(MAX_HITS, (list[arm] ?? 0) + layout.hits[at]);
        }
      }
      lines.push(takeOld ? this.lineAt(a) : layout.lines[b]);
      merged.push(list);
      if (takeOld) a++;
      if (takeNew) b++;
    }
    this.store(lines, merged, index, arms);
  }

  private store(lines: number[], merged: number[][], index: Arena<Uint32Array>, arms: Arena<Uint16Array>): void {
    const armCount = merged.reduce((sum, list) => sum + list.length, 0);
    const page = index.alloc(lines.length * 2 + 2);
    const offset = index.offset;
    const hits = arms.alloc(Math.max(1, armCount));
    const hitsOffset = arms.offset;
    let at = 0;
    let covered = 0;
    for (let k = 0; k < lines.length; k++) {
      page[offset + 2 * k] = lines[k];
      page[offset + 2 * k + 1] = at;
      for (const value of merged[k]) {
        if (value > 0) covered++;
        hits[hitsOffset + at++] = value;
      }
    }
    page[offset + 2 * lines.length + 1] = at;
    this.index = page;
    this.indexOffset = offset;
    this.lineCount = lines.length;
    this.arms = hits;
    this.armsOffset = hitsOffset;
    this.total = at;
    this.covered = covered;
  }
}

/**
 * Writes the branch arms of the file a parser is on. Fast paths: arms of a file without
 * branches that arrive in order (line by line, arm 0, 1, 2...) are appended to windows at the
 * free ends of the index and arm pages, which become the file's slices when the parser moves on;
 * arms a file already has are added in place. Anything else goes to a scratch, merged when the
 * parser moves on.
 */
export class BranchWriter {
  private table: BranchTable | undefined;
  private direct = false;
  private fresh = false;
  // Fresh windows.
  private index: Uint32Array = new Uint32Array(0);
  private indexOffset = 0;
  private indexCapacity = 0;
  private arms: Uint16Array = new Uint16Array(0);
  private armsOffset = 0;
  private armsCapacity = 0;
  private lines = 0;
  private armCount = 0;
  private lastLine = -1;
  private lastLineArms = 0;
  /** Existing tables: the position of the last line added to. */
  private cursor = 0;
  private readonly scratch = new ArmLayout();

  constructor(
    private readonly indexArena: Arena<Uint32Array>,
    private readonly armsArena: Arena<Uint16Array>,
  ) {}

  begin(table: BranchTable): void {
    this.table = table;
    this.direct = true;
    this.fresh = table.index === undefined;
    this.cursor = 0;
    if (this.fresh) {
      this.index = this.indexArena.tail(WINDOW);
      this.indexOffset = this.indexArena.offset;
      this.indexCapacity = this.index.length - this.indexOffset;
      this.arms = this.armsArena.tail(WINDOW);
      this.armsOffset = this.armsArena.offset;
      this.armsCapacity = this.arms.length - this.armsOffset;
      this.lines = 0;
      this.armCount = 0;
      this.lastLine = -1;
      this.lastLineArms = 0;
    }
  }

  add(line: number, arm: number, hits: number): void {
    if (this.direct) {
      if (this.fresh ? this.append(line, arm, hits) : this.addStored(line, arm, hits)) return;
      this.leaveWindow();
    }
    this.scratch.add(line, arm, hits);
  }

  private append(line: number, arm: number, hits: number): boolean {
    if (this.armCount >= this.armsCapacity) return false;
    if (line !== this.lastLine) {
      if (line < this.lastLine || arm !== 0 || 2 * this.lines + 4 > this.indexCapacity) return false;
      this.index[this.indexOffset + 2 * this.lines] = line;
      this.index[this.indexOffset + 2 * this.lines + 1] = this.armCount;
      this.lines++;
      this.lastLine = line;
      this.lastLineArms = 0;
    } else if (arm !== this.lastLineArms) {
      return false;
    }
    const added = clampHits(hits);
    this.arms[this.armsOffset + this.armCount++] = added;
    this.lastLineArms++;
    const table = this.table!;
    table.total++;
    if (added > 0) table.covered++;
    return true;
  }

  private addStored(line: number, arm: number, hits: number): boolean {
    const table = this.table!;
    let k = this.cursor;
    // Arms usually come line by line: the same line as before, or the next one.
    if (k >= table.lineCount || table.lineAt(k) !== line) {
      k = k + 1 < table.lineCount && table.lineAt(k + 1) === line ? k + 1 : table.find(line);
      if (k < 0) return false;
    }
    this.cursor = k;
    return table.addStored(k, arm, clampHits(hits));
  }

  /** Move what fresh windows hold to the scratch (counted again when committed). */
  private leaveWindow(): void {
    if (this.fresh) {
      for (let k = 0; k < this.lines; k++) {
        const line = this.index[this.indexOffset + 2 * k];
        const start = this.index[this.indexOffset + 2 * k + 1];
        const end = k + 1 < this.lines ? this.index[this.indexOffset + 2 * k + 3] : this.armCount;
        for (let at = start; at < end; at++) {
          this.scratch.add(line, at - start, this.arms[this.armsOffset + at]);
          this.arms[this.armsOffset + at] = 0;
        }
        this.index[this.indexOffset + 2 * k] = 0;
        this.index[this.indexOffset + 2 * k + 1] = 0;
      }
      this.table!.total = 0;
      this.table!.covered = 0;
      this.lines = 0;
    }
    this.direct = false;
  }

  /** The parser moved on: fresh windows that were written become the file's slices; merge the scratch. */
  end(): void {
    const table = this.table;
    if (!table) return;
    if (this.direct && this.fresh && this.lines > 0) {
      this.index[this.indexOffset + 2 * this.lines + 1] = this.armCount;
      this.indexArena.claim(2 * this.lines + 2);
      this.armsArena.claim(this.armCount);
      table.index = this.index;
      table.indexOffset = this.indexOffset;
      table.lineCount = this.lines;
      table.arms = this.arms;
      table.armsOffset = this.armsOffset;
    }
    this.direct = false;
    if (this.scratch.count > 0) {
      this.scratch.collect();
      table.commit(this.scratch, this.indexArena, this.armsArena);
      this.scratch.clear();
    }
    this.table = undefined;
  }
}
