// Teams, collaborator permissions and the rate-limit endpoint.
import { notFound } from '../http.mjs';

/** GitHub's `permission` field folds maintain into write and triage into read; role_name keeps them. */
const LEGACY_PERMISSION = { admin: 'admin', maintain: 'write', write: 'write', triage: 'read', read: 'read', none: 'none' };
const PERMISSION_FLAGS = {
  admin: { admin: true, maintain: true, push: true, triage: true, pull: true },
  maintain: { admin: false, maintain: true, push: true, triage: true, pull: true },
  write: { admin: false, maintain: false, push: true, triage: true, pull: true },
  triage: { admin: false, maintain: false, push: false, triage: true, pull: true },
  read: { admin: false, maintain: false, push: false, triage: false, pull: true },
  none: { admin: false, maintain: false, push: false, triage: false, pull: false },
};

export const peopleRoutes = {
  'GET /orgs/{org}/teams/{team_slug}/memberships/{username}': ({ params }, hub) => {
    const members = hub.state.teams[`${params.org}/${params.team_slug}`.toLowerCase()];
    if (!members?.some((login) => login.toLowerCase() === params.username.toLowerCase())) throw notFound();
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
