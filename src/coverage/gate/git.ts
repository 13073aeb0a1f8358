import { StringDecoder } from 'node:string_decoder';
import { exec } from '@actions/exec';
import { runStepEnvironment } from '../../lib/child-env.js';
import { DiffParser, type FileDiff } from './diff.js';

/**
 * The local git questions the gate asks. Nothing is fetched: the answers come from the history
 * actions/checkout left (fetch-depth: 0, or enough of it to reach the merge-base). Every
 * function answers undefined / false when git cannot tell, and the caller falls back to the API.
 */

// safe.directory: in container jobs the checkout belongs to another user and git refuses to read
// it; given on the command line it is trusted (a protected configuration), and only reads happen.
const BASE_ARGS = ['-c', 'safe.directory=*', '-c', 'core.quotePath=false'];
const MAX_STDERR = 4096;

interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Run git through @actions/exec, silently (no `[command]` echo: these are the gate's own reads).
 * Output is decoded as it streams; with `onLine` it is handed over line by line and not kept, so
 * a large diff never sits in memory whole. git gets the step's environment without the action's
 * inputs (the token): it needs none of them.
 */
async function run(cwd: string, args: string[], onLine?: (line: string) => void): Promise<GitResult> {
  const decoder = new StringDecoder('utf8');
  let stdout = '';
  let stderr = '';
  const take = (text: string, end: boolean): void => {
    stdout += text;
    if (!onLine) return;
    let start = 0;
    for (let newline = stdout.indexOf('\n'); newline >= 0; newline = stdout.indexOf('\n', start)) {
      onLine(stdout.slice(start, newline > start && stdout[newline - 1] === '\r' ? newline - 1 : newline));
      start = newline + 1;
    }
    stdout = stdout.slice(start);
    if (end && stdout) onLine(stdout.replace(/\r$/, ''));
    if (end) stdout = '';
  };
  try {
    const code = await exec('git', [...BASE_ARGS, ...args], {
      cwd,
      env: { ...runStepEnvironment(process.env), GIT_TERMINAL_PROMPT: '0' },
      silent: true,
      ignoreReturnCode: true,
      listeners: {
        stdout: (data: Buffer) => take(decoder.write(data), false),
        stderr: (data: Buffer) => {
          if (stderr.length < MAX_STDERR) stderr += data.toString('utf8', 0, Math.min(data.length, MAX_STDERR - stderr.length));
        },
      },
    });
    take(decoder.end(), true);
    return { code, stdout, stderr };
  } catch {
    // git is not on PATH, or the folder does not exist.
    return { code: 127, stdout: '', stderr: 'git could not be started' };
  }
}

async function answer(cwd: string, args: string[]): Promise<string | undefined> {
  const result = await run(cwd, args);
  return result.code === 0 ? result.stdout.trim() : undefined;
}

export class LocalGit {
  constructor(readonly cwd: string) {}

  /** The repository's top folder, or undefined outside a git repository (or without git). */
  root(): Promise<string | undefined> {
    return answer(this.cwd, ['rev-parse', '--show-toplevel']);
  }

  /** The full sha of a commit that exists locally, or undefined. */
  async commit(rev: string): Promise<string | undefined> {
    if (!rev) return undefined;
    return answer(this.cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
  }

  async isShallow(): Promise<boolean> {
    return (await answer(this.cwd, ['rev-parse', '--is-shallow-repository'])) === 'true';
  }

  /** The best common ancestor, or undefined when the local history does not reach one. */
  mergeBase(a: string, b: string): Promise<string | undefined> {
    return answer(this.cwd, ['merge-base', a, b]);
  }

  /** The commit and its ancestors, newest first (first-parent order is not required). */
  async ancestors(sha: string, max: number): Promise<string[]> {
    const text = await answer(this.cwd, ['rev-list', `--max-count=${max}`, sha]);
    return text ? text.split('\n').filter(Boolean) : [];
  }

  /** Tracked files (repository paths), for mapping report paths; undefined when git cannot say. */
  async trackedFiles(): Promise<string[] | undefined> {
    const root = await this.root();
    if (!root) return undefined;
    const text = await answer(root, ['ls-files', '-z']);
    return text === undefined ? undefined : text.split('\0').filter(Boolean);
  }

  /**
   * Lines added or changed from `from` to `to` (`git diff --unified=0`), parsed as the output
   * streams, with renames detected (a moved file's unchanged lines are not "added").
   */
  async diff(from: string, to: string, paths: readonly string[] = []): Promise<FileDiff[] | undefined> {
    const root = (await this.root()) ?? this.cwd;
    const parser = new DiffParser();
    const args = ['diff', '--no-color', '--no-ext-diff', '--no-textconv', '--unified=0', '-M', '--src-prefix=a/', '--dst-prefix=b/', from, to];
    if (paths.length > 0) args.push('--', ...paths.map((path) => `:(literal)${path}`));
    const result = await run(root, args, (line) => parser.push(line));
    return result.code === 0 ? parser.finish() : undefined;
  }
}
