import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runAction } from '../../scripts/lib/run-action.mjs';
import { startSimulator } from '../../simulator/index.mjs';
import { commit, lines, newRepo, pushEvent, source, writeLcov, type Sim } from './repo.js';

/**
 * The snapshot listing does not depend on the report, so the gate asks for it before it reads git
 * and parses: its round trips overlap that work. Proved with events, not timing: every `git` the
 * bundle runs waits on a FIFO that the test opens only once the listing request has reached the
 * simulator. A gate that asked for the listing after git would never reach it, and the test
 * would time out.
 */
describe('coverage-gate overlaps its first API reads with git and parsing (built bundle)', () => {
  let dir: string;
  let sim: Sim;
  let bin: string;

  beforeAll(async () => {
    dir = newRepo();
    commit(dir, { 'src/a.ts': source(4) }, 'base');
    writeLcov(dir, { 'src/a.ts': lines(4, 3) });
    sim = await startSimulator({ repoDir: dir });
    bin = mkdtempSync(path.join(tmpdir(), 'shipgate-git-gate-'));
    execFileSync('mkfifo', [path.join(bin, 'go')]);
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    // Blocks until the test writes to the FIFO once; later calls pass straight through.
    writeFileSync(
      path.join(bin, 'git'),
      `#!/bin/sh\nif [ ! -e "${bin}/open" ]; then read _ < "${bin}/go"; touch "${bin}/open"; fi\nexec "${realGit}" "$@"\n`,
    );
    chmodSync(path.join(bin, 'git'), 0o755);
  });

  afterAll(async () => {
    // When the test failed, a git is still waiting on the FIFO: let it go so the bundle can end.
    if (bin && !existsSync(path.join(bin, 'open'))) writeFileSync(path.join(bin, 'go'), 'go\n');
    await sim?.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(bin, { recursive: true, force: true });
  });

  it('sends GET the snapshot ref while git has not yet answered', async () => {
    const sha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim();
    const ref = sim.inject({ method: 'GET', path: '/repos/acme/app/git/ref/shipgate/coverage', gate: true });
    const run = runAction('coverage-gate', {
      inputs: {},
      apiUrl: sim.url,
      repository: 'acme/app',
      sha,
      ref: 'refs/heads/main',
      eventName: 'push',
      event: pushEvent(sha),
      cwd: dir,
      distDir: process.env.SHIPGATE_TEST_DIST,
      env: { PATH: `${bin}:${process.env.PATH ?? ''}` },
    });
    await ref.reached();
    writeFileSync(path.join(bin, 'go'), 'go\n');
    ref.release();
    const result = (await run) as { exitCode: number | null; outputs: Record<string, string> };
    expect(result.exitCode).toBe(0);
    expect(result.outputs.coverage).toBe('75.00');
  });
});
