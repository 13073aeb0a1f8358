// The rows from Prometheus answers and from shipgate's records, and the rendered page.
import { describe, expect, it } from '@jest/globals';
import { approvalRow, coverageRow, restoreTestRow } from '../../src/readiness/records.js';
import { serviceRow, DEFAULT_UPTIME_QUERY } from '../../src/readiness/service.js';
import { renderPage, weeklyChart } from '../../src/readiness/render.js';
import { durationText } from '../../src/readiness/format.js';
import type { DeployRecord } from '../../src/readiness/history.js';

const DAY = 24 * 60 * 60 * 1000;
const window = { start: Date.parse('2026-11-06T00:00:00Z'), end: Date.parse('2026-12-06T00:00:00Z') };
const uptime = { metric: 'Uptime', template: DEFAULT_UPTIME_QUERY, scale: 100, unit: '%', limit: 99, direction: 'min' as const, meaning: 'Share of time up' };
const latency = { metric: 'p95 latency', template: '', scale: 1000, unit: 'ms', limit: 500, direction: 'max' as const, meaning: 'p95' };

describe('service rows', () => {
  it.each([
    [uptime, { ok: true as const, values: [0.995] }, '99.5 %', 'pass'],
    [uptime, { ok: true as const, values: [0.98999] }, '98.999 %', 'fail'],
    [uptime, { ok: true as const, values: [0.9899999] }, '98.999 %', 'fail'], // rounded down, never up to 99
    [uptime, { ok: true as const, values: [1, 0.97] }, '97 %', 'fail'], // the worst series
    [latency, { ok: true as const, values: [0.4999] }, '500 ms', 'pass'],
    [latency, { ok: true as const, values: [0.5001] }, '501 ms', 'fail'], // rounded up
    [latency, { ok: true as const, values: [Infinity] }, 'above the largest histogram bucket', 'fail'],
    [latency, { ok: true as const, values: [Number.NaN] }, 'no data', 'no data'],
    [uptime, { ok: false as const, reason: 'the query returned no data' }, 'no data', 'no data'],
  ])('%o with %o reads %s (%s)', (spec, answer, figure, verdict) => {
    const row = serviceRow(spec, 'q', answer, window);
    expect([row.figure, row.verdict]).toEqual([figure, verdict]);
    if (verdict !== 'no data') expect(row.how).toContain('30 days to 2026-12-06');
  });
});

describe('coverage row', () => {
  const found = { found: true as const, sha: 'a'.repeat(40), recordedAt: '2026-12-01T10:00:00Z', checkName: 'coverage', branch: 'main', distance: 0 };
  it.each([
    [{ covered: 7000, total: 10000 }, '70.00 % of lines', 'pass'],
    [{ covered: 6999, total: 10000 }, '69.99 % of lines', 'fail'],
    [{ covered: 0, total: 0 }, 'no data', 'no data'],
  ])('%o', (lines, figure, verdict) => {
    const row = coverageRow({ ...found, lines }, 70);
    expect([row.figure, row.verdict]).toEqual([figure, verdict]);
  });
  it('says where the figure comes from, and has no data without a snapshot', () => {
    expect(coverageRow({ ...found, lines: { covered: 1, total: 1 }, distance: 2 }, 70).how).toContain('main, 2 commits behind its head');
    expect(coverageRow({ found: false, reason: 'none recorded' }, 70)).toMatchObject({ verdict: 'no data', how: 'No coverage figure: none recorded.' });
  });
});

