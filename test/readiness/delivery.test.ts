// The arithmetic of the four delivery metrics, each checked against a history the test builds.
import { describe, expect, it } from '@jest/globals';
import { deliveryRows, isFailedChange, leadTimes, restoresOf, weeklyCounts, type DeliveryTargets } from '../../src/readiness/delivery.js';
import { DAY_MS, type CommitRecord, type DeliveryHistory, type DeployRecord } from '../../src/readiness/history.js';

const H = 60 * 60 * 1000;
const END = Date.parse('2026-12-06T12:00:00Z');
const WINDOW = { start: END - 28 * DAY_MS, end: END };
const TARGETS: DeliveryTargets = { minDeploysPerWeek: 1, maxChangeFailureRate: 15, maxLeadTimeMs: 168 * H, maxRestoreMs: 4 * H };

let nextId = 1;
/** A forward deploy created `ago` hours before the end; its final status comes `takes` hours later (6 minutes unless given). */
function deploy(ago: number, outcome: DeployRecord['outcome'], extra: Partial<Omit<DeployRecord, 'finishedAt'>> & { takes?: number } = {}): DeployRecord {
  const { takes = 0.1, ...fields } = extra;
  const createdAt = END - ago * H;
  return { id: nextId++, sha: `sha${nextId}`, environment: 'production', createdAt, mode: 'deploy', outcome, finishedAt: outcome ? createdAt + takes * H : undefined, ...fields };
}
function rollback(ago: number, of: DeployRecord, takes: number, outcome: DeployRecord['outcome'] = 'success', byShaOnly = false): DeployRecord {
  const createdAt = END - ago * H;
  return { id: nextId++, sha: `good${nextId}`, environment: 'production', createdAt, mode: 'rollback', rolledBack: { id: byShaOnly ? undefined : of.id, sha: of.sha }, outcome, finishedAt: createdAt + takes * H };
}
const history = (deploys: DeployRecord[], commits: CommitRecord[] = []): DeliveryHistory => ({ deploys, commits, window: WINDOW });
const row = (h: DeliveryHistory, metric: string, targets = TARGETS) => deliveryRows(h, targets, 'production').find((each) => each.metric === metric)!;

describe('deployment frequency', () => {
  it.each([
    // [successful deploys, failed deploys, min per week, figure, verdict]
    [6, 1, 1, '1.5 per week', 'pass'],
    [6, 0, 2, '1.5 per week', 'fail'],
    [4, 0, 1, '1 per week', 'pass'],
    [3, 0, 1, '0.75 per week', 'fail'],
    [0, 2, 1, '0 per week', 'fail'],
  ])('%i live and %i failed deploys in 4 weeks, at least %d a week: %s, %s', (live, failed, min, figure, verdict) => {
    const deploys = [...Array.from({ length: live }, (_, i) => deploy(10 + i * 24, 'success')), ...Array.from({ length: failed }, (_, i) => deploy(5 + i * 24, 'failure'))];
    const result = row(history(deploys), 'Deployment frequency', { ...TARGETS, minDeploysPerWeek: min });
    expect([result.figure, result.verdict]).toEqual([figure, verdict]);
    expect(result.how).toContain('28 days to 2026-12-06');
  });

  it('counts neither rollbacks, deploys still running, nor deploys before the window', () => {
    const live = deploy(10, 'success');
    const deploys = [live, deploy(5, undefined), deploy(29 * 24, 'success'), rollback(3, live, 0.2)];
    expect(row(history(deploys), 'Deployment frequency').figure).toBe('0.25 per week');
  });

  it('has no data, and does not pass, without deploys', () => {
    for (const metric of ['Deployment frequency', 'Change failure rate', 'Lead time for changes', 'Time to restore']) {
      const result = row(history([]), metric);
      expect([result.verdict, result.figure]).toEqual(['no data', 'no data']);
    }
  });
});

describe('change failure rate', () => {
  it.each([
    ['a failed check', () => { const bad = deploy(50, 'failure'); return [deploy(100, 'success'), bad, deploy(40, 'success'), deploy(30, 'success')]; }, '25 %', 'fail'],
    ['an error status', () => [deploy(100, 'success'), deploy(50, 'error'), deploy(40, 'success'), deploy(30, 'success'), deploy(20, 'success'), deploy(10, 'success'), deploy(9, 'success'), deploy(8, 'success')], '12.5 %', 'pass'],
    ['a later rollback naming the deployment', () => { const bad = deploy(50, 'success'); return [deploy(100, 'success'), bad, rollback(45, bad, 0.1)]; }, '50 %', 'fail'],
    ['a later rollback naming only the commit', () => { const bad = deploy(50, 'success'); return [deploy(100, 'success'), bad, rollback(45, bad, 0.1, 'success', true)]; }, '50 %', 'fail'],
    ['one failure of seven (rounded up)', () => [deploy(70, 'failure'), ...[60, 50, 40, 30, 20, 10].map((ago) => deploy(ago, 'success'))], '14.3 %', 'pass'],
  ])('%s', (_, build, figure, verdict) => {
    const result = row(history(build()), 'Change failure rate');
    expect([result.figure, result.verdict]).toEqual([figure, verdict]);
  });

  it('does not count a rollback that came before the deploy', () => {
    const later = deploy(10, 'success', { sha: 'same' });
    const earlier = rollback(20, { ...later, id: 999 }, 0.1, 'success', true);
    expect(isFailedChange(later, [later, earlier])).toBe(false);
  });
});

