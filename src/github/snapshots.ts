import { api, httpStatus, type GitHub } from './client.js';

/**
 * Coverage snapshots kept in the repository itself, with no external service: the git ref
 * `refs/shipgate/coverage` points to a commit whose tree holds one folder per check name, and in
 * it one blob per recorded commit (`<check-name>/<sha>.json`) and `<check-name>/index.json` (the
 * recorded shas, newest first, for pruning to the newest KEEP of that check). Several gates on one
 * push (a monorepo's packages, several languages), each with its own check name, so keep their own
 * baselines. Writes go through the git data API (blobs → tree on base_tree → commit → ref update,
 * retried when another run moved the ref meanwhile); reads are three or four GETs.
 *
 * Snapshots recorded before check names were folders (`<sha>.json` and `index.json` at the top)
 * belong to the default check name, `coverage`: it still reads them, and prunes them as its own.
 *
 * Writing needs `contents: write` (push runs only); reading needs `contents: read`.
 */
export interface Repo {
  owner: string;
  repo: string;
}

export const SNAPSHOT_REF = 'refs/shipgate/coverage';
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
    private readonly repo: Repo,
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
    const listing: SnapshotListing = { commit, entries: new Map(), legacy: new Set(), inFolder: new Set() };
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
  private async tree(commit: string): Promise<{ tree: Array<{ path?: string; type?: string; sha?: string }> }> {
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
          this.github.rest.git.createTree({ ...this.repo, ...(listing ? { base_tree: listing.commit } : {}), tree }),
        );
        const { data: commit } = await this.request('commit the coverage snapshot', () =>
          this.github.rest.git.createCommit({
            ...this.repo,
            message: `Coverage snapshot of ${sha} (${this.checkName})`,
            tree: newTree.sha,
            parents: listing ? [listing.commit] : [],
          }),
        );
        await this.moveRef(listing?.commit, commit.sha);
        return { commit: commit.sha, pruned: prune.length, attempts: attempt };
      } catch (error) {
        const status = httpStatus(error);
        if (status === 403) {
          throw new SnapshotWriteForbidden(`the token may not write ${SNAPSHOT_REF} (give the push job "permissions: contents: write")`);
        }
        // 422: not a fast-forward / the ref appeared meanwhile: another run recorded first.
        if (status === 422 && attempt < attempts) {
          this.log(`${SNAPSHOT_REF} moved while recording (attempt ${attempt} of ${attempts}); retrying on top of it.`);
          await new Promise((resolve) => setTimeout(resolve, 200 * attempt + Math.floor(Math.random() * 300)));
          continue;
        }
        throw error;
      }
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
      this.github.rest.git.createBlob({ ...this.repo, content, encoding: 'utf-8' }),
    );
    return data.sha;
  }

  private async moveRef(from: string | undefined, to: string): Promise<void> {
    if (from) {
      await this.request(`move ${SNAPSHOT_REF}`, () =>
        this.github.rest.git.updateRef({ ...this.repo, ref: SNAPSHOT_REF.slice('refs/'.length), sha: to, force: false }),
      );
    } else {
      await this.request(`create ${SNAPSHOT_REF}`, () => this.github.rest.git.createRef({ ...this.repo, ref: SNAPSHOT_REF, sha: to }));
    }
  }
}
