import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { commandEnvironment, describeCommandFailure, runCommand, SHELL } from '../../src/deploy/command.js';

const VARIABLES = {
  SHIPGATE_ENVIRONMENT: 'staging',
  SHIPGATE_REF: 'main',
  SHIPGATE_SHA: 'a'.repeat(40),
  SHIPGATE_VERSION: 'v1.2.0',
  SHIPGATE_PREVIOUS_REF: 'v1.1.0',
  SHIPGATE_DEPLOYMENT_ID: '42',
  SHIPGATE_MODE: 'deploy' as const,
};

const run = async (command: string, extra: Partial<Parameters<typeof runCommand>[0]> = {}) => {
  let out = '';
  const result = await runCommand({ command, env: commandEnvironment(process.env, VARIABLES), output: (chunk) => (out += chunk), ...extra });
  return { ...result, out };
};

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ');
  } catch {
    return false;
  }
};

describe('the deploy command', () => {
  it('runs under bash -e -o pipefail', () => {
    expect(SHELL).toEqual(['bash', '-e', '-o', 'pipefail', '-c']);
  });

  it('gets the SHIPGATE_* variables and the process environment, but not the action inputs', () => {
    const env = commandEnvironment({ PATH: '/bin', DEPLOY_KEY: 's3cret', 'INPUT_GITHUB-TOKEN': 'ghs_x', INPUT_COMMAND: 'x' }, VARIABLES);
    expect(env).toEqual({ PATH: '/bin', DEPLOY_KEY: 's3cret', ...VARIABLES });
  });

  it('streams stdout and stderr and reports success', async () => {
    const result = await run('echo "deploying $SHIPGATE_REF $SHIPGATE_VERSION to $SHIPGATE_ENVIRONMENT #$SHIPGATE_DEPLOYMENT_ID after $SHIPGATE_PREVIOUS_REF"; echo oops >&2');
    expect(result.out).toBe('deploying main v1.2.0 to staging #42 after v1.1.0\noops\n');
    expect(result).toMatchObject({ exitCode: 0, timedOut: false, cancelled: false });
    expect(describeCommandFailure(result)).toBeUndefined();
  });

  it.each([
    ['a failing line (errexit)', 'false; echo never', 1],
    ['a failing pipe stage (pipefail)', 'false | cat; echo never', 1],
    ['an explicit exit', 'exit 3', 3],
  ])('fails on %s', async (_name, command, code) => {
    const result = await run(command);
    expect(result.out).not.toContain('never');
    expect(describeCommandFailure(result)).toBe(`The deploy command failed with exit code ${code}.`);
  });

  it('stops a command that runs past its timeout', async () => {
    const result = await run('sleep 30', { timeoutMs: 300, killGraceMs: 1000 });
    expect(result).toMatchObject({ timedOut: true, cancelled: false });
    expect(describeCommandFailure(result, 300)).toBe('The deploy command did not finish within its timeout of 300 ms and was stopped.');
  });

  // The stops below come on an event (the command says it is ready), never on a timer that could
  // fire before the shell has started its child or set its trap on a busy machine.
  it('stops the whole process group, background children included', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'shipgate-cmd-'));
    const controller = new AbortController();
    const result = await run(`sleep 30 & echo $! > ${dir}/child.pid; echo ready; wait`, { signal: controller.signal, killGraceMs: 1000, output: (chunk) => chunk.includes('ready') && controller.abort() });
    expect(result.cancelled).toBe(true);
    expect(alive(Number(readFileSync(`${dir}/child.pid`, 'utf8')))).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });

  it('kills with SIGKILL what ignores SIGTERM, after the grace period', async () => {
    const controller = new AbortController();
    const result = await run(`trap '' TERM; echo ready; while true; do sleep 0.1; done`, { signal: controller.signal, killGraceMs: 300, output: (chunk) => chunk.includes('ready') && controller.abort() });
    expect(result.cancelled).toBe(true);
    expect(result.signal).toBe('SIGKILL');
  });

  it('stops when the run is cancelled, and does not start when already cancelled', async () => {
    const controller = new AbortController();
    // Cancelled once the command says it is running: an event, not a timer.
    const result = await run('echo running; sleep 30', { signal: controller.signal, killGraceMs: 500, output: (chunk) => chunk.includes('running') && controller.abort() });
    expect(result).toMatchObject({ cancelled: true, signal: 'SIGTERM' });
    expect(describeCommandFailure(result)).toBe('The deploy command was stopped because the run was cancelled.');
    await expect(run('echo hi', { signal: controller.signal })).rejects.toThrow('The deploy was cancelled.');
  });

  it('does not wait for a background process that keeps the output open', async () => {
    const result = await run('(sleep 3; echo late) & echo done');
    expect(result.exitCode).toBe(0);
    expect(result.out).toBe('done\n');
  });

  it('reports a command killed by a signal', () => {
    expect(describeCommandFailure({ exitCode: null, signal: 'SIGKILL', timedOut: false, cancelled: false, durationMs: 1 })).toBe('The deploy command was killed by SIGKILL.');
  });
});
