import type { RepoRef } from '../../lib/repo.js';
import { inLogGroup, type Logger } from '../../lib/logger.js';
import { shortSha } from '../../lib/sha.js';
import path from 'node:path';
import type { GitHub } from '../../github/client.js';
import { listAncestors } from '../../github/pulls.js';
import { SnapshotStore, SnapshotWriteForbidden, type SnapshotListing } from '../../github/snapshots.js';
import { UserError } from '../../lib/errors.js';
import { createPathMatcher } from '../glob.js';
import { loadCoverage } from '../load.js';
import { fileTotals, totals, type CoverageModel } from '../model.js';
import { findBaseline, type AncestrySource } from './baseline.js';
import type { GateEvent } from './event.js';
import { formatCount } from './figures.js';
import { LocalGit } from './git.js';
import { computePatchCoverage, SourcePolicy } from './patch.js';
import { publish, type Annotation } from './publish.js';
import { readPullDiff } from './pull-diff.js';
import { finishOutcome, type GateEnvironment, type GateOutcome, type GateSettings } from './outcome.js';
import type { GateReport } from './render.js';
import { runFollowUp } from './follow-up.js';
import { encodeSnapshot, type Snapshot } from './snapshot.js';
import { runTestCommand } from './test-command.js';
import { decideVerdict, type GateFigures } from './verdict.js';

export type { GateEnvironment, GateOutcome, GateSettings } from './outcome.js';

/**
 * The coverage gate from start to end, without the runner: run the tests, read the reports,
 * work out patch coverage and the baseline, decide, publish, record. The action's main.ts turns
 * the result into outputs, the job summary and the exit code.
 */
