import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSimulator } from '../../simulator/index.mjs';
import { TestRepo, client, errorOf, parseLink } from './fixture.js';

type Simulator = Awaited<ReturnType<typeof startSimulator>>;

const annotation = (line: number) => ({ path: 'src/a.ts', start_line: line, end_line: line, annotation_level: 'warning' as const, message: `line ${line} is not covered` });

describe('simulator: check runs and commit statuses', () => {
  let repo: TestRepo;
  let sim: Simulator;
  let sha: string;
  const R = { owner: 'acme', repo: 'app' };

  beforeAll(async () => {
    repo = new TestRepo();
    sha = repo.commit('feat: first', { 'src/a.ts': 'x\n' });
    sim = await startSimulator({ repoDir: repo.dir, checkResponses: true });
  });

  afterAll(async () => {
    await sim?.close();
    repo?.remove();
  });

  it('rejects 51 annotations in one request with 422, and appends batches of 50 on update', async () => {
    const gh = client(sim.url);
    const tooMany = Array.from({ length: 51 }, (_, index) => annotation(index + 1));
    const refused = await errorOf(
      gh.request('POST /repos/{owner}/{repo}/check-runs', { ...R, name: 'coverage', head_sha: sha, output: { title: 't', summary: 's', annotations: tooMany } }),
    );
    expect(refused.status).toBe(422);
    expect(sim.state.checkRuns).toHaveLength(0);

    const created = await gh.request('POST /repos/{owner}/{repo}/check-runs', {
      ...R,
      name: 'coverage',
      head_sha: sha,
      status: 'in_progress',
      output: { title: 'Coverage', summary: 'running', annotations: tooMany.slice(0, 50) },
    });
    const id = created.data.id;
    const updated = await gh.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
      ...R,
      check_run_id: id,
      conclusion: 'failure',
      output: { title: 'Coverage 80%', summary: 'below 90%', annotations: tooMany.slice(50) },
    });
    expect(updated.data).toMatchObject({ status: 'completed', conclusion: 'failure', output: { title: 'Coverage 80%', annotations_count: 51 } });
    expect(updated.data.completed_at).toMatch(/Z$/);

    const page = await gh.request('GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations', { ...R, check_run_id: id, per_page: 50, page: 2 });
    expect(page.data.map((entry) => entry.start_line)).toEqual([51]);
    expect(parseLink(page.headers.link).first).toContain('page=1');

    const runs = await gh.request('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', { ...R, ref: 'main', check_name: 'coverage' });
    expect(runs.data.total_count).toBe(1);
    expect(runs.data.check_runs[0].id).toBe(id);
    expect(sim.schemaProblems).toEqual([]);
  });

  it('enforces the 65535-character summary and a conclusion for completed runs', async () => {
    const gh = client(sim.url);
    const long = await errorOf(
      gh.request('POST /repos/{owner}/{repo}/check-runs', { ...R, name: 'big', head_sha: sha, output: { title: 't', summary: 'x'.repeat(65536) } }),
    );
    expect(long.status).toBe(422);
    const noConclusion = await errorOf(gh.request('POST /repos/{owner}/{repo}/check-runs', { ...R, name: 'c', head_sha: sha, status: 'completed' }));
    expect(noConclusion.status).toBe(422);
  });

  it('keeps commit statuses newest first and combines them per context', async () => {
    const gh = client(sim.url);
    await gh.request('POST /repos/{owner}/{repo}/statuses/{sha}', { ...R, sha, state: 'pending', context: 'ci' });
    await gh.request('POST /repos/{owner}/{repo}/statuses/{sha}', { ...R, sha, state: 'success', context: 'ci' });
    await gh.request('POST /repos/{owner}/{repo}/statuses/{sha}', { ...R, sha, state: 'success', context: 'lint' });
    const list = await gh.request('GET /repos/{owner}/{repo}/commits/{ref}/statuses', { ...R, ref: sha });
    expect(list.data.map((status) => `${status.context}:${status.state}`)).toEqual(['lint:success', 'ci:success', 'ci:pending']);
    const combined = await gh.request('GET /repos/{owner}/{repo}/commits/{ref}/status', { ...R, ref: 'main' });
    expect(combined.data).toMatchObject({ state: 'success', sha, total_count: 2 });
    await gh.request('POST /repos/{owner}/{repo}/statuses/{sha}', { ...R, sha, state: 'error', context: 'lint' });
    expect((await gh.request('GET /repos/{owner}/{repo}/commits/{ref}/status', { ...R, ref: 'main' })).data.state).toBe('failure');
    expect((await errorOf(gh.request('POST /repos/{owner}/{repo}/statuses/{sha}', { ...R, sha: 'f'.repeat(40), state: 'success' }))).status).toBe(422);
    expect(sim.schemaProblems).toEqual([]);
  });
});