describe('tested restore row', () => {
  const at = window.end - 2 * DAY;
  const rollback = (minutes: number, outcome: DeployRecord['outcome'], extra: Partial<DeployRecord> = {}): DeployRecord => ({
    id: 7, sha: 's', environment: 'staging', createdAt: at, mode: 'rollback', outcome, finishedAt: at + minutes * 60_000, ...extra,
  });
  it.each([
    [[rollback(12, 'success')], '12 min', 'pass'],
    [[rollback(241, 'success')], '4 h 01 min', 'fail'],
    [[rollback(5, 'failure')], 'failed after 5 min', 'fail'],
    [[rollback(300, 'success', { finishedAt: at - 1000, id: 6 }), rollback(10, 'success')], '10 min', 'pass'], // the newest counts
    [[], 'no data', 'no data'],
  ])('%#: %s', (records, figure, verdict) => {
    const row = restoreTestRow(records, 4 * 60 * 60_000, ['staging', 'production']);
    expect([row.figure, row.verdict]).toEqual([figure, verdict]);
  });
});

describe('approval row', () => {
  it.each([
    [{ protection_rules: [{ type: 'required_reviewers', reviewers: [{}, {}], prevent_self_review: true }, { type: 'wait_timer', wait_timer: 5 }] }, undefined, 'pass', '2 reviewers'],
    [{ protection_rules: [{ type: 'wait_timer', wait_timer: 5 }] }, undefined, 'fail', 'none'],
    [{ protection_rules: [{ type: 'required_reviewers', reviewers: [] }] }, undefined, 'fail', 'none'],
    [undefined, undefined, 'fail', 'no environment'],
    [undefined, 'the token may not read it', 'no data', 'no data'],
  ])('%#', (rules, forbidden, verdict, figure) => {
    expect(approvalRow('production', rules, forbidden)).toMatchObject({ verdict, figure });
  });
});

describe('the page', () => {
  const weeks = [
    { start: window.start, end: window.start + 7 * DAY, deploys: 3, failures: 1, restores: 1 },
    { start: window.start + 7 * DAY, end: window.start + 14 * DAY, deploys: 0, failures: 0, restores: 0 },
  ];
  it('draws a Mermaid chart GitHub renders, with the weekly figures beside it', () => {
    expect(weeklyChart(weeks)).toBe(
      ['```mermaid', 'xychart-beta', '    title "Deploys (bars), failed changes and restores (lines) per week"', '    x-axis ["Nov 6", "Nov 13"]', '    y-axis "count" 0 --> 3', '    bar [3, 0]', '    line [1, 0]', '    line [1, 0]', '```'].join('\n'),
    );
    const page = renderPage([{ metric: 'Uptime', verdict: 'no data', figure: 'no data', target: '≥ 99 %', how: 'No prometheus-url | was given.' }], weeks, 'production');
    expect(page.title).toBe('Launch readiness: 0 of 1 metrics pass, 1 without data');
    expect(page.summary).toBe('- ⚪ no data **Uptime**: no data (target ≥ 99 %)');
    expect(page.body).toContain('| Uptime | ⚪ no data | no data | ≥ 99 % | No prometheus-url &#124; was given. |');
    expect(page.body).toContain('| Nov 6 | 3 | 1 | 1 |');
  });

  it('shows a row\'s query once, as code, after the escaped explanation', () => {
    const row = serviceRow({ metric: 'Uptime', template: 'q', scale: 100, unit: '%', limit: 99, direction: 'min', meaning: 'Share of time up' }, 'avg(avg_over_time(up[1d]))', { ok: true, values: [1] }, { start: 0, end: 86_400_000 });
    const body = renderPage([row], [], 'production').body;
    const cell = body.split('\n').find((each) => each.startsWith('| Uptime |'));
    expect(cell).toMatch(/ \| Share of time up over the .*\. Query: `avg\(avg_over_time\(up\[1d\]\)\)` \|$/);
  });
});

it.each([
  [42_000, '42 s'],
  [60_000, '1 min'],
  [61_000, '2 min'],
  [4 * 3600_000, '4 h'],
  [4 * 3600_000 + 1, '4 h 01 min'],
  [50 * 3600_000, '2 d 2 h'],
])('durationText(%d) is %s', (ms, text) => expect(durationText(ms)).toBe(text));
