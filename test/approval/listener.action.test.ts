import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { runAction, errorsOf } from '../../scripts/lib/run-action.mjs';
import { startSimulator } from '../../simulator/index.mjs';

/**
 * Approval that holds no runner while it waits: mode request opens the issue and ends; mode
 * listen is one short run per comment (and per schedule). Built bundles against the simulator.
 */
type Sim = Awaited<ReturnType<typeof startSimulator>>;
jest.setTimeout(90_000);
type Issue = { number: number; body: string; state: string; state_reason: string | null; html_url: string };
type Status = { context: string; state: string; description: string; target_url: string; sha: string };

let sim: Sim;
let sha: string;
beforeEach(async () => {
  sim = await startSimulator();
  sha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: sim.repoDir, encoding: 'utf8' }).trim();
});
afterEach(async () => {
  await sim.close();
});

const starter = { GITHUB_ACTOR: 'octo-dev', GITHUB_TRIGGERING_ACTOR: 'octo-dev' };
type Result = Omit<Awaited<ReturnType<typeof runAction>>, 'outputs'> & { outputs: Record<string, string> };
const run = async (...args: Parameters<typeof runAction>): Promise<Result> => await runAction(...args);
const request = (inputs: Record<string, string> = {}) =>
  run('approval', { inputs: { mode: 'request', approvers: 'alice, bob', environment: 'production', 'timeout-minutes': '72h', ...inputs }, apiUrl: sim.url, sha, env: starter });
const listen = (issue: number, commentBody: string, inputs: Record<string, string> = {}) =>
  run('approval', {
    inputs: { mode: 'listen', approvers: 'alice, bob', 'timeout-minutes': '72h', ...inputs },
    apiUrl: sim.url,
    eventName: 'issue_comment',
    event: { action: 'created', issue: { number: issue }, comment: { body: commentBody } },
    // The listener runs on the default branch, whoever comments: never the recorded commit.
    env: { GITHUB_ACTOR: 'someone', GITHUB_TRIGGERING_ACTOR: 'someone' },
  });
const issues = () => sim.state.issues as Issue[];
const statuses = () => (sim.state.commitStatuses as Status[]).filter((status) => status.context === 'shipgate/approval');
const say = (issue: number, user: string, body: string) => sim.addIssueComment(issue, { user, body }) as { id: number };

async function requested(): Promise<number> {
  const result = await request();
  expect(errorsOf(result)).toEqual([]);
  expect(result.exitCode).toBe(0);
  return Number(result.outputs['issue-number']);
}

describe('approval mode request: opens the issue, records it, ends at once', () => {
  it('opens the issue and sets a pending shipgate/approval status naming it and who started the run', async () => {
    const result = await request();
    expect(result.exitCode).toBe(0);
    const issue = issues().at(-1)!;
    expect(result.outputs).toMatchObject({ approved: 'false', 'issue-number': String(issue.number) });
    expect(issue.state).toBe('open');
    expect(statuses()).toEqual([expect.objectContaining({ sha, state: 'pending', target_url: issue.html_url, description: `Waiting for approval in #${issue.number}; started by octo-dev` })]);
    expect(result.stdout).toMatch(new RegExp(`^::notice::.* is waiting for approval in ${issue.html_url}; the approval listener deploys it once approved`, 'm'));
    expect(result.summary).toContain('No runner waits meanwhile.');
    // No polling: the only reads of comments are none at all.
    expect(sim.requests.filter((r) => r.path.endsWith('/comments'))).toEqual([]);
  });

  it('reuses the open issue of the same commit on a re-run', async () => {
    const first = await requested();
    const second = await requested();
    expect(second).toBe(first);
    expect(issues()).toHaveLength(1);
    expect(statuses()).toHaveLength(1);
  });
});

