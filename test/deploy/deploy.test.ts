// The deploy domain end to end in-process: runDeployment against the simulator (a real git
// repository behind a real HTTP API), a real deploy command (bash) and a real HTTP service whose
// health depends on what the command deployed.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createGitHub } from '../../src/github/client.js';
import { UserError } from '../../src/lib/errors.js';
import { runDeployment, runRollbackDeployment, type DeploymentDeps, type DeploymentOptions } from '../../src/deploy/deploy.js';
import { DeploymentLedger, isRolledBack, refOf, versionOf } from '../../src/deploy/ledger.js';
import { renderSummary } from '../../src/deploy/report.js';
import { roundTripsOf } from '../simulator/round-trips.js';
import { GitRepo, fakeClock, freePort, simulatorFor, statesOf, statusesOf, deploymentsOf, type Simulator } from './helpers.js';

const repo = new GitRepo();
const A = repo.commit('A', { 'app.txt': 'a' });
repo.git('tag', 'v1.0.0');
const B = repo.commit('B', { 'app.txt': 'b' });
const C = repo.commit('C', { 'app.txt': 'c' });
repo.git('checkout', '--quiet', '-b', 'side', A);
const D = repo.commit('D', { 'side.txt': 'd' });
repo.git('checkout', '--quiet', 'main');

const dir = mkdtempSync(path.join(os.tmpdir(), 'shipgate-deploy-test-'));
const CURRENT = path.join(dir, 'current');
const failing = new Set<string>();
let service: http.Server;
let health: string;
let prometheus: http.Server;
let prometheusUrl: string;
const promAnswers: { errorRatio: string; p95: string } = { errorRatio: '0.001', p95: '0.12' };

