/**
 * Who may answer: listed logins and members of listed org/team slugs. Logins compare
 * case-insensitively, as GitHub's do.
 */
export interface Team {
  org: string;
  slug: string;
}

export interface ApproverRules {
  /** Listed logins, as written (without @). */
  users: string[];
  teams: Team[];
  minimumApprovals: number;
  allowSelfApproval: boolean;
  /** Who started the run (actor, triggering actor, event sender), lower-cased, deduplicated. */
  startedBy: string[];
}

export const teamName = (team: Team): string => `${team.org}/${team.slug}`;
export const sameLogin = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

export function parseApprovers(entries: string[]): { users: string[]; teams: Team[] } {
  const users: string[] = [];
  const teams: Team[] = [];
  for (const entry of entries) {
    const value = entry.replace(/^@/, '');
    const slash = value.indexOf('/');
    if (slash > 0) {
      const team = { org: value.slice(0, slash), slug: value.slice(slash + 1) };
      if (!teams.some((known) => sameLogin(teamName(known), teamName(team)))) teams.push(team);
    } else if (!users.some((known) => sameLogin(known, value))) {
      users.push(value);
    }
  }
  return { users, teams };
}

/** The logins of whoever started the run: GITHUB_ACTOR, GITHUB_TRIGGERING_ACTOR and the payload's sender. */
export function startedBy(actor: string, triggeringActor: string, payload: Record<string, unknown>): string[] {
  const sender = (payload.sender as { login?: unknown } | undefined)?.login;
  const logins = [actor, triggeringActor, typeof sender === 'string' ? sender : ''];
  return [...new Set(logins.filter(Boolean).map((login) => login.toLowerCase()))];
}

export const isStarter = (rules: ApproverRules, login: string): boolean => rules.startedBy.includes(login.toLowerCase());

/** Listed users who can approve (the run's starter cannot, unless self-approval is allowed). */
export function eligibleUsers(rules: ApproverRules): string[] {
  return rules.users.filter((user) => rules.allowSelfApproval || !isStarter(rules, user));
}

/**
 * A configuration that can never be approved, as one sentence, or undefined. Only decidable
 * when no team is listed: a team's size is not known without reading its member list.
 */
export function impossibleApproval(rules: ApproverRules): string | undefined {
  if (rules.teams.length > 0) return undefined;
  const eligible = eligibleUsers(rules);
  if (eligible.length >= rules.minimumApprovals) return undefined;
  const excluded = rules.users.filter((user) => !eligible.includes(user));
  const who = eligible.length === 0 ? 'none of the listed approvers' : `only ${eligible.length} listed approver${eligible.length === 1 ? '' : 's'} (${eligible.join(', ')})`;
  const why = excluded.length > 0 ? ` since ${excluded.join(', ')} started the run and allow-self-approval is false` : '';
  return `Input "minimum-approvals" is ${rules.minimumApprovals}, but ${who} can approve${why}; list more approvers or an org/team slug, or lower minimum-approvals.`;
}

export type Membership = (team: Team, login: string) => Promise<boolean>;

/** Why a login may answer: 'listed', or the team (org/slug) it is an active member of. */
export type Standing = { allowed: true; via: string } | { allowed: false };

/**
 * Answers "may this login answer?" and remembers the answer per login for the run, so a busy
 * issue costs at most one membership request per commenter and team.
 */
export class ApproverDirectory {
  private readonly cache = new Map<string, Promise<Standing>>();

  constructor(
    private readonly rules: Pick<ApproverRules, 'users' | 'teams'>,
    private readonly membership: Membership,
  ) {}

  standing(login: string): Promise<Standing> {
    const key = login.toLowerCase();
    let found = this.cache.get(key);
    if (!found) {
      found = this.lookUp(login);
      // A failed lookup (an API error) is not remembered: the next poll asks again.
      found.catch(() => this.cache.delete(key));
      this.cache.set(key, found);
    }
    return found;
  }

  private async lookUp(login: string): Promise<Standing> {
    if (this.rules.users.some((user) => sameLogin(user, login))) return { allowed: true, via: 'listed' };
    for (const team of this.rules.teams) {
      if (await this.membership(team, login)) return { allowed: true, via: teamName(team) };
    }
    return { allowed: false };
  }
}
