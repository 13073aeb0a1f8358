import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createGitHub } from '../../src/github/client.js';
import { checkFolder, SnapshotStore, SnapshotWriteForbidden } from '../../src/github/snapshots.js';
import { startSimulator } from '../../simulator/index.mjs';
import { indexOrder } from './repo.js';

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
  const tree = () => execFileSync('git', ['ls-tree', '-r', '--name-only', 'refs/shipgate/coverage'], { cwd: sim.repoDir, encoding: 'utf8' }).trim().split('\n');
  const show = (name: string) => execFileSync('git', ['show', `refs/shipgate/coverage:${name}`], { cwd: sim.repoDir, encoding: 'utf8' });

  it('answers undefined before anything was recorded', async () => {
    expect(await new SnapshotStore(github(), repo).listing()).toBeUndefined();
  });

  it('creates the ref, then moves it forward, keeping the newest entries and pruning the rest', async () => {
    const store = new SnapshotStore(github(), repo, { keep: 3 });
    for (let n = 1; n <= 5; n++) await store.write(sha(n), `{"n":${n}}`);
    expect(tree().sort()).toEqual([`coverage/${sha(3)}.json`, `coverage/${sha(4)}.json`, `coverage/${sha(5)}.json`, 'coverage/index.json']);
    expect(indexOrder(show('coverage/index.json'))).toEqual([sha(5), sha(4), sha(3)]);
    expect(show(`coverage/${sha(4)}.json`)).toBe('{"n":4}');
    // Every write is a commit on top of the previous one: history of the ref = 5 commits.
    expect(execFileSync('git', ['rev-list', '--count', 'refs/shipgate/coverage'], { cwd: sim.repoDir, encoding: 'utf8' }).trim()).toBe('5');
    const listing = await store.listing();
    expect([...listing!.entries.keys()].sort()).toEqual([sha(3), sha(4), sha(5)]);
    expect(await store.readBlob(listing!.entries.get(sha(5))!)).toBe('{"n":5}');
  });

  it('re-recording a commit replaces its snapshot and moves it to the front', async () => {
    const store = new SnapshotStore(github(), repo, { keep: 3 });
    await store.write(sha(3), '{"n":33}');
    expect(indexOrder(show('coverage/index.json'))).toEqual([sha(3), sha(5), sha(4)]);
    expect(show(`coverage/${sha(3)}.json`)).toBe('{"n":33}');
  });

  it('retries when the ref moved under it (a non-fast-forward answer)', async () => {
    const messages: string[] = [];
    const store = new SnapshotStore(github(), repo, { log: (message) => messages.push(message), keep: 3 });
    sim.inject({ method: 'PATCH', path: /\/git\/refs\//, status: 422, body: { message: 'Update is not a fast forward' }, times: 1 });
    const written = await store.write(sha(6), '{"n":6}');
    expect(written.attempts).toBe(2);
    expect(messages[0]).toMatch(/moved while recording \(attempt 1 of 5\); retrying/);
    expect(tree()).toContain(`coverage/${sha(6)}.json`);
  });

  it('a 422 that is not the ref moving is an error, said once (no retry of a request GitHub refused)', async () => {
    const messages: string[] = [];
    const store = new SnapshotStore(github(), repo, { log: (message) => messages.push(message), keep: 3 });
    sim.inject({ method: 'POST', path: /\/git\/trees$/, status: 422, body: { message: 'base_tree is not a valid tree oid', documentation_url: 'x' }, times: 5 });
    sim.clearRequests();
    await expect(store.write(sha(20), '{}')).rejects.toThrow('GitHub API request failed while trying to write the coverage snapshot tree (HTTP 422): base_tree is not a valid tree oid');
    expect(sim.requests.filter((entry) => entry.method === 'POST' && entry.path.endsWith('/git/trees'))).toHaveLength(1);
    expect(messages).toEqual([]);
    sim.clearInjections();
  });

  it('two push runs recording at the same instant both keep their snapshot (fast-forward only, then again on top)', async () => {
    const store = () => new SnapshotStore(github(), repo, { checkName: 'race', keep: 10 });
    await store().write(sha(30), '{"n":30}');
    // Barrier: both runs read the same ref commit before either writes.
    const barrier = sim.inject({ method: 'GET', path: '/repos/acme/app/git/ref/shipgate/coverage', hold: true, times: 2 });
    const both = Promise.all([store().write(sha(31), '{"n":31}'), store().write(sha(32), '{"n":32}')]);
    await barrier.reached(2);
    barrier.release();
    const written = await both;
    expect(written.map((entry) => entry.attempts).sort()).toEqual([1, 2]);
    expect(tree().filter((name) => name.startsWith('race/')).sort()).toEqual([`race/${sha(30)}.json`, `race/${sha(31)}.json`, `race/${sha(32)}.json`, 'race/index.json']);
    sim.clearInjections();
  });

  it('says what permission is missing when the token may not write', async () => {
    const store = new SnapshotStore(github('ghs_read'), repo);
    await expect(store.write(sha(7), '{}')).rejects.toThrow(SnapshotWriteForbidden);
    await expect(store.write(sha(7), '{}')).rejects.toThrow(/give the push job "permissions: contents: write"/);
  });

  it('keeps the snapshots of each check name apart: two gates on one push do not overwrite each other', async () => {
    const web = new SnapshotStore(github(), repo, { checkName: 'coverage-web', keep: 2 });
    const api = new SnapshotStore(github(), repo, { checkName: 'coverage api', keep: 2 });
    await web.write(sha(8), '{"web":8}');
    await api.write(sha(8), '{"api":8}');
    await web.write(sha(9), '{"web":9}');
    await web.write(sha(10), '{"web":10}');
    expect(tree()).not.toContain(`coverage-web/${sha(8)}.json`);
    expect(tree()).toContain(`coverage~20api/${sha(8)}.json`);
    expect(indexOrder(show('coverage-web/index.json'))).toEqual([sha(10), sha(9)]);
    const webListing = (await web.listing())!;
    const apiListing = (await api.listing())!;
    expect([...webListing.entries.keys()].sort()).toEqual([sha(9), sha(10)]);
    expect([...apiListing.entries.keys()]).toEqual([sha(8)]);
    expect(await api.readBlob(apiListing.entries.get(sha(8))!)).toBe('{"api":8}');
    // The default check's own snapshots are untouched by the others.
    expect([...(await new SnapshotStore(github(), repo).listing())!.entries.keys()]).not.toContain(sha(8));
  });

  it.each([
    ['coverage', 'coverage'],
    ['coverage-web', 'coverage-web'],
    ['cov.v2_x', 'cov.v2_x'],
    ['coverage web', 'coverage~20web'],
    ['a/b', 'a~2Fb'],
    ['..', '~2E.'],
    ['.hidden', '~2Ehidden'],
    ['a~b', 'a~7Eb'],
    ['ü', '~C3~BC'],
    ['', '~'],
  ])('check name %j is the folder %j', (name, folder) => {
    expect(checkFolder(name)).toBe(folder);
  });
});

