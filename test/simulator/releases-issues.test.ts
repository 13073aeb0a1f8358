import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSimulator } from '../../simulator/index.mjs';
import { TestRepo, client, errorOf, parseLink, statusOf } from './fixture.js';

type Simulator = Awaited<ReturnType<typeof startSimulator>>;

describe('simulator: releases, issues and people', () => {
  let repo: TestRepo;
  let sim: Simulator;
  let v1: string;
  const R = { owner: 'acme', repo: 'app' };

  beforeAll(async () => {
    repo = new TestRepo();
    v1 = repo.commit('feat: first', { 'a.txt': 'a\n' });
    repo.git('tag', '-a', 'v1.0.0', '-m', 'v1.0.0');
    repo.commit('feat: add login', { 'b.txt': 'b\n' }, 'Bob Builder <123+bob@users.noreply.github.com>');
    repo.commit('fix: handle empty input', { 'c.txt': 'c\n' });
    sim = await startSimulator({ repoDir: repo.dir, checkResponses: true });
  });

  afterAll(async () => {
    await sim?.close();
    repo?.remove();
  });

  it('creates releases, finds them by tag and as latest, and refuses a second release for a tag', async () => {
    const gh = client(sim.url);
    const first = await gh.request('POST /repos/{owner}/{repo}/releases', { ...R, tag_name: 'v1.0.0', name: 'v1.0.0', make_latest: 'true' });
    expect(first.status).toBe(201);
    const duplicate = await errorOf(gh.request('POST /repos/{owner}/{repo}/releases', { ...R, tag_name: 'v1.0.0' }));
    expect(duplicate.status).toBe(422);
    expect(duplicate.data.errors).toEqual([{ resource: 'Release', field: 'tag_name', code: 'already_exists' }]);

    // Publishing a release for a missing tag creates the tag at target_commitish.
    const second = await gh.request('POST /repos/{owner}/{repo}/releases', {
      ...R,
      tag_name: 'v1.1.0',
      target_commitish: 'main',
      generate_release_notes: true,
      make_latest: 'false',
    });
    expect(repo.git('rev-parse', 'v1.1.0')).toBe(repo.git('rev-parse', 'main'));
    expect(second.data.body).toContain('* feat: add login by @bob');
    expect(second.data.body).toContain('* fix: handle empty input by @alice');
    expect(second.data.body).not.toContain('feat: first');

    expect((await gh.request('GET /repos/{owner}/{repo}/releases/latest', R)).data.tag_name).toBe('v1.0.0');
    await gh.request('PATCH /repos/{owner}/{repo}/releases/{release_id}', { ...R, release_id: second.data.id, make_latest: 'true' });
    expect((await gh.request('GET /repos/{owner}/{repo}/releases/latest', R)).data.tag_name).toBe('v1.1.0');

    expect((await gh.request('GET /repos/{owner}/{repo}/releases/tags/{tag}', { ...R, tag: 'v1.0.0' })).data.id).toBe(first.data.id);
    expect(await statusOf(gh.request('GET /repos/{owner}/{repo}/releases/tags/{tag}', { ...R, tag: 'v9.9.9' }))).toBe(404);
    const list = await gh.request('GET /repos/{owner}/{repo}/releases', R);
    expect(list.data.map((release) => release.tag_name)).toEqual(['v1.1.0', 'v1.0.0']);
    expect(sim.schemaProblems).toEqual([]);
  });

  it('generates release notes between two tags', async () => {
    const { data } = await client(sim.url).request('POST /repos/{owner}/{repo}/releases/generate-notes', {
      ...R,
      tag_name: 'v1.1.0',
      previous_tag_name: 'v1.0.0',
    });
    expect(data.name).toBe('v1.1.0');
    expect(data.body.split('\n')).toEqual([
      "## What's Changed",
      '* feat: add login by @bob',
      '* fix: handle empty input by @alice',
      '',
      '',
      `**Full Changelog**: ${sim.url}/acme/app/compare/v1.0.0...v1.1.0`,
    ]);
    expect(v1).toMatch(/^[0-9a-f]{40}$/);
  });

  it('runs an approval conversation: issue, scripted human comments, edits, paging, closing', async () => {
    const gh = client(sim.url);
    const issue = await gh.request('POST /repos/{owner}/{repo}/issues', { ...R, title: 'Approve production', labels: ['shipgate-approval'] });
    const number = issue.data.number;
    await gh.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...R, issue_number: number, body: 'Waiting for approval' });
    sim.addTeam('acme', 'release-managers', ['bob', 'carol']);
    sim.setPermission('bob', 'write');
    const approval = sim.addIssueComment(number, { user: 'bob', body: 'approve' });
    sim.addIssueComment(number, { user: 'mallory', body: 'approve', userType: 'User' });
    sim.editComment(approval.id, { body: 'lgtm' });

    const comments = await gh.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...R, issue_number: number, per_page: 2 });
    expect(comments.data.map((comment) => [comment.user?.login, comment.body])).toEqual([
      ['github-actions[bot]', 'Waiting for approval'],
      ['bob', 'lgtm'],
    ]);
    expect(comments.data[1].author_association).toBe('MEMBER');
    expect(comments.data[0].user?.type).toBe('Bot');
    expect(parseLink(comments.headers.link).next).toContain('page=2');
    const future = await gh.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...R, issue_number: number, since: '2999-01-01T00:00:00Z' });
    expect(future.data).toEqual([]);

    const tooLong = await errorOf(gh.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...R, issue_number: number, body: 'x'.repeat(65537) }));
    expect(tooLong.status).toBe(422);
    expect(await statusOf(gh.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...R, issue_number: number, body: 'x'.repeat(65536) }))).toBe(201);

    const closed = await gh.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { ...R, issue_number: number, state: 'closed', state_reason: 'completed' });
    expect(closed.data).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(closed.data.closed_at).toMatch(/Z$/);
    const open = await gh.request('GET /repos/{owner}/{repo}/issues', { ...R, labels: 'shipgate-approval' });
    expect(open.data).toEqual([]);
    const all = await gh.request('GET /repos/{owner}/{repo}/issues', { ...R, labels: 'shipgate-approval', state: 'all' });
    expect(all.data.map((entry) => entry.number)).toEqual([number]);
    expect(sim.schemaProblems).toEqual([]);
  });

  it('answers team membership and collaborator permission', async () => {
    const gh = client(sim.url);
    sim.allowOrgRead('ghs_test'); // teams answer 404 to a token without read:org (environments-teams.test.ts)
    const member = await gh.request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', { org: 'acme', team_slug: 'release-managers', username: 'carol' });
    expect(member.data).toMatchObject({ state: 'active', role: 'member' });
    expect(await statusOf(gh.request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', { org: 'acme', team_slug: 'release-managers', username: 'mallory' }))).toBe(404);
    const bob = await gh.request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', { ...R, username: 'bob' });
    expect(bob.data).toMatchObject({ permission: 'write', role_name: 'write', user: { login: 'bob' } });
    sim.setPermission('dave', 'maintain');
    const dave = await gh.request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', { ...R, username: 'dave' });
    expect(dave.data).toMatchObject({ permission: 'write', role_name: 'maintain' });
    const nobody = await gh.request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', { ...R, username: 'nobody' });
    expect(nobody.data.permission).toBe('none');
    expect(sim.schemaProblems).toEqual([]);
  });
});
