import { readFileSync } from 'node:fs';
import { UserError } from '../lib/errors.js';
import type { RepoRef } from '../lib/repo.js';

/**
 * What the runner tells an action about its run, read from the GITHUB_* variables (the same
 * ones @actions/github reads, without loading that package and its HTTP stack).
 */
export interface RunContext extends RepoRef {
  sha: string;
  ref: string;
  eventName: string;
  /** The event payload (GITHUB_EVENT_PATH), {} when there is none. */
  payload: Record<string, unknown>;
  actor: string;
  triggeringActor: string;
  runId: string;
  runAttempt: string;
  serverUrl: string;
  apiUrl: string;
  workflow: string;
  /** Link to this workflow run, for log_url and summaries. */
  runUrl: string;
}

/** Owner and name from GITHUB_REPOSITORY, or undefined when it is not "owner/repo". */
export function repositoryOf(env: NodeJS.ProcessEnv = process.env): RepoRef | undefined {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  return owner && repo ? { owner, repo } : undefined;
}

export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const repository = repositoryOf(env);
  if (!repository) {
    throw new UserError(
      `GITHUB_REPOSITORY must be set to "owner/repo" (the runner sets it), but was ${JSON.stringify(env.GITHUB_REPOSITORY ?? '')}.`,
    );
  }
  const { owner, repo } = repository;
  let payload: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>;
    } catch (error) {
      throw new UserError(`The event payload at ${env.GITHUB_EVENT_PATH} could not be read: ${(error as Error).message}.`);
    }
  }
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const runId = env.GITHUB_RUN_ID ?? '';
  return {
    owner,
    repo,
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    actor: env.GITHUB_ACTOR ?? '',
    triggeringActor: env.GITHUB_TRIGGERING_ACTOR || env.GITHUB_ACTOR || '',
    runId,
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    serverUrl,
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    workflow: env.GITHUB_WORKFLOW ?? '',
    runUrl: runId ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` : `${serverUrl}/${owner}/${repo}`,
  };
}
