// What the runner hands an action about its run, careless or hostile: each is refused in one
// sentence naming what is wrong, or read exactly.
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readRunContext } from '../../src/github/context.js';
import { readGateEvent } from '../../src/coverage/gate/event.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'shipgate-events-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const eventFile = (name: string, content: string): string => {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
};

describe('the run context', () => {
  it.each(['', 'acme', 'acme/', '/app'])('refuses GITHUB_REPOSITORY %j', (repository) => {
    expect(() => readRunContext({ GITHUB_REPOSITORY: repository })).toThrow(`GITHUB_REPOSITORY must be set to "owner/repo" (the runner sets it), but was ${JSON.stringify(repository)}.`);
  });

  it.each([
    ['not JSON', '{"pull_request": '],
    ['empty file', ''],
  ])('refuses an event payload that is %s, naming the file', (_what, content) => {
    const file = eventFile(`${content.length}.json`, content);
    expect(() => readRunContext({ GITHUB_REPOSITORY: 'acme/app', GITHUB_EVENT_PATH: file })).toThrow(new RegExp(`^The event payload at ${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} could not be read: .+\\.$`));
  });

  it('reads a run link from the server URL without its trailing slashes', () => {
    const context = readRunContext({ GITHUB_REPOSITORY: 'acme/app', GITHUB_SERVER_URL: 'https://ghe.example//', GITHUB_RUN_ID: '7' });
    expect(context.runUrl).toBe('https://ghe.example/acme/app/actions/runs/7');
  });
});

describe('the coverage gate event', () => {
  const sha = 'a'.repeat(40);
  it.each([
    ['a pull request from a fork named like ours in other case', { number: 3, pull_request: { number: 3, head: { sha, ref: 'x', repo: { full_name: 'ACME/app' } }, base: { sha, ref: 'main', repo: { full_name: 'acme/app' } } } }, { kind: 'pull_request', fork: false }],
    ['a pull request whose fork was deleted', { number: 4, pull_request: { number: 4, head: { sha, ref: 'x', repo: null }, base: { sha, ref: 'main', repo: { full_name: 'acme/app' } } } }, { kind: 'pull_request', fork: true, headRepo: '' }],
    ['a head ref with a line break and HTML', { number: 5, pull_request: { number: 5, head: { sha, ref: 'x\n::error::INJ <img>', repo: { full_name: 'evil/app' } }, base: { sha, ref: 'main', repo: { full_name: 'acme/app' } } } }, { kind: 'pull_request', headRef: 'x\n::error::INJ <img>', fork: true }],
    ['a pull request without a number', { pull_request: { head: { sha }, base: { sha } } }, { kind: 'other' }],
    ['a payload of the wrong shape', { pull_request: 'yes', workflow_run: 7 }, { kind: 'other' }],
  ] as const)('reads %s exactly', (_what, payload, expected) => {
    expect(readGateEvent('pull_request', payload as Record<string, unknown>, sha, 'refs/pull/1/merge', 'acme/app')).toMatchObject(expected);
  });

  it('reads a push to a tag as another event, not a push to a branch', () => {
    expect(readGateEvent('push', { after: sha }, sha, 'refs/tags/v1.0.0', 'acme/app')).toEqual({ kind: 'other', name: 'push', sha });
  });
});
