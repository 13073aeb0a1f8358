import { UserError } from './errors.js';
import { DURATION_INPUTS, parseDuration, type DurationInput } from './durations.js';
import { environmentNameProblem } from './names.js';

/**
 * Typed input readers. An action builds its one `Inputs` object through an InputReader; the
 * reader records every name it was asked for, which is how the contract test proves that every
 * action.yml input is read and every read input is declared.
 */
export type InputSource = (name: string) => string;

/** The runner's way: INPUT_<NAME> with spaces as underscores, upper-cased (as @actions/core does). */
export const envInputSource: InputSource = (name) =>
  process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';

const quote = (value: string): string => JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);

const TRUE = new Set(['true', 'True', 'TRUE', 'yes', 'on', '1']);
const FALSE = new Set(['false', 'False', 'FALSE', 'no', 'off', '0']);

export interface NumberOptions {
  min?: number;
  max?: number;
  integer?: boolean;
}

export interface InputReaderOptions {
  /**
   * Collect validation failures in `problems` and return the fallback instead of throwing.
   * The contract test uses it to see every input an action reads, even when values are missing.
   */
  collectProblems?: boolean;
}

export class InputReader {
  readonly names = new Set<string>();
  readonly problems: string[] = [];

  constructor(
    private readonly source: InputSource = envInputSource,
    private readonly options: InputReaderOptions = {},
  ) {}

  /** Reject the inputs with one sentence (or record it, when collecting problems). */
  fail(sentence: string): void {
    if (this.options.collectProblems) this.problems.push(sentence);
    else throw new UserError(sentence);
  }

  /** The trimmed raw value, '' when not given. */
  raw(name: string): string {
    this.names.add(name);
    return this.source(name).trim();
  }

  string(name: string, fallback = ''): string {
    return this.raw(name) || fallback;
  }

  required(name: string, why = ''): string {
    const value = this.raw(name);
    if (!value) this.fail(`Input "${name}" is required${why ? ` ${why}` : ''} but was not given.`);
    return value;
  }

  /** The raw value or undefined when empty: for inputs that are "off" unless given. */
  optional(name: string): string | undefined {
    return this.raw(name) || undefined;
  }

  boolean(name: string, fallback: boolean): boolean {
    const value = this.raw(name);
    if (!value) return fallback;
    if (TRUE.has(value)) return true;
    if (FALSE.has(value)) return false;
    this.fail(`Input "${name}" must be true or false, but was ${quote(value)}.`);
    return fallback;
  }

  number(name: string, fallback: number, options?: NumberOptions): number;
  number(name: string, fallback: undefined, options?: NumberOptions): number | undefined;
  number(name: string, fallback: number | undefined, options: NumberOptions = {}): number | undefined {
    const value = this.raw(name);
    if (!value) return fallback;
    const kind = options.integer ? 'a whole number' : 'a number';
    const range =
      options.min !== undefined && options.max !== undefined
        ? ` from ${options.min} to ${options.max}`
        : options.min !== undefined
          ? ` of at least ${options.min}`
          : options.max !== undefined
            ? ` of at most ${options.max}`
            : '';
    const parsed = /^[+-]?(\d+\.?\d*|\.\d+)$/.test(value) ? Number(value) : Number.NaN;
    if (
      !Number.isFinite(parsed) ||
      (options.integer && !Number.isInteger(parsed)) ||
      (options.min !== undefined && parsed < options.min) ||
      (options.max !== undefined && parsed > options.max)
    ) {
      this.fail(`Input "${name}" must be ${kind}${range}, but was ${quote(value)}.`);
      return fallback;
    }
    return parsed;
  }

  /** A percentage from 0 to 100; a trailing % is accepted ("70" and "70%" are the same). */
  percent(name: string, fallback: number): number;
  percent(name: string, fallback: undefined): number | undefined;
  percent(name: string, fallback: number | undefined): number | undefined {
    const value = this.raw(name).replace(/%$/, '').trim();
    if (!value) return fallback;
    const parsed = /^[+-]?(\d+\.?\d*|\.\d+)$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isFinite(parsed) || parsed < 0 || parsed > 100) {
      this.fail(`Input "${name}" must be a percentage from 0 to 100, but was ${quote(this.raw(name))}.`);
      return fallback;
    }
    return parsed;
  }

  /**
   * A duration input, in its own unit (seconds or minutes) as src/lib/durations.ts defines it:
   * a plain number in that unit, or a number with a unit (500ms, 90s, 5m, 1.5h), within the
   * input's documented minimum and maximum.
   */
  duration(name: DurationInput, fallback: number): number;
  duration(name: DurationInput, fallback: undefined): number | undefined;
  duration(name: DurationInput, fallback: number | undefined): number | undefined {
    const value = this.raw(name);
    if (!value) return fallback;
    const parsed = parseDuration(name, value);
    if ('problem' in parsed) {
      this.fail(`Input "${name}" must be ${parsed.problem}, but was ${quote(value)}.`);
      return fallback;
    }
    return parsed.ms / (DURATION_INPUTS[name].unit === 's' ? 1000 : 60_000);
  }

  /** An environment name as GitHub accepts it (at most 255 characters, no control characters). */
  environment(name: string, fallback = ''): string {
    const value = this.raw(name) || fallback;
    const problem = value ? environmentNameProblem(value) : undefined;
    if (problem) this.fail(`Input "${name}" must be a GitHub environment name, but ${problem}: ${quote(value)}.`);
    return value;
  }

  /**
   * The token. Empty is refused with what it breaks (`needs`), or allowed when the action can
   * do without it; the caller then says what is skipped.
   */
  githubToken(needs?: string): string {
    const value = this.raw('github-token');
    if (!value && needs) {
      this.fail(`Input "github-token" is empty, but ${needs}; leave it at its default (the workflow's GITHUB_TOKEN) or give a token.`);
    }
    return value;
  }

  /**
   * Newline- or comma-separated values, trimmed, empties dropped. A comma inside braces belongs
   * to a glob alternation (`coverage/{unit,e2e}/lcov.info`) and does not split.
   */
  list(name: string, fallback: string[] = []): string[] {
    const value = this.raw(name);
    if (!value) return fallback;
    const items: string[] = [];
    let depth = 0;
    let current = '';
    for (const char of value) {
      if (char === '{') depth += 1;
      else if (char === '}') depth = Math.max(0, depth - 1);
      if (char === '\n' || (char === ',' && depth === 0)) {
        items.push(current);
        current = '';
        if (char === '\n') depth = 0;
      } else {
        current += char;
      }
    }
    items.push(current);
    return items.map((item) => item.trim()).filter(Boolean);
  }

  /** Newline-separated values only (for values that may contain commas, such as PromQL or URLs). */
  lines(name: string, fallback: string[] = []): string[] {
    const value = this.raw(name);
    if (!value) return fallback;
    return value
      .split('\n')
      .map((item) => item.trim())
      .filter(Boolean);
  }

  enum<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.raw(name);
    if (!value) return fallback;
    const found = allowed.find((option) => option.toLowerCase() === value.toLowerCase());
    if (!found) {
      this.fail(`Input "${name}" must be one of ${allowed.join(', ')}, but was ${quote(value)}.`);
      return fallback;
    }
    return found;
  }
}
