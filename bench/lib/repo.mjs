// Large git repositories for the API-economy scenarios, written with `git fast-import` (thousands
// of commits and annotated tags in about a second) instead of one git process per commit.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

const GIT_ENV = { ...process.env, LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0', GIT_CONFIG_NOSYSTEM: '1' };
const AUTHOR = 'Octo Dev <octo-dev@users.noreply.github.com>';
const EPOCH = 1_600_000_000;

/**
 * @param {string} dir
 * @param {string[]} args
 * @param {string} [input]
 */
export function git(dir, args, input) {
  return execFileSync('git', args, { cwd: dir, env: GIT_ENV, input, maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'pipe'] }).toString();
}

/** @param {string} text */
const data = (text) => `data ${Buffer.byteLength(text)}\n${text}\n`;

/**
 * Build a repository in `dir` from a list of commits on `main`:
 * { message, files: { path: content }, tag?: 'v1.2.3', branch?: 'feature' (a side branch from
 * the previous main commit; later commits continue main) }.
 * Returns the commit shas in order (and `tags`: name → sha of the tagged commit).
 * @param {string} dir
 * @param {Array<{ message: string, files?: Record<string, string>, tag?: string, branch?: string, parent?: number }>} commits
 *   parent: the mark (1-based index) a side-branch commit continues from
 * @returns {string[]}
 */
export function buildRepo(dir, commits) {
  mkdirSync(dir, { recursive: true });
  git(dir, ['init', '--quiet', '--initial-branch=main']);
  /** @type {string[]} */
  const parts = [];
  let mainMark = 0;
  commits.forEach((commit, index) => {
    const mark = index + 1;
    const time = EPOCH + index * 3600;
    const ref = commit.branch ? `refs/heads/${commit.branch}` : 'refs/heads/main';
    parts.push(`commit ${ref}\nmark :${mark}\nauthor ${AUTHOR} ${time} +0000\ncommitter ${AUTHOR} ${time} +0000\n${data(commit.message)}`);
    if (commit.branch) {
      // A side branch continues from its own previous commit, or forks from main.
      const from = commit.parent ?? mainMark;
      if (from) parts.push(`from :${from}\n`);
    } else if (mainMark) {
      parts.push(`from :${mainMark}\n`);
    }
    for (const [path, content] of Object.entries(commit.files ?? {})) parts.push(`M 100644 inline ${path}\n${data(content)}`);
    if (!commit.branch) mainMark = mark;
    if (commit.tag) parts.push(`tag ${commit.tag}\nfrom :${mark}\ntagger ${AUTHOR} ${time} +0000\n${data(`Release ${commit.tag}`)}`);
  });
  parts.push('done\n');
  const result = spawnSync('git', ['fast-import', '--quiet', '--done', `--export-marks=${dir}/.git/bench-marks`], {
    cwd: dir,
    env: GIT_ENV,
    input: parts.join(''),
    maxBuffer: 1 << 30,
  });
  if (result.status !== 0) throw new Error(`git fast-import failed: ${result.stderr}`);
  /** @type {Map<string, string>} mark → sha */
  const marks = new Map(
    readFileSync(`${dir}/.git/bench-marks`, 'utf8')
      .trim()
      .split('\n')
      .map((line) => {
        const [mark = '', sha = ''] = line.slice(1).split(' ');
        return [mark, sha];
      }),
  );
  git(dir, ['checkout', '--quiet', '-f', 'main']);
  return commits.map((_, index) => marks.get(String(index + 1)) ?? '');
}
