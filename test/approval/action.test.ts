import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import type { ChildProcess } from 'node:child_process';
import { runAction, errorsOf } from '../../scripts/lib/run-action.mjs';
import { startSimulator } from '../../simulator/index.mjs';

/**
 * The built approval bundle (dist/approval/index.js) run as the runner runs it, against the
 * simulator; the test plays the humans, commenting on the issue while the action polls.
 */
type Sim = Awaited<ReturnType<typeof startSimulator>>;
// Each run is a Node process polling a server: slow on a busy machine, so generous limits.
jest.setTimeout(90_000);
type Issue = { number: number; title: string; body: string; state: string; state_reason: string | null; labels: Array<{ name: string }>; assignees: Array<{ login: string }> };
type Comment = { id: number; body: string; user: { login: string } };

let sim: Sim;
beforeEach(async () => {
  sim = await startSimulator();
  ended = new Promise(() => undefined);
});
afterEach(async () => {
  await sim.close();
});

type Result = Omit<Awaited<ReturnType<typeof runAction>>, 'outputs'> & { outputs: Record<string, string> };
/** Resolves when the run in progress ends, so a wait can tell that it never will be met (and show why). */
let ended: Promise<Result>;

/** Waits for what the simulator saw (checked after each request it handles), never for a timer. */
async function until<T>(what: string, probe: () => T | undefined | false): Promise<T> {
  const first = await Promise.race([sim.waitFor(probe).then((value) => ({ value })), ended.then((result) => ({ result }))]);
  if ('result' in first) throw new Error(`The action ended (exit ${first.result.exitCode}) before ${what}:\n${first.result.stdout}${first.result.stderr}`);
  return first.value;
}

const issue = (): Issue | undefined => (sim.state.issues as Issue[]).at(-1);
const comments = (number: number): Comment[] => (sim.state.comments as Array<Comment & { issue_number: number }>).filter((c) => c.issue_number === number);
const polls = (number: number) => sim.requests.filter((r) => r.method === 'GET' && r.path === `/repos/acme/app/issues/${number}/comments`).length;

/** Wait for the approval issue, then for `more` further reads of its comments. */
async function afterPolls(more = 1): Promise<number> {
  const { number } = await until('the approval issue', issue);
  const seen = polls(number);
  await until(`${more} more poll(s) of issue #${number}`, () => polls(number) >= seen + more);
  return number;
}

const say = (number: number, user: string, body: string): number => (sim.addIssueComment(number, { user, body }) as { id: number }).id;

async function approve(inputs: Record<string, string>, options: { env?: Record<string, string>; event?: object; onSpawn?: (child: ChildProcess) => void } = {}): Promise<Result> {
  const running = runAction('approval', {
    inputs: { 'poll-interval': '200ms', 'timeout-minutes': '45s', environment: 'production', version: 'v1.4.0', ...inputs },
    apiUrl: sim.url,
    env: { GITHUB_ACTOR: 'octo-dev', GITHUB_TRIGGERING_ACTOR: 'octo-dev', ...options.env },
    event: options.event,
    onSpawn: options.onSpawn,
    timeoutMs: 80_000,
  });
  ended = running;
  return running;
}

