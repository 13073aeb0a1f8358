// Project rules for workflow files, on top of GitHub's parser and actionlint:
// 1. no untrusted `${{ }}` expression inside a `run:` script (pass values through `env:`);
// 2. every workflow declares `permissions` (top level or on every job), never write-all.
import YAML from 'yaml';

/**
 * Contexts whose values an outsider controls or that a caller passes in: interpolated into a
 * shell script they become code. Only `env.*`-style references in the script are safe.
 */
const UNTRUSTED = [
  /github\.event\./,
  /github\.head_ref/,
  /inputs\./,
  /github\.event_name/,
  /steps\.[^.]+\.outputs\./,
  /needs\.[^.]+\.outputs\./,
  /matrix\./,
  /secrets\./,
  /vars\./,
  /env\./,
];

/**
 * A workflow or action file as YAML gives it: only the keys these rules read, each checked
 * before use (the file is the user's, so any shape can come).
 * @typedef {{ name?: string, run?: unknown } | null} Step
 * @typedef {{ steps?: Step[], permissions?: unknown } | null} Job
 * @typedef {{ jobs?: Record<string, Job>, runs?: { steps?: Step[] }, permissions?: unknown }} WorkflowDoc
 */

/**
 * @param {string} text  a workflow or action.yml
 * @returns {string[]}
 */
export function findRunInterpolations(text) {
  /** @type {WorkflowDoc} */
  const doc = YAML.parse(text) ?? {};
  const problems = [];
  const jobs = doc.jobs ?? {};
  /** @type {Array<{ where: string, script: string }>} */
  const runs = [];
  for (const [jobId, job] of Object.entries(jobs)) {
    for (const [index, step] of (job?.steps ?? []).entries()) {
      if (typeof step?.run === 'string') runs.push({ where: `jobs.${jobId}.steps[${index}]${step.name ? ` (${step.name})` : ''}`, script: step.run });
    }
  }
  // composite actions
  for (const [index, step] of (doc.runs?.steps ?? []).entries()) {
    if (typeof step?.run === 'string') runs.push({ where: `runs.steps[${index}]`, script: step.run });
  }
  for (const { where, script } of runs) {
    for (const match of script.matchAll(/\$\{\{([^}]*)\}\}/g)) {
      const expression = (match[1] ?? '').trim();
      if (UNTRUSTED.some((pattern) => pattern.test(expression))) {
        problems.push(`${where}: run script interpolates \${{ ${expression} }}; pass it through env: instead.`);
      }
    }
  }
  return problems;
}

/**
 * @param {string} text  a workflow
 * @returns {string[]}
 */
export function findPermissionProblems(text) {
  /** @type {WorkflowDoc} */
  const doc = YAML.parse(text) ?? {};
  const problems = [];
  if (doc.permissions === 'write-all') problems.push('top-level permissions: write-all is not least privilege.');
  const jobs = Object.entries(doc.jobs ?? {});
  if (doc.permissions === undefined) {
    for (const [jobId, job] of jobs) {
      // A job that calls a reusable workflow gets its permissions from the caller's declaration.
      if (job?.permissions === undefined) problems.push(`jobs.${jobId} declares no permissions and the workflow has no top-level permissions.`);
    }
  }
  for (const [jobId, job] of jobs) {
    if (job?.permissions === 'write-all') problems.push(`jobs.${jobId}: permissions write-all is not least privilege.`);
  }
  return problems;
}
