import type { Ratio } from './store.js';

/**
 * Go coverage blocks of one file. `go tool cover -func` (and `go test -cover`) report the share
 * of statements in blocks that ran, so Go keeps its blocks: a block is identified by its
 * position, and a block listed by several shards or profiles is one block, merged the way
 * `go tool cover` merges a profile (set mode: ran in any; count/atomic: counts summed).
 */
export interface GoBlock {
  startLine: number;
  endLine: number;
  statements: number;
  count: number;
}

export class StatementBlocks {
  private readonly blocks = new Map<string, GoBlock>();

  /**
   * Add a block under its position key ("12.3,15.2"); false when a block at that position
   * was already given with another statement count (profiles of different builds).
   */
  add(position: string, startLine: number, endLine: number, statements: number, count: number, setMode: boolean): boolean {
    const known = this.blocks.get(position);
    if (!known) {
      this.blocks.set(position, { startLine, endLine, statements, count });
      return true;
    }
    if (known.statements !== statements) return false;
    known.count = setMode ? Math.max(known.count, count) : known.count + count;
    return true;
  }

  get size(): number {
    return this.blocks.size;
  }

  /** Covered and total statements, as go tool cover computes its percentage. */
  ratio(): Ratio {
    let covered = 0;
    let total = 0;
    for (const block of this.blocks.values()) {
      total += block.statements;
      if (block.count > 0) covered += block.statements;
    }
    return { covered, total };
  }

  /**
   * Project blocks onto lines for line-level views (patch coverage, annotations): every line a
   * block with statements spans gets the largest count of the blocks spanning it, so a line is
   * covered when any of its code ran (the `if x {` line stays covered when only its body did not).
   */
  projectOnto(lines: { addLine(line: number, hits: number): void }): void {
    const byLine = new Map<number, number>();
    for (const block of this.blocks.values()) {
      if (block.statements === 0) continue;
      for (let line = block.startLine; line <= block.endLine; line++) {
        const known = byLine.get(line);
        if (known === undefined || known < block.count) byLine.set(line, block.count);
      }
    }
    for (const line of [...byLine.keys()].sort((a, b) => a - b)) lines.addLine(line, byLine.get(line)!);
  }
}
