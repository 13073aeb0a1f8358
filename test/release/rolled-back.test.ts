import { describe, expect, it } from '@jest/globals';
import { formatMark, markedRelease, parseMarks, type RollbackMark } from '../../src/release/rolled-back.js';

const mark: RollbackMark = {
  at: '2025-03-01T10:20:30.000Z',
  by: 'octo-dev',
  environment: 'production',
  to: 'v1.1.0',
  reason: 'errors --> up <b>500</b>',
  sha: 'a'.repeat(40),
};

describe('rolled-back marks on a GitHub Release', () => {
  it('round-trips through the HTML comment, even with --> in the reason', () => {
    const comment = formatMark(mark);
    expect(comment).toMatch(/^<!-- shipgate:rolled-back \{.*\} -->$/);
    expect(comment.indexOf('-->')).toBe(comment.length - 3);
    expect(parseMarks(`text\n${comment}\nmore`)).toEqual([mark]);
  });

  it('marks the name once and adds one banner per rollback', () => {
    const first = markedRelease({ name: 'v1.2.0', tag_name: 'v1.2.0', body: "## What's Changed\n* feat" }, mark);
    expect(first.name).toBe('[rolled back] v1.2.0');
    // The reason is user text: shown as typed, but it can neither open HTML nor mention anyone.
    expect(first.body).toContain('> **Rolled back** in `production` to `v1.1.0` on 2025-03-01 10:20:30 UTC by @\u200docto-dev: errors --&gt; up &lt;b&gt;500&lt;/b&gt;');
    expect(first.body.endsWith("## What's Changed\n* feat")).toBe(true);
    const second = markedRelease({ name: first.name, tag_name: 'v1.2.0', body: first.body }, { ...mark, environment: 'staging', at: '2025-03-02T00:00:00Z' });
    expect(second.name).toBe('[rolled back] v1.2.0');
    expect(parseMarks(second.body).map((each) => each.environment)).toEqual(['production', 'staging']);
  });

  it('uses the tag when the release has no name, and works on an empty body', () => {
    const marked = markedRelease({ name: null, tag_name: 'v3.0.0', body: null }, mark);
    expect(marked.name).toBe('[rolled back] v3.0.0');
    expect(parseMarks(marked.body)).toHaveLength(1);
  });

  it.each([[null], [''], ['<!-- shipgate:rolled-back {broken -->'], ['<!-- shipgate:rolled-back {"at":1} -->']])('finds no mark in %j', (body) => {
    expect(parseMarks(body)).toEqual([]);
  });
});
