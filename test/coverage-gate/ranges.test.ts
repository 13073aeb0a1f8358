import { describe, expect, it } from '@jest/globals';
import { groupRanges, rangesText } from '../../src/coverage/gate/ranges.js';

describe('groupRanges', () => {
  it.each([
    ['empty', [], [], []],
    ['one line', [7], [], [[7, 7]]],
    ['consecutive', [3, 4, 5], [], [[3, 5]]],
    ['unsorted with duplicates', [9, 3, 4, 9, 10], [], [[3, 4], [9, 10]]],
    ['a gap of code splits', [1, 3], [], [[1, 1], [3, 3]]],
    ['a gap of non-code joins', [1, 4], [2, 3], [[1, 4]]],
    ['a gap partly code splits', [1, 4], [2], [[1, 1], [4, 4]]],
  ])('%s', (_name, lines, bridgeable, expected) => {
    const bridge = new Set<number>(bridgeable);
    expect(groupRanges(lines, (line) => bridge.has(line)).map((range) => [range.start, range.end])).toEqual(expected);
  });

  it('never bridges a long gap', () => {
    expect(groupRanges([1, 100], () => true)).toHaveLength(2);
  });

  it('writes ranges with en dashes and caps the list', () => {
    const ranges = groupRanges([1, 2, 3, 5, 7, 9, 11]);
    expect(rangesText(ranges, 3)).toBe('1–3, 5, 7 and 2 more');
    expect(rangesText(ranges.slice(0, 2))).toBe('1–3, 5');
  });
});
