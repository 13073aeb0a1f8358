// The built bundles, launched as the runner launches them, on a representative subset of the
// input corpus: each refusal is exit 1 with one ::error:: sentence (no stack), no line of the
// log starts a workflow command of the user's text, and nothing at all reached GitHub (the
// simulator saw no request, so certainly no write).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runAction, errorsOf } from '../../scripts/lib/run-action.mjs';
import { startSimulator } from '../../simulator/index.mjs';
import { TestRepo } from '../simulator/fixture.js';
import { BASE, INPUT_CASES, type InputCase } from './input-cases.js';
import { injectedCommands } from './log-lines.js';

type Result = Awaited<ReturnType<typeof runAction>>;

const repo = new TestRepo();
const first = repo.commit('feat: first', { 'a.txt': '1\n' });
repo.git('tag', '-a', 'v1.1.0', '-m', 'v1.1.0', first);
const head = repo.commit('feat: second', { 'a.txt': '2\n' });

let sim: Awaited<ReturnType<typeof startSimulator>>;
const results = new Map<InputCase, Result>();
const BUNDLE_CASES = INPUT_CASES.filter((c) => c.bundle);

/** Two launches at a time: the machine is shared, and each launch is a whole Node process. */
async function runAll(cases: readonly InputCase[]): Promise<void> {
  const queue = [...cases];
  const worker = async () => {
    for (let c = queue.shift(); c; c = queue.shift()) {
      const inputs = { ...BASE[c.action], ...c.inputs };
      results.set(c, await runAction(c.action, { apiUrl: sim.url, sha: head, inputs, timeoutMs: 60_000 }));
    }
  };
  await Promise.all([worker(), worker()]);
}

beforeAll(async () => {
  sim = await startSimulator({ repoDir: repo.dir });
  await runAll(BUNDLE_CASES);
}, 300_000);
afterAll(async () => {
  await sim?.close();
  repo.remove();
});

describe('hostile inputs through the built bundles', () => {
  it('runs a subset of every kind', () => {
    expect(BUNDLE_CASES.length).toBeGreaterThanOrEqual(25);
  });

  it.each(BUNDLE_CASES.map((c) => [c.action, c.title, c] as const))('%s refuses %s in one sentence', (_action, _title, c) => {
    const result = results.get(c)!;
    expect(errorsOf(result)).toEqual([c.error]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at |unexpected error/);
    expect(injectedCommands(result.stdout)).toEqual([]);
    expect(result.outputs).toEqual({});
  });

  it('sent no request to GitHub for any refused input', () => {
    expect(sim.requests).toEqual([]);
    expect(sim.writes()).toEqual([]);
  });
});
