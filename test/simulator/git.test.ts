import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSimulator } from '../../simulator/index.mjs';
import { TestRepo, client, errorOf, parseLink, statusOf } from './fixture.js';

type Simulator = Awaited<ReturnType<typeof startSimulator>>;

describe('simulator: repository content from a real git repository', () => {
  let repo: TestRepo;
  let sim: Simulator;
  let base: string;
  let feature: string;
  let mainHead: string;
  const R = { owner: 'acme', repo: 'app' };

  beforeAll(async () => {
    repo = new TestRepo();
    base = repo.commit('feat: base', { 'src/a.ts': 'export const a = 1;\n', 'old.txt': 'old\n' });
    repo.git('tag', 'v1.0.0');
    repo.git('checkout', '--quiet', '-b', 'feature/x');
    repo.commit('feat: add b', { 'src/b.ts': 'export const b = 2;\n' });
    feature = repo.commit('fix: change a', { 'src/a.ts': 'export const a = 10;\nexport const c = 3;\n' });
    repo.git('checkout', '--quiet', 'main');
    mainHead = repo.commit('chore: main moves on', { 'README.md': '# app\n' });
    sim = await startSimulator({ repoDir: repo.dir, checkResponses: true });
  });

  afterAll(async () => {
    await sim?.close();
    repo?.remove();
  });

  it('compares real ancestry: ahead, behind, identical, diverged, with files and patches', async () => {
    const gh = client(sim.url);
    const compare = (basehead: string) => gh.request('GET /repos/{owner}/{repo}/compare/{basehead}', { ...R, basehead });

    const diverged = (await compare('main...feature/x')).data;
    expect(diverged).toMatchObject({ status: 'diverged', ahead_by: 2, behind_by: 1, total_commits: 2 });
    expect(diverged.merge_base_commit.sha).toBe(base);
    expect(diverged.commits.map((commit) => commit.commit.message)).toEqual(['feat: add b', 'fix: change a']);
    expect(diverged.files?.map((file) => [file.filename, file.status, file.additions, file.deletions])).toEqual([
      ['src/a.ts', 'modified', 2, 1],
      ['src/b.ts', 'added', 1, 0],
    ]);
    expect(diverged.files?.[0].patch).toBe('@@ -1 +1,2 @@\n-export const a = 1;\n+export const a = 10;\n+export const c = 3;');

    expect((await compare(`v1.0.0...${feature}`)).data).toMatchObject({ status: 'ahead', ahead_by: 2, behind_by: 0 });
    expect((await compare(`${feature}...v1.0.0`)).data).toMatchObject({ status: 'behind', ahead_by: 0, behind_by: 2 });
    expect((await compare('main...main')).data).toMatchObject({ status: 'identical', ahead_by: 0, behind_by: 0, files: [] });
    expect(await statusOf(compare('main...nope'))).toBe(404);
    expect(sim.schemaProblems).toEqual([]);
  });

  it('paginates compare commits like GitHub (files on the first page only)', async () => {
    const response = await fetch(`${sim.url}/repos/acme/app/compare/main...feature%2Fx?per_page=1&page=1`);
    const body = (await response.json()) as { commits: unknown[]; files: unknown[] };
    expect(body.commits).toHaveLength(1);
    expect(body.files).toHaveLength(2);
    const next = parseLink(response.headers.get('link')).next;
    expect(next).toBe(`${sim.url}/repos/acme/app/compare/main...feature%2Fx?per_page=1&page=2`);
    const second = (await (await fetch(next)).json()) as { commits: Array<{ sha: string }>; files: unknown[] };
    expect(second.commits.map((commit) => commit.sha)).toEqual([feature]);
    expect(second.files).toEqual([]);
  });

  it('lists history newest first, paginated, and reads single commits with files', async () => {
    const gh = client(sim.url);
    const history = await gh.request('GET /repos/{owner}/{repo}/commits', { ...R, sha: 'feature/x', per_page: 2 });
    expect(history.data.map((commit) => commit.commit.message)).toEqual(['fix: change a', 'feat: add b']);
    expect(parseLink(history.headers.link).last).toContain('page=2');
    const commit = await gh.request('GET /repos/{owner}/{repo}/commits/{ref}', { ...R, ref: 'feature/x' });
    expect(commit.data.sha).toBe(feature);
    expect(commit.data.author?.login).toBe('alice');
    expect(commit.data.files?.map((file) => file.filename)).toEqual(['src/a.ts']);
    expect(await statusOf(gh.request('GET /repos/{owner}/{repo}/commits/{ref}', { ...R, ref: 'no-such-branch' }))).toBe(422);
  });

  it('creates an annotated tag through the API that plain git sees', async () => {
    const gh = client(sim.url);
    const tag = await gh.request('POST /repos/{owner}/{repo}/git/tags', {
      ...R,
      tag: 'v1.1.0',
      message: 'Release v1.1.0',
      object: mainHead,
      type: 'commit',
      tagger: { name: 'Release Bot', email: 'release@example.test', date: '2024-02-01T10:00:00Z' },
    });
    expect(tag.status).toBe(201);
    await gh.request('POST /repos/{owner}/{repo}/git/refs', { ...R, ref: 'refs/tags/v1.1.0', sha: tag.data.sha });

    expect(repo.git('cat-file', '-t', 'v1.1.0')).toBe('tag');
    expect(repo.git('rev-parse', 'v1.1.0^{commit}')).toBe(mainHead);
    expect(repo.git('tag', '-l', '--format=%(contents:subject)|%(taggername)', 'v1.1.0')).toBe('Release v1.1.0|Release Bot');
    expect(repo.git('describe', '--tags', '--exact-match', mainHead)).toBe('v1.1.0');

    const read = await gh.request('GET /repos/{owner}/{repo}/git/tags/{tag_sha}', { ...R, tag_sha: tag.data.sha });
    expect(read.data).toMatchObject({ tag: 'v1.1.0', object: { sha: mainHead, type: 'commit' }, tagger: { date: '2024-02-01T10:00:00Z' } });
    const ref = await gh.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...R, ref: 'tags/v1.1.0' });
    expect(ref.data.object).toMatchObject({ type: 'tag', sha: tag.data.sha });
    const tags = await gh.request('GET /repos/{owner}/{repo}/tags', R);
    expect(tags.data.map((entry) => [entry.name, entry.commit.sha])).toEqual([
      ['v1.1.0', mainHead],
      ['v1.0.0', base],
    ]);
    const matching = await gh.request('GET /repos/{owner}/{repo}/git/matching-refs/{ref}', { ...R, ref: 'tags/v1.1' });
    expect(matching.data.map((entry) => entry.ref)).toEqual(['refs/tags/v1.1.0']);
    expect(await statusOf(gh.request('POST /repos/{owner}/{repo}/git/refs', { ...R, ref: 'refs/tags/v1.1.0', sha: mainHead }))).toBe(422);
  });

  it('writes blobs, trees and commits, and moves refs (fast-forward only unless forced)', async () => {
    const gh = client(sim.url);
    const blob = await gh.request('POST /repos/{owner}/{repo}/git/blobs', { ...R, content: Buffer.from('binary\0ok').toString('base64'), encoding: 'base64' });
    const head = await gh.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', { ...R, commit_sha: mainHead });
    const tree = await gh.request('POST /repos/{owner}/{repo}/git/trees', {
      ...R,
      base_tree: head.data.tree.sha,
      tree: [
        { path: 'data/blob.bin', mode: '100644', type: 'blob', sha: blob.data.sha },
        { path: 'notes/hello.txt', mode: '100644', type: 'blob', content: 'hello\n' },
        { path: 'old.txt', mode: '100644', type: 'blob', sha: null },
      ],
    });
    const commit = await gh.request('POST /repos/{owner}/{repo}/git/commits', { ...R, message: 'chore: api commit', tree: tree.data.sha, parents: [mainHead] });
    await gh.request('POST /repos/{owner}/{repo}/git/refs', { ...R, ref: 'refs/heads/api', sha: commit.data.sha });

    expect(repo.git('show', 'api:notes/hello.txt')).toBe('hello');
    expect(repo.git('ls-tree', '-r', '--name-only', 'api').split('\n')).toEqual(['README.md', 'data/blob.bin', 'notes/hello.txt', 'src/a.ts']);
    expect(repo.git('log', '-1', '--format=%s|%an', 'api')).toBe('chore: api commit|github-actions[bot]');
    const readBlob = await gh.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', { ...R, file_sha: blob.data.sha });
    expect(Buffer.from(readBlob.data.content, 'base64').toString()).toBe('binary\0ok');
    const recursive = await gh.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', { ...R, tree_sha: tree.data.sha, recursive: '1' });
    expect(recursive.data.tree.map((entry) => entry.path)).toContain('notes/hello.txt');

    const notForward = await errorOf(gh.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', { ...R, ref: 'heads/api', sha: base }));
    expect(notForward).toEqual({ status: 422, data: expect.objectContaining({ message: 'Update is not a fast forward' }) });
    await gh.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', { ...R, ref: 'heads/api', sha: base, force: true });
    expect(repo.git('rev-parse', 'api')).toBe(base);
    expect(await statusOf(gh.request('DELETE /repos/{owner}/{repo}/git/refs/{ref}', { ...R, ref: 'heads/api' }))).toBe(204);
    expect(repo.git('branch', '--list', 'api')).toBe('');
    expect(await statusOf(gh.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...R, ref: 'heads/api' }))).toBe(404);
    expect(sim.schemaProblems).toEqual([]);
  });

  it('sees commits made with plain git after start (refs are never cached)', async () => {
    const sha = repo.commit('feat: later', { 'later.txt': 'x\n' });
    const gh = client(sim.url);
    const { data } = await gh.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...R, ref: 'heads/main' });
    expect(data.object.sha).toBe(sha);
  });

  it('serves pull requests with files from git diff base...head', async () => {
    sim.addPull({ number: 7, head: 'feature/x', base: 'main', user: 'alice', fork: true });
    const gh = client(sim.url);
    const pull = await gh.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { ...R, pull_number: 7 });
    expect(pull.data).toMatchObject({ number: 7, head: { sha: feature, ref: 'feature/x', repo: { fork: true } }, base: { ref: 'main' }, changed_files: 2 });
    const files = await gh.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', { ...R, pull_number: 7, per_page: 1 });
    expect(files.data.map((file) => file.filename)).toEqual(['src/a.ts']);
    expect(parseLink(files.headers.link).next).toContain('page=2');
    const listed = await gh.request('GET /repos/{owner}/{repo}/pulls', { ...R, head: 'alice:feature/x' });
    expect(listed.data.map((entry) => entry.number)).toEqual([7]);
    // The pull request is an issue too: comments go through the issues API.
    await gh.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...R, issue_number: 7, body: 'coverage report' });
    expect(sim.state.comments).toHaveLength(1);
    expect(await errorOf(gh.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { ...R, pull_number: 99 }))).toMatchObject({ status: 404 });
    expect(sim.schemaProblems).toEqual([]);
  });

  it('reads and commits files through the Contents API, and answers branches and custom refs', async () => {
    const gh = client(sim.url);
    const file = await gh.request('GET /repos/{owner}/{repo}/contents/{path}', { ...R, path: 'src/a.ts', ref: 'feature/x' });
    const data = file.data as { type: string; content: string; sha: string };
    expect(data.type).toBe('file');
    expect(Buffer.from(data.content, 'base64').toString()).toBe('export const a = 10;\nexport const c = 3;\n');

    const put = await gh.request('PUT /repos/{owner}/{repo}/contents/{path}', {
      ...R,
      path: 'coverage/snapshot.json',
      message: 'chore: coverage snapshot',
      content: Buffer.from('{"lines":90}').toString('base64'),
      branch: 'feature/x',
    });
    expect(put.status).toBe(201);
    expect(repo.git('show', 'feature/x:coverage/snapshot.json')).toBe('{"lines":90}');
    const stale = await errorOf(
      gh.request('PUT /repos/{owner}/{repo}/contents/{path}', { ...R, path: 'src/a.ts', message: 'x', content: '', sha: 'f'.repeat(40), branch: 'feature/x' }),
    );
    expect(stale.status).toBe(409);

    const branch = await gh.request('GET /repos/{owner}/{repo}/branches/{branch}', { ...R, branch: 'feature/x' });
    expect(branch.data.commit.sha).toBe(repo.git('rev-parse', 'feature/x'));

    await gh.request('POST /repos/{owner}/{repo}/git/refs', { ...R, ref: 'refs/shipgate/coverage/main', sha: mainHead });
    const custom = await gh.request('GET /repos/{owner}/{repo}/git/matching-refs/{ref}', { ...R, ref: 'shipgate/coverage/' });
    expect(custom.data.map((entry) => entry.ref)).toEqual(['refs/shipgate/coverage/main']);
    expect(sim.schemaProblems).toEqual([]);
  });
});
