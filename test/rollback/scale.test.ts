import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { errorsOf } from '../../scripts/lib/run-action.mjs';
import { createGitHub } from '../../src/github/client.js';
import { isReleaseRolledBack } from '../../src/release/rolled-back.js';
import { TestRepo, commitsWithTags, requestLines, runBundle, startSimulator, tagCommit, type Simulator } from '../release/fixture.js';

const R = { owner: 'acme', repo: 'app' };

// Bounded requests with a long history: 300 release tags, 150 GitHub Releases, 120 deployments of production.
describe('rollback and isReleaseRolledBack with many releases and deployments', () => {
  let repo: TestRepo;
  let sim: Simulator;
  let github: ReturnType<typeof createGitHub>;
  const tag = (i: number) => `v1.${Math.floor(i / 100)}.${i % 100}`;

  beforeAll(async () => {
    repo = new TestRepo();
    repo.commit('feat: start', { 'a.txt': '0\n' });
    commitsWithTags(repo, 300, tag);
    sim = await startSimulator({ repoDir: repo.dir });
    github = createGitHub({ token: 'ghs_test', baseUrl: sim.url, retries: 0 });
    const post = async (route: string, body: object): Promise<{ id: number }> => {
      const response = await fetch(`${sim.url}/repos/acme/app${route}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      if (!response.ok) throw new Error(`POST ${route}: ${response.status} ${await response.text()}`);
      return (await response.json()) as { id: number };
    };
    const inBatches = async (from: number, to: number, work: (i: number) => Promise<unknown>) => {
      for (let start = from; start < to; start += 10) {
        await Promise.all(Array.from({ length: Math.min(10, to - start) }, (_, k) => work(start + k)));
      }
    };
    // GitHub Releases for the newest 150 tags (more than one page of 100).
    await inBatches(150, 299, (i) => post('/releases', { tag_name: tag(i), name: tag(i), body: 'notes', make_latest: 'false' }));
    await post('/releases', { tag_name: tag(299), name: tag(299), body: 'notes', make_latest: 'true' });
    // 120 deployments of the newest releases (more than one page of 100), the newest one live,
    // the others superseded; most by sha (the pipeline deploys before it tags), the last 20 by tag.
    const ids: number[] = [];
    // Created one by one, so deployment ids follow the releases (statuses may go in parallel).
    for (let i = 180; i < 300; i++) {
      const sha = tagCommit(repo, tag(i));
      const byTag = i >= 280;
      const payload = { shipgate: 1, version: byTag ? tag(i) : '', sha, ref: byTag ? tag(i) : sha, mode: 'deploy', previous: null, run_url: '', actor: 'dev', reason: '' };
      ids[i] = (await post('/deployments', { task: 'deploy:shipgate', ref: sha, environment: 'production', auto_merge: false, required_contexts: [], payload })).id;
    }
    await inBatches(180, 300, async (i) => {
      await post(`/deployments/${ids[i]}/statuses`, { state: 'success' });
      if (i < 299) await post(`/deployments/${ids[i]}/statuses`, { state: 'inactive' });
    });
  }, 120_000);

  afterAll(async () => {
    await sim?.close();
    repo?.remove();
  });

  it('answers isReleaseRolledBack in a few requests, by tag or by sha', async () => {
    sim.clearRequests();
    expect(await isReleaseRolledBack(github, R, 'v1.2.98')).toBeUndefined();
    expect(requestLines(sim)).toEqual(['GET /releases/tags/v1.2.98']);
    sim.clearRequests();
    expect(await isReleaseRolledBack(github, R, tagCommit(repo, 'v1.2.98'))).toBeUndefined();
    expect(requestLines(sim)).toEqual([
      'GET /git/matching-refs/tags/v',
      `GET /compare/v1.2.99...${tagCommit(repo, 'v1.2.98')}`,
      `GET /compare/v1.2.98...${tagCommit(repo, 'v1.2.98')}`,
      'GET /releases/tags/v1.2.98',
    ]);
    // A new commit that is not released yet: no release, no rolled-back mark.
    const fresh = repo.commit('feat: next', { 'b.txt': 'b\n' });
    sim.clearRequests();
    expect(await isReleaseRolledBack(github, R, fresh)).toBeUndefined();
    expect(requestLines(sim)).toEqual(['GET /git/matching-refs/tags/v', `GET /compare/v1.2.99...${fresh}`, `GET /compare/v1.2.98...${fresh}`]);
  });

  it('rolls back in a bounded number of requests, and the mark is visible to isReleaseRolledBack', async () => {
    sim.clearRequests();
    const result = await runBundle('rollback', sim, { inputs: { command: 'true', reason: 'load test' } });
    expect(errorsOf(result)).toEqual([]);
    expect(result.outputs).toMatchObject({ from: 'v1.2.99', to: 'v1.2.98', status: 'success' });
    const lines = requestLines(sim);
    const reads = lines.filter((line) => line.startsWith('GET'));
    const writes = lines.filter((line) => !line.startsWith('GET'));
    expect(writes).toEqual([
      'POST /deployments',
      expect.stringMatching(/^POST \/deployments\/\d+\/statuses$/),
      expect.stringMatching(/^POST \/deployments\/\d+\/statuses$/),
      expect.stringMatching(/^POST \/deployments\/\d+\/statuses$/),
      expect.stringMatching(/^PATCH \/releases\/\d+$/),
      expect.stringMatching(/^PATCH \/releases\/\d+$/),
    ]);
    expect(reads.length).toBeLessThanOrEqual(14);
    process.stdout.write(`rollback requests (300 tags, 150 releases, 120 deployments): ${lines.length}\n${lines.join('\n')}\n`);

    const marked = await isReleaseRolledBack(github, R, tagCommit(repo, 'v1.2.99'));
    expect(marked).toMatchObject({ tag: 'v1.2.99', marks: [expect.objectContaining({ environment: 'production', to: 'v1.2.98', reason: 'load test' })] });
  });

  it('finds the release of a live deployment made by sha (the pipeline deploys before it tags)', async () => {
    // Put a sha-deployed release live again: v1.2.40 was deployed by sha.
    const sha = tagCommit(repo, 'v1.2.40');
    const { data } = await github.request('POST /repos/{owner}/{repo}/deployments', {
      task: 'deploy:shipgate',
      ...R,
      ref: sha,
      environment: 'staging',
      auto_merge: false,
      required_contexts: [],
      payload: { shipgate: 1, version: '', sha, ref: sha, mode: 'deploy', previous: null, run_url: '', actor: 'dev', reason: '' },
    });
    await github.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { ...R, deployment_id: (data as { id: number }).id, state: 'success' });
    sim.clearRequests();
    const result = await runBundle('rollback', sim, { inputs: { environment: 'staging', 'dry-run': 'true' } });
    expect(errorsOf(result)).toEqual([]);
    expect(result.outputs).toMatchObject({ from: 'v1.2.40', to: 'v1.2.39' });
    expect(sim.writes()).toEqual([]);
    // 59 newer releases are not reachable from v1.2.40: the search walks the history after 8 probes.
    process.stdout.write(`rollback dry-run requests (live deployed by sha, 59 newer releases): ${sim.requests.length}\n${requestLines(sim).join('\n')}\n`);
  });
});
