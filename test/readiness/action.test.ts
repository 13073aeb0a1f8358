// The built readiness bundle, run as the runner runs it, against the GitHub API simulator holding
// a delivery history the test builds through the API (then dated back: the simulator stamps
// "now", and GitHub keeps the real times), and a Prometheus HTTP API answering fixed values.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runAction } from '../../scripts/lib/run-action.mjs';
import { startSimulator } from '../../simulator/index.mjs';
import { createGitHub } from '../../src/github/client.js';
import { SnapshotStore } from '../../src/github/snapshots.js';
import { encodeSnapshot } from '../../src/coverage/gate/snapshot.js';
import { MAX_REQUESTS } from '../../src/readiness/read.js';
import { buildReport } from '../../src/readiness/report.js';

type Simulator = Awaited<ReturnType<typeof startSimulator>>;
const H = 3600_000;
const D = 24 * H;
// Whole seconds, as git dates commits.
const NOW = Math.floor(Date.now() / 1000) * 1000;
const iso = (ms: number) => new Date(ms).toISOString();

/** A repository whose commits are dated `daysAgo` before now. */
function repository(days: number[]): { dir: string; shas: string[] } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shipgate-readiness-'));
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 'A', GIT_AUTHOR_EMAIL: 'a@example.com', GIT_COMMITTER_NAME: 'A', GIT_COMMITTER_EMAIL: 'a@example.com' };
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir, env });
  const shas = days.map((ago, i) => {
    const date = iso(NOW - ago * D);
    execFileSync('git', ['commit', '-q', '--allow-empty', '-m', `change ${i}`], { cwd: dir, env: { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, env, encoding: 'utf8' }).trim();
  });
  return { dir, shas };
}

