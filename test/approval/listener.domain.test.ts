import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { requireEnvironmentReviewers } from '../../src/approval/environment.js';
import { githubApprovalPort, githubListenerPort } from '../../src/approval/github.js';
import { answerComment, closeExpired, type ListenerOptions, type ListenerPort } from '../../src/approval/listener.js';
import { APPROVAL_LABEL } from '../../src/approval/plan.js';
import { commitHint, findRequest, outcomeDescription, parseRequestDescription, requestDescription } from '../../src/approval/request.js';
import { createGitHub, type GitHub } from '../../src/github/client.js';
import { readEnvironmentProtection } from '../../src/github/environments.js';
import { UserError } from '../../src/lib/errors.js';
import { startSimulator } from '../../simulator/index.mjs';

/**
 * The approval listener's domain functions run in this process against the GitHub API simulator
 * (the bundles are tested in listener.action.test.ts): the request is opened and recorded with
 * the same port the action uses, then answerComment / closeExpired decide from real comments.
 */
type Sim = Awaited<ReturnType<typeof startSimulator>>;
type Issue = { number: number; body: string; state: string; state_reason: string | null; html_url: string };
type Status = { context: string; state: string; description: string; target_url: string; sha: string };

const HOUR = 3_600_000;
const ORG_READER = 'ghp_reads_org';

let sim: Sim;
let sha: string;
let github: GitHub;
let port: ListenerPort;
let warnings: string[];
let infos: string[];
beforeEach(async () => {
  sim = await startSimulator();
  sha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: sim.repoDir, encoding: 'utf8' }).trim();
  github = createGitHub({ token: 'ghs_workflow', baseUrl: sim.url, retries: 0 });
  port = githubListenerPort(github, { owner: sim.owner, repo: sim.repo });
  warnings = [];
  infos = [];
});
afterEach(async () => {
  await sim.close();
});

const issues = () => sim.state.issues as Issue[];
const statuses = () => (sim.state.commitStatuses as Status[]).filter((status) => status.context === 'shipgate/approval');
const say = (issue: number, user: string, body: string) => sim.addIssueComment(issue, { user, body });

const options = (overrides: Partial<ListenerOptions> = {}): ListenerOptions => ({
  rules: { users: ['alice', 'bob'], teams: [], minimumApprovals: 1, allowSelfApproval: false },
  timeoutMs: 72 * HOUR,
  now: Date.now(),
  runUrl: `${sim.url}/acme/app/actions/runs/9`,
  port,
  log: { info: (message) => infos.push(message), warning: (message) => warnings.push(message) },
  ...overrides,
});

/** What mode request does: open the labelled issue naming the commit, then record it as a bot's status. */
async function requested(startedBy = ['octo-dev']): Promise<{ number: number; htmlUrl: string }> {
  const opened = await githubApprovalPort(github, { owner: sim.owner, repo: sim.repo }).createIssue({
    title: 'Deploy to production',
    body: `Waiting to deploy [${sha.slice(0, 7)}](https://github.com/acme/app/commit/${sha}).`,
    labels: [APPROVAL_LABEL.name],
  });
  await port.setStatus(sha, 'pending', requestDescription(opened.number, startedBy), opened.htmlUrl);
  return opened;
}

