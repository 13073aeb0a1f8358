import { describe, expect, it } from '@jest/globals';
import {
  ApproverDirectory,
  impossibleApproval,
  parseApprovers,
  startedBy,
  type ApproverRules,
  type Standing,
} from '../../src/approval/approvers.js';
import { joinNames, lastWords, tally } from '../../src/approval/tally.js';
import type { IssueComment } from '../../src/github/issues.js';

const at = (minute: number) => `2024-05-01T10:${String(minute).padStart(2, '0')}:00Z`;

/** A comment: [id, login, body, minute written, userType?]. */
type Row = [number, string, string, number, string?];
const comment = ([id, login, body, minute, userType = 'User']: Row): IssueComment => ({
  id,
  login,
  body,
  userType,
  htmlUrl: `https://github.com/acme/app/issues/1#issuecomment-${id}`,
  createdAt: at(minute),
  updatedAt: at(minute),
});

const TEAM_MEMBERS: Record<string, string[]> = { 'acme/release': ['rita', 'ravi'] };

const rules = (overrides: Partial<ApproverRules> = {}): ApproverRules => ({
  users: ['alice', 'bob', 'Carol'],
  teams: [{ org: 'acme', slug: 'release' }],
  minimumApprovals: 1,
  allowSelfApproval: false,
  startedBy: ['dave', 'carol'],
  ...overrides,
});

/** Standings computed the way the directory does, from a static team table. */
function standings(r: ApproverRules, logins: string[]): Map<string, Standing> {
  const map = new Map<string, Standing>();
  for (const login of logins) {
    const key = login.toLowerCase();
    if (r.users.some((user) => user.toLowerCase() === key)) map.set(key, { allowed: true, via: 'listed' });
    else {
      const team = r.teams.find((t) => TEAM_MEMBERS[`${t.org}/${t.slug}`]?.includes(key));
      map.set(key, team ? { allowed: true, via: `${team.org}/${team.slug}` } : { allowed: false });
    }
  }
  return map;
}

function count(rows: Row[], r: ApproverRules = rules()) {
  const ballots = lastWords(rows.map(comment));
  const result = tally(ballots.values(), standings(r, [...ballots.keys()]), r);
  return {
    approved: result.approved,
    approvals: result.approvals.map((b) => b.login),
    denial: result.denial?.login,
    ignored: result.ignored.map((b) => `${b.login}: ${b.reason}`),
    waitingFor: result.waitingFor,
  };
}

describe('counting approvals', () => {
  const cases: Array<[string, Row[], Partial<ApproverRules>, Partial<ReturnType<typeof count>>]> = [
    ['nobody answered', [], {}, { approved: false, approvals: [], waitingFor: ['alice', 'bob', 'a member of acme/release'] }],
    ['a listed approver approves', [[1, 'alice', 'approve', 1]], {}, { approved: true, approvals: ['alice'] }],
    ['logins compare case-insensitively', [[1, 'ALICE', 'lgtm', 1]], {}, { approved: true, approvals: ['ALICE'] }],
    ['a non-approver is ignored', [[1, 'mallory', 'approve', 1]], {}, { approved: false, ignored: ['mallory: not an approver'] }],
    ['a non-approver cannot deny', [[1, 'mallory', 'deny', 1]], {}, { approved: false, denial: undefined, ignored: ['mallory: not an approver'] }],
    ['the actor cannot self-approve', [[1, 'dave', 'approve', 1]], { users: ['dave', 'alice'] }, { approved: false, ignored: ['dave: started the run'] }],
    ['the triggering actor cannot self-approve even when listed', [[1, 'Carol', 'approve', 1]], {}, { approved: false, ignored: ['Carol: started the run'] }],
    ['self-approval when allowed', [[1, 'carol', 'yes', 1]], { allowSelfApproval: true }, { approved: true, approvals: ['carol'] }],
    ['a starter who is an approver may still deny', [[1, 'carol', 'deny', 1]], {}, { approved: false, denial: 'carol' }],
    ['bots never vote', [[1, 'alice[bot]', 'approve', 1, 'Bot'], [2, 'github-actions[bot]', 'approve', 2]], { users: ['alice[bot]', 'github-actions[bot]'] }, { approved: false, approvals: [] }],
    ['a team member approves', [[1, 'rita', 'approve', 1]], {}, { approved: true, approvals: ['rita'], waitingFor: ['alice', 'bob', 'another member of acme/release'] }],
    ['two approvals from one person count once', [[1, 'alice', 'approve', 1], [2, 'alice', 'lgtm', 2]], { minimumApprovals: 2 }, { approved: false, approvals: ['alice'], waitingFor: ['bob', 'a member of acme/release'] }],
    ['two distinct approvers meet minimum 2', [[1, 'alice', 'approve', 1], [2, 'rita', 'approved', 2]], { minimumApprovals: 2 }, { approved: true, approvals: ['alice', 'rita'] }],
    ['a deny from an approver decides over approvals', [[1, 'alice', 'approve', 1], [2, 'bob', 'deny', 2]], {}, { approved: false, denial: 'bob' }],
    ['the last word wins: approve after deny', [[1, 'bob', 'deny', 1], [2, 'bob', 'approve', 2]], {}, { approved: true, denial: undefined, approvals: ['bob'] }],
    ['the last word wins: deny after approve', [[1, 'bob', 'approve', 1], [2, 'bob', 'no', 2]], {}, { approved: false, denial: 'bob' }],
    ['a later comment without a vote does not withdraw one', [[1, 'bob', 'approve', 1], [2, 'bob', 'thanks all', 2]], {}, { approved: true }],
    ['an edited comment counts by its current text', [[1, 'bob', 'looks good, will approve after lunch', 5]], {}, { approved: false, approvals: [] }],
    ['an edit is the newest word', [[2, 'bob', 'approve', 3], [1, 'bob', 'deny', 9]], {}, { approved: false, denial: 'bob' }],
    ['non-vote comments are not ignored ballots', [[1, 'mallory', 'ship it!', 1]], {}, { approved: false, ignored: [] }],
  ];
  it.each(cases)('%s', (_name, rows, overrides, expected) => {
    expect(count(rows, rules(overrides))).toMatchObject(expected);
  });

  it('orders ballots by when they were written, then by comment id', () => {
    const result = count([[3, 'bob', 'approve', 1], [2, 'alice', 'approve', 1], [1, 'rita', 'approve', 0]], rules({ minimumApprovals: 3 }));
    expect(result.approvals).toEqual(['rita', 'alice', 'bob']);
  });
});

