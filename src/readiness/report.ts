import { createCheckRun } from '../github/checks.js';
import type { GitHub } from '../github/client.js';
import type { RepoRef } from '../lib/repo.js';
import type { Logger } from '../lib/logger.js';
import { deliveryRows, weeklyCounts, type DeliveryTargets, type Week } from './delivery.js';
import { DAY_MS } from './history.js';
import { ReadinessReader } from './read.js';
import { approvalRow, coverageRow, restoreTestRow } from './records.js';
import { renderPage, type Page } from './render.js';
import { passed, type MetricRow } from './row.js';
import { serviceRows, type ServiceOptions } from './service.js';

/** The launch report: read (bounded), judge every metric, publish one page. */
export interface ReportOptions extends DeliveryTargets {
  repo: RepoRef;
  /** The commit the check run goes on (the workflow's sha). */
  sha: string;
  environment: string;
  stagingEnvironment: string;
  windowDays: number;
  minCoverage: number;
  coverageCheckName: string;
  checkName: string;
  service: Omit<ServiceOptions, 'window'>;
  /** "Now": the window's end (a parameter so tests can pin it). */
  now?: number;
  detailsUrl?: string;
}

export interface Report {
  rows: MetricRow[];
  weeks: Week[];
  page: Page;
  passed: boolean;
  requests: number;
  /** Where the check run went, or why it did not. */
  checkRun: { ok: true; url: string } | { ok: false; message: string };
}

export async function buildReport(github: GitHub, options: ReportOptions, logger: Logger): Promise<Report> {
  const end = options.now ?? Date.now();
  const window = { start: end - options.windowDays * DAY_MS, end };
  const reader = new ReadinessReader(github, options.repo);

  const branch = await reader.defaultBranch();
  const commits = await reader.commits(branch);
  const production = await reader.production(options.environment, window);
  logger.info(`Read ${production.deploys.length} deployments of ${options.environment} in the window${production.narrowed ? ` (${production.narrowed})` : ''}.`);
  const history = { deploys: production.deploys, commits, window: production.window, narrowed: production.narrowed };
  const staging = options.stagingEnvironment && options.stagingEnvironment !== options.environment ? await reader.rollbacks(options.stagingEnvironment) : [];
  const coverage = await reader.coverage(options.coverageCheckName, branch, commits);
  const environment = await reader.environment(options.environment);

  const rows: MetricRow[] = [
    ...(await serviceRows({ ...options.service, window })),
    coverageRow(coverage, options.minCoverage),
    restoreTestRow([...staging, ...production.deploys], options.maxRestoreMs, [options.stagingEnvironment, options.environment].filter(Boolean)),
    approvalRow(options.environment, environment.rules, environment.forbidden),
    ...deliveryRows(history, options, options.environment),
  ];
  const weeks = weeklyCounts(history);
  const page = renderPage(rows, weeks, options.environment);
  const ok = passed(rows);

  let checkRun: Report['checkRun'];
  const published = await createCheckRun(github, options.repo, {
    name: options.checkName,
    headSha: options.sha,
    conclusion: ok ? 'success' : 'failure',
    title: page.title,
    summary: page.summary,
    text: page.body,
    annotations: [],
    detailsUrl: options.detailsUrl,
  });
  reader.requests += 1;
  if (published.ok) checkRun = { ok: true, url: published.url };
  else {
    checkRun = { ok: false, message: `The check run "${options.checkName}" was not created (${published.message}); give the job "permissions: checks: write".` };
    logger.warning(checkRun.message);
  }
  return { rows, weeks, page, passed: ok, requests: reader.requests, checkRun };
}
