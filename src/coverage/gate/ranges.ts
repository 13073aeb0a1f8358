/**
 * Uncovered lines grouped into ranges for annotations: 10, 11, 12, 15 → 10–12 and 15. A gap
 * may be bridged when every line in it is `bridgeable` (not executable code: a blank line or a
 * comment between two uncovered statements does not split a range).
 */
export interface LineRange {
  start: number;
  end: number;
}

export function groupRanges(lines: readonly number[], bridgeable: (line: number) => boolean = () => false): LineRange[] {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const ranges: LineRange[] = [];
  for (const line of sorted) {
    const last = ranges[ranges.length - 1];
    if (last && canJoin(last.end, line, bridgeable)) last.end = line;
    else ranges.push({ start: line, end: line });
  }
  return ranges;
}

/** A gap this long is never bridged, whatever is in it (keeps annotations near their lines). */
const MAX_GAP = 20;

function canJoin(end: number, line: number, bridgeable: (line: number) => boolean): boolean {
  if (line === end + 1) return true;
  if (line - end - 1 > MAX_GAP) return false;
  for (let gap = end + 1; gap < line; gap++) if (!bridgeable(gap)) return false;
  return true;
}

/** "12", "12–18" (an en dash, as in print). */
export function rangeText(range: LineRange): string {
  return range.start === range.end ? String(range.start) : `${range.start}–${range.end}`;
}

/** "3–5, 9, 12–14" with at most `max` ranges, then "and N more". */
export function rangesText(ranges: readonly LineRange[], max = 8): string {
  const shown = ranges.slice(0, max).map(rangeText).join(', ');
  return ranges.length > max ? `${shown} and ${ranges.length - max} more` : shown;
}
