import { api, httpStatus, toApiError, type GitHub } from './client.js';
import type { RepoRef } from '../lib/repo.js';
import { clientOptions, createOnce, newMark, ONE_ATTEMPT, repeatable } from './create-once.js';

/**
 * Check runs and commit statuses: the verdict on a commit.
 *
 * GitHub takes at most 50 annotations per request: the first 50 go with the POST that creates
 * the check run, the rest in PATCHes of 50, sent together (GitHub appends them in any order). A token that may not create
 * check runs (a read-only fork token, or one without `checks: write`) answers 403; the caller
 * then falls back to a commit status with the same context name.
 */

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
}

export interface NewCheckRun {
  name: string;
  headSha: string;
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  summary: string;
  text?: string;
  annotations: readonly CheckAnnotation[];
  detailsUrl?: string;
}

export const ANNOTATIONS_PER_REQUEST = 50;

export type Published = { ok: true; id: number; url: string; requests: number } | { ok: false; forbidden: true; message: string };

function message(error: unknown): string {
  return (error as { response?: { data?: { message?: string } } }).response?.data?.message ?? (error as Error).message;
}

export async function createCheckRun(github: GitHub, repo: RepoRef, run: NewCheckRun): Promise<Published> {
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < run.annotations.length; i += ANNOTATIONS_PER_REQUEST) batches.push(run.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  const output = (annotations: CheckAnnotation[] | undefined) => ({
    title: run.title,
    summary: run.summary,
    ...(run.text ? { text: run.text } : {}),
    ...(annotations && annotations.length > 0 ? { annotations } : {}),
  });
  let created: { id: number; html_url: string | null };
  // external_id is the mark: after a lost answer, the check run is found by it (createOnce).
  const externalId = newMark();
  try {
    const made = await createOnce(
      {
        what: `create the check run "${run.name}"`,
        create: async () => {
          const response = await github.rest.checks.create({
            ...repo,
            name: run.name,
            head_sha: run.headSha,
            external_id: externalId,
            status: 'completed',
            conclusion: run.conclusion,
            completed_at: new Date().toISOString(),
            ...(run.detailsUrl ? { details_url: run.detailsUrl } : {}),
            output: output(batches[0]),
            request: ONE_ATTEMPT,
          });
          return { id: Number(response.data.id), html_url: response.data.html_url };
        },
        find: async () => {
          const { data } = await github.rest.checks.listForRef({ ...repo, ref: run.headSha, check_name: run.name, filter: 'all', per_page: 100 });
          const found = data.check_runs.find((each) => each.external_id === externalId);
          return found ? { id: found.id, html_url: found.html_url } : undefined;
        },
      },
      clientOptions(github),
    );
    created = made.value;
  } catch (error) {
    if (httpStatus(error) === 403) return { ok: false, forbidden: true, message: message(error) };
    throw toApiError(`create the check run "${run.name}"`, error);
  }
  // GitHub appends each update's annotations to the run's list and shows them by file and line, so
  // the batches do not depend on each other: they go out together, one round trip for all of them
  // (a 3,000-file pull request has 5 batches). title, summary and text are the same in each: an
  // update replaces the output with its own.
  const sent = await Promise.allSettled(
    batches.slice(1).map((batch, index) =>
      api(`add annotations ${(index + 1) * ANNOTATIONS_PER_REQUEST + 1}–${(index + 1) * ANNOTATIONS_PER_REQUEST + batch.length} to the check run "${run.name}"`, () =>
        github.rest.checks.update({ ...repo, check_run_id: created.id, output: output(batch) }),
      ),
    ),
  );
  const failed = sent.find((each) => each.status === 'rejected');
  if (failed) throw failed.reason;
  return { ok: true, id: created.id, url: created.html_url ?? '', requests: Math.max(1, batches.length) };
}

export interface NewCommitStatus {
  sha: string;
  context: string;
  state: 'success' | 'failure' | 'error' | 'pending';
  description: string;
  targetUrl?: string;
}

/** A commit status (descriptions are cut to GitHub's 140 characters). */
export async function createCommitStatus(github: GitHub, repo: RepoRef, status: NewCommitStatus): Promise<Published> {
  const description = status.description.length > 140 ? `${status.description.slice(0, 139)}…` : status.description;
  try {
    // A second copy of the newest status of a context changes nothing: resent after a lost answer.
    const response = await repeatable(
      `set the commit status "${status.context}"`,
      () =>
        github.rest.repos.createCommitStatus({
          ...repo,
          sha: status.sha,
          state: status.state,
          context: status.context,
          description,
          ...(status.targetUrl ? { target_url: status.targetUrl } : {}),
          request: ONE_ATTEMPT,
        }),
      clientOptions(github),
    );
    return { ok: true, id: Number(response.data.id), url: response.data.url, requests: 1 };
  } catch (error) {
    if (httpStatus(error) === 403) return { ok: false, forbidden: true, message: message(error) };
    throw toApiError(`set the commit status "${status.context}"`, error);
  }
}
