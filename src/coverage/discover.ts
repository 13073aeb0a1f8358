import { open, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../lib/errors.js';
import { detectFormatFromHead } from './detect.js';
import { expandBraces, globSegments, hasMagic, segmentToRegExp } from './glob.js';

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

async function walk(directory: string, segments: readonly string[], index: number, found: Set<string>): Promise<void> {
  const segment = segments[index];
  const last = index === segments.length - 1;
  if (segment === '**') {
    if (last) segments = [...segments, '*'];
    await walk(directory, segments, index + 1, found);
    for (const entry of await entriesOf(directory)) {
      // Symbolic links to directories are not followed by `**` (they can loop).
      if (entry.isDirectory() && !SKIPPED_DIRECTORIES.has(entry.name) && !entry.name.startsWith('.')) {
        await walk(path.join(directory, entry.name), segments, index, found);
      }
    }
    return;
  }
  const names = hasMagic(segment)
    ? (await entriesOf(directory))
        .map((entry) => entry.name)
        .filter((name) => segmentToRegExp(segment).test(name) && (segment.startsWith('.') || !name.startsWith('.')))
    : [segment];
  for (const name of names.sort()) {
    const target = path.join(directory, name);
    const kind = await kindOf(target);
    if (last && kind === 'file') found.add(target);
    else if (!last && kind === 'directory') await walk(target, segments, index + 1, found);
  }
}

/** The files a glob matches, relative to `directory` unless absolute, sorted. */
export async function expandGlob(pattern: string, directory: string): Promise<string[]> {
  const found = new Set<string>();
  for (const expanded of expandBraces(pattern.trim())) {
    const segments = globSegments(expanded);
    const absolute = segments[0] === '' || /^[A-Za-z]:$/.test(segments[0]);
    let base = absolute ? (segments[0] === '' ? '/' : `${segments[0]}/`) : directory;
    let index = absolute ? 1 : 0;
    while (index < segments.length - 1 && !hasMagic(segments[index]) && segments[index] !== '**') base = path.join(base, segments[index++]);
    if (index < segments.length) await walk(path.resolve(directory, base), segments, index, found);
  }
  return [...found].sort();
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
