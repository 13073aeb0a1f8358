import { describe, expect, it } from '@jest/globals';
import { formatDurationCompact, formatDurationInWords } from '../../src/lib/duration.js';
import { shortSha } from '../../src/lib/sha.js';
import { counted, plural } from '../../src/lib/plural.js';

describe('durations', () => {
  it.each([
    [500, '0.5 seconds'],
    [1000, '1 second'],
    [90_000, '90 seconds'],
    [300_000, '5 minutes'],
    [60 * 60_000, '60 minutes'],
    [150 * 60_000, '2.5 hours'],
  ])('in words: %d ms is %s', (ms, expected) => {
    expect(formatDurationInWords(ms)).toBe(expected);
  });

  it.each([
    [850, '850 ms'],
    [1234, '1.2s'],
    [45_000, '45s'],
    [185_000, '3m 05s'],
    [3_600_000, '60m 00s'],
  ])('compact: %d ms is %s', (ms, expected) => {
    expect(formatDurationCompact(ms)).toBe(expected);
  });
});

describe('shortSha', () => {
  it.each([
    ['0123456789abcdef0123456789abcdef01234567', '0123456'],
    ['0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef', '0123456'],
    ['v1.2.0', 'v1.2.0'],
    ['main', 'main'],
    ['0123456', '0123456'],
  ])('%s is shown as %s', (input, expected) => {
    expect(shortSha(input)).toBe(expected);
  });
});

describe('plural and counted', () => {
  it.each([
    [0, 'deploy', undefined, 'deploys', '0 deploys'],
    [1, 'deploy', undefined, 'deploy', '1 deploy'],
    [2, 'fix', 'fixes', 'fixes', '2 fixes'],
    [1, 'line is', 'lines are', 'line is', '1 line is'],
    [3, 'line is', 'lines are', 'lines are', '3 lines are'],
  ])('%d %s', (count, one, many, word, withCount) => {
    expect(plural(count, one, many)).toBe(word);
    expect(counted(count, one, many)).toBe(withCount);
  });
});
