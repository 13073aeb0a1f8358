import { Arena, clampHits, MAX_HITS } from './arena.js';

export interface Ratio {
  covered: number;
  total: number;
}

/** Line numbers the scratch keeps densely (16 MiB at most); larger ones are kept as pairs. */
const SCRATCH_LIMIT = 1 << 22;
/** The least free room a page must have for a new file's lines to be written in place. */
const WINDOW = 1 << 14;

/**
 * Hits per line of one file: a dense slice of a shared page, entry i for line `base + i`, 0 for
 * "no record", otherwise hits + 1. A file with a few far-apart line numbers uses a Map instead.
 * Totals are kept up to date as lines are added, so they never walk the table.
 */
export class LineTable {
  page: Uint16Array | undefined;
  offset = 0;
  base = 0;
  length = 0;
  sparse: Map<number, number> | undefined;
  total = 0;
  covered = 0;

  get(line: number): number | undefined {
    if (this.sparse) return this.sparse.get(line);
    const index = line - this.base;
    if (!this.page || index < 0 || index >= this.length) return undefined;
    const value = this.page[this.offset + index];
    return value === 0 ? undefined : value - 1;
  }

  forEach(visit: (line: number, hits: number) => void): void {
    if (this.sparse) {
      for (const line of [...this.sparse.keys()].sort((a, b) => a - b)) visit(line, this.sparse.get(line)!);
      return;
    }
    for (let i = 0; this.page && i < this.length; i++) {
      const value = this.page[this.offset + i];
      if (value !== 0) visit(this.base + i, value - 1);
    }
  }

  ratio(): Ratio {
    return { covered: this.covered, total: this.total };
  }

  /** Add one line (slow path: the Map, or a slice that already holds the line). */
  addSparse(line: number, hits: number): void {
    const sparse = this.sparse!;
    const current = sparse.get(line);
    const added = clampHits(hits);
    if (current === undefined) this.total++;
    if ((current ?? 0) === 0 && added > 0) this.covered++;
    sparse.set(line, Math.min(MAX_HITS, (current ?? 0) + added));
  }

  /** Add what a scratch collected. */
  commit(scratch: LineScratch, arena: Arena<Uint16Array>): void {
    if (scratch.count === 0) return;
    const dense = scratch.dense;
    if (!this.sparse) {
      const min = this.page ? Math.min(scratch.min, this.base) : scratch.min;
      const max = this.page ? Math.max(scratch.max, this.base + this.length - 1) : scratch.max;
      const length = max - min + 1;
      // A few far-apart line numbers would make a huge dense slice: keep such a file in a Map.
      if (scratch.far.length === 0 && length <= 64 * (scratch.count + this.length) + 4096) {
        if (!this.page || min < this.base || length > this.length) this.relocate(min, length, arena);
        this.addDense(scratch);
        return;
      }
      this.toSparse();
    }
    for (let line = scratch.min; line <= scratch.max; line++) if (dense[line] !== 0) this.addSparse(line, dense[line] - 1);
    for (let i = 0; i < scratch.far.length; i += 2) this.addSparse(scratch.far[i], scratch.far[i + 1]);
  }

  private relocate(min: number, length: number, arena: Arena<Uint16Array>): void {
    const page = arena.alloc(length);
    const offset = arena.offset;
    if (this.page) page.set(this.page.subarray(this.offset, this.offset + this.length), offset + this.base - min);
    this.page = page;
    this.offset = offset;
    this.base = min;
    this.length = length;
  }

  private addDense(scratch: LineScratch): void {
    const page = this.page!;
    const dense = scratch.dense;
    const shift = this.offset - this.base;
    for (let line = scratch.min; line <= scratch.max; line++) {
      const value = dense[line];
      if (value === 0) continue;
      const at = shift + line;
      const current = page[at];
      if (current === 0) {
        this.total++;
        if (value > 1) this.covered++;
        page[at] = value > MAX_HITS ? MAX_HITS + 1 : value;
      } else {
        if (current === 1 && value > 1) this.covered++;
        page[at] = Math.min(MAX_HITS + 1, current + value - 1);
      }
    }
  }

  private toSparse(): void {
    const sparse = new Map<number, number>();
    this.forEach((line, hits) => sparse.set(line, hits));
    this.sparse = sparse;
    this.page = undefined;
    this.length = 0;
  }
}

