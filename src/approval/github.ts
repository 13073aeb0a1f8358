import type { GitHub } from '../github/client.js';
import { addIssueComment, closeIssue, createIssue, ensureLabel, listIssueComments, type Repo } from '../github/issues.js';
import { isActiveTeamMember, isTeamVisible } from '../github/teams.js';
import { APPROVAL_LABEL, type ApprovalPort } from './gate.js';

/** The approval gate's GitHub calls, over the typed wrappers of src/github. */
export function githubApprovalPort(github: GitHub, repo: Repo): ApprovalPort {
  return {
    createIssue: async (issue) => {
      // Best-effort: without it GitHub still creates the label from the issue, without colour.
      await ensureLabel(github, repo, APPROVAL_LABEL);
      return createIssue(github, repo, issue);
    },
    listComments: (issueNumber, since) => listIssueComments(github, repo, issueNumber, since),
    comment: (issueNumber, body) => addIssueComment(github, repo, issueNumber, body),
    close: (issueNumber, reason) => closeIssue(github, repo, issueNumber, reason),
    membership: (team, login) => isActiveTeamMember(github, team.org, team.slug, login),
    teamVisible: (team) => isTeamVisible(github, team.org, team.slug),
  };
}
