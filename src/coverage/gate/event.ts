/**
 * What the gate needs to know about the event that started the run. For a pull request the
 * commit to report on is the pull request's head (pull_request.head.sha), not GITHUB_SHA: on
 * pull_request events that is GitHub's temporary merge commit, which no reviewer sees.
 */
export interface PullRequestEvent {
  kind: 'pull_request';
  number: number;
  headSha: string;
  headRef: string;
  headRepo: string;
  baseSha: string;
  baseRef: string;
  baseRepo: string;
  /** The head lives in another repository: GitHub gives the run a read-only token. */
  fork: boolean;
}

export interface PushEvent {
  kind: 'push';
  sha: string;
  /** Branch name (refs/heads/ stripped). */
  branch: string;
  /** The repository's default branch when the payload says (push payloads do). */
  defaultBranch: string | undefined;
}

export interface OtherEvent {
  kind: 'other';
  name: string;
  sha: string;
}

/**
 * A `workflow_run` follow-up: a trusted workflow with write permission that publishes the
 * result a pull request run (from a fork, with a read-only token) left as an artifact.
 */
export interface WorkflowRunEvent {
  kind: 'workflow_run';
  /** The event of the run that finished ('pull_request' for the runs to publish). */
  runEvent: string;
  runId: number;
  headSha: string;
  headBranch: string;
  /** owner/name of the repository the head commit lives in (the fork). */
  headRepo: string;
  headOwner: string;
  /** Pull requests GitHub lists on the run (empty for forks: GitHub does not list them). */
  pullNumbers: number[];
}

export type GateEvent = PullRequestEvent | PushEvent | OtherEvent | WorkflowRunEvent;

type Json = Record<string, unknown>;
const object = (value: unknown): Json => (value && typeof value === 'object' ? (value as Json) : {});
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

export function readGateEvent(eventName: string, payload: Json, sha: string, ref: string, repository: string): GateEvent {
  const pull = object(payload.pull_request);
  if (pull.head && pull.base && Number.isInteger(Number(pull.number ?? payload.number))) {
    const head = object(pull.head);
    const base = object(pull.base);
    const headRepo = text(object(head.repo).full_name);
    const baseRepo = text(object(base.repo).full_name) || repository;
    return {
      kind: 'pull_request',
      number: Number(pull.number ?? payload.number),
      headSha: text(head.sha) || sha,
      headRef: text(head.ref),
      headRepo,
      baseSha: text(base.sha),
      baseRef: text(base.ref),
      baseRepo,
      // A deleted fork has no head repo: still not ours, still read-only.
      fork: headRepo.toLowerCase() !== baseRepo.toLowerCase(),
    };
  }
  if (eventName === 'workflow_run' && payload.workflow_run) {
    const run = object(payload.workflow_run);
    const headRepository = object(run.head_repository);
    const pulls = Array.isArray(run.pull_requests) ? run.pull_requests : [];
    return {
      kind: 'workflow_run',
      runEvent: text(run.event),
      runId: Number(run.id ?? 0),
      headSha: text(run.head_sha),
      headBranch: text(run.head_branch),
      headRepo: text(headRepository.full_name),
      headOwner: text(object(headRepository.owner).login),
      pullNumbers: pulls.map((pull) => Number(object(pull).number)).filter((number) => Number.isInteger(number) && number > 0),
    };
  }
  if (eventName === 'push' && ref.startsWith('refs/heads/')) {
    const defaultBranch = text(object(payload.repository).default_branch) || text(object(payload.repository).master_branch) || undefined;
    return { kind: 'push', sha: text(payload.after) || sha, branch: ref.slice('refs/heads/'.length), defaultBranch };
  }
  return { kind: 'other', name: eventName, sha };
}
