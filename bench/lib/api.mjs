// API economy: how many GitHub API requests (and sequential round trips) an operation needs in a
// large repository. The BUILT bundles (dist/) run as the runner runs them (scripts/lib/run-action.mjs)
// against the simulator, seeded with a long history: real git for commits and tags, the
// simulator's state for the thousands of releases and deployments (cloned from one record made
// through the API, so they have the simulator's own shape).
import { existsSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildRepo, git } from './repo.mjs';
import { roundTrips, startRecordingProxy } from './proxy.mjs';

/** @import { Simulator } from '../../simulator/index.mjs' */
/** @import { Deployment, DeploymentStatus, Release } from '../../simulator/state.mjs' */
/** @import { ActionResult, RunOptions } from '../../scripts/lib/run-action.mjs' */
/** @import { OperationResult } from './results.mjs' */

/** @typedef {{ id: string, label: string, limit?: number, maxRoundTrips?: number, maxOwnMs?: number }} ApiTarget */

/**
 * A deployment of the seeded history, oldest first.
 * @typedef {object} PlannedDeployment
 * @property {string} environment
 * @property {string} sha
 * @property {string} [tag]
 * @property {'deploy' | 'rollback'} [mode]
 * @property {{ ref: string, sha: string, version: string }} [rolledBack]
 * @property {boolean} [failed]
 */

/**
 * The commit a run checks out, and the coverage report (when any) written into its workspace.
 * @typedef {{ sha: string, checkout?: string, report?: string }} Checkout
 */

/**
 * One operation on a seeded history: what the simulator holds, then the run that is measured.
 * @typedef {object} Scenario
 * @property {(sim: Simulator) => Promise<void>} seed
 * @property {string} action
 * @property {Record<string, string>} inputs
 * @property {string} sha
 * @property {string} [ref]             default refs/heads/main
 * @property {string} eventName
 * @property {unknown} event
 * @property {string} [report]          an lcov report for coverage/lcov.info
 * @property {string} [checkout]        default `sha`
 * @property {Checkout & { ref: string, eventName: string, event: unknown }} [prepare]  a run before the measured one (not counted)
 * @property {(result: ActionResult) => boolean} [completed]  a run that counts as done although it failed
 * @property {string} facts
 * @property {string[]} outputs         the outputs the results show
 */

/**
 * Each operation's bounds: `limit` (requests), `maxRoundTrips` (sequential round trips) and
 * `maxOwnMs` (the action's own wall-clock at ROUND_TRIP_MS a request); a bound left out is
 * reported as a figure. The rollback bounds are issue 16's ("at most 6 sequential round trips,
 * under 1.5 s at 150 ms a request, whatever the history"); its request count is a figure.
 * @type {ApiTarget[]}
 */
export const API_TARGETS = [
  { id: 'rollback', label: 'rollback: 1,000 releases, 5,000 deployments', maxRoundTrips: 6, maxOwnMs: 1500 },
  { id: 'release', label: 'release: 3,000 older tags', limit: 10 },
  { id: 'deploy', label: 'deploy: production with 5,000 deployments (command and verification excluded)' },
  { id: 'coverage-gate', label: 'coverage-gate: pull request of 3,000 changed files', limit: 12, maxOwnMs: 2000 },
  // The bound is src/readiness/read.ts's BUDGET (MAX_REQUESTS), asserted by test/readiness/action.test.ts.
  { id: 'readiness', label: 'readiness: 1,000 releases, 5,000 deployments, the last 30 days', limit: 44 },
];

/** The latency the recording proxy adds to every request: a typical GitHub round trip. */
export const ROUND_TRIP_MS = 150;

const RUN_TIMEOUT_MS = 90_000;
const DAY = 86_400_000;
const START = Date.parse('2023-01-02T09:00:00Z');
/** @param {number} ms */
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * Semantic versions that grow with i: 1.0.0, 1.0.1, …
 * @param {number} i
 */
const versionOf = (i) => `${1 + Math.floor(i / 400)}.${Math.floor(i / 20) % 20}.${i % 20}`;

/**
 * @param {Simulator} sim
 * @param {string} method
 * @param {string} route
 * @param {unknown} [body]
 * @returns {Promise<unknown>}
 */
