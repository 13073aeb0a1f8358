import { shortSha } from '../../lib/sha.js';
import { SNAPSHOT_REF, type SnapshotListing, type SnapshotStore } from '../../github/snapshots.js';
import { decodeSnapshot, type Snapshot } from './snapshot.js';
import { plural } from '../../lib/plural.js';
import type { Baseline } from './verdict.js';

/**
 * The base figures of a pull request: the snapshot of its merge-base, or of the nearest ancestor
 * that has one (a merge-base whose push run was skipped or is still running). Bounded: the
 * snapshot listing is one tree, the history is local git (no request) or one or two pages of
 * GET /commits from the merge-base, and one blob is read.
 */
export interface AncestrySource {
  /** Newest-first shas from `sha` (included), or undefined when local git cannot list them. */
  local(sha: string, max: number): Promise<{ shas: string[]; complete: boolean } | undefined>;
  /** The same from the API (GET /commits?sha=), at most `pages` pages of 100. */
  remote(sha: string, pages: number): Promise<string[]>;
}

export interface BaselineQuery {
  /** Where to start: the merge-base (pull request) or the pushed commit's parent chain. */
  start: string;
  /** Skip `start` itself (a push compares with what came before it). */
  excludeStart?: boolean;
  /** The branch name for sentences ("main"). */
  branch: string;
  /** The store's listing when it was already asked for (the gate asks early, to overlap its round trips with parsing). */
  listing?: Promise<SnapshotListing | undefined>;
}

export interface BaselineAnswer {
  baseline?: Baseline;
  /** Why there is none, as the end of a sentence. */
  reason?: string;
  /** How the history was walked, for the log. */
  walked: string;
}

export const LOCAL_DEPTH = 200;
export const API_PAGES = 2;

export async function findBaseline(store: SnapshotStore, ancestry: AncestrySource, query: BaselineQuery): Promise<BaselineAnswer> {
  const listing = await (query.listing ?? store.listing());
  if (!listing || listing.entries.size === 0) {
    const where = listing ? `${SNAPSHOT_REF} has none under ${store.folder}/` : `${SNAPSHOT_REF} is empty`;
    return {
      reason: `no snapshot has been recorded yet for the check "${store.checkName}" (${where}; the gate records one on each push to ${query.branch})`,
      walked: 'no snapshots to look for',
    };
  }
  const pick = (shas: readonly string[]) => shas.find((sha, index) => listing.entries.has(sha) && !(query.excludeStart && index === 0 && sha === query.start));
  let found = !query.excludeStart && listing.entries.has(query.start) ? query.start : undefined;
  let walked = found ? 'the merge-base itself has a snapshot' : '';
  let depth = 0;
  if (!found) {
    const local = await ancestry.local(query.start, LOCAL_DEPTH);
    if (local && local.shas.length > 0) {
      found = pick(local.shas);
      depth = local.shas.length;
      walked = `${local.shas.length} ${plural(local.shas.length, 'commit')} of local history`;
    }
    if (!found && (!local || local.shas.length === 0 || !local.complete)) {
      const remote = await ancestry.remote(query.start, API_PAGES);
      found = pick(remote);
      depth = Math.max(depth, remote.length);
      walked = `${walked ? `${walked}, then ` : ''}${remote.length} ${plural(remote.length, 'commit')} listed through the API`;
    }
  }
  if (!found) return { reason: notFound(query, depth, listing.entries.has(query.start), listing.entries.size), walked };
  let snapshot: Snapshot;
  try {
    snapshot = decodeSnapshot(await store.readBlob(listing.entries.get(found)!));
  } catch (error) {
    if ((error as Error).name !== 'SnapshotFormatError') throw error;
    return { reason: `the snapshot of ${shortSha(found)} could not be read (${(error as Error).message})`, walked };
  }
  const distance = found === query.start ? '' : `, the nearest ancestor of ${shortSha(query.start)} with a snapshot`;
  return { baseline: { snapshot, label: `${query.branch} (${shortSha(found)}${distance})` }, walked };
}

/**
 * Why no baseline was found, saying what was searched: `listed` commits of history from the
 * start (the start included). A push leaves its own commit out on purpose (it is compared with
 * what came before it), even when a snapshot of it exists from an earlier run of the same commit.
 */
function notFound(query: BaselineQuery, listed: number, startHasSnapshot: boolean, recorded: number): string {
  const start = shortSha(query.start);
  const before = Math.max(0, listed - 1);
  const snapshots = `${recorded} ${plural(recorded, 'snapshot is', 'snapshots are')} recorded`;
  if (!query.excludeStart) {
    const searched = before === 0 ? 'no commit before it is in the history that could be read' : `none was found in the ${before} ${plural(before, 'commit')} before it`;
    return `${start} has no snapshot, and ${searched} (${snapshots})`;
  }
  const searched = before === 0 ? `no commit before ${start} is in the history that could be read` : `no snapshot was found in the ${before} ${plural(before, 'commit')} before ${start}`;
  const own = startHasSnapshot ? ', although it has a snapshot from an earlier run of this commit' : '';
  return `${searched} (${snapshots}); ${start} itself is left out on purpose, since a push is compared with what came before it${own}`;
}
