import { afterEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LocalGit } from '../../src/coverage/gate/git.js';
import { commit, newRepo, source } from './repo.js';

/** The gate's own git reads (through @actions/exec): what git is given, and answers without git. */
const saved = { PATH: process.env.PATH, token: process.env['INPUT_GITHUB-TOKEN'], out: process.env.SHIPGATE_GIT_ENV_OUT };
const dirs: string[] = [];
afterEach(() => {
  process.env.PATH = saved.PATH;
  for (const [name, value] of [['INPUT_GITHUB-TOKEN', saved.token], ['SHIPGATE_GIT_ENV_OUT', saved.out]] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('LocalGit', () => {
  it('runs git without the action\'s inputs (the token) and without prompts, and streams a diff line by line', async () => {
    const repo = newRepo();
    dirs.push(repo);
    const first = commit(repo, { 'src/a.ts': source(3) }, 'first');
    const second = commit(repo, { 'src/a.ts': source(5), 'src/b.ts': source(2, 'b') }, 'second');
    // A git on PATH that records its environment, then runs the real git.
    const shim = mkdtempSync(path.join(os.tmpdir(), 'shipgate-git-shim-'));
    dirs.push(shim);
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    writeFileSync(path.join(shim, 'git'), `#!/bin/sh\nenv > "$SHIPGATE_GIT_ENV_OUT"\nexec ${realGit} "$@"\n`);
    chmodSync(path.join(shim, 'git'), 0o755);
    process.env.PATH = `${shim}${path.delimiter}${saved.PATH}`;
    process.env.SHIPGATE_GIT_ENV_OUT = path.join(shim, 'env.txt');
    process.env['INPUT_GITHUB-TOKEN'] = 'ghs_should_not_reach_git';

    const git = new LocalGit(repo);
    expect(await git.commit(second)).toBe(second);
    const seen = readFileSync(path.join(shim, 'env.txt'), 'utf8');
    expect(seen).not.toContain('ghs_should_not_reach_git');
    expect(seen).toContain('GIT_TERMINAL_PROMPT=0');
    const diff = await git.diff(first, second);
    expect(diff?.map((file) => file.path).sort()).toEqual(['src/a.ts', 'src/b.ts']);
  });

  it('answers undefined when git is not there, instead of failing', async () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'shipgate-no-git-'));
    dirs.push(empty);
    process.env.PATH = empty;
    const git = new LocalGit(empty);
    expect(await git.root()).toBeUndefined();
    expect(await git.trackedFiles()).toBeUndefined();
    expect(await git.diff('a', 'b')).toBeUndefined();
  });
});
