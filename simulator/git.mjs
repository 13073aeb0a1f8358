// The repository behind the API: every read and write runs real `git` in the repository directory,
// so shas and ancestry are real and plain `git` in a test sees what the API wrote. Objects are
// immutable, so commit metadata and diffs are cached by sha; refs are never cached.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
const SHA = /^[0-9a-f]{40}$/;

/** The identity the API writes with, like a workflow's GITHUB_TOKEN. */
/**
 * A git identity; `date` is ISO 8601 (GitHub's UTC form once read back).
 * @typedef {{ name: string, email: string, date?: string }} GitIdentity
 */

/**
 * Commit metadata as git reports it (the REST and git-data shapes are built from it).
 * @typedef {object} GitCommit
 * @property {string} sha
 * @property {string} tree
 * @property {string[]} parents
 * @property {{ name: string, email: string, date: string }} author
 * @property {{ name: string, email: string, date: string }} committer
 * @property {string} message
 */

/**
 * A changed file between two commits, in GitHub's diff-entry fields (without the URLs).
 * @typedef {object} DiffFile
 * @property {string} filename
 * @property {string} status
 * @property {number} additions
 * @property {number} deletions
 * @property {number} changes
 * @property {string} [patch]
 * @property {string} [previous_filename]
 * @property {string | null} sha
 */

/** @typedef {{ ref: string, sha: string, type: string }} GitRef */
/** @typedef {{ path: string, mode: string, type: string, sha: string, size?: number }} TreeEntry */
/**
 * @typedef {object} GitTag
 * @property {string} sha
 * @property {string} tag
 * @property {{ sha: string, type: string }} object
 * @property {string} message
 * @property {{ name: string, email: string, date: string }} tagger
 */

/** @typedef {{ input?: string | Buffer, env?: Record<string, string> }} RunOptions */

/** @type {GitIdentity} */
export const BOT = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };

/**
 * git's ISO dates (with offsets) → GitHub's UTC form.
 * @param {string} date
 */
