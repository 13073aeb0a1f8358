import { describe, expect, it } from '@jest/globals';
import { planApproval } from '../../src/approval/plan.js';
import { renderSummary } from '../../src/approval/record.js';
import { describeApprovers, describeSubject, type ApprovalSubject } from '../../src/approval/render.js';
import { tally } from '../../src/approval/tally.js';

const base: ApprovalSubject = { sha: '', repository: 'acme/app', serverUrl: 'https://github.com', runUrl: 'https://github.com/acme/app/actions/runs/1', workflow: '' };

describe('rendering', () => {
  it.each([
    [{ version: 'v2.0.0', environment: 'production' }, 'v2.0.0 to production'],
    [{ sha: '0123456789abcdef0123456789abcdef01234567', environment: 'staging' }, '0123456 to staging'],
    [{ environment: 'production' }, 'the deployment to production'],
    [{ version: 'v2.0.0' }, 'v2.0.0'],
    [{}, 'this run'],
  ])('describes what waits: %j → %s', (fields, expected) => {
    expect(describeSubject({ ...base, ...fields })).toBe(expected);
  });

  it('names approvers with mentions for the issue and without for the log', () => {
    const rules = { users: ['alice', 'bob'], teams: [{ org: 'acme', slug: 'release' }], minimumApprovals: 1, allowSelfApproval: false, startedBy: [] };
    expect(describeApprovers(rules)).toBe('@alice, @bob or a member of @acme/release');
    expect(describeApprovers(rules, false)).toBe('alice, bob or a member of acme/release');
  });

  it('records that nobody answered in the summary, and the issue says who started the run', () => {
    const rules = { users: ['alice'], teams: [], minimumApprovals: 1, allowSelfApproval: false, startedBy: [] };
    const plan = planApproval({ subject: { ...base, workflow: 'deploy', details: 'Staging verified.' }, rules, timeoutMs: 60_000, pollIntervalMs: 1000, now: 0 });
    expect(plan.issue.body).toContain('### Details\n\nStaging verified.');
    expect(plan.issue.body).toContain('| Approvals needed | 1 |');
    expect(plan.issue.body).toContain('Comment `approve`, `approved`, `lgtm` or `yes` to approve, or `deny`, `denied` or `no` to deny;');
    expect(plan.issue.body).toContain('The person who started the run cannot approve it.');
    expect(plan.issue.body).toContain('| Workflow run | [deploy](https://github.com/acme/app/actions/runs/1) |');
    const summary = renderSummary(
      {
        outcome: 'timed-out',
        issue: { number: 3, htmlUrl: 'https://github.com/acme/app/issues/3', createdAt: '', state: 'closed' },
        tally: tally([], new Map(), rules),
        decidedAt: '2024-05-01T10:01:00Z',
        message: 'No approval.',
      },
      plan,
    );
    expect(summary).toContain('## Approval: ⌛ Timed out');
    expect(summary).toContain('Nobody answered.');
    expect(summary).toContain('started by unknown');
  });
});