beforeAll(async () => {
  // Healthy unless the deployed sha (written by the deploy command) is in `failing`.
  service = http.createServer((_req, res) => {
    const current = existsSync(CURRENT) ? readFileSync(CURRENT, 'utf8').trim() : '';
    res.writeHead(current && !failing.has(current) ? 200 : 503);
    res.end(current);
  });
  await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', resolve));
  health = `http://127.0.0.1:${(service.address() as AddressInfo).port}/health`;
  prometheus = http.createServer((req, res) => {
    const query = new URL(req.url ?? '/', 'http://x').searchParams.get('query') ?? '';
    const value = query.startsWith('histogram_quantile') ? promAnswers.p95 : promAnswers.errorRatio;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ status: 'success', data: { resultType: 'vector', result: [{ metric: {}, value: [Date.now() / 1000, value] }] } }));
  });
  await new Promise<void>((resolve) => prometheus.listen(0, '127.0.0.1', resolve));
  prometheusUrl = `http://127.0.0.1:${(prometheus.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const server of [service, prometheus]) {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }
  repo.remove();
  rmSync(dir, { recursive: true, force: true });
});

let sim: Simulator;
let logs: string[];
let output: string;
/** Log lines awaited by a test (an event to synchronise on, never a timer). */
let awaited: Array<{ pattern: RegExp; resolve: () => void }>;
const log = (line: string) => {
  logs.push(line);
  awaited = awaited.filter((each) => (each.pattern.test(line) ? (each.resolve(), false) : true));
};
/** Resolves when a line matching `pattern` is logged. */
const logged = (pattern: RegExp): Promise<void> =>
  logs.some((line) => pattern.test(line)) ? Promise.resolve() : new Promise((resolve) => awaited.push({ pattern, resolve }));

beforeEach(async () => {
  sim = await simulatorFor(repo);
  logs = [];
  awaited = [];
  output = '';
  failing.clear();
  rmSync(CURRENT, { force: true });
  promAnswers.errorRatio = '0.001';
  promAnswers.p95 = '0.12';
});
afterEach(async () => {
  await sim.close();
});

const COMMAND = `echo "$SHIPGATE_SHA" > ${CURRENT}; echo "deployed $SHIPGATE_REF version=$SHIPGATE_VERSION previous=$SHIPGATE_PREVIOUS_REF mode=$SHIPGATE_MODE id=$SHIPGATE_DEPLOYMENT_ID"`;

const options = (overrides: Partial<DeploymentOptions> = {}): DeploymentOptions => ({
  environment: 'staging',
  ref: B,
  command: COMMAND,
  url: 'https://staging.example.test',
  autoRollback: true,
  force: false,
  dryRun: false,
  verify: {
    healthCheckUrls: [health],
    healthCheckTimeoutMs: 400,
    healthCheckIntervalMs: 50,
    maxErrorRate: 1,
    maxP95Latency: 500,
    verifyWindowMs: 200,
  },
  ...overrides,
});

const deps = (overrides: Partial<DeploymentDeps> = {}): DeploymentDeps => ({
  github: createGitHub({ token: 'ghs_test', baseUrl: sim.url, retries: 1 }),
  repo: { owner: 'acme', repo: 'app' },
  run: { url: 'https://github.com/acme/app/actions/runs/7', actor: 'octo-dev', serverUrl: 'https://github.com' },
  logger: { info: (m) => log(m), warning: (m) => log(`warning: ${m}`) },
  output: (chunk) => (output += chunk),
  timing: { waitPollMs: 50, waitLimitMs: 400, killGraceMs: 500 },
  ...overrides,
});

const deploy = (overrides: Partial<DeploymentOptions> = {}, depOverrides: Partial<DeploymentDeps> = {}) => runDeployment(options(overrides), deps(depOverrides));

/** The rollback action's deploy stage to a release tag, planned against what is live now. */
async function rollBack(tag: string, args: { environment?: string; reason?: string } = {}, depOverrides: Partial<DeploymentDeps> = {}) {
  const environment = args.environment ?? 'staging';
  const d = deps(depOverrides);
  const ledger = new DeploymentLedger(d.github, d.repo, environment);
  const live = (await ledger.scan()).live?.deployment;
  if (!live) throw new Error(`nothing is live in ${environment}`);
  const o = options();
  return runRollbackDeployment(
    {
      environment,
      target: { ref: tag, sha: repo.git('rev-parse', `${tag}^{commit}`), version: tag },
      rolledBack: { id: live.id, ref: refOf(live), sha: live.sha, version: versionOf(live) },
      reason: args.reason ?? '',
      command: o.command,
      url: o.url,
      dryRun: false,
      verify: o.verify,
    },
    ledger,
    d,
  );
}

/** The message of the UserError a promise rejects with. */
async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
}

describe('a successful deploy', () => {
  it('records a GitHub Deployment with live statuses, the payload and the environment URL', async () => {
    const outcome = await deploy({ ref: 'main', production: false });
    expect(outcome).toMatchObject({ status: 'success', sha: C, ref: 'main', version: '', environmentUrl: 'https://staging.example.test', previous: undefined });
    const [deployment] = deploymentsOf(sim, 'staging');
    expect(outcome.deploymentId).toBe(deployment.id);
    expect(deployment).toMatchObject({ sha: C, ref: C, production_environment: false });
    expect(deployment.payload).toMatchObject({
      shipgate: 1,
      version: '',
      sha: C,
      ref: 'main',
      previous: null,
      run_url: 'https://github.com/acme/app/actions/runs/7',
      actor: 'octo-dev',
      mode: 'deploy',
      reason: '',
      expires_at: expect.any(String),
    });
    const create = sim.requests.find((r) => r.method === 'POST' && r.path.endsWith('/deployments'));
    expect(create?.body).toMatchObject({ auto_merge: false, required_contexts: [], transient_environment: false, task: 'deploy:shipgate', environment: 'staging' });
    const statuses = statusesOf(sim, deployment.id);
    expect(statuses.map((s) => s.state)).toEqual(['in_progress', 'in_progress', 'success']);
    for (const status of statuses) {
      expect(status.log_url).toBe('https://github.com/acme/app/actions/runs/7');
      expect(status.environment_url).toBe('https://staging.example.test');
    }
    expect(statuses[2].description).toMatch(/^Deployed main \(\w{7}\); verified: health HTTP 200 in \d+ ms$/);
    expect(output).toBe(`deployed main version= previous= mode=deploy id=${deployment.id}\n`);
    expect(outcome.attempt?.checks.map((c) => [c.kind, c.ok])).toEqual([['command', true], ['health', true]]);
    expect(outcome.message).toBe(`main (${C.slice(0, 7)}) is live in staging (deployment ${deployment.id}).`);
  });

  it('sends the reads that do not depend on each other together: 6 sequential round trips in all', async () => {
    await deploy({ ref: 'v1.0.0', environment: 'production' });
    sim.clearRequests();
    // Every answer comes after a delay, as on GitHub: requests sent together are in flight together.
    sim.inject({ latencyMs: 250 });
    const outcome = await deploy({ ref: C, environment: 'production', verify: { ...options().verify, healthCheckUrls: [] } });
    sim.clearInjections();
    expect(outcome.status).toBe('success');
    const [first, second] = deploymentsOf(sim, 'production');
    expect(roundTripsOf(sim)).toEqual([
      // The commit, the environment's deployments and the release tags.
      [`GET /commits/${C}`, 'GET /deployments', 'GET /git/matching-refs/tags/v'],
      // Is the newest deployment live (its statuses)? Is a release tag on the commit? Is the commit
      // a descendant of the newest deployment (forward-only)?
      [`GET /compare/${A}...${C}`, `GET /compare/v1.0.0...${C}`, `GET /deployments/${first.id}/statuses`],
      ['POST /deployments'],
      // Its turn (src/deploy/turn.ts).
      ['GET /deployments'],
      [`POST /deployments/${second.id}/statuses`],
      // Verified: its success and the previous one's inactive, together.
      [`POST /deployments/${first.id}/statuses`, `POST /deployments/${second.id}/statuses`],
    ]);
    expect(statesOf(sim, second.id)).toEqual(['in_progress', 'success']);
    expect(statesOf(sim, first.id).at(-1)).toBe('inactive');
  });

  it('marks the previous deployment inactive, in production too, and passes the previous ref and the tag', async () => {
    await deploy({ ref: 'v1.0.0', environment: 'production' });
    const outcome = await deploy({ ref: B, environment: 'production' });
    const [first, second] = deploymentsOf(sim, 'production');
    expect(first.production_environment).toBe(true);
    expect(first.payload).toMatchObject({ version: 'v1.0.0', ref: 'v1.0.0', sha: A });
    expect(statesOf(sim, first.id)).toEqual(['in_progress', 'in_progress', 'success', 'inactive']);
    expect(statesOf(sim, second.id)).toEqual(['in_progress', 'in_progress', 'success']);
    expect(second.payload.previous).toEqual({ id: first.id, ref: 'v1.0.0', sha: A });
    expect(outcome.previous).toEqual({ id: first.id, ref: 'v1.0.0', sha: A, version: 'v1.0.0' });
    expect(output).toContain('deployed v1.0.0 version=v1.0.0 previous= mode=deploy');
    expect(output).toContain(`deployed ${B} version= previous=v1.0.0 mode=deploy`);
    expect(renderSummary(outcome)).toContain(`| Previously live | v1.0.0 (${A.slice(0, 7)}) (deployment ${first.id}) |`);
  });

  it('re-deploys what is live (identical) and verifies service levels through Prometheus', async () => {
    await deploy();
    const outcome = await deploy({ verify: { ...options().verify, prometheusUrl } });
    expect(outcome.status).toBe('success');
    expect(outcome.attempt?.checks.filter((c) => c.kind === 'metric').map((c) => [c.name, c.ok, c.measured, c.threshold])).toEqual([
      ['error rate', true, '0.1%', 'at most 1%'],
      ['p95 latency', true, '120 ms', 'at most 500 ms'],
    ]);
    expect(logs).toContain(`Forward-only: ${B.slice(0, 7)} is what staging runs now; deploying it again.`);
    const summary = renderSummary(outcome);
    expect(summary).toContain('| error rate | ✅ | 0.1% | at most 1% |');
    expect(summary).toContain('| service-level checks |');
    const [, second] = deploymentsOf(sim, 'staging');
    expect(statusesOf(sim, second.id).map((s) => s.description)).toContain(`${B.slice(0, 7)}: verifying error rate and p95 latency over 200ms`);
  });

  it('waits as long as a 503 retry-after asks before creating the deployment again', async () => {
    sim.inject({ method: 'POST', path: /\/deployments$/, status: 503, headers: { 'retry-after': '2' }, times: 1 });
    const client: string[] = [];
    const waits: number[] = [];
    const sleep = async (ms: number) => void waits.push(ms);
    const outcome = await deploy({ ref: B }, { github: createGitHub({ token: 'ghs_test', baseUrl: sim.url, retries: 1, log: (line) => client.push(line), sleep }) });
    expect(outcome.status).toBe('success');
    const posts = sim.requests.filter((r) => r.method === 'POST' && /\/deployments$/.test(r.path));
    expect(posts.map((r) => r.status)).toEqual([503, 201]);
    // The delay the client asked for (its backoff alone would have said 1 s), not a measured one.
    expect(waits).toEqual([2000]);
    expect(client).toEqual([expect.stringMatching(/^HTTP 503 while trying to create the deployment of staging \(\w+\); .* in 2s before sending it again/)]);
  });

  it('retries a 502 on a status update and still succeeds', async () => {
    const rule = sim.inject({ method: 'POST', path: /\/statuses$/, status: 502, times: 1, nth: 2 });
    const outcome = await deploy();
    expect(outcome.status).toBe('success');
    expect(rule.hits).toBeGreaterThanOrEqual(3);
    expect(sim.requests.filter((r) => r.path.endsWith('/statuses') && r.method === 'POST').map((r) => r.status)).toEqual([201, 502, 201, 201]);
  });
});

describe('verification failures and the automatic rollback', () => {
  it('rolls back to the last successful deployment when a health check fails', async () => {
    await deploy({ ref: B });
    failing.add(C);
    const outcome = await deploy({ ref: C });
    const [first, failed, rollback] = deploymentsOf(sim, 'staging');
    expect(outcome.status).toBe('rolled-back');
    expect(outcome.deploymentId).toBe(failed.id);
    expect(statesOf(sim, failed.id)).toEqual(['in_progress', 'in_progress', 'failure']);
    expect(statusesOf(sim, failed.id)[2].description).toMatch(/^The health check http:\/\/127\.0\.0\.1:\d+\/health did not answer 2xx within 400 ms/);
    expect(rollback).toMatchObject({ sha: B });
    expect(rollback.payload).toMatchObject({ mode: 'rollback', rolled_back: { id: failed.id, sha: C, ref: C, version: '' }, previous: { id: failed.id, sha: C } });
    expect(rollback.payload.reason).toMatch(/^automatic rollback: The health check/);
    expect(statesOf(sim, rollback.id)).toEqual(['in_progress', 'in_progress', 'success']);
    expect(statesOf(sim, first.id)).toEqual(['in_progress', 'in_progress', 'success', 'inactive']);
    expect(readFileSync(CURRENT, 'utf8').trim()).toBe(B);
    expect(output).toContain(`deployed ${B} version= previous=${C} mode=rollback`);
    expect(outcome.message).toMatch(
      new RegExp(`^Deploying ${C.slice(0, 7)} to staging failed \\(The health check .* last HTTP 503\\); it was rolled back and ${B.slice(0, 7)} is live again \\(deployment ${rollback.id}\\)\\.$`),
    );
    expect(renderSummary(outcome)).toContain(`### Automatic rollback: deployment ${rollback.id} — success`);

    // The rolled-back commit is refused afterwards, unless forced.
    failing.clear();
    expect(await refusal(deploy({ ref: C }))).toBe(
      `Refusing to deploy ${C.slice(0, 7)} to staging: it was rolled back there by deployment ${rollback.id} (automatic rollback: ${statusesOf(sim, failed.id)[2].description.replace(/\.$/, '')}); set force: true to deploy it anyway.`,
    );
    await expect(isRolledBack(deps().github, { owner: 'acme', repo: 'app' }, 'staging', C)).resolves.toMatchObject({ deployment: { id: rollback.id } });
    const forced = await deploy({ ref: C, force: true });
    expect(forced.status).toBe('success');
    expect(logs.some((line) => line.startsWith(`warning: ${C.slice(0, 7)} was rolled back in staging`))).toBe(true);
    // A successful deploy after the rollback lifts the mark.
    await expect(isRolledBack(deps().github, { owner: 'acme', repo: 'app' }, 'staging', C)).resolves.toBeUndefined();
  });

  it('rolls back when the error rate is too high, verifying the rollback by its health checks', async () => {
    await deploy({ ref: B });
    promAnswers.errorRatio = '0.05';
    const outcome = await deploy({ ref: C, verify: { ...options().verify, prometheusUrl } });
    expect(outcome.status).toBe('rolled-back');
    expect(outcome.attempt?.failure).toBe('The error rate was 5% over the last 200ms, above the 1% allowed.');
    expect(outcome.rollback?.checks.map((c) => c.kind)).toEqual(['command', 'health']);
  });

  it('rolls back when the command fails, and fails when Prometheus cannot be reached', async () => {
    await deploy({ ref: B });
    const broken = await deploy({ ref: C, command: `${COMMAND}\nif [ "$SHIPGATE_MODE" = deploy ]; then exit 3; fi` });
    expect(broken.status).toBe('rolled-back');
    expect(broken.attempt?.failure).toBe('The deploy command failed with exit code 3.');
    const port = await freePort();
    const unreachable = await deploy({ ref: C, force: true, autoRollback: false, verify: { ...options().verify, prometheusUrl: `http://127.0.0.1:${port}` } });
    expect(unreachable.status).toBe('failure');
    expect(unreachable.message).toContain(
      `(The error rate could not be verified: Prometheus at http://127.0.0.1:${port} could not be reached (ECONNREFUSED)); auto-rollback is off, so staging may be left running ${C.slice(0, 7)}.`,
    );
  });

  it('says so when there is nothing to roll back to, and when the rollback fails too', async () => {
    failing.add(B);
    const first = await deploy({ ref: B });
    expect(first.status).toBe('failure');
    expect(first.message).toMatch(/; there is no previous successful deployment in staging to roll back to\.$/);
    failing.clear();
    await deploy({ ref: B });
    failing.add(B);
    failing.add(C);
    const both = await deploy({ ref: C });
    expect(both.status).toBe('failure');
    expect(both.rollback?.state).toBe('failure');
    expect(both.message).toMatch(/, and the automatic rollback to \w{7} failed too \(The health check .*\); staging needs attention\.$/);
    expect(deploymentsOf(sim).every((d) => !['in_progress', 'pending', 'queued'].includes(statesOf(sim, d.id).at(-1) ?? 'pending'))).toBe(true);
  });

  it('stops a command that runs past its timeout', async () => {
    const outcome = await deploy({ command: 'sleep 20', commandTimeoutMs: 200, autoRollback: false });
    expect(outcome.attempt?.failure).toBe('The deploy command did not finish within its timeout of 200 ms and was stopped.');
  });
});

