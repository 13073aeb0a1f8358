import type { DeploymentRef, DeployKind } from '../github/deployments.js';
import { SHELL } from './command.js';
import { DEFAULT_ERROR_RATE_QUERY, DEFAULT_P95_LATENCY_QUERY, promDuration, renderQuery } from './metrics.js';
import { describeRef } from './preflight.js';
import { formatDurationCompact } from '../lib/duration.js';
import type { RunSettings } from './types.js';

/** A dry run's plan: what a deploy or a rollback would do, one sentence a step. */
export function planOf(
  settings: RunSettings,
  args: { label: string; kind: DeployKind; previous?: DeploymentRef; notes: string[] },
): string[] {
  const { verify } = settings;
  const previous = args.previous ? `${describeRef(args.previous.ref, args.previous.sha, args.previous.version)} (deployment ${args.previous.id})` : 'nothing';
  return [
    `Would create a GitHub Deployment of ${args.label} in ${settings.environment} (${args.kind}, production_environment ${settings.production}, required contexts: ${settings.requiredContexts?.length ? settings.requiredContexts.join(', ') : 'none'}).`,
    `Live now: ${previous}${args.previous ? '; it would be marked inactive once the new deployment succeeds' : ''}.`,
    settings.command
      ? `Would run: ${SHELL.join(' ')} ${JSON.stringify(settings.command)}${settings.commandTimeoutMs ? ` (timeout ${formatDurationCompact(settings.commandTimeoutMs)})` : ''}.`
      : 'No deploy command given (allowed in a dry run only).',
    verify.healthCheckUrls.length
      ? `Health checks: ${verify.healthCheckUrls.join(', ')} must answer 2xx within ${formatDurationCompact(verify.healthCheckTimeoutMs)}, tried every ${formatDurationCompact(verify.healthCheckIntervalMs)}.`
      : 'Health checks: none.',
    verify.prometheusUrl
      ? `Service-level checks against ${verify.prometheusUrl} after a ${promDuration(verify.verifyWindowMs)} window: error rate at most ${verify.maxErrorRate}% (${renderQuery(verify.errorRateQuery ?? DEFAULT_ERROR_RATE_QUERY, verify.verifyWindowMs)}), p95 latency at most ${verify.maxP95Latency} ms (${renderQuery(verify.p95LatencyQuery ?? DEFAULT_P95_LATENCY_QUERY, verify.verifyWindowMs)}).`
      : 'Service-level checks: none (no prometheus-url).',
    args.kind === 'rollback'
      ? 'On failure: reported; a rollback is not rolled back automatically.'
      : settings.autoRollback
        ? `On failure: automatic rollback to ${previous}.`
        : 'On failure: no automatic rollback (auto-rollback is off).',
    ...args.notes,
  ];
}
