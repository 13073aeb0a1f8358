import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { refusalDeclared } from '../../simulator/openapi.mjs';
import { startSimulator } from '../../simulator/index.mjs';
import { TestRepo, client, errorOf } from './fixture.js';

type Simulator = Awaited<ReturnType<typeof startSimulator>>;

/**
 * GitHub rules shipgate's state relies on, each refused by the simulator as GitHub refuses it,
 * in a status and body GitHub's OpenAPI description publishes for the operation.
 */
describe('simulator: GitHub rules shipgate relies on', () => {
  let repo: TestRepo;
  let sim: Simulator;
  let first: string;
  let second: string;
  const R = { owner: 'acme', repo: 'app' };

  beforeAll(async () => {
    repo = new TestRepo();
    first = repo.commit('feat: first', { 'a.txt': 'a\n' });
    second = repo.commit('feat: second', { 'b.txt': 'b\n' });
    sim = await startSimulator({ repoDir: repo.dir, checkResponses: true });
  });

  afterAll(async () => {
    await sim?.close();
    repo?.remove();
  });

  beforeEach(() => {
    sim.clearInjections();
  });

  it('POST /git/trees refuses a commit sha (or any non-tree) as base_tree with 422; GET /git/trees takes a tree-ish', async () => {
    const gh = client(sim.url);
    const entry = { path: 'x.txt', mode: '100644' as const, type: 'blob' as const, content: 'x\n' };
    for (const notATree of [second, 'main', `${second}^{tree}`, repo.git('rev-parse', 'HEAD:a.txt')]) {
      const refused = await errorOf(gh.request('POST /repos/{owner}/{repo}/git/trees', { ...R, base_tree: notATree, tree: [entry] }));
      expect(refused).toEqual({ status: 422, data: expect.objectContaining({ message: 'base_tree is not a valid tree oid' }) });
    }
    const treeSha = repo.git('rev-parse', `${second}^{tree}`);
    const made = await gh.request('POST /repos/{owner}/{repo}/git/trees', { ...R, base_tree: treeSha, tree: [entry] });
    expect(made.data.tree.map((item) => item.path)).toEqual(['a.txt', 'b.txt', 'x.txt']);
    // Reading accepts a commit sha or a ref name: GitHub peels them to their tree.
    for (const treeish of [second, 'main']) {
      const read = await gh.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', { ...R, tree_sha: treeish });
      expect(read.data.sha).toBe(treeSha);
    }
    expect(await refusalDeclared('POST', '/repos/{owner}/{repo}/git/trees', 422)).toBe(true);
    expect(sim.schemaProblems).toEqual([]);
  });

  it('PATCH /git/refs without force refuses a non-fast-forward on any ref, not only branches', async () => {
    const gh = client(sim.url);
    await gh.request('POST /repos/{owner}/{repo}/git/refs', { ...R, ref: 'refs/shipgate/rules', sha: second });
    const refused = await errorOf(gh.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', { ...R, ref: 'shipgate/rules', sha: first, force: false }));
    expect(refused).toEqual({ status: 422, data: expect.objectContaining({ message: 'Update is not a fast forward' }) });
    expect(repo.git('rev-parse', 'refs/shipgate/rules')).toBe(second);
    await gh.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', { ...R, ref: 'shipgate/rules', sha: first, force: true });
    expect(repo.git('rev-parse', 'refs/shipgate/rules')).toBe(first);
    expect(await refusalDeclared('PATCH', '/repos/{owner}/{repo}/git/refs/{ref}', 422)).toBe(true);
    expect(sim.schemaProblems).toEqual([]);
  });

  it('two POST /releases for one tag at the same instant: one release, the other 422 already_exists', async () => {
    const gh = client(sim.url);
    // Generated notes make the handler wait on git between its check and its insert, so
    // without one-at-a-time writes both requests would pass the check.
    const create = () => gh.request('POST /repos/{owner}/{repo}/releases', { ...R, tag_name: 'v2.0.0', target_commitish: second, generate_release_notes: true });
    const results = await Promise.allSettled([create(), create(), create()]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    for (const result of results.filter((each) => each.status === 'rejected')) {
      const { status, response } = result.reason as { status: number; response: { data: { errors: unknown[] } } };
      expect(status).toBe(422);
      expect(response.data.errors).toEqual([{ resource: 'Release', field: 'tag_name', code: 'already_exists' }]);
    }
    expect(sim.state.releases.filter((release: { tag_name: string }) => release.tag_name === 'v2.0.0')).toHaveLength(1);
    expect(await refusalDeclared('POST', '/repos/{owner}/{repo}/releases', 422)).toBe(true);
    expect(sim.schemaProblems).toEqual([]);
  });
});
