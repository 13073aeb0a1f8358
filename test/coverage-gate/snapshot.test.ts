import { describe, expect, it } from '@jest/globals';
import { decodeSnapshot, encodeSnapshot, fileDeltas, type Snapshot } from '../../src/coverage/gate/snapshot.js';
import { ratio } from './helpers.js';

const SHA = 'a'.repeat(40);

function snapshot(files: number): Snapshot {
  const map = new Map<string, { lines: { covered: number; total: number }; branches: { covered: number; total: number } }>();
  let covered = 0;
  let total = 0;
  for (let i = 0; i < files; i++) {
    const lines = ratio(i % 50, 50 + (i % 7));
    map.set(`src/module-${i}/file-${i}.ts`, { lines, branches: ratio(i % 3, 4) });
    covered += lines.covered;
    total += lines.total;
  }
  return { sha: SHA, recordedAt: '2024-05-01T12:00:00Z', lines: ratio(covered, total), branches: ratio(1, 2), files: map };
}

describe('snapshot encoding', () => {
  it('round-trips a small snapshot as compact JSON', () => {
    const small = snapshot(3);
    const text = encodeSnapshot(small);
    expect(JSON.parse(text)).toMatchObject({ v: 1, sha: SHA, l: [small.lines.covered, small.lines.total], f: { 'src/module-1/file-1.ts': [1, 51, 1, 4] } });
    expect(decodeSnapshot(text)).toEqual(small);
  });

  it('gzips a large snapshot and still round-trips it', () => {
    const large = snapshot(5000);
    const text = encodeSnapshot(large);
    expect(JSON.parse(text)).toEqual({ v: 1, gz: expect.any(String) });
    expect(text.length).toBeLessThan(JSON.stringify([...large.files]).length / 3);
    expect(decodeSnapshot(text)).toEqual(large);
  });

  it.each([
    ['not JSON', 'nope', /not a coverage snapshot/],
    ['another version', JSON.stringify({ v: 2 }), /unknown snapshot version 2/],
    ['a bad sha', JSON.stringify({ v: 1, sha: 'main', l: [1, 2], b: [0, 0], f: {} }), /sha must be a commit sha/],
    ['covered above total', JSON.stringify({ v: 1, sha: SHA, l: [3, 2], b: [0, 0], f: {} }), /l must be \[covered, total\]/],
    ['a fraction', JSON.stringify({ v: 1, sha: SHA, l: [1.5, 2], b: [0, 0], f: {} }), /l must be/],
    ['bad file figures', JSON.stringify({ v: 1, sha: SHA, l: [1, 2], b: [0, 0], f: { x: [1, 2] } }), /figures of x must be/],
    ['a bad gzip', JSON.stringify({ v: 1, gz: 'AAAA' }), /not a coverage snapshot/],
  ])('refuses %s', (_name, text, error) => {
    expect(() => decodeSnapshot(text)).toThrow(error);
  });
});

describe('fileDeltas', () => {
  it('ranks files by their share of the change and skips unchanged ones', () => {
    const base: Snapshot = {
      sha: SHA,
      recordedAt: '',
      lines: ratio(90, 100),
      branches: ratio(0, 0),
      files: new Map([
        ['same.ts', { lines: ratio(45, 50), branches: ratio(0, 0) }],
        ['worse.ts', { lines: ratio(45, 50), branches: ratio(0, 0) }],
      ]),
    };
    const current = new Map([
      ['same.ts', { lines: ratio(45, 50), branches: ratio(0, 0) }],
      ['worse.ts', { lines: ratio(40, 50), branches: ratio(0, 0) }],
      ['better-new.ts', { lines: ratio(10, 10), branches: ratio(0, 0) }],
    ]);
    const deltas = fileDeltas(base, current, ratio(95, 110));
    expect(deltas.map((delta) => delta.path)).toEqual(['worse.ts', 'better-new.ts']);
    expect(deltas.reduce((sum, delta) => sum + delta.points, 0)).toBeCloseTo((95 / 110 - 0.9) * 100, 10);
  });
});