describe('refusals before anything is created', () => {
  it('deploys forward only: an older or diverged commit is refused, naming both', async () => {
    await deploy({ ref: C });
    sim.clearRequests();
    expect(await refusal(deploy({ ref: B }))).toBe(
      `Refusing to deploy ${B.slice(0, 7)} to staging: it is not a descendant of ${C.slice(0, 7)}, which is live there (1 commit(s) behind it); only a rollback may go backwards.`,
    );
    expect(await refusal(deploy({ ref: 'side' }))).toBe(
      `Refusing to deploy side (${D.slice(0, 7)}) to staging: it is not a descendant of ${C.slice(0, 7)}, which is live there (diverged from it (1 ahead, 2 behind)); only a rollback may go backwards.`,
    );
    expect(sim.writes()).toEqual([]);
  });

  it('requires a successful deployment of the same commit in another environment', async () => {
    await deploy({ ref: B });
    expect(await refusal(deploy({ ref: C, environment: 'production', requireDeployedTo: 'staging' }))).toBe(
      `Refusing to deploy ${C.slice(0, 7)} to production: it has no successful deployment in staging, which has ${B.slice(0, 7)} live; deploy it to staging first.`,
    );
    expect(await refusal(deploy({ ref: C, environment: 'production', requireDeployedTo: 'qa' }))).toMatch(/in qa, which has no successful deployment at all; deploy it to qa first\.$/);
    expect(deploymentsOf(sim, 'production')).toEqual([]);
    await deploy({ ref: C });
    const promoted = await deploy({ ref: C, environment: 'production', requireDeployedTo: 'staging' });
    expect(promoted.status).toBe('success');
    expect(logs).toContain(`Promotion gate: ${C.slice(0, 7)} was deployed successfully to staging (deployment ${deploymentsOf(sim, 'staging')[1].id}).`);
  });

  it('refuses to promote a commit that was rolled back in the required environment, unless forced', async () => {
    await deploy({ ref: B });
    await rollBack('v1.0.0', { reason: 'bad in staging.' });
    const rollback = deploymentsOf(sim, 'staging')[1];
    expect(rollback.payload).toMatchObject({ mode: 'rollback', rolled_back: { sha: B } });
    expect(await refusal(deploy({ ref: B, environment: 'production', requireDeployedTo: 'staging' }))).toBe(
      `Refusing to deploy ${B.slice(0, 7)} to production: it was rolled back in staging by deployment ${rollback.id} (bad in staging) after it was deployed there; set force: true to deploy it anyway.`,
    );
    expect(deploymentsOf(sim, 'production')).toEqual([]);
    const forced = await deploy({ ref: B, environment: 'production', requireDeployedTo: 'staging', force: true });
    expect(forced.status).toBe('success');
    expect(logs).toContain(
      `warning: ${B.slice(0, 7)} was rolled back in staging by deployment ${rollback.id} (bad in staging); promoting it to production anyway because force is true.`,
    );
  });

  it('turns GitHub refusals (409 failed checks, 422, 202) into one sentence', async () => {
    sim.addCommitStatus(C, { context: 'ci/test', state: 'failure' });
    expect(await refusal(deploy({ ref: C, requiredContexts: ['ci/test'] }))).toBe(
      `GitHub refused to create the deployment of staging (${C.slice(0, 7)}) because required status checks are not green: ci/test (failure).`,
    );
    expect(sim.requests.filter((r) => r.method === 'POST').map((r) => r.status)).toEqual([409]);
    sim.inject({ method: 'POST', path: /\/deployments$/, status: 422, body: { message: 'Validation Failed', errors: ['environment is too long'] } });
    expect(await refusal(deploy({ ref: C }))).toBe(`GitHub refused to create the deployment of staging (${C.slice(0, 7)}) as invalid: Validation Failed; environment is too long.`);
    sim.inject({ method: 'POST', path: /\/deployments$/, status: 202, body: { message: 'Auto-merged main into topic on deployment.' } });
    expect(await refusal(deploy({ ref: C }))).toMatch(/answered 202 instead \("Auto-merged main into topic on deployment\."\); shipgate deploys exactly the given commit, so nothing was deployed\.$/);
    expect(await refusal(deploy({ ref: 'no-such-branch' }))).toBe('The ref "no-such-branch" was not found in acme/app; give a commit sha, a branch or a tag that exists there.');
  });
});

