// The demo prints job summaries in the terminal: tables are wrapped to fit, never cut.
import { describe, expect, it } from '@jest/globals';
import { renderSummary } from '../../demo/terminal.mjs';

const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe('demo terminal rendering', () => {
  const rollback = [
    '| | |',
    '| --- | --- |',
    '| From | v1.1.0 (1ee4817), deployment 4, live since 2026-12-06T08:54:44Z |',
    '| Time to restore | 2.6s (start of the rollback to a verified healthy environment) |',
  ].join('\n');

  it.each([200, 80, 50])('keeps every word of every cell at %i columns', (columns) => {
    const text = renderSummary(rollback, { columns });
    for (const cell of ['v1.1.0 (1ee4817), deployment 4, live since 2026-12-06T08:54:44Z', '2.6s (start of the rollback to a verified healthy environment)']) {
      const shown = words(text).join(' ');
      for (const word of words(cell)) expect(shown).toContain(word);
    }
    expect(text).not.toContain('...');
    for (const line of text.split('\n')) expect(line.trimEnd().length).toBeLessThanOrEqual(Math.max(columns, 'live since 2026-12-06T08:54:44Z'.length + 20));
  });

  it('wraps a long cell onto more lines in its own column, in order', () => {
    expect(renderSummary(rollback, { columns: 50 }).split('\n')).toEqual([
      'From             v1.1.0 (1ee4817), deployment 4,',
      '                 live since 2026-12-06T08:54:44Z',
      'Time to restore  2.6s (start of the rollback to a',
      '                 verified healthy environment)',
    ]);
  });

  it('draws the launch report chart as text and lays out the chart and its table one after the other', () => {
    const page = ['<table><tr><td>', '', '```mermaid', 'xychart-beta', '    title "Deploys (bars), failed changes and restores (lines) per week"', '    x-axis ["Nov 29", "Dec 6"]', '    y-axis "count" 0 --> 4', '    bar [4, 2]', '    line [1, 0]', '    line [1, 0]', '```', '', '</td><td>', '', '| week from | deploys |', '| --- | ---: |', '| Nov 29 | 4 |', '', '</td></tr></table>'].join('\n');
    const text = renderSummary(page, { columns: 100 });
    expect(text).toContain(`Nov 29 │${'█'.repeat(30)} 4   (1, 1)`);
    expect(text).toContain(`Dec 6  │${'█'.repeat(15)} 2   (0, 0)`);
    expect(text).toMatch(/week from\s+deploys\nNov 29\s+4/);
    expect(text).not.toContain('<td>');
  });
});
