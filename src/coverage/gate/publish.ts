import type { RepoRef } from '../../lib/repo.js';
import { shortSha } from '../../lib/sha.js';
import { createCheckRun, createCommitStatus, type CheckAnnotation } from '../../github/checks.js';
import type { GitHub } from '../../github/client.js';
import { upsertStickyComment } from '../../github/comments.js';
import { formatCount } from './figures.js';
import type { PatchCoverage } from './patch.js';
import { rangeText } from './ranges.js';
import { renderCheckOutput, renderComment, reportPassed, stickyMarker, type GateReport } from './render.js';
import { plural } from '../../lib/plural.js';

/**
 * Where the verdict goes on GitHub: a check run on the commit (a commit status when check runs
 * are not allowed), annotations on uncovered changed lines, and the sticky comment. Nothing
 * here fails the run for a refused write (403): the verdict is still in the job summary and the
 * exit code, and each refusal becomes a note saying why nothing was posted.
 */
/**
 * 250 annotations (five requests of 50) cover the uncovered ranges a reviewer can act on; beyond
 * that they are noise, cost a request per 50, and every range is in the table anyway. It keeps a
 * gate run within about ten API requests however large the pull request.
 */
export const MAX_ANNOTATIONS = 250;

export interface PublishPlan {
  github: GitHub;
  repo: RepoRef;
  /** The commit the check run goes on: the pull request's head, or the pushed commit. */
  sha: string;
  pullNumber?: number;
  comment: boolean;
  annotations: boolean;
  /** Set for pull requests from forks: explains a refused write. */
  forkOf?: string;
  runUrl?: string;
  /** Maps a tested line to the head commit's line. */
  toHeadLine: (path: string, line: number) => number | null;
}

export interface Annotation {
  path: string;
  startLine: number;
  endLine: number;
  message: string;
}

export interface PublishOutcome {
  notes: string[];
  /** Annotations that did not reach a check run (the caller emits a few as workflow commands). */
  unpublishedAnnotations: Annotation[];
  log: string[];
}

/** Annotations for uncovered changed lines, one per range, most uncovered files first. */
export function patchAnnotations(patch: PatchCoverage, toHeadLine: (path: string, line: number) => number | null): Annotation[] {
  const annotations: Annotation[] = [];
  for (const file of patch.files) {
    for (const range of file.ranges) {
      const start = toHeadLine(file.path, range.start);
      const end = toHeadLine(file.path, range.end);
      if (start === null || end === null || end < start) continue;
      const lines = range.start === range.end ? `Line ${rangeText(range)} was` : `Lines ${rangeText(range)} were`;
      annotations.push({
        path: file.path,
        startLine: start,
        endLine: end,
        message: file.inReport
          ? `${lines} added or changed and not covered by tests.`
          : `${lines} added or changed in a file the coverage report does not include; they count as not covered.`,
      });
    }
  }
  return annotations;
}

function forbiddenNote(refused: string[], plan: PublishPlan, message: string): string {
  const what = refused.length === 1 ? `${refused[0]} was` : `${refused.slice(0, -1).join(', ')} and ${refused[refused.length - 1]} were`;
  const why = plan.forkOf
    ? `this pull request comes from the fork ${plan.forkOf}, and GitHub gives workflows of fork pull requests a read-only token`
    : `the token was refused (${message}); give the job \`permissions: checks: write, statuses: write, pull-requests: write\``;
  return `${what[0].toUpperCase()}${what.slice(1)} not posted: ${why}. The verdict stands in this summary and in the step's exit code` +
    (plan.forkOf ? '; docs/coverage-gate.md describes a workflow_run follow-up that publishes it.' : '.');
}