describe('one deploy at a time', () => {
  async function running(expiresAt: string, sha = B): Promise<number> {
    const github = deps().github;
    const { data } = await github.request('POST /repos/{owner}/{repo}/deployments', {
      task: 'deploy:shipgate',
      owner: 'acme',
      repo: 'app',
      ref: sha,
      environment: 'staging',
      auto_merge: false,
      required_contexts: [],
      payload: { shipgate: 1, sha, ref: sha, mode: 'deploy', run_url: 'https://github.com/acme/app/actions/runs/1', expires_at: expiresAt },
    });
    const id = (data as { id: number }).id;
    await github.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { owner: 'acme', repo: 'app', deployment_id: id, state: 'in_progress' });
    return id;
  }

  it('marks a stale record of a crashed run error and goes on', async () => {
    const stale = await running(new Date(Date.now() - 1000).toISOString());
    const outcome = await deploy({ ref: C });
    expect(outcome.status).toBe('success');
    expect(statusesOf(sim, stale).at(-1)).toMatchObject({ state: 'error', description: expect.stringMatching(/^stale: still in_progress past \S+, when its run would have finished it \(the run is gone\)$/) });
  });

  it('waits for a running deploy (queued, logging), refuses after the limit, and gives its own deployment a final status', async () => {
    const other = await running(new Date(Date.now() + 60_000).toISOString());
    // The wait is measured by a clock that moves only while the deploy sleeps: no request's
    // duration on a busy machine can use up the limit.
    const clock = fakeClock(0, Date.now());
    const message = await refusal(deploy({ ref: C }, { now: clock.now, sleep: clock.sleep }));
    const own = deploymentsOf(sim, 'staging')[1];
    expect(message).toMatch(
      new RegExp(`^Another deploy to staging is still running \\(deployment ${other} of ${B.slice(0, 7)} by https://github.com/acme/app/actions/runs/1, in_progress\\) after waiting 400 ms; run this deploy again once it has finished; deployment ${own.id} was marked error\\.$`),
    );
    expect(clock.sleeps).toEqual([50, 50, 50, 50, 50, 50, 50, 50]);
    expect(logs.filter((line) => line.startsWith(`Waiting for deployment ${other}`))).toHaveLength(8);
    expect(statesOf(sim, own.id)).toEqual(['queued', 'error']);
    expect(statusesOf(sim, own.id)[1].description).toMatch(/^Another deploy to staging is still running/);
    expect(statesOf(sim, other)).toEqual(['in_progress']);
  });

  it('goes on once the other deploy finishes, checking forward-only against what it left live', async () => {
    const other = await running(new Date(Date.now() + 60_000).toISOString());
    void logged(new RegExp(`^Waiting for deployment ${other} `)).then(() =>
      deps().github.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { owner: 'acme', repo: 'app', deployment_id: other, state: 'success' }),
    );
    const outcome = await deploy({ ref: C }, { timing: { waitPollMs: 50, firstPollMs: 50, waitLimitMs: 60_000 } });
    expect(outcome.status).toBe('success');
    expect(outcome.previous).toMatchObject({ id: other, sha: B });
    expect(logs).toContain(`Forward-only: ${C.slice(0, 7)} is 1 commit(s) ahead of ${B.slice(0, 7)}, which is live in staging.`);
  });

  it('stops a rollback when what is live changed while it waited, running nothing', async () => {
    await deploy({ ref: B });
    const other = await running(new Date(Date.now() + 60_000).toISOString(), C);
    void logged(new RegExp(`^Waiting for deployment ${other} `)).then(() =>
      deps().github.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { owner: 'acme', repo: 'app', deployment_id: other, state: 'success' }),
    );
    // Planned against B (what was live): rolling back to v1.0.0 would now take out C, unchecked.
    output = '';
    const message = await refusal(rollBack('v1.0.0', { reason: 'B is bad' }, { timing: { waitPollMs: 50, firstPollMs: 50, waitLimitMs: 60_000 } }));
    const own = deploymentsOf(sim, 'staging')[2];
    expect(message).toBe(`What is live in staging changed to ${C.slice(0, 7)} while this rollback waited; run the rollback again; deployment ${own.id} was marked error.`);
    expect(deploymentsOf(sim, 'staging').map((each) => each.sha)).toEqual([B, C, A]);
    expect(statesOf(sim, other).at(-1)).toBe('success');
    expect(statesOf(sim, own.id)).toEqual(['queued', 'error']);
    expect(output).toBe('');
  });

  it('gives up waiting when the run is cancelled, marking its own deployment error', async () => {
    const other = await running(new Date(Date.now() + 60_000).toISOString());
    const controller = new AbortController();
    void logged(new RegExp(`^Waiting for deployment ${other} `)).then(() => controller.abort());
    const message = await refusal(deploy({ ref: C }, { signal: controller.signal, timing: { waitPollMs: 50, firstPollMs: 50, waitLimitMs: 60_000 } }));
    const own = deploymentsOf(sim, 'staging')[1];
    expect(message).toBe(`The deploy of ${C.slice(0, 7)} to staging was cancelled while it waited for its turn; deployment ${own.id} was marked error.`);
    expect(statusesOf(sim, own.id).map((status) => [status.state, status.description])).toEqual([
      ['queued', `Deploy ${C.slice(0, 7)}: waiting for deployment ${other} to finish`],
      ['error', 'cancelled while waiting for its turn'],
    ]);
  });
});

