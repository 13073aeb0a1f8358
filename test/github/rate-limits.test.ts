import { describe, expect, it } from '@jest/globals';
import { createGitHub, rateLimitWaitSeconds } from '../../src/github/client.js';
import { simulatorPerSuite } from '../simulator/fixture.js';

const R = { owner: 'acme', repo: 'app' };

describe('rate-limit answers, read as GitHub documents them', () => {
  const NOW = Date.parse('2026-12-06T12:00:00Z');
  const answer = (status: number, headers: Record<string, string>, message = '') => ({ status, headers, message });

  it('waits the retry-after GitHub gives, in seconds or as an HTTP date', () => {
    expect(rateLimitWaitSeconds(answer(403, { 'retry-after': '7' }, 'You have exceeded a secondary rate limit.'), 0, NOW)).toBe(7);
    expect(rateLimitWaitSeconds(answer(429, { 'retry-after': new Date(NOW + 12_000).toUTCString() }), 0, NOW)).toBe(12);
  });

  it('waits until x-ratelimit-reset when the primary limit is spent', () => {
    expect(rateLimitWaitSeconds(answer(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 42) }), 0, NOW)).toBe(42);
  });

  it('waits a minute, doubling, on a secondary limit that states no wait', () => {
    const secondary = answer(403, { 'x-ratelimit-remaining': '4000' }, 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.');
    expect([0, 1, 2].map((attempt) => rateLimitWaitSeconds(secondary, attempt, NOW))).toEqual([60, 120, 240]);
  });

  it('reads a plain 403 as forbidden, not as a rate limit', () => {
    expect(rateLimitWaitSeconds(answer(403, { 'x-ratelimit-remaining': '4999' }, 'Resource not accessible by integration'), 0, NOW)).toBeUndefined();
    expect(rateLimitWaitSeconds(answer(404, { 'retry-after': '1' }), 0, NOW)).toBeUndefined();
  });
});

describe('the project client against rate-limit answers from the simulator', () => {
  const suite = simulatorPerSuite();

  /** A client whose waits are recorded, not slept: the test asserts the delay it asked for. */
  const recording = (retries?: number) => {
    const waits: number[] = [];
    const notices: string[] = [];
    const github = createGitHub({ token: 'ghs_test', baseUrl: suite.sim.url, retries, log: (line) => notices.push(line), sleep: (ms) => (waits.push(ms), Promise.resolve()) });
    return { github, waits, notices };
  };

  it('waits out a secondary rate limit on a write for its retry-after, then sends the write once more', async () => {
    suite.sim.inject({ method: 'POST', path: /\/statuses\/[0-9a-f]{40}$/, secondaryRateLimit: true, retryAfter: 30, times: 1 });
    const { github, waits, notices } = recording();
    const response = await github.rest.repos.createCommitStatus({ ...R, sha: suite.sha, state: 'success', context: 'limited' });
    expect(response.status).toBe(201);
    expect(suite.sim.writes().map((entry) => entry.status)).toEqual([403, 201]);
    expect(waits).toEqual([30_000]);
    expect(notices.join('\n')).toMatch(/Secondary rate limit on POST .*waiting 30s before retrying/);
  });

  it('waits for the primary limit to reset when x-ratelimit-remaining is 0', async () => {
    suite.sim.inject({ method: 'GET', path: '/repos/acme/app', rateLimit: true, retryAfter: 90, times: 1 });
    const { github, waits, notices } = recording();
    expect((await github.rest.repos.get(R)).status).toBe(200);
    expect(waits).toHaveLength(1);
    // x-ratelimit-reset is whole seconds from the simulator's clock: 89 to 91 s from now.
    expect(waits[0]).toBeGreaterThanOrEqual(89_000);
    expect(waits[0]).toBeLessThanOrEqual(91_000);
    expect(notices.join('\n')).toMatch(/^Rate limit on GET /m);
  });

  it('fails at once, in one sentence, when the limit lifts only after more than 15 minutes', async () => {
    suite.sim.inject({ method: 'GET', path: '/repos/acme/app', rateLimit: true, retryAfter: 3600, times: 1 });
    const { github, waits } = recording();
    await expect(github.rest.repos.get(R)).rejects.toThrow(/rate limit for this token lifts only in 60 minutes, longer than the 15 minutes shipgate waits/);
    expect(waits).toEqual([]);
    expect(suite.sim.requests).toHaveLength(1);
  });

  it('does not retry a 403 that is a refusal, not a limit', async () => {
    suite.sim.inject({ method: 'GET', path: '/repos/acme/app', status: 403, body: { message: 'Resource not accessible by integration' }, times: 1 });
    const { github, waits } = recording();
    await expect(github.rest.repos.get(R)).rejects.toMatchObject({ status: 403 });
    expect(waits).toEqual([]);
    expect(suite.sim.requests).toHaveLength(1);
  });

  it('sends independent writes together: no spacing is added between them', async () => {
    const gate = suite.sim.inject({ method: 'POST', path: /\/statuses\/[0-9a-f]{40}$/, gate: true, times: 3 });
    const { github } = recording();
    const writes = ['a', 'b', 'c'].map((context) => github.rest.repos.createCommitStatus({ ...R, sha: suite.sha, state: 'success', context }));
    // All three reach GitHub before any is answered: nothing queues them one after another.
    await gate.reached(3);
    gate.release();
    expect((await Promise.all(writes)).map((response) => response.status)).toEqual([201, 201, 201]);
  });
});
