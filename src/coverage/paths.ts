import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Reports name source files in many ways: absolute runner paths (/home/runner/work/app/app/src/x.ts),
 * paths from another machine or container (/app/src/x.ts), paths relative to the directory the
 * tests ran in or to Cobertura <source> roots, JaCoCo package paths (com/acme/X.java), Go import
 * paths (github.com/acme/app/pkg/x.go). Changed lines of a pull request only match when these
 * become repository-relative POSIX paths, checked against the files git tracks.
 */
export interface GoModule {
  /** The module path of a go.mod `module` line. */
  module: string;
  /** Repository-relative directory of that go.mod ('' at the root). */
  directory: string;
}

export interface RepoPathMapperOptions {
  /** Absolute path of the repository's root. */
  repoRoot: string;
  /** Absolute path the tests ran in (relative report paths are tried against it first). */
  workingDirectory?: string;
  /** Repository-relative POSIX paths of the files git tracks (`git ls-files`); empty = unknown. */
  trackedFiles?: readonly string[];
  goModules?: readonly GoModule[];
}

export interface PathContext {
  /** Absolute directory of the report file. */
  reportDirectory?: string;
  /** The report's own roots for relative paths (Cobertura <source>, JaCoCo group names). */
  roots?: readonly string[];
}

export interface MappedPath {
  /** Repository-relative POSIX path, or the path as given when it could not be resolved. */
  path: string;
  /** False when the path matches no tracked file. */
  resolved: boolean;
}

const toPosix = (value: string): string => value.replace(/\\/g, '/');
const isAbsolute = (value: string): boolean => value.startsWith('/') || /^[A-Za-z]:\//.test(value);

function normalize(value: string): string {
  const drive = /^[A-Za-z]:/.exec(value)?.[0] ?? '';
  const normalized = path.posix.normalize(value.slice(drive.length));
  return drive + (normalized === '.' ? '' : normalized.replace(/\/$/, ''));
}

/**
 * No backslash, `//`, `/./`, `/../` or surrounding space: the path needs no normalizing. Plain
 * substring searches, which run several times faster than one regular expression with these
 * alternatives on every report path.
 */
function isPlain(value: string): boolean {
  return (
    !value.includes('\\') && !value.includes('//') && !value.includes('/./') && !value.includes('/../') &&
    !/\s/.test(value.charAt(0)) && !/\s/.test(value.charAt(value.length - 1))
  );
}

/** The path of `absolute` inside `root`, or undefined when outside. */
function inside(root: string, absolute: string): string | undefined {
  if (absolute === root) return '';
  const prefix = root.endsWith('/') ? root : `${root}/`;
  const caseless = /^[A-Za-z]:/.test(root);
  const within = caseless ? absolute.toLowerCase().startsWith(prefix.toLowerCase()) : absolute.startsWith(prefix);
  return within ? absolute.slice(prefix.length) : undefined;
}

export class RepoPathMapper {
  private readonly root: string;
  private readonly rootPrefix: string;
  private readonly workingDirectory: string;
  private readonly tracked: Set<string>;
  private readonly modules: GoModule[];
  /** Per context (report directory and roots), per report path: a report names thousands of files in one context. */
  private readonly cache = new Map<string, Map<string, MappedPath>>();
  private byBasename: Map<string, string[]> | undefined;

  constructor(options: RepoPathMapperOptions) {
    this.root = normalize(toPosix(options.repoRoot));
    this.rootPrefix = this.root.endsWith('/') ? this.root : `${this.root}/`;
    this.workingDirectory = normalize(toPosix(options.workingDirectory ?? options.repoRoot));
    this.tracked = new Set(options.trackedFiles ?? []);
    this.modules = [...(options.goModules ?? [])].sort((a, b) => b.module.length - a.module.length);
  }

  map(reportPath: string, context: PathContext = {}): MappedPath {
    // Keyed in two levels rather than by one joined string: joining the report path into a key
    // made a new long string to hash for every file (bench: 20,000 files in one istanbul report).
    const contextKey = context.roots?.length ? `${context.reportDirectory ?? ''}\0${context.roots.join('\0')}` : (context.reportDirectory ?? '');
    let inContext = this.cache.get(contextKey);
    if (!inContext) this.cache.set(contextKey, (inContext = new Map<string, MappedPath>()));
    let mapped = inContext.get(reportPath);
    if (!mapped) inContext.set(reportPath, (mapped = this.resolve(reportPath, context)));
    return mapped;
  }