export async function publish(report: GateReport, plan: PublishPlan): Promise<PublishOutcome> {
  const outcome: PublishOutcome = { notes: [], unpublishedAnnotations: [], log: [] };
  const refused: string[] = [];
  let refusal = '';
  const passed = reportPassed(report);
  const all = plan.annotations && report.figures.patch ? patchAnnotations(report.figures.patch, plan.toHeadLine) : [];
  const annotations = all.slice(0, MAX_ANNOTATIONS);
  if (all.length > MAX_ANNOTATIONS) {
    outcome.notes.push(
      `${formatCount(all.length)} uncovered changed ranges were found; the first ${formatCount(MAX_ANNOTATIONS)} are annotated (a cap that keeps the check run readable), all are in the table.`,
    );
  }
  const output = renderCheckOutput(report);
  const checkAnnotations: CheckAnnotation[] = annotations.map((annotation) => ({
    path: annotation.path,
    start_line: annotation.startLine,
    end_line: annotation.endLine,
    annotation_level: 'warning',
    title: 'Not covered by tests',
    message: annotation.message,
  }));
  // The verdict on the commit and the pull request comment do not depend on each other: they go
  // out together (their requests share round trips), and what they report is put in a fixed order.
  type Part = { log: string[]; notes: string[]; refused: string[]; refusal: string };
  const onCommit = async (): Promise<Part> => {
    const part: Part = { log: [], notes: [], refused: [], refusal: '' };
    const check = await createCheckRun(plan.github, plan.repo, {
      name: report.checkName,
      headSha: plan.sha,
      conclusion: passed ? 'success' : 'failure',
      title: output.title,
      summary: output.summary,
      text: output.text,
      annotations: checkAnnotations,
      detailsUrl: plan.runUrl,
    });
    if (check.ok) {
      part.log.push(
        `Check run "${report.checkName}" on ${shortSha(plan.sha)}: ${passed ? 'success' : 'failure'}, ${formatCount(annotations.length)} ${plural(annotations.length, 'annotation')} in ${check.requests} ${plural(check.requests, 'request')}.`,
      );
      return part;
    }
    const status = await createCommitStatus(plan.github, plan.repo, {
      sha: plan.sha,
      context: report.checkName,
      state: passed ? 'success' : 'failure',
      description: output.title,
      targetUrl: plan.runUrl,
    });
    outcome.unpublishedAnnotations = annotations;
    if (status.ok) {
      part.log.push(`Check runs are not allowed for this token (${check.message}); set the commit status "${report.checkName}" instead.`);
      part.notes.push(`The check run could not be created (${check.message}), so the verdict is the commit status "${report.checkName}" and the annotations are not on the pull request.`);
    } else {
      part.refused.push('the check run', 'the commit status');
      part.refusal = check.message;
    }
    return part;
  };
  const onPull = async (pullNumber: number): Promise<Part> => {
    const part: Part = { log: [], notes: [], refused: [], refusal: '' };
    const body = renderComment(report);
    const sticky = await upsertStickyComment(plan.github, plan.repo, pullNumber, stickyMarker(report.checkName), body);
    if (sticky.ok) {
      part.log.push(`Comment ${sticky.action} on #${pullNumber} (${sticky.url || sticky.id}; ${sticky.pagesRead} ${plural(sticky.pagesRead, 'page')} of comments read).`);
    } else {
      part.refused.push('the pull request comment');
      part.refusal = sticky.message;
    }
    return part;
  };
  const settled = await Promise.allSettled([onCommit(), plan.pullNumber && plan.comment ? onPull(plan.pullNumber) : undefined]);
  for (const each of settled) {
    if (each.status === 'rejected') throw each.reason;
    if (!each.value) continue;
    outcome.log.push(...each.value.log);
    outcome.notes.push(...each.value.notes);
    refused.push(...each.value.refused);
    refusal ||= each.value.refusal;
  }
  if (refused.length > 0) outcome.notes.push(forbiddenNote(refused, plan, refusal));
  return outcome;
}

export interface FallbackAnnotations {
  /** Emitted as warnings with their file and lines. */
  annotations: Annotation[];
  /** A last warning saying how many more ranges there are, when they do not all fit. */
  overflow?: string;
  /** A log line (not a warning) when no room is left at all. */
  skipped?: string;
}

/**
 * The uncovered ranges a step can still show as workflow-command warnings when the check run
 * could not take them: `room` is what is left of GitHub's 10 warnings per step. When they do not
 * all fit, the last slot says how many more there are, so none vanish without a word.
 */
export function fallbackAnnotations(unpublished: readonly Annotation[], room: number): FallbackAnnotations {
  if (unpublished.length === 0) return { annotations: [] };
  const ranges = (count: number) => `${formatCount(count)} uncovered changed ${plural(count, 'range')}`;
  if (room <= 0) {
    return {
      annotations: [],
      skipped: `${ranges(unpublished.length)} are not shown as annotations: GitHub shows 10 warnings per step and this step used them all; every range is in the job summary.`,
    };
  }
  if (unpublished.length <= room) return { annotations: [...unpublished] };
  const shown = unpublished.slice(0, room - 1);
  const more = unpublished.length - shown.length;
  return {
    annotations: shown,
    overflow: `${formatCount(more)} more uncovered changed ${plural(more, 'range')} ${more === 1 ? 'is' : 'are'} not annotated (GitHub shows 10 warnings per step); every range is in the job summary.`,
  };
}
