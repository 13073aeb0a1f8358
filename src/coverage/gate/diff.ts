/**
 * Unified diffs → the lines each file gains. Works on `git diff --unified=0` output (file headers
 * and hunks) and on the per-file `patch` of GitHub's pull-request files API (hunks only, with
 * context). Lines are consumed by the counts in each hunk header, so an added line whose text
 * looks like a header (`+++ b/x`, `@@ ...`) is never mistaken for one.
 */
export type ChangeStatus = 'added' | 'modified' | 'renamed' | 'copied' | 'deleted';

export interface FileDiff {
  /** Path in the new tree, relative to the repository root ('' only for deletions). */
  path: string;
  /** Path in the old tree when it differs (renames, copies). */
  previousPath?: string;
  status: ChangeStatus;
  /** Line numbers (in the new file) of the lines added or changed, ascending. */
  added: number[];
  /** Whitespace-only added lines (never executable; used for files missing from the report). */
  blank: number[];
  /** Hunks as [oldStart, oldCount, newStart, newCount], for mapping line numbers between trees. */
  hunks: Array<[number, number, number, number]>;
  binary: boolean;
}

const HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/** C-style quoted path as git prints it ("a/sp\303\251cial") → the path, decoded as UTF-8. */
export function unquoteGitPath(text: string): string {
  if (!text.startsWith('"') || !text.endsWith('"') || text.length < 2) return text;
  const bytes: number[] = [];
  const body = text.slice(1, -1);
  const simple: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch !== '\\') {
      bytes.push(...Buffer.from(ch, 'utf8'));
      continue;
    }
    const next = body[i + 1];
    if (/[0-7]/.test(next ?? '')) {
      const octal = /^[0-7]{1,3}/.exec(body.slice(i + 1))![0];
      bytes.push(parseInt(octal, 8));
      i += octal.length;
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function stripPrefix(path: string, prefix: string): string {
  const unquoted = unquoteGitPath(path.replace(/\t.*$/, '')); // GNU diff may append a tab and a date
  return unquoted.startsWith(prefix) ? unquoted.slice(prefix.length) : unquoted;
}

/** Paths from `diff --git a/x b/y` (used only when no ---/+++ lines follow: renames, binaries). */
function headerPaths(rest: string): [string, string] | undefined {
  if (rest.startsWith('"')) {
    const match = /^("(?:[^"\\]|\\.)*") ("(?:[^"\\]|\\.)*"|.*)$/.exec(rest);
    return match ? [stripPrefix(match[1], 'a/'), stripPrefix(match[2], 'b/')] : undefined;
  }
  // Unquoted and ambiguous when paths hold " b/": the two halves of an unrenamed file are equal.
  const half = (rest.length - 1) / 2;
  if (Number.isInteger(half) && rest.slice(0, half).slice(2) === rest.slice(half + 1).slice(2)) {
    return [rest.slice(2, half), rest.slice(half + 3)];
  }
  const split = rest.lastIndexOf(' b/');
  return split > 0 ? [stripPrefix(rest.slice(0, split), 'a/'), stripPrefix(rest.slice(split + 1), 'b/')] : undefined;
}

function newFile(): FileDiff {
  return { path: '', status: 'modified', added: [], blank: [], hunks: [], binary: false };
}

/**
 * A streaming parser: feed it lines (without their newline) with `push`, then `finish`. Memory
 * is bounded by the added line numbers, not by the diff's text.
 */
export class DiffParser {
  readonly files: FileDiff[] = [];
  private file: FileDiff | undefined;
  private oldLeft = 0;
  private newLeft = 0;
  private newLine = 0;
  private oldPath = '';

  /** For API patches: start a file whose hunks follow. */
  startFile(path: string, status: ChangeStatus, previousPath?: string): void {
    this.close();
    this.file = { ...newFile(), path, status, previousPath };
  }

  push(line: string): void {
    if (this.oldLeft > 0 || this.newLeft > 0) {
      this.hunkLine(line);
      return;
    }
    const hunk = HUNK.exec(line);
    if (hunk && this.file) {
      const oldStart = Number(hunk[1]);
      const oldCount = hunk[2] === undefined ? 1 : Number(hunk[2]);
      const newStart = Number(hunk[3]);
      const newCount = hunk[4] === undefined ? 1 : Number(hunk[4]);
      this.file.hunks.push([oldStart, oldCount, newStart, newCount]);
      this.oldLeft = oldCount;
      this.newLeft = newCount;
      this.newLine = newStart;
      return;
    }
    if (line.startsWith('diff --git ')) {
      this.close();
      this.file = newFile();
      const paths = headerPaths(line.slice('diff --git '.length));
      if (paths) {
        this.oldPath = paths[0];
        this.file.path = paths[1];
      }
      return;
    }
    const file = this.file;
    if (!file) return;
    if (line.startsWith('--- ')) {
      const path = line.slice(4);
      if (path === '/dev/null') file.status = 'added';
      else this.oldPath = stripPrefix(path, 'a/');
    } else if (line.startsWith('+++ ')) {
      const path = line.slice(4);
      if (path === '/dev/null') file.status = 'deleted';
      else file.path = stripPrefix(path, 'b/');
    } else if (line.startsWith('new file mode')) {
      file.status = 'added';
    } else if (line.startsWith('deleted file mode')) {
      file.status = 'deleted';
    } else if (line.startsWith('rename from ')) {
      file.status = 'renamed';
      this.oldPath = unquoteGitPath(line.slice('rename from '.length));
    } else if (line.startsWith('rename to ')) {
      file.path = unquoteGitPath(line.slice('rename to '.length));
    } else if (line.startsWith('copy from ')) {
      file.status = 'copied';
      this.oldPath = unquoteGitPath(line.slice('copy from '.length));
    } else if (line.startsWith('copy to ')) {
      file.path = unquoteGitPath(line.slice('copy to '.length));
    } else if (line.startsWith('Binary files ') || line === 'GIT binary patch') {
      file.binary = true;
    }
  }

  private hunkLine(line: string): void {
    const file = this.file!;
    const kind = line[0];
    if (kind === '+') {
      file.added.push(this.newLine);
      if (line.slice(1).trim() === '') file.blank.push(this.newLine);
      this.newLine++;
      this.newLeft--;
    } else if (kind === '-') {
      this.oldLeft--;
    } else if (kind === '\\') {
      // "\ No newline at end of file"
    } else {
      // context (' ', or an empty line when a tool trimmed the trailing space)
      this.newLine++;
      this.newLeft--;
      this.oldLeft--;
    }
    if (this.oldLeft < 0) this.oldLeft = 0;
    if (this.newLeft < 0) this.newLeft = 0;
  }

  private close(): void {
    const file = this.file;
    this.file = undefined;
    this.oldLeft = this.newLeft = 0;
    if (!file) return;
    if (file.status === 'deleted') {
      file.path = '';
      file.previousPath = this.oldPath || file.previousPath;
    } else if (this.oldPath && this.oldPath !== file.path && !file.previousPath) {
      file.previousPath = this.oldPath;
    }
    this.oldPath = '';
    this.files.push(file);
  }

  finish(): FileDiff[] {
    this.close();
    return this.files;
  }
}

/** Parse a whole `git diff` text. */
export function parseUnifiedDiff(text: string): FileDiff[] {
  const parser = new DiffParser();
  for (const line of text.split('\n')) parser.push(line.endsWith('\r') ? line.slice(0, -1) : line);
  return parser.finish();
}

/** Parse the hunks of one file's patch as the pull-request files API returns it. */
export function parseFilePatch(path: string, patch: string, status: ChangeStatus = 'modified', previousPath?: string): FileDiff {
  const parser = new DiffParser();
  parser.startFile(path, status, previousPath);
  for (const line of patch.split('\n')) parser.push(line.endsWith('\r') ? line.slice(0, -1) : line);
  return parser.finish()[0];
}

/**
 * Map a line of the old side of a diff to the new side through its hunks (null when the line
 * was removed or changed). Used to place annotations on the pull request's head commit when the
 * tests ran on GitHub's merge commit: the same added line may sit a few lines lower or higher.
 */
export function mapLine(hunks: ReadonlyArray<readonly [number, number, number, number]>, line: number): number | null {
  let offset = 0;
  for (const [oldStart, oldCount, newStart, newCount] of hunks) {
    // With zero old lines the hunk sits after oldStart; otherwise it covers oldStart..oldStart+oldCount-1.
    const firstOld = oldCount === 0 ? oldStart + 1 : oldStart;
    if (line < firstOld) break;
    if (oldCount > 0 && line < oldStart + oldCount) return null;
    offset = newStart + newCount - (oldStart + oldCount) + (newCount === 0 ? 1 : 0) - (oldCount === 0 ? 1 : 0);
  }
  return line + offset;
}
