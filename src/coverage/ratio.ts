import type { Ratio } from './store.js';

/**
 * Coverage figures are exact ratios of integers. Thresholds are compared on the ratios, never on
 * rounded or floating percentages: 7049/10000 is below 70.5 % even though it shows as "70.49",
 * and 2/3 meets 66.67 only if 200 * 100 >= 6667 * 3.
 */
export type { Ratio };

/** A percentage as the exact fraction of its decimal spelling (70.5 → 705/10), in BigInt. */
export function percentFraction(percent: number): { numerator: bigint; denominator: bigint } {
  if (!Number.isFinite(percent) || percent < 0) throw new RangeError(`Not a percentage: ${percent}`);
  // Number#toString gives the shortest decimal that reads back as the same number, which is
  // what the user wrote in the workflow for any sensible threshold.
  const match = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(percent));
  if (!match) throw new RangeError(`Not a percentage: ${percent}`);
  const fraction = match[2] ?? '';
  const exponent = Number(match[3] ?? 0) - fraction.length;
  const digits = BigInt(match[1] + fraction);
  return exponent >= 0
    ? { numerator: digits * 10n ** BigInt(exponent), denominator: 1n }
    : { numerator: digits, denominator: 10n ** BigInt(-exponent) };
}

/**
 * Compare covered/total with a percentage: negative when below, 0 when equal, positive above.
 * A ratio with nothing to cover (0/0) counts as 100 %.
 */
export function compareToPercent(ratio: Ratio, percent: number): number {
  const { numerator, denominator } = percentFraction(percent);
  const covered = BigInt(ratio.total === 0 ? 1 : ratio.covered);
  const total = BigInt(ratio.total === 0 ? 1 : ratio.total);
  const left = covered * 100n * denominator;
  const right = numerator * total;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** True when the ratio is at least `minimum` percent, compared exactly. */
export function meetsMinimum(ratio: Ratio, minimum: number): boolean {
  return compareToPercent(ratio, minimum) >= 0;
}

/**
 * Compare the drop from `base` to `head` (in percentage points) with `maxDrop`: positive when the
 * drop exceeds it. Exact: (base.c/base.t - head.c/head.t) * 100 vs maxDrop, cross-multiplied.
 */
export function compareDrop(base: Ratio, head: Ratio, maxDrop: number): number {
  const { numerator, denominator } = percentFraction(maxDrop);
  const [bc, bt] = base.total === 0 ? [1n, 1n] : [BigInt(base.covered), BigInt(base.total)];
  const [hc, ht] = head.total === 0 ? [1n, 1n] : [BigInt(head.covered), BigInt(head.total)];
  const left = (bc * ht - hc * bt) * 100n * denominator;
  const right = numerator * bt * ht;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The percentage as a floating number, for display and outputs only (100 when nothing to cover). */
export function percentOf(ratio: Ratio): number {
  return ratio.total === 0 ? 100 : (ratio.covered * 100) / ratio.total;
}

/**
 * The percentage with two decimals, truncated (not rounded) from the exact ratio, so the figure
 * shown never contradicts a verdict: 69.996 % shows as "69.99" and fails a 70 % minimum, and
 * "100.00" means every line is covered.
 */
export function formatPercent(ratio: Ratio): string {
  if (ratio.total === 0) return '100.00';
  const hundredths = (BigInt(ratio.covered) * 10000n) / BigInt(ratio.total);
  return `${hundredths / 100n}.${(hundredths % 100n).toString().padStart(2, '0')}`;
}