/** Lines collected for one file, dense by line number until committed. */
export class LineScratch {
  /** Index = line; 0 = no record yet, otherwise hits + 1 (saturating). */
  dense = new Uint32Array(1024);
  min = Number.MAX_SAFE_INTEGER;
  max = -1;
  /** Lines with a record (dense and far). */
  count = 0;
  /** (line, hits) pairs of line numbers too large for the dense array. */
  far: number[] = [];

  add(line: number, hits: number): void {
    if (line >= this.dense.length) {
      if (line >= SCRATCH_LIMIT) {
        this.far.push(line, clampHits(hits));
        this.count++;
        return;
      }
      const grown = new Uint32Array(Math.max(line + 1, this.dense.length * 2));
      grown.set(this.dense);
      this.dense = grown;
    }
    const value = this.dense[line];
    const added = hits >= 0xfffffffe ? 0xfffffffe : hits > 0 ? hits : 0;
    if (value === 0) {
      this.count++;
      if (line < this.min) this.min = line;
      if (line > this.max) this.max = line;
      this.dense[line] = added + 1;
    } else {
      this.dense[line] = Math.min(0xffffffff, value + added);
    }
  }

  clear(): void {
    if (this.max >= 0) this.dense.fill(0, this.min, this.max + 1);
    this.min = Number.MAX_SAFE_INTEGER;
    this.max = -1;
    this.count = 0;
    this.far.length = 0;
  }
}

/**
 * Writes the lines of the file a parser is on. The fast path writes straight into the file's
 * slice, or, for a file without one, into the free end of a page (a window) that becomes its
 * slice when the parser moves on; so a slice is allocated once, at its final size. A line
 * outside the window (lines out of order, a huge file) sends the rest to a scratch, committed
 * when the parser moves on.
 */
export class LineWriter {
  private table: LineTable | undefined;
  private window: Uint16Array | undefined;
  private windowOffset = 0;
  private windowBase = -1;
  private windowCapacity = 0;
  private windowMax = -1;
  private fresh = false;
  private readonly scratch = new LineScratch();

  constructor(private readonly arena: Arena<Uint16Array>) {}

  begin(table: LineTable): void {
    this.table = table;
    this.window = undefined;
    this.windowMax = -1;
    if (table.sparse) return;
    if (table.page) {
      this.window = table.page;
      this.windowOffset = table.offset;
      this.windowBase = table.base;
      this.windowCapacity = table.length;
      this.fresh = false;
    } else {
      this.window = this.arena.tail(WINDOW);
      this.windowOffset = this.arena.offset;
      this.windowBase = -1;
      this.windowCapacity = this.window.length - this.windowOffset;
      this.fresh = true;
    }
  }

  add(line: number, hits: number): void {
    const page = this.window;
    if (page !== undefined) {
      if (this.windowBase < 0) this.windowBase = line;
      const index = line - this.windowBase;
      if (index >= 0 && index < this.windowCapacity) {
        const table = this.table!;
        const at = this.windowOffset + index;
        const current = page[at];
        const added = hits >= MAX_HITS ? MAX_HITS : hits > 0 ? hits : 0;
        if (current === 0) {
          table.total++;
          if (added > 0) table.covered++;
          page[at] = added + 1;
        } else {
          if (current === 1 && added > 0) table.covered++;
          const sum = current + added;
          page[at] = sum > MAX_HITS ? MAX_HITS + 1 : sum;
        }
        if (index > this.windowMax) this.windowMax = index;
        return;
      }
      this.leaveWindow();
    }
    this.scratch.add(line, hits);
  }

  /** Move what a fresh window holds to the scratch (which is counted when committed). */
  private leaveWindow(): void {
    const page = this.window!;
    if (this.fresh) {
      for (let index = 0; index <= this.windowMax; index++) {
        const at = this.windowOffset + index;
        if (page[at] !== 0) {
          this.scratch.add(this.windowBase + index, page[at] - 1);
          page[at] = 0;
        }
      }
      this.table!.total = 0;
      this.table!.covered = 0;
    }
    this.window = undefined;
  }

  /** The parser moved on: a fresh window that was written becomes the file's slice; commit the scratch. */
  end(): void {
    const table = this.table;
    if (!table) return;
    if (this.window !== undefined && this.fresh && this.windowMax >= 0) {
      this.arena.claim(this.windowMax + 1);
      table.page = this.window;
      table.offset = this.windowOffset;
      table.base = this.windowBase;
      table.length = this.windowMax + 1;
    }
    this.window = undefined;
    table.commit(this.scratch, this.arena);
    this.scratch.clear();
    this.table = undefined;
  }
}
