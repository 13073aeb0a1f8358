import { renderSummary as renderDeploymentSummary } from '../deploy/report.js';
import { durationText } from '../readiness/format.js';
import { markdownText } from '../lib/markdown.js';
import { renderSafety } from '../rollback/render.js';
import type { RehearsalOutcome } from './rehearse.js';

const HEADLINE: Record<RehearsalOutcome['status'], string> = {
  success: '✅ Rollback rehearsal passed',
  failure: '❌ Rollback rehearsal failed',
  stopped: '⛔ Rollback rehearsal stopped',
  'dry-run': '📝 Rollback rehearsal plan (dry run)',
};

/** The job summary: both steps with their times to restore, the safety check, and each deployment. */
export function renderRehearsalSummary(outcome: RehearsalOutcome): string {
  const { plan } = outcome;
  const lines = [`## ${HEADLINE[outcome.status]}: ${markdownText(plan.environment)}`, '', markdownText(outcome.message), ''];
  lines.push('| step | to | deployment | result | time to restore | allowed |', '| --- | --- | --- | --- | --- | --- |');
  for (const step of outcome.steps) {
    const id = step.outcome?.deploymentId;
    lines.push(`| ${step.name} | ${markdownText(step.to)} | ${id ?? '—'} | ${step.ok ? (step.ms <= outcome.maxRestoreMs ? '✅' : '⏱️ too slow') : '❌'} | ${durationText(step.ms)} | ${durationText(outcome.maxRestoreMs)} |`);
  }
  if (outcome.steps.length === 0) lines.push(`| roll back | ${markdownText(plan.target.label)} | — | not run | — | ${durationText(outcome.maxRestoreMs)} |`);
  lines.push('', `Live before the rehearsal: ${markdownText(plan.live.label)} (deployment ${plan.live.deploymentId}). Time to restore runs from the start of a step to its verified deployment.`, '');
  lines.push(...renderSafety(plan.safety));
  lines.push(
    outcome.productionRefusal ? `In production, the rollback action would refuse this range: ${markdownText(outcome.productionRefusal)}` : 'In production, the rollback action would accept this range.',
    '',
  );
  for (const step of outcome.steps) if (step.outcome) lines.push(renderDeploymentSummary(step.outcome), '');
  return lines.join('\n');
}