export async function runGate(settings: GateSettings, env: GateEnvironment, log: Logger): Promise<GateOutcome | undefined> {
  if (env.event.kind === 'workflow_run') return runFollowUp(settings, { ...env, event: env.event }, log);
  let testCommand: GateReport['testCommand'];
  if (settings.testCommand) {
    const command = settings.testCommand;
    const exitCode = await inLogGroup(log, `Test command: ${command.split('\n')[0]}`, () => runTestCommand(command, settings.workingDirectory));
    testCommand = { command, exitCode };
    if (exitCode !== 0) log.warning(`The test command failed with exit code ${exitCode}; the coverage report is still made, and the gate fails.`);
  }

  // The snapshot listing (ref, tree) does not depend on the report: asked for now, its round trips
  // overlap reading git and parsing the report instead of following them. Awaited, and its
  // failure handled, in lookupBaseline; a run that never gets there drops it.
  const store = env.github ? new SnapshotStore(env.github, env.repo, { checkName: settings.checkName }) : undefined;
  const listing = store?.listing();
  listing?.catch(() => undefined);

  const git = new LocalGit(settings.workingDirectory);
  const repoRoot = (await git.root()) ?? settings.workingDirectory;
  const model = await readModel(settings, git, repoRoot, testCommand);
  const summed = totals(model);
  const files = fileTotals(model);
  log.info(
    `Read ${model.reports.map((report) => `${report.displayPath} (${report.format})`).join(', ')}: ` +
      `${formatCount(files.length)} files, lines ${formatCount(summed.lines.covered)}/${formatCount(summed.lines.total)}, branches ${formatCount(summed.branches.covered)}/${formatCount(summed.branches.total)}.`,
  );
  model.notes.forEach((note) => log.info(note));
  if (model.unresolvedPaths.length > 0) {
    log.warning(`${formatCount(model.unresolvedPaths.length)} report paths match no file in the repository and are kept as written (first: ${model.unresolvedPaths[0]}).`);
  }

  const figures: GateFigures = { lines: summed.lines, branches: summed.branches, files };
  const notes: string[] = [];
  const { github } = env;
  const { event } = env;
  let toHeadLine = (_path: string, line: number): number | null => line;

  // Patch coverage and the merge-base (pull requests).
  let baselineStart: { sha: string; excludeStart: boolean; branch: string } | undefined;
  if (event.kind === 'pull_request') {
    const pullDiff = await readPullDiff(git, github, env.repo, event, (message) => log.info(message));
    notes.push(...pullDiff.notes);
    pullDiff.notes.forEach((note) => log.info(note));
    toHeadLine = pullDiff.toHeadLine;
    const isExcluded = excludeMatcher(settings.exclude, repoRoot, settings.workingDirectory);
    const excludedFromReport = new Set(model.excludedPaths);
    const policy = new SourcePolicy(model.files.keys(), (file) => isExcluded(file) || excludedFromReport.has(file), repoPath(repoRoot, settings.workingDirectory));
    if (policy.scope) log.info(`Changed files outside ${policy.scope}/ are not counted as source missing from the report.`);
    figures.patch = computePatchCoverage(pullDiff.diffs, model, policy);
    const missing = figures.patch.files.filter((file) => !file.inReport);
    if (missing.length > 0) log.info(`Changed source files missing from the report (counted as uncovered): ${missing.map((file) => file.path).join(', ')}.`);
    if (pullDiff.mergeBase) baselineStart = { sha: pullDiff.mergeBase, excludeStart: false, branch: event.baseRef || 'the base branch' };
    else figures.baseMissingReason = 'the merge-base of the pull request could not be found';
  } else {
    figures.patchMissingReason = `this run is for a ${event.kind === 'push' ? 'push' : `${event.name} event`}, not a pull request`;
    baselineStart = { sha: event.sha, excludeStart: true, branch: event.kind === 'push' ? event.branch : 'the branch' };
  }

  if (baselineStart && github && store) {
    Object.assign(figures, await lookupBaseline(store, ancestry(git, github, env.repo), { ...baselineStart, listing }, settings.thresholds.maxCoverageDrop !== undefined, log));
  } else if (baselineStart) {
    figures.baseMissingReason = 'there is no GitHub token to read the snapshots with';
  }

  const verdict = decideVerdict(figures, settings.thresholds);
  const report: GateReport = {
    checkName: settings.checkName,
    verdict,
    figures,
    fileLines: new Map(files.map((file) => [file.path, file.lines])),
    testCommand,
    notes,
    pullNumber: event.kind === 'pull_request' ? event.number : undefined,
    sha: event.kind === 'pull_request' ? event.headSha : event.sha,
    runUrl: env.runUrl,
  };

  // Publishing and recording; a failure here still leaves the summary and the report behind.
  let unpublishedAnnotations: Annotation[] = [];
  let publishError: Error | undefined;
  try {
    if (github) {
      const outcome = await publish(report, {
        github,
        repo: env.repo,
        sha: report.sha!,
        pullNumber: report.pullNumber,
        comment: settings.comment,
        annotations: settings.annotations,
        forkOf: event.kind === 'pull_request' && event.fork ? event.headRepo || 'a fork' : undefined,
        runUrl: env.runUrl,
        toHeadLine,
      });
      outcome.log.forEach((line) => log.info(line));
      notes.push(...outcome.notes);
      outcome.notes.forEach((line) => log.warning(line));
      unpublishedAnnotations = outcome.unpublishedAnnotations;
      if (event.kind === 'push') await recordSnapshot(github, env, event, settings.checkName, model, testCommand, notes, log);
    } else {
      notes.push('Nothing was posted to GitHub: no token was given (input github-token).');
    }
  } catch (error) {
    // Kept for after the summary is written; a non-Error thrown is a bug and goes up at once.
    if (!(error instanceof Error)) throw error;
    publishError = error;
  }
  return finishOutcome(report, env, settings, files, event.kind === 'pull_request' ? event.baseSha : undefined, unpublishedAnnotations, publishError);
}

/** The base figures, or why there are none. */
async function lookupBaseline(
  store: SnapshotStore,
  history: AncestrySource,
  start: { sha: string; excludeStart: boolean; branch: string; listing?: Promise<SnapshotListing | undefined> },
  required: boolean,
  log: Logger,
): Promise<Pick<GateFigures, 'base' | 'baseMissingReason'>> {
  try {
    const answer = await findBaseline(store, history, { start: start.sha, excludeStart: start.excludeStart, branch: start.branch, listing: start.listing });
    if (answer.baseline) {
      log.info(`Baseline: ${answer.baseline.label} (${answer.walked}; ${store.requests} requests).`);
      return { base: answer.baseline };
    }
    log.info(`No baseline: ${answer.reason} (${answer.walked}).`);
    return { baseMissingReason: answer.reason };
  } catch (error) {
    // Without a drop threshold the baseline is only information: its absence must not fail the gate.
    if (required) throw error;
    log.warning(`The baseline could not be read: ${(error as Error).message}`);
    return { baseMissingReason: `the snapshots could not be read (${(error as Error).message})` };
  }
}

