import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runTestCommand } from '../../src/coverage/gate/test-command.js';

const dirs: string[] = [];
afterEach(() => {
  delete process.env['INPUT_GITHUB-TOKEN'];
  delete process.env.SHIPGATE_TEST_SECRET;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the test command', () => {
  it("runs with bash -eo pipefail in the working directory, without the action's INPUT_* (the token)", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'test-command-'));
    dirs.push(dir);
    process.env['INPUT_GITHUB-TOKEN'] = 'ghs_should_not_leak';
    process.env.SHIPGATE_TEST_SECRET = 'handed-in-by-env';
    const code = await runTestCommand('env > seen.txt; pwd >> seen.txt', dir);
    expect(code).toBe(0);
    const seen = readFileSync(path.join(dir, 'seen.txt'), 'utf8');
    expect(seen).not.toContain('ghs_should_not_leak');
    expect(seen).toContain('SHIPGATE_TEST_SECRET=handed-in-by-env');
    expect(seen).toContain(dir);
    expect(await runTestCommand('false | true', dir)).toBe(1);
  });

  it('streams the output through the step\'s log as it comes, without echoing the command (whose lines could read as workflow commands)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'test-command-'));
    dirs.push(dir);
    const written: string[] = [];
    const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (written.push(String(chunk)), true));
    const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (written.push(`stderr:${String(chunk)}`), true));
    try {
      const code = await runTestCommand('echo tests ran\n# ::error::not a workflow command\necho oops >&2; exit 3', dir);
      expect(code).toBe(3);
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
    expect(written.join('')).toBe('tests ran\nstderr:oops\n');
  });

  it('says so when bash cannot be started in the folder, and counts it as a failure', async () => {
    const err = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await runTestCommand('true', path.join(os.tmpdir(), 'no-such-folder-for-shipgate'))).toBe(127);
      expect(String(err.mock.calls[0]?.[0])).toMatch(/^The test command could not be started: /);
    } finally {
      err.mockRestore();
    }
  });
});

