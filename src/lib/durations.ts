/**
 * The one definition of every duration input: its syntax, its unit, and the smallest and
 * largest value it accepts. The input reader refuses anything outside these bounds, and
 * `npm run docs` writes each input's action.yml description from `describeDuration`, so the
 * docs and the code cannot disagree.
 *
 * This module imports nothing: the docs generator (plain Node, no build) transpiles it alone.
 */

export type DurationUnit = 's' | 'm';

export interface DurationSpec {
  /** The unit of a plain number ("30" is 30 seconds or 30 minutes). */
  unit: DurationUnit;
  minMs: number;
  maxMs: number;
  /** What the value means, as the start of the action.yml description. */
  meaning: string;
  /** Said after the bounds (what an empty value means, what the figure judges). */
  note?: string;
  /**
   * A wait runs a timer for that long; a limit is only compared with a measured figure (readiness),
   * so it may exceed what a timer can hold.
   */
  kind: 'wait' | 'limit';
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Bounds, and why:
 * - no wait is longer than a job may run anywhere (5 days on a self-hosted runner, 6 hours on
 *   GitHub's own runners); that also keeps every timer far below Node's limit of 2^31-1 ms,
 *   past which a timer fires at once;
 * - a wait is at least a second, and the time between two requests at least 100 ms, so a typo
 *   such as `0.0001ms` cannot turn a health check into a flood of requests;
 * - a limit that judges a figure measured over readiness's window is at most that window's
 *   longest (366 days): no figure of the window can be longer.
 */
export const MAX_WAIT_MS = 5 * DAY;

export const MAX_LIMIT_MS = 366 * DAY;

export const DURATION_INPUTS = {
  'health-check-timeout': { kind: 'wait', unit: 's', minMs: SECOND, maxMs: MAX_WAIT_MS, meaning: 'How long the health checks may take to pass' },
  'health-check-interval': { kind: 'wait', unit: 's', minMs: 100, maxMs: HOUR, meaning: 'Time between two health-check attempts' },
  'verify-window': { kind: 'wait', unit: 's', minMs: SECOND, maxMs: MAX_WAIT_MS, meaning: 'How much of the service metrics after the command is judged' },
  timeout: { kind: 'wait', unit: 'm', minMs: SECOND, maxMs: MAX_WAIT_MS, meaning: 'How long the deploy command may run', note: 'Empty means no limit.' },
  'timeout-minutes': {
    kind: 'wait',
    unit: 'm',
    minMs: SECOND,
    maxMs: MAX_WAIT_MS,
    meaning: 'How long to wait for approval before failing',
    note: 'At most 360 minutes on a GitHub-hosted runner (its job limit); the wait ends up to a minute early (a tenth of a short wait) so the outcome is recorded before a job with the same timeout-minutes stops.',
  },
  'poll-interval': {
    kind: 'wait',
    unit: 's',
    minMs: 100,
    maxMs: HOUR,
    meaning: "Time between the first polls of the issue's comments (it backs off up to a minute)",
  },
  'max-restore-time': {
    kind: 'limit',
    unit: 'm',
    minMs: SECOND,
    maxMs: MAX_LIMIT_MS,
    meaning: 'The recovery time objective',
    note: 'Judges each time to restore: readiness the last rollback and the failed changes, rehearsal both of its steps.',
  },
  'max-lead-time': { kind: 'limit', unit: 'm', minMs: SECOND, maxMs: MAX_LIMIT_MS, meaning: 'Maximum median lead time from commit to production' },
} as const satisfies Record<string, DurationSpec>;

export type DurationInput = keyof typeof DURATION_INPUTS;

export const isDurationInput = (name: string): name is DurationInput => Object.hasOwn(DURATION_INPUTS, name);

const UNIT_MS = { ms: 1, s: SECOND, m: MINUTE, h: HOUR } as const;
const UNIT_NAME: Record<DurationUnit, string> = { s: 'seconds', m: 'minutes' };

/** The syntax, said once: "in seconds or with a unit (500ms, 90s, 5m, 1.5h)". */
export function durationSyntax(unit: DurationUnit): string {
  return `in ${UNIT_NAME[unit]} or with a unit (500ms, 90s, 5m, 1.5h)`;
}

/** A bound as people write it: 100ms, 1s, 1h, 5 days. */
export function formatBound(ms: number): string {
  if (ms >= DAY && ms % DAY === 0) return `${ms / DAY} day${ms === DAY ? '' : 's'}`;
  if (ms >= HOUR && ms % HOUR === 0) return `${ms / HOUR}h`;
  if (ms >= MINUTE && ms % MINUTE === 0) return `${ms / MINUTE}m`;
  if (ms >= SECOND && ms % SECOND === 0) return `${ms / SECOND}s`;
  return `${ms}ms`;
}

/** The action.yml description of a duration input. */
export function describeDuration(name: DurationInput): string {
  const spec: DurationSpec = DURATION_INPUTS[name];
  const tail = spec.note ? ` ${spec.note}` : '';
  return `${spec.meaning}, ${durationSyntax(spec.unit)}, from ${formatBound(spec.minMs)} to ${formatBound(spec.maxMs)}.${tail}`;
}

/**
 * Parse a duration to milliseconds, or say why not (a clause to end "must be ..."). At most 15
 * digits before the point: enough for any valid value, and no 400-digit number reaches Number().
 */
export function parseDuration(name: DurationInput, value: string): { ms: number } | { problem: string } {
  const spec: DurationSpec = DURATION_INPUTS[name];
  const match = /^(\d{1,15}(?:\.\d{1,9})?|\.\d{1,9})\s*(ms|s|m|h)?$/.exec(value);
  const ms = match ? Number(match[1]) * UNIT_MS[(match[2] ?? spec.unit) as keyof typeof UNIT_MS] : Number.NaN;
  if (Number.isFinite(ms) && ms >= spec.minMs && ms <= spec.maxMs) return { ms };
  return { problem: `a duration from ${formatBound(spec.minMs)} to ${formatBound(spec.maxMs)}, ${durationSyntax(spec.unit)}` };
}
