import { api, errorData, httpStatus, type GitHub } from '../github/client.js';
import { createCommitStatus } from '../github/checks.js';
import { UserError } from '../lib/errors.js';
import { addIssueComment, closeIssue, createIssue, ensureLabel, listIssueComments } from '../github/issues.js';
import type { RepoRef } from '../lib/repo.js';
import { isActiveTeamMember, isTeamVisible } from '../github/teams.js';
import type { ApprovalPort } from './gate.js';
import type { ApprovalIssue, ListenerPort } from './listener.js';
import { APPROVAL_LABEL } from './plan.js';
import { REQUEST_CONTEXT } from './request.js';
import { shortSha } from '../lib/sha.js';

/**
 * The approval gate's GitHub calls, over the typed wrappers of src/github. Team membership is read
 * with `teams` (a token with read:org) when given; everything else is written with `github`, so
 * the records the listener trusts are created by the workflow's own bot.
 */
export function githubApprovalPort(github: GitHub, repo: RepoRef, teams: GitHub = github): ApprovalPort {
  return {
    createIssue: async (issue) => {
      // Best-effort: without it GitHub still creates the label from the issue, without colour.
      await ensureLabel(github, repo, APPROVAL_LABEL);
      return createIssue(github, repo, issue);
    },
    listComments: (issueNumber, since) => listIssueComments(github, repo, issueNumber, since),
    comment: (issueNumber, body) => addIssueComment(github, repo, issueNumber, body),
    close: (issueNumber, reason) => closeIssue(github, repo, issueNumber, reason),
    membership: (team, login) => isActiveTeamMember(teams, team.org, team.slug, login),
    teamVisible: (team) => isTeamVisible(teams, team.org, team.slug),
  };
}

const toApprovalIssue = (data: { number: number; html_url: string; body?: string | null; state: string; labels: Array<string | { name?: string }> }): ApprovalIssue => ({
  number: data.number,
  htmlUrl: data.html_url,
  body: data.body ?? '',
  state: data.state,
  labels: data.labels.map((label) => (typeof label === 'string' ? label : (label.name ?? ''))),
});

/** The approval listener's GitHub calls (issue, the request's commit status, the claim ref). */
export function githubListenerPort(github: GitHub, repo: RepoRef, teams: GitHub = github): ListenerPort {
  const approvalPort = githubApprovalPort(github, repo, teams);
  return {
    readIssue: async (issueNumber) => {
      const { data } = await api(`read issue #${issueNumber}`, () => github.rest.issues.get({ ...repo, issue_number: issueNumber }));
      return toApprovalIssue(data);
    },
    openApprovalIssues: async () => {
      const issues = await api('list the open approval issues', () =>
        github.paginate(github.rest.issues.listForRepo, { ...repo, labels: APPROVAL_LABEL.name, state: 'open', per_page: 100 }),
      );
      return issues.filter((issue) => !issue.pull_request).map(toApprovalIssue);
    },
    statuses: async (sha) => {
      const statuses = await api(`read the statuses of commit ${shortSha(sha)}`, () =>
        github.paginate(github.rest.repos.listCommitStatusesForRef, { ...repo, ref: sha, per_page: 100 }),
      );
      return statuses.map((status) => ({
        id: status.id,
        context: status.context,
        state: status.state,
        description: status.description ?? '',
        targetUrl: status.target_url ?? '',
        creatorType: status.creator?.type ?? '',
        createdAt: status.created_at,
      }));
    },
    setStatus: async (sha, state, description, targetUrl) => {
      const published = await createCommitStatus(github, repo, { sha, context: REQUEST_CONTEXT, state, description, targetUrl });
      if (!published.ok) throw new UserError(`The github-token may not set commit statuses (${published.message}); the approval jobs need "statuses: write".`);
    },
    claim: async (issueNumber, sha) =>
      api(`claim the approval of issue #${issueNumber}`, async () => {
        try {
          await github.rest.git.createRef({ ...repo, ref: `refs/shipgate/approvals/${issueNumber}`, sha });
          return true;
        } catch (error) {
          if (httpStatus(error) === 422 && /already exists/i.test(errorData(error).message ?? '')) return false;
          throw error;
        }
      }),
    listComments: (issueNumber) => approvalPort.listComments(issueNumber),
    comment: approvalPort.comment,
    close: approvalPort.close,
    membership: approvalPort.membership,
    teamVisible: approvalPort.teamVisible,
  };
}
