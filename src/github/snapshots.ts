import { UserError } from '../lib/errors.js';
import { api, errorData, httpStatus, type GitHub } from './client.js';
import type { RepoRef } from '../lib/repo.js';
import { clientOptions, ONE_ATTEMPT, repeatable } from './create-once.js';
import { SNAPSHOT_REF } from './well-known.js';

/**
 * Coverage snapshots kept in the repository itself, with no external service: the git ref
 * `refs/shipgate/coverage` points to a commit whose tree holds one folder per check name, and in
 * it one blob per recorded commit (`<check-name>/<sha>.json`) and `<check-name>/index.json` (the
 * recorded shas, newest first, for pruning to the newest KEEP of that check). Several gates on one
 * push (a monorepo's packages, several languages), each with its own check name, so keep their own
 * baselines. Writes go through the git data API (blobs → tree on base_tree, the ref commit's tree
 * sha → commit → fast-forward ref update, recorded again on top when another run moved the ref
 * meanwhile); reads are three or four GETs.
 *
 * Snapshots recorded before check names were folders (`<sha>.json` and `index.json` at the top)
 * belong to the default check name, `coverage`: it still reads them, and prunes them as its own.
 *
 * Writing needs `contents: write` (push runs only); reading needs `contents: read`.
 */

export { SNAPSHOT_REF };
export const KEEP = 500;
export const DEFAULT_CHECK_NAME = 'coverage';
const INDEX = 'index.json';
const ENTRY = /^([0-9a-f]{40}|[0-9a-f]{64})\.json$/;

/**
 * The check name as one safe path segment, one-to-one: letters, digits, `_`, `-` and (not first)
 * `.` stay; every other character is `~` and its UTF-8 bytes in hex (`coverage web` →
 * `coverage~20web`), so two check names never share a folder.
 */
