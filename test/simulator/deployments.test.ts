import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSimulator } from '../../simulator/index.mjs';
import { TestRepo, client, errorOf, parseLink, statusOf } from './fixture.js';

type Simulator = Awaited<ReturnType<typeof startSimulator>>;

describe('simulator: deployments and environments', () => {
  let repo: TestRepo;
  let sim: Simulator;
  let first: string;
  let second: string;
  let behind: string;
  const R = { owner: 'acme', repo: 'app' };

  beforeAll(async () => {
    repo = new TestRepo();
    first = repo.commit('feat: first', { 'a.txt': 'a\n' });
    repo.git('checkout', '--quiet', '-b', 'old');
    behind = repo.commit('feat: side', { 'side.txt': 's\n' });
    repo.git('checkout', '--quiet', 'main');
    second = repo.commit('fix: second', { 'a.txt': 'a\nb\n' });
    sim = await startSimulator({ owner: 'acme', repo: 'app', repoDir: repo.dir, token: 'ghs_test', checkResponses: true });
  });

  afterAll(async () => {
    await sim?.close();
    repo?.remove();
  });

  it('creates deployments and lists them back newest first with their statuses', async () => {
    const gh = client(sim.url);
    const created = await gh.request('POST /repos/{owner}/{repo}/deployments', {
      ...R,
      ref: first,
      environment: 'staging',
      auto_merge: false,
      required_contexts: [],
      payload: JSON.stringify({ version: 'v1.0.0' }),
    });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({ sha: first, ref: first, environment: 'staging', production_environment: false, task: 'deploy' });
    expect((created.data as { payload: unknown }).payload).toEqual({ version: 'v1.0.0' });
    const id = (created.data as { id: number }).id;

    await gh.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { ...R, deployment_id: id, state: 'in_progress' });
    await gh.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
      ...R,
      deployment_id: id,
      state: 'success',
      environment_url: 'http://staging.example.test',
      log_url: 'http://ci.example.test/run/1',
    });
    const statuses = await gh.request('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { ...R, deployment_id: id });
    expect(statuses.data.map((status) => status.state)).toEqual(['success', 'in_progress']);
    expect(statuses.data[0]).toMatchObject({ environment_url: 'http://staging.example.test', log_url: 'http://ci.example.test/run/1' });

    const later = await gh.request('POST /repos/{owner}/{repo}/deployments', { ...R, ref: 'main', environment: 'staging', required_contexts: [] });
    const listed = await gh.request('GET /repos/{owner}/{repo}/deployments', { ...R, environment: 'staging' });
    expect(listed.data.map((deployment) => deployment.id)).toEqual([(later.data as { id: number }).id, id]);
    const bySha = await gh.request('GET /repos/{owner}/{repo}/deployments', { ...R, sha: first });
    expect(bySha.data.map((deployment) => deployment.id)).toEqual([id]);
    expect(sim.state.environments.map((environment: { name: string }) => environment.name)).toContain('staging');
    expect(sim.schemaProblems).toEqual([]);
  });

  it('marks earlier non-production deployments inactive on success (auto_inactive), never production ones', async () => {
    const gh = client(sim.url);
    const deploy = async (environment: string, extra: Record<string, unknown> = {}) => {
      const { data } = await gh.request('POST /repos/{owner}/{repo}/deployments', { ...R, ref: 'main', environment, required_contexts: [], ...extra });
      const deploymentId = (data as { id: number }).id;
      await gh.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { ...R, deployment_id: deploymentId, state: 'success' });
      return deploymentId;
    };
    const states = async (deploymentId: number) =>
      (await gh.request('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { ...R, deployment_id: deploymentId })).data.map((s) => s.state);

    const qa1 = await deploy('qa');
    const qa2 = await deploy('qa');
    expect(await states(qa1)).toEqual(['inactive', 'success']);
    expect(await states(qa2)).toEqual(['success']);

    const prod1 = await deploy('production');
    await deploy('production');
    expect(await states(prod1)).toEqual(['success']);

    const transient = await deploy('review', { transient_environment: true });
    await deploy('review');
    expect(await states(transient)).toEqual(['success']);

    // auto_inactive: false leaves the earlier one alone.
    const keep = await deploy('demo');
    const { data } = await gh.request('POST /repos/{owner}/{repo}/deployments', { ...R, ref: 'main', environment: 'demo', required_contexts: [] });
    await gh.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
      ...R,
      deployment_id: (data as { id: number }).id,
      state: 'success',
      auto_inactive: false,
    });
    expect(await states(keep)).toEqual(['success']);
  });

  it('refuses a deployment whose required contexts have not passed (409, failing contexts listed)', async () => {
    const gh = client(sim.url);
    sim.addCommitStatus(second, { context: 'ci/test', state: 'success' });
    sim.addCommitStatus(second, { context: 'ci/lint', state: 'failure' });
    const failure = await errorOf(
      gh.request('POST /repos/{owner}/{repo}/deployments', { ...R, ref: 'main', required_contexts: ['ci/test', 'ci/lint', 'ci/e2e'] }),
    );
    expect(failure.status).toBe(409);
    expect(failure.data.message).toBe('Conflict: Commit status checks failed for main.');
    expect(failure.data.errors).toEqual([
      {
        resource: 'Deployment',
        field: 'required_contexts',
        code: 'invalid',
        contexts: [
          { context: 'ci/lint', state: 'failure' },
          { context: 'ci/e2e', state: 'missing' },
        ],
      },
    ]);
    // Omitted required_contexts means every context on the commit.
    expect(await statusOf(gh.request('POST /repos/{owner}/{repo}/deployments', { ...R, ref: 'main' }))).toBe(409);
    expect(await statusOf(gh.request('POST /repos/{owner}/{repo}/deployments', { ...R, ref: 'main', required_contexts: ['ci/test'] }))).toBe(201);
  });

  it('answers 409 "Conflict merging" for auto_merge with a ref behind the default branch', async () => {
    const gh = client(sim.url);
    const failure = await errorOf(gh.request('POST /repos/{owner}/{repo}/deployments', { ...R, ref: behind, required_contexts: [] }));
    expect(failure.status).toBe(409);
    expect(failure.data.message).toMatch(/^Conflict merging main into /);
    expect(await statusOf(gh.request('POST /repos/{owner}/{repo}/deployments', { ...R, ref: behind, auto_merge: false, required_contexts: [] }))).toBe(201);
  });

  it('deletes only inactive deployments (or the only one of an environment)', async () => {
    const gh = client(sim.url);
    const make = async () =>
      ((await gh.request('POST /repos/{owner}/{repo}/deployments', { ...R, ref: 'main', environment: 'tmp', required_contexts: [] })).data as { id: number }).id;
    const a = await make();
    const b = await make();
    await gh.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { ...R, deployment_id: a, state: 'success' });
    const refused = await errorOf(gh.request('DELETE /repos/{owner}/{repo}/deployments/{deployment_id}', { ...R, deployment_id: a }));
    expect(refused.status).toBe(422);
    await gh.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { ...R, deployment_id: a, state: 'inactive' });
    expect(await statusOf(gh.request('DELETE /repos/{owner}/{repo}/deployments/{deployment_id}', { ...R, deployment_id: a }))).toBe(204);
    expect(await statusOf(gh.request('GET /repos/{owner}/{repo}/deployments/{deployment_id}', { ...R, deployment_id: a }))).toBe(404);
    expect(await statusOf(gh.request('DELETE /repos/{owner}/{repo}/deployments/{deployment_id}', { ...R, deployment_id: b }))).toBe(204);
  });

  it('paginates deployments with a real Link header', async () => {
    for (let i = 0; i < 5; i++) {
      await client(sim.url).request('POST /repos/{owner}/{repo}/deployments', { ...R, ref: 'main', environment: 'paged', required_contexts: [] });
    }
    const response = await fetch(`${sim.url}/repos/acme/app/deployments?environment=paged&per_page=2&page=2`, {
      headers: { authorization: 'token ghs_test' },
    });
    const links = parseLink(response.headers.get('link'));
    expect(Object.keys(links).sort()).toEqual(['first', 'last', 'next', 'prev']);
    expect(links.next).toBe(`${sim.url}/repos/acme/app/deployments?environment=paged&per_page=2&page=3`);
    expect(links.last).toBe(`${sim.url}/repos/acme/app/deployments?environment=paged&per_page=2&page=3`);
    expect(links.prev).toBe(`${sim.url}/repos/acme/app/deployments?environment=paged&per_page=2&page=1`);
    expect(((await response.json()) as unknown[]).length).toBe(2);

    // Following rel="next" walks every page.
    let url: string | undefined = `${sim.url}/repos/acme/app/deployments?environment=paged&per_page=2`;
    let seen = 0;
    while (url) {
      const page: Response = await fetch(url, { headers: { authorization: 'token ghs_test' } });
      seen += ((await page.json()) as unknown[]).length;
      url = parseLink(page.headers.get('link')).next;
    }
    expect(seen).toBe(5);
  });

  it('creates and reads environments', async () => {
    const gh = client(sim.url);
    expect(await statusOf(gh.request('GET /repos/{owner}/{repo}/environments/{environment_name}', { ...R, environment_name: 'nowhere' }))).toBe(404);
    const put = await gh.request('PUT /repos/{owner}/{repo}/environments/{environment_name}', { ...R, environment_name: 'production', wait_timer: 5 });
    expect(put.data).toMatchObject({ name: 'production' });
    const listed = await gh.request('GET /repos/{owner}/{repo}/environments', R);
    expect(listed.data.environments?.map((environment) => environment.name)).toContain('production');
    expect(listed.data.total_count).toBe(listed.data.environments?.length);
  });
});
