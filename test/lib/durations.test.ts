import { describe, expect, it } from '@jest/globals';
import { ACTIONS, readActionYaml } from '../../scripts/lib/actions.mjs';
import { DURATION_INPUTS, describeDuration, formatBound, isDurationInput, parseDuration } from '../../src/lib/durations.js';

type Spec = { inputs?: Record<string, { description: string }> };

describe('duration inputs: one definition for the code and the docs', () => {
  it.each(ACTIONS)('%s describes each duration input from the definition (npm run docs)', (action) => {
    const spec = readActionYaml(action) as Spec;
    for (const [name, input] of Object.entries(spec.inputs ?? {})) {
      if (isDurationInput(name)) expect(input.description).toBe(describeDuration(name));
    }
  });

  it('covers every duration input the actions declare, and no other', () => {
    const declared = new Set<string>();
    for (const action of ACTIONS) {
      for (const [name, input] of Object.entries((readActionYaml(action) as Spec).inputs ?? {})) {
        if (/\bwith a unit\b|\b(Seconds|Minutes)\b/.test(input.description)) declared.add(name);
      }
    }
    expect([...declared].sort()).toEqual(Object.keys(DURATION_INPUTS).sort());
  });

  it('keeps every wait below the largest delay a Node timer honours (2^31-1 ms)', () => {
    const waits = Object.values(DURATION_INPUTS).filter((spec) => spec.kind === 'wait');
    expect(waits.length).toBeGreaterThan(0);
    for (const spec of waits) expect(spec.maxMs).toBeLessThan(2 ** 31 - 1);
  });

  it.each([
    ['timeout', '7200', 7200 * 60_000],
    ['timeout', '0.5', 30_000],
    ['timeout', '1s', 1000],
    ['poll-interval', '.5', 500],
    ['poll-interval', '100ms', 100],
    ['health-check-timeout', '2h', 7_200_000],
    ['verify-window', '1.25m', 75_000],
  ] as const)('parses %s %j as %d ms', (name, value, ms) => {
    expect(parseDuration(name, value)).toEqual({ ms });
  });

  it.each([
    [100, '100ms'],
    [1000, '1s'],
    [90_000, '90s'],
    [3_600_000, '1h'],
    [432_000_000, '5 days'],
    [86_400_000, '1 day'],
  ])('writes the bound %d ms as %s', (ms, text) => {
    expect(formatBound(ms)).toBe(text);
  });
});
