import { describe, expect, it } from '@jest/globals';
import { runAction, errorsOf } from '../scripts/lib/run-action.mjs';

// Every bundle must start: a bundle that builds but cannot load fails here. Each case fails at
// its first input check, so no API is needed; the error is one sentence without a stack trace.
const cases: Array<[string, Record<string, string>, RegExp]> = [
  ['coverage-gate', { 'min-coverage': 'seventy' }, /^Input "min-coverage" must be a percentage from 0 to 100, but was "seventy"\.$/],
  ['deploy', {}, /^Input "environment" is required but was not given\.$/],
  ['approval', {}, /^Input "approvers" is required .*but was not given\.$/],
  ['release', { bump: 'huge' }, /^Input "bump" must be one of auto, major, minor, patch, but was "huge"\.$/],
  ['rollback', { 'health-check-timeout': 'soon' }, /^Input "health-check-timeout" must be a duration from 1s to 5 days, in seconds or with a unit/],
  ['rehearsal', { environment: 'production' }, /^Input "environment" names production: rehearse on a staging environment; production is rolled back by the rollback action\.$/],
  ['readiness', { 'window-days': 'a month' }, /^Input "window-days" must be a whole number from 1 to 366, but was "a month"\.$/],
  ['root', {}, /^Input "command" is required/],
  ['root', { command: 'launch' }, /^Input "command" must be one of coverage-gate, deploy, approval, release, rollback, readiness, rehearsal, but was "launch"\.$/],
  ['root', { command: 'deploy' }, /^Input "environment" is required but was not given\.$/],
];

describe('built bundles start and refuse bad input in one sentence', () => {
  it.each(['coverage-gate', 'deploy', 'approval', 'release', 'rollback', 'readiness', 'rehearsal'])('%s masks the token before anything else is printed', async (action) => {
    const result = await runAction(action, { inputs: { 'github-token': 'ghs_secret_value_123' } });
    expect(result.stdout.split('\n')[0]).toBe('::add-mask::ghs_secret_value_123');
  });

  it.each(cases)('%s %j', async (action, inputs, expected) => {
    const result = await runAction(action, { inputs });
    expect(result.exitCode).toBe(1);
    const errors = errorsOf(result);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(expected);
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
  });
});