  private resolve(reportPath: string, context: PathContext): MappedPath {
    // The common case, cheaply: an absolute path under the repository naming a tracked file.
    if (reportPath.startsWith(this.rootPrefix) && isPlain(reportPath)) {
      const relative = reportPath.slice(this.rootPrefix.length);
      if (this.tracked.has(relative)) return { path: relative, resolved: true };
    }
    let given = toPosix(reportPath.trim()).replace(/^file:\/\//, '');
    // GOPATH-less local packages are named "_/abs/path" by the go tool.
    if (given.startsWith('_/')) given = given.slice(1);
    const absolute = isAbsolute(given);
    const normalized = normalize(given);
    const candidates: string[] = [];
    const add = (candidate: string | undefined): void => {
      if (candidate && !candidates.includes(candidate)) candidates.push(candidate);
    };

    for (const { module, directory } of this.modules) {
      if (normalized.startsWith(`${module}/`)) add(path.posix.join(directory, normalized.slice(module.length + 1)));
    }
    if (absolute) add(inside(this.root, normalized));
    else {
      const bases = [
        ...(context.roots ?? []).map((root) => (isAbsolute(toPosix(root)) ? toPosix(root) : `${this.workingDirectory}/${toPosix(root)}`)),
        this.workingDirectory,
        context.reportDirectory ? toPosix(context.reportDirectory) : undefined,
        this.root,
      ];
      for (const base of bases) if (base) add(inside(this.root, normalize(`${base}/${normalized}`)));
    }

    if (this.tracked.size === 0) return candidates.length ? { path: candidates[0], resolved: true } : { path: normalized, resolved: false };
    const tracked = candidates.find((candidate) => this.tracked.has(candidate));
    if (tracked) return { path: tracked, resolved: true };
    const bySuffix = this.matchSuffix(normalized, absolute, context.roots ?? []);
    if (bySuffix) return { path: bySuffix, resolved: true };
    return { path: candidates[0] ?? normalized, resolved: false };
  }

  /**
   * The tracked file whose path ends with the most trailing segments of the report's path.
   * A relative path must match in full; an absolute one (another machine) or a Go import path
   * by at least two segments or by the whole tracked path. Ties are broken by the working directory and the
   * report's roots; a tie that remains is left unresolved rather than guessed.
   */
  private matchSuffix(normalized: string, absolute: boolean, roots: readonly string[]): string | undefined {
    const segments = normalized.split('/').filter((segment) => segment && segment !== '..' && !/^[A-Za-z]:$/.test(segment));
    if (segments.length === 0) return undefined;
    const index = (this.byBasename ??= this.indexByBasename());
    // Absolute paths from another machine and Go import paths (github.com/acme/app/x.go) carry
    // prefixes the repository does not have.
    const loose = absolute || (segments.length > 1 && /^[\w-]+(\.[\w-]+)+$/.test(segments[0]));
    let best: string[] = [];
    let bestScore = 0;
    for (const candidate of index.get(segments[segments.length - 1]) ?? []) {
      const parts = candidate.split('/');
      let score = 0;
      while (score < parts.length && score < segments.length && parts[parts.length - 1 - score] === segments[segments.length - 1 - score]) score++;
      const acceptable = loose ? score >= 2 || score === parts.length : score === segments.length;
      if (!acceptable || score < bestScore) continue;
      if (score > bestScore) best = [];
      bestScore = score;
      best.push(candidate);
    }
    if (best.length > 1) best = this.preferred(best, roots);
    return best.length === 1 ? best[0] : undefined;
  }

  private preferred(candidates: string[], roots: readonly string[]): string[] {
    const workingDirectory = inside(this.root, this.workingDirectory);
    if (workingDirectory) {
      const under = candidates.filter((candidate) => candidate.startsWith(`${workingDirectory}/`));
      if (under.length > 0) candidates = under;
    }
    const hints = roots.map((root) => normalize(toPosix(root))).filter((root) => root && !isAbsolute(root));
    if (candidates.length > 1 && hints.length > 0) {
      const hinted = candidates.filter((candidate) => hints.some((hint) => `/${candidate}`.includes(`/${hint}/`)));
      if (hinted.length > 0) candidates = hinted;
    }
    return candidates;
  }

  private indexByBasename(): Map<string, string[]> {
    const index = new Map<string, string[]>();
    for (const file of this.tracked) {
      const name = file.slice(file.lastIndexOf('/') + 1);
      const list = index.get(name);
      if (list) list.push(file);
      else index.set(name, [file]);
    }
    return index;
  }
}

/** Map one report path (a convenience over RepoPathMapper for single lookups). */
export function mapToRepoPath(reportPath: string, options: RepoPathMapperOptions & PathContext): MappedPath {
  return new RepoPathMapper(options).map(reportPath, options);
}

/** The module path of a go.mod file's `module` line. */
export function parseGoModulePath(goMod: string): string | undefined {
  const match = /^\s*module\s+("([^"]+)"|`([^`]+)`|(\S+))/m.exec(goMod.replace(/\/\/[^\n]*/g, ''));
  return match ? (match[2] ?? match[3] ?? match[4]) : undefined;
}

/** The Go modules of a repository: every tracked go.mod (or go.mod in the given directories). */
export async function readGoModules(repoRoot: string, trackedFiles: readonly string[], directories: readonly string[] = []): Promise<GoModule[]> {
  const goMods = trackedFiles.filter((file) => file === 'go.mod' || file.endsWith('/go.mod'));
  if (goMods.length === 0) {
    const root = path.resolve(repoRoot);
    for (const directory of [root, ...directories.map((d) => path.resolve(root, d))]) {
      const relative = toPosix(path.relative(root, directory));
      if (!relative.startsWith('..')) goMods.push(relative ? `${relative}/go.mod` : 'go.mod');
    }
  }
  const modules: GoModule[] = [];
  for (const goMod of new Set(goMods)) {
    const text = await readFile(path.join(repoRoot, goMod), 'utf8').catch(() => undefined);
    const module = text === undefined ? undefined : parseGoModulePath(text);
    if (module) modules.push({ module, directory: path.posix.dirname(goMod) === '.' ? '' : path.posix.dirname(goMod) });
  }
  return modules;
}
