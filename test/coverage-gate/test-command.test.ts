import { afterEach, describe, expect, it } from '@jest/globals';
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
});
