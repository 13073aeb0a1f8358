import { codeSpan, markdownText } from '../lib/markdown.js';
import { weekLabel, type Week } from './delivery.js';
import type { MetricRow, Verdict } from './row.js';

/** The launch report as markdown: the job summary, and the check run's summary and text. */

const MARK: Record<Verdict, string> = { pass: '✅ pass', fail: '❌ fail', 'no data': '⚪ no data' };

export function metricsTable(rows: readonly MetricRow[]): string {
  const lines = ['| metric | result | figure | target | how it was computed |', '| --- | --- | --- | --- | --- |'];
  for (const row of rows) lines.push(`| ${markdownText(row.metric)} | ${MARK[row.verdict]} | ${markdownText(row.figure)} | ${markdownText(row.target)} | ${markdownText(row.how)}${row.query ? ` Query: ${codeSpan(row.query)}` : ''} |`);
  return lines.join('\n');
}

/**
 * A Mermaid xychart, which GitHub renders in job summaries and check runs: deploys as bars,
 * failed changes and restores as lines (Mermaid draws several bar series on top of each other,
 * and has no legend, so the weekly table beside it carries the exact figures).
 */
export function weeklyChart(weeks: readonly Week[]): string {
  const labels = weeks.map((week) => JSON.stringify(weekLabel(week))).join(', ');
  const top = Math.max(1, ...weeks.map((week) => Math.max(week.deploys, week.failures, week.restores)));
  return [
    '```mermaid',
    'xychart-beta',
    '    title "Deploys (bars), failed changes and restores (lines) per week"',
    `    x-axis [${labels}]`,
    `    y-axis "count" 0 --> ${top}`,
    `    bar [${weeks.map((week) => week.deploys).join(', ')}]`,
    `    line [${weeks.map((week) => week.failures).join(', ')}]`,
    `    line [${weeks.map((week) => week.restores).join(', ')}]`,
    '```',
  ].join('\n');
}

export function weeklyTable(weeks: readonly Week[]): string {
  const lines = ['| week from | deploys | failed changes | restores |', '| --- | ---: | ---: | ---: |'];
  for (const week of weeks) lines.push(`| ${weekLabel(week)} | ${week.deploys} | ${week.failures} | ${week.restores} |`);
  return lines.join('\n');
}

export interface Page {
  title: string;
  /** One line per metric, for the check run's summary. */
  summary: string;
  /** The whole page: table, chart and weekly figures. */
  body: string;
}

export function renderPage(rows: readonly MetricRow[], weeks: readonly Week[], environment: string): Page {
  const passing = rows.filter((row) => row.verdict === 'pass').length;
  const missing = rows.filter((row) => row.verdict === 'no data').length;
  const title = `Launch readiness: ${passing} of ${rows.length} metrics pass${missing ? `, ${missing} without data` : ''}`;
  const summary = rows.map((row) => `- ${MARK[row.verdict]} **${markdownText(row.metric)}**: ${markdownText(row.figure)} (target ${markdownText(row.target)})`).join('\n');
  // The table sits beside the chart where the page is wide enough (an HTML table of two cells;
  // GitHub renders markdown inside it when blank lines surround it), under it elsewhere.
  const body = [
    `## ${title}`,
    '',
    metricsTable(rows),
    '',
    `### Delivery to ${markdownText(environment)}, per week`,
    '',
    '<table><tr><td>',
    '',
    weeklyChart(weeks),
    '',
    '</td><td>',
    '',
    weeklyTable(weeks),
    '',
    '</td></tr></table>',
    '',
    'A metric without data is not counted as met. See the readiness action\'s README for each definition.',
  ].join('\n');
  return { title, summary, body };
}
