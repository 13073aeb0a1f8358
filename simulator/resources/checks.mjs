// Check runs and their annotations, with GitHub's limits (65535-character summary/text, at most
// 50 annotations per request; annotations of an update are appended).
import { HttpError, notFound, paginate } from '../http.mjs';
import { omit } from '../state.mjs';
import { commitOr422 } from './repository.mjs';

/** @import { Routes } from '../server.mjs' */
/** @import { CheckRun, Hub } from '../state.mjs' */

/**
 * An annotation as POST/PATCH /check-runs take it.
 * @typedef {object} AnnotationInput
 * @property {string} path
 * @property {number} start_line
 * @property {number} end_line
 * @property {number} [start_column]
 * @property {number} [end_column]
 * @property {'notice' | 'warning' | 'failure'} annotation_level
 * @property {string} message
 * @property {string} [title]
 * @property {string} [raw_details]
 */

/** @typedef {{ title?: string, summary?: string, text?: string, annotations?: AnnotationInput[] }} OutputInput */

const R = '/repos/{owner}/{repo}';
const MAX_TEXT = 65535;
const MAX_ANNOTATIONS = 50;

/** @param {OutputInput | undefined} output */
function checkLimits(output) {
  if (!output) return;
  for (const field of /** @type {const} */ (['summary', 'text'])) {
    const text = output[field];
    if (typeof text === 'string' && text.length > MAX_TEXT) {
      throw new HttpError(422, 'Invalid request.', {
        errors: [`Only ${MAX_TEXT} characters are allowed; ${text.length} were supplied (output.${field}).`],
      });
    }
  }
  if ((output.annotations?.length ?? 0) > MAX_ANNOTATIONS) {
    throw new HttpError(422, 'Invalid request.', {
      errors: [`For 'properties/annotations', is too long (maximum is ${MAX_ANNOTATIONS} items).`],
    });
  }
}

/**
 * @param {Hub} hub
 * @param {string | number} id
 */
function findRun(hub, id) {
  const run = hub.state.checkRuns.find((each) => each.id === Number(id));
  if (!run) throw notFound();
  return run;
}

/**
 * @param {Hub} hub
 * @param {CheckRun} run
 * @param {AnnotationInput[]} [annotations]
 */
function addAnnotations(hub, run, annotations = []) {
  for (const annotation of annotations) {
    hub.state.annotations.push({
      path: annotation.path,
      start_line: annotation.start_line,
      end_line: annotation.end_line,
      start_column: annotation.start_column ?? null,
      end_column: annotation.end_column ?? null,
      annotation_level: annotation.annotation_level,
      title: annotation.title ?? null,
      message: annotation.message,
      raw_details: annotation.raw_details ?? null,
      blob_href: hub.html(`/blob/${run.head_sha}/${annotation.path}`),
      check_run_id: run.id,
    });
  }
  run.output.annotations_count = hub.state.annotations.filter((each) => each.check_run_id === run.id).length;
}

/**
 * Apply the status/conclusion rules of create and update.
 * @param {Hub} hub
 * @param {CheckRun} run
 * @param {{ status?: CheckRun['status'], conclusion?: CheckRun['conclusion'], started_at?: string, completed_at?: string }} body
 */
function applyProgress(hub, run, body) {
  if (body.conclusion !== undefined) {
    run.conclusion = body.conclusion;
    run.status = 'completed';
  } else if (body.status !== undefined) {
    run.status = body.status;
  }
  if (run.status === 'completed' && !run.conclusion) {
    throw new HttpError(422, 'Invalid request.', { errors: ['"conclusion" wasn\'t supplied.'] });
  }
  if (body.started_at) run.started_at = body.started_at;
  if (body.completed_at) run.completed_at = body.completed_at;
  if (run.status === 'completed' && !run.completed_at) run.completed_at = hub.now();
}

/**
 * The GitHub App behind a workflow's GITHUB_TOKEN.
 * @param {Hub} hub
 * @returns {NonNullable<CheckRun['app']>}
 */
