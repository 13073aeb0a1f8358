import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../src/actions/approval/main.js';
import { UserError } from '../../src/lib/errors.js';
import { startSimulator } from '../../simulator/index.mjs';

/**
 * The action's thin layer in process (the bundle tests run it as a subprocess): inputs in,
 * outputs, summary and failure out, with the real clock and the simulator.
 */
type Sim = Awaited<ReturnType<typeof startSimulator>>;
let sim: Sim;
let temp: string;
const saved = { ...process.env };
let stdout = '';
/** stdout as the test began (jest's environment keeps it for a failing test's report). */
let previousWrite = process.stdout.write.bind(process.stdout);

// One folder for the file: @actions/core remembers the summary file's path after first use.
beforeAll(async () => {
  sim = await startSimulator();
  temp = mkdtempSync(path.join(os.tmpdir(), 'shipgate-approval-main-'));
});
afterAll(async () => {
  await sim.close();
  rmSync(temp, { recursive: true, force: true });
});
beforeEach(() => {
  for (const file of ['output', 'summary']) writeFileSync(path.join(temp, file), '');
  Object.assign(process.env, {
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_API_URL: sim.url,
    GITHUB_OUTPUT: path.join(temp, 'output'),
    GITHUB_STEP_SUMMARY: path.join(temp, 'summary'),
    GITHUB_RUN_ID: '77',
    GITHUB_ACTOR: 'octo-dev',
    GITHUB_TRIGGERING_ACTOR: 'octo-dev',
    GITHUB_SHA: '',
    NO_PROXY: '127.0.0.1,localhost',
  });
  delete process.env.GITHUB_EVENT_PATH;
  stdout = '';
  previousWrite = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    stdout += String(chunk);
    return (previousWrite as (...args: unknown[]) => boolean).call(process.stdout, chunk, ...rest);
  });
});
afterEach(() => {
  process.stdout.write = previousWrite;
  process.env = { ...saved };
});

const inputs = (values: Record<string, string>) => (name: string) =>
  ({ 'github-token': 'ghs_test', 'poll-interval': '100ms', 'timeout-minutes': '30s', environment: 'staging', ...values })[name] ?? '';
const outputs = () => readFileSync(path.join(temp, 'output'), 'utf8');

/** The number of the issue opened after the first `count`, once the simulator has created it (an event, not a poll). */
const whenIssueOpened = (count: number): Promise<number> => sim.waitFor(() => (sim.state.issues[count] as { number: number } | undefined)?.number);

describe('approval action main', () => {
  it('prints the plan in a dry run and sets the outputs', async () => {
    await run(inputs({ approvers: 'alice', 'dry-run': 'true' }));
    expect(stdout).toContain('Dry run: no issue is opened.');
    expect(outputs()).toMatch(/approved<<.*\nfalse\n/);
    expect(readFileSync(path.join(temp, 'summary'), 'utf8')).toContain('## Approval: dry run');
  });

  it('sets approved, approvers and issue-number and writes the summary', async () => {
    const count = sim.state.issues.length;
    const running = run(inputs({ approvers: 'alice' }));
    const number = await whenIssueOpened(count);
    sim.addIssueComment(number, { user: 'alice', body: 'approve' });
    await running;
    expect(outputs()).toMatch(/approved<<.*\ntrue\n/);
    expect(outputs()).toMatch(/approvers<<.*\nalice\n/);
    expect(outputs()).toMatch(new RegExp(`issue-number<<.*\\n${number}\\n`));
    expect(readFileSync(path.join(temp, 'summary'), 'utf8')).toContain('## Approval: ✅ Approved');
    expect(stdout).toContain(`staging was approved by alice in ${sim.url}/acme/app/issues/${number}.`);
  });

  it('fails with the one-sentence outcome when the runner cancels the run', async () => {
    const count = sim.state.issues.length;
    const running = run(inputs({ approvers: 'alice' }));
    await whenIssueOpened(count);
    process.emit('SIGTERM', 'SIGTERM');
    await expect(running).rejects.toThrow(UserError);
    await expect(running).rejects.toThrow(/^The run was cancelled while the deployment to staging waited for approval/);
    expect(stdout).toContain('Received SIGTERM: closing the approval issue as cancelled.');
    expect(process.listenerCount('SIGTERM')).toBe(0);
  });
});
