import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { errorsOf } from '../../scripts/lib/run-action.mjs';
import { readResults } from '../../bench/lib/results.mjs';
import { jsonAt } from '../simulator/fixture.js';
import { roundTripsOf } from '../simulator/round-trips.js';
import { TestRepo, commitsWithTags, releaseOf, requestLines, runBundle, startSimulator, tagCommit, type Simulator } from '../release/fixture.js';

// The API economy of a rollback (the bench measures it on 1,000 releases and 5,000 deployments),
// on a smaller history of the same shape: 250 release tags each with a GitHub Release, each deployed
// to staging and then production as shipgate's deploy records them (payload.previous = what was live),
// statuses in_progress → success and inactive once superseded, every 50th release rolled back once.
// The count must not depend on the history: one page of deployments, one tag listing, one page of
// releases, one comparison.
describe('rollback API requests with 250 releases and 500 deployments', () => {
  let repo: TestRepo;
  let sim: Simulator;
  const tag = (i: number) => `v1.${Math.floor(i / 100)}.${i % 100}`;
  const COUNT = 250;

  const post = async (route: string, body: object): Promise<{ id: number }> => {
    const response = await fetch(`${sim.url}/repos/acme/app${route}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`POST ${route}: ${response.status} ${await response.text()}`);
    return (await response.json()) as { id: number };
  };
  const inBatches = async <T>(items: T[], work: (item: T) => Promise<unknown>) => {
    for (let start = 0; start < items.length; start += 20) await Promise.all(items.slice(start, start + 20).map(work));
  };

  beforeAll(async () => {
    repo = new TestRepo();
    repo.commit('feat: start', { 'a.txt': '0\n' });
    commitsWithTags(repo, COUNT, tag);
    sim = await startSimulator({ repoDir: repo.dir });
    const indexes = Array.from({ length: COUNT }, (_, i) => i);
    await inBatches(indexes, (i) => post('/releases', { tag_name: tag(i), name: tag(i), body: 'notes', make_latest: i === COUNT - 1 ? 'true' : 'false' }));

    // Deployments one by one (ids follow history), statuses afterwards in parallel.
    type Made = { id: number; states: string[] };
    const made: Made[] = [];
    const live = new Map<string, { id: number; ref: string; sha: string }>();
    const deployment = async (environment: string, i: number, rollback?: number) => {
      const version = tag(rollback ?? i);
      const sha = tagCommit(repo, version);
      const previous = live.get(environment) ?? null;
      const rolledBack = rollback === undefined ? undefined : { id: previous?.id, ref: tag(i), sha: tagCommit(repo, tag(i)), version: tag(i) };
      const payload = {
        shipgate: 1,
        version,
        sha,
        ref: version,
        previous,
        run_url: 'https://github.com/acme/app/actions/runs/1',
        actor: 'dev',
        mode: rollback === undefined ? 'deploy' : 'rollback',
        reason: rollback === undefined ? '' : 'error rate',
        ...(rolledBack ? { rolled_back: rolledBack } : {}),
        expires_at: '2020-01-01T00:00:00Z',
      };
      const { id } = await post('/deployments', {
        task: 'deploy:shipgate',
        ref: sha,
        environment,
        auto_merge: false,
        required_contexts: [],
        payload,
        production_environment: environment === 'production',
      });
      if (previous) made.find((each) => each.id === previous.id)?.states.push('inactive');
      made.push({ id, states: ['in_progress', 'success'] });
      live.set(environment, { id, ref: version, sha });
    };
    for (const i of indexes) {
      await deployment('staging', i);
      await deployment('production', i);
      if (i % 50 === 25) await deployment('production', i, i - 1);
    }
    await inBatches(made, async ({ id, states }) => {
      for (const state of states) await post(`/deployments/${id}/statuses`, { state, auto_inactive: false });
    });
  }, 120_000);

  afterAll(async () => {
    await sim?.close();
    repo?.remove();
  });

  it('rolls production back in 13 requests and 6 sequential round trips: reads together, the deployment, its turn, in_progress, then the final writes together', async () => {
    sim.clearRequests();
    // Every request waits a while before it is answered, as on GitHub: requests sent together are
    // then in flight together, and the chain of requests each sent after the previous answer is
    // what the round trips count (bench/lib/proxy.mjs). The count holds whatever the delay is, as
    // long as the action sends the requests of one round trip within it.
    const latency = sim.inject({ latencyMs: 250 });
    const result = await runBundle('rollback', sim, { inputs: { command: 'true', reason: 'load test' } });
    sim.clearInjections();
    expect(latency.affected).toBe(sim.requests.length);
    expect(errorsOf(result)).toEqual([]);
    expect(result.outputs).toMatchObject({ from: 'v1.2.49', to: 'v1.2.48', status: 'success' });
    const id = Number(result.outputs['deployment-id']);
    const rolledBack = releaseOf(sim, 'v1.2.49');
    const target = releaseOf(sim, 'v1.2.48');
    const live = id - 1;
    const lines = requestLines(sim);
    const trips = roundTripsOf(sim);
    expect(trips).toEqual([
      // The environment's deployments (one page, read once for the plan and the deploy's
      // pre-flight), the release tags, the newest releases and which one holds the Latest badge
      // (the REST release objects do not say): nothing among them depends on another.
      ['GET /deployments', 'GET /git/matching-refs/tags/v', 'GET /releases', 'GET /releases/latest'],
      // Is the newest deployment live? Its statuses, while the target is chosen as if it were.
      [`GET /compare/v1.2.48...${tagCommit(repo, 'v1.2.49')}`, `GET /deployments/${live}/statuses`],
      ['POST /deployments'],
      // Looked at again once created: is another deploy ahead of this one (src/deploy/turn.ts)?
      ['GET /deployments'],
      // One in_progress (a rollback does not post one per phase) before the command runs.
      [`POST /deployments/${id}/statuses`],
      // Verified: the final status, the rolled-back deployment inactive, the release mark and the
      // Latest badge back on the target, together.
      [`PATCH /releases/${rolledBack.id}`, `PATCH /releases/${target.id}`, `POST /deployments/${id}/statuses`, `POST /deployments/${live}/statuses`].sort(),
    ]);
    // The README's figures (bench/results.json, the bench's rollback on 1,000 releases and 5,000
    // deployments) are the bounds here too: neither depends on the history.
    const bench = readResults().sections.api?.operations?.rollback?.result;
    if (bench?.maxRoundTrips === undefined || bench.requests === undefined) throw new Error('bench/results.json has no rollback figures.');
    expect(trips.length).toBeLessThanOrEqual(bench.maxRoundTrips);
    expect(lines.length).toBeLessThanOrEqual(bench.requests);
    const statusesOf = (deployment: number) => sim.requests.filter((entry) => entry.method === 'POST' && entry.path.endsWith(`/deployments/${deployment}/statuses`)).map((entry) => jsonAt(entry.body, 'state'));
    expect(statusesOf(id)).toEqual(['in_progress', 'success']);
    expect(statusesOf(live)).toEqual(['inactive']);
    expect(rolledBack.name).toBe('[rolled back] v1.2.49');
    const latest = (await (await fetch(`${sim.url}/repos/acme/app/releases/latest`)).json()) as { tag_name: string };
    expect(latest.tag_name).toBe('v1.2.48');
  });
});
