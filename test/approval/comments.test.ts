import { describe, expect, it } from '@jest/globals';
import { classifyComment, isBot } from '../../src/approval/comments.js';

describe('classifyComment', () => {
  it.each([
    ['approve', 'approve'],
    ['Approved', 'approve'],
    ['LGTM', 'approve'],
    ['yes', 'approve'],
    ['Yes!', 'approve'],
    ['approve.', 'approve'],
    ['/approve', 'approve'],
    ['  approve  ', 'approve'],
    ['\n\napprove', 'approve'],
    ['approve\nStaging looks good, error rate flat.', 'approve'],
    ['approve\r\nwith CRLF', 'approve'],
    ['lgtm!!', 'approve'],
    ['deny', 'deny'],
    ['DENIED', 'deny'],
    ['no', 'deny'],
    ['No.', 'deny'],
    ['/deny', 'deny'],
    ['deny\nThe p95 latency doubled on staging.', 'deny'],
  ])('%j is %s', (body, vote) => {
    expect(classifyComment(body)).toBe(vote);
  });

  it.each([
    [''],
    ['approve?'],
    ['yes?'],
    ['no problem, approve'],
    ['I approve'],
    ['approve this please'],
    ['> approve'],
    ['`approve`'],
    ['**approve**'],
    ['approves'],
    ['nope'],
    ['looks good\napprove'],
    ['//approve'],
    ['approve,'],
  ])('%j carries no vote', (body) => {
    expect(classifyComment(body)).toBeUndefined();
  });
});

describe('isBot', () => {
  it.each([
    [{ login: 'github-actions[bot]', userType: 'Bot' }, true],
    [{ login: 'renovate[bot]', userType: 'User' }, true],
    [{ login: 'some-app', userType: 'Bot' }, true],
    [{ login: 'alice', userType: 'User' }, false],
    [{ login: 'botanist', userType: 'User' }, false],
  ])('%j → %s', (user, expected) => {
    expect(isBot(user)).toBe(expected);
  });
});
