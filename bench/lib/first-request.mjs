// Time from process start to the first API request: each shipgate action's built entry, run as
// the runner runs it (INPUT_* with action.yml defaults, GITHUB_* variables, an event payload),
// beside a minimal @actions/core + @actions/github action bundled the same way (ncc), alternated
// run by run so that all see the same noise. The clock stops when the request reaches a local
// HTTP server (GITHUB_API_URL); the process is then killed. Everything an action does before its
// first request (reading inputs, loading its entry, sending its early read) counts, since a user
// waits for all of it.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * @param {number[]} values  at least one
 * @returns {number}
 */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
};

/** @typedef {{ id: string, label: string, reference?: boolean, main: string, env: Record<string, string | undefined> }} Case */

/** A reference action, bundled with the project's ncc into the bench cache (rebuilt when its source or the lockfile changes). */
/**
 * @param {string} root
 * @param {string} cache
 * @param {string} file
 * @returns {string}
 */
function buildReference(root, cache, file) {
  const source = path.join(root, 'bench/lib', file);
  const key = createHash('sha256').update(readFileSync(source)).update(readFileSync(path.join(root, 'package-lock.json'))).digest('hex').slice(0, 16);
  const out = path.join(cache, `${path.basename(file, '.mjs')}-${key}`);
  const built = () => ['index.mjs', 'index.js'].map((name) => path.join(out, name)).find(existsSync);
  const existing = built();
  if (existing) return existing;
  execFileSync(process.execPath, [path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', source, '-o', out, '--quiet', '--target', 'es2023'], { cwd: root, stdio: 'inherit' });
  if (!existsSync(path.join(out, 'package.json'))) writeFileSync(path.join(out, 'package.json'), '{ "type": "module" }\n');
  const main = built();
  if (!main) throw new Error(`ncc wrote no index.mjs or index.js into ${out}.`);
  return main;
}

/**
 * CPU time a process has used so far, all its threads, in ms (Linux: the first field of each
 * task's schedstat, in ns); undefined elsewhere. Unlike wall time it does not grow when other
 * work on the machine takes the CPU, so it shows what an action costs on a loaded machine too.
 * @param {number | undefined} pid
 */
function cpuMs(pid) {
  try {
    let ns = 0;
    for (const task of readdirSync(`/proc/${pid}/task`)) ns += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]);
    return ns / 1e6;
  } catch {
    return undefined;
  }
}

/**
 * A workspace as actions/checkout leaves it: a git repository with one commit and a coverage report.
 * @param {string} dir
 */
function workspace(dir) {
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'Octo Dev', GIT_AUTHOR_EMAIL: 'octo@example.test', GIT_COMMITTER_NAME: 'Octo Dev', GIT_COMMITTER_EMAIL: 'octo@example.test' };
  mkdirSync(path.join(dir, 'src'), { recursive: true });
  mkdirSync(path.join(dir, 'coverage'), { recursive: true });
  writeFileSync(path.join(dir, 'src/app.js'), 'export const one = 1;\nexport const two = 2;\n');
  writeFileSync(path.join(dir, 'coverage/lcov.info'), 'TN:\nSF:src/app.js\nDA:1,1\nDA:2,0\nLF:2\nLH:1\nend_of_record\n');
  execFileSync('git', ['init', '--quiet', '--initial-branch=main'], { cwd: dir, env });
  execFileSync('git', ['add', 'src'], { cwd: dir, env });
  execFileSync('git', ['commit', '--quiet', '-m', 'one'], { cwd: dir, env });
  return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, env, encoding: 'utf8' }).trim();
}

/** @type {Record<string, Record<string, string>>} what each shipgate action needs to get as far as its first request */
const ACTION_INPUTS = {
  'coverage-gate': { reports: 'coverage/lcov.info' },
  deploy: { environment: 'staging', command: 'true' },
  approval: { approvers: 'octo-reviewer' },
  release: {},
  rollback: { environment: 'production', command: 'true' },
  readiness: {},
  rehearsal: { command: 'true' },
};

/**
 * Returns { reference: { label, medianMs, cpuMs, runs }, cases: [{ id, label, reference, medianMs,
 * ratio, cpuMs, cpuRatio, runs, note }] }: ratios are to the minimal action's medians; a case with
 * `reference: true` is the throttled reference, not a shipgate action.
 * @param {{ root: string, distDir: string, node: string, cache: string, runs?: number, log?: (line: string) => void }} options
 */