describe('dry run, cancellation and failures of the API', () => {
  it('prints the plan and writes nothing', async () => {
    await deploy({ ref: B });
    sim.clearRequests();
    const outcome = await deploy({ ref: C, dryRun: true, command: '', verify: { ...options().verify, prometheusUrl } });
    expect(sim.writes()).toEqual([]);
    expect(outcome.status).toBe('dry-run');
    expect(outcome.plan?.[0]).toBe(`Would create a GitHub Deployment of ${C.slice(0, 7)} in staging (deploy, production_environment false, required contexts: none).`);
    expect(outcome.plan?.join('\n')).toContain('No deploy command given (allowed in a dry run only).');
    expect(outcome.plan?.join('\n')).toContain(`On failure: automatic rollback to ${B.slice(0, 7)} (deployment`);
    expect(renderSummary(outcome)).toContain('### Plan (nothing was changed)');
    expect(existsSync(CURRENT) && readFileSync(CURRENT, 'utf8').trim()).toBe(B);
  });

  it('leaves the final status error "cancelled" when the run is cancelled during the command', async () => {
    const controller = new AbortController();
    // Cancelled once the command says it started: an event, not a timer.
    const onOutput = (chunk: string) => {
      output += chunk;
      if (output.includes('started')) controller.abort();
    };
    const message = await refusal(deploy({ command: 'echo started; sleep 30' }, { signal: controller.signal, output: onOutput }));
    const [deployment] = deploymentsOf(sim, 'staging');
    expect(message).toBe(`The deploy of ${B.slice(0, 7)} to staging was cancelled; deployment ${deployment.id} was marked error.`);
    expect(statusesOf(sim, deployment.id).at(-1)).toMatchObject({ state: 'error', description: 'cancelled' });
  });

  it('gives the deployment a final error status when the API fails at the end, and names the operation', async () => {
    sim.inject({ method: 'POST', path: /\/statuses$/, status: 500, nth: 3, times: 1 });
    const attempt = deploy({ ref: B }, { github: createGitHub({ token: 'ghs_test', baseUrl: sim.url, retries: 0 }) });
    await expect(attempt).rejects.toThrow(/^GitHub API request failed while trying to set the status of deployment \d+ to success \(HTTP 500\): Injected failure$/);
    const [deployment] = deploymentsOf(sim, 'staging');
    expect(statusesOf(sim, deployment.id).at(-1)).toMatchObject({ state: 'error', description: expect.stringMatching(/^shipgate error: GitHub API request failed/) });
  });
});

