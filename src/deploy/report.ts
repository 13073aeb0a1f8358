import type { Attempt, CancelledDetails, DeploymentOutcome, Phase } from './deploy.js';
import { describeRef } from './preflight.js';
import { formatDurationCompact } from '../lib/duration.js';
import { codeSpan, markdownText } from '../lib/markdown.js';

/** Markdown for the job summary of a deploy (or rollback): what, where, each check's figures, timings, links. */

const code = (text: string): string => (text ? codeSpan(text) : '—');
const mark = (ok: boolean): string => (ok ? '✅' : '❌');

const HEADLINE: Record<DeploymentOutcome['status'], string> = {
  success: '✅ Deployed',
  failure: '❌ Deploy failed',
  'rolled-back': '↩️ Deploy failed and was rolled back',
  'dry-run': '📝 Dry run',
};

function attemptSection(title: string, attempt: Attempt, outcome: DeploymentOutcome): string[] {
  const lines = [
    `### ${title}: deployment ${attempt.deploymentId} — ${attempt.state}`,
    '',
    `${markdownText(describeRef(attempt.ref, attempt.sha, attempt.version))} · [deployments of ${markdownText(outcome.environment)}](${outcome.deploymentsUrl})`,
    '',
  ];
  if (attempt.failure) lines.push(`> ${markdownText(attempt.failure)}`, '');
  if (attempt.checks.length) {
    lines.push('| Check | Result | Measured | Required |', '| --- | --- | --- | --- |');
    for (const check of attempt.checks) {
      lines.push(`| ${markdownText(check.name)} | ${mark(check.ok)} | ${markdownText(check.measured)} | ${markdownText(check.threshold)} |`);
    }
    lines.push('');
  }
  return lines;
}

function phaseTable(phases: Phase[]): string[] {
  if (!phases.length) return [];
  return ['| Phase | Took | |', '| --- | --- | --- |', ...phases.map((phase) => `| ${phase.name} | ${formatDurationCompact(phase.ms)} | ${mark(phase.ok)} |`), ''];
}

export function renderSummary(outcome: DeploymentOutcome): string {
  const previous = outcome.previous ? `${describeRef(outcome.previous.ref, outcome.previous.sha, outcome.previous.version)} (deployment ${outcome.previous.id})` : 'none';
  const lines = [
    `## ${HEADLINE[outcome.status]}: ${outcome.mode === 'rollback' ? 'rollback of ' : ''}${markdownText(outcome.environment)}`,
    '',
    markdownText(outcome.message),
    '',
    '| | |',
    '| --- | --- |',
    `| Environment | ${markdownText(outcome.environment)}${outcome.production ? ' (production)' : ''} |`,
    `| Ref | ${code(outcome.ref)} |`,
    `| Commit | ${code(outcome.sha)} |`,
    `| Version | ${outcome.version ? code(outcome.version) : '—'} |`,
    `| Previously live | ${markdownText(previous)} |`,
    `| Status | ${outcome.status} |`,
    ...(outcome.deploymentId !== undefined ? [`| Deployment | [${outcome.deploymentId}](${outcome.deploymentsUrl}) |`] : []),
    ...(outcome.environmentUrl ? [`| Environment URL | ${markdownText(outcome.environmentUrl)} |`] : []),
    `| Workflow run | ${outcome.runUrl} |`,
    '',
  ];
  if (outcome.plan) {
    lines.push('### Plan (nothing was changed)', '', ...outcome.plan.map((step) => `- ${markdownText(step)}`), '');
  }
  if (outcome.attempt) lines.push(...attemptSection(outcome.mode === 'rollback' ? 'Rollback' : 'Deploy', outcome.attempt, outcome));
  if (outcome.rollback) lines.push(...attemptSection('Automatic rollback', outcome.rollback, outcome));
  // One table of where the time went: pre-flight, then each phase of the deploy and of its rollback.
  lines.push(
    ...phaseTable([
      ...outcome.phases,
      ...(outcome.attempt?.phases ?? []),
      ...(outcome.rollback?.phases ?? []).map((phase) => ({ ...phase, name: `automatic rollback: ${phase.name}` })),
    ]),
  );
  return `${lines.join('\n')}\n`;
}

/** The job summary of a cancelled deploy or rollback: it returns no outcome, so this is all there is to read. */
export function renderCancelledSummary(details: CancelledDetails, message: string, links: { deploymentsUrl: string; runUrl: string }): string {
  const lines = [
    `## ⏹️ Cancelled: ${markdownText(details.environment)}`,
    '',
    markdownText(message),
    '',
    '| | |',
    '| --- | --- |',
    `| Environment | ${markdownText(details.environment)} |`,
    `| Ref | ${code(details.ref)} |`,
    `| Commit | ${code(details.sha ?? '')} |`,
    `| Status | cancelled |`,
    details.deploymentId !== undefined
      ? `| Deployment | [${details.deploymentId}](${links.deploymentsUrl}) — marked error |`
      : '| Deployment | none was created |',
    `| Workflow run | ${links.runUrl} |`,
    '',
  ];
  return `${lines.join('\n')}\n`;
}