export async function measureFirstRequest({ root, distDir, node, cache, runs = 21, log = () => undefined }) {
  /** @type {import('../../scripts/lib/actions.mjs')} the tree being benched has the same module */
  const { ACTIONS, readActionYaml } = await import(pathToFileURL(path.join(root, 'scripts/lib/actions.mjs')).href);
  mkdirSync(cache, { recursive: true });
  const minimal = buildReference(root, cache, 'minimal-action.mjs');
  const throttled = buildReference(root, cache, 'minimal-action-throttled.mjs');
  const temp = mkdtempSync(path.join(os.tmpdir(), 'shipgate-bench-first-request-'));
  /** @type {((at: number) => void) | undefined} */
  let arrived;
  const server = http.createServer((_request, response) => {
    arrived?.(performance.now());
    arrived = undefined;
    response.writeHead(503, { 'content-type': 'application/json' }).end('{"message":"bench"}');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  try {
    const ws = path.join(temp, 'workspace');
    const sha = workspace(ws);
    /** @type {Record<string, string>} */
    const files = Object.fromEntries(['output', 'summary', 'state', 'env', 'event.json'].map((name) => [name, path.join(temp, name)]));
    const runner = {
      PATH: process.env.PATH,
      HOME: os.homedir(),
      LANG: 'C.UTF-8',
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      RUNNER_OS: 'Linux',
      RUNNER_TEMP: temp,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_STATE: files.state,
      GITHUB_ENV: files.env,
      GITHUB_EVENT_PATH: files['event.json'],
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_REPOSITORY_OWNER: 'acme',
      GITHUB_SHA: sha,
      GITHUB_REF: 'refs/heads/main',
      GITHUB_API_URL: `http://127.0.0.1:${port}`,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '4242',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_WORKFLOW: 'bench',
      GITHUB_ACTOR: 'octo-dev',
      GITHUB_TRIGGERING_ACTOR: 'octo-dev',
      GITHUB_WORKSPACE: ws,
      NO_PROXY: '127.0.0.1,localhost',
    };
    writeFileSync(files['event.json'], JSON.stringify({ ref: 'refs/heads/main', after: sha, repository: { full_name: 'acme/app', default_branch: 'main' } }));
    /** @param {string} name */
    const inputsOf = (name) => {
      /** @type {Record<string, string>} */
      const env = {};
      for (const [input, spec] of Object.entries(readActionYaml(name).inputs ?? {})) {
        const value = ACTION_INPUTS[name]?.[input] ?? (spec.default === undefined ? undefined : String(spec.default).replace(/\$\{\{\s*github\.token\s*\}\}/, 'ghs_bench'));
        if (value !== undefined) env[`INPUT_${input.replace(/ /g, '_').toUpperCase()}`] = value;
      }
      return env;
    };
    /** @type {Case[]} */
    const cases = [
      { id: 'minimal', label: 'minimal `@actions/core` + `@actions/github` action (ncc)', main: minimal, env: { ...runner, 'INPUT_GITHUB-TOKEN': 'ghs_bench' } },
      { id: 'throttled', label: 'the same + `@octokit/plugin-throttling`', reference: true, main: throttled, env: { ...runner, 'INPUT_GITHUB-TOKEN': 'ghs_bench' } },
      ...ACTIONS.filter((name) => existsSync(path.join(distDir, name, 'index.js'))).map((name) => ({
        id: name,
        label: `shipgate ${name}`,
        main: path.join(distDir, name, 'index.js'),
        env: { ...runner, ...inputsOf(name) },
      })),
    ];

    /**
     * Milliseconds from spawn to the first request, or { note } when the process ended without one.
     * @param {Case} c
     * @returns {Promise<{ ms: number, cpu: number | undefined, note?: undefined } | { note: string }>}
     */
    const once = (c) =>
      new Promise((resolve) => {
        for (const file of ['output', 'summary', 'state', 'env']) writeFileSync(files[file], '');
        let output = '';
        const started = performance.now();
        const child = spawn(node, [c.main], { cwd: ws, env: c.env, stdio: ['ignore', 'pipe', 'pipe'] });
        child.stdout.on('data', (chunk) => (output += chunk));
        child.stderr.on('data', (chunk) => (output += chunk));
        /** @type {number | undefined} */
        let ms;
        /** @type {number | undefined} */
        let cpu;
        arrived = (at) => {
          ms = at - started;
          cpu = cpuMs(child.pid);
          child.kill('SIGKILL');
        };
        child.on('close', (code) => {
          arrived = undefined;
          resolve(ms !== undefined ? { ms, cpu } : { note: `made no API request (exit ${code}): ${(output.split('\n').find((line) => line.startsWith('::error')) ?? output.trim().split('\n').find(Boolean))?.slice(0, 160) ?? ''}` });
        });
      });

    /** @type {Map<string, number[]>} */
    const times = new Map(cases.map((c) => [c.id, []]));
    /** @type {Map<string, number[]>} */
    const cpus = new Map(cases.map((c) => [c.id, []]));
    /** @type {Map<string, string>} */
    const notes = new Map();
    /**
     * @param {Map<string, number[]>} map
     * @param {string} id  one of the cases' (every case has a list)
     */
    const listOf = (map, id) => map.get(id) ?? [];
    for (const c of cases) {
      const first = await once(c); // warms the page cache and Node's compile cache
      if (first.note) notes.set(c.id, first.note);
    }
    for (let i = 0; i < runs; i++) {
      for (const c of cases) {
        if (notes.has(c.id)) continue;
        const result = await once(c);
        if (result.note !== undefined) notes.set(c.id, result.note);
        else {
          listOf(times, c.id).push(result.ms);
          if (result.cpu !== undefined) listOf(cpus, c.id).push(result.cpu);
        }
      }
      if (i === 0) log(`  first round: ${cases.map((c) => `${c.id} ${listOf(times, c.id)[0]?.toFixed(0) ?? '-'} ms`).join(', ')}`);
    }
    const reference = median(listOf(times, 'minimal'));
    const referenceCpu = listOf(cpus, 'minimal').length ? median(listOf(cpus, 'minimal')) : undefined;
    return {
      reference: { label: cases[0]?.label ?? '', medianMs: reference, cpuMs: referenceCpu, runs },
      cases: cases.slice(1).map((c) => {
        const medianMs = listOf(times, c.id).length ? median(listOf(times, c.id)) : undefined;
        const cpuMedian = listOf(cpus, c.id).length ? median(listOf(cpus, c.id)) : undefined;
        return {
          id: c.id,
          label: c.label,
          reference: Boolean(c.reference),
          medianMs,
          ratio: medianMs === undefined ? undefined : medianMs / reference,
          cpuMs: cpuMedian,
          cpuRatio: cpuMedian === undefined || !referenceCpu ? undefined : cpuMedian / referenceCpu,
          runs: listOf(times, c.id).length,
          note: notes.get(c.id),
        };
      }),
    };
  } finally {
    server.closeAllConnections();
    server.close();
    rmSync(temp, { recursive: true, force: true });
  }
}
