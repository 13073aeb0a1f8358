import { UserError } from '../lib/errors.js';
import { httpStatus, toApiError, type GitHub } from './client.js';

/**
 * Whether `username` is an active member of the team `org/teamSlug`. GitHub answers 404 for a
 * non-member (and for a pending invitation the state is `pending`, which is not membership).
 * A token that may not read the organization's teams (the default GITHUB_TOKEN cannot) gets
 * 401/403: that is a setup problem worth one clear sentence, not a silent "not a member".
 */
export async function isActiveTeamMember(github: GitHub, org: string, teamSlug: string, username: string): Promise<boolean> {
  try {
    const { data } = await github.rest.teams.getMembershipForUserInOrg({
      org,
      team_slug: teamSlug,
      username,
    });
    return data.state === 'active';
  } catch (error) {
    const status = httpStatus(error);
    if (status === 404) return false;
    if (status === 401 || status === 403) {
      throw new UserError(
        `The github-token may not read the members of team ${org}/${teamSlug} (HTTP ${status}); team approvers need a token that can read organization members (a GitHub App token or a personal access token with read:org), or list the approvers' logins instead.`,
      );
    }
    throw toApiError(`check whether ${username} is a member of team ${org}/${teamSlug}`, error);
  }
}

/**
 * Whether the token can see the team `org/teamSlug` at all. GitHub answers 404 both for a team
 * that does not exist and for one the token may not read (GITHUB_TOKEN cannot read org teams),
 * and the membership endpoint answers the same 404 for "not a member": only this check tells a
 * token problem from a non-member.
 */
export async function isTeamVisible(github: GitHub, org: string, teamSlug: string): Promise<boolean> {
  try {
    await github.rest.teams.getByName({ org, team_slug: teamSlug });
    return true;
  } catch (error) {
    const status = httpStatus(error);
    if (status === 404 || status === 401 || status === 403) return false;
    throw toApiError(`read team ${org}/${teamSlug}`, error);
  }
}
