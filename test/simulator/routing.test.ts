import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSimulator } from '../../simulator/index.mjs';
import { TestRepo, client, errorOf, statusOf } from './fixture.js';

type Simulator = Awaited<ReturnType<typeof startSimulator>>;

/** Deliberately invalid request parameters (the types would refuse them). */
const invalid = (params: object) => params as never;

describe('simulator: routing, validation, auth and headers', () => {
  let repo: TestRepo;
  let sim: Simulator;
  const R = { owner: 'acme', repo: 'app' };

  beforeAll(async () => {
    repo = new TestRepo();
    repo.commit('feat: first', { 'a.txt': 'a\n' });
    sim = await startSimulator({ repoDir: repo.dir, token: 'ghs_test', readOnlyToken: 'ghs_fork' });
  });

  afterAll(async () => {
    await sim?.close();
    repo?.remove();
  });

  it('answers 422 with GitHub\'s wording when a required field is missing', async () => {
    const failure = await errorOf(client(sim.url).request('POST /repos/{owner}/{repo}/deployments', invalid({ ...R, environment: 'staging' })));
    expect(failure.status).toBe(422);
    expect(failure.data.message).toMatch(/^Invalid request\./);
    expect(failure.data.errors).toEqual(['"ref" wasn\'t supplied.']);
    expect(sim.state.deployments).toHaveLength(0);
  });

  it('answers 422 for a wrong type or an unknown enum value', async () => {
    const gh = client(sim.url);
    const sha = repo.git('rev-parse', 'HEAD');
    const badEnum = await errorOf(gh.request('POST /repos/{owner}/{repo}/statuses/{sha}', invalid({ ...R, sha, state: 'green' })));
    expect(badEnum.status).toBe(422);
    expect(badEnum.data.errors).toEqual(['For \'properties/state\', "green" is not a member of enum.']);
    const badType = await errorOf(gh.request('POST /repos/{owner}/{repo}/deployments', invalid({ ...R, ref: 'main', auto_merge: 'no' })));
    expect(badType.status).toBe(422);
    expect(badType.data.errors).toEqual(['For \'properties/auto_merge\', "no" is not a boolean.']);
    const badJson = await fetch(`${sim.url}/repos/acme/app/issues`, { method: 'POST', headers: { authorization: 'token ghs_test' }, body: '{' });
    expect(badJson.status).toBe(400);
  });

  it('answers 404 Not Found for a route GitHub does not have, and for another repository', async () => {
    const response = await fetch(`${sim.url}/repos/acme/app/no-such-thing`, { headers: { authorization: 'token ghs_test' } });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ message: 'Not Found' });
    expect(await statusOf(client(sim.url).request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'other' }))).toBe(404);
  });

  it('answers 501 for a GitHub route the simulator does not implement', async () => {
    const failure = await errorOf(client(sim.url).request('GET /repos/{owner}/{repo}/branches', R));
    expect(failure.status).toBe(501);
    expect(failure.data.message).toBe('Not implemented by the simulator: repos/list-branches');
  });

  it('checks the token: 401 without it, 403 on writes with the read-only token', async () => {
    expect(await statusOf(client(sim.url, 'wrong').request('GET /repos/{owner}/{repo}', R))).toBe(401);
    const fork = client(sim.url, 'ghs_fork');
    const repository = await fork.request('GET /repos/{owner}/{repo}', R);
    expect(repository.data.permissions).toMatchObject({ push: false, pull: true });
    const refused = await errorOf(fork.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...R, issue_number: 1, body: 'x' }));
    expect(refused).toEqual({ status: 403, data: expect.objectContaining({ message: 'Resource not accessible by integration' }) });
  });

  it('sends GitHub\'s headers and logs every request', async () => {
    sim.clearRequests();
    const response = await fetch(`${sim.url}/repos/acme/app?x=1`, { headers: { authorization: 'Bearer ghs_test' } });
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('x-github-request-id')).toMatch(/^SIM0:/);
    expect(response.headers.get('x-ratelimit-limit')).toBe('5000');
    expect(Number(response.headers.get('x-ratelimit-remaining'))).toBeLessThan(5000);
    expect(response.headers.get('x-ratelimit-reset')).toMatch(/^\d+$/);
    const body = (await response.json()) as { default_branch: string; full_name: string };
    expect(body).toMatchObject({ default_branch: 'main', full_name: 'acme/app' });
    await client(sim.url).request('POST /repos/{owner}/{repo}/issues', { ...R, title: 'logged' });
    expect(sim.requests).toEqual([
      { method: 'GET', path: '/repos/acme/app', query: { x: '1' }, body: null, status: 200, at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), start: expect.any(Number), end: expect.any(Number) },
      expect.objectContaining({ method: 'POST', path: '/repos/acme/app/issues', body: { title: 'logged' }, status: 201 }),
    ]);
    expect(sim.writes()).toHaveLength(1);
    // When each request arrived and its answer went out: the second was sent after the first's answer.
    const [get, post] = sim.requests;
    expect(get.start).toBeLessThanOrEqual(get.end);
    expect(post.start).toBeGreaterThanOrEqual(get.end);
    expect(post.end).toBeGreaterThanOrEqual(post.start);
  });

  it('gives increasing ids and ISO timestamps', async () => {
    const gh = client(sim.url);
    const a = (await gh.request('POST /repos/{owner}/{repo}/issues', { ...R, title: 'a' })).data;
    const b = (await gh.request('POST /repos/{owner}/{repo}/issues', { ...R, title: 'b' })).data;
    expect(b.id).toBeGreaterThan(a.id);
    expect(b.number).toBe(a.number + 1);
    expect(a.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });
});
