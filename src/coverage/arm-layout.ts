import { clampHits, MAX_HITS } from './arena.js';

/**
 * The scratch for branch arms that cannot be written in place (a file's arms out of order, or
 * merged into arms it already has): (line, arm, hits) triplets, sorted and summed per line when
 * the parser moves on, then committed by BranchTable.commit. Its own module so the table
 * (branch-table.ts) reads as storage and this as sorting.
 */

function grow(array: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> {
  const grown = new Float64Array(array.length * 2);
  grown.set(array);
  return grown;
}

/** A record's (line, arm, hits) triplets sorted into lines (ascending), arm offsets and summed hits. */
export class ArmLayout {
  triplets: Float64Array<ArrayBuffer> = new Float64Array(3 * 64);
  count = 0;
  lines: Float64Array<ArrayBuffer> = new Float64Array(64);
  offsets: Float64Array<ArrayBuffer> = new Float64Array(65);
  hits: Float64Array<ArrayBuffer> = new Float64Array(128);
  lineCount = 0;

  add(line: number, arm: number, hits: number): void {
    if (this.count + 3 > this.triplets.length) this.triplets = grow(this.triplets);
    this.triplets[this.count++] = line;
    this.triplets[this.count++] = arm;
    this.triplets[this.count++] = hits;
  }

  collect(): void {
    const scratch = this.triplets;
    const count = this.count;
    let sorted = true;
    for (let at = 3; at < count && sorted; at += 3) {
      sorted = scratch[at - 3] < scratch[at] || (scratch[at - 3] === scratch[at] && scratch[at - 2] <= scratch[at + 1]);
    }
    let order: Uint32Array | undefined;
    if (!sorted) {
      order = new Uint32Array(count / 3).map((_value, i) => i * 3);
      order.sort((x, y) => scratch[x] - scratch[y] || scratch[x + 1] - scratch[y + 1]);
    }
    let lineCount = 0;
    let armTotal = 0;
    for (let i = 0; i < count / 3; i++) {
      const at = order ? order[i] : i * 3;
      const line = scratch[at];
      const arm = scratch[at + 1];
      if (lineCount === 0 || this.lines[lineCount - 1] !== line) {
        if (lineCount + 1 >= this.lines.length) {
          this.lines = grow(this.lines);
          this.offsets = grow(this.offsets);
        }
        this.lines[lineCount] = line;
        this.offsets[lineCount++] = armTotal;
      }
      const first = this.offsets[lineCount - 1];
      while (armTotal <= first + arm) {
        if (armTotal === this.hits.length) this.hits = grow(this.hits);
        this.hits[armTotal++] = 0;
      }
      this.hits[first + arm] = Math.min(MAX_HITS, this.hits[first + arm] + clampHits(scratch[at + 2]));
    }
    this.offsets[lineCount] = armTotal;
    this.lineCount = lineCount;
  }

  clear(): void {
    this.count = 0;
    this.lineCount = 0;
  }
}
