/**
 * How the launch report writes its figures. Durations judged against a maximum are rounded up to
 * the unit shown, and rates judged against a minimum are rounded down, so a figure never reads as
 * meeting a target its exact value misses.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** "42 s", "12 min", "3 h 05 min", "2 d 4 h" (rounded up to the unit shown). */
export function durationText(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return 'unknown';
  if (ms < MINUTE) return `${Math.ceil(ms / 1000)} s`;
  if (ms < HOUR) return `${Math.ceil(ms / MINUTE)} min`;
  if (ms < 48 * HOUR) {
    const minutes = Math.ceil(ms / MINUTE);
    const rest = minutes % 60;
    return rest === 0 ? `${minutes / 60} h` : `${Math.floor(minutes / 60)} h ${String(rest).padStart(2, '0')} min`;
  }
  const hours = Math.ceil(ms / HOUR);
  return hours % 24 === 0 ? `${hours / 24} d` : `${Math.floor(hours / 24)} d ${hours % 24} h`;
}

/** A number rounded down to at most `digits` decimals, without trailing zeros. */
export function floorText(value: number, digits = 2): string {
  const scale = 10 ** digits;
  return String(Math.floor(value * scale + 1e-9) / scale);
}

/** A number rounded up to at most `digits` decimals, without trailing zeros. */
export function ceilText(value: number, digits = 2): string {
  const scale = 10 ** digits;
  return String(Math.ceil(value * scale - 1e-9) / scale);
}

/** "Nov 6" in UTC (the report's weeks are UTC). */
export function dayText(ms: number): string {
  return new Date(ms).toLocaleDateString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
}

/** "2026-11-06" in UTC. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** "30 days to 2026-12-06" */
export function windowText(window: { start: number; end: number }): string {
  const days = (window.end - window.start) / (24 * HOUR);
  return `${Number.isInteger(days) ? days : floorText(days, 1)} days to ${isoDay(window.end)}`;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
