import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { README, RESULTS_MD, readResults, readmeWithResults, renderResultsMarkdown } from '../bench/lib/results.mjs';

// One set of figures: the README's benchmark table and bench/results.md are rendered from
// bench/results.json, never edited by hand (`node bench/report.mjs` renders them again).
describe('benchmark figures', () => {
  const results = readResults();

  it('the README states exactly the figures of bench/results.json', () => {
    const readme = readFileSync(README, 'utf8');
    expect(readme).toBe(readmeWithResults(readme, results));
  });

  it('bench/results.md is rendered from bench/results.json', () => {
    expect(readFileSync(RESULTS_MD, 'utf8')).toBe(renderResultsMarkdown(results));
  });

  it('every API operation the README reports has its requests and sequential round trips', () => {
    for (const id of ['rollback', 'release', 'deploy', 'coverage-gate']) {
      const operation = results.sections.api?.operations?.[id];
      expect({ id, requests: typeof operation?.result.requests, roundTrips: typeof operation?.result.roundTrips }).toEqual({ id, requests: 'number', roundTrips: 'number' });
    }
  });
});
