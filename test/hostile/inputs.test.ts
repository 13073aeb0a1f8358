// Every case of the input corpus, read in-process by each action's own readInputs: one sentence
// naming the input and what it accepts, or exactly the values meant. The built bundles run a
// representative subset of the same table (bundles.test.ts).
import { describe, expect, it } from '@jest/globals';
import { InputReader } from '../../src/lib/inputs.js';
import { readInputs as coverageGate } from '../../src/actions/coverage-gate/inputs.js';
import { readInputs as deploy } from '../../src/actions/deploy/inputs.js';
import { readInputs as approval } from '../../src/actions/approval/inputs.js';
import { readInputs as release } from '../../src/actions/release/inputs.js';
import { readInputs as rollback } from '../../src/actions/rollback/inputs.js';
import { readInputs as readiness } from '../../src/actions/readiness/inputs.js';
import { BASE, INPUT_CASES, type Action } from './input-cases.js';

const readers: Record<Action, (reader: InputReader) => unknown> = { 'coverage-gate': coverageGate, deploy, approval, release, rollback, readiness };

function read(action: Action, inputs: Record<string, string>, collectProblems = false) {
  const values = { ...BASE[action], ...inputs };
  const reader = new InputReader((name) => values[name] ?? '', { collectProblems });
  return { result: readers[action](reader), problems: reader.problems };
}

describe('hostile and careless inputs (in-process)', () => {
  it('has the corpus it claims', () => {
    expect(INPUT_CASES.length).toBeGreaterThanOrEqual(150);
    expect(new Set(INPUT_CASES.map((c) => `${c.action} ${c.title}`)).size).toBe(INPUT_CASES.length);
  });

  it('has a valid base for every action', () => {
    for (const action of Object.keys(BASE) as Action[]) expect(read(action, {}, true).problems).toEqual([]);
  });

  it.each(INPUT_CASES.filter((c) => c.error).map((c) => [c.action, c.title, c] as const))('%s refuses %s', (action, _title, c) => {
    // Exactly one problem, and it is the sentence thrown.
    expect(read(action, c.inputs, true).problems).toEqual([c.error]);
    expect(() => read(action, c.inputs)).toThrow(c.error);
    expect(c.error).toMatch(/^Input "[a-z0-9-]+" [^\n]+\.$/);
  });

  it.each(INPUT_CASES.filter((c) => c.read).map((c) => [c.action, c.title, c] as const))('%s reads %s', (action, _title, c) => {
    const { result, problems } = read(action, c.inputs, true);
    expect(problems).toEqual([]);
    expect(result).toMatchObject(c.read!);
  });
});
