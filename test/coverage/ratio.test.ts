import { describe, expect, test } from '@jest/globals';
import { compareDrop, compareToPercent, formatPercent, meetsMinimum, percentFraction, percentOf } from '../../src/coverage/ratio.js';

const r = (covered: number, total: number) => ({ covered, total });

describe('exact ratios', () => {
  test.each([
    [70, 70n, 1n],
    [70.5, 705n, 10n],
    [0.1, 1n, 10n],
    [66.67, 6667n, 100n],
    [1e-7, 1n, 10000000n],
    [100, 100n, 1n],
  ])('percentFraction(%p) = %p/%p', (percent, numerator, denominator) => {
    expect(percentFraction(percent)).toEqual({ numerator, denominator });
  });

  test.each([
    [r(7049, 10000), 70.5, false],
    [r(7050, 10000), 70.5, true],
    [r(141, 200), 70.5, true],
    [r(2, 3), 66.67, false],
    [r(2, 3), 66.66, true],
    [r(7, 10), 70, true],
    [r(69999999, 100000000), 70, false],
    [r(1, 10), 10, true],
    // 0.1 * 3 is 0.30000000000000004 in floating point; the exact comparison is not fooled.
    [r(3, 1000), 0.3, true],
    [r(0, 0), 100, true],
    [r(0, 5), 0, true],
  ])('%j meets %p %%: %p', (ratio, minimum, expected) => {
    expect(meetsMinimum(ratio, minimum)).toBe(expected);
  });

  test('compareToPercent is exact in both directions', () => {
    expect(compareToPercent(r(1, 3), 33.33)).toBe(1);
    expect(compareToPercent(r(1, 4), 25)).toBe(0);
    expect(compareToPercent(r(1, 4), 25.000001)).toBe(-1);
  });

  test.each([
    // base 80 %, head 79 %: a drop of exactly 1 point.
    [r(80, 100), r(79, 100), 1, 0],
    [r(80, 100), r(79, 100), 0.99, 1],
    [r(80, 100), r(790, 1000), 1.5, -1],
    [r(2, 3), r(1, 3), 33.33, 1],
    [r(2, 3), r(1, 3), 33.34, -1],
    [r(0, 0), r(0, 10), 99.9, 1],
  ])('drop from %j to %j against %p points: %p', (base, head, maxDrop, expected) => {
    expect(compareDrop(base, head, maxDrop)).toBe(expected);
  });

  test.each([
    [r(2, 3), '66.66'],
    [r(1, 3), '33.33'],
    [r(9999, 10000), '99.99'],
    [r(99999, 100000), '99.99'],
    [r(1, 1), '100.00'],
    [r(0, 7), '0.00'],
    [r(0, 0), '100.00'],
    [r(6996, 10000), '69.96'],
    [r(5, 8), '62.50'],
  ])('formatPercent(%j) = %s (truncated, never rounded up past a threshold)', (ratio, text) => {
    expect(formatPercent(ratio)).toBe(text);
  });

  test('percentOf', () => {
    expect(percentOf(r(1, 8))).toBe(12.5);
    expect(percentOf(r(0, 0))).toBe(100);
  });
});
