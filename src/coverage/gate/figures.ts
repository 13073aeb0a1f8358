import { compareDrop, formatPercent, percentFraction, type Ratio } from '../ratio.js';

/**
 * Display helpers for the verdict. Verdicts are decided on exact ratios (../ratio.ts); these only
 * turn figures into text that agrees with the verdict they explain.
 */

/** 1900 → "1,900". */
export function formatCount(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "68.42 %" — truncated, so it never shows a failing figure as meeting its minimum. */
export function percentText(ratio: Ratio): string {
  return `${formatPercent(ratio)} %`;
}

/** How many more lines must be covered (same total) to reach `percent`. */
export function missingToMeet(ratio: Ratio, percent: number): number {
  const { numerator, denominator } = percentFraction(percent);
  const needed = numerator * BigInt(ratio.total);
  const per = 100n * denominator;
  const missing = (needed + per - 1n) / per - BigInt(ratio.covered);
  return missing > 0n ? Number(missing) : 0;
}

/** Hundredths of a percent as shown (truncated), for differences that add up on screen. */
function shownHundredths(ratio: Ratio): bigint {
  return ratio.total === 0 ? 10000n : (BigInt(ratio.covered) * 10000n) / BigInt(ratio.total);
}

function hundredthsText(value: bigint): string {
  const negative = value < 0n;
  const magnitude = negative ? -value : value;
  return `${negative ? '-' : ''}${magnitude / 100n}.${(magnitude % 100n).toString().padStart(2, '0')}`;
}

/**
 * current − base in percentage points as the two shown figures subtract ("-2.31"), so that
 * `delta` equals `coverage` minus `base-coverage` as a reader computes it.
 */
export function deltaText(base: Ratio, current: Ratio): string {
  const value = shownHundredths(current) - shownHundredths(base);
  return value > 0n ? `+${hundredthsText(value)}` : hundredthsText(value);
}

/**
 * How far coverage fell, in points, as shown next to the allowed maximum. Normally the shown
 * figures' difference; when that would contradict the exact verdict (a drop of 1.004 shown as
 * "1.00" against a maximum of 1) the exact drop with as many decimals as it takes.
 */
export function dropText(base: Ratio, current: Ratio, maxDrop: number): string {
  const exceeded = compareDrop(base, current, maxDrop) > 0;
  const shown = shownHundredths(base) - shownHundredths(current);
  const { numerator, denominator } = percentFraction(maxDrop);
  const shownExceeds = shown * denominator > numerator * 100n;
  if (shownExceeds === exceeded) return hundredthsText(shown);
  // The exact drop, 100 * (bc*ct - cc*bt) / (bt*ct), with one decimal more than the maximum has,
  // rounded away from the maximum (up when exceeded, down when not): always on the verdict's side.
  const top = 100n * (BigInt(base.covered) * BigInt(current.total) - BigInt(current.covered) * BigInt(base.total));
  const bottom = BigInt(base.total) * BigInt(current.total);
  const decimals = Math.max(3, String(denominator).length);
  const scale = 10n ** BigInt(decimals);
  const floor = (a: bigint, b: bigint) => (a >= 0n ? a / b : -((-a + b - 1n) / b));
  const scaled = exceeded ? -floor(-top * scale, bottom) : floor(top * scale, bottom);
  const negative = scaled < 0n;
  const magnitude = negative ? -scaled : scaled;
  return `${negative ? '-' : ''}${magnitude / scale}.${(magnitude % scale).toString().padStart(decimals, '0')}`;
}

