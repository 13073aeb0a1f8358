import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { errorsOf } from '../../scripts/lib/run-action.mjs';
import { TestRepo, releaseOf, runBundle, startSimulator, tagAnnotated, tagCommit, type Simulator } from './fixture.js';

/**
 * Two release runs of one commit at the same time (two pushes' workflows, a re-run beside the
 * first): GitHub keeps one tag ref and one release per tag and refuses the other with 422. The
 * built bundles run side by side against the simulator; the order in which GitHub carries out
 * their writes is fixed with the simulator's gates and holds (events, no timers).
 */
describe('two release runs of one commit at the same time (built bundles)', () => {
  let repo: TestRepo;
  let sim: Simulator;
  let head: string;

  beforeAll(async () => {
    repo = new TestRepo();
    repo.commit('feat: first version', { 'app.txt': '1\n' });
    tagAnnotated(repo, 'v1.0.0');
    head = repo.commit('feat: add search', { 'search.txt': 'search\n' });
    sim = await startSimulator({ repoDir: repo.dir, checkResponses: true });
  });

  afterAll(async () => {
    await sim?.close();
    repo?.remove();
  });

  it('one tag, one release; the run GitHub refuses (already_exists) reports the existing release with created=false, not an error', async () => {
    // Both runs finish planning (the last read of a plan is the latest release) before either writes.
    const planned = sim.inject({ method: 'GET', path: '/repos/acme/app/releases/latest', hold: true, times: 2 });
    const tagRefs = sim.inject({ method: 'POST', path: '/repos/acme/app/git/refs', gate: true, times: 2 });
    const releases = sim.inject({ method: 'POST', path: '/repos/acme/app/releases', gate: true, times: 2 });
    // Tells when the second POST /releases has been carried out.
    const secondRelease = sim.inject({ method: 'POST', path: '/repos/acme/app/releases', hold: true, nth: 2 });

    const runs = [runBundle('release', sim, { sha: head }), runBundle('release', sim, { sha: head })];
    await planned.reached(2);
    planned.release();
    // One run (call it the tagger) creates the tag ref and goes on to create the release...
    await tagRefs.reached(2);
    tagRefs.release(1);
    await releases.reached(1);
    // ...but the other run, refused the tag (it exists), creates the release first.
    tagRefs.release(2);
    await releases.reached(2);
    releases.release(2);
    await secondRelease.reached();
    secondRelease.release();
    releases.release(1);
    const [a, b] = await Promise.all(runs);

    for (const result of [a, b]) {
      expect(errorsOf(result)).toEqual([]);
      expect(result.exitCode).toBe(0);
    }
    const release = releaseOf(sim, 'v1.1.0');
    expect(sim.state.releases.filter((each: { tag_name: string }) => each.tag_name === 'v1.1.0')).toHaveLength(1);
    expect(tagCommit(repo, 'v1.1.0')).toBe(head);
    expect(sim.writes().filter((entry) => entry.path.endsWith('/releases')).map((entry) => entry.status).sort()).toEqual([201, 422]);

    const [tagger, publisher] = a.stdout.includes('Created the annotated tag v1.1.0') ? [a, b] : [b, a];
    expect(publisher.stdout).toContain('v1.1.0 was created on');
    // The release belongs to the run whose POST /releases GitHub carried out.
    expect(publisher.outputs).toMatchObject({ tag: 'v1.1.0', created: 'true', 'release-url': release.html_url });
    expect(tagger.outputs).toMatchObject({ tag: 'v1.1.0', created: 'false', 'release-url': release.html_url });
    expect(tagger.stdout).toContain(`v1.1.0 was published by a concurrent run meanwhile: ${release.html_url}`);
    expect(tagger.summary).toContain('## Release v1.1.0: published by a concurrent run');
    expect(tagger.summary).toContain('| Created | no |');
    expect(sim.schemaProblems).toEqual([]);
  });
});
