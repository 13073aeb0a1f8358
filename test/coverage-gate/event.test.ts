import { describe, expect, it } from '@jest/globals';
import { readGateEvent } from '../../src/coverage/gate/event.js';

const HEAD = 'a'.repeat(40);
const BASE = 'b'.repeat(40);
const MERGE = 'c'.repeat(40);

const pull = (headRepo: string | null) => ({
  number: 7,
  pull_request: {
    number: 7,
    head: { sha: HEAD, ref: 'feature', repo: headRepo ? { full_name: headRepo } : null },
    base: { sha: BASE, ref: 'main', repo: { full_name: 'acme/app' } },
  },
});

describe('readGateEvent', () => {
  it.each([
    ['a pull request reports on its head, not the merge commit', 'pull_request', pull('acme/app'), { kind: 'pull_request', number: 7, headSha: HEAD, baseSha: BASE, baseRef: 'main', fork: false }],
    ['a fork pull request', 'pull_request', pull('alice/app'), { kind: 'pull_request', headRepo: 'alice/app', fork: true }],
    ['a pull request whose fork was deleted', 'pull_request', pull(null), { kind: 'pull_request', fork: true }],
    ['a push', 'push', { after: MERGE, repository: { default_branch: 'main' } }, { kind: 'push', sha: MERGE, branch: 'main', defaultBranch: 'main' }],
    ['a schedule', 'schedule', {}, { kind: 'other', name: 'schedule', sha: MERGE }],
    [
      'a workflow_run from a fork',
      'workflow_run',
      { workflow_run: { id: 9, event: 'pull_request', head_sha: HEAD, head_branch: 'feature', head_repository: { full_name: 'alice/app', owner: { login: 'alice' } }, pull_requests: [] } },
      { kind: 'workflow_run', runEvent: 'pull_request', runId: 9, headSha: HEAD, headOwner: 'alice', pullNumbers: [] },
    ],
  ])('%s', (_name, eventName, payload, expected) => {
    const ref = eventName === 'pull_request' ? 'refs/pull/7/merge' : 'refs/heads/main';
    expect(readGateEvent(eventName, payload as Record<string, unknown>, MERGE, ref, 'acme/app')).toMatchObject(expected);
  });
});