export function toUtc(date) {
  const parsed = new Date(date);
  return Number.isNaN(parsed.getTime()) ? date : parsed.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** @param {string | undefined} iso */
function gitDate(iso) {
  const time = iso ? new Date(iso).getTime() : Date.now();
  return `${Math.floor(time / 1000)} +0000`;
}

export class GitRepo {
  /** @param {string} dir */
  constructor(dir) {
    this.dir = dir;
    /** @type {Map<string, unknown>} values are immutable git objects, keyed by kind and sha */
    this.cache = new Map();
  }

  /**
   * Run git; resolves stdout as text.
   * @param {string[]} args
   * @param {RunOptions} [options]
   * @returns {Promise<string>}
   */
  async run(args, options = {}) {
    return (await this.runBuffer(args, options)).toString('utf8');
  }

  /**
   * Run git; resolves stdout as bytes (blob contents; run() decodes them).
   * @param {string[]} args
   * @param {RunOptions} [options]
   * @returns {Promise<Buffer>}
   */
  runBuffer(args, options = {}) {
    return new Promise((resolve, reject) => {
      const child = execFile(
        'git',
        args,
        {
          cwd: this.dir,
          encoding: 'buffer',
          maxBuffer: 1024 * 1024 * 1024,
          env: { ...process.env, LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', ...options.env },
        },
        (error, stdout, stderr) => {
          if (error) {
            reject(Object.assign(new Error(`git ${args.join(' ')} failed: ${String(stderr).trim()}`), { cause: error }));
          } else {
            resolve(stdout);
          }
        },
      );
      // git may exit without reading stdin (EPIPE); its exit status is what counts.
      child.stdin?.on('error', () => undefined);
      child.stdin?.end(options.input ?? '');
    });
  }

  /**
   * Like run, but undefined instead of an error.
   * @param {string[]} args
   * @param {RunOptions} [options]
   */
  async tryRun(args, options) {
    try {
      return await this.run(args, options);
    } catch {
      return undefined;
    }
  }

  /**
   * @template T
   * @param {string} key   names the kind of value (`diff:`, `tag:`), so one key always holds one type
   * @param {() => Promise<T>} compute
   * @returns {Promise<T>}
   */
  async cached(key, compute) {
    if (!this.cache.has(key)) this.cache.set(key, await compute());
    return /** @type {T} */ (this.cache.get(key));
  }

  /**
   * A branch, tag, sha or full ref → commit sha, or undefined.
   * @param {string | undefined} ref
   */
  async resolveCommit(ref) {
    if (!ref || ref.startsWith('-')) return undefined;
    const out = await this.tryRun(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
    return out?.trim() || undefined;
  }

  /**
   * Any object id or name → full sha, or undefined.
   * @param {string | undefined} name
   */
  async resolveObject(name) {
    if (!name || name.startsWith('-')) return undefined;
    const out = await this.tryRun(['rev-parse', '--verify', '--quiet', '--end-of-options', name]);
    return out?.trim() || undefined;
  }

  /** @param {string | undefined} sha */
  async objectType(sha) {
    if (!sha || !SHA.test(sha)) return undefined;
    const out = await this.tryRun(['cat-file', '-t', sha]);
    return out?.trim() || undefined;
  }

  /**
   * Commit metadata (cached: commits never change).
   * @param {string} sha
   */
  async commit(sha) {
    if (!this.cache.has(`commit:${sha}`)) await this.preloadCommits([sha]);
    const commit = /** @type {GitCommit | undefined} */ (this.cache.get(`commit:${sha}`));
    if (!commit) throw new Error(`git show gave no commit for ${sha}.`);
    return commit;
  }

  /**
   * Read the metadata of many commits with one git process (a page of history).
   * @param {string[]} shas
   */
  async preloadCommits(shas) {
    const missing = [...new Set(shas)].filter((sha) => !this.cache.has(`commit:${sha}`));
    if (!missing.length) return;
    const format = '%H%x00%T%x00%P%x00%an%x00%ae%x00%aI%x00%cn%x00%ce%x00%cI%x00%B%x1e';
    const out = await this.run(['show', '-s', '--no-walk=unsorted', `--format=${format}`, ...missing]);
    for (const record of out.split('\x1e')) {
      const text = record.replace(/^\n/, '');
      if (!text) continue;
      const [hash, tree, parents, an, ae, ad, cn, ce, cd, ...message] = text.split('\0');
      /** @type {GitCommit} */
      const commit = {
        sha: hash,
        tree,
        parents: parents ? parents.split(' ') : [],
        author: { name: an, email: ae, date: toUtc(ad) },
        committer: { name: cn, email: ce, date: toUtc(cd) },
        message: message.join('\0').replace(/\n+$/, ''),
      };
      this.cache.set(`commit:${hash}`, commit);
      // The caller may have named the commit by an abbreviated sha or a ref.
      for (const name of missing) if (name !== hash && hash.startsWith(name)) this.cache.set(`commit:${name}`, commit);
    }
  }

  /**
   * Shas of `git rev-list <args>` (newest first unless --reverse).
   * @param {string[]} args
   */
  async revList(args) {
    const out = await this.run(['rev-list', ...args, '--']);
    return out.split('\n').filter(Boolean);
  }

  /** @param {string[]} range */
  async count(range) {
    return Number((await this.run(['rev-list', '--count', ...range, '--'])).trim());
  }

  /** @param {string} a @param {string} b */
  async mergeBase(a, b) {
    const out = await this.tryRun(['merge-base', a, b]);
    return out?.trim() || undefined;
  }

  /** @param {string} ancestor @param {string} descendant */
  async isAncestor(ancestor, descendant) {
    return (await this.tryRun(['merge-base', '--is-ancestor', ancestor, descendant])) !== undefined;
  }

  /**
   * Files changed between two commits (trees), with GitHub's diff-entry fields (cached).
   * @param {string} from
   * @param {string} to
   * @returns {Promise<DiffFile[]>}
   */
  diffFiles(from, to) {
    return this.cached(`diff:${from}:${to}`, async () => {
      const [names, numstat, patch, raw] = await Promise.all([
        this.run(['diff', '--name-status', '-z', '-M', from, to]),
        this.run(['diff', '--numstat', '-z', '-M', from, to]),
        this.run(['diff', '-M', '--no-color', '--no-ext-diff', from, to]),
        this.run(['diff', '--raw', '-z', '-M', '--abbrev=40', from, to]),
      ]);
      const entries = parseNameStatus(names);
      const counts = parseNumstat(numstat);
      const blobs = parseRaw(raw);
      const patches = patch.split(/^diff --git /m).slice(1);
      return entries.map((entry, index) => {
        const count = counts[index] ?? { additions: 0, deletions: 0 };
        const hunkStart = patches[index]?.search(/^@@/m) ?? -1;
        return {
          ...entry,
          sha: entry.status === 'removed' ? null : (blobs[index] ?? null),
          additions: count.additions,
          deletions: count.deletions,
          changes: count.additions + count.deletions,
          ...(hunkStart >= 0 ? { patch: patches[index].slice(hunkStart).replace(/\n$/, '') } : {}),
        };
      });
    });
  }

  /**
   * All refs (branches, tags and custom refs such as refs/notes/x) sorted by name.
   * @returns {Promise<GitRef[]>}
   */
  async refs() {
    const out = await this.run(['for-each-ref', '--format=%(refname)%00%(objectname)%00%(objecttype)']);
    return out
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [ref, sha, type] = line.split('\0');
        return { ref, sha, type };
      })
      // What a clone-local repository has that GitHub would not (remote-tracking refs, the stash).
      .filter((entry) => !entry.ref.startsWith('refs/remotes/') && entry.ref !== 'refs/stash');
  }

  /** @param {string} fullRef */
  async getRef(fullRef) {
    return (await this.refs()).find((entry) => entry.ref === fullRef);
  }

  /**
   * Point a ref at sha; with `expected` only if it still points there (compare-and-swap).
   * @param {string} fullRef @param {string} sha @param {string} [expected]
   */
  async updateRef(fullRef, sha, expected) {
    await this.run(['update-ref', fullRef, sha, ...(expected ? [expected] : [])]);
  }

  /** @param {string} fullRef */
  async deleteRef(fullRef) {
    await this.run(['update-ref', '-d', fullRef]);
  }

  /** Tags, newest version first, each with the commit it points at. */
  async tags() {
    const out = await this.run([
      'for-each-ref',
      '--sort=-v:refname',
      '--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)%00%(objecttype)',
      'refs/tags',
    ]);
    return out
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [name, sha, peeled, type] = line.split('\0');
        return { name, sha, type, commit: peeled || sha };
      });
  }

  /** @param {string | Buffer} content */
  async hashObject(content) {
    return (await this.run(['hash-object', '-w', '--stdin'], { input: content })).trim();
  }

  /** @param {string} sha */
  async readBlob(sha) {
    return this.runBuffer(['cat-file', 'blob', sha]);
  }

  /**
   * Entries of a tree.
   * @param {string} sha
   * @returns {Promise<TreeEntry[]>}
   */
  async lsTree(sha, recursive = false) {
    const out = await this.run(['ls-tree', '-l', '-z', ...(recursive ? ['-r', '-t'] : []), sha]);
    return out
      .split('\0')
      .filter(Boolean)
      .map((line) => {
        const [meta, file] = line.split('\t');
        const [mode, type, object, size] = meta.split(/\s+/);
        return { path: file, mode, type, sha: object, ...(type === 'blob' ? { size: Number(size) } : {}) };
      });
  }

  /**
   * Build a tree from a base tree and entry changes (GitHub's POST /git/trees) in a private index.
   * @param {string | undefined} baseTree
   * @param {Array<{ path: string, mode: string, type: string, sha?: string | null, content?: string }>} entries
   */
  async makeTree(baseTree, entries) {
    const tmp = await mkdtemp(path.join(os.tmpdir(), 'sim-index-'));
    const env = { GIT_INDEX_FILE: path.join(tmp, 'index') };
    try {
      await this.run(baseTree ? ['read-tree', baseTree] : ['read-tree', '--empty'], { env });
      for (const entry of entries) {
        // Replace whatever is at the path (a file, or every file under a directory).
        const existing = (await this.run(['ls-files', '-z', '--', entry.path], { env })).split('\0').filter(Boolean);
        if (existing.length) await this.run(['update-index', '--force-remove', '-z', '--stdin'], { env, input: existing.join('\0') });
        if (entry.sha === null) continue;
        const sha = entry.content !== undefined ? await this.hashObject(entry.content) : entry.sha;
        if (sha === undefined) throw new TypeError(`Tree entry ${entry.path} has neither sha nor content.`);
        if (entry.type === 'tree') {
          await this.run(['read-tree', `--prefix=${entry.path}/`, sha], { env });
        } else {
          await this.run(['update-index', '--add', '--cacheinfo', `${entry.mode},${sha},${entry.path}`], { env });
        }
      }
      return (await this.run(['write-tree'], { env })).trim();
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  }

  /**
   * git commit-tree with explicit identities.
   * @param {{ tree: string, parents: string[], message: string, author?: GitIdentity, committer?: GitIdentity }} commit
   */
  async commitTree({ tree, parents, message, author, committer }) {
    const who = author ?? BOT;
    const by = committer ?? who;
    const env = {
      GIT_AUTHOR_NAME: who.name,
      GIT_AUTHOR_EMAIL: who.email,
      GIT_AUTHOR_DATE: gitDate(who.date),
      GIT_COMMITTER_NAME: by.name,
      GIT_COMMITTER_EMAIL: by.email,
      GIT_COMMITTER_DATE: gitDate(by.date),
    };
    const args = ['commit-tree', tree, ...parents.flatMap((parent) => ['-p', parent]), '-F', '-'];
    return (await this.run(args, { env, input: message })).trim();
  }

  /**
   * An annotated tag object (git mktag), not yet referenced by any ref.
   * @param {{ object: string, type: string, tag: string, message: string, tagger?: GitIdentity }} tag
   */
  async makeTag({ object, type, tag, message, tagger }) {
    const who = tagger ?? BOT;
    const text = `object ${object}\ntype ${type}\ntag ${tag}\ntagger ${who.name} <${who.email}> ${gitDate(who.date)}\n\n${message}${message.endsWith('\n') ? '' : '\n'}`;
    return (await this.run(['mktag'], { input: text })).trim();
  }

  /**
   * Parse an annotated tag object.
   * @param {string} sha
   * @returns {Promise<GitTag>}
   */
  readTag(sha) {
    return this.cached(`tag:${sha}`, async () => {
      const out = await this.run(['cat-file', 'tag', sha]);
      const split = out.indexOf('\n\n');
      const header = split >= 0 ? out.slice(0, split) : out;
      const message = split >= 0 ? out.slice(split + 2) : '';
      const fields = Object.fromEntries(header.split('\n').map((line) => [line.slice(0, line.indexOf(' ')), line.slice(line.indexOf(' ') + 1)]));
      const tagger = /^(.*) <(.*)> (\d+) ([+-]\d{4})$/.exec(fields.tagger ?? '');
      return {
        sha,
        tag: fields.tag,
        object: { sha: fields.object, type: fields.type },
        message,
        tagger: tagger
          ? { name: tagger[1], email: tagger[2], date: toUtc(new Date(Number(tagger[3]) * 1000).toISOString()) }
          : { name: '', email: '', date: '' },
      };
    });
  }
}

