import { describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ACTIONS, ROOT, ROOT_RENAMES, readActionYaml, renderRootAction } from '../scripts/lib/actions.mjs';
import { readFileSync } from 'node:fs';
import { InputReader } from '../src/lib/inputs.js';
import { COMMANDS } from '../src/shipgate.js';
import { readInputs as coverageGate } from '../src/actions/coverage-gate/inputs.js';
import { readInputs as deploy } from '../src/actions/deploy/inputs.js';
import { readInputs as approval } from '../src/actions/approval/inputs.js';
import { readInputs as release } from '../src/actions/release/inputs.js';
import { readInputs as rollback } from '../src/actions/rollback/inputs.js';
import { readInputs as readiness } from '../src/actions/readiness/inputs.js';
import { readInputs as rehearsal } from '../src/actions/rehearsal/inputs.js';

type Spec = { inputs?: Record<string, { default?: string; required?: boolean }>; outputs?: Record<string, unknown>; runs: { using: string; main: string } };

const readers: Record<string, (reader: InputReader) => unknown> = {
  'coverage-gate': coverageGate,
  deploy,
  approval,
  release,
  rollback,
  readiness,
  rehearsal,
};

/** Read an action's inputs from the given values, collecting problems instead of throwing. */
function read(name: string, values: Record<string, string>) {
  const reader = new InputReader((input) => values[input] ?? '', { collectProblems: true });
  const inputs = readers[name](reader);
  return { inputs, names: reader.names };
}

const isExpression = (value: unknown) => typeof value === 'string' && value.includes('${{');

describe('action.yml contract', () => {
  it('has one reader per action and one action per command', () => {
    expect(Object.keys(readers).sort()).toEqual([...ACTIONS].sort());
    expect([...COMMANDS].sort()).toEqual([...ACTIONS].sort());
  });

  for (const name of ACTIONS) {
    describe(name, () => {
      const spec = readActionYaml(name) as Spec;
      const declared = Object.keys(spec.inputs ?? {}).sort();

      it('reads every declared input and no undeclared one', () => {
        const { names } = read(name, {});
        expect([...names].sort()).toEqual(declared);
      });

      it('applies in code the same defaults the action.yml declares', () => {
        const defaults: Record<string, string> = {};
        for (const [input, entry] of Object.entries(spec.inputs ?? {})) {
          if (entry.default !== undefined && !isExpression(entry.default)) defaults[input] = String(entry.default);
        }
        expect(read(name, {}).inputs).toEqual(read(name, defaults).inputs);
      });

      it('runs on node24 from its own dist entry', () => {
        expect(spec.runs.using).toBe('node24');
        expect(spec.runs.main).toBe(`../../dist/${name}/index.js`);
        expect(existsSync(path.join(ROOT, 'actions', name, spec.runs.main))).toBe(true);
      });

      it('declares a description for every input and output', () => {
        for (const entry of [...Object.values(spec.inputs ?? {}), ...Object.values(spec.outputs ?? {})]) {
          expect((entry as { description?: string }).description).toEqual(expect.any(String));
        }
      });
    });
  }

  it('keeps the root action.yml equal to the one generated from the sub-actions', () => {
    expect(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')).toBe(renderRootAction());
  });

  it('gives the root action every sub-action input and output, on the same runtime', () => {
    const root = readActionYaml('root') as Spec;
    expect(root.runs.using).toBe('node24');
    for (const name of ACTIONS) {
      const spec = readActionYaml(name) as Spec;
      for (const input of Object.keys(spec.inputs ?? {})) {
        expect(root.inputs).toHaveProperty([ROOT_RENAMES[input] ?? input]);
      }
      for (const output of Object.keys(spec.outputs ?? {})) expect(root.outputs).toHaveProperty([output]);
    }
  });

  it('fails when an input is dropped from an action.yml (the check is not vacuous)', () => {
    const spec = readActionYaml('deploy') as Spec;
    const declared = Object.keys(spec.inputs ?? {}).filter((input) => input !== 'health-check-url');
    expect([...read('deploy', {}).names].sort()).not.toEqual(declared.sort());
  });
});
