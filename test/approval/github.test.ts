import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { changesSinceLatestRelease } from '../../src/approval/changes.js';
import { githubApprovalPort } from '../../src/approval/github.js';
import { createGitHub, type GitHub } from '../../src/github/client.js';
import { UserError } from '../../src/lib/errors.js';
import { startSimulator } from '../../simulator/index.mjs';

/** The approval gate's GitHub calls against the simulator, in process. */
type Sim = Awaited<ReturnType<typeof startSimulator>>;
const repo = { owner: 'acme', repo: 'app' };
let sim: Sim;
let github: GitHub;

beforeAll(async () => {
  sim = await startSimulator();
  github = createGitHub({ token: 'ghs_test', baseUrl: sim.url, retries: 0 });
});
afterAll(async () => {
  await sim.close();
});

describe('the approval port over the GitHub API', () => {
  it('opens an issue with the label and assignees, reads comments (since, all pages), comments and closes', async () => {
    const port = githubApprovalPort(github, repo);
    const issue = await port.createIssue({ title: 'Approval needed: v1', body: 'body', labels: ['shipgate-approval'], assignees: ['alice'] });
    expect(issue).toMatchObject({ number: expect.any(Number), assigned: true, state: 'open' });
    expect(sim.state.issues.at(-1)).toMatchObject({ labels: [expect.objectContaining({ name: 'shipgate-approval' })], assignees: [expect.objectContaining({ login: 'alice' })] });

    for (let i = 0; i < 105; i++) sim.addIssueComment(issue.number, { user: 'bob', body: `note ${i}`, createdAt: '2024-01-01T00:00:00Z' });
    const late = sim.addIssueComment(issue.number, { user: 'alice', body: 'approve', userType: 'User', createdAt: '2024-02-01T00:00:00Z' }) as { id: number };
    const all = await port.listComments(issue.number);
    expect(all).toHaveLength(106);
    const since = await port.listComments(issue.number, '2024-01-15T00:00:00Z');
    expect(since).toEqual([expect.objectContaining({ id: late.id, login: 'alice', userType: 'User', body: 'approve', htmlUrl: expect.stringContaining(`#issuecomment-${late.id}`) })]);

    await port.comment(issue.number, 'done');
    await port.close(issue.number, 'not_planned');
    expect(sim.state.issues.at(-1)).toMatchObject({ state: 'closed', state_reason: 'not_planned' });
  });

  it('opens the issue without assignees when GitHub refuses them', async () => {
    sim.inject({ method: 'POST', path: '/repos/acme/app/issues', status: 422, body: { message: 'Validation Failed', errors: [{ code: 'invalid', field: 'assignees' }] } });
    const issue = await githubApprovalPort(github, repo).createIssue({ title: 't', body: 'b', labels: [], assignees: ['ghost'] });
    expect(issue.assigned).toBe(false);
    expect(sim.state.issues.at(-1)).toMatchObject({ number: issue.number, assignees: [] });
  });

  it('names the operation when opening the issue fails', async () => {
    sim.inject({ method: 'POST', path: '/repos/acme/app/issues', status: 500, times: 1 });
    await expect(githubApprovalPort(github, repo).createIssue({ title: 't', body: 'b', assignees: ['alice'] })).rejects.toThrow(
      'GitHub API request failed while trying to create the approval issue (HTTP 500): Injected failure',
    );
  });

  it('sees a team only with a token that may read the org: GITHUB_TOKEN gets 404, as for a missing team', async () => {
    sim.addTeam('acme', 'ops', ['olga']);
    const team = { org: 'acme', slug: 'ops' };
    const port = githubApprovalPort(github, repo);
    expect(await port.teamVisible(team)).toBe(false);
    sim.allowOrgRead('ghs_test');
    expect(await port.teamVisible(team)).toBe(true);
    expect(await port.teamVisible({ org: 'acme', slug: 'nobody' })).toBe(false);
    const seen = sim.requests.filter((r) => r.path.startsWith('/orgs/acme/teams/')).map((r) => `${r.path} ${r.status}`);
    expect(seen).toEqual(['/orgs/acme/teams/ops 404', '/orgs/acme/teams/ops 200', '/orgs/acme/teams/nobody 404']);
  });

  it('asks GitHub about team membership and explains a token that may not read teams', async () => {
    sim.addTeam('acme', 'release', ['rita']);
    sim.allowOrgRead('ghs_test');
    const { membership } = githubApprovalPort(github, repo);
    const team = { org: 'acme', slug: 'release' };
    expect(await membership(team, 'rita')).toBe(true);
    expect(await membership(team, 'mallory')).toBe(false);
    sim.inject({ path: /\/memberships\//, status: 403, body: { message: 'Resource not accessible by integration' } });
    await expect(membership(team, 'rita')).rejects.toThrow(new UserError(
      'The github-token may not read the members of team acme/release (HTTP 403); team approvers need a token that can read organization members (a GitHub App token or a personal access token with read:org), or list the approvers\' logins instead.',
    ));
    sim.inject({ path: /\/memberships\//, status: 500 });
    await expect(membership(team, 'rita')).rejects.toThrow('while trying to check whether rita is a member of team acme/release (HTTP 500)');
  });
});

describe('commits since the latest release', () => {
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: sim.repoDir,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_NAME: 'Alice', GIT_AUTHOR_EMAIL: 'alice@example.com', GIT_COMMITTER_NAME: 'Alice', GIT_COMMITTER_EMAIL: 'alice@example.com' },
    }).trim();

  it('is left out when there is no release yet or no commit', async () => {
    const logs: string[] = [];
    expect(await changesSinceLatestRelease(github, repo, git('rev-parse', 'HEAD'), (m) => logs.push(m))).toBeUndefined();
    expect(await changesSinceLatestRelease(github, repo, '', (m) => logs.push(m))).toBeUndefined();
    expect(logs).toEqual([]);
  });

  it('lists the first commits of the range and counts them all', async () => {
    await github.request('POST /repos/{owner}/{repo}/releases', { ...repo, tag_name: 'v1.0.0', target_commitish: 'main' });
    for (const subject of ['feat: one', 'fix: two', 'chore: three']) git('commit', '--allow-empty', '--quiet', '-m', `${subject}\n\nbody`);
    const head = git('rev-parse', 'HEAD');
    const changes = await changesSinceLatestRelease(github, repo, head, () => undefined, 2);
    expect(changes).toMatchObject({ base: 'v1.0.0', total: 3, commits: [{ subject: 'feat: one' }, { subject: 'fix: two' }] });
    expect(changes!.compareUrl).toContain('v1.0.0...');
  });

  it('logs and leaves the list out when the comparison fails', async () => {
    const logs: string[] = [];
    sim.inject({ path: /\/compare\//, status: 500 });
    expect(await changesSinceLatestRelease(github, repo, git('rev-parse', 'HEAD'), (m) => logs.push(m))).toBeUndefined();
    expect(logs[0]).toMatch(/^The commits since the latest release are left out of the issue: GitHub API request failed while trying to compare/);
  });
});