async function call(sim: Simulator, method: string, route: string, body: object): Promise<{ id: number }> {
  const response = await fetch(`${sim.url}/repos/acme/app${route}`, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${await response.text()}`);
  return (await response.json()) as { id: number };
}

interface Made {
  environment: string;
  sha: string;
  /** Days before now the deployment was created. */
  ago: number;
  /** Minutes until its final status. */
  takes: number;
  final: 'success' | 'failure';
  mode?: 'deploy' | 'rollback';
  previous?: { id: number; sha: string };
  rolledBack?: { id: number; sha: string };
  /** A deployment GitHub records for a job that declares `environment:` (no shipgate payload). */
  job?: boolean;
}

/** A deployment as shipgate's deploy records it, with in_progress then its final status, dated back. */
async function deployment(sim: Simulator, made: Made): Promise<{ id: number; sha: string }> {
  const payload = { shipgate: 1, version: '', sha: made.sha, ref: made.sha, previous: made.previous ? { ...made.previous, ref: made.previous.sha } : null, run_url: '', actor: 'dev', mode: made.mode ?? 'deploy', reason: '', ...(made.rolledBack ? { rolled_back: { ...made.rolledBack, ref: made.rolledBack.sha } } : {}) };
  const { id } = await call(sim, 'POST', '/deployments', { ref: made.sha, environment: made.environment, auto_merge: false, required_contexts: [], payload: made.job ? {} : payload });
  await call(sim, 'POST', `/deployments/${id}/statuses`, { state: 'in_progress' });
  await call(sim, 'POST', `/deployments/${id}/statuses`, { state: made.final });
  const created = NOW - made.ago * D;
  const record = (sim.state.deployments as Array<{ id: number; created_at: string; updated_at: string }>).find((each) => each.id === id)!;
  record.created_at = record.updated_at = iso(created);
  const statuses = (sim.state.deploymentStatuses as Array<{ deployment_id: number; state: string; created_at: string; updated_at: string }>).filter((each) => each.deployment_id === id);
  for (const status of statuses) status.created_at = status.updated_at = iso(status.state === 'in_progress' ? created : created + made.takes * 60_000);
  return { id, sha: made.sha };
}

/** Prometheus's query API answering one value per query it recognises. */
async function prometheus(values: Record<string, string>): Promise<{ url: string; queries: string[]; close: () => Promise<void> }> {
  const queries: string[] = [];
  const server = http.createServer((request, response) => {
    const query = new URL(request.url ?? '', 'http://x').searchParams.get('query') ?? '';
    queries.push(query);
    const key = Object.keys(values).find((each) => query.includes(each));
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify(key ? { status: 'success', data: { resultType: 'vector', result: [{ metric: {}, value: [NOW / 1000, values[key]] }] } } : { status: 'success', data: { resultType: 'vector', result: [] } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, queries, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('readiness action on a built history', () => {
  let sim: Simulator;
  let repo: { dir: string; shas: string[] };
  let prom: Awaited<ReturnType<typeof prometheus>>;

  beforeAll(async () => {
    // c0 … c4 on main, 40, 21, 14, 7 and 3 days ago.
    repo = repository([40, 21, 14, 7, 3]);
    const [c0, c1, c2, c3, c4] = repo.shas;
    sim = await startSimulator({ repoDir: repo.dir });
    const d1 = await deployment(sim, { environment: 'production', sha: c1, ago: 20, takes: 10, final: 'success', previous: { id: 0, sha: c0 } });
    const d2 = await deployment(sim, { environment: 'production', sha: c2, ago: 13, takes: 10, final: 'success', previous: d1 });
    const d3 = await deployment(sim, { environment: 'production', sha: c3, ago: 6, takes: 10, final: 'failure', previous: d2 });
    // The automatic rollback starts as the failed deploy ends and is live 5 minutes later: 15 minutes to restore.
    await deployment(sim, { environment: 'production', sha: c2, ago: 6 - 10 / 1440, takes: 5, final: 'success', mode: 'rollback', previous: d3, rolledBack: d3 });
    await deployment(sim, { environment: 'production', sha: c4, ago: 2, takes: 10, final: 'success', previous: d2 });
    // GitHub's own record of the deploy job of d3 (its job failed): not a second deploy.
    await deployment(sim, { environment: 'production', sha: c3, ago: 6, takes: 11, final: 'failure', job: true });
    // A rehearsal on staging: a rollback live in 12 minutes.
    await deployment(sim, { environment: 'staging', sha: c3, ago: 1, takes: 12, final: 'success', mode: 'rollback', rolledBack: { id: 0, sha: c4 } });
    await call(sim, 'PUT', '/environments/production', { reviewers: [{ type: 'User', id: 1 }], prevent_self_review: true });
    const github = createGitHub({ token: 'ghs_test', baseUrl: sim.url });
    const snapshot = { sha: c4, recordedAt: iso(NOW - 3 * D), lines: { covered: 801, total: 1000 }, branches: { covered: 0, total: 0 }, files: new Map() };
    await new SnapshotStore(github, { owner: 'acme', repo: 'app' }).write(c4, encodeSnapshot(snapshot));
    prom = await prometheus({ 'up[': '0.9995', '5..': '0.002', histogram_quantile: '0.21' });
  });

  afterAll(async () => {
    await prom?.close();
    await sim?.close();
    rmSync(repo.dir, { recursive: true, force: true });
  });

  it('judges every metric, writes the page to the summary and the check run, and fails on the ones missed', async () => {
    sim.clearRequests();
    const result = await runAction('readiness', { apiUrl: sim.url, sha: repo.shas[4], inputs: { 'prometheus-url': prom.url } });
    const lines = result.summary.split('\n').filter((line) => line.startsWith('| ') && !/^\| (metric|week|---)/.test(line));
    const table = Object.fromEntries(lines.slice(0, 10).map((line) => { const cells = line.split(' | '); return [cells[0].slice(2), [cells[1], cells[2]]]; }));
    expect(table).toEqual({
      Uptime: ['✅ pass', '99.95 %'],
      'Error rate': ['✅ pass', '0.2 %'],
      'p95 latency': ['✅ pass', '210 ms'],
      'Test coverage': ['✅ pass', '80.10 % of lines'],
      'Tested restore': ['✅ pass', '12 min'],
      'Approval before production': ['✅ pass', '1 reviewer'],
      // 3 live deploys in 30 days; 1 failed of 4 (GitHub's job deployment not counted); lead times 1 d 10 min (×3) and 5 d 10 min; one restore of 15 min.
      'Deployment frequency': ['❌ fail', '0.7 per week'],
      'Change failure rate': ['❌ fail', '25 %'],
      'Lead time for changes': ['✅ pass', '24 h 10 min (median)'],
      'Time to restore': ['✅ pass', '15 min (longest)'],
    });
    expect(result.summary).toContain('xychart-beta');
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ passed: 'false', failing: 'Deployment frequency, Change failure rate' });
    const runs = sim.state.checkRuns as Array<{ name: string; conclusion: string; head_sha: string; output: { title: string; summary: string; text: string } }>;
    expect(runs.map((run) => [run.name, run.conclusion, run.head_sha])).toEqual([['launch readiness', 'failure', repo.shas[4]]]);
    expect(runs[0].output.title).toBe('Launch readiness: 8 of 10 metrics pass');
    expect(runs[0].output.summary.split('\n')).toHaveLength(10);
    expect(prom.queries).toEqual(['avg(avg_over_time(up[2592000s]))', expect.stringContaining('[2592000s]'), expect.stringContaining('[2592000s]')]);
    expect(sim.requests.length).toBeLessThanOrEqual(MAX_REQUESTS);
  });

  it('builds the same page in-process from the same history (the domain the bundle runs, measured by npm test\'s coverage)', async () => {
    (sim.state.checkRuns as unknown[]).splice(0);
    const logged: string[] = [];
    const github = createGitHub({ token: 'ghs_test', baseUrl: sim.url });
    const report = await buildReport(
      github,
      {
        repo: { owner: 'acme', repo: 'app' },
        sha: repo.shas[4],
        environment: 'production',
        stagingEnvironment: 'staging',
        windowDays: 30,
        minCoverage: 70,
        coverageCheckName: 'coverage',
        checkName: 'launch readiness',
        minDeploysPerWeek: 1,
        maxChangeFailureRate: 15,
        maxLeadTimeMs: 168 * H,
        maxRestoreMs: 4 * H,
        service: { prometheusUrl: prom.url, minUptime: 99, maxErrorRate: 1, maxP95Latency: 500 },
        now: NOW,
      },
      { info: (line: string) => logged.push(line), warning: (line: string) => logged.push(`warning: ${line}`) },
    );
    expect(Object.fromEntries(report.rows.map((row) => [row.metric, [row.verdict, row.figure]]))).toEqual({
      Uptime: ['pass', '99.95 %'],
      'Error rate': ['pass', '0.2 %'],
      'p95 latency': ['pass', '210 ms'],
      'Test coverage': ['pass', '80.10 % of lines'],
      'Tested restore': ['pass', '12 min'],
      'Approval before production': ['pass', '1 reviewer'],
      'Deployment frequency': ['fail', '0.7 per week'],
      'Change failure rate': ['fail', '25 %'],
      'Lead time for changes': ['pass', '24 h 10 min (median)'],
      'Time to restore': ['pass', '15 min (longest)'],
    });
    expect(report.passed).toBe(false);
    expect(report.checkRun.ok).toBe(true);
    expect(report.requests).toBeLessThanOrEqual(MAX_REQUESTS);
    expect(logged.filter((line) => line.startsWith('warning:'))).toEqual([]);
    expect((sim.state.checkRuns as Array<{ name: string; conclusion: string }>).map((run) => [run.name, run.conclusion])).toEqual([['launch readiness', 'failure']]);
  });

  it('passes when the targets are met, and says so in the check run', async () => {
    (sim.state.checkRuns as unknown[]).splice(0);
    const result = await runAction('readiness', { apiUrl: sim.url, sha: repo.shas[4], inputs: { 'prometheus-url': prom.url, 'min-deploys-per-week': '0.5', 'max-change-failure-rate': '25%' } });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.passed).toBe('true');
    expect((sim.state.checkRuns as Array<{ conclusion: string }>)[0].conclusion).toBe('success');
  });

  it('never passes a metric without data: no Prometheus, another coverage check, an unprotected environment', async () => {
    const result = await runAction('readiness', { apiUrl: sim.url, sha: repo.shas[4], inputs: { 'coverage-check-name': 'coverage web', environment: 'qa', 'staging-environment': 'preview' } });
    expect(result.exitCode).toBe(1);
    for (const metric of ['Uptime', 'Error rate', 'p95 latency', 'Test coverage', 'Tested restore', 'Deployment frequency']) {
      expect(result.summary).toMatch(new RegExp(`\\| ${metric} \\| ⚪ no data \\|`));
    }
    expect(result.summary).toContain('| Approval before production | ❌ fail | no environment |');
  });
});

describe('readiness action on a long history', () => {
  it(`reads at most ${MAX_REQUESTS} API pages with 250 deployments in the window, and says what it covered`, async () => {
    const repo = repository([2]);
    const sim = await startSimulator({ repoDir: repo.dir });
    try {
      for (let start = 0; start < 250; start += 25) {
        await Promise.all(Array.from({ length: 25 }, (_, i) => deployment(sim, { environment: 'production', sha: repo.shas[0], ago: 1 - (start + i) / 1000, takes: 1, final: 'success' })));
      }
      sim.clearRequests();
      const result = await runAction('readiness', { apiUrl: sim.url, sha: repo.shas[0], inputs: { 'window-days': '7' } });
      expect(sim.requests.length).toBeLessThanOrEqual(MAX_REQUESTS);
      expect(MAX_REQUESTS).toBe(44); // the figure the README and the bench's limit state
      expect(sim.requests.filter((request) => /\/statuses$/.test(request.path))).toHaveLength(30);
      expect(result.summary).toContain('the newest 30 of at least 200 deployments in the window: the report reads a bounded number');
    } finally {
      await sim.close();
      rmSync(repo.dir, { recursive: true, force: true });
    }
  }, 60_000);
});
