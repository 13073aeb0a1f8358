import { renderSummary as renderDeploymentSummary } from '../deploy/report.js';
import { formatDurationCompact } from '../lib/duration.js';
import { codeSpan, markdownText } from '../lib/markdown.js';
import type { SafetyCheck } from './safety.js';
import type { RollbackOutcome } from './rollback.js';

const HEADLINE: Record<RollbackOutcome['status'], string> = {
  success: '↩️ Rolled back',
  failure: '❌ Rollback failed',
  stopped: '⛔ Rollback stopped',
  'dry-run': '📝 Rollback plan (dry run)',
};

const MAX_FILES = 50;

/** The safety check, shown whether it passed, stopped the rollback or was forced. */
export function renderSafety(check: SafetyCheck): string[] {
  // Tag names, paths and migration-paths may hold backticks and pipes: each goes through codeSpan.
  const range = codeSpan(check.range);
  const risky = check.risky.length ? `${check.risky.length} migration or workflow file${check.risky.length === 1 ? '' : 's'}` : 'more files than GitHub lists (300)';
  const verdict = check.risky.length === 0 && !check.incomplete
    ? `✅ ${range} changes ${check.changed} file${check.changed === 1 ? '' : 's'}, none of them a migration or a workflow file.`
    : check.stop
      ? `⛔ ${range} changes ${risky}: the rollback stopped; run again with \`force: true\` once they are checked.`
      : `⚠️ ${range} changes ${risky}; rolled back anyway because \`force: true\`.`;
  const lines = ['### Safety check', '', verdict, ''];
  if (check.risky.length > 0) {
    lines.push('| File | Kind | Matched |', '| --- | --- | --- |');
    for (const file of check.risky.slice(0, MAX_FILES)) lines.push(`| ${codeSpan(file.path)} | ${file.kind} | ${codeSpan(file.pattern)} |`);
    if (check.risky.length > MAX_FILES) lines.push(`| … ${check.risky.length - MAX_FILES} more | | |`);
    lines.push('');
  }
  return lines;
}

/** The job summary: the audit trail (who, when, from, to, why, time to restore), the safety check and the deployment. */
export function renderRollbackSummary(outcome: RollbackOutcome): string {
  const { plan } = outcome;
  const deployment = outcome.deployment;
  const lines = [`## ${HEADLINE[outcome.status]}: ${markdownText(`${plan.environment} from ${plan.live.release?.name ?? plan.live.label} to ${plan.target.tag.name}`)}`, '', markdownText(outcome.message), ''];
  lines.push('| | |', '| --- | --- |');
  lines.push(`| Who | ${markdownText(`@${plan.actor || 'unknown'}`)} |`);
  lines.push(`| When | ${plan.at} |`);
  lines.push(`| From | ${markdownText(plan.live.label)}, deployment ${plan.live.deploymentId}, live since ${plan.live.since} |`);
  lines.push(`| To | ${markdownText(plan.target.label)} |`);
  lines.push(`| Why | ${plan.reason ? markdownText(plan.reason) : '_no reason given_'} |`);
  if (deployment?.deploymentId !== undefined) lines.push(`| Deployment | [${deployment.deploymentId}](${deployment.deploymentsUrl}) — ${deployment.status} |`);
  if (outcome.restoreMs !== undefined) {
    const split = outcome.restore
      ? `: shipgate ${formatDurationCompact(outcome.restore.ownMs)}, deploy command ${formatDurationCompact(outcome.restore.commandMs)}, verification ${formatDurationCompact(outcome.restore.verifyMs)}`
      : '';
    lines.push(`| Time to restore | ${formatDurationCompact(outcome.restoreMs)}${split} (start of the rollback to a verified healthy environment) |`);
  }
  if (outcome.status === 'dry-run') {
    lines.push(`| Would mark | ${plan.live.release ? `${plan.live.release.name} as rolled back (name prefixed "[rolled back]", banner and marker on its GitHub Release)` : 'nothing (the live commit has no release tag)'} |`);
  } else if (outcome.marked) {
    lines.push(`| Marked rolled back | ${'url' in outcome.marked ? `[${outcome.marked.tag}](${outcome.marked.url})` : markdownText(outcome.marked.note)} |`);
  }
  if (plan.skipped.length > 0) lines.push(`| Skipped | ${plan.skipped.map((each) => `${each.tag} (${markdownText(each.why)})`).join('; ')} |`);
  lines.push('');
  for (const warning of outcome.warnings) lines.push(`> ⚠️ ${markdownText(warning)}`, '');
  lines.push(...renderSafety(plan.safety));
  if (deployment?.plan?.length) {
    lines.push('### Deployment plan', '', ...deployment.plan.map((step) => `- ${markdownText(step)}`), '');
  } else if (deployment && deployment.status !== 'dry-run') {
    lines.push(renderDeploymentSummary(deployment));
  }
  return `${lines.join('\n')}\n`;
}
