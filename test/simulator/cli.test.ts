// The simulator's command line (`node simulator/cli.mjs`), run as a person runs it: seeds pull
// requests and teams from flags, and they are there through the HTTP API.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { TestRepo, client, statusOf } from './fixture.js';

const CLI = path.resolve(import.meta.dirname, '../../simulator/cli.mjs');

/** Start the CLI and resolve with its URL when it prints the `listening on` line (no sleeps). */
async function startCli(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [CLI, '--quiet', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const lines = createInterface({ input: child.stdout });
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`cli exited with ${code} before listening: ${stderr}`);
  });
  const listening = (async () => {
    for await (const line of lines) {
      const match = /^listening on (http:\/\/\S+)$/.exec(line);
      if (match) return match[1];
    }
    throw new Error(`cli closed stdout before listening: ${stderr}`);
  })();
  const url = await Promise.race([listening, exited]);
  exited.catch(() => undefined); // the later, expected exit (SIGTERM in afterAll) is not a failure
  return { child, url };
}

describe('node simulator/cli.mjs', () => {
  const repo = new TestRepo();
  let cli: { child: ChildProcess; url: string };
  let featureSha: string;

  beforeAll(async () => {
    repo.commit('first', { 'README.md': 'hello\n' });
    repo.git('checkout', '--quiet', '-b', 'feature');
    featureSha = repo.commit('add a', { 'src/a.ts': 'export const a = 1;\n' });
    repo.git('checkout', '--quiet', 'main');
    cli = await startCli([
      '--repo-dir', repo.dir,
      '--token', 'ghs_test',
      '--org-reader', 'ghs_test',
      '--pull', 'head=feature,number=7,user=alice,title=Add a,draft',
      '--team', 'acme/release-managers=bob,carol',
    ]);
  });

  afterAll(async () => {
    const exit = once(cli.child, 'exit');
    cli.child.kill('SIGTERM');
    await exit;
    repo.remove();
  });

  it('serves the pull request given with --pull, its files from the git repository', async () => {
    const github = client(cli.url);
    const { data: pull } = await github.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner: 'acme', repo: 'app', pull_number: 7 });
    expect(pull).toMatchObject({ number: 7, title: 'Add a', draft: true, state: 'open', user: { login: 'alice' } });
    expect(pull.head).toMatchObject({ ref: 'feature', sha: featureSha });
    expect(pull.base.ref).toBe('main');
    const { data: files } = await github.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', { owner: 'acme', repo: 'app', pull_number: 7 });
    expect(files.map((file) => file.filename)).toEqual(['src/a.ts']);
  });

  it('serves the team given with --team to the --org-reader token, and only its members', async () => {
    const github = client(cli.url);
    const member = { org: 'acme', team_slug: 'release-managers' };
    const { data } = await github.request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', { ...member, username: 'carol' });
    expect(data.state).toBe('active');
    expect(await statusOf(github.request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', { ...member, username: 'mallory' }))).toBe(404);
  });

  it('refuses a malformed seed with one sentence and exit 2, before listening', () => {
    const run = spawnSync(process.execPath, [CLI, '--pull', 'number=7'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe('--pull "number=7" needs head=<branch or sha>.');
    expect(run.stdout).toBe('');
  });
});
