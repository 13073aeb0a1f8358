import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createGitHub } from '../../src/github/client.js';
import { SnapshotStore, SnapshotWriteForbidden } from '../../src/github/snapshots.js';
import { startSimulator } from '../../simulator/index.mjs';

/** The snapshot store against the simulator's git data API (a real repository behind it). */
type Sim = Awaited<ReturnType<typeof startSimulator>>;
const repo = { owner: 'acme', repo: 'app' };
const sha = (n: number) => n.toString(16).padStart(40, '0');

describe('SnapshotStore', () => {
  let sim: Sim;
  beforeAll(async () => {
    sim = await startSimulator({ readOnlyToken: 'ghs_read' });
  });
  afterAll(async () => {
    await sim.close();
  });
  const github = (token = 'ghs_write') => createGitHub({ token, baseUrl: sim.url, retries: 0 });
  const tree = () => execFileSync('git', ['ls-tree', '--name-only', 'refs/shipgate/coverage'], { cwd: sim.repoDir, encoding: 'utf8' }).trim().split('\n');
  const show = (name: string) => execFileSync('git', ['show', `refs/shipgate/coverage:${name}`], { cwd: sim.repoDir, encoding: 'utf8' });

  it('answers undefined before anything was recorded', async () => {
    expect(await new SnapshotStore(github(), repo).listing()).toBeUndefined();
  });

  it('creates the ref, then moves it forward, keeping the newest entries and pruning the rest', async () => {
    const store = new SnapshotStore(github(), repo, () => undefined, 3);
    for (let n = 1; n <= 5; n++) await store.write(sha(n), `{"n":${n}}`);
    expect(tree().sort()).toEqual([`${sha(3)}.json`, `${sha(4)}.json`, `${sha(5)}.json`, 'index.json']);
    expect(JSON.parse(show('index.json')).order).toEqual([sha(5), sha(4), sha(3)]);
    expect(show(`${sha(4)}.json`)).toBe('{"n":4}');
    // Every write is a commit on top of the previous one: history of the ref = 5 commits.
    expect(execFileSync('git', ['rev-list', '--count', 'refs/shipgate/coverage'], { cwd: sim.repoDir, encoding: 'utf8' }).trim()).toBe('5');
    const listing = await store.listing();
    expect([...listing!.entries.keys()].sort()).toEqual([sha(3), sha(4), sha(5)]);
    expect(await store.readBlob(listing!.entries.get(sha(5))!)).toBe('{"n":5}');
  });

  it('re-recording a commit replaces its snapshot and moves it to the front', async () => {
    const store = new SnapshotStore(github(), repo, () => undefined, 3);
    await store.write(sha(3), '{"n":33}');
    expect(JSON.parse(show('index.json')).order).toEqual([sha(3), sha(5), sha(4)]);
    expect(show(`${sha(3)}.json`)).toBe('{"n":33}');
  });

  it('retries when the ref moved under it (a non-fast-forward answer)', async () => {
    const messages: string[] = [];
    const store = new SnapshotStore(github(), repo, (message) => messages.push(message), 3);
    sim.inject({ method: 'PATCH', path: /\/git\/refs\//, status: 422, body: { message: 'Update is not a fast forward' }, times: 1 });
    const written = await store.write(sha(6), '{"n":6}');
    expect(written.attempts).toBe(2);
    expect(messages[0]).toMatch(/moved while recording \(attempt 1 of 5\); retrying/);
    expect(tree()).toContain(`${sha(6)}.json`);
  });

  it('says what permission is missing when the token may not write', async () => {
    const store = new SnapshotStore(github('ghs_read'), repo);
    await expect(store.write(sha(7), '{}')).rejects.toThrow(SnapshotWriteForbidden);
    await expect(store.write(sha(7), '{}')).rejects.toThrow(/give the push job "permissions: contents: write"/);
  });
});
