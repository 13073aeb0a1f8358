import type { RepoRef } from '../../lib/repo.js';
import { shortSha } from '../../lib/sha.js';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { GitHub } from '../../github/client.js';
import { compareMergeBase, listPullFiles, PULL_FILES_LIMIT } from '../../github/pulls.js';
import { UserError } from '../../lib/errors.js';
import { mapLine, parseFilePatch, type ChangeStatus, type FileDiff } from './diff.js';
import type { PullRequestEvent } from './event.js';
import type { LocalGit } from './git.js';
import { formatCount } from './figures.js';

/**
 * The lines a pull request adds or changes, in the line numbers of the code the tests ran on.
 *
 * Local git first (no request, no file limit): diff from the merge-base of the base and the
 * tested commit to the tested commit. The tested commit is HEAD: the pull request's head when
 * the workflow checked it out, or GitHub's merge commit (actions/checkout's default), whose
 * merge-base with the base is the base itself, so its diff is the pull request's change as it
 * sits in the merged code the tests saw. It needs the history: actions/checkout with
 * fetch-depth: 0 (or deep enough to reach the merge-base). Nothing is fetched.
 *
 * When git cannot answer (not a repository, a shallow clone, the base not fetched), GitHub's
 * pull-request files API is read instead: paginated, at most 3,000 files (GitHub's cap, said in
 * the log when reached), the merge-base from the compare API.
 */
export interface PullDiff {
  diffs: FileDiff[];
  /** The merge-base, when known (for the baseline). */
  mergeBase?: string;
  /** 'git' or 'api'. */
  source: 'git' | 'api';
  /** Maps a line of the tested code to the head commit's line, for annotations (null: drop it). */
  toHeadLine: (path: string, line: number) => number | null;
  notes: string[];
  requests: number;
}

const identity = (_path: string, line: number): number | null => line;

export async function readPullDiff(
  git: LocalGit,
  github: GitHub | undefined,
  repo: RepoRef,
  pull: PullRequestEvent,
  log: (message: string) => void,
): Promise<PullDiff> {
  const local = await localDiff(git, pull, log);
  if (local.diff) return local.diff;
  if (!github) {
    throw new UserError(`The changed lines could not be found: ${local.why}, and there is no token (input github-token) to read them from the API; give actions/checkout fetch-depth: 0.`);
  }
  return apiDiff(git, github, repo, pull, local.why);
}

async function localDiff(git: LocalGit, pull: PullRequestEvent, log: (message: string) => void): Promise<{ diff?: PullDiff; why: string }> {
  const root = await git.root();
  if (!root) return { why: 'the working directory is not a git checkout' };
  const tested = await git.commit('HEAD');
  if (!tested) return { why: 'the checkout has no HEAD commit' };
  const base =
    (await git.commit(pull.baseSha)) ??
    (pull.baseRef ? ((await git.commit(`refs/remotes/origin/${pull.baseRef}`)) ?? undefined) : undefined);
  if (!base) return { why: `the base commit ${shortSha(pull.baseSha)} is not in the local history (a shallow clone)` };
  const mergeBase = await git.mergeBase(base, tested);
  if (!mergeBase) return { why: `the local history does not reach the merge-base of ${shortSha(base)} and ${shortSha(tested)} (a shallow clone)` };
  const diffs = await git.diff(mergeBase, tested);
  if (!diffs) return { why: 'git diff failed' };
  // The pull request's own merge-base (for the baseline) is that of base and head; when HEAD is
  // GitHub's merge commit it is the base itself, which is what the tested code contains.
  let toHeadLine: (path: string, line: number) => number | null = identity;
  const notes: string[] = [];
  if (tested !== pull.headSha) {
    const head = await git.commit(pull.headSha);
    if (head) {
      toHeadLine = await headLineMapper(git, tested, head, diffs);
      log(`The tests ran on ${shortSha(tested)} (not the head ${shortSha(pull.headSha)}); annotation lines are mapped onto the head.`);
    } else {
      notes.push(`The head commit ${shortSha(pull.headSha)} is not in the local history, so annotation lines are those of the tested commit ${shortSha(tested)}.`);
    }
  }
  log(`Changed lines: git diff ${shortSha(mergeBase)}..${shortSha(tested)} (${formatCount(diffs.length)} ${diffs.length === 1 ? 'file' : 'files'}).`);
  return { diff: { diffs, mergeBase, source: 'git', toHeadLine, notes, requests: 0 }, why: '' };
}

async function headLineMapper(git: LocalGit, tested: string, head: string, diffs: FileDiff[]): Promise<(path: string, line: number) => number | null> {
  const paths = diffs.filter((diff) => diff.added.length > 0 && diff.path).map((diff) => diff.path);
  // A very long pathspec would overflow the command line; the whole diff is as good, only longer.
  const between = await git.diff(tested, head, paths.length <= 500 ? paths : []);
  if (!between) return identity;
  const hunks = new Map(between.map((diff) => [diff.previousPath ?? diff.path, diff.hunks]));
  return (file, line) => {
    const fileHunks = hunks.get(file);
    return fileHunks ? mapLine(fileHunks, line) : line;
  };
}

const STATUS: Record<string, ChangeStatus> = { added: 'added', removed: 'deleted', renamed: 'renamed', copied: 'copied' };

async function apiDiff(git: LocalGit, github: GitHub, repo: RepoRef, pull: PullRequestEvent, why: string): Promise<PullDiff> {
  const notes = [
    `Changed lines were read through the API because ${why}; give actions/checkout \`fetch-depth: 0\` so that git answers locally (no file limit, no requests).`,
  ];
  const listed = await listPullFiles(github, repo, pull.number);
  let requests = listed.requests;
  if (listed.capped) {
    notes.push(`GitHub lists at most ${formatCount(PULL_FILES_LIMIT)} files of a pull request; files beyond them are not in the patch coverage.`);
  }
  const root = (await git.root()) ?? process.cwd();
  const diffs: FileDiff[] = [];
  let withoutPatch = 0;
  for (const file of listed.files) {
    const status = STATUS[file.status] ?? 'modified';
    if (status === 'deleted') continue;
    if (file.patch !== undefined) {
      diffs.push(parseFilePatch(file.filename, file.patch, status, file.previousFilename));
    } else if (status === 'added' && file.additions > 0) {
      // GitHub leaves out the patch of large files; a new file's lines are all added, and the
      // checkout has them.
      const whole = await wholeFile(path.join(root, file.filename));
      if (whole) diffs.push({ ...whole, path: file.filename, status });
      else withoutPatch++;
    } else if (file.additions > 0) {
      withoutPatch++;
    }
  }
  if (withoutPatch > 0) {
    notes.push(`${formatCount(withoutPatch)} changed ${withoutPatch === 1 ? 'file has' : 'files have'} no diff in the API (too large or binary) and ${withoutPatch === 1 ? 'is' : 'are'} not in the patch coverage.`);
  }
  const mergeBase = pull.baseSha && pull.headSha ? await compareMergeBase(github, repo, pull.baseSha, pull.headSha) : undefined;
  requests += 1;
  return { diffs, mergeBase, source: 'api', toHeadLine: identity, notes, requests };
}

async function wholeFile(file: string): Promise<Omit<FileDiff, 'path' | 'status'> | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const added = lines.map((_line, index) => index + 1);
  const blank = added.filter((line) => lines[line - 1].trim() === '');
  return { added, blank, hunks: [[0, 0, 1, lines.length]], binary: false };
}
