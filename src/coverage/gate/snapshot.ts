import { gunzipSync, gzipSync } from 'node:zlib';
import type { Ratio } from '../ratio.js';

/**
 * The baseline of one commit of the default branch: totals and per-file covered/total lines and
 * branches, recorded by a push run and read back by pull requests (see docs/coverage-gate.md).
 *
 * Stored as compact JSON:
 *   {"v":1,"sha":"…","at":"2024-…Z","l":[covered,total],"b":[covered,total],
 *    "f":{"src/a.ts":[lc,lt,bc,bt],…}}
 * and, once that exceeds GZIP_ABOVE bytes, as {"v":1,"gz":"<base64 of the gzipped JSON>"}
 * (a repository of 20,000 files is about 1 MB of JSON, 150 kB gzipped).
 */
export interface FileFigures {
  lines: Ratio;
  branches: Ratio;
}

export interface Snapshot {
  sha: string;
  /** ISO time the snapshot was recorded. */
  recordedAt: string;
  lines: Ratio;
  branches: Ratio;
  files: Map<string, FileFigures>;
}

export const SNAPSHOT_VERSION = 1;
const GZIP_ABOVE = 64 * 1024;

export function encodeSnapshot(snapshot: Snapshot): string {
  const files: Record<string, number[]> = {};
  for (const [path, figures] of snapshot.files) {
    files[path] = [figures.lines.covered, figures.lines.total, figures.branches.covered, figures.branches.total];
  }
  const json = JSON.stringify({
    v: SNAPSHOT_VERSION,
    sha: snapshot.sha,
    at: snapshot.recordedAt,
    l: [snapshot.lines.covered, snapshot.lines.total],
    b: [snapshot.branches.covered, snapshot.branches.total],
    f: files,
  });
  if (json.length <= GZIP_ABOVE) return json;
  return JSON.stringify({ v: SNAPSHOT_VERSION, gz: gzipSync(json, { level: 9 }).toString('base64') });
}

export class SnapshotFormatError extends Error {
  override name = 'SnapshotFormatError';
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

function ratio(value: unknown, what: string): Ratio {
  if (!Array.isArray(value) || !isCount(value[0]) || !isCount(value[1]) || value[0] > value[1]) {
    throw new SnapshotFormatError(`${what} must be [covered, total] with 0 <= covered <= total`);
  }
  return { covered: value[0], total: value[1] };
}

/** Read a snapshot back, checking every figure; throws SnapshotFormatError on anything else. */
export function decodeSnapshot(text: string): Snapshot {
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(text) as Record<string, unknown>;
    if (typeof data?.gz === 'string') data = JSON.parse(gunzipSync(Buffer.from(data.gz, 'base64')).toString('utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new SnapshotFormatError(`not a coverage snapshot (${(error as Error).message})`);
  }
  if (!data || typeof data !== 'object' || data.v !== SNAPSHOT_VERSION) {
    throw new SnapshotFormatError(`unknown snapshot version ${JSON.stringify((data as { v?: unknown } | null)?.v)}`);
  }
  if (typeof data.sha !== 'string' || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(data.sha)) throw new SnapshotFormatError('sha must be a commit sha');
  const files = new Map<string, FileFigures>();
  const raw = data.f;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new SnapshotFormatError('f must be an object of files');
  for (const [path, figures] of Object.entries(raw as Record<string, unknown>)) {
    if (!Array.isArray(figures) || figures.length !== 4) throw new SnapshotFormatError(`figures of ${path} must be [lc, lt, bc, bt]`);
    files.set(path, { lines: ratio(figures.slice(0, 2), `lines of ${path}`), branches: ratio(figures.slice(2), `branches of ${path}`) });
  }
  return {
    sha: data.sha,
    recordedAt: typeof data.at === 'string' ? data.at : '',
    lines: ratio(data.l, 'l'),
    branches: ratio(data.b, 'b'),
    files,
  };
}

/** A file's change from the base, and its share of the change of the total in points. */
export interface FileDelta {
  path: string;
  base: FileFigures | undefined;
  current: FileFigures | undefined;
  /** Contribution to the change of total line coverage, in percentage points (negative: a drop). */
  points: number;
}

/**
 * Per-file changes from base to current, with each file's exact share of the change of the
 * total: current%−base% = Σ_f [Δcovered_f − p₀·Δtotal_f] / T₁ (p₀ = base ratio, T₁ = current
 * total). So a removed well-covered file, a file that lost covered lines and a new file with
 * little coverage are all ranked by how much of the drop they explain. Largest drop first.
 */
export function fileDeltas(base: Snapshot, current: ReadonlyMap<string, FileFigures>, currentLines: Ratio): FileDelta[] {
  const deltas: FileDelta[] = [];
  const p0 = base.lines.total > 0 ? base.lines.covered / base.lines.total : 0;
  const t1 = currentLines.total;
  const paths = new Set([...base.files.keys(), ...current.keys()]);
  for (const path of paths) {
    const before = base.files.get(path);
    const after = current.get(path);
    const dc = (after?.lines.covered ?? 0) - (before?.lines.covered ?? 0);
    const dt = (after?.lines.total ?? 0) - (before?.lines.total ?? 0);
    if (dc === 0 && dt === 0 && sameBranches(before, after)) continue;
    const points = t1 > 0 ? (100 * (dc - p0 * dt)) / t1 : 0;
    deltas.push({ path, base: before, current: after, points });
  }
  return deltas.sort((a, b) => a.points - b.points || (a.path < b.path ? -1 : 1));
}

function sameBranches(a: FileFigures | undefined, b: FileFigures | undefined): boolean {
  return (a?.branches.covered ?? 0) === (b?.branches.covered ?? 0) && (a?.branches.total ?? 0) === (b?.branches.total ?? 0);
}
