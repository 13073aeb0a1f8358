/**
 * Two ways to write a duration, named by their output: compact figures for measured times in
 * logs and tables, words for the limits people set (in an issue or a sentence).
 */

/** "850 ms", "1.2s", "45s", "3m 05s". */
export function formatDurationCompact(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = ms / 1000;
  if (seconds < 60) return `${seconds < 10 ? seconds.toFixed(1) : Math.round(seconds)}s`;
  const whole = Math.round(seconds);
  const minutes = Math.floor(whole / 60);
  return `${minutes}m ${String(whole % 60).padStart(2, '0')}s`;
}

/** "90 seconds", "5 minutes", "2.5 hours". */
export function formatDurationInWords(ms: number): string {
  const amount = (value: number, unit: string) => {
    const rounded = Math.round(value * 10) / 10;
    return `${rounded} ${unit}${rounded === 1 ? '' : 's'}`;
  };
  if (ms < 120_000) return amount(ms / 1000, 'second');
  if (ms < 120 * 60_000) return amount(ms / 60_000, 'minute');
  return amount(ms / 3_600_000, 'hour');
}
