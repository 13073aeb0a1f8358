// coverage-gate can judge without a token; it says in the log, in one sentence, what that skips.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runAction, errorsOf } from '../../scripts/lib/run-action.mjs';
import { startSimulator } from '../../simulator/index.mjs';
import { TestRepo } from '../simulator/fixture.js';

const repo = new TestRepo();
const head = repo.commit('feat: app', { 'src/a.js': 'a\n' });
let sim: Awaited<ReturnType<typeof startSimulator>>;
let dir: string;

beforeAll(async () => {
  sim = await startSimulator({ repoDir: repo.dir });
  dir = mkdtempSync(path.join(os.tmpdir(), 'shipgate-empty-token-'));
  writeFileSync(path.join(dir, 'lcov.info'), 'SF:src/a.js\nDA:1,1\nDA:2,0\nend_of_record\n');
});
afterAll(async () => {
  await sim?.close();
  repo.remove();
  rmSync(dir, { recursive: true, force: true });
});

describe('an empty github-token on coverage-gate', () => {
  it('judges, and says in one log sentence what is skipped; nothing reaches GitHub', async () => {
    const result = await runAction('coverage-gate', { apiUrl: sim.url, sha: head, cwd: dir, inputs: { reports: 'lcov.info', 'min-coverage': '50', 'github-token': '' }, timeoutMs: 60_000 });
    expect(errorsOf(result)).toEqual([]);
    expect(result.exitCode).toBe(0);
    const warnings = result.commands.filter((c) => c.command === 'warning').map((c) => c.message);
    expect(warnings).toContain(
      'Input "github-token" is empty, so coverage-gate posts no pull-request comment and no check run, and neither reads nor stores the coverage baseline (no coverage-drop figure); the figures are in the log and the job summary only.',
    );
    expect(result.outputs.coverage).toBe('50.00');
    expect(sim.writes()).toEqual([]);
  });
});
