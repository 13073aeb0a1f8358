import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { errorsOf } from '../../scripts/lib/run-action.mjs';
import {
  TestRepo,
  commitsWithTags,
  releaseOf,
  requestLines,
  runBundle,
  startSimulator,
  tagAnnotated,
  tagCommit,
  tagType,
  type Simulator,
} from './fixture.js';

// The built release bundle against the simulator, backed by a real git repository.
describe('release action (built bundle, simulator)', () => {
  let repo: TestRepo;
  let sim: Simulator;
  let v100: string;
  let head: string;

  beforeAll(async () => {
    repo = new TestRepo();
    v100 = repo.commit('feat: first version', { 'app.txt': '1\n' });
    tagAnnotated(repo, 'v1.0.0');
    repo.commit('docs: explain', { 'README.md': 'docs\n' });
    head = repo.commit('feat: add search', { 'search.txt': 'search\n' });
    sim = await startSimulator({ repoDir: repo.dir });
  });

  afterAll(async () => {
    await sim?.close();
    repo?.remove();
  });

  it('releases v1.1.0 after v1.0.0 for a feat commit: annotated tag, notes from v1.0.0, make_latest explicit', async () => {
    sim.clearRequests();
    const result = await runBundle('release', sim, { sha: head });
    expect(errorsOf(result)).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ tag: 'v1.1.0', version: '1.1.0', 'previous-tag': 'v1.0.0', created: 'true' });
    expect(result.outputs['release-url']).toMatch(/\/releases\/tag\/v1\.1\.0$/);

    // A real annotated tag on the released commit, as plain git sees it.
    expect(tagType(repo, 'v1.1.0')).toBe('tag');
    expect(tagCommit(repo, 'v1.1.0')).toBe(head);

    const writes = sim.writes().map((entry) => ({ line: `${entry.method} ${entry.path.replace('/repos/acme/app', '')}`, body: entry.body }));
    expect(writes.map((write) => write.line)).toEqual(['POST /releases/generate-notes', 'POST /git/tags', 'POST /git/refs', 'POST /releases']);
    expect(writes[0].body).toMatchObject({ tag_name: 'v1.1.0', previous_tag_name: 'v1.0.0', target_commitish: head });
    expect(writes[1].body).toMatchObject({ tag: 'v1.1.0', object: head, type: 'commit' });
    expect(writes[3].body).toMatchObject({ tag_name: 'v1.1.0', make_latest: 'true', prerelease: false, draft: false });

    const release = releaseOf(sim, 'v1.1.0');
    expect(release.body).toContain('feat: add search');
    expect(release.body).toContain('/compare/v1.0.0...v1.1.0');
    expect(release.body).not.toContain('feat: first version');
    expect(result.summary).toContain('## Released v1.1.0');
    expect(result.summary).toContain('1 feature since v1.0.0');
    expect(sim.requests.length).toBeLessThanOrEqual(10);
  });

  it('creates nothing on a second run for the same commit', async () => {
    sim.clearRequests();
    const result = await runBundle('release', sim, { sha: head });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ tag: 'v1.1.0', version: '1.1.0', 'previous-tag': 'v1.0.0', created: 'false' });
    expect(result.outputs['release-url']).toMatch(/\/releases\/tag\/v1\.1\.0$/);
    expect(sim.writes()).toEqual([]);
    expect(result.summary).toContain('already released');
  });

  it('dry-run prints the plan and makes no write request', async () => {
    const next = repo.commit('fix: typo', { 'search.txt': 'search!\n' });
    sim.clearRequests();
    const result = await runBundle('release', sim, { sha: next, inputs: { 'dry-run': 'true' } });
    expect(result.exitCode).toBe(0);
    expect(sim.writes()).toEqual([]);
    expect(result.outputs).toMatchObject({ tag: 'v1.1.1', 'previous-tag': 'v1.1.0', created: 'false', 'release-url': '' });
    expect(result.stdout).toContain('would create v1.1.1');
    expect(result.summary).toContain('Nothing was changed');
    expect(repo.git('tag', '--list', 'v1.1.1')).toBe('');
  });

  it('refuses a version whose tag already exists on another commit, in one sentence, creating nothing', async () => {
    sim.clearRequests();
    const result = await runBundle('release', sim, { sha: repo.git('rev-parse', 'HEAD'), inputs: { version: '1.0.0' } });
    expect(result.exitCode).toBe(1);
    // 1.0.0 is also below the previous release: that is the first thing wrong with it.
    expect(errorsOf(result)).toEqual(['Input "version" 1.0.0 is not above v1.1.0, the previous release reachable from the ref; give a higher version.']);
    expect(sim.writes()).toEqual([]);

    repo.git('tag', 'v1.2.0', v100); // someone tagged an old commit by hand
    const taken = await runBundle('release', sim, { sha: repo.git('rev-parse', 'HEAD'), inputs: { bump: 'minor' } });
    expect(taken.exitCode).toBe(1);
    expect(errorsOf(taken)).toEqual([
      `Tag v1.2.0 already exists on commit ${v100.slice(0, 7)}, not on ${repo.git('rev-parse', 'HEAD').slice(0, 7)} (${repo.git('rev-parse', 'HEAD')}); give another version, or release the commit it tags.`,
    ]);
    expect(sim.writes()).toEqual([]);
    repo.git('tag', '-d', 'v1.2.0');
  });

  it('publishes the missing GitHub Release of a tag an interrupted run left behind', async () => {
    const commit = repo.git('rev-parse', 'HEAD');
    tagAnnotated(repo, 'v1.1.1', commit);
    sim.clearRequests();
    const result = await runBundle('release', sim, { sha: commit, inputs: { 'release-notes': 'false' } });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ tag: 'v1.1.1', 'previous-tag': 'v1.1.0', created: 'false' });
    expect(requestLines(sim).filter((line) => !line.startsWith('GET'))).toEqual(['POST /releases']);
    const release = releaseOf(sim, 'v1.1.1');
    expect(release.body).toContain('### Fixes');
  });

  it('publishes a release candidate as a pre-release, then promotes the same commit to the final version', async () => {
    const feature = repo.commit('feat: export', { 'export.txt': 'x\n' });
    sim.clearRequests();
    const candidate = await runBundle('release', sim, { sha: feature, inputs: { prerelease: 'true' } });
    expect(errorsOf(candidate)).toEqual([]);
    expect(candidate.outputs).toMatchObject({ tag: 'v1.2.0-rc.1', 'previous-tag': 'v1.1.1', created: 'true' });
    expect(sim.writes().find((entry) => entry.path.endsWith('/releases'))?.body).toMatchObject({ prerelease: true, make_latest: 'false' });

    const again = await runBundle('release', sim, { sha: feature, inputs: { prerelease: 'true' } });
    expect(again.outputs).toMatchObject({ tag: 'v1.2.0-rc.1', created: 'false' });

    sim.clearRequests();
    const final = await runBundle('release', sim, { sha: feature });
    expect(errorsOf(final)).toEqual([]);
    expect(final.outputs).toMatchObject({ tag: 'v1.2.0', 'previous-tag': 'v1.1.1', created: 'true' });
    expect(sim.writes().find((entry) => entry.path.endsWith('/releases'))?.body).toMatchObject({ prerelease: false, make_latest: 'true' });
    expect(tagCommit(repo, 'v1.2.0')).toBe(feature);
  });
});

