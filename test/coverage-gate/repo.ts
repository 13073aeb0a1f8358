import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { startSimulator } from '../../simulator/index.mjs';

/** A real git repository for gate tests: commits of small sources, hand-written lcov reports, event payloads. */
export type Sim = Awaited<ReturnType<typeof startSimulator>>;
export type Hits = Record<string, Record<number, number>>;

export const git = (dir: string, ...args: string[]) =>
  execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 'Dev', GIT_AUTHOR_EMAIL: 'dev@example.com', GIT_COMMITTER_NAME: 'Dev', GIT_COMMITTER_EMAIL: 'dev@example.com' },
  }).trim();

export function newRepo(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'shipgate-gate-'));
  git(dir, 'init', '-q', '-b', 'main');
  writeFileSync(path.join(dir, '.gitignore'), 'coverage/\n');
  return dir;
}

/** A source file of n statements (one a line). */
export const source = (n: number, tag = 'v') => Array.from({ length: n }, (_, i) => `export const ${tag}${i + 1} = ${i + 1};`).join('\n') + '\n';

export function commit(dir: string, files: Record<string, string>, message: string): string {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', message);
  return git(dir, 'rev-parse', 'HEAD');
}

/** coverage/lcov.info with the given hits per line (lines not listed are not code). */
export function writeLcov(dir: string, hits: Hits): void {
  const records = Object.entries(hits).map(
    ([file, lines]) => `TN:\nSF:${file}\n${Object.entries(lines).map(([line, count]) => `DA:${line},${count}`).join('\n')}\nend_of_record`,
  );
  mkdirSync(path.join(dir, 'coverage'), { recursive: true });
  writeFileSync(path.join(dir, 'coverage/lcov.info'), `${records.join('\n')}\n`);
}

/** Lines 1..n, the first `covered` hit once. */
export const lines = (n: number, covered: number): Record<number, number> =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [i + 1, i < covered ? 1 : 0]));

export const repoJson = (fullName: string) => ({ full_name: fullName, name: fullName.split('/')[1], owner: { login: fullName.split('/')[0] } });

export function pullEvent(number: number, headSha: string, headRef: string, baseSha: string, headRepo = 'acme/app') {
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      state: 'open',
      head: { sha: headSha, ref: headRef, label: `${headRepo.split('/')[0]}:${headRef}`, repo: repoJson(headRepo) },
      base: { sha: baseSha, ref: 'main', label: 'acme:main', repo: repoJson('acme/app') },
    },
    repository: { ...repoJson('acme/app'), default_branch: 'main' },
  };
}

export const pushEvent = (sha: string) => ({ ref: 'refs/heads/main', after: sha, repository: { ...repoJson('acme/app'), default_branch: 'main' } });


/** The `order` list of a coverage snapshot index (coverage/index.json); undefined when it has none. */
export function indexOrder(json: string): unknown[] | undefined {
  const parsed: unknown = JSON.parse(json);
  if (typeof parsed !== 'object' || parsed === null || !('order' in parsed)) return undefined;
  const { order } = parsed;
  return Array.isArray(order) ? (order as unknown[]) : undefined;
}