describe('SnapshotStore: snapshots recorded before check-name folders', () => {
  let sim: Sim;
  beforeAll(async () => {
    sim = await startSimulator();
  });
  afterAll(async () => {
    await sim.close();
  });
  const github = () => createGitHub({ token: 'ghs_write', baseUrl: sim.url, retries: 0 });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: sim.repoDir, encoding: 'utf8' }).trim();
  const tree = () => git('ls-tree', '-r', '--name-only', 'refs/shipgate/coverage').split('\n');

  it('the default check name reads top-level snapshots, and retires them as it records and prunes', async () => {
    // The old layout: <sha>.json and index.json at the top of the tree.
    const blob = (text: string) => execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: sim.repoDir, input: text, encoding: 'utf8' }).trim();
    const entries = [
      `100644 blob ${blob('{"old":1}')}\t${sha(1)}.json`,
      `100644 blob ${blob('{"old":2}')}\t${sha(2)}.json`,
      `100644 blob ${blob(JSON.stringify({ v: 1, order: [sha(2), sha(1)] }))}\tindex.json`,
    ];
    const treeSha = execFileSync('git', ['mktree'], { cwd: sim.repoDir, input: `${entries.join('\n')}\n`, encoding: 'utf8' }).trim();
    const commit = execFileSync('git', ['commit-tree', treeSha, '-m', 'old layout'], {
      cwd: sim.repoDir,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_NAME: 'a', GIT_AUTHOR_EMAIL: 'a@b', GIT_COMMITTER_NAME: 'a', GIT_COMMITTER_EMAIL: 'a@b' },
    }).trim();
    git('update-ref', 'refs/shipgate/coverage', commit);

    const store = new SnapshotStore(github(), repo, { keep: 2 });
    const listing = (await store.listing())!;
    expect([...listing.entries.keys()].sort()).toEqual([sha(1), sha(2)]);
    expect(await store.readBlob(listing.entries.get(sha(2))!)).toBe('{"old":2}');
    // Another check name does not see them.
    expect((await new SnapshotStore(github(), repo, { checkName: 'coverage-web' }).listing())!.entries.size).toBe(0);

    // Recording a third keeps the newest two (the old index gives their order): sha(1) is pruned.
    await store.write(sha(3), '{"new":3}');
    expect(tree().sort()).toEqual([`${sha(2)}.json`, `coverage/${sha(3)}.json`, 'coverage/index.json', 'index.json']);
    expect(indexOrder(git('show', 'refs/shipgate/coverage:coverage/index.json'))).toEqual([sha(3), sha(2)]);
    // Re-recording sha(2) moves it into the folder; the last top-level snapshot and its index go.
    await store.write(sha(2), '{"new":2}');
    expect(tree().sort()).toEqual([`coverage/${sha(2)}.json`, `coverage/${sha(3)}.json`, 'coverage/index.json']);
    const after = (await store.listing())!;
    expect(await store.readBlob(after.entries.get(sha(2))!)).toBe('{"new":2}');
  });
});