describe('the rollback stage (what the rollback action runs after planning)', () => {
  it('goes backwards to a release tag, records what it rolled back, and later refuses that commit', async () => {
    await deploy({ ref: C, environment: 'production' });
    const outcome = await rollBack('v1.0.0', { environment: 'production', reason: 'bad release' });
    expect(outcome).toMatchObject({ status: 'success', mode: 'rollback', sha: A, version: 'v1.0.0' });
    const [live, rollback] = deploymentsOf(sim, 'production');
    expect(rollback.payload).toMatchObject({ mode: 'rollback', reason: 'bad release', version: 'v1.0.0', rolled_back: { id: live.id, sha: C, ref: C } });
    expect(statesOf(sim, live.id).at(-1)).toBe('inactive');
    expect(await refusal(deploy({ ref: C, environment: 'production' }))).toMatch(/it was rolled back there by deployment \d+ \(bad release\); set force: true/);
    expect(renderSummary(outcome)).toContain('## ✅ Deployed: rollback of production');
  });

  it('does not roll back a failed rollback', async () => {
    await deploy({ ref: C });
    failing.add(A);
    const outcome = await rollBack('v1.0.0');
    expect(outcome.status).toBe('failure');
    expect(outcome.message).toMatch(/^Rolling back to v1\.0\.0 \(\w{7}\) to staging failed \(The health check/);
    expect(deploymentsOf(sim, 'staging')).toHaveLength(2);
    const [live] = deploymentsOf(sim, 'staging');
    expect(deploymentsOf(sim, 'staging')[1].payload.rolled_back).toEqual({ id: live.id, sha: C, ref: C, version: '' });
  });
});
