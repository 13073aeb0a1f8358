// Shared by the release and rollback integration tests: a real git repository behind the
// simulator, annotated tags made by plain git, and the built bundles run as the runner does.
import { execFileSync } from 'node:child_process';
import { startSimulator } from '../../simulator/index.mjs';
import { runAction } from '../../scripts/lib/run-action.mjs';
import { TestRepo } from '../simulator/fixture.js';

export type Simulator = Awaited<ReturnType<typeof startSimulator>>;
export type RunResult = Omit<Awaited<ReturnType<typeof runAction>>, 'outputs'> & { outputs: Record<string, string> };
export { TestRepo };

const GIT_ENV = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
const IDENTITY = ['-c', 'user.name=Release Bot', '-c', 'user.email=release@users.noreply.github.com'];

/** An annotated tag made with plain git (as a person or another tool would). */
export function tagAnnotated(repo: TestRepo, name: string, sha = 'HEAD'): void {
  execFileSync('git', [...IDENTITY, 'tag', '-a', name, sha, '-m', name], { cwd: repo.dir, env: GIT_ENV });
}

/**
 * `count` commits on top of the current branch, each carrying an annotated tag from `name(i)`,
 * written with one `git fast-import` (thousands of tags in well under a second).
 */
export function commitsWithTags(repo: TestRepo, count: number, name: (i: number) => string, branch = 'main'): void {
  const parent = repo.git('rev-parse', 'HEAD');
  const lines: string[] = [];
  const when = 1_700_000_000;
  const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}`;
  for (let i = 0; i < count; i++) {
    lines.push(`commit refs/heads/${branch}`, `mark :${i + 1}`, `committer Dev <dev@example.com> ${when + i} +0000`, data(`fix: change ${i}\n`));
    if (i === 0) lines.push(`from ${parent}`);
    lines.push(`M 644 inline counter.txt`, data(`${i}\n`));
    lines.push(`tag ${name(i)}`, `from :${i + 1}`, `tagger Release Bot <release@example.com> ${when + i} +0000`, data(`${name(i)}\n`));
  }
  execFileSync('git', ['fast-import', '--quiet', '--force'], { cwd: repo.dir, env: GIT_ENV, input: `${lines.join('\n')}\n` });
  repo.git('reset', '--quiet', '--hard', branch);
}

/** The commit a tag points at, by plain git. */
export const tagCommit = (repo: TestRepo, tag: string): string => repo.git('rev-parse', `${tag}^{commit}`);
export const tagType = (repo: TestRepo, tag: string): string => repo.git('cat-file', '-t', tag);

export function runBundle(
  action: 'release' | 'rollback' | 'deploy',
  sim: Simulator,
  options: { inputs?: Record<string, string>; sha?: string; eventName?: string; event?: object; env?: Record<string, string>; cwd?: string },
): Promise<RunResult> {
  return runAction(action, {
    apiUrl: sim.url,
    repository: `${sim.owner}/${sim.repo}`,
    timeoutMs: 60_000,
    ...options,
  });
}

/** A release as the simulator stores it. */
export interface SimRelease {
  id: number;
  tag_name: string;
  name: string | null;
  body: string | null;
  prerelease: boolean;
  html_url: string;
}
export const releaseOf = (sim: Simulator, tag: string): SimRelease => {
  const release = (sim.state.releases as SimRelease[]).find((each) => each.tag_name === tag);
  if (!release) throw new Error(`no release ${tag} in the simulator`);
  return release;
};

/** The requests of a run as "METHOD /path" (without /repos/acme/app), to assert on counts. */
export const requestLines = (sim: Simulator): string[] =>
  sim.requests.map((entry) => `${entry.method} ${entry.path.replace(`/repos/${sim.owner}/${sim.repo}`, '')}`);

export { startSimulator };