async function call(sim, method, route, body) {
  const response = await fetch(`${sim.url}/repos/${sim.owner}/${sim.repo}${route}`, {
    method,
    headers: { authorization: 'token ghs_simulated_token', 'content-type': 'application/json', accept: 'application/vnd.github+json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`seeding ${method} ${route} answered ${response.status}: ${text.slice(0, 200)}`);
  return text ? JSON.parse(text) : undefined;
}

/**
 * Copy a record made through the API for another id (URL fields re-pointed).
 * @template {object} T
 * @param {T} template
 * @param {Array<[RegExp, string]>} replacements
 * @param {Partial<T>} fields
 * @returns {T}
 */
function cloneRecord(template, replacements, fields) {
  const copy = structuredClone(template);
  // Only the record's string `*_url` fields are rewritten, with strings: its type is kept.
  const byKey = /** @type {Record<string, unknown>} */ (copy);
  for (const [key, value] of Object.entries(byKey)) {
    if (typeof value === 'string' && /url$/.test(key)) {
      let next = value;
      for (const [pattern, replacement] of replacements) next = next.replace(pattern, replacement);
      byKey[key] = next;
    }
  }
  return Object.assign(copy, fields);
}

const REPOSITORY = { full_name: 'acme/app', name: 'app', owner: { login: 'acme' }, default_branch: 'main' };

/** @param {string} text */
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Releases for `tags` (name → sha), oldest first, the first through the API and the rest cloned.
 * @param {Simulator} sim
 * @param {Array<[string, string]>} tags
 */
async function seedReleases(sim, tags) {
  const [[firstTag, firstSha], ...rest] = tags;
  // The simulator answers with the release it stored (GitHub's release schema).
  const template = /** @type {Release} */ (await call(sim, 'POST', '/releases', { tag_name: firstTag, target_commitish: firstSha, name: firstTag, body: 'Release notes', make_latest: 'true' }));
  const stored = sim.state.releases.find((release) => release.id === template.id);
  if (stored) Object.assign(stored, { created_at: iso(START), updated_at: iso(START), published_at: iso(START) });
  let id = template.id;
  rest.forEach(([tag, sha], index) => {
    id++;
    const at = iso(START + (index + 1) * DAY);
    sim.state.releases.push(
      cloneRecord(
        template,
        [
          [new RegExp(`/releases/${template.id}(?=/|$)`), `/releases/${id}`],
          [new RegExp(`/${escape(firstTag)}(?=/|$)`), `/${tag}`],
        ],
        { id, node_id: `RE_${id}`, tag_name: tag, target_commitish: sha, name: tag, created_at: at, updated_at: at, published_at: at },
      ),
    );
  });
  sim.state.ids.release = id;
  sim.state.latestReleaseId = id;
}

/**
 * Deployments as shipgate's deploy writes them (ref = sha, payload.shipgate = 1), with statuses
 * in_progress → success|failure, and `inactive` once superseded in the same environment.
 * `plan` is a list of { environment, sha, tag, mode, rolledBack } oldest first.
 * @param {Simulator} sim
 * @param {PlannedDeployment[]} plan
 */
async function seedDeployments(sim, plan) {
  const first = plan[0];
  /**
   * @param {PlannedDeployment} item
   * @param {{ deployment: Deployment, ref: string } | undefined} previous  the environment's live deployment and its payload's ref
   */
  const payloadOf = (item, previous) => ({
    shipgate: 1,
    version: item.tag ?? '',
    sha: item.sha,
    ref: item.tag ?? item.sha,
    previous: previous ? { id: previous.deployment.id, ref: previous.ref, sha: previous.deployment.sha } : null,
    run_url: `https://github.com/${sim.owner}/${sim.repo}/actions/runs/1000`,
    actor: 'octo-dev',
    mode: item.mode ?? 'deploy',
    reason: item.mode === 'rollback' ? 'error rate' : '',
    ...(item.rolledBack ? { rolled_back: item.rolledBack } : {}),
    expires_at: iso(START),
  });
  // The simulator answers with the deployment and the status it stored (GitHub's schemas).
  const template = /** @type {Deployment} */ (await call(sim, 'POST', '/deployments', {
    // shipgate's own deployments carry this task (GitHub's job deployments have `deploy`).
    task: 'deploy:shipgate',
    ref: first.sha,
    environment: first.environment,
    auto_merge: false,
    required_contexts: [],
    payload: payloadOf(first, undefined),
    production_environment: first.environment === 'production',
    transient_environment: first.environment.startsWith('pr-'),
    description: 'Deploy by shipgate',
  }));
  const statusTemplate = /** @type {DeploymentStatus} */ (
    await call(sim, 'POST', `/deployments/${template.id}/statuses`, { state: 'in_progress', auto_inactive: false, log_url: `https://github.com/${sim.owner}/${sim.repo}/actions/runs/1000` })
  );
  // Start from a clean slate: the templates are replaced by the clones below.
  sim.state.deployments.length = 0;
  sim.state.deploymentStatuses.length = 0;

  let deploymentId = template.id - 1;
  let statusId = statusTemplate.id - 1;
  /** @type {Map<string, { deployment: Deployment, ref: string }>} environment → last successful deployment (and its payload's ref) */
  const live = new Map();
  /**
   * @param {Deployment} deployment
   * @param {DeploymentStatus['state']} state
   * @param {string} at
   */
  const addStatus = (deployment, state, at) => {
    statusId++;
    sim.state.deploymentStatuses.push(
      cloneRecord(
        statusTemplate,
        [
          [new RegExp(`/deployments/${template.id}/statuses/${statusTemplate.id}$`), `/deployments/${deployment.id}/statuses/${statusId}`],
          [new RegExp(`/deployments/${template.id}$`), `/deployments/${deployment.id}`],
        ],
        { id: statusId, node_id: `DES_${statusId}`, state, environment: deployment.environment, created_at: at, updated_at: at, deployment_id: deployment.id },
      ),
    );
    deployment.updated_at = at;
  };
  plan.forEach((item, index) => {
    deploymentId++;
    const at = START + index * (DAY / 6);
    const previous = live.get(item.environment);
    const deployment = cloneRecord(
      template,
      [[new RegExp(`/deployments/${template.id}(?=/|$)`), `/deployments/${deploymentId}`]],
      {
        id: deploymentId,
        node_id: `DE_${deploymentId}`,
        sha: item.sha,
        ref: item.sha,
        environment: item.environment,
        original_environment: item.environment,
        production_environment: item.environment === 'production',
        transient_environment: item.environment.startsWith('pr-'),
        payload: payloadOf(item, previous),
        description: `${item.mode === 'rollback' ? 'Rollback to' : 'Deploy'} ${item.tag ?? item.sha.slice(0, 7)} by shipgate`,
        created_at: iso(at),
        updated_at: iso(at),
      },
    );
    sim.state.deployments.push(deployment);
    addStatus(deployment, 'in_progress', iso(at + 60_000));
    const failed = item.failed === true;
    addStatus(deployment, failed ? 'failure' : 'success', iso(at + 300_000));
    if (!failed) {
      if (previous) addStatus(previous.deployment, 'inactive', iso(at + 301_000));
      live.set(item.environment, { deployment, ref: item.tag ?? item.sha });
    }
  });
  sim.state.ids.deployment = deploymentId;
  sim.state.ids.deploymentStatus = statusId;
  for (const environment of new Set(plan.map((item) => item.environment))) sim.addEnvironment?.(environment);
}

// ---- scenarios --------------------------------------------------------------------------------

/** @typedef {Parameters<typeof buildRepo>[1][number]} Commit */

/**
 * The tags of `commits` (name → sha), oldest first.
 * @param {Commit[]} commits
 * @param {string[]} shas  their shas, in the same order
 * @returns {Array<[string, string]>}
 */
const tagsOf = (commits, shas) => commits.flatMap((commit, index) => (commit.tag ? [/** @type {[string, string]} */ ([commit.tag, shas[index]])] : []));

/**
 * @param {string} dir
 * @param {{ unreleased?: boolean }} [options]
 * @returns {Promise<Scenario>}
 */
async function rollbackScenario(dir, { unreleased = false } = {}) {
  // 1,000 releases with one ordinary commit between two releases.
  /** @type {Commit[]} */
  const commits = [];
  for (let i = 0; i < 1000; i++) {
    commits.push({ message: `fix: change ${i}`, files: { 'src/app.js': `export const build = ${i};\n` } });
    commits.push({ message: `feat: feature ${i}`, files: { 'src/app.js': `export const build = ${i}.5;\n` }, tag: `v${versionOf(i)}` });
  }
  // For the deploy scenario: one commit after the newest release, not deployed anywhere yet.
  if (unreleased) commits.push({ message: 'fix: the next change', files: { 'src/app.js': 'export const build = 1000;\n' } });
  const shas = buildRepo(dir, commits);
  const tags = tagsOf(commits, shas);
  return {
    async seed(sim) {
      await seedReleases(sim, tags);
      // 5 deployments per release: two preview environments and staging of the commit before it,
      // staging and production of the release. Every 100th release was rolled back once.
      /** @type {PlannedDeployment[]} */
      const plan = [];
      tags.forEach(([tag, sha], i) => {
        const before = shas[2 * i];
        plan.push({ environment: `pr-${2 * i + 1}`, sha: before }, { environment: 'staging', sha: before });
        plan.push({ environment: 'staging', sha, tag });
        plan.push({ environment: 'production', sha, tag });
        if (i % 100 === 50) {
          const [previousTag, previousSha] = tags[i - 1];
          plan.push({ environment: 'production', sha: previousSha, tag: previousTag, mode: 'rollback', rolledBack: { ref: tag, sha, version: tag } });
        } else {
          plan.push({ environment: `pr-${2 * i + 2}`, sha: before });
        }
      });
      await seedDeployments(sim, plan);
    },
    action: 'rollback',
    inputs: { environment: 'production', command: 'true', reason: 'bench' },
    sha: shas[shas.length - 1],
    eventName: 'workflow_dispatch',
    event: { inputs: { environment: 'production' }, ref: 'refs/heads/main', repository: REPOSITORY, sender: { login: 'octo-dev' } },
    facts: `production runs ${tags[tags.length - 1][0]}`,
    outputs: ['from', 'to', 'status'],
  };
}

/**
 * A forward deploy of a new commit to production on the rollback scenario's history. The command
 * is `true` and no health check or Prometheus is given, so there is no verification window: the
 * time measured is shipgate's own (bash starting `true` is a few milliseconds of it).
 * @param {string} dir
 * @returns {Promise<Scenario>}
 */
async function deployScenario(dir) {
  const history = await rollbackScenario(dir, { unreleased: true });
  return {
    seed: history.seed,
    action: 'deploy',
    inputs: { environment: 'production', command: 'true' },
    sha: history.sha,
    eventName: 'workflow_dispatch',
    event: { inputs: { environment: 'production' }, ref: 'refs/heads/main', repository: REPOSITORY, sender: { login: 'octo-dev' } },
    facts: `${history.facts}; deploys the commit after it`,
    outputs: ['status', 'sha', 'previous-ref'],
  };
}

/**
 * @param {string} dir
 * @returns {Promise<Scenario>}
 */
async function releaseScenario(dir) {
  /** @type {Commit[]} */
  const commits = [];
  for (let i = 0; i < 3000; i++) commits.push({ message: `fix: change ${i}`, files: { 'src/app.js': `export const build = ${i};\n` }, tag: `v${versionOf(i)}` });
  const messages = ['feat: add export to CSV', 'fix: keep the cursor on reload', 'docs: explain the cache', 'fix: retry on 502', 'feat: dark mode'];
  messages.forEach((message, i) => commits.push({ message, files: { [`src/feature-${i}.js`]: `export const on = true;\n` } }));
  const shas = buildRepo(dir, commits);
  const tags = tagsOf(commits, shas);
  return {
    async seed(sim) {
      await seedReleases(sim, tags);
    },
    action: 'release',
    inputs: {},
    sha: shas[shas.length - 1],
    eventName: 'push',
    event: { ref: 'refs/heads/main', after: shas[shas.length - 1], repository: REPOSITORY },
    facts: `newest tag ${tags[tags.length - 1][0]}, 5 commits since`,
    outputs: ['tag', 'previous-tag', 'created'],
  };
}

/**
 * An lcov report for `files`, each of `lines` lines: about 80 % of lines covered.
 * @param {string[]} files
 * @param {number} lines
 */
function lcovFor(files, lines) {
  /** @type {string[]} */
  const parts = [];
  for (const file of files) {
    parts.push(`TN:\nSF:${file}\n`);
    let hit = 0;
    for (let line = 1; line <= lines; line++) {
      const count = (line * 7 + file.length) % 5 === 0 ? 0 : 1 + (line % 4);
      if (count) hit++;
      parts.push(`DA:${line},${count}\n`);
    }
    parts.push(`LF:${lines}\nLH:${hit}\nend_of_record\n`);
  }
  return parts.join('');
}

/**
 * @param {string} dir
 * @returns {Promise<Scenario>}
 */
async function coverageGateScenario(dir) {
  const count = 3000;
  /** @type {Record<string, string>} */
  const base = {};
  /** @type {Record<string, string>} */
  const head = {};
  const names = Array.from({ length: count }, (_, i) => `src/module-${String(i).padStart(4, '0')}.js`);
  for (const name of names) {
    const body = Array.from({ length: 40 }, (_, line) => `export const value${line} = ${line};`);
    base[name] = `${body.join('\n')}\n`;
    head[name] = `${[...body.slice(0, 20), 'export const changed = true;', ...body.slice(21), ...Array.from({ length: 5 }, (_, k) => `export const added${k} = ${k};`)].join('\n')}\n`;
  }
  const shas = buildRepo(dir, [
    { message: 'chore: start', files: { 'README.md': '# app\n', 'package.json': '{ "name": "app" }\n' } },
    { message: 'feat: the modules', files: base },
    { message: 'feat: change every module', files: head, branch: 'feature' },
  ]);
  const [, baseSha, headSha] = shas;
  git(dir, ['branch', '--quiet', '-f', 'feature', headSha]);
  const pull = { number: 42 };
  const repository = REPOSITORY;
  return {
    async seed(sim) {
      sim.addPull({ number: pull.number, head: headSha, base: 'main', headRef: 'feature', user: 'octo-dev', title: 'Change every module' });
    },
    // The base branch's run records its snapshot first, as a push to main does (not counted).
    prepare: {
      sha: baseSha,
      ref: 'refs/heads/main',
      eventName: 'push',
      event: { ref: 'refs/heads/main', after: baseSha, repository },
      report: lcovFor(names, 40),
      checkout: baseSha,
    },
    action: 'coverage-gate',
    inputs: { reports: 'coverage/lcov.info' },
    sha: headSha,
    ref: `refs/pull/${pull.number}/merge`,
    eventName: 'pull_request',
    event: {
      action: 'synchronize',
      number: pull.number,
      pull_request: {
        number: pull.number,
        head: { sha: headSha, ref: 'feature', repo: repository },
        base: { sha: baseSha, ref: 'main', repo: repository },
        user: { login: 'octo-dev' },
      },
      repository,
    },
    report: lcovFor(names, 45),
    checkout: headSha,
    facts: `${(count * 6).toLocaleString('en')} changed lines, about 20 % of them uncovered`,
    outputs: ['coverage', 'patch-coverage', 'base-coverage', 'passed'],
  };
}

/**
 * The launch report on the rollback scenario's history, moved in time so that its last month
 * ends now (production then has more deployments in the window than the report reads). The
 * report fails (no Prometheus, no reviewers): it counts as run when it wrote its verdict.
 * @param {string} dir
 * @returns {Promise<Scenario>}
 */
async function readinessScenario(dir) {
  const history = await rollbackScenario(dir);
  return {
    async seed(sim) {
      await history.seed(sim);
      const last = Math.max(...sim.state.deploymentStatuses.map((status) => Date.parse(status.created_at)));
      const shift = Date.now() - 3_600_000 - last;
      /**
       * @param {{ created_at: string, updated_at: string }} record
       * @param {Array<'created_at' | 'updated_at'>} fields
       */
      const move = (record, fields) => {
        for (const field of fields) if (record[field]) record[field] = iso(Date.parse(record[field]) + shift);
      };
      for (const deployment of sim.state.deployments) move(deployment, ['created_at', 'updated_at']);
      for (const status of sim.state.deploymentStatuses) move(status, ['created_at', 'updated_at']);
    },
    action: 'readiness',
    inputs: {},
    sha: history.sha,
    eventName: 'schedule',
    event: { schedule: '0 6 * * 1', repository: REPOSITORY },
    completed: (result) => result.outputs.passed === 'false' || result.outputs.passed === 'true',
    facts: 'production has more deployments in the 30 days than the report reads',
    outputs: ['passed', 'failing'],
  };
}

/** @type {Record<string, (dir: string) => Promise<Scenario>>} */
export const SCENARIOS = { rollback: rollbackScenario, release: releaseScenario, deploy: deployScenario, 'coverage-gate': coverageGateScenario, readiness: readinessScenario };

/**
 * A full clone of the repository at `sha` with the coverage report (when any) written into it.
 * @param {string} repoDir
 * @param {Checkout} scenario
 * @param {string} into
 */
function workspace(repoDir, scenario, into) {
  git(os.tmpdir(), ['clone', '--quiet', '--no-hardlinks', repoDir, into]);
  git(into, ['checkout', '--quiet', '--detach', scenario.checkout ?? scenario.sha]);
  if (scenario.report) {
    mkdirSync(path.join(into, 'coverage'), { recursive: true });
    writeFileSync(path.join(into, 'coverage/lcov.info'), scenario.report);
  }
  return into;
}

/**
 * @param {ActionResult} result
 * @returns {{ state: string, error?: string }}
 */
function outcomeOf(result) {
  const text = `${result.stdout}\n${result.stderr}`;
  if (result.exitCode === 0) return { state: 'ok' };
  if (/not implemented/i.test(text)) return { state: 'not-implemented' };
  const error = result.commands?.find((c) => c.command === 'error')?.message ?? text.trim().split('\n').at(-1) ?? '';
  return { state: 'failed', error: `exit ${result.exitCode ?? result.signal}: ${error.split('\n')[0].slice(0, 200)}` };
}

/**
 * Run one scenario; returns { id, label, limit, maxRoundTrips, maxOwnMs, roundTripMs, state,
 * requests, roundTrips, ownMs, writes, byRoute, error, facts, seconds }. `ownMs` is the measured
 * run's wall-clock from spawn to exit, GitHub's latency (roundTripMs a request) included.
 * @param {string} root
 * @param {string} distDir
 * @param {ApiTarget} target
 * @param {(line: string) => void} log
 * @param {number} roundTripMs
 * @returns {Promise<OperationResult>}
 */
async function runScenario(root, distDir, target, log, roundTripMs) {
  const started = Date.now();
  const base = { id: target.id, label: target.label, limit: target.limit, maxRoundTrips: target.maxRoundTrips, maxOwnMs: target.maxOwnMs, roundTripMs };
  const bundle = path.join(distDir, target.id, 'index.js');
  if (!existsSync(bundle)) return { ...base, state: 'unavailable', error: `${bundle} is missing (npm run build)` };
  const simulatorEntry = path.join(root, 'simulator/index.mjs');
  if (!existsSync(simulatorEntry)) return { ...base, state: 'unavailable', error: 'simulator/index.mjs is not there yet' };
  /** @type {import('../../simulator/index.mjs')} the tree being benched has the same module */
  const { startSimulator } = await import(pathToFileURL(simulatorEntry).href);
  /** @type {import('../../scripts/lib/run-action.mjs')} the tree being benched has the same module */
  const { runAction } = await import(pathToFileURL(path.join(root, 'scripts/lib/run-action.mjs')).href);

  const temp = mkdtempSync(path.join(os.tmpdir(), `shipgate-bench-api-${target.id}-`));
  /** @type {Simulator | undefined} */
  let sim;
  /** @type {Awaited<ReturnType<typeof startRecordingProxy>> | undefined} */
  let proxy;
  /** @type {string | undefined} */
  let preparation;
  try {
    const repoDir = path.join(temp, 'repo');
    const scenario = await SCENARIOS[target.id](repoDir);
    sim = await startSimulator({ repoDir, owner: 'acme', repo: 'app' });
    await scenario.seed(sim);
    sim.clearRequests();
    /** @param {RunOptions} options */
    const run = (options) =>
      runAction(target.id, {
        apiUrl: recording.url,
        repository: 'acme/app',
        distDir,
        timeoutMs: RUN_TIMEOUT_MS,
        ...options,
      });
    // The base branch's preparation run goes through the proxy too, at the same latency (not counted).
    const recording = await startRecordingProxy(sim.url, { latencyMs: roundTripMs });
    proxy = recording;
    if (scenario.prepare) {
      const ws = workspace(sim.repoDir, scenario.prepare, path.join(temp, 'ws-base'));
      const prepared = await run({ inputs: scenario.inputs, sha: scenario.prepare.sha, ref: scenario.prepare.ref, eventName: scenario.prepare.eventName, event: scenario.prepare.event, cwd: ws });
      const outcome = outcomeOf(prepared);
      if (outcome.state === 'not-implemented') return { ...base, state: 'not-implemented', facts: scenario.facts };
      if (outcome.state === 'failed') {
        preparation = `the base branch's run failed: ${outcome.error}`;
        log(`  (${target.id}: ${preparation})`);
      }
      recording.clear();
      sim.clearRequests();
    }
    const ws = workspace(sim.repoDir, scenario, path.join(temp, 'ws'));
    let spawnedAt = 0;
    const result = await run({
      inputs: scenario.inputs,
      sha: scenario.sha,
      ref: scenario.ref ?? 'refs/heads/main',
      eventName: scenario.eventName,
      event: scenario.event,
      cwd: ws,
      onSpawn: () => (spawnedAt = performance.now()),
    });
    const ownMs = performance.now() - spawnedAt;
    const outcome = scenario.completed?.(result) ? { state: 'ok' } : outcomeOf(result);
    const requests = sim.requests.length;
    /** @type {Map<string, number>} */
    const byRoute = new Map();
    for (const entry of sim.requests) {
      const key = `${entry.method} ${entry.path.replace(/^\/repos\/acme\/app/, '').replace(/[0-9a-f]{40}/g, '{sha}').replace(/\/\d+(?=\/|$)/g, '/{n}')}`;
      byRoute.set(key, (byRoute.get(key) ?? 0) + 1);
    }
    return {
      ...base,
      state: outcome.state,
      error: outcome.error,
      requests,
      roundTrips: roundTrips(recording.log),
      ownMs,
      writes: sim.writes().length,
      byRoute: [...byRoute.entries()].sort((a, b) => b[1] - a[1]),
      facts: scenario.facts,
      outputs: Object.fromEntries((scenario.outputs ?? []).map((name) => [name, result.outputs[name] ?? ''])),
      preparation,
      seconds: (Date.now() - started) / 1000,
    };
  } catch (error) {
    return { ...base, state: 'failed', error: `bench scenario error: ${String(error instanceof Error ? error.message : error).split('\n')[0]}` };
  } finally {
    await proxy?.close();
    await sim?.close();
    rmSync(temp, { recursive: true, force: true });
  }
}

/**
 * Every scenario, or those named in `only` (ids of API_TARGETS).
 * @param {string} root
 * @param {string} [distDir]
 * @param {(line: string) => void} [log]
 * @param {{ only?: string[], roundTripMs?: number }} [options]
 */
export async function measureApi(root, distDir = path.join(root, 'dist'), log = () => undefined, { only, roundTripMs = ROUND_TRIP_MS } = {}) {
  const results = [];
  for (const target of API_TARGETS.filter((each) => !only || only.includes(each.id))) {
    log(`API economy: ${target.label} (${roundTripMs} ms a request) ...`);
    const result = await runScenario(root, distDir, target, log, roundTripMs);
    log(`  ${result.state}${result.requests !== undefined ? `: ${result.requests} requests, ${result.roundTrips} round trips, ${((result.ownMs ?? 0) / 1000).toFixed(2)} s` : ''}${result.error ? ` (${result.error})` : ''}`);
    results.push(result);
  }
  return results;
}
