import type { Logger } from '../../lib/logger.js';
import { shortSha } from '../../lib/sha.js';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { compareMergeBase, findOpenPull, getPull, listAncestors } from '../../github/pulls.js';
import { SnapshotStore } from '../../github/snapshots.js';
import { UserError } from '../../lib/errors.js';
import { findBaseline } from './baseline.js';
import type { WorkflowRunEvent } from './event.js';
import { publish } from './publish.js';
import type { GateReport } from './render.js';
import { filesFromResult, parseResultFile, patchFromResult, RESULT_FILE, ResultFileError, type ResultFile } from './result.js';
import { finishOutcome, type GateEnvironment, type GateOutcome, type GateSettings } from './outcome.js';
import { decideVerdict, type GateFigures } from './verdict.js';

/**
 * The `workflow_run` follow-up: publish the verdict of a pull request run that could not (a
 * fork's read-only token). It runs in a trusted workflow with write permission and runs NOTHING
 * from the pull request: it reads the result file the pull request run uploaded as an artifact
 * (numbers and paths only), validates every field, checks that it belongs to the head commit of
 * the run that finished and to an open pull request with that head, recomputes the verdict with
 * its own thresholds and its own baseline lookup, and posts the check run and the comment.
 */
export async function runFollowUp(settings: GateSettings, env: GateEnvironment & { event: WorkflowRunEvent }, log: Logger): Promise<GateOutcome | undefined> {
  const { event, github } = env;
  if (event.runEvent !== 'pull_request') {
    log.info(`The finished run was for a ${event.runEvent || 'non-pull-request'} event; there is no pull request result to publish.`);
    return undefined;
  }
  if (!github) throw new UserError('The workflow_run follow-up needs a token with write permission (input github-token) to publish the result.');
  const result = await readResult(settings.workingDirectory, event, `${env.repo.owner}/${env.repo.repo}`);

  // The pull request: listed on the run (same repository) or found by its head (forks).
  let number = event.pullNumbers[0];
  if (!number) {
    const found = await findOpenPull(github, env.repo, event.headOwner, event.headBranch, event.headSha);
    if (!found) {
      throw new UserError(`No open pull request has the head ${event.headOwner}:${event.headBranch} at ${shortSha(event.headSha)}, so the result has nowhere to go (the pull request may have been closed or pushed to since).`);
    }
    number = found.number;
  }
  if (result.pullNumber !== null && result.pullNumber !== number) {
    throw new UserError(`The coverage result names pull request #${result.pullNumber}, but the run that made it belongs to #${number}; it was not published.`);
  }
  const pull = await getPull(github, env.repo, number);
  if (pull.headSha !== event.headSha) {
    throw new UserError(`Pull request #${number} has moved on to ${shortSha(pull.headSha)} since the run for ${shortSha(event.headSha)}; its newer run will publish instead.`);
  }

  const files = filesFromResult(result);
  const figures: GateFigures = {
    lines: { covered: result.lines[0], total: result.lines[1] },
    branches: { covered: result.branches[0], total: result.branches[1] },
    files,
    patch: patchFromResult(result),
    patchMissingReason: 'the pull request run recorded no patch coverage',
  };
  const mergeBase = await compareMergeBase(github, env.repo, pull.baseSha, pull.headSha);
  if (mergeBase) {
    const store = new SnapshotStore(github, env.repo, { checkName: settings.checkName });
    const answer = await findBaseline(
      store,
      { local: () => Promise.resolve(undefined), remote: (sha, pages) => listAncestors(github, env.repo, sha, pages) },
      { start: mergeBase, branch: pull.baseRef },
    );
    figures.base = answer.baseline;
    figures.baseMissingReason = answer.reason;
  } else {
    figures.baseMissingReason = 'the merge-base of the pull request could not be found';
  }

  const report: GateReport = {
    checkName: settings.checkName,
    verdict: decideVerdict(figures, settings.thresholds),
    figures,
    fileLines: new Map(files.map((file) => [file.path, file.lines])),
    testCommand: result.testExitCode === null ? undefined : { command: 'the test command of the pull request run', exitCode: result.testExitCode },
    notes: [`Published by a workflow_run follow-up from the result of run ${event.runId} (validated: numbers and repository paths only; thresholds and baseline from this workflow).`],
    pullNumber: number,
    sha: event.headSha,
    runUrl: env.runUrl,
  };
  let publishError: Error | undefined;
  let unpublished: GateOutcome['unpublishedAnnotations'] = [];
  try {
    const outcome = await publish(report, {
      github,
      repo: env.repo,
      sha: event.headSha,
      pullNumber: number,
      comment: settings.comment,
      annotations: settings.annotations,
      runUrl: env.runUrl,
      toHeadLine: (_path, line) => line,
    });
    outcome.log.forEach((line) => log.info(line));
    report.notes.push(...outcome.notes);
    unpublished = outcome.unpublishedAnnotations;
  } catch (error) {
    // Kept for after the summary is written; a non-Error thrown is a bug and goes up at once.
    if (!(error instanceof Error)) throw error;
    publishError = error;
  }
  return finishOutcome(report, env, settings, files, pull.baseSha, unpublished, publishError);
}

async function readResult(directory: string, event: WorkflowRunEvent, repository: string): Promise<ResultFile> {
  // actions/download-artifact puts the file at the path given, or in a folder named after the artifact.
  const candidates = [path.join(directory, RESULT_FILE)];
  for (const entry of await readdir(directory, { withFileTypes: true }).catch(() => [])) {
    if (entry.isDirectory()) candidates.push(path.join(directory, entry.name, RESULT_FILE));
  }
  for (const candidate of candidates) {
    let text: string;
    try {
      text = await readFile(candidate, 'utf8');
    } catch {
      continue;
    }
    try {
      return parseResultFile(text, { headSha: event.headSha, repository });
    } catch (error) {
      if (error instanceof ResultFileError) throw new UserError(`The coverage result ${candidate} was refused: ${error.message}.`);
      throw error;
    }
  }
  throw new UserError(
    `No ${RESULT_FILE} was found in ${directory}: download the artifact the pull request run uploaded (actions/download-artifact with run-id: the workflow_run's id) into the working directory first.`,
  );
}
