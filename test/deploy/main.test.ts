// The deploy action's thin layer in-process (inputs → domain → outputs, summary, verdict), with
// the runner's files and variables set as the runner sets them. The built bundle is exercised by
// action.test.ts; this covers the same code under jest's coverage, plus the cancel handler.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UserError } from '../../src/lib/errors.js';
import { describeFetchError } from '../../src/deploy/runtime.js';
import { GitRepo, deploymentsOf, simulatorFor, statusesOf, type Simulator } from './helpers.js';

const repo = new GitRepo();
const FIRST = repo.commit('first');
repo.git('tag', 'v2.0.0');
const dir = mkdtempSync(path.join(os.tmpdir(), 'shipgate-deploy-main-'));
const saved = { ...process.env };
let sim: Simulator;
let run: (source: (name: string) => string) => Promise<void>;

beforeAll(async () => {
  sim = await simulatorFor(repo);
  Object.assign(process.env, {
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_API_URL: sim.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '99',
    GITHUB_SHA: FIRST,
    GITHUB_REF: 'refs/tags/v2.0.0',
    GITHUB_ACTOR: 'octo-dev',
    GITHUB_OUTPUT: path.join(dir, 'output'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
  });
  delete process.env.GITHUB_EVENT_PATH;
  ({ run } = await import('../../src/actions/deploy/main.js'));
});
afterAll(async () => {
  process.env = saved;
  await sim.close();
  repo.remove();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  writeFileSync(path.join(dir, 'output'), '');
  writeFileSync(path.join(dir, 'summary.md'), '');
});
/** stdout as the test began (jest's environment keeps it for a failing test's report). */
let previousWrite = process.stdout.write.bind(process.stdout);
beforeEach(() => {
  previousWrite = process.stdout.write.bind(process.stdout);
});
afterEach(() => {
  process.exitCode = undefined;
  process.stdout.write = previousWrite;
});

/** The runner's cancel, sent once the deploy command has printed `started`: an event, not a timer. */
function cancelOnceStarted(): void {
  let seen = '';
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    seen += String(chunk);
    if (seen.includes('started\n')) {
      process.stdout.write = previousWrite;
      process.emit('SIGTERM', 'SIGTERM');
    }
    return (previousWrite as (...args: unknown[]) => boolean).call(process.stdout, chunk, ...rest);
  });
}

const source = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? ({ 'github-token': 'ghs_test' } as Record<string, string>)[name] ?? '';
const outputs = () => readFileSync(path.join(dir, 'output'), 'utf8');

describe('deploy main', () => {
  it('deploys the workflow sha, taking the version from the tag the run was started by', async () => {
    await run(source({ environment: 'qa', command: 'echo "v=$SHIPGATE_VERSION"', url: 'https://qa.example.test' }));
    const out = outputs();
    expect(out).toContain(`sha<<`);
    expect(out).toMatch(new RegExp(`status<<.*\\nsuccess\\n`));
    expect(out).toMatch(/environment-url<<.*\nhttps:\/\/qa\.example\.test\n/);
    const [deployment] = deploymentsOf(sim, 'qa');
    expect(deployment.payload).toMatchObject({ version: 'v2.0.0', ref: FIRST, run_url: 'https://github.com/acme/app/actions/runs/99', actor: 'octo-dev' });
    expect(readFileSync(path.join(dir, 'summary.md'), 'utf8')).toContain('| Version | `v2.0.0` |');
  });

  it('fails the step with the outcome sentence when the deploy fails', async () => {
    await expect(run(source({ environment: 'qa-2', command: 'exit 4', 'auto-rollback': 'false' }))).rejects.toThrow(
      new UserError(`Deploying v2.0.0 (${FIRST.slice(0, 7)}) to qa-2 failed (The deploy command failed with exit code 4); auto-rollback is off, so qa-2 may be left running v2.0.0 (${FIRST.slice(0, 7)}).`),
    );
    expect(outputs()).toMatch(/status<<.*\nfailure\n/);
    expect(readFileSync(path.join(dir, 'summary.md'), 'utf8')).toContain('## ❌ Deploy failed: qa-2');
  });

  it('prints the plan of a dry run and sets no status', async () => {
    await run(source({ environment: 'qa-3', 'dry-run': 'true', ref: 'v2.0.0', 'prometheus-url': 'http://127.0.0.1:9090', 'verify-window': '30s' }));
    expect(outputs()).not.toContain('status<<');
    expect(deploymentsOf(sim, 'qa-3')).toEqual([]);
  });

  it('turns SIGTERM into a cancelled deployment', async () => {
    cancelOnceStarted();
    await expect(run(source({ environment: 'qa-4', command: 'echo started; sleep 20' }))).rejects.toThrow(/^The deploy of v2\.0\.0 \(\w{7}\) to qa-4 was cancelled; deployment \d+ was marked error\.$/);
    const [deployment] = deploymentsOf(sim, 'qa-4');
    expect(statusesOf(sim, deployment.id).at(-1)).toMatchObject({ state: 'error', description: 'cancelled' });
    expect(process.listenerCount('SIGTERM')).toBe(0);
  });

  it('sets deployment-id, status failure, sha, ref and environment-url when cancelled', async () => {
    cancelOnceStarted();
    await expect(run(source({ environment: 'qa-5', command: 'echo started; sleep 20', url: 'https://qa-5.example.test' }))).rejects.toThrow(/was cancelled; deployment \d+ was marked error\.$/);
    const [deployment] = deploymentsOf(sim, 'qa-5');
    const out = outputs();
    expect(out).toMatch(new RegExp(`deployment-id<<.*\\n${deployment.id}\\n`));
    expect(out).toMatch(/status<<.*\nfailure\n/);
    expect(out).toMatch(new RegExp(`sha<<.*\\n${FIRST}\\n`));
    expect(out).toMatch(new RegExp(`ref<<.*\\n${FIRST}\\n`));
    expect(out).toMatch(/environment-url<<.*\nhttps:\/\/qa-5\.example\.test\n/);
  });
});

describe('runtime helpers', () => {
  it('describes fetch failures by their cause', () => {
    expect(describeFetchError(Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNRESET' } }))).toBe('ECONNRESET');
    expect(describeFetchError(Object.assign(new TypeError('fetch failed'), { cause: { message: 'other side closed' } }))).toBe('other side closed');
    expect(describeFetchError(new Error('plain'))).toBe('plain');
    expect(describeFetchError('text')).toBe('text');
  });
});
