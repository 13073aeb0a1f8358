// Service-level verification against a real Prometheus (Debian's `prometheus` package, installed
// by .ci/services) scraping the real demo service every second: a healthy version passes, a version
// with 5% errors and a slow version fail and are rolled back. Skipped, saying so, without the binary.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runAction, errorsOf } from '../../scripts/lib/run-action.mjs';
import { GitRepo, demoDeployCommand, deploymentsOf, findPrometheus, freePort, simulatorFor, startPrometheus, statesOf, stopDemo, versionServed, type Simulator, type TestPrometheus } from './helpers.js';

const PROMETHEUS = findPrometheus();
// One line, not a console block: the reason a suite did not run is part of a quiet run's output.
if (!PROMETHEUS) process.stderr.write('test/deploy/prometheus.test.ts skipped: no prometheus binary (install the Debian package "prometheus", as .ci/services does).\n');
const describeWithPrometheus = PROMETHEUS ? describe : describe.skip;

type ActionResult = Awaited<ReturnType<typeof runAction>> & { outputs: Record<string, string> };

describeWithPrometheus(PROMETHEUS ? 'service-level checks against a real Prometheus' : 'skipped: no prometheus binary', () => {
  let repo: GitRepo;
  let HEALTHY: string;
  let FAILING: string;
  let SLOW: string;
  let sim: Simulator;
  let prometheus: TestPrometheus;
  let prometheusUrl: string;
  let stateDir: string;
  let port: number;

  beforeAll(async () => {
    // The demo service sends itself 25 requests a second, so every window has traffic to judge.
    repo = new GitRepo();
    const traffic = 'export DEMO_TRAFFIC_RPS=25\n';
    HEALTHY = repo.commit('healthy', { 'demo.env': traffic });
    FAILING = repo.commit('5% errors', { 'demo.env': `${traffic}export DEMO_ERROR_RATE=0.05\n` });
    SLOW = repo.commit('slow', { 'demo.env': `${traffic}export DEMO_SLOW_MS=700\n` });
    stateDir = mkdtempSync(path.join(os.tmpdir(), 'shipgate-prometheus-'));
    port = await freePort();
    prometheus = await startPrometheus(PROMETHEUS as string, stateDir, port);
    prometheusUrl = prometheus.url;
    // The first scrape (of the still absent service) records up == 0; once the second comes,
    // the first is stored and Prometheus scrapes every second.
    await prometheus.scraped(2);
    sim = await simulatorFor(repo);
  }, 30_000);

  afterAll(async () => {
    stopDemo(stateDir);
    await prometheus?.stop();
    await sim?.close();
    if (stateDir) rmSync(stateDir, { recursive: true, force: true });
    repo?.remove();
  });

  const deploy = (ref: string) =>
    runAction('deploy', {
      apiUrl: sim.url,
      sha: ref,
      cwd: stateDir,
      inputs: {
        environment: 'staging',
        ref,
        command: demoDeployCommand(repo, port, stateDir),
        'health-check-url': `http://127.0.0.1:${port}/health`,
        'health-check-timeout': '5',
        'health-check-interval': '200ms',
        'prometheus-url': prometheusUrl,
        'verify-window': '5',
        'max-error-rate': '1',
        'max-p95-latency': '300',
      },
      timeoutMs: 90_000,
    }) as Promise<ActionResult>;

  it('passes a healthy version on its measured error rate and p95 latency', async () => {
    const result = await deploy(HEALTHY);
    expect(errorsOf(result)).toEqual([]);
    expect(result.outputs.status).toBe('success');
    expect(result.stdout).toMatch(/The error rate was 0% over the last 5s \(at most 1% allowed\)\./);
    expect(result.stdout).toMatch(/The p95 latency was \d+ ms over the last 5s \(at most 300 ms allowed\)\./);
    expect(result.summary).toMatch(/\| error rate \| ✅ \| 0% \| at most 1% \|/);
    expect(result.summary).toMatch(/\| p95 latency \| ✅ \| \d+ ms \| at most 300 ms \|/);
  }, 60_000);

  it.each([
    ['5% errors', () => FAILING, /The error rate was [\d.]+% over the last 5s, above the 1% allowed/],
    ['slow answers', () => SLOW, /The p95 latency was \d+ ms over the last 5s, above the 300 ms allowed/],
  ])('rolls back a version with %s', async (_name, ref, reason) => {
    const result = await deploy(ref());
    expect(result.outputs.status).toBe('rolled-back');
    const errors = errorsOf(result);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(reason);
    expect(errors[0]).toMatch(new RegExp(`it was rolled back and ${HEALTHY.slice(0, 7)} is live again`));
    expect(await versionServed(port)).toBe(HEALTHY);
    const [failed, rollback] = deploymentsOf(sim, 'staging').slice(-2);
    expect(statesOf(sim, failed.id).at(-1)).toBe('failure');
    expect(statesOf(sim, rollback.id).at(-1)).toBe('success');
  }, 60_000);
});