describe('approval action (built bundle against the simulator)', () => {
  it('ignores a non-approver, counts a listed approver and closes the issue as completed', async () => {
    const running = approve({ approvers: 'alice, bob', body: '### Coverage\n91.2 % of lines\n\n### Staging\nverified: health 200, p95 140 ms' });
    const number = await afterPolls();
    say(number, 'mallory', 'approve');
    await afterPolls(2);
    say(number, 'alice', 'LGTM!\nstaging numbers look fine');
    const result = await running;

    expect(errorsOf(result)).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toEqual({ approved: 'true', approvers: 'alice', 'issue-number': String(number) });
    const opened = issue()!;
    expect(opened.title).toBe('Approval needed: v1.4.0 to production');
    expect(opened.body).toContain('91.2 % of lines');
    expect(opened.body).toContain('https://github.com/acme/app/actions/runs/4242');
    expect(opened.labels.map((l) => l.name)).toEqual(['shipgate-approval']);
    expect(opened.assignees.map((a) => a.login)).toEqual(['alice', 'bob']);
    expect(opened.state).toBe('closed');
    expect(opened.state_reason).toBe('completed');
    expect(comments(number).at(-1)!.body).toMatch(/^✅ \*\*Approved\*\* by alice/);
    expect(result.stdout).toContain('Ignoring approve from mallory');
    expect(result.stdout).toMatch(/0 of 1 approval; waiting for alice or bob/);
    expect(result.summary).toContain('| mallory | approve |');
    expect(result.summary).toMatch(/\| alice \| approve \| \d{4}-\d\d-\d\dT[\d:]+Z \| \[comment\]\(http:\/\/127\.0\.0\.1:\d+\/acme\/app\/issues\/\d+#issuecomment-\d+\) \| yes \(listed approver\) \|/);
  });

  it('never counts the person who started the run (actor, triggering actor, event sender)', async () => {
    const running = approve(
      { approvers: 'alice\nbob\ncarol\ndave' },
      { env: { GITHUB_ACTOR: 'alice', GITHUB_TRIGGERING_ACTOR: 'bob' }, event: { sender: { login: 'carol' } } },
    );
    const number = await afterPolls();
    say(number, 'alice', 'approve');
    say(number, 'bob', 'approve');
    say(number, 'carol', 'approve');
    await afterPolls(2);
    expect(issue()!.state).toBe('open');
    say(number, 'dave', 'approve');
    const result = await running;

    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ approved: 'true', approvers: 'dave' });
    expect(issue()!.assignees.map((a) => a.login)).toEqual(['dave']);
    expect(result.stdout).toContain('Ignoring approve from alice');
    expect(result.stdout).toContain('Ignoring approve from carol');
    expect(result.summary).toContain('| bob | approve |');
    expect(result.summary).toContain('no: started the run');
  });

  it('needs two distinct approvers for minimum-approvals 2', async () => {
    const running = approve({ approvers: 'alice, bob, carol', 'minimum-approvals': '2' });
    const number = await afterPolls();
    say(number, 'alice', 'approve');
    await afterPolls(2);
    say(number, 'alice', '/approve');
    await afterPolls(2);
    expect(issue()!.state).toBe('open');
    say(number, 'bob', 'Approved.');
    const result = await running;

    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ approved: 'true', approvers: 'alice,bob' });
    expect(result.stdout).toMatch(/1 of 2 approvals \(alice\); waiting for bob or carol/);
  });

  it('accepts a member of a listed org/team slug, with a token that may read the org (read:org)', async () => {
    sim.addTeam('acme', 'release-managers', ['rita']);
    sim.allowOrgRead('ghp_reads_org');
    const running = approve({ approvers: 'acme/release-managers', 'github-token': 'ghp_reads_org' });
    const number = await afterPolls();
    say(number, 'mallory', 'approve');
    say(number, 'rita', 'yes');
    const result = await running;

    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ approved: 'true', approvers: 'rita' });
    expect(result.summary).toContain('yes (member of acme/release-managers)');
    const checked = sim.requests.filter((r) => r.path.startsWith('/orgs/acme/teams/release-managers/memberships/')).map((r) => `${r.path.split('/').at(-1)} ${r.status}`);
    expect(checked.sort()).toEqual(['mallory 404', 'rita 200']); // once per login, cached
  });

  it('fails the step at once on a deny and closes the issue as not planned', async () => {
    const running = approve({ approvers: 'alice, bob', 'minimum-approvals': '2' });
    const number = await afterPolls();
    say(number, 'alice', 'approve');
    const denial = say(number, 'bob', 'deny\nThe error budget is spent.');
    const result = await running;

    expect(result.exitCode).toBe(1);
    expect(errorsOf(result)).toEqual([`bob denied v1.4.0 to production in ${sim.url}/acme/app/issues/${number}#issuecomment-${denial}.`]);
    expect(result.outputs).toMatchObject({ approved: 'false', 'issue-number': String(number) });
    expect(issue()).toMatchObject({ state: 'closed', state_reason: 'not_planned' });
    expect(comments(number).at(-1)!.body).toMatch(/^❌ \*\*Denied\*\* by bob/);
    expect(result.summary).toContain('## Approval: ❌ Denied');
  });

  it('uses the current text of an edited comment: an approval edited away does not count', async () => {
    const running = approve({ approvers: 'alice, bob, carol', 'minimum-approvals': '2' });
    const number = await afterPolls();
    const id = say(number, 'alice', 'approve');
    await afterPolls(2);
    sim.editComment(id, { body: 'On second thought: the migration needs another look.' });
    await afterPolls(2);
    say(number, 'bob', 'approve'); // with alice's old text this would be the second approval
    await afterPolls(2);
    expect(issue()!.state).toBe('open');
    say(number, 'carol', 'approve');
    const result = await running;

    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ approved: 'true', approvers: 'bob,carol' });
    expect(result.stdout).toMatch(/1 of 2 approvals \(alice\)/); // before the edit
    expect(result.stdout).toMatch(/1 of 2 approvals \(bob\)/); // after it
    // Polls after the first only ask for comments updated since the newest seen.
    expect(sim.requests.some((r) => r.path === `/repos/acme/app/issues/${number}/comments` && r.query.since)).toBe(true);
  });

  it('times out with one sentence naming who did not answer, and closes the issue as not planned', async () => {
    sim.addTeam('acme', 'sre', ['sam']);
    sim.allowOrgRead('ghp_reads_org');
    const result = await approve({ approvers: 'alice, bob, acme/sre', 'timeout-minutes': '2s', 'github-token': 'ghp_reads_org' });

    expect(result.exitCode).toBe(1);
    const number = issue()!.number;
    expect(errorsOf(result)).toEqual([
      `No approval of v1.4.0 to production within 2 seconds: 0 of 1 approval in ${sim.url}/acme/app/issues/${number}, and alice, bob and a member of acme/sre did not answer.`,
    ]);
    expect(issue()).toMatchObject({ state: 'closed', state_reason: 'not_planned' });
    expect(comments(number).at(-1)!.body).toMatch(/^⌛ \*\*Timed out\*\* after 2 seconds/);
    expect(result.outputs).toMatchObject({ approved: 'false', approvers: '' });
  });

  it('closes the issue as not planned when the runner cancels the step (SIGTERM)', async () => {
    let child: ChildProcess | undefined;
    const running = approve({ approvers: 'alice' }, { onSpawn: (spawned) => (child = spawned) });
    const number = await afterPolls();
    child!.kill('SIGTERM');
    const result = await running;

    expect(result.exitCode).toBe(1);
    expect(errorsOf(result)[0]).toMatch(/^The run was cancelled while v1\.4\.0 to production waited for approval/);
    expect(issue()).toMatchObject({ number, state: 'closed', state_reason: 'not_planned' });
    expect(comments(number).at(-1)!.body).toMatch(/^🚫 \*\*Cancelled\*\*/);
  });

  it('prints the plan and creates nothing in a dry run', async () => {
    sim.addTeam('acme', 'release', ['rita']);
    sim.allowOrgRead('ghp_reads_org');
    const result = await approve({ approvers: 'alice, acme/release', 'dry-run': 'true', title: 'Ship v1.4.0?', 'github-token': 'ghp_reads_org' });

    expect(result.exitCode).toBe(0);
    expect(sim.writes()).toEqual([]);
    expect(result.stdout).toContain('Dry run: no issue is opened.');
    expect(result.stdout).toContain('Issue title: Ship v1.4.0?');
    expect(result.stdout).toContain('Who may approve: 1 distinct approval from alice or any member of acme/release.');
    expect(result.outputs).toEqual({ approved: 'false', approvers: '', 'issue-number': '' });
  });

  it('refuses approvers that can never reach minimum-approvals before opening anything', async () => {
    const result = await approve({ approvers: 'octo-dev, alice', 'minimum-approvals': '2' });
    expect(result.exitCode).toBe(1);
    expect(errorsOf(result)).toEqual([
      'Input "minimum-approvals" is 2, but only 1 listed approver (alice) can approve since octo-dev started the run and allow-self-approval is false; list more approvers or an org/team slug, or lower minimum-approvals.',
    ]);
    expect(sim.requests).toEqual([]);
  });

  it('fails at once, opening nothing, when the token cannot see a listed team (GITHUB_TOKEN gets 404)', async () => {
    sim.addTeam('acme', 'release-managers', ['rita']);
    const result = await approve({ approvers: 'alice, acme/release-managers' });

    expect(result.exitCode).toBe(1);
    expect(errorsOf(result)).toEqual([
      "Team acme/release-managers is not visible to the github-token (GitHub answers 404 to a token that may not read the organization's teams, GITHUB_TOKEN included), so its members' answers could never count: pass a token with read:org as teams-token (the approval-token secret of pipeline.yml), or list the approvers' logins.",
    ]);
    expect(sim.writes()).toEqual([]);
  });

  it('refuses a timeout a GitHub-hosted job cannot wait (over 360 minutes), and allows it on a self-hosted runner', async () => {
    const hosted = await approve({ approvers: 'alice', 'timeout-minutes': '361' }, { env: { RUNNER_ENVIRONMENT: 'github-hosted' } });
    expect(hosted.exitCode).toBe(1);
    expect(errorsOf(hosted)).toEqual([
      'Input "timeout-minutes" is 361, but a job on a GitHub-hosted runner stops after 360 minutes; use at most 360, or Environment required reviewers (approval: environment), which wait up to 30 days without a runner.',
    ]);
    expect(sim.requests).toEqual([]);
    const selfHosted = await approve({ approvers: 'alice', 'timeout-minutes': '6h', 'dry-run': 'true' }, { env: { RUNNER_ENVIRONMENT: 'self-hosted' } });
    expect(errorsOf(selfHosted)).toEqual([]);
    expect(selfHosted.stdout).toContain('Waits up to 6 hours');
  });
});

