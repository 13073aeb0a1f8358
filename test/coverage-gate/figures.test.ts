import { describe, expect, it } from '@jest/globals';
import { deltaText, dropText, formatCount, missingToMeet } from '../../src/coverage/gate/figures.js';
import { compareDrop, meetsMinimum } from '../../src/coverage/ratio.js';

const r = (covered: number, total: number) => ({ covered, total });

describe('exact ratios at the edges (no float, no rounding decides)', () => {
  it.each([
    // covered, total, minimum, meets
    [7, 10, 70, true],
    [6999, 10000, 70, false],
    [69999999, 100000000, 70, false], // 69.999999 % shows as 69.99 and fails
    [7049, 10000, 70.5, false],
    [7050, 10000, 70.5, true],
    [2, 3, 66.67, false], // 66.666…
    [2, 3, 66.66, true],
    [1, 3, 33.333, true],
    [1, 3, 33.334, false],
    [0, 1, 0, true],
    [1, 1, 100, true],
    [999999, 1000000, 100, false],
    [3, 10, 0.3e2, true], // 30 written with an exponent
    [Number.MAX_SAFE_INTEGER - 1, Number.MAX_SAFE_INTEGER, 99.99999, true], // beyond float precision
  ])('%i of %i meets %p %%: %p', (covered, total, minimum, meets) => {
    expect(meetsMinimum(r(covered, total), minimum)).toBe(meets);
  });

  it.each([
    // covered, total, minimum, more covered lines needed
    [1300, 1900, 70, 30],
    [1330, 1900, 70, 0],
    [0, 3, 66.67, 3],
    [0, 7, 0.01, 1],
    [5, 10, 50, 0],
  ])('%i of %i needs %i more for %p %%', (covered, total, minimum, missing) => {
    expect(missingToMeet(r(covered, total), minimum)).toBe(missing === 0 && minimum === 70 ? 0 : missing);
    expect(meetsMinimum(r(covered + missing, total), minimum)).toBe(true);
    if (missing > 0) expect(meetsMinimum(r(covered + missing - 1, total), minimum)).toBe(false);
  });

  it.each([
    // base, current, max drop, exceeded
    [r(80, 100), r(79, 100), 1, false],
    [r(80, 100), r(78, 100), 1, true],
    [r(8000, 10000), r(7900, 10000), 1, false], // exactly 1 point: allowed
    [r(8000, 10000), r(7899, 10000), 1, true],
    [r(2, 3), r(65, 100), 1.66, true], // 66.666… − 65 = 1.666… > 1.66
    [r(2, 3), r(65, 100), 1.67, false],
    [r(50, 100), r(90, 100), 0, false], // a rise never exceeds
    [r(1, 3), r(1, 3), 0, false],
  ])('drop from %j to %j against %p points: exceeded %p', (base, current, max, exceeded) => {
    expect(compareDrop(base, current, max) > 0).toBe(exceeded);
  });
});

describe('display that agrees with the verdict', () => {
  it.each([
    [r(80, 100), r(7769, 10000), '-2.31'],
    [r(2, 3), r(2, 3), '0.00'],
    [r(50, 100), r(51, 100), '+1.00'],
    [r(80004, 100000), r(77686, 100000), '-2.32'], // 80.00 − 77.68 as shown
  ])('delta from %j to %j is %s (the shown figures subtract)', (base, current, text) => {
    expect(deltaText(base, current)).toBe(text);
  });

  it.each([
    // base, current, max, drop text
    [r(80, 100), r(7769, 10000), 1, '2.31'],
    // shown figures agree with the verdict: their difference is shown
    [r(800000, 1000000), r(789996, 1000000), 1, '1.01'],
    [r(800000, 1000000), r(790004, 1000000), 1, '1.00'],
    // exact drop 1.004 > 1, but the shown figures (80.00 − 79.00 = 1.00) would hide it
    [r(80009, 100000), r(79005, 100000), 1, '1.004'],
    // exact drop 1.004 ≤ 1.005, but the shown figures (80.00 − 78.99 = 1.01) would contradict the pass
    [r(80000, 100000), r(78996, 100000), 1.005, '1.0040'],
  ])('drop from %j to %j against %p shows %s', (base, current, max, text) => {
    expect(dropText(base, current, max)).toBe(text);
  });

  it('groups counts by thousands', () => {
    expect([0, 999, 1000, 1900, 1234567].map(formatCount)).toEqual(['0', '999', '1,000', '1,900', '1,234,567']);
  });
});
