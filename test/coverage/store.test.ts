import { describe, expect, test } from '@jest/globals';
import { FileCoverage } from '../../src/coverage/model.js';
import { CoverageStore } from '../../src/coverage/store.js';
import { summarizeFile } from './helpers.js';

describe('the compact store', () => {
  test('records of several files interleaved are committed to the right file', () => {
    const store = new CoverageStore();
    const a = new FileCoverage('a', store);
    const b = new FileCoverage('b', store);
    a.addLine(10, 1);
    b.addLine(3, 0);
    a.addLine(2, 0);
    a.addBranch(10, 0, 1);
    b.addBranch(3, 1, 4);
    a.addLine(10, 2);
    expect(summarizeFile(a)).toEqual({ lines: [[2, 0], [10, 3]], branches: [[10, [1]]], lineRatio: [1, 2], branchRatio: [1, 1] });
    expect(summarizeFile(b)).toEqual({ lines: [[3, 0]], branches: [[3, [0, 4]]], lineRatio: [0, 1], branchRatio: [1, 2] });
  });

  test('a later report that widens the line range or adds arms and lines is merged', () => {
    const store = new CoverageStore();
    const file = new FileCoverage('f', store);
    for (const [line, hits] of [[5, 0], [6, 1]]) file.addLine(line, hits);
    file.addBranch(6, 0, 0);
    file.addBranch(6, 1, 1);
    store.flush();
    const other = new FileCoverage('other', store);
    other.addLine(1, 1);
    for (const [line, hits] of [[1, 1], [5, 2], [9, 0]]) file.addLine(line, hits);
    file.addBranch(6, 0, 3);
    file.addBranch(6, 2, 0);
    file.addBranch(2, 0, 0);
    expect(summarizeFile(file)).toEqual({
      lines: [[1, 1], [5, 2], [6, 1], [9, 0]],
      branches: [[2, [0]], [6, [3, 1, 0]]],
      lineRatio: [3, 4],
      branchRatio: [2, 4],
    });
    expect(file.lineHits(7)).toBeUndefined();
    expect(file.lineHits(0)).toBeUndefined();
    expect(file.branchArms(6)).toEqual([3, 1, 0]);
    expect(file.branchArms(7)).toEqual([]);
  });

  test('a repeated layout (shards) is added in place', () => {
    const file = new FileCoverage('f');
    for (let shard = 0; shard < 3; shard++) {
      file.addLine(1, shard);
      file.addBranch(1, 0, shard === 2 ? 1 : 0);
      file.addBranch(1, 1, 0);
      new FileCoverage('switch', file.store).addLine(1, 1);
    }
    expect(summarizeFile(file)).toEqual({ lines: [[1, 3]], branches: [[1, [1, 0]]], lineRatio: [1, 1], branchRatio: [1, 2] });
  });

  test('far-apart line numbers do not allocate a huge slice, and huge numbers still work', () => {
    const file = new FileCoverage('f');
    file.addLine(1, 1);
    file.addLine(3_000_000, 0);
    file.addLine(50_000_000, 2);
    file.addBranch(40_000_000, 0, 1);
    expect(summarizeFile(file)).toEqual({
      lines: [[1, 1], [3_000_000, 0], [50_000_000, 2]],
      branches: [[40_000_000, [1]]],
      lineRatio: [2, 3],
      branchRatio: [1, 1],
    });
    file.addLine(3_000_000, 5);
    expect(file.lineHits(3_000_000)).toBe(5);
    expect(file.lineRatio()).toEqual({ covered: 3, total: 3 });
  });

  test('hit counts saturate instead of wrapping; zero stays uncovered', () => {
    const file = new FileCoverage('f');
    file.addLine(1, 1e12);
    file.addLine(1, 1e12);
    file.addLine(2, 0);
    file.addLine(3, -4);
    file.addBranch(1, 0, 1e9);
    expect(file.lineHits(1)).toBe(65534);
    expect(file.lineRatio()).toEqual({ covered: 1, total: 3 });
    expect(file.branchArms(1)).toEqual([65534]);
  });

  test('the line and branch views', () => {
    const file = new FileCoverage('f');
    file.lines.add(4, 2);
    file.branches.add(4, 0, 0);
    expect(file.lines.get(4)).toBe(2);
    expect(file.lines.ratio()).toEqual({ covered: 1, total: 1 });
    expect(file.branches.armsAt(4)).toEqual([0]);
    expect(file.branches.ratio()).toEqual({ covered: 0, total: 1 });
    const seen: number[] = [];
    file.lines.forEach((line) => seen.push(line));
    file.branches.forEach((line) => seen.push(line));
    expect(seen).toEqual([4, 4]);
  });
});

describe('the writers\' slow paths', () => {
  test('lines out of order leave the in-place window and are sorted in the scratch', () => {
    const file = new FileCoverage('f');
    for (const [line, hits] of [[48, 1], [24, 0], [50, 2], [24, 3]]) file.addLine(line, hits);
    expect(summarizeFile(file)).toMatchObject({ lines: [[24, 3], [48, 1], [50, 2]], lineRatio: [3, 3] });
  });

  test('branch arms out of order (coverage.py) are sorted; a later record with other lines merges', () => {
    const store = new CoverageStore();
    const file = new FileCoverage('f', store);
    for (const [line, arm, hits] of [[14, 0, 1], [15, 0, 1], [16, 0, 1], [15, 1, 0], [0, 0, 1]]) file.addBranch(line, arm, hits);
    expect(summarizeFile(file).branches).toEqual([[0, [1]], [14, [1]], [15, [1, 0]], [16, [1]]]);
    new FileCoverage('other', store).addBranch(1, 0, 1);
    file.addBranch(15, 0, 2);
    file.addBranch(15, 1, 1);
    file.addBranch(20, 0, 0);
    expect(summarizeFile(file)).toMatchObject({ branches: [[0, [1]], [14, [1]], [15, [3, 1]], [16, [1]], [20, [0]]], branchRatio: [5, 6] });
  });

  test('arms of a line that are not in order within a record go to the scratch', () => {
    const file = new FileCoverage('f');
    file.addBranch(3, 1, 5);
    file.addBranch(3, 0, 0);
    expect(file.branchArms(3)).toEqual([0, 5]);
  });

  test('a file larger than a page window is written through the scratch', () => {
    const file = new FileCoverage('f');
    for (let line = 1; line <= 40_000; line++) file.addLine(line, line % 2);
    for (let line = 1; line <= 20_000; line++) file.addBranch(line, 0, line % 3);
    expect(file.lineRatio()).toEqual({ covered: 20_000, total: 40_000 });
    expect(file.branchRatio()).toEqual({ covered: 13_334, total: 20_000 });
    expect(file.lineHits(39_999)).toBe(1);
  });
});
