// Shared set-up for the simulator tests: a real git repository in a temp dir, and small helpers.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Octokit } from '@octokit/core';
import { afterAll, beforeAll, beforeEach } from '@jest/globals';
import { startSimulator } from '../../simulator/index.mjs';

type Simulator = Awaited<ReturnType<typeof startSimulator>>;

export class TestRepo {
  readonly dir: string;
  private clock = 0;

  constructor() {
    this.dir = mkdtempSync(path.join(os.tmpdir(), 'sim-test-repo-'));
    this.git('init', '--quiet', '--initial-branch=main');
  }

  git(...args: string[]): string {
    return execFileSync('git', args, {
      cwd: this.dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_AUTHOR_NAME: 'Test Tagger',
        GIT_AUTHOR_EMAIL: 'tagger@example.test',
        GIT_COMMITTER_NAME: 'Test Tagger',
        GIT_COMMITTER_EMAIL: 'tagger@example.test',
      },
    }).trim();
  }

  /** Commit files with a fixed, increasing date (so history order is deterministic). */
  commit(message: string, files: Record<string, string>, author = 'Alice Example <alice@users.noreply.github.com>'): string {
    for (const [file, content] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(this.dir, file)), { recursive: true });
      writeFileSync(path.join(this.dir, file), content);
    }
    this.git('add', '--all');
    this.clock += 1;
    const date = new Date(Date.UTC(2024, 0, 1, 0, 0, this.clock)).toISOString();
    const [, name, email] = /^(.*) <(.*)>$/.exec(author) ?? [];
    execFileSync('git', ['commit', '--quiet', '--allow-empty', '-m', message], {
      cwd: this.dir,
      env: {
        ...process.env,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_AUTHOR_NAME: name,
        GIT_AUTHOR_EMAIL: email,
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_NAME: name,
        GIT_COMMITTER_EMAIL: email,
        GIT_COMMITTER_DATE: date,
      },
    });
    return this.git('rev-parse', 'HEAD');
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export function client(url: string, token = 'ghs_test'): InstanceType<typeof Octokit> {
  return new Octokit({ baseUrl: url, auth: token });
}

/** The HTTP status a request ends with (Octokit throws for >= 400). */
export async function statusOf(promise: Promise<{ status: number }>): Promise<number> {
  try {
    return (await promise).status;
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (typeof status !== 'number') throw error;
    return status;
  }
}

/** The error body of a failed request. */
export async function errorOf(promise: Promise<unknown>): Promise<{ status: number; data: { message: string; errors?: unknown[] } }> {
  try {
    await promise;
  } catch (error) {
    const { status, response } = error as { status: number; response: { data: { message: string; errors?: unknown[] } } };
    return { status, data: response.data };
  }
  throw new Error('expected the request to fail');
}

/** Parse a Link header into { rel: url }. */
export function parseLink(header: string | null | undefined): Record<string, string> {
  const links: Record<string, string> = {};
  for (const part of (header ?? '').split(',')) {
    const match = /<([^>]+)>;\s*rel="([^"]+)"/.exec(part);
    if (match) links[match[2]] = match[1];
  }
  return links;
}

/**
 * The value at `keys` inside a request body the simulator logged (sim.requests[].body is the
 * parsed JSON, so `unknown`); undefined where the path does not exist.
 */
export function jsonAt(value: unknown, ...keys: string[]): unknown {
  let node = value;
  for (const key of keys) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** The length of the array at `keys` inside a logged request body (undefined when it is no array). */
export function lengthAt(value: unknown, ...keys: string[]): number | undefined {
  const node = jsonAt(value, ...keys);
  return Array.isArray(node) ? node.length : undefined;
}

/**
 * One simulator for a describe block, over a repository with one commit, with its injected faults
 * and request log cleared before each test: what the fault, rate-limit and early-read suites share.
 * Read `suite.sim`, `suite.sha` and `suite.repoDir` inside tests (they are set by beforeAll).
 */
export function simulatorPerSuite(token = 'ghs_test'): { readonly sim: Simulator; readonly sha: string; readonly repoDir: string } {
  const state = {} as { repo: TestRepo; sim: Simulator; sha: string };
  beforeAll(async () => {
    state.repo = new TestRepo();
    state.sha = state.repo.commit('feat: first', { 'a.txt': 'a\n' });
    state.sim = await startSimulator({ repoDir: state.repo.dir, token });
  });
  afterAll(async () => {
    await state.sim?.close();
    state.repo?.remove();
  });
  beforeEach(() => {
    state.sim.clearInjections();
    state.sim.clearRequests();
  });
  return {
    get sim() {
      return state.sim;
    },
    get sha() {
      return state.sha;
    },
    get repoDir() {
      return state.repo.dir;
    },
  };
}

