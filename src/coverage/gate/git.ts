import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { DiffParser, type FileDiff } from './diff.js';

/**
 * The local git questions the gate asks. Nothing is fetched: the answers come from the history
 * actions/checkout left (fetch-depth: 0, or enough of it to reach the merge-base). Every
 * function answers undefined / false when git cannot tell, and the caller falls back to the API.
 */

// safe.directory: in container jobs the checkout belongs to another user and git refuses to read
// it; given on the command line it is trusted (a protected configuration), and only reads happen.
const BASE_ARGS = ['-c', 'safe.directory=*', '-c', 'core.quotePath=false'];

interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

function run(cwd: string, args: string[], onLine?: (line: string) => void): Promise<GitResult> {
  return new Promise((resolve) => {
    let child;
    try {
      child = spawn('git', [...BASE_ARGS, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
    } catch {
      resolve({ code: 127, stdout: '', stderr: 'git could not be started' });
      return;
    }
    let stdout = '';
    let stderr = '';
    child.on('error', () => resolve({ code: 127, stdout: '', stderr: 'git could not be started' }));
    if (onLine) {
      const lines = createInterface({ input: child.stdout, crlfDelay: Infinity });
      lines.on('line', onLine);
    } else {
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    }
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk.length < 4096 ? chunk : chunk.slice(0, 4096)));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
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
