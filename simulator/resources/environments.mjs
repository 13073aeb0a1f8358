// Deployment environments (created by PUT, or implicitly by a deployment, as on GitHub).
import { notFound, pageParams, linkHeader } from '../http.mjs';
import { removeWhere } from '../state.mjs';

const R = '/repos/{owner}/{repo}';

/** The environment named `name`, created when missing. */
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

function protectionRules(hub, body) {
  const rules = [];
  if (body.wait_timer) rules.push({ id: hub.nextId('protectionRule'), node_id: 'GA_wait', type: 'wait_timer', wait_timer: body.wait_timer });
  if (body.reviewers?.length) {
    rules.push({
      id: hub.nextId('protectionRule'),
      node_id: 'GA_reviewers',
      type: 'required_reviewers',
      prevent_self_review: body.prevent_self_review ?? false,
      reviewers: body.reviewers.map((reviewer) => ({ type: reviewer.type, reviewer: { id: reviewer.id } })),
    });
  }
  return rules;
}

export const environmentRoutes = {
  [`GET ${R}/environments`]: (request, hub) => {
    const list = [...hub.state.environments].sort((a, b) => a.name.localeCompare(b.name));
    const { perPage, page } = pageParams(request.query);
    const link = linkHeader(request.origin, request.rawPath, request.query, page, perPage, list.length);
    return {
      body: { total_count: list.length, environments: list.slice((page - 1) * perPage, page * perPage) },
      headers: link ? { link } : {},
    };
  },

  [`GET ${R}/environments/{environment_name}`]: ({ params }, hub) => {
    const environment = hub.state.environments.find((each) => each.name === params.environment_name);
    if (!environment) throw notFound();
    return { body: environment };
  },

  [`PUT ${R}/environments/{environment_name}`]: ({ params, body }, hub) => {
    const environment = ensureEnvironment(hub, params.environment_name);
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
