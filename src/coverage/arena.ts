/**
 * Large shared pages that many small per-file slices are cut from. A report of hundreds of
 * megabytes covers tens of thousands of files; one typed array per file would cost a few hundred
 * bytes of bookkeeping each, and Maps of boxed numbers ten times the data. Slices are never
 * freed: a file's slice is allocated once at its final size (see LineWriter and BranchWriter).
 */
export const PAGE = 1 << 22;

/** Hits are 16 bits, saturating: coverage only asks "hit or not", the count is for display. */
export const MAX_HITS = 0xfffe;

export function clampHits(hits: number): number {
  return hits >= MAX_HITS ? MAX_HITS : hits > 0 ? Math.floor(hits) : 0;
}

export class Arena<T extends Uint16Array | Uint32Array> {
  private page: T | undefined;
  private used = 0;
  /** Pages start small (a model of a few files stays small) and double up to PAGE entries. */
  private nextPageLength = 4096;
  /** Where the slice that `alloc` or `tail` returned starts in its page. */
  offset = 0;

  constructor(private readonly create: (length: number) => T) {}

  private newPage(minimum: number): void {
    while (this.nextPageLength < minimum) this.nextPageLength *= 2;
    this.page = this.create(this.nextPageLength);
    this.nextPageLength = Math.min(PAGE, this.nextPageLength * 2);
    this.used = 0;
  }

  /** A zeroed slice of `length` entries: returns its page; the slice starts at `this.offset`. */
  alloc(length: number): T {
    if (length > PAGE / 8) {
      this.offset = 0;
      return this.create(length);
    }
    if (!this.page || this.used + length > this.page.length) this.newPage(length);
    this.offset = this.used;
    this.used += length;
    return this.page!;
  }

  /**
   * The free, zeroed end of the current page (at least `minimum` entries), for a slice whose
   * length is not known yet; it starts at `this.offset`. Nothing else may be allocated from this
   * arena until `claim`, and what is not claimed must be left zeroed.
   */
  tail(minimum: number): T {
    if (!this.page || this.page.length - this.used < minimum) this.newPage(minimum);
    this.offset = this.used;
    return this.page!;
  }

  /** Keep the first `length` entries of the last tail. */
  claim(length: number): void {
    this.used += length;
  }
}