async function readModel(settings: GateSettings, git: LocalGit, repoRoot: string, testCommand: GateReport['testCommand']): Promise<CoverageModel> {
  try {
    return await loadCoverage({
      reports: settings.reports,
      format: settings.format,
      workingDirectory: settings.workingDirectory,
      repoRoot,
      trackedFiles: (await git.trackedFiles()) ?? [],
      exclude: settings.exclude,
    });
  } catch (error) {
    if (testCommand && testCommand.exitCode !== 0 && error instanceof UserError) {
      throw new UserError(`The test command failed with exit code ${testCommand.exitCode}, and no coverage could be read: ${error.message}`);
    }
    throw error;
  }
}

/** The working directory as a repository path ('' for the root, or a folder outside the repository). */
function repoPath(repoRoot: string, workingDirectory: string): string {
  const relative = path.relative(repoRoot, path.resolve(workingDirectory)).replace(/\\/g, '/');
  return relative.startsWith('..') || path.isAbsolute(relative) ? '' : relative;
}

/** The exclude globs as loadCoverage applies them: on repository paths or working-directory paths. */
function excludeMatcher(exclude: readonly string[], repoRoot: string, workingDirectory: string): (file: string) => boolean {
  const matches = createPathMatcher(exclude);
  const prefix = path.relative(repoRoot, workingDirectory).replace(/\\/g, '/');
  return (file) => matches(file) || (prefix !== '' && file.startsWith(`${prefix}/`) && matches(file.slice(prefix.length + 1)));
}

function ancestry(git: LocalGit, github: GitHub, repo: RepoRef): AncestrySource {
  return {
    async local(sha, max) {
      if (!(await git.commit(sha))) return undefined;
      const shas = await git.ancestors(sha, max);
      return { shas, complete: shas.length >= max || !(await git.isShallow()) };
    },
    remote: (sha, pages) => listAncestors(github, repo, sha, pages),
  };
}

async function recordSnapshot(
  github: GitHub,
  env: GateEnvironment,
  event: Extract<GateEvent, { kind: 'push' }>,
  checkName: string,
  model: CoverageModel,
  testCommand: GateReport['testCommand'],
  notes: string[],
  log: Logger,
): Promise<void> {
  let defaultBranch = event.defaultBranch;
  if (!defaultBranch) {
    const { data } = await github.rest.repos.get({ ...env.repo });
    defaultBranch = data.default_branch;
  }
  if (event.branch !== defaultBranch) {
    log.info(`No snapshot recorded: ${event.branch} is not the default branch (${defaultBranch}).`);
    return;
  }
  if (testCommand && testCommand.exitCode !== 0) {
    notes.push(`No baseline snapshot was recorded for ${shortSha(event.sha)}: the test command failed, so its coverage may be incomplete.`);
    return;
  }
  const summed = totals(model);
  const snapshot: Snapshot = {
    sha: event.sha,
    recordedAt: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    lines: summed.lines,
    branches: summed.branches,
    files: new Map(fileTotals(model).map((file) => [file.path, { lines: file.lines, branches: file.branches }])),
  };
  const store = new SnapshotStore(github, env.repo, { checkName, log: (message) => log.info(message) });
  try {
    const written = await store.write(event.sha, encodeSnapshot(snapshot));
    log.info(
      `Recorded the coverage snapshot of ${shortSha(event.sha)} in refs/shipgate/coverage under ${store.folder}/ (${store.requests} requests${written.pruned ? `, ${written.pruned} old snapshots pruned` : ''}).`,
    );
  } catch (error) {
    if (!(error instanceof SnapshotWriteForbidden)) throw error;
    notes.push(`No baseline snapshot was recorded for ${shortSha(event.sha)}: ${error.message}.`);
    log.warning(`No baseline snapshot was recorded: ${error.message}.`);
  }
}