/**
 * @param {string} out
 * @returns {Array<{ filename: string, status: string, previous_filename?: string }>}
 */
function parseNameStatus(out) {
  const tokens = out.split('\0');
  const entries = [];
  /** @type {Record<string, string>} */
  const statuses = { A: 'added', D: 'removed', M: 'modified', T: 'changed', R: 'renamed', C: 'copied' };
  for (let i = 0; i < tokens.length && tokens[i]; ) {
    const code = tokens[i][0];
    if (code === 'R' || code === 'C') {
      entries.push({ filename: tokens[i + 2], status: statuses[code], previous_filename: tokens[i + 1] });
      i += 3;
    } else {
      entries.push({ filename: tokens[i + 1], status: statuses[code] ?? 'modified' });
      i += 2;
    }
  }
  return entries;
}

/** @param {string} out */
function parseNumstat(out) {
  const tokens = out.split('\0');
  const counts = [];
  for (let i = 0; i < tokens.length && tokens[i]; ) {
    const [add, del, file] = tokens[i].split('\t');
    counts.push({ additions: Number(add) || 0, deletions: Number(del) || 0 });
    i += file === '' ? 3 : 1;
  }
  return counts;
}

/** `git diff --raw -z`: the new blob sha of each entry, in order. */
/** @param {string} out */
function parseRaw(out) {
  const tokens = out.split('\0');
  const shas = [];
  for (let i = 0; i < tokens.length && tokens[i]; ) {
    const meta = tokens[i].split(' ');
    shas.push(meta[3]);
    i += /^[RC]/.test(meta[4] ?? '') ? 3 : 2;
  }
  return shas;
}

/** A throwaway repository with one commit on `branch`, for callers that bring none. */
export async function createTempRepo(branch = 'main') {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'shipgate-sim-repo-'));
  const repo = new GitRepo(dir);
  await repo.run(['init', '--quiet', `--initial-branch=${branch}`]);
  const blob = await repo.hashObject('# app\n');
  const tree = await repo.makeTree(undefined, [{ path: 'README.md', mode: '100644', type: 'blob', sha: blob }]);
  const commit = await repo.commitTree({ tree, parents: [], message: 'Initial commit', author: { name: 'Octo Cat', email: 'octocat@users.noreply.github.com' } });
  await repo.updateRef(`refs/heads/${branch}`, commit);
  return dir;
}