describe('answerComment against the simulator', () => {
  it('returns the recorded commit for an approver, closes the issue as completed and marks the status success', async () => {
    const { number } = await requested();
    say(number, 'alice', 'approve');
    const result = await answerComment(number, options());
    expect(result).toMatchObject({ outcome: 'approved', issue: number, sha, approvers: ['alice'] });
    expect(result.message).toContain(`${sha.slice(0, 7)} was approved by alice`);
    expect(issues().at(-1)).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(statuses().map((status) => [status.state, status.description])).toEqual([
      ['pending', `Waiting for approval in #${number}; started by octo-dev`],
      ['success', `Approved in #${number} by alice`],
    ]);
    // The claim ref names the recorded commit, so a second claim loses.
    expect(execFileSync('git', ['rev-parse', `refs/shipgate/approvals/${number}`], { cwd: sim.repoDir, encoding: 'utf8' }).trim()).toBe(sha);
    await expect(port.claim(number, sha)).resolves.toBe(false);
    // A later comment finds the issue closed: decided once.
    const again = await answerComment(number, options());
    expect(again).toMatchObject({ outcome: 'ignored', approvers: [] });
    expect(again.sha).toBeUndefined();
  });

  it('deploys nothing when another run claimed the approval first', async () => {
    const { number } = await requested();
    say(number, 'bob', 'approve');
    await expect(port.claim(number, sha)).resolves.toBe(true);
    const result = await answerComment(number, options());
    expect(result).toMatchObject({ outcome: 'ignored', approvers: [] });
    expect(result.sha).toBeUndefined();
    expect(result.message).toBe(`Another run already took the approval in #${number}; it deploys ${sha.slice(0, 7)}.`);
    expect(issues().at(-1)!.state).toBe('open');
    expect(statuses().map((status) => status.state)).toEqual(['pending']);
  });

  it('keeps waiting on a non-approver or the starter: no commit, issue open, no new status', async () => {
    const { number } = await requested();
    say(number, 'mallory', 'approve');
    say(number, 'octo-dev', 'approve');
    const result = await answerComment(number, options({ rules: { users: ['alice', 'octo-dev'], teams: [], minimumApprovals: 1, allowSelfApproval: false } }));
    expect(result).toMatchObject({ outcome: 'waiting', approvers: [] });
    expect(result.sha).toBeUndefined();
    expect(infos).toEqual([result.message]);
    expect(issues().at(-1)!.state).toBe('open');
    expect(statuses().map((status) => status.state)).toEqual(['pending']);
    expect(sim.writes().some((entry) => entry.path.includes('/git/refs'))).toBe(false);
  });

  it('closes the issue as not planned on a deny and names the denier', async () => {
    const { number } = await requested();
    say(number, 'bob', 'deny\nerror budget spent');
    const result = await answerComment(number, options());
    expect(result).toMatchObject({ outcome: 'denied', approvers: [] });
    expect(result.sha).toBeUndefined();
    expect(result.message).toMatch(/^bob denied [0-9a-f]{7} in .*; nothing is deployed\.$/);
    expect(issues().at(-1)).toMatchObject({ state: 'closed', state_reason: 'not_planned' });
    expect(statuses().map((status) => [status.state, status.description])).toEqual([
      ['pending', expect.any(String)],
      ['failure', `Denied in #${number} by bob`],
    ]);
  });

  it('times out past the deadline even with an approval', async () => {
    const { number } = await requested();
    say(number, 'alice', 'approve');
    const result = await answerComment(number, options({ now: Date.now() + 73 * HOUR }));
    expect(result).toMatchObject({ outcome: 'timed-out', approvers: [] });
    expect(issues().at(-1)).toMatchObject({ state: 'closed', state_reason: 'not_planned' });
    expect(statuses().map((status) => status.state)).toEqual(['pending', 'failure']);
  });

  it('counts a team member with the org-reading token', async () => {
    sim.addTeam('acme', 'release-managers', ['rita']);
    sim.allowOrgRead(ORG_READER);
    const teams = createGitHub({ token: ORG_READER, baseUrl: sim.url, retries: 0 });
    const { number } = await requested();
    say(number, 'rita', 'approve');
    const rules = { users: [], teams: [{ org: 'acme', slug: 'release-managers' }], minimumApprovals: 1, allowSelfApproval: false };
    const withTeams = githubListenerPort(github, { owner: sim.owner, repo: sim.repo }, teams);
    await expect(answerComment(number, options({ rules, port: withTeams }))).resolves.toMatchObject({ outcome: 'approved', sha, approvers: ['rita'] });
  });

  it('deploys nothing when the issue text names a commit without a record, or when the issue is not an approval issue', async () => {
    const { number } = await requested();
    const other = execFileSync('git', ['commit-tree', `${sha}^{tree}`, '-m', 'other'], { cwd: sim.repoDir, encoding: 'utf8' }).trim();
    issues().at(-1)!.body = issues().at(-1)!.body.replaceAll(sha, other);
    say(number, 'alice', 'approve');
    await expect(answerComment(number, options())).rejects.toThrow(new RegExp(`^Issue #${number} has no approval record on commit ${other.slice(0, 7)} `));
    expect(issues().at(-1)!.state).toBe('open');

    const plain = sim.addIssue({ title: 'A bug', body: `See /commit/${sha}` }) as { number: number };
    await expect(answerComment(plain.number, options())).resolves.toMatchObject({ outcome: 'ignored', message: `Issue #${plain.number} is not an approval issue; nothing to do.` });
  });
});

