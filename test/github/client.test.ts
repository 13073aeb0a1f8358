import { describe, expect, it } from '@jest/globals';
import { apiBaseUrl, isTransient, retryDelaySeconds, toApiError } from '../../src/github/client.js';
import { ApiError } from '../../src/lib/errors.js';

describe('GitHub client rules', () => {
  it.each([
    [500, true], [502, true], [503, true], [429, true], [403, false], [404, false], [409, false], [422, false],
  ])('treats HTTP %i as transient: %s', (status, expected) => {
    expect(isTransient(status)).toBe(expected);
  });

  it.each([
    ['2', 0, 2], ['0', 3, 0], [undefined, 0, 1], [undefined, 1, 4], [undefined, 2, 9], ['', 1, 4], ['99999', 0, 900],
  ])('waits retry-after %j (attempt %i) as %i s', (header, attempt, seconds) => {
    expect(retryDelaySeconds(header, attempt)).toBe(seconds);
  });

  it('reads an HTTP-date retry-after', () => {
    const inThree = new Date(Date.now() + 3000).toUTCString();
    expect(retryDelaySeconds(inThree, 0)).toBeGreaterThanOrEqual(2);
    expect(retryDelaySeconds(inThree, 0)).toBeLessThanOrEqual(4);
  });

  it('takes the API base from GITHUB_API_URL (GHES, the simulator) without a trailing slash', () => {
    expect(apiBaseUrl({ GITHUB_API_URL: 'https://ghe.example.com/api/v3/' })).toBe('https://ghe.example.com/api/v3');
    expect(apiBaseUrl({})).toBe('https://api.github.com');
  });

  it('names the operation, the status and GitHub message in a final failure', () => {
    const error = toApiError('create the deployment', { status: 422, response: { data: { message: 'Validation Failed', errors: [{ message: 'ref is invalid' }] } } });
    expect(error).toBeInstanceOf(ApiError);
    expect((error as Error).message).toBe('GitHub API request failed while trying to create the deployment (HTTP 422): Validation Failed; ref is invalid');
    const plain = new Error('boom');
    expect(toApiError('x', plain)).toBe(plain);
  });
});
