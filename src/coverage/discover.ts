import { open, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../lib/errors.js';
import { detectFormatFromHead } from './detect.js';
import picomatch from 'picomatch';
import { GLOB_OPTIONS, literalParentheses } from '../lib/globs.js';

export interface FoundReport {
  /** Absolute path. */
  path: string;
  /** Relative to the working directory when inside it (POSIX), otherwise absolute. */
  displayPath: string;
}

/** Directories a recursive `**` never enters unless the pattern names them. */
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);

/**
 * Where common tools write their reports, in order of preference. Tools often write one run in
 * several formats at once (jest: lcov.info, coverage-final.json and clover.xml), so only the
 * first report of each family in a directory is taken; reading them all would count it twice.
 */
const AUTO_REPORTS: ReadonlyArray<{ pattern: string; family: string; content?: RegExp }> = [
  { pattern: 'coverage/lcov.info', family: 'istanbul' },
  { pattern: 'coverage/*/lcov.info', family: 'istanbul' },
  { pattern: 'lcov.info', family: 'istanbul' },
  { pattern: 'coverage/coverage-final.json', family: 'istanbul' },
  { pattern: 'coverage/cobertura-coverage.xml', family: 'istanbul' },
  { pattern: 'coverage/clover.xml', family: 'istanbul' },
  { pattern: 'coverage.xml', family: 'cobertura' },
  { pattern: 'cobertura.xml', family: 'cobertura' },
  { pattern: 'clover.xml', family: 'clover' },
  { pattern: 'jacoco.xml', family: 'jacoco' },
  { pattern: 'target/site/jacoco/jacoco.xml', family: 'jacoco' },
  { pattern: 'build/reports/jacoco/**/*.xml', family: 'jacoco', content: /^jacoco$/ },
  { pattern: 'coverage.out', family: 'go' },
  { pattern: 'cover.out', family: 'go' },
  { pattern: 'coverage.txt', family: 'go', content: /^go$/ },
];

const toPosix = (value: string): string => value.replace(/\\/g, '/');

function displayPathOf(file: string, workingDirectory: string): string {
  const relative = path.relative(workingDirectory, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? toPosix(relative) : toPosix(file);
}

async function entriesOf(directory: string) {
  try {
    return await readdir(directory, { withFileTypes: true });
  } catch {
    return [];
  }
}

async function kindOf(file: string): Promise<'file' | 'directory' | undefined> {
  try {
    const info = await stat(file);
    return info.isFile() ? 'file' : info.isDirectory() ? 'directory' : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Walk `directory` for files whose path relative to it matches. Like a shell, `*` and `**` do
 * not enter dot folders, node_modules or .git unless the pattern names them; symbolic links to
 * folders are followed only by patterns without `**` (whose depth is bounded, so no loop).
 */
async function walk(
  directory: string,
  relative: string,
  depth: number,
  how: { matches: (path: string) => boolean; maxDepth: number; enterDot: boolean; named: (name: string) => boolean },
  found: string[],
): Promise<void> {
  for (const entry of (await entriesOf(directory)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const target = path.join(directory, entry.name);
    const rel = relative ? `${relative}/${entry.name}` : entry.name;
    let kind = entry.isFile() ? 'file' : entry.isDirectory() ? 'directory' : undefined;
    if (entry.isSymbolicLink()) {
      kind = await kindOf(target);
      if (kind === 'directory' && how.maxDepth === Infinity) continue;
    }
    if (kind === 'file') {
      if (how.matches(rel)) found.push(target);
    } else if (kind === 'directory' && depth + 1 < how.maxDepth) {
      if (SKIPPED_DIRECTORIES.has(entry.name) && !how.named(entry.name)) continue;
      if (entry.name.startsWith('.') && !how.enterDot) continue;
      await walk(target, rel, depth + 1, how, found);
    }
  }
}

/** The files a glob matches, relative to `directory` unless absolute, sorted (shipgate's glob syntax, picomatch). */
export async function expandGlob(pattern: string, directory: string): Promise<string[]> {
  let glob = pattern.trim().replace(/^(\.\/)+/, '');
  // Windows users write backslashes; picomatch reads them as escapes.
  if (process.platform === 'win32') glob = glob.replace(/\\/g, '/');
  const scan = picomatch.scan(literalParentheses(glob));
  // The folder part is a plain path: drop the escapes (of parentheses and others) in it.
  const base = path.resolve(directory, scan.base.replace(/\\(.)/g, '$1') || '.');
  if (!scan.isGlob) return (await kindOf(base)) === 'file' ? [base] : [];
  const rest = scan.glob;
  const found: string[] = [];
  await walk(base, '', 0, {
    // dot: false — `*` and `**` skip dot files and folders unless the pattern spells the dot.
    matches: picomatch(rest, { ...GLOB_OPTIONS, dot: false }),
    maxDepth: rest.includes('**') ? Infinity : rest.split('/').length,
    enterDot: /(^|\/|\{|,)\./.test(rest),
    named: (name) => rest.includes(name),
  }, found);
  return found.sort();
}

/** Expand the `reports` globs; a glob that matches no file fails with one sentence. */
export async function findReports(patterns: readonly string[], workingDirectory: string): Promise<FoundReport[]> {
  const reports = new Map<string, FoundReport>();
  for (const pattern of patterns) {
    const files = await expandGlob(pattern, workingDirectory);
    if (files.length === 0) throw new UserError(`No coverage report matches "${pattern}" in ${toPosix(workingDirectory)}.`);
    for (const file of files) reports.set(file, { path: file, displayPath: displayPathOf(file, workingDirectory) });
  }
  return [...reports.values()];
}

async function readHead(file: string): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.toString('utf8', 0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Find reports where common tools write them; none found fails with one sentence. */
export async function discoverReports(workingDirectory: string): Promise<FoundReport[]> {
  const reports: FoundReport[] = [];
  const taken = new Set<string>();
  for (const { pattern, family, content } of AUTO_REPORTS) {
    for (const file of await expandGlob(pattern, workingDirectory)) {
      const key = `${path.dirname(file)}\0${family}`;
      if (taken.has(key)) continue;
      if (content && !content.test(detectFormatFromHead(await readHead(file)) ?? '')) continue;
      taken.add(key);
      reports.push({ path: file, displayPath: displayPathOf(file, workingDirectory) });
    }
  }
  if (reports.length === 0) {
    throw new UserError(
      `No coverage report was found in ${toPosix(workingDirectory)} (looked for ${AUTO_REPORTS.map((report) => report.pattern).join(', ')}); set the "reports" input to where your tests write coverage.`,
    );
  }
  return reports;
}
