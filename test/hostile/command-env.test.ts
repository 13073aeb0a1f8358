// The deploy command and the coverage test command see what a `run:` step of the same job would
// see: not the action's inputs (the token) nor the Actions runtime service's URLs and token; the
// OIDC request variables (id-token: write) and the step's own env stay.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runAction, errorsOf } from '../../scripts/lib/run-action.mjs';
import { startSimulator } from '../../simulator/index.mjs';
import { TestRepo } from '../simulator/fixture.js';

const RUNNER_ENV = {
  ACTIONS_RUNTIME_TOKEN: 'runtime-token-secret',
  ACTIONS_RUNTIME_URL: 'https://pipelines.invalid/',
  ACTIONS_RESULTS_URL: 'https://results.invalid/',
  ACTIONS_CACHE_URL: 'https://cache.invalid/',
  ACTIONS_CACHE_SERVICE_V2: 'True',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.invalid/?audience=x',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-token',
  DEPLOY_KEY: 'given-through-env',
};

const repo = new TestRepo();
const head = repo.commit('feat: app', { 'src/a.js': 'a\n' });
let sim: Awaited<ReturnType<typeof startSimulator>>;
let dir: string;

beforeAll(async () => {
  sim = await startSimulator({ repoDir: repo.dir });
  dir = mkdtempSync(path.join(os.tmpdir(), 'shipgate-command-env-'));
});
afterAll(async () => {
  await sim?.close();
  repo.remove();
  rmSync(dir, { recursive: true, force: true });
});

function variables(file: string): Record<string, string> {
  return Object.fromEntries(
    readFileSync(file, 'utf8')
      .split('\0')
      .filter(Boolean)
      .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
  );
}

function expectRunStepEnvironment(env: Record<string, string>): void {
  for (const name of ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RUNTIME_URL', 'ACTIONS_RESULTS_URL', 'ACTIONS_CACHE_URL', 'ACTIONS_CACHE_SERVICE_V2']) {
    expect(env[name]).toBeUndefined();
  }
  expect(Object.keys(env).filter((name) => /^INPUT_/i.test(name))).toEqual([]);
  expect(Object.values(env)).not.toContain('ghs_simulated_token');
  expect(env).toMatchObject({
    ACTIONS_ID_TOKEN_REQUEST_URL: RUNNER_ENV.ACTIONS_ID_TOKEN_REQUEST_URL,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: RUNNER_ENV.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
    DEPLOY_KEY: 'given-through-env',
    GITHUB_REPOSITORY: 'acme/app',
  });
}

describe('what user commands see', () => {
  it('deploy: the deploy command gets a run: step environment', async () => {
    const out = path.join(dir, 'deploy.env');
    const result = await runAction('deploy', {
      apiUrl: sim.url,
      sha: head,
      cwd: dir,
      env: RUNNER_ENV,
      inputs: { environment: 'staging', command: `env -0 > ${JSON.stringify(out)}` },
      timeoutMs: 60_000,
    });
    expect(errorsOf(result)).toEqual([]);
    expect(result.exitCode).toBe(0);
    expectRunStepEnvironment(variables(out));
  });

  it('coverage-gate: the test command gets a run: step environment', async () => {
    const out = path.join(dir, 'test.env');
    writeFileSync(path.join(dir, 'lcov.info'), 'SF:src/a.js\nDA:1,1\nend_of_record\n');
    const result = await runAction('coverage-gate', {
      apiUrl: sim.url,
      sha: head,
      cwd: dir,
      env: RUNNER_ENV,
      inputs: { reports: 'lcov.info', 'test-command': `env -0 > ${JSON.stringify(out)}`, comment: 'false' },
      timeoutMs: 60_000,
    });
    expect(result.exitCode).toBe(0);
    expectRunStepEnvironment(variables(out));
  });
});