export function checkFolder(checkName: string): string {
  let folder = '';
  for (const character of checkName) {
    const keep = /^[A-Za-z0-9_-]$/.test(character) || (character === '.' && folder !== '');
    folder += keep ? character : [...Buffer.from(character, 'utf8')].map((byte) => `~${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');
  }
  return folder || '~';
}

export interface SnapshotListing {
  /** The commit the ref points to. */
  commit: string;
  /** That commit's tree: the base_tree of the next write (GitHub takes only a tree sha there). */
  tree: string;
  /** Recorded commit sha → blob sha (this check's). */
  entries: Map<string, string>;
  /** Blob of this check's index.json, when there is one. */
  index?: string;
  /** Shas recorded at the top of the tree before check-name folders (default check name only). */
  legacy: Set<string>;
  /** Blob of the top-level index.json of those (default check name only). */
  legacyIndex?: string;
  /** Shas in this check's folder (a legacy sha may also be here, re-recorded). */
  inFolder: Set<string>;
}

export interface SnapshotStoreOptions {
  /** The gate's check name: each has its own snapshots (default `coverage`). */
  checkName?: string;
  log?: (message: string) => void;
  /** How many snapshots of the check are kept. */
  keep?: number;
}

/** Thrown when the token may not write the ref (no `contents: write`). */
export class SnapshotWriteForbidden extends Error {
  override name = 'SnapshotWriteForbidden';
}

export class SnapshotStore {
  /** Requests made, for the log (and the bound the docs promise). */
  requests = 0;

  readonly checkName: string;
  /** The folder of this check's snapshots in the ref's tree. */
  readonly folder: string;
  private readonly log: (message: string) => void;
  private readonly keep: number;

  constructor(
    private readonly github: GitHub,
    private readonly repo: RepoRef,
    options: SnapshotStoreOptions = {},
  ) {
    this.checkName = options.checkName ?? DEFAULT_CHECK_NAME;
    this.folder = checkFolder(this.checkName);
    this.log = options.log ?? (() => undefined);
    this.keep = options.keep ?? KEEP;
  }

  private async request<T>(operation: string, call: () => Promise<T>): Promise<T> {
    this.requests++;
    return api(operation, call);
  }

  /** This check's snapshots recorded so far, or undefined when none ever was (the ref does not exist). */
  async listing(): Promise<SnapshotListing | undefined> {
    let commit: string;
    try {
      const { data } = await this.request('read the coverage snapshot ref', () =>
        this.github.rest.git.getRef({ ...this.repo, ref: SNAPSHOT_REF.slice('refs/'.length) }),
      );
      commit = data.object.sha;
    } catch (error) {
      if (httpStatus(error) === 404) return undefined;
      throw error;
    }
    const data = await this.tree(commit);
    const listing: SnapshotListing = { commit, tree: data.sha, entries: new Map(), legacy: new Set(), inFolder: new Set() };
    const legacy = new Map<string, string>();
    const prefix = `${this.folder}/`;
    const readsLegacy = this.checkName === DEFAULT_CHECK_NAME;
    for (const entry of data.tree) {
      const path = entry.path ?? '';
      if (entry.type !== 'blob' || !entry.sha) continue;
      if (path.startsWith(prefix)) {
        const name = path.slice(prefix.length);
        const match = ENTRY.exec(name);
        if (match) {
          listing.entries.set(match[1], entry.sha);
          listing.inFolder.add(match[1]);
        } else if (name === INDEX) listing.index = entry.sha;
      } else if (readsLegacy && !path.includes('/')) {
        const match = ENTRY.exec(path);
        if (match) legacy.set(match[1], entry.sha);
        else if (path === INDEX) listing.legacyIndex = entry.sha;
      }
    }
    // A snapshot in the check's folder wins over an older top-level one of the same commit.
    for (const [sha, blob] of legacy) {
      listing.legacy.add(sha);
      if (!listing.entries.has(sha)) listing.entries.set(sha, blob);
    }
    return listing;
  }

  /**
   * The whole tree of the ref's commit (`recursive`: the check folders' entries too): a commit sha
   * is a tree-ish, so one request, with a fallback.
   */
  private async tree(commit: string): Promise<{ sha: string; tree: Array<{ path?: string; type?: string; sha?: string }> }> {
    const list = (treeSha: string) =>
      this.request('list the coverage snapshots', () =>
        this.github.rest.git.getTree({ ...this.repo, tree_sha: treeSha, recursive: '1' }),
      );
    try {
      return (await list(commit)).data;
    } catch (error) {
      const status = httpStatus(error);
      if (status !== 404 && status !== 422) throw error;
      // A server that wants the tree's own sha: read it from the commit.
      const { data } = await this.request('read the coverage snapshot commit', () =>
        this.github.rest.git.getCommit({ ...this.repo, commit_sha: commit }),
      );
      return (await list(data.tree.sha)).data;
    }
  }

  async readBlob(sha: string): Promise<string> {
    const { data } = await this.request('read a coverage snapshot', () =>
      this.github.rest.git.getBlob({ ...this.repo, file_sha: sha }),
    );
    return Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8');
  }

  /**
   * Record `content` as this check's snapshot of `sha` (replacing one recorded before), keep the
   * check's newest KEEP, and move the ref. Other checks' folders are left as they are. Retries when
   * the ref moved under us (another push run).
   */
  async write(sha: string, content: string, attempts = 5): Promise<{ commit: string; pruned: number; attempts: number }> {
    let blob: string | undefined;
    for (let attempt = 1; ; attempt++) {
      const listing = await this.listing();
      const order = [...(await this.order(listing?.index)), ...(await this.order(listing?.legacyIndex))];
      const present = listing?.entries ?? new Map<string, string>();
      // Entries missing from the index (written by hand, or an index lost) count as the oldest.
      const known = [...new Set(order.filter((entry) => present.has(entry)))];
      const unindexed = [...present.keys()].filter((entry) => !known.includes(entry)).sort();
      const newest = [sha, ...[...known, ...unindexed].filter((entry) => entry !== sha)];
      const keep = newest.slice(0, this.keep);
      const prune = newest.slice(this.keep);
      const legacy = listing?.legacy ?? new Set<string>();
      const inFolder = listing?.inFolder ?? new Set<string>();
      // sha: null deletes the entry from base_tree (only entries that are there).
      const deleted = [
        ...prune.filter((entry) => inFolder.has(entry)).map((entry) => `${this.folder}/${entry}.json`),
        // A top-level snapshot of the default check goes when pruned or re-recorded in its folder.
        ...[...prune, sha].filter((entry) => legacy.has(entry)).map((entry) => `${entry}.json`),
        // The top-level index goes with the last top-level snapshot.
        ...(listing?.legacyIndex && [...legacy].every((entry) => prune.includes(entry) || entry === sha) ? [INDEX] : []),
      ];
      try {
        blob ??= await this.createBlob(content);
        const indexBlob = await this.createBlob(`${JSON.stringify({ v: 1, order: keep })}\n`);
        const tree = [
          { path: `${this.folder}/${sha}.json`, mode: '100644' as const, type: 'blob' as const, sha: blob },
          { path: `${this.folder}/${INDEX}`, mode: '100644' as const, type: 'blob' as const, sha: indexBlob },
          ...deleted.map((path) => ({ path, mode: '100644' as const, type: 'blob' as const, sha: null })),
        ];
        const { data: newTree } = await this.request('write the coverage snapshot tree', () =>
          repeatable('write the coverage snapshot tree', () =>
            this.github.rest.git.createTree({ ...this.repo, ...(listing ? { base_tree: listing.tree } : {}), tree, request: ONE_ATTEMPT }),
          { ...clientOptions(this.github), log: this.log }),
        );
        const { data: commit } = await this.request('commit the coverage snapshot', () =>
          // No ref points at the commit yet: a second one after a lost answer is never seen.
          repeatable('commit the coverage snapshot', () =>
            this.github.rest.git.createCommit({
              ...this.repo,
              message: `Coverage snapshot of ${sha} (${this.checkName})`,
              tree: newTree.sha,
              parents: listing ? [listing.commit] : [],
              request: ONE_ATTEMPT,
            }),
          { ...clientOptions(this.github), log: this.log }),
        );
        if (await this.moveRef(listing?.commit, commit.sha)) return { commit: commit.sha, pruned: prune.length, attempts: attempt };
      } catch (error) {
        if (httpStatus(error) === 403) {
          throw new SnapshotWriteForbidden(`the token may not write ${SNAPSHOT_REF} (give the push job "permissions: contents: write")`);
        }
        // Any other refusal (a 422 for the tree or the commit included) is an error, said once:
        // retrying the same request cannot change GitHub's answer.
        throw error;
      }
      // Only the ref update itself tells that another run recorded first: record again on top of it.
      if (attempt >= attempts) {
        throw new UserError(`${SNAPSHOT_REF} was moved by other runs during each of ${attempts} attempts to record the snapshot of ${sha}; re-run this job to record it.`);
      }
      this.log(`${SNAPSHOT_REF} moved while recording (attempt ${attempt} of ${attempts}); retrying on top of it.`);
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt + Math.floor(Math.random() * 300)));
    }
  }

  /** The shas an index blob lists, newest first ([] when there is none or it cannot be read). */
  private async order(index: string | undefined): Promise<string[]> {
    if (!index) return [];
    try {
      const parsed = JSON.parse(await this.readBlob(index)) as { order?: unknown };
      if (Array.isArray(parsed.order)) return parsed.order.filter((entry): entry is string => typeof entry === 'string');
    } catch {
      // fall through
    }
    this.log('A snapshot index could not be read; it is rebuilt from the snapshot listing.');
    return [];
  }

  private async createBlob(content: string): Promise<string> {
    const { data } = await this.request('store a coverage snapshot blob', () =>
      // Content-addressed: the same content is the same blob, so a lost answer is simply resent.
      repeatable('store a coverage snapshot blob', () => this.github.rest.git.createBlob({ ...this.repo, content, encoding: 'utf-8', request: ONE_ATTEMPT }), { ...clientOptions(this.github), log: this.log }),
    );
    return data.sha;
  }

  /**
   * Move the ref from `from` to `to` (create it when `from` is undefined). False when another run
   * moved it first: GitHub answers 422 "Update is not a fast forward" to the update (force: false
   * keeps the other run's snapshot) or "Reference already exists" to the creation.
   */
  private async moveRef(from: string | undefined, to: string): Promise<boolean> {
    const raced = (error: unknown, pattern: RegExp): boolean =>
      httpStatus(error) === 422 && pattern.test(errorData(error).message ?? '');
    if (from) {
      return this.request(`move ${SNAPSHOT_REF}`, async () => {
        try {
          await this.github.rest.git.updateRef({ ...this.repo, ref: SNAPSHOT_REF.slice('refs/'.length), sha: to, force: false });
          return true;
        } catch (error) {
          if (raced(error, /not a fast.forward/i)) return false;
          throw error;
        }
      });
    }
    return this.request(`create ${SNAPSHOT_REF}`, async () => {
      try {
        await this.github.rest.git.createRef({ ...this.repo, ref: SNAPSHOT_REF, sha: to });
        return true;
      } catch (error) {
        if (raced(error, /already exists/i)) return false;
        throw error;
      }
    });
  }
}
