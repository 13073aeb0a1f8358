import { describe, expect, it } from '@jest/globals';
import type { ApproverRules } from '../../src/approval/approvers.js';
import { awaitApproval, type ApprovalPort, type Clock } from '../../src/approval/gate.js';
import { checkRules, checkTeamsVisible, closingReserveMs, describePlan, planApproval } from '../../src/approval/plan.js';
import { renderSummary } from '../../src/approval/record.js';
import type { ApprovalSubject } from '../../src/approval/render.js';
import type { IssueComment, NewIssue } from '../../src/github/issues.js';
import { UserError } from '../../src/lib/errors.js';

const START = Date.parse('2024-05-01T10:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * An in-memory issue with GitHub's `since` semantics (updated_at at or after), a clock that
 * moves only when the gate sleeps, and a script of things people do at given seconds.
 */
class World implements ApprovalPort, Clock {
  time = START;
  sleeps: number[] = [];
  sinces: Array<string | undefined> = [];
  created: NewIssue[] = [];
  comments = new Map<number, IssueComment>();
  posted: string[] = [];
  closed: string[] = [];
  logs: string[] = [];
  nextId = 100;
  refuseAssignees = false;
  failListingAt = -1;
  readonly controller = new AbortController();
  private script: Array<{ second: number; act: (world: World) => void }> = [];

  at(second: number, act: (world: World) => void): this {
    this.script.push({ second, act });
    return this;
  }

  say(login: string, body: string, userType = 'User'): number {
    const id = this.nextId++;
    const when = iso(this.time);
    this.comments.set(id, { id, login, body, userType, htmlUrl: `https://github.com/acme/app/issues/7#issuecomment-${id}`, createdAt: when, updatedAt: when });
    return id;
  }

  edit(id: number, body: string): void {
    const comment = this.comments.get(id)!;
    this.comments.set(id, { ...comment, body, updatedAt: iso(this.time) });
  }

  // Clock
  now = () => this.time;
  sleep = async (ms: number, signal?: AbortSignal) => {
    this.sleeps.push(ms);
    const until = this.time + ms;
    for (const step of [...this.script].sort((a, b) => a.second - b.second)) {
      const when = START + step.second * 1000;
      if (when > until) break;
      this.script.splice(this.script.indexOf(step), 1);
      this.time = Math.max(this.time, when);
      step.act(this);
      if (signal?.aborted) return;
    }
    this.time = until;
  };

  // ApprovalPort
  createIssue = async (issue: NewIssue) => {
    this.created.push(issue);
    return { number: 7, htmlUrl: 'https://github.com/acme/app/issues/7', createdAt: iso(this.time), state: 'open', assigned: !this.refuseAssignees };
  };
  listComments = async (_issue: number, since?: string) => {
    this.sinces.push(since);
    if (this.sinces.length === this.failListingAt) throw new UserError('GitHub API request failed while trying to list the approval issue comments (HTTP 502): Bad Gateway');
    return [...this.comments.values()].filter((c) => !since || Date.parse(c.updatedAt) >= Date.parse(since));
  };
  comment = async (_issue: number, body: string) => {
    this.posted.push(body);
  };
  close = async (_issue: number, reason: 'completed' | 'not_planned') => {
    this.closed.push(reason);
  };
  membership = async (team: { org: string; slug: string }, login: string) => team.slug === 'release' && ['rita', 'ravi'].includes(login);
  teamVisible = async (team: { org: string; slug: string }) => team.slug === 'release';

  log = { info: (m: string) => this.logs.push(m), warning: (m: string) => this.logs.push(`warning: ${m}`) };
}

const subject: ApprovalSubject = {
  environment: 'production',
  version: 'v1.4.0',
  sha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
  repository: 'acme/app',
  serverUrl: 'https://github.com',
  runUrl: 'https://github.com/acme/app/actions/runs/4242',
  workflow: 'pipeline',
  details: '### Coverage\n92.4 % lines\n\n### Staging\nhealth 200, p95 180 ms',
};

function plan(overrides: Partial<ApproverRules> = {}, timeoutSeconds = 600, pollSeconds = 10) {
  return planApproval({
    subject,
    rules: { users: ['alice', 'bob'], teams: [{ org: 'acme', slug: 'release' }], minimumApprovals: 1, allowSelfApproval: false, startedBy: ['dave'], ...overrides },
    timeoutMs: timeoutSeconds * 1000,
    pollIntervalMs: pollSeconds * 1000,
    now: START,
  });
}

const gate = (world: World, p = plan()) => awaitApproval(p, { port: world, log: world.log, clock: world, signal: world.controller.signal });

describe('the approval gate', () => {
  it('opens the issue, waits for an allowed approver and closes it as completed', async () => {
    const world = new World()
      .at(5, (w) => w.say('mallory', 'approve'))
      .at(12, (w) => w.say('github-actions[bot]', 'approve', 'Bot'))
      .at(25, (w) => w.say('alice', 'Approve!\nstaging is green'));
    const result = await gate(world);
    expect(result.outcome).toBe('approved');
    expect(result.tally.approvals.map((b) => b.login)).toEqual(['alice']);
    expect(result.message).toBe('v1.4.0 to production was approved by alice in https://github.com/acme/app/issues/7.');
    expect(world.created[0]).toMatchObject({ title: 'Approval needed: v1.4.0 to production', labels: ['shipgate-approval'], assignees: ['alice', 'bob'] });
    expect(world.created[0].body).toContain('| Environment | `production` |');
    expect(world.created[0].body).toContain('\n\n### Coverage\n92.4 % lines');
    expect(world.created[0].body).not.toContain('### Details');
    expect(world.created[0].body).toContain('https://github.com/acme/app/actions/runs/4242');
    expect(world.closed).toEqual(['completed']);
    expect(world.posted[0]).toMatch(/^✅ \*\*Approved\*\* by alice \(\[comment\]\(https:\/\/github.com\/acme\/app\/issues\/7#issuecomment-102\)\)/);
    expect(world.logs.join('\n')).toContain('Ignoring approve from mallory');
    expect(world.logs.join('\n')).toContain('0 of 1 approval; waiting for alice, bob or a member of acme/release');
  });

  it('backs off from the poll interval to a minute, and starts over when someone answers', async () => {
    const world = new World().at(200, (w) => w.say('bob', 'not yet, checking the dashboards'));
    const result = await gate(world, plan({}, 400));
    expect(result.outcome).toBe('timed-out');
    // 10, 15, 22.5, 33.75, 50.6, 60, then the comment at 200 s resets the interval to 10.
    expect(world.sleeps.slice(0, 6)).toEqual([10000, 15000, 22500, 33750, 50625, 60000]);
    expect(world.sleeps).toContain(10000);
    expect(world.sleeps.lastIndexOf(10000)).toBeGreaterThan(0);
    expect(Math.max(...world.sleeps)).toBe(60000);
    // Polls after the first ask only for comments updated since the newest seen (with overlap).
    expect(world.sinces[0]).toBe('2024-05-01T09:59:30Z');
    expect(world.sinces.at(-1)).toBeUndefined(); // the final read at the deadline reads everything
  });

  it('needs distinct approvers: one person approving twice is one approval', async () => {
    const world = new World()
      .at(5, (w) => w.say('alice', 'approve'))
      .at(15, (w) => w.say('alice', 'lgtm'))
      .at(40, (w) => w.say('rita', 'yes'));
    const p = plan({ minimumApprovals: 2 });
    expect(p.issue.body).toContain('| Approvals needed | 2, from different people |');
    const result = await gate(world, p);
    expect(result.outcome).toBe('approved');
    expect(result.tally.approvals.map((b) => `${b.login} via ${b.via}`)).toEqual(['alice via listed', 'rita via acme/release']);
  });

  it('never counts the person who started the run', async () => {
    const world = new World().at(5, (w) => w.say('dave', 'approve'));
    const result = await gate(world, plan({ users: ['dave', 'alice'] }, 30));
    expect(result.outcome).toBe('timed-out');
    expect(world.created[0].assignees).toEqual(['alice']);
    expect(result.message).toBe(
      'No approval of v1.4.0 to production within 30 seconds: 0 of 1 approval in https://github.com/acme/app/issues/7, and alice and a member of acme/release did not answer.',
    );
    expect(renderSummary(result, plan({ users: ['dave', 'alice'] }, 30))).toContain('| dave | approve |');
  });

  it('uses the current text of edited comments: an approval edited away no longer counts', async () => {
    let id = 0;
    const world = new World()
      .at(5, (w) => (id = w.say('alice', 'approve')))
      .at(12, (w) => w.edit(id, 'approve once the migration is reviewed'))
      .at(20, (w) => w.say('bob', 'approve'));
    const result = await gate(world, plan({ minimumApprovals: 2 }, 90));
    expect(result.outcome).toBe('timed-out');
    expect(result.tally.approvals.map((b) => b.login)).toEqual(['bob']);
    expect(result.message).toContain('1 of 2 approvals (bob)');
    expect(result.message).toContain('alice and a member of acme/release did not answer');
  });

  it('confirms a decision on the full list: a deleted approval is gone', async () => {
    let id = 0;
    const world = new World()
      .at(5, (w) => (id = w.say('alice', 'approve')))
      .at(12, (w) => w.comments.delete(id))
      .at(20, (w) => w.say('bob', 'approve'));
    const result = await gate(world, plan({ minimumApprovals: 2 }, 60));
    expect(result.outcome).toBe('timed-out');
    expect(result.tally.approvals.map((b) => b.login)).toEqual(['bob']);
  });

  it('fails at once on a deny from an allowed approver and closes the issue as not planned', async () => {
    const world = new World()
      .at(5, (w) => w.say('alice', 'approve'))
      .at(8, (w) => w.say('ravi', 'Denied.\nError budget is spent.'));
    const result = await gate(world, plan({ minimumApprovals: 2 }));
    expect(result.outcome).toBe('denied');
    expect(result.message).toBe('ravi denied v1.4.0 to production in https://github.com/acme/app/issues/7#issuecomment-101.');
    expect(world.closed).toEqual(['not_planned']);
    expect(renderSummary(result, plan())).toMatch(/\| ravi \| deny \| 2024-05-01T10:00:08Z \| \[comment\]\(.*#issuecomment-101\) \| yes: decides \(member of acme\/release\) \|/);
  });

  it('counts a last-second answer at the deadline', async () => {
    const world = new World().at(30, (w) => w.say('bob', 'lgtm'));
    const result = await gate(world, plan({}, 30, 60));
    expect(result.outcome).toBe('approved');
  });

  it('closes the issue as not planned when the run is cancelled', async () => {
    const world = new World().at(15, (w) => w.controller.abort());
    const result = await gate(world);
    expect(result.outcome).toBe('cancelled');
    expect(result.message).toBe('The run was cancelled while v1.4.0 to production waited for approval with 0 of 1 approval; https://github.com/acme/app/issues/7 was closed.');
    expect(world.posted[0]).toMatch(/^🚫 \*\*Cancelled\*\*/);
    expect(world.closed).toEqual(['not_planned']);
  });

  it('closes the issue with the error when the API fails for good, and rethrows', async () => {
    const world = new World();
    world.failListingAt = 2;
    await expect(gate(world)).rejects.toThrow('list the approval issue comments');
    expect(world.posted[0]).toMatch(/^⚠️ shipgate stopped waiting for approval because of an error/);
    expect(world.closed).toEqual(['not_planned']);
  });

  it('warns when GitHub refused the assignees and keeps the decision when closing fails', async () => {
    const world = new World().at(5, (w) => w.say('alice', 'yes'));
    world.refuseAssignees = true;
    world.close = async () => {
      throw new Error('HTTP 500');
    };
    const result = await gate(world);
    expect(result.outcome).toBe('approved');
    expect(world.logs).toContain('warning: Issue #7 was opened without assignees: GitHub refused to assign alice, bob.');
    expect(world.logs).toContain('warning: Issue #7 could not be closed with the outcome: HTTP 500');
  });
});

describe('the plan', () => {
  it('prints what a dry run would do', () => {
    const text = describePlan(plan({ users: ['dave', 'alice'] }));
    expect(text).toContain('Dry run: no issue is opened.');
    expect(text).toContain('Issue title: Approval needed: v1.4.0 to production');
    expect(text).toContain('Who may approve: 1 distinct approval from alice or any member of acme/release (dave started the run and cannot approve it).');
    expect(text).toContain('checking the comments every 10 seconds at first and backing off to 60 seconds');
  });

  it('refuses approvers that can never reach minimum-approvals', () => {
    expect(() => checkRules({ users: ['alice'], teams: [], minimumApprovals: 2, allowSelfApproval: false, startedBy: [] })).toThrow(UserError);
  });

  it('lists the commits since the latest release and uses the title input', () => {
    const p = planApproval({
      subject: {
        ...subject,
        version: undefined,
        changes: {
          base: 'v1.3.0',
          total: 25,
          commits: [{ sha: 'abcdef0123456789abcdef0123456789abcdef01', subject: 'feat: faster checkout', author: 'alice' }],
          compareUrl: 'https://github.com/acme/app/compare/v1.3.0...a1b2c3d',
        },
      },
      rules: { users: ['alice'], teams: [], minimumApprovals: 1, allowSelfApproval: true, startedBy: ['alice'] },
      title: 'Ship it?',
      timeoutMs: 3_600_000,
      pollIntervalMs: 10_000,
      now: START,
    });
    expect(p.issue.title).toBe('Ship it?');
    expect(p.issue.body).toContain('**a1b2c3d to production** is waiting for approval.');
    expect(p.issue.body).toContain('### 25 commits since v1.3.0');
    expect(p.issue.body).toContain('- abcdef0 feat: faster checkout (alice)');
    expect(p.issue.body).toContain('- … and 24 more: https://github.com/acme/app/compare/v1.3.0...a1b2c3d');
    expect(p.issue.body).toContain('| Times out | 2024-05-01T11:00:00Z (after 60 minutes) |');
    expect(p.issue.body).toContain('may approve it (allow-self-approval)');
  });
});

describe('before the issue is opened', () => {
  it('refuses a listed team the token cannot see, naming the token that can', async () => {
    const rules = { users: ['alice'], teams: [{ org: 'acme', slug: 'release' }, { org: 'acme', slug: 'sre' }], minimumApprovals: 1, allowSelfApproval: false, startedBy: [] };
    const world = new World();
    await expect(checkTeamsVisible(rules, world.teamVisible)).rejects.toThrow(
      new UserError(
        "Team acme/sre is not visible to the github-token (GitHub answers 404 to a token that may not read the organization's teams, GITHUB_TOKEN included), so its members' answers could never count: pass a token with read:org as teams-token (the approval-token secret of pipeline.yml), or list the approvers' logins.",
      ),
    );
    await expect(checkTeamsVisible({ ...rules, teams: [{ org: 'acme', slug: 'release' }] }, world.teamVisible)).resolves.toBeUndefined();
  });

  it('keeps up to a minute (a tenth of a short wait) to close the issue before a job with the same timeout stops', () => {
    expect(closingReserveMs(60 * 60_000)).toBe(60_000);
    expect(closingReserveMs(5 * 60_000)).toBe(30_000);
    const p = planApproval({ subject, rules: { users: ['alice'], teams: [], minimumApprovals: 1, allowSelfApproval: false, startedBy: [] }, timeoutMs: 3_600_000, closingReserveMs: 60_000, pollIntervalMs: 10_000, now: START });
    expect(p.issue.body).toContain('| Times out | 2024-05-01T10:59:00Z (after 60 minutes) |');
  });

  it('times out at the deadline less the closing reserve', async () => {
    const world = new World();
    const p = planApproval({ subject, rules: { users: ['alice'], teams: [], minimumApprovals: 1, allowSelfApproval: false, startedBy: [] }, timeoutMs: 600_000, closingReserveMs: 60_000, pollIntervalMs: 10_000, now: START });
    const result = await gate(world, p);
    expect(result.outcome).toBe('timed-out');
    expect(world.time - START).toBe(540_000);
  });
});