describe('approval mode listen: one short run per comment', () => {
  it('approves with an allowed approver\'s comment: outputs the recorded commit, closes the issue, marks the status', async () => {
    const issue = await requested();
    say(issue, 'alice', 'approve');
    const result = await listen(issue, 'approve');
    expect(errorsOf(result)).toEqual([]);
    expect(result.outputs).toEqual({ approved: 'true', approvers: 'alice', 'issue-number': String(issue), sha });
    expect(issues().at(-1)).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(statuses().map((status) => status.state)).toEqual(['pending', 'success']);
  });

  it('deploys nothing for a non-approver, for the person who started the run, or for an edited comment', async () => {
    const issue = await requested();
    say(issue, 'mallory', 'approve');
    say(issue, 'octo-dev', 'approve');
    const edited = say(issue, 'bob', 'looking');
    sim.editComment(edited.id, { body: 'approve', updatedAt: '2999-01-01T00:00:00Z' });
    for (const body of ['approve', 'approve', 'approve']) {
      const result = await listen(issue, body, { approvers: 'alice, bob, octo-dev' });
      expect(result.outputs).toMatchObject({ approved: 'false', sha: '' });
    }
    expect(issues().at(-1)!.state).toBe('open');
    expect(statuses().map((status) => status.state)).toEqual(['pending']);
  });

  it('counts again on a comment that is not an answer (a cancelled pending run loses no answer), and ends at once on an edit', async () => {
    const issue = await requested();
    say(issue, 'alice', 'approve');
    const chatter = await listen(issue, 'thanks, looking at the dashboards');
    expect(chatter.outputs).toMatchObject({ approved: 'true', sha });
    sim.clearRequests();
    const edit = await run('approval', {
      inputs: { mode: 'listen', approvers: 'alice' },
      apiUrl: sim.url,
      eventName: 'issue_comment',
      event: { action: 'edited', issue: { number: issue }, comment: { body: 'approve' } },
    });
    expect(edit.outputs).toMatchObject({ approved: 'false' });
    expect(sim.requests).toEqual([]);
  });

  it('closes the issue as not planned on a deny', async () => {
    const issue = await requested();
    say(issue, 'bob', 'deny\nerror budget spent');
    const result = await listen(issue, 'deny');
    expect(result.outputs).toMatchObject({ approved: 'false', sha: '' });
    expect(issues().at(-1)).toMatchObject({ state: 'closed', state_reason: 'not_planned' });
    expect(statuses().map((status) => status.state)).toEqual(['pending', 'failure']);
  });

  it('deploys nothing when the issue text was edited to name another commit', async () => {
    const issue = await requested();
    const other = execFileSync('git', ['commit-tree', `${sha}^{tree}`, '-m', 'other'], { cwd: sim.repoDir, encoding: 'utf8' }).trim();
    const stored = issues().at(-1)!;
    stored.body = stored.body.replaceAll(sha, other);
    say(issue, 'alice', 'approve');
    const result = await listen(issue, 'approve');
    expect(result.exitCode).toBe(1);
    expect(errorsOf(result)[0]).toMatch(new RegExp(`^Issue #${issue} has no approval record on commit ${other.slice(0, 7)} .*nothing is deployed`));
    expect(result.outputs).not.toMatchObject({ approved: 'true' });
    expect(issues().at(-1)!.state).toBe('open');
  });

  it('ignores a forged record: a shipgate/approval status created by a person, not the workflow', async () => {
    const issue = await requested();
    const stored = issues().at(-1)!;
    const other = execFileSync('git', ['commit-tree', `${sha}^{tree}`, '-m', 'forged'], { cwd: sim.repoDir, encoding: 'utf8' }).trim();
    sim.addCommitStatus(other, { context: 'shipgate/approval', state: 'pending', description: `Waiting for approval in #${issue}; started by nobody`, target_url: stored.html_url, creator: { login: 'mallory', type: 'User' } });
    stored.body = stored.body.replaceAll(sha, other);
    say(issue, 'alice', 'approve');
    const result = await listen(issue, 'approve');
    expect(result.exitCode).toBe(1);
    expect(result.outputs).not.toMatchObject({ approved: 'true' });
  });

  it('approves once when two approval comments start two listeners at the same moment', async () => {
    const issue = await requested();
    say(issue, 'alice', 'approve');
    say(issue, 'bob', 'approve');
    const results = await Promise.all([listen(issue, 'approve'), listen(issue, 'approve')]);
    expect(results.map((result) => result.exitCode)).toEqual([0, 0]);
    expect(results.filter((result) => result.outputs.approved === 'true')).toHaveLength(1);
    expect(statuses().filter((status) => status.state === 'success')).toHaveLength(1);
  });

  it('closes issues past their deadline on a scheduled run, and leaves younger ones open', async () => {
    const issue = await requested();
    const young = await listen(issue, 'approve'); // nobody approved yet: waits
    expect(young.outputs).toMatchObject({ approved: 'false' });
    const sweep = (timeout: string) =>
      run('approval', { inputs: { mode: 'listen', approvers: 'alice, bob', 'timeout-minutes': timeout }, apiUrl: sim.url, eventName: 'schedule', event: {} });
    await sweep('72h');
    expect(issues().at(-1)!.state).toBe('open');
    // The request was recorded four days ago (the status's created_at is the clock that counts).
    (sim.state.commitStatuses as Array<Status & { created_at: string }>)[0].created_at = new Date(Date.now() - 4 * 24 * 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const result = await sweep('72h');
    expect(errorsOf(result)).toEqual([]);
    expect(issues().at(-1)).toMatchObject({ state: 'closed', state_reason: 'not_planned' });
    expect(statuses().map((status) => status.state)).toEqual(['pending', 'failure']);
    expect(result.summary).toContain('1 approval issue closed as timed out.');
  });

  it('reads team approvers with teams-token and writes everything with the workflow token', async () => {
    sim.addTeam('acme', 'release-managers', ['rita']);
    sim.allowOrgRead('ghp_reads_org');
    const teamInputs = { approvers: 'acme/release-managers', 'teams-token': 'ghp_reads_org' };
    const opened = await request(teamInputs);
    expect(errorsOf(opened)).toEqual([]);
    const issue = Number(opened.outputs['issue-number']);
    say(issue, 'rita', 'approve');
    const result = await listen(issue, 'approve', teamInputs);
    expect(result.outputs).toMatchObject({ approved: 'true', approvers: 'rita', sha });
    // Without teams-token the workflow token cannot see the team: the listener stops at once.
    const unseen = await request({ approvers: 'acme/release-managers' });
    expect(unseen.exitCode).toBe(1);
  });
});