function githubActionsApp(hub) {
  return {
    id: 15368,
    slug: 'github-actions',
    node_id: 'MDM6QXBwMTUzNjg=',
    owner: hub.user('github', 'Organization'),
    name: 'GitHub Actions',
    description: 'Automate your workflow from idea to production',
    external_url: `${hub.origin}/features/actions`,
    html_url: `${hub.origin}/apps/github-actions`,
    created_at: '2018-07-30T09:30:17Z',
    updated_at: '2019-12-10T19:04:12Z',
    permissions: { checks: 'write', contents: 'write', deployments: 'write', issues: 'write', pull_requests: 'write', statuses: 'write' },
    events: ['check_run', 'check_suite', 'deployment', 'deployment_status', 'pull_request', 'push', 'release', 'status'],
  };
}

/** @type {Routes} */
export const checkRoutes = {
  [`POST ${R}/check-runs`]: async ({ body }, hub) => {
    checkLimits(body.output);
    if ((await hub.git.objectType(body.head_sha)) !== 'commit') throw new HttpError(422, `No commit found for SHA: ${body.head_sha}`);
    const id = hub.nextId('checkRun');
    /** @type {CheckRun} */
    const run = {
      id,
      head_sha: body.head_sha,
      node_id: `CR_${id}`,
      external_id: body.external_id ?? '',
      url: hub.api(`/check-runs/${id}`),
      html_url: hub.html(`/runs/${id}`),
      details_url: body.details_url ?? hub.html(`/runs/${id}`),
      status: 'queued',
      conclusion: null,
      started_at: hub.now(),
      completed_at: null,
      output: {
        title: body.output?.title ?? null,
        summary: body.output?.summary ?? null,
        text: body.output?.text ?? null,
        annotations_count: 0,
        annotations_url: hub.api(`/check-runs/${id}/annotations`),
      },
      name: body.name,
      check_suite: { id: 1 },
      app: githubActionsApp(hub),
      pull_requests: [],
    };
    applyProgress(hub, run, body);
    hub.state.checkRuns.push(run);
    addAnnotations(hub, run, body.output?.annotations);
    return { status: 201, body: run };
  },

  [`PATCH ${R}/check-runs/{check_run_id}`]: ({ params, body }, hub) => {
    checkLimits(body.output);
    const run = findRun(hub, params.check_run_id);
    for (const field of /** @type {const} */ (['name', 'details_url', 'external_id'])) if (body[field] !== undefined) run[field] = body[field];
    applyProgress(hub, run, body);
    if (body.output) {
      for (const field of /** @type {const} */ (['title', 'summary', 'text'])) if (body.output[field] !== undefined) run.output[field] = body.output[field];
      addAnnotations(hub, run, body.output.annotations);
    }
    return { body: run };
  },

  [`GET ${R}/check-runs/{check_run_id}`]: ({ params }, hub) => ({ body: findRun(hub, params.check_run_id) }),

  [`GET ${R}/check-runs/{check_run_id}/annotations`]: (request, hub) => {
    const run = findRun(hub, request.params.check_run_id);
    const list = hub.state.annotations.filter((each) => each.check_run_id === run.id).map((each) => omit(each, 'check_run_id'));
    return paginate(request, list);
  },

  [`GET ${R}/commits/{ref}/check-runs`]: async (request, hub) => {
    const { query } = request;
    const sha = await commitOr422(hub, request.params.ref);
    let runs = hub.state.checkRuns
      .filter((run) => run.head_sha === sha)
      .filter((run) => (query.check_name === undefined || run.name === query.check_name) && (query.status === undefined || run.status === query.status))
      .sort((a, b) => b.id - a.id);
    if ((query.filter ?? 'latest') === 'latest') {
      /** @type {Set<string>} */
      const seen = new Set();
      runs = runs.filter((run) => !seen.has(run.name) && seen.add(run.name));
    }
    const page = paginate(request, runs);
    return { headers: page.headers, body: { total_count: runs.length, check_runs: page.body } };
  },
};
