import * as core from '@actions/core';
import { log } from '../../lib/log.js';
import { InputReader, envInputSource, type InputSource } from '../../lib/inputs.js';
import { UserError } from '../../lib/errors.js';
import { createGitHub } from '../../github/client.js';
import type { EarlyReads } from '../../github/early-reads.js';
import { readRunContext } from '../../github/context.js';
import { buildReport } from '../../readiness/report.js';
import { readInputs } from './inputs.js';

export async function run(source: InputSource = envInputSource, early?: EarlyReads): Promise<void> {
  const inputs = readInputs(new InputReader(source));
  const context = readRunContext();
  const repo = { owner: context.owner, repo: context.repo };
  const github = createGitHub({ token: inputs['github-token'], log: log.warning, early });
  const report = await buildReport(
    github,
    {
      repo,
      sha: context.sha,
      environment: inputs.environment,
      stagingEnvironment: inputs['staging-environment'],
      windowDays: inputs['window-days'],
      minCoverage: inputs['min-coverage'],
      coverageCheckName: inputs['coverage-check-name'],
      checkName: inputs['check-name'],
      minDeploysPerWeek: inputs['min-deploys-per-week'],
      maxChangeFailureRate: inputs['max-change-failure-rate'],
      maxLeadTimeMs: inputs['max-lead-time'] * 60_000,
      maxRestoreMs: inputs['max-restore-time'] * 60_000,
      service: {
        prometheusUrl: inputs['prometheus-url'],
        minUptime: inputs['min-uptime'],
        maxErrorRate: inputs['max-error-rate'],
        maxP95Latency: inputs['max-p95-latency'],
        uptimeQuery: inputs['uptime-query'],
        errorRateQuery: inputs['error-rate-query'],
        p95LatencyQuery: inputs['p95-latency-query'],
      },
      detailsUrl: context.runUrl,
    },
    log,
  );
  log.info(`The report made ${report.requests} GitHub API requests.`);
  const failing = report.rows.filter((row) => row.verdict !== 'pass').map((row) => row.metric);
  core.setOutput('passed', String(report.passed));
  core.setOutput('failing', failing.join(', '));
  core.setOutput('check-run-url', report.checkRun.ok ? report.checkRun.url : '');
  await core.summary.addRaw(report.page.body).write();
  if (!report.passed) throw new UserError(`${report.page.title}: not ready on ${failing.join(', ')}.`);
  log.info(report.page.title);
}
