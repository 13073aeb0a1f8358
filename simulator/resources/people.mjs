// Teams (visible only to a token with read:org), collaborator permissions and the rate-limit endpoint.
import { notFound } from '../http.mjs';

/** @import { HandlerRequest, Routes } from '../server.mjs' */
/** @import { Hub } from '../state.mjs' */

/** GitHub's `permission` field folds maintain into write and triage into read; role_name keeps them. */
/** @type {Record<string, string>} */
const LEGACY_PERMISSION = { admin: 'admin', maintain: 'write', write: 'write', triage: 'read', read: 'read', none: 'none' };
/** @type {Record<string, { admin: boolean, maintain: boolean, push: boolean, triage: boolean, pull: boolean }>} */
const PERMISSION_FLAGS = {
  admin: { admin: true, maintain: true, push: true, triage: true, pull: true },
  maintain: { admin: false, maintain: true, push: true, triage: true, pull: true },
  write: { admin: false, maintain: false, push: true, triage: true, pull: true },
  triage: { admin: false, maintain: false, push: false, triage: true, pull: true },
  read: { admin: false, maintain: false, push: false, triage: false, pull: true },
  none: { admin: false, maintain: false, push: false, triage: false, pull: false },
};

/**
 * Org teams are visible only to a token that may read the organization (a personal access token
 * with read:org, a GitHub App token with Members read). GITHUB_TOKEN may not, and GitHub answers
 * 404 to it, the same answer as for a team that does not exist or a user who is not a member.
 * @param {HandlerRequest} request
 * @param {Hub} hub
 */
function visibleTeam({ params, token }, hub) {
  const key = `${params.org}/${params.team_slug}`.toLowerCase();
  const members = hub.state.teams[key];
  if (!members || !token || !hub.state.orgReaders.includes(token)) throw notFound();
  return { key, members };
}

/**
 * A team object in GitHub's `team-full` shape (ids stable per team).
 * @param {Hub} hub
 * @param {string} org
 * @param {string} slug
 * @param {string[]} members
 */
function teamFull(hub, org, slug, members) {
  const keys = Object.keys(hub.state.teams);
  const id = 100 + keys.indexOf(`${org}/${slug}`.toLowerCase());
  const base = `${hub.origin}/organizations/1/team/${id}`;
  return {
    id,
    node_id: `T_${id}`,
    url: base,
    html_url: `${hub.origin}/orgs/${org}/teams/${slug}`,
    name: slug,
    slug,
    description: null,
    privacy: 'closed',
    notification_setting: 'notifications_enabled',
    permission: 'pull',
    members_url: `${base}/members{/member}`,
    repositories_url: `${base}/repos`,
    parent: null,
    type: 'organization',
    members_count: members.length,
    repos_count: 1,
    created_at: '2024-01-01T00:00:00Z',
    updated_at: '2024-01-01T00:00:00Z',
    organization: {
      ...hub.user(org, 'Organization'),
      events_url: `${hub.origin}/orgs/${org}/events`,
      repos_url: `${hub.origin}/orgs/${org}/repos`,
      hooks_url: `${hub.origin}/orgs/${org}/hooks`,
      issues_url: `${hub.origin}/orgs/${org}/issues`,
      members_url: `${hub.origin}/orgs/${org}/members{/member}`,
      public_members_url: `${hub.origin}/orgs/${org}/public_members{/member}`,
      description: null,
      has_organization_projects: true,
      has_repository_projects: true,
      public_repos: 1,
      public_gists: 0,
      followers: 0,
      following: 0,
      created_at: '2024-01-01T00:00:00Z',
      updated_at: '2024-01-01T00:00:00Z',
      archived_at: null,
    },
  };
}

/** @type {Routes} */
export const peopleRoutes = {
  'GET /orgs/{org}/teams/{team_slug}': (request, hub) => {
    const { members } = visibleTeam(request, hub);
    return { body: teamFull(hub, request.params.org, request.params.team_slug, members) };
  },

  'GET /orgs/{org}/teams/{team_slug}/memberships/{username}': (request, hub) => {
    const { params } = request;
    const { members } = visibleTeam(request, hub);
    if (!members.some((login) => login.toLowerCase() === params.username.toLowerCase())) throw notFound();
    return {
      body: { url: `${hub.origin}/orgs/${params.org}/teams/${params.team_slug}/memberships/${params.username}`, role: 'member', state: 'active' },
    };
  },

  'GET /repos/{owner}/{repo}/collaborators/{username}/permission': ({ params }, hub) => {
    const role = hub.state.collaborators[params.username] ?? 'none';
    return {
      body: {
        permission: LEGACY_PERMISSION[role] ?? 'none',
        role_name: role,
        user: { ...hub.user(params.username), permissions: PERMISSION_FLAGS[role] ?? PERMISSION_FLAGS.none, role_name: role },
      },
    };
  },

  'GET /repos/{owner}/{repo}/collaborators/{username}': ({ params }, hub) => {
    const role = hub.state.collaborators[params.username] ?? 'none';
    if (role === 'none') throw notFound();
    return { status: 204 };
  },

  'GET /rate_limit': () => {
    const core = { limit: 5000, used: 0, remaining: 5000, reset: Math.floor(Date.now() / 1000) + 3600 };
    return { body: { resources: { core, search: { ...core, limit: 30, remaining: 30 }, graphql: core }, rate: core } };
  },
};