describe('closeExpired against the simulator', () => {
  it('closes only the issues past their deadline and warns about an issue without a record', async () => {
    const { number } = await requested();
    const stray = sim.addIssue({ title: 'Looks like an approval', body: 'no commit here', labels: [APPROVAL_LABEL.name] }) as { number: number };
    expect(await closeExpired(options())).toEqual([]);
    expect(issues().find((issue) => issue.number === number)!.state).toBe('open');

    const closed = await closeExpired(options({ now: Date.now() + 73 * HOUR }));
    expect(closed).toEqual([expect.objectContaining({ outcome: 'timed-out', issue: number })]);
    expect(issues().find((issue) => issue.number === number)).toMatchObject({ state: 'closed', state_reason: 'not_planned' });
    expect(statuses().map((status) => [status.state, status.description])).toEqual([
      ['pending', expect.any(String)],
      ['failure', `Timed out in #${number}`],
    ]);
    expect(warnings).toContainEqual(expect.stringMatching(new RegExp(`^Issue #${stray.number} has no approval record \\(`)));
  });
});

describe('the request record', () => {
  it('round-trips the description and refuses one too long to hold every starter', () => {
    expect(parseRequestDescription(requestDescription(12, ['Octo-Dev', 'bot']))).toEqual({ issue: 12, startedBy: ['octo-dev', 'bot'] });
    expect(parseRequestDescription(requestDescription(3, []))).toEqual({ issue: 3, startedBy: [] });
    expect(parseRequestDescription('Approved in #3 by alice')).toBeUndefined();
    expect(() => requestDescription(1, Array.from({ length: 20 }, (_, i) => `starter-${i}`))).toThrow(/longer than a commit status description/);
    expect(commitHint(`x/commit/${'a'.repeat(40)} y`)).toBe('a'.repeat(40));
    expect(commitHint('no commit')).toBeUndefined();
  });

  it('ignores a forged status created by a person and reads the newest state of the bot\'s record', async () => {
    const { number, htmlUrl } = await requested();
    sim.addCommitStatus(sha, { context: 'shipgate/approval', state: 'success', description: `Waiting for approval in #${number}; started by nobody`, target_url: htmlUrl, creator: { login: 'mallory', type: 'User' } });
    const request = findRequest(await port.statuses(sha), sha, { number, htmlUrl });
    expect(request).toMatchObject({ issue: number, sha, startedBy: ['octo-dev'], state: 'pending' });
    expect(findRequest(await port.statuses(sha), sha, { number: number + 1, htmlUrl })).toBeUndefined();
  });

  it('shortens an outcome description to what GitHub keeps', () => {
    const text = outcomeDescription('approved', 1, Array.from({ length: 30 }, (_, i) => `approver-${i}`));
    expect(text).toHaveLength(140);
    expect(text.endsWith('…')).toBe(true);
  });
});

describe('requireEnvironmentReviewers with the protection the simulator reports', () => {
  const repo = () => ({ owner: sim.owner, repo: sim.repo });
  const check = async (name: string) => requireEnvironmentReviewers(name, await readEnvironmentProtection(github, repo(), name));

  it('refuses a missing environment in one sentence', async () => {
    const error = await check('production').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/^Environment "production" does not exist, so GitHub would create it without required reviewers and the deploy would run unapproved: [^\n]*\.$/);
  });

  it('refuses an environment with only a wait timer', async () => {
    sim.addEnvironment('production', { wait_timer: 5 });
    await expect(check('production')).rejects.toThrow(/^Environment "production" has no required reviewers, so the deploy would run unapproved: .*approval: issue/);
  });

  it('names the reviewers who hold the deploy, and says when the starter cannot approve', async () => {
    sim.addEnvironment('production', { reviewers: ['alice', 'acme/sre'], prevent_self_review: true });
    await expect(check('production')).resolves.toBe('Environment "production" holds each deploy until one of alice or acme/sre approves it; whoever started the run cannot approve it.');
    sim.addEnvironment('staging', { reviewers: ['bob'] });
    await expect(check('staging')).resolves.toBe('Environment "staging" holds each deploy until one of bob approves it.');
  });
});
