// Time from process start to the first API request: each shipgate action's built entry, run as
// the runner runs it (INPUT_* with action.yml defaults, GITHUB_* variables, an event payload),
// beside a minimal @actions/core + @actions/github action bundled the same way (ncc), alternated
// run by run so that all see the same noise. The clock stops when the request reaches a local
// HTTP server (GITHUB_API_URL); the process is then killed. Everything an action does before its
// first request (reading inputs and the event, loading its modules, for coverage-gate parsing a
// small report and asking git) counts, since a user waits for all of it.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** A reference action, bundled with the project's ncc into the bench cache (rebuilt when its source or the lockfile changes). */
function buildReference(root, cache, file) {
  const source = path.join(root, 'bench/lib', file);
  const key = createHash('sha256').update(readFileSync(source)).update(readFileSync(path.join(root, 'package-lock.json'))).digest('hex').slice(0, 16);
  const out = path.join(cache, `${path.basename(file, '.mjs')}-${key}`);
  const built = () => ['index.mjs', 'index.js'].map((name) => path.join(out, name)).find(existsSync);
  if (built()) return built();
  execFileSync(process.execPath, [path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', source, '-o', out, '--quiet', '--target', 'es2023'], { cwd: root, stdio: 'inherit' });
  if (!existsSync(path.join(out, 'package.json'))) writeFileSync(path.join(out, 'package.json'), '{ "type": "module" }\n');
  return built();
}

/**
 * CPU time a process has used so far, all its threads, in ms (Linux: the first field of each
 * task's schedstat, in ns); undefined elsewhere. Unlike wall time it does not grow when other
 * work on the machine takes the CPU, so it shows what an action costs on a loaded machine too.
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

/** A workspace as actions/checkout leaves it: a git repository with one commit and a coverage report. */
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

/** What each shipgate action needs to get as far as its first request. */
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
 */
export async function measureFirstRequest({ root, distDir, node, cache, runs = 21, log = () => undefined }) {
  const { ACTIONS, readActionYaml } = await import(pathToFileURL(path.join(root, 'scripts/lib/actions.mjs')).href);
  mkdirSync(cache, { recursive: true });
  const minimal = buildReference(root, cache, 'minimal-action.mjs');
  const throttled = buildReference(root, cache, 'minimal-action-throttled.mjs');
  const temp = mkdtempSync(path.join(os.tmpdir(), 'shipgate-bench-first-request-'));
  let arrived;
  const server = http.createServer((request, response) => {
    arrived?.(performance.now());
    arrived = undefined;
    response.writeHead(503, { 'content-type': 'application/json' }).end('{"message":"bench"}');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const ws = path.join(temp, 'workspace');
    const sha = workspace(ws);
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
      GITHUB_API_URL: `http://127.0.0.1:${server.address().port}`,
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
    const inputsOf = (name) => {
      const env = {};
      for (const [input, spec] of Object.entries(readActionYaml(name).inputs ?? {})) {
        const value = ACTION_INPUTS[name]?.[input] ?? (spec.default === undefined ? undefined : String(spec.default).replace(/\$\{\{\s*github\.token\s*\}\}/, 'ghs_bench'));
        if (value !== undefined) env[`INPUT_${input.replace(/ /g, '_').toUpperCase()}`] = value;
      }
      return env;
    };
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

    /** Milliseconds from spawn to the first request, or { note } when the process ended without one. */
    const once = (c) =>
      new Promise((resolve) => {
        for (const file of ['output', 'summary', 'state', 'env']) writeFileSync(files[file], '');
        let output = '';
        const started = performance.now();
        const child = spawn(node, [c.main], { cwd: ws, env: c.env, stdio: ['ignore', 'pipe', 'pipe'] });
        child.stdout.on('data', (chunk) => (output += chunk));
        child.stderr.on('data', (chunk) => (output += chunk));
        let ms;
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

    const times = new Map(cases.map((c) => [c.id, []]));
    const cpus = new Map(cases.map((c) => [c.id, []]));
    const notes = new Map();
    for (const c of cases) {
      const first = await once(c); // warms the page cache and Node's compile cache
      if (first.note) notes.set(c.id, first.note);
    }
    for (let i = 0; i < runs; i++) {
      for (const c of cases) {
        if (notes.has(c.id)) continue;
        const result = await once(c);
        if (result.note) notes.set(c.id, result.note);
        else {
          times.get(c.id).push(result.ms);
          if (result.cpu !== undefined) cpus.get(c.id).push(result.cpu);
        }
      }
      if (i === 0) log(`  first round: ${cases.map((c) => `${c.id} ${times.get(c.id)[0]?.toFixed(0) ?? '-'} ms`).join(', ')}`);
    }
    const reference = median(times.get('minimal'));
    const referenceCpu = cpus.get('minimal').length ? median(cpus.get('minimal')) : undefined;
    return {
      reference: { label: cases[0].label, medianMs: reference, cpuMs: referenceCpu, runs },
      cases: cases.slice(1).map((c) => {
        const medianMs = times.get(c.id).length ? median(times.get(c.id)) : undefined;
        const cpuMedian = cpus.get(c.id).length ? median(cpus.get(c.id)) : undefined;
        return {
          id: c.id,
          label: c.label,
          reference: Boolean(c.reference),
          medianMs,
          ratio: medianMs === undefined ? undefined : medianMs / reference,
          cpuMs: cpuMedian,
          cpuRatio: cpuMedian === undefined || !referenceCpu ? undefined : cpuMedian / referenceCpu,
          runs: times.get(c.id).length,
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