describe('approval action, mode environment: the environment must have required reviewers', () => {
  const check = (extra: Record<string, string> = {}) => approve({ mode: 'environment', environment: 'production', version: '', ...extra });

  it('fails when the environment does not exist (GitHub would create it unprotected on first use)', async () => {
    const result = await check();
    expect(result.exitCode).toBe(1);
    expect(errorsOf(result)).toEqual([
      'Environment "production" does not exist, so GitHub would create it without required reviewers and the deploy would run unapproved: add required reviewers to it (Settings → Environments → production), or use approval: issue in pipeline.yml (only approval: none ships without a human).',
    ]);
    expect(sim.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(['GET /repos/acme/app/environments/production 404']);
  });

  it('fails when the environment has no required reviewers (a wait timer is no human)', async () => {
    sim.addEnvironment('production', { wait_timer: 5 });
    const result = await check();
    expect(result.exitCode).toBe(1);
    expect(errorsOf(result)).toEqual([
      'Environment "production" has no required reviewers, so the deploy would run unapproved: add required reviewers to it (Settings → Environments → production), or use approval: issue in pipeline.yml (only approval: none ships without a human).',
    ]);
    expect(sim.writes()).toEqual([]);
  });

  it('passes, changing nothing, when required reviewers hold the environment', async () => {
    sim.addEnvironment('production', { reviewers: ['alice', 'acme/sre'], prevent_self_review: true });
    const result = await check();
    expect(errorsOf(result)).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('Environment "production" holds each deploy until one of alice or acme/sre approves it; whoever started the run cannot approve it.');
    expect(result.summary).toContain("## Approval: by the production environment's required reviewers");
    expect(sim.writes()).toEqual([]);
  });

  it('says which permission is missing when the token may not read the environment', async () => {
    sim.inject({ path: '/repos/acme/app/environments/production', status: 403, body: { message: 'Resource not accessible by integration' } });
    const result = await check();
    expect(errorsOf(result)).toEqual(['The github-token may not read environment "production" (HTTP 403); give the job "actions: read" in its permissions.']);
  });

  it('refuses approvers, which would suggest an issue gate that never runs', async () => {
    const result = await check({ approvers: 'alice' });
    expect(errorsOf(result)).toEqual([
      'Input "approvers" is not used with mode environment (the environment\'s required reviewers approve); remove it or use mode issue.',
    ]);
  });
});

