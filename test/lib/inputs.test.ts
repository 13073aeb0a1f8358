import { describe, expect, it } from '@jest/globals';
import { InputReader } from '../../src/lib/inputs.js';
import { UserError, describeBug, isUserError } from '../../src/lib/errors.js';

const reader = (values: Record<string, string>) => new InputReader((name) => values[name] ?? '');

describe('InputReader', () => {
  it.each([
    ['true', true], ['false', false], ['yes', true], ['off', false], ['', true],
  ])('reads boolean %j as %j (fallback true)', (value, expected) => {
    expect(reader({ flag: value }).boolean('flag', true)).toBe(expected);
  });

  it.each([
    ['boolean', () => reader({ x: 'maybe' }).boolean('x', false), 'Input "x" must be true or false, but was "maybe".'],
    ['number', () => reader({ x: '12abc' }).number('x', 1), 'Input "x" must be a number, but was "12abc".'],
    ['integer', () => reader({ x: '1.5' }).number('x', 1, { integer: true, min: 1 }), 'Input "x" must be a whole number of at least 1, but was "1.5".'],
    ['range', () => reader({ x: '101' }).number('x', 1, { min: 0, max: 100 }), 'Input "x" must be a number from 0 to 100, but was "101".'],
    ['percent', () => reader({ x: 'abc' }).percent('x', 70), 'Input "x" must be a percentage from 0 to 100, but was "abc".'],
    ['percent range', () => reader({ x: '120%' }).percent('x', 70), 'Input "x" must be a percentage from 0 to 100, but was "120%".'],
    ['duration', () => reader({ 'verify-window': 'soon' }).duration('verify-window', 5), 'Input "verify-window" must be a duration from 1s to 5 days, in seconds or with a unit (500ms, 90s, 5m, 1.5h), but was "soon".'],
    ['enum', () => reader({ x: 'xml' }).enum('x', ['lcov', 'go'] as const, 'lcov'), 'Input "x" must be one of lcov, go, but was "xml".'],
    ['required', () => reader({}).required('x'), 'Input "x" is required but was not given.'],
  ])('refuses a bad %s in one sentence naming input, value and what is accepted', (_kind, read, message) => {
    expect(read).toThrow(new UserError(message));
  });

  it('reads numbers, percents, durations, lists and enums', () => {
    const r = reader({ n: '3', p: '70.5%', 'verify-window': '2m', 'timeout-minutes': '90s', l: 'a, b\nc,,', e: 'GO', timeout: '30' });
    expect(r.number('n', 0)).toBe(3);
    expect(r.percent('p', 0)).toBe(70.5);
    expect(r.duration('verify-window', 1)).toBe(120);
    expect(r.duration('timeout-minutes', 1)).toBe(1.5);
    expect(r.duration('timeout', 1)).toBe(30);
    expect(r.list('l')).toEqual(['a', 'b', 'c']);
    expect(r.enum('e', ['lcov', 'go'] as const, 'lcov')).toBe('go');
    expect(r.percent('missing', undefined)).toBeUndefined();
    expect(r.optional('missing')).toBeUndefined();
    expect(r.lines('l')).toEqual(['a, b', 'c,,']);
  });

  it('keeps commas inside glob braces in one list item', () => {
    expect(reader({ l: 'coverage/{unit,e2e}/lcov.info, src/{a,b}.js\nx' }).list('l')).toEqual(['coverage/{unit,e2e}/lcov.info', 'src/{a,b}.js', 'x']);
  });

  it('records every name read and collects problems when asked', () => {
    const r = new InputReader((name) => (name === 'bad' ? 'x' : ''), { collectProblems: true });
    expect(r.number('bad', 5)).toBe(5);
    r.required('gone');
    expect([...r.names]).toEqual(['bad', 'gone']);
    expect(r.problems).toHaveLength(2);
  });
});

describe('errors', () => {
  it('keeps user errors apart from bugs', () => {
    expect(isUserError(new UserError('x'))).toBe(true);
    expect(isUserError(new Error('x'))).toBe(false);
  });

  it('describes a bug with its stack and cause, and a thrown non-Error too', () => {
    const bug = new Error('outer', { cause: new Error('inner') });
    expect(describeBug(bug)).toMatch(/Error: outer\n\s+at [\s\S]*Caused by: Error: inner/);
    expect(describeBug('plain')).toBe('A non-Error value was thrown: plain');
    expect(describeBug({ code: 7 })).toBe('A non-Error value was thrown: {"code":7}');
  });
});