describe('time to restore', () => {
  it('runs from the failed deploy to the next live deployment of another commit, and judges the longest', () => {
    const good = deploy(200, 'success');
    const failed = deploy(100, 'failure'); // auto-rollback 10 minutes later
    const autoRollback = rollback(100 - 0.1, failed, 0.1); // live 12 minutes after the failed deploy started
    const shipped = deploy(50, 'success');
    const manual = rollback(45, shipped, 0.5); // rolled back 5.5 h after it started
    const deploys = [good, failed, autoRollback, shipped, manual];
    const restores = restoresOf([failed, shipped], deploys, END);
    expect(restores.map((each) => [each.restoredBy?.id, each.durationMs / H])).toEqual([
      [autoRollback.id, expect.closeTo(0.2, 9)],
      [manual.id, expect.closeTo(5.5, 9)],
    ]);
    const result = row(history(deploys), 'Time to restore');
    expect([result.figure, result.verdict]).toEqual(['5 h 30 min (longest)', 'fail']);
    expect(result.how).toContain('median 2 h 51 min');
  });

  it('passes within the objective, rounding up to the minute shown', () => {
    const failed = deploy(100, 'failure');
    const result = row(history([failed, rollback(99, failed, 2.99)]), 'Time to restore');
    expect([result.figure, result.verdict]).toEqual(['4 h (longest)', 'pass']); // 3 h 59 min 24 s
  });

  it('fails while a failed change is not restored, counting until now', () => {
    const failed = deploy(2, 'failure');
    const result = row(history([deploy(100, 'success'), failed]), 'Time to restore');
    expect([result.figure, result.verdict]).toEqual(['2 h (longest)', 'fail']);
    expect(result.how).toContain('1 not restored yet');
  });

  it('does not take a redeploy of the same bad commit as the restore', () => {
    const failed = deploy(10, 'failure', { sha: 'bad' });
    const again = deploy(9, 'success', { sha: 'bad' });
    const fixed = deploy(5, 'success', { sha: 'fix' });
    expect(restoresOf([failed], [failed, again, fixed], END)[0].restoredBy?.id).toBe(fixed.id);
  });
});

describe('lead time for changes', () => {
  // c0 ← c1 ← c2 ← c3 (linear main); c0 was live before the window.
  const commits: CommitRecord[] = [
    { sha: 'c3', committedAt: END - 2 * H, parents: ['c2'] },
    { sha: 'c2', committedAt: END - 8 * H, parents: ['c1'] },
    { sha: 'c1', committedAt: END - 10 * H, parents: ['c0'] },
    { sha: 'c0', committedAt: END - 40 * DAY_MS, parents: [] },
  ];

  it('times each commit to the first deploy that brought it live, and judges the median', () => {
    const a = deploy(6, 'success', { sha: 'c2', previousSha: 'c0', takes: 0 });
    const b = deploy(1, 'success', { sha: 'c3', previousSha: 'c2', takes: 0 });
    const times = leadTimes(history([a, b], commits));
    expect(times.map((each) => [each.commit.sha, each.ms / H])).toEqual([
      ['c2', 2],
      ['c1', 4],
      ['c3', 1],
    ]);
    const result = row(history([a, b], commits), 'Lead time for changes');
    expect([result.figure, result.verdict]).toEqual(['2 h (median)', 'pass']);
    expect(result.how).toContain('3 commits');
    expect(row(history([a, b], commits), 'Lead time for changes', { ...TARGETS, maxLeadTimeMs: H }).verdict).toBe('fail');
  });

  it('counts a commit once: a failed deploy does not ship it, the next live one does', () => {
    const failed = deploy(6, 'failure', { sha: 'c2', previousSha: 'c0' });
    const live = deploy(1, 'success', { sha: 'c3', previousSha: 'c0', takes: 0 });
    expect(leadTimes(history([failed, live], commits)).map((each) => [each.commit.sha, each.ms / H])).toEqual([
      ['c3', 1],
      ['c2', 7],
      ['c1', 9],
    ]);
  });

  it('does not count commits that were live before the window', () => {
    const before = deploy(30 * 24, 'success', { sha: 'c1', takes: 0 });
    const live = deploy(1, 'success', { sha: 'c2', takes: 0 });
    expect(leadTimes(history([before, live], commits)).map((each) => each.commit.sha)).toEqual(['c2']);
  });
});

describe('weekly counts', () => {
  it('puts deploys, failed changes and restores in the week they happened, the last week ending now', () => {
    const failed = deploy(24, 'failure');
    const deploys = [deploy(20 * 24, 'success'), deploy(8 * 24, 'success'), failed, rollback(23.5, failed, 0.2), deploy(2, 'success')];
    const weeks = weeklyCounts(history(deploys));
    expect(weeks.map((week) => [new Date(week.start).toISOString().slice(0, 10), week.deploys, week.failures, week.restores])).toEqual([
      ['2026-11-08', 0, 0, 0],
      ['2026-11-15', 1, 0, 0],
      ['2026-11-22', 1, 0, 0],
      ['2026-11-29', 2, 1, 1],
    ]);
  });

  it('makes a short first week when the window is not whole weeks', () => {
    const weeks = weeklyCounts({ ...history([]), window: { start: END - 30 * DAY_MS, end: END } });
    expect(weeks).toHaveLength(5);
    expect((weeks[0].end - weeks[0].start) / DAY_MS).toBe(2);
  });
});

it('says when the window was narrowed by the read budget', () => {
  const result = deliveryRows({ ...history([deploy(10, 'success')]), narrowed: 'the newest 30 deployments of 80 in the window' }, TARGETS, 'production')[0];
  expect(result.how).toContain('(the newest 30 deployments of 80 in the window)');
});
