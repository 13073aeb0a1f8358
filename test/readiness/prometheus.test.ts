// The launch report's service-level lines against a real Prometheus (Debian's `prometheus`, which
// .ci/services installs) scraping the real demo service, as test/deploy/prometheus.test.ts does for
// deploys. Skipped, saying so, without the binary.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runAction } from '../../scripts/lib/run-action.mjs';
import { startSimulator } from '../../simulator/index.mjs';
import { DEMO_SERVICE, findPrometheus, freePort, startPrometheus, stopDemo, type TestPrometheus } from '../deploy/helpers.js';
import { TestRepo } from '../simulator/fixture.js';

const PROMETHEUS = findPrometheus();
// One line, not a console block: the reason a suite did not run is part of a quiet run's output.
if (!PROMETHEUS) process.stderr.write('test/readiness/prometheus.test.ts skipped: no prometheus binary (install the Debian package "prometheus", as .ci/services does).\n');
const describeWithPrometheus = PROMETHEUS ? describe : describe.skip;

/** The result, figure, target and "how" cells of a metric's line in the summary (| metric | result | figure | target | how |). */
const line = (summary: string, metric: string): string[] => {
  const found = summary.split('\n').find((each) => each.startsWith(`| ${metric} |`));
  return found ? found.split(' | ').slice(1, 5) : [];
};

describeWithPrometheus(PROMETHEUS ? 'launch report against a real Prometheus' : 'skipped: no prometheus binary', () => {
  let prometheus: TestPrometheus;
  let prometheusUrl: string;
  let stateDir: string;
  let sim: Awaited<ReturnType<typeof startSimulator>>;
  let sha: string;

  beforeAll(async () => {
    stateDir = mkdtempSync(path.join(os.tmpdir(), 'shipgate-readiness-prometheus-'));
    const port = await freePort();
    // The service runs (and sends itself traffic) before Prometheus starts, so every scrape finds it up.
    execFileSync(process.execPath, [DEMO_SERVICE, 'start', '--port', String(port), '--version', 'v1', '--traffic-rps', '25', '--pid-file', path.join(stateDir, 'production.pid'), '--log-file', path.join(stateDir, 'production.log')]);
    prometheus = await startPrometheus(PROMETHEUS as string, stateDir, port);
    prometheusUrl = prometheus.url;
    // Two scrapes of the request counter stored (the third has come): every default query has a value.
    await prometheus.scraped(3);
    // The check run names a real commit: GitHub refuses one for a SHA the repository does not have.
    const repo = new TestRepo();
    sha = repo.commit('feat: start', { 'a.txt': '0\n' });
    sim = await startSimulator({ repoDir: repo.dir });
  }, 60_000);

  afterAll(async () => {
    stopDemo(stateDir);
    await prometheus?.stop();
    await sim?.close();
    if (stateDir) rmSync(stateDir, { recursive: true, force: true });
  });

  it('measures uptime, error rate and p95 latency over the window and judges each', async () => {
    const result = await runAction('readiness', { apiUrl: sim.url, sha, inputs: { 'prometheus-url': prometheusUrl, 'window-days': '1', 'max-p95-latency': '0' }, timeoutMs: 60_000 });
    const [uptime, uptimeFigure, , uptimeHow] = line(result.summary, 'Uptime');
    expect([uptime, uptimeFigure]).toEqual(['✅ pass', '100 %']);
    expect(uptimeHow).toContain('`avg(avg_over_time(up[86400s]))`');
    expect(line(result.summary, 'Error rate').slice(0, 2)).toEqual(['✅ pass', '0 %']);
    // A threshold of 0 ms cannot be met: the measured p95 is shown and fails.
    const [latency, latencyFigure] = line(result.summary, 'p95 latency');
    expect(latency).toBe('❌ fail');
    expect(latencyFigure).toMatch(/^\d+ ms$/);
    expect(result.exitCode).toBe(1);
  }, 60_000);
});
