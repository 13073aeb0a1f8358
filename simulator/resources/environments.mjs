// Deployment environments (created by PUT, or implicitly by a deployment, as on GitHub).
import { notFound, paginate } from '../http.mjs';
import { removeWhere } from '../state.mjs';

/** @import { Routes } from '../server.mjs' */
/** @import { Environment, Hub, Schemas, SimpleUser } from '../state.mjs' */
/** @typedef {{ type: 'User', reviewer: SimpleUser } | { type: 'Team', reviewer: Schemas['team'] }} Reviewer */

/**
 * The settings PUT /environments/{name} takes, reviewers named by id.
 * @typedef {object} EnvironmentSettings
 * @property {number} [wait_timer]
 * @property {boolean} [prevent_self_review]
 * @property {Array<{ type: string, id: number }> | null} [reviewers]
 * @property {Environment['deployment_branch_policy']} [deployment_branch_policy]
 */

/** @typedef {NonNullable<Environment['protection_rules']>[number]} ProtectionRule */

const R = '/repos/{owner}/{repo}';

/**
 * The environment named `name`, created when missing.
 * @param {Hub} hub
 * @param {string} name
 * @returns {Environment}
 */
export function ensureEnvironment(hub, name) {
  let environment = hub.state.environments.find((each) => each.name === name);
  if (!environment) {
    const id = hub.nextId('environment');
    const now = hub.now();
    environment = {
      id,
      node_id: `EN_${id}`,
      name,
      url: hub.api(`/environments/${encodeURIComponent(name)}`),
      html_url: hub.html(`/deployments/activity_log?environments_filter=${encodeURIComponent(name)}`),
      created_at: now,
      updated_at: now,
      protection_rules: [],
      deployment_branch_policy: null,
    };
    hub.state.environments.push(environment);
  }
  return environment;
}

/**
 * A reviewer as GitHub lists it in `protection_rules`: `{ type, reviewer }` where the reviewer is
 * a whole simple-user or team object. PUT names reviewers by id; an id the simulator has not seen
 * becomes a user named `user-<id>`.
 * @param {Hub} hub
 * @param {{ type: string, id: number }} reviewer
 * @returns {Reviewer}
 */
function reviewerOf(hub, { type, id }) {
  if (type === 'Team') {
    const keys = Object.keys(hub.state.teams);
    const key = keys[id - 100] ?? `acme/team-${id}`;
    const [org, slug] = key.split('/');
    const base = `${hub.origin}/organizations/1/team/${id}`;
    return {
      type: 'Team',
      reviewer: {
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
      },
    };
  }
  const login = [...hub.state.userIds].find(([, known]) => known === id)?.[0] ?? `user-${id}`;
  return { type: 'User', reviewer: hub.user(login) };
}

/**
 * GitHub lists a rule per kind that is set: wait_timer, required_reviewers (only with at least
 * one reviewer) and branch_policy (when deployment_branch_policy is set); a new environment has none.
 * @param {Hub} hub
 * @param {EnvironmentSettings} body
 */
function protectionRules(hub, body) {
  /** @type {ProtectionRule[]} */
  const rules = [];
  if (body.wait_timer) rules.push({ id: hub.nextId('protectionRule'), node_id: 'GA_wait', type: 'wait_timer', wait_timer: body.wait_timer });
  if (body.reviewers?.length) {
    rules.push({
      id: hub.nextId('protectionRule'),
      node_id: 'GA_reviewers',
      type: 'required_reviewers',
      prevent_self_review: body.prevent_self_review ?? false,
      reviewers: body.reviewers.map((reviewer) => reviewerOf(hub, reviewer)),
    });
  }
  if (body.deployment_branch_policy) rules.push({ id: hub.nextId('protectionRule'), node_id: 'GA_branch', type: 'branch_policy' });
  return rules;
}

/**
 * Seed an environment as PUT does, naming reviewers by login or org/team slug
 * (`{ reviewers: ['alice', 'acme/sre'], wait_timer: 5 }`).
 * @param {Hub} hub
 * @param {string} name
 * @param {Omit<EnvironmentSettings, 'reviewers'> & { reviewers?: string[] }} [settings]
 */
export function configureEnvironment(hub, name, settings = {}) {
  const environment = ensureEnvironment(hub, name);
  const reviewers = (settings.reviewers ?? []).map((entry) => {
    if (!entry.includes('/')) return { type: 'User', id: hub.user(entry).id };
    const key = entry.toLowerCase();
    if (!hub.state.teams[key]) hub.state.teams[key] = [];
    return { type: 'Team', id: 100 + Object.keys(hub.state.teams).indexOf(key) };
  });
  environment.protection_rules = protectionRules(hub, { ...settings, reviewers });
  environment.deployment_branch_policy = settings.deployment_branch_policy ?? null;
  environment.updated_at = hub.now();
  return environment;
}

/** @type {Routes} */
export const environmentRoutes = {
  [`GET ${R}/environments`]: (request, hub) => {
    const list = [...hub.state.environments].sort((a, b) => a.name.localeCompare(b.name));
    const page = paginate(request, list);
    return { headers: page.headers, body: { total_count: list.length, environments: page.body } };
  },

  [`GET ${R}/environments/{environment_name}`]: ({ params }, hub) => {
    const environment = hub.state.environments.find((each) => each.name === params.environment_name);
    if (!environment) throw notFound();
    return { body: environment };
  },

  [`PUT ${R}/environments/{environment_name}`]: ({ params, body }, hub) => {
    const environment = ensureEnvironment(hub, params.environment_name);
    /** @type {EnvironmentSettings} */
    const settings = body ?? {};
    environment.protection_rules = protectionRules(hub, settings);
    environment.deployment_branch_policy = settings.deployment_branch_policy ?? null;
    environment.updated_at = hub.now();
    return { body: environment };
  },

  [`DELETE ${R}/environments/{environment_name}`]: ({ params }, hub) => {
    if (!hub.state.environments.some((each) => each.name === params.environment_name)) throw notFound();
    removeWhere(hub.state.environments, (each) => each.name === params.environment_name);
    return { status: 204 };
  },
};