describe('approver rules', () => {
  it('parses users and org/team slugs, dropping @ and duplicates', () => {
    expect(parseApprovers(['@alice', 'acme/release', 'Alice', 'ACME/Release', 'bob'])).toEqual({
      users: ['alice', 'bob'],
      teams: [{ org: 'acme', slug: 'release' }],
    });
  });

  it('knows who started the run from actor, triggering actor and sender', () => {
    expect(startedBy('Dave', 'carol', { sender: { login: 'dave' } })).toEqual(['dave', 'carol']);
    expect(startedBy('dave', '', { sender: { login: 'erin' } })).toEqual(['dave', 'erin']);
    expect(startedBy('', '', {})).toEqual([]);
  });

  it.each([
    [{ users: ['alice'], teams: [], minimumApprovals: 2 }, /is 2, but only 1 listed approver \(alice\) can approve;/],
    [{ users: ['dave'], teams: [], minimumApprovals: 1 }, /is 1, but none of the listed approvers can approve since dave started the run/],
    [{ users: ['dave', 'alice'], teams: [], minimumApprovals: 1 }, undefined],
    [{ users: ['dave'], teams: [], minimumApprovals: 1, allowSelfApproval: true }, undefined],
    [{ users: [], teams: [{ org: 'acme', slug: 'release' }], minimumApprovals: 5 }, undefined],
  ])('refuses impossible rules in one sentence: %j', (overrides, expected) => {
    const message = impossibleApproval(rules(overrides));
    if (expected) expect(message).toMatch(expected);
    else expect(message).toBeUndefined();
  });

  it('asks team membership once per login and team, and only when the login is not listed', async () => {
    const asked: string[] = [];
    const directory = new ApproverDirectory(
      { users: ['alice'], teams: [{ org: 'acme', slug: 'ops' }, { org: 'acme', slug: 'release' }] },
      async (team, login) => {
        asked.push(`${team.slug}:${login}`);
        return team.slug === 'release' && login.toLowerCase() === 'rita';
      },
    );
    expect(await directory.standing('Alice')).toEqual({ allowed: true, via: 'listed' });
    expect(await directory.standing('rita')).toEqual({ allowed: true, via: 'acme/release' });
    expect(await directory.standing('RITA')).toEqual({ allowed: true, via: 'acme/release' });
    expect(await directory.standing('mallory')).toEqual({ allowed: false });
    expect(await directory.standing('mallory')).toEqual({ allowed: false });
    expect(asked).toEqual(['ops:rita', 'release:rita', 'ops:mallory', 'release:mallory']);
  });

  it('asks again after a failed membership lookup', async () => {
    let calls = 0;
    const directory = new ApproverDirectory({ users: [], teams: [{ org: 'acme', slug: 'release' }] }, async () => {
      calls++;
      if (calls === 1) throw new Error('HTTP 502');
      return true;
    });
    await expect(directory.standing('rita')).rejects.toThrow('HTTP 502');
    expect(await directory.standing('rita')).toEqual({ allowed: true, via: 'acme/release' });
  });

  it('joins names for sentences', () => {
    expect(joinNames([])).toBe('');
    expect(joinNames(['a'])).toBe('a');
    expect(joinNames(['a', 'b'])).toBe('a and b');
    expect(joinNames(['a', 'b', 'c'], 'or')).toBe('a, b or c');
  });
});

describe('edited comments', () => {
  const edited = (id: number, login: string, body: string, posted: number, editedAt: number): IssueComment => ({
    ...comment([id, login, body, posted]),
    updatedAt: at(editedAt),
  });

  it('never approve: the API does not say who edited them, so a starter could forge an approval', () => {
    const ballots = lastWords([edited(1, 'bob', 'approve', 1, 5)]);
    expect(ballots.size).toBe(0);
  });

  it('still stop the run when their current text denies (failing closed is safe)', () => {
    expect(lastWords([edited(1, 'bob', 'deny', 1, 5)]).get('bob')?.vote).toBe('deny');
  });

  it('leave an approver free to approve again with a new comment', () => {
    const ballots = lastWords([edited(1, 'bob', 'approve', 1, 5), comment([2, 'bob', 'approve', 6])]);
    expect(ballots.get('bob')).toMatchObject({ vote: 'approve', commentId: 2 });
  });
});
