import { api, httpStatus, type GitHub } from './client.js';

/**
 * Coverage snapshots kept in the repository itself, with no external service: the git ref
 * `refs/shipgate/coverage` points to a commit whose tree holds one blob per recorded commit
 * (`<sha>.json`) and `index.json` (the recorded shas, newest first, for pruning to the newest
 * KEEP). Writes go through the git data API (blobs → tree on base_tree → commit → ref update,
 * retried when another run moved the ref meanwhile); reads are three or four GETs.
 *
 * Writing needs `contents: write` (push runs only); reading needs `contents: read`.
 */
export interface Repo {
  owner: string;
  repo: string;
}

export const SNAPSHOT_REF = 'refs/shipgate/coverage';
export const KEEP = 500;
const INDEX = 'index.json';
const ENTRY = /^([0-9a-f]{40}|[0-9a-f]{64})\.json$/;

export interface SnapshotListing {
  /** The commit the ref points to. */
  commit: string;
  /** Recorded commit sha → blob sha. */
  entries: Map<string, string>;
  /** Blob of index.json, when there is one. */
  index?: string;
}

/** Thrown when the token may not write the ref (no `contents: write`). */
export class SnapshotWriteForbidden extends Error {
  override name = 'SnapshotWriteForbidden';
}

export class SnapshotStore {
  /** Requests made, for the log (and the bound the docs promise). */
  requests = 0;

  constructor(
    private readonly github: GitHub,
    private readonly repo: Repo,
    private readonly log: (message: string) => void = () => undefined,
    private readonly keep = KEEP,
  ) {}

  private async request<T>(operation: string, call: () => Promise<T>): Promise<T> {
    this.requests++;
    return api(operation, call);
  }

  /** The snapshots recorded so far, or undefined when none ever was (the ref does not exist). */
  async listing(): Promise<SnapshotListing | undefined> {
    let commit: string;
    try {
      const { data } = await this.request('read the coverage snapshot ref', () =>
        // The ref is written into the path: a {ref} parameter would have its slash encoded.
        this.github.request(`GET /repos/{owner}/{repo}/git/ref/${SNAPSHOT_REF.slice('refs/'.length)}`, { ...this.repo }),
      );
      commit = (data as { object: { sha: string } }).object.sha;
    } catch (error) {
      if (httpStatus(error) === 404) return undefined;
      throw error;
    }
    const data = await this.tree(commit);
    const entries = new Map<string, string>();
    let index: string | undefined;
    for (const entry of data.tree) {
      const match = ENTRY.exec(entry.path ?? '');
      if (match && entry.type === 'blob' && entry.sha) entries.set(match[1], entry.sha);
      else if (entry.path === INDEX && entry.sha) index = entry.sha;
    }
    return { commit, entries, index };
  }

  /** The tree of the ref's commit: a commit sha is a tree-ish, so one request, with a fallback. */
  private async tree(commit: string): Promise<{ tree: Array<{ path?: string; type?: string; sha?: string }> }> {
    const list = (treeSha: string) =>
      this.request('list the coverage snapshots', () => this.github.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', { ...this.repo, tree_sha: treeSha }));
    try {
      return (await list(commit)).data;
    } catch (error) {
      const status = httpStatus(error);
      if (status !== 404 && status !== 422) throw error;
      // A server that wants the tree's own sha: read it from the commit.
      const { data } = await this.request('read the coverage snapshot commit', () =>
        this.github.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', { ...this.repo, commit_sha: commit }),
      );
      return (await list(data.tree.sha)).data;
    }
  }

  async readBlob(sha: string): Promise<string> {
    const { data } = await this.request('read a coverage snapshot', () =>
      this.github.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', { ...this.repo, file_sha: sha }),
    );
    return Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8');
  }

  /**
   * Record `content` as the snapshot of `sha` (replacing one recorded before), keep the newest
   * KEEP, and move the ref. Retries when the ref moved under us (another push run).
   */
  async write(sha: string, content: string, attempts = 5): Promise<{ commit: string; pruned: number; attempts: number }> {
    let blob: string | undefined;
    for (let attempt = 1; ; attempt++) {
      const listing = await this.listing();
      let order: string[] = [];
      if (listing?.index) {
        try {
          const parsed = JSON.parse(await this.readBlob(listing.index)) as { order?: unknown };
          if (Array.isArray(parsed.order)) order = parsed.order.filter((entry): entry is string => typeof entry === 'string');
        } catch {
          this.log('The snapshot index could not be read; it is rebuilt from the snapshot listing.');
        }
      }
      const present = listing?.entries ?? new Map<string, string>();
      // Entries missing from the index (written by hand, or an index lost) count as the oldest.
      const known = order.filter((entry) => present.has(entry));
      const unindexed = [...present.keys()].filter((entry) => !known.includes(entry)).sort();
      const newest = [sha, ...[...known, ...unindexed].filter((entry) => entry !== sha)];
      const keep = newest.slice(0, this.keep);
      const prune = newest.slice(this.keep);
      try {
        blob ??= await this.createBlob(content);
        const indexBlob = await this.createBlob(`${JSON.stringify({ v: 1, order: keep })}\n`);
        const tree = [
          { path: `${sha}.json`, mode: '100644' as const, type: 'blob' as const, sha: blob },
          { path: INDEX, mode: '100644' as const, type: 'blob' as const, sha: indexBlob },
          // sha: null deletes the entry from base_tree.
          ...prune.map((entry) => ({ path: `${entry}.json`, mode: '100644' as const, type: 'blob' as const, sha: null })),
        ];
        const { data: newTree } = await this.request('write the coverage snapshot tree', () =>
          this.github.request('POST /repos/{owner}/{repo}/git/trees', { ...this.repo, ...(listing ? { base_tree: listing.commit } : {}), tree }),
        );
        const { data: commit } = await this.request('commit the coverage snapshot', () =>
          this.github.request('POST /repos/{owner}/{repo}/git/commits', {
            ...this.repo,
            message: `Coverage snapshot of ${sha}`,
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

  private async createBlob(content: string): Promise<string> {
    const { data } = await this.request('store a coverage snapshot blob', () =>
      this.github.request('POST /repos/{owner}/{repo}/git/blobs', { ...this.repo, content, encoding: 'utf-8' }),
    );
    return data.sha;
  }

  private async moveRef(from: string | undefined, to: string): Promise<void> {
    if (from) {
      await this.request(`move ${SNAPSHOT_REF}`, () =>
        this.github.request(`PATCH /repos/{owner}/{repo}/git/refs/${SNAPSHOT_REF.slice('refs/'.length)}`, { ...this.repo, sha: to, force: false }),
      );
    } else {
      await this.request(`create ${SNAPSHOT_REF}`, () => this.github.request('POST /repos/{owner}/{repo}/git/refs', { ...this.repo, ref: SNAPSHOT_REF, sha: to }));
    }
  }
}