describe('release finds the previous release by ancestry, in a bounded number of requests', () => {
  let repo: TestRepo;
  let sim: Simulator;

  beforeAll(async () => {
    repo = new TestRepo();
    repo.commit('feat: start', { 'a.txt': '0\n' });
    // 3,000 older releases on main: v1.0.0 … v1.29.99.
    commitsWithTags(repo, 3000, (i) => `v1.${Math.floor(i / 100)}.${i % 100}`);
    sim = await startSimulator({ repoDir: repo.dir });
  });

  afterAll(async () => {
    await sim?.close();
    repo?.remove();
  });

  it('releases after 3,000 older tags in 8 requests', async () => {
    const head = repo.commit('feat: new thing', { 'b.txt': 'b\n' });
    sim.clearRequests();
    const result = await runBundle('release', sim, { sha: head });
    expect(errorsOf(result)).toEqual([]);
    expect(result.outputs).toMatchObject({ tag: 'v1.30.0', 'previous-tag': 'v1.29.99', created: 'true' });
    expect(requestLines(sim)).toEqual([
      'GET /git/matching-refs/tags/v',
      'GET /compare/v1.29.99...' + head,
      'GET /compare/v1.29.98...' + head,
      'GET /releases/latest',
      'POST /releases/generate-notes',
      'POST /git/tags',
      'POST /git/refs',
      'POST /releases',
    ]);
  });

  it('ignores a higher version on another branch: the previous release is the nearest reachable one', async () => {
    const main = repo.git('rev-parse', 'HEAD');
    repo.git('checkout', '--quiet', '-b', 'next');
    repo.commit('feat!: rewrite', { 'c.txt': 'c\n' });
    tagAnnotated(repo, 'v2.0.0');
    repo.git('checkout', '--quiet', 'main');
    const head = repo.commit('fix: small', { 'a.txt': '1\n' });
    expect(repo.git('merge-base', '--is-ancestor', main, head)).toBe('');
    sim.clearRequests();
    const result = await runBundle('release', sim, { sha: head });
    expect(errorsOf(result)).toEqual([]);
    expect(result.outputs).toMatchObject({ tag: 'v1.30.1', 'previous-tag': 'v1.30.0', created: 'true' });
    // v2.0.0 is not latest-worthy competition: it has no GitHub Release; v1.30.1 is above the latest (v1.30.0).
    const create = sim.writes().find((entry) => entry.path.endsWith('/releases'));
    expect(create?.body).toMatchObject({ make_latest: 'true' });
    expect(sim.requests.length).toBeLessThanOrEqual(9);
  });

  it('releases a maintenance line with make_latest false when a higher version is latest', async () => {
    const mainHead = repo.git('rev-parse', 'HEAD');
    // v2.0.0 gets a real GitHub Release that is latest.
    const publish = await runBundle('release', sim, { sha: tagCommit(repo, 'v2.0.0') });
    expect(publish.outputs).toMatchObject({ tag: 'v2.0.0', created: 'false' });
    const latest = await fetch(`${sim.url}/repos/acme/app/releases/latest`).then((response) => response.json() as Promise<{ tag_name: string }>);
    expect(latest.tag_name).toBe('v2.0.0');

    const fix = repo.commit('fix: backport', { 'a.txt': '2\n' });
    expect(repo.git('rev-parse', 'HEAD^')).toBe(mainHead);
    sim.clearRequests();
    const result = await runBundle('release', sim, { sha: fix });
    expect(result.outputs).toMatchObject({ tag: 'v1.30.2', 'previous-tag': 'v1.30.1', created: 'true' });
    const create = sim.writes().find((entry) => entry.path.endsWith('/releases'));
    expect(create?.body).toMatchObject({ make_latest: 'false' });
    expect(result.summary).toContain('v2.0.0 stays latest');
  });

  it('walks the history when many newer releases sit on another branch', async () => {
    // A maintenance branch forked from v1.0.5 while main has 3,000 newer releases.
    repo.git('checkout', '--quiet', '-b', 'maint-1.0', 'v1.0.5');
    const fix = repo.commit('fix: old line', { 'old.txt': 'x\n' });
    repo.git('checkout', '--quiet', 'main');
    sim.clearRequests();
    const result = await runBundle('release', sim, { sha: fix });
    // The nearest release is found (v1.0.5), and its patch version is already taken on main.
    expect(result.stdout).toContain('Previous release reachable from ' + fix.slice(0, 7) + ': v1.0.5');
    expect(errorsOf(result)).toEqual([
      `Tag v1.0.6 already exists on commit ${tagCommit(repo, 'v1.0.6').slice(0, 7)}, not on ${fix.slice(0, 7)} (${fix}); give another version, or release the commit it tags.`,
    ]);
    expect(sim.writes()).toEqual([]);
    const lines = requestLines(sim);
    expect(lines.filter((line) => line.startsWith('GET /compare/'))).toHaveLength(9);
    expect(lines.filter((line) => line.startsWith('GET /tags'))).toHaveLength(31);
    expect(lines.filter((line) => line.startsWith('GET /commits'))).toHaveLength(1);
  });

  it('releases the maintenance line with an explicit version above its previous release', async () => {
    const fix = repo.git('rev-parse', 'maint-1.0');
    sim.clearRequests();
    const result = await runBundle('release', sim, { sha: fix, inputs: { version: '1.30.3' } });
    expect(errorsOf(result)).toEqual([]);
    expect(result.outputs).toMatchObject({ tag: 'v1.30.3', 'previous-tag': 'v1.0.5', created: 'true' });
    const create = sim.writes().find((entry) => entry.path.endsWith('/releases'));
    expect(create?.body).toMatchObject({ make_latest: 'false' });
  });
});
