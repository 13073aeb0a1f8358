// The release domain in-process against the simulator (no mocks: real HTTP, a real git
// repository), for the paths the bundle tests do not reach cheaply, and the action's thin layer
// with the runner's files set as the runner sets them. Counted by jest's coverage.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createGitHub } from '../../src/github/client.js';
import { UserError } from '../../src/lib/errors.js';
import { planRelease, publishRelease, runRelease, type ReleaseRequest } from '../../src/release/release.js';
import { renderChangelog, renderReleaseSummary } from '../../src/release/render.js';
import { listReleaseTags, locateRelease } from '../../src/release/tags.js';
import { TestRepo, releaseOf, requestLines, startSimulator, tagAnnotated, tagCommit, type Simulator } from './fixture.js';

const R = { owner: 'acme', repo: 'app' };

describe('release domain (in-process, simulator)', () => {
  let repo: TestRepo;
  let sim: Simulator;
  let github: ReturnType<typeof createGitHub>;
  const logs: string[] = [];
  const log = { info: (message: string) => void logs.push(message), warning: (message: string) => void logs.push(`warning: ${message}`) };
  const request = (sha: string, changes: Partial<ReleaseRequest> = {}): ReleaseRequest => ({
    repo: R,
    sha,
    ref: sha,
    version: undefined,
    bump: 'auto',
    prefix: 'v',
    releaseNotes: true,
    prerelease: false,
    dryRun: false,
    ...changes,
  });

  beforeAll(async () => {
    repo = new TestRepo();
    sim = await startSimulator({ repoDir: repo.dir });
    github = createGitHub({ token: 'ghs_test', baseUrl: sim.url, retries: 0 });
  });

  afterAll(async () => {
    await sim?.close();
    repo?.remove();
  });

  beforeEach(() => {
    logs.length = 0;
    sim.clearRequests();
  });

  it('makes the first release 1.0.0 with its own changelog when release-notes is off', async () => {
    repo.commit('chore: init', { 'a.txt': 'a\n' });
    const head = repo.commit('feat(api): add `search` | fast', { 'b.txt': 'b\n' });
    const outcome = await runRelease(github, request(head, { releaseNotes: false }), log);
    expect(outcome).toMatchObject({ created: true, repaired: false, dryRun: false });
    expect(outcome.plan).toMatchObject({ tag: 'v1.0.0', previousTag: undefined, reason: 'the first release', makeLatest: 'true' });
    expect(releaseOf(sim, 'v1.0.0').body).toBe('First release.');
    expect(requestLines(sim)).not.toContain('POST /releases/generate-notes');
    const summary = renderReleaseSummary(outcome);
    expect(summary).toContain('## Released v1.0.0');
    expect(summary).toContain('| Previous release | none (first release) |');
  });

  it('writes a grouped changelog from the commits since the previous release', async () => {
    repo.commit('feat(api)!: drop v1\n\nBREAKING CHANGE: v1 is gone', {});
    repo.commit('fix: crash on | pipes', {});
    repo.commit('perf: faster', {});
    const head = repo.commit('Update README', { 'README.md': 'r\n' });
    const outcome = await runRelease(github, request(head, { releaseNotes: false }), log);
    expect(outcome.plan).toMatchObject({ tag: 'v2.0.0', previousTag: 'v1.0.0', bump: 'major', reason: '1 breaking change since v1.0.0' });
    const body = releaseOf(sim, 'v2.0.0').body ?? '';
    expect(body).toMatch(/^### Breaking changes\n- \*\*api:\*\* drop v1 \([0-9a-f]{7}\)\n\n### Fixes\n- crash on &#124; pipes .*\n- faster .*\n\n### Other changes\n- Update README .*\n\nChanges since v1.0.0\.$/);
    expect(renderChangelog([], 'v2.0.0')).toBe('No commits since v2.0.0.');
    const summary = renderReleaseSummary(outcome);
    expect(summary).toContain('<details><summary>4 commits since v1.0.0</summary>');
    expect(summary).toContain('drop v1 — major');
  });

  it('plans without writing, then publishes; a tag created meanwhile on the same commit is accepted', async () => {
    const head = repo.commit('fix: small', {});
    const plan = await planRelease(github, request(head), log);
    expect(plan).toMatchObject({ tag: 'v2.0.1', existing: false });
    expect(sim.writes()).toEqual([]);
    // Another run creates the tag between our plan and our publish.
    tagAnnotated(repo, 'v2.0.1', head);
    const outcome = await publishRelease(github, request(head), plan, log);
    // The other run made the tag only; this run published the release, so it reports created.
    expect(outcome).toMatchObject({ created: true, repaired: false });
    expect(logs.join('\n')).toContain('v2.0.1 was created on');
    expect(releaseOf(sim, 'v2.0.1').tag_name).toBe('v2.0.1');
  });

  it('refuses to publish when a concurrent run tagged another commit', async () => {
    const head = repo.commit('fix: other', {});
    const plan = await planRelease(github, request(head), log);
    tagAnnotated(repo, plan.tag, 'HEAD~1');
    await expect(publishRelease(github, request(head), plan, log)).rejects.toThrow(
      new UserError(`Tag v2.0.2 was just created on commit ${repo.git('rev-parse', 'HEAD~1').slice(0, 7)} by someone else, not on ${head.slice(0, 7)}; run the release again.`),
    );
    repo.git('tag', '-d', 'v2.0.2');
  });

  it('reports an existing release in a dry run, and an explicit version that differs', async () => {
    const head = tagCommit(repo, 'v2.0.1');
    const outcome = await runRelease(github, request(head, { dryRun: true, version: '9.0.0' }), log);
    expect(outcome).toMatchObject({ dryRun: true, created: false });
    expect(outcome.plan.existing).toBe(true);
    expect(outcome.releaseUrl).toMatch(/v2\.0\.1$/);
    expect(logs.join('\n')).toContain('the version input 9.0.0 is not applied');
    const summary = renderReleaseSummary(outcome);
    expect(summary).toContain('## Release (dry run): v2.0.1 already exists');
    expect(summary).toContain('released at');
    expect(sim.writes()).toEqual([]);
  });

  it('dry-run of a tag without a release says the release would be published', async () => {
    const head = repo.commit('fix: dangling', {});
    tagAnnotated(repo, 'v2.0.2', head);
    const outcome = await runRelease(github, request(head, { dryRun: true }), log);
    expect(renderReleaseSummary(outcome)).toContain('its missing GitHub Release would be published');
    const published = await runRelease(github, request(head), log);
    expect(published).toMatchObject({ created: false, repaired: true });
    expect(renderReleaseSummary(published)).toContain('| Created | the missing GitHub Release |');
  });

  it('finds lightweight tags without a request, and walks the history after too many unreachable tags', async () => {
    const base = repo.git('rev-parse', 'HEAD');
    repo.git('checkout', '--quiet', '-b', 'side');
    for (let i = 0; i < 3; i++) {
      repo.commit(`feat: side ${i}`, {});
      tagAnnotated(repo, `v3.${i}.0`);
    }
    repo.git('checkout', '--quiet', 'main');
    const head = repo.commit('fix: main', {});
    repo.git('tag', 'v2.0.3', head); // lightweight, on the commit itself
    const { tags } = await listReleaseTags(github, R, 'v');
    sim.clearRequests();
    const onCommit = await locateRelease(github, R, head, tags, { wantPrevious: false });
    expect(onCommit.onCommit?.name).toBe('v2.0.3');
    // Three unreachable tags, a budget of two probes: the history walk finds the same answer.
    const walked = await locateRelease(github, R, head, tags, { wantPrevious: true, maxProbes: 2, log: log.info });
    expect(walked).toMatchObject({ method: 'walk', onCommit: { name: 'v2.0.3' }, previous: { tag: { name: 'v2.0.2' } } });
    expect(logs.join('\n')).toContain('walking its history instead');
    const notTagged = await locateRelease(github, R, repo.commit('docs: x', {}), tags, { wantPrevious: false, maxProbes: 2 });
    expect(notTagged).toMatchObject({ method: 'walk', onCommit: undefined, previous: { tag: { name: 'v2.0.3' } } });
    expect(base).toBeTruthy();
  });

  it('prefers a lightweight release tag in between over a farther, higher one', async () => {
    const old = tagCommit(repo, 'v1.0.0');
    repo.git('tag', 'v2.5.0', old); // a higher version put on an old commit by hand
    const near = repo.commit('fix: near', {});
    repo.git('tag', 'v2.0.4', near);
    const head = repo.commit('fix: head', {});
    const plan = await planRelease(github, request(head), log);
    expect(plan.previousTag).toBe('v2.0.4');
    repo.git('tag', '-d', 'v2.5.0');
  });
});

describe('release main (in-process, runner files)', () => {
  let repo: TestRepo;
  let sim: Simulator;
  let dir: string;
  const saved = { ...process.env };

  beforeAll(async () => {
    repo = new TestRepo();
    repo.commit('feat: one', {});
    sim = await startSimulator({ repoDir: repo.dir });
    dir = mkdtempSync(path.join(os.tmpdir(), 'shipgate-release-main-'));
    Object.assign(process.env, {
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_API_URL: sim.url,
      GITHUB_SHA: repo.git('rev-parse', 'HEAD'),
      GITHUB_OUTPUT: path.join(dir, 'output'),
      GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
    });
    delete process.env.GITHUB_EVENT_PATH;
    writeFileSync(path.join(dir, 'output'), '');
    writeFileSync(path.join(dir, 'summary.md'), '');
  });

  afterAll(async () => {
    process.env = saved;
    await sim?.close();
    repo?.remove();
    rmSync(dir, { recursive: true, force: true });
  });

  it('releases the ref given by name, writing outputs and the summary', async () => {
    const { run } = await import('../../src/actions/release/main.js');
    const inputs: Record<string, string> = { ref: 'main', 'github-token': 'ghs_test', 'dry-run': 'true' };
    await run((name) => inputs[name] ?? '');
    expect(readFileSync(path.join(dir, 'output'), 'utf8')).toMatch(/tag<<.*\nv1\.0\.0\n/);
    expect(readFileSync(path.join(dir, 'summary.md'), 'utf8')).toContain('would create v1.0.0');
    expect(sim.writes()).toEqual([]);
  });

  it('refuses an empty ref without GITHUB_SHA', async () => {
    const { run } = await import('../../src/actions/release/main.js');
    delete process.env.GITHUB_SHA;
    await expect(run((name) => (name === 'github-token' ? 'ghs_test' : ''))).rejects.toThrow('Input "ref" is empty and GITHUB_SHA is not set');
  });
});
