// Messages and names in markdown: every hostile text, through the one escaper, renders as
// exactly its own characters (line breaks as spaces) in a paragraph and in a table cell: no
// HTML, no comment, no link, no emphasis, no @-mention, and the table keeps its cells.
import { describe, expect, it } from '@jest/globals';
import { codeSpan, markdownText } from '../../src/lib/markdown.js';
import { renderCell, renderInline } from './markdown-render.js';

export const HOSTILE_TEXTS = [
  'stag\n::error::INJ <img src=x onerror=alert(1)>',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<details open><summary>x</summary>',
  'rolled back: <!-- hide the rest',
  'end the marker early -->',
  '@org/everyone please look',
  'ping @alice and @acme/release-managers',
  '(@alice)',
  'x | y | z',
  '|',
  '`',
  '``a``',
  'a ` b',
  '`v1.2.0`',
  'line one\nline two',
  'windows\r\nline',
  'old mac\rline',
  '**bold** and __strong__',
  '*it* and _it_',
  '~~gone~~',
  '[click](https://evil.example/)',
  '![pixel](https://evil.example/p.png)',
  '[ref]: https://evil.example/',
  '\\',
  '\\|',
  '\\`',
  '&lt;img&gt;',
  '&amp;',
  '# heading',
  '- item',
  '+ item',
  '1. item',
  '2) item',
  '> quote',
  '=== setext',
  'https://example.com/a_b_c?x=1&y=2',
  ':warning: ${{ secrets.TOKEN }}',
  'ünïcödé 🚀 名前',
  ' spaced ',
  'tab\there',
  '---',
  '***',
  '-1 pts',
  '0.1%',
  '#1 fix',
];

const expected = (text: string) => text.replace(/\r\n|[\r\n]/g, ' ');
const withoutJoiners = (text: string) => text.replace(/\u200d/g, '');

describe('markdownText: user text renders as itself and does nothing else', () => {
  it.each(HOSTILE_TEXTS)('%j in a paragraph', (text) => {
    const rendered = renderInline(markdownText(text));
    expect(rendered.constructs).toEqual([]);
    expect(rendered.mentions).toEqual([]);
    expect(withoutJoiners(rendered.text)).toBe(expected(text).trim() === expected(text) ? expected(text) : expected(text).trim());
  });

  it.each(HOSTILE_TEXTS)('%j in a table cell', (text) => {
    const { cells, inline } = renderCell(markdownText(text));
    expect(cells).toBe(2);
    expect(inline.constructs).toEqual([]);
    expect(inline.mentions).toEqual([]);
    expect(withoutJoiners(inline.text)).toBe(expected(text).trim());
  });
});

describe('ordinary text stays as it is written', () => {
  it.each(['0.1%', 'at most 1%', 'exit code 0 after 16 ms', 'v1.2.0 (abc1234)', '12b3014 (deployment 1)', 'production', 'p95 latency', '#12', '-3.85 pts', 'a.b/c-d'])('%j', (text) => {
    expect(markdownText(text)).toBe(text);
  });
});

describe('codeSpan: user text as code, in text and in a table', () => {
  it.each(HOSTILE_TEXTS.filter((text) => text.trim() !== ''))('%j', (text) => {
    for (const rendered of [renderInline(codeSpan(text)), renderCell(codeSpan(text)).inline]) {
      expect(rendered.constructs).toEqual([]);
      expect(rendered.mentions).toEqual([]);
      expect(withoutJoiners(rendered.text).trim()).toBe(expected(text).trim());
    }
    expect(renderCell(codeSpan(text)).cells).toBe(2);
  });

  it('is a code span when the text allows one', () => {
    expect(codeSpan('v1.2.0')).toBe('`v1.2.0`');
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`x`')).toBe('`` `x` ``');
    expect(renderInline(codeSpan('<img src=x>')).code).toEqual(['<img src=x>']);
  });
});
