import type { DeploymentRef } from '../github/deployments.js';
import { runRollbackDeployment, type DeploymentOutcome, type Phase } from '../deploy/deploy.js';
import { DeploymentLedger } from '../deploy/ledger.js';
import { planRollback, type RollbackDeps, type RollbackPlan, type RollbackRequest } from './plan.js';
import { markRolledBack, type MarkResult } from './record.js';
import { describeStop } from './safety.js';

export type { LiveState, RollbackDeps, RollbackPlan, RollbackRequest, SkippedRelease } from './plan.js';

export interface RollbackOutcome {
  status: 'success' | 'failure' | 'stopped' | 'dry-run';
  plan: RollbackPlan;
  /** One sentence. */
  message: string;
  deployment?: DeploymentOutcome;
  /** From the start of the step to a verified healthy environment. */
  restoreMs?: number;
  /** restoreMs split: shipgate's own time (GitHub's answers included), the deploy command's and the verification's. */
  restore?: RestoreSplit;
  /** The release marked rolled back (its URL), or why none was. */
  marked?: MarkResult;
  warnings: string[];
}

export interface RestoreSplit {
  ownMs: number;
  commandMs: number;
  verifyMs: number;
}

/**
 * Time to restore in three parts: what the user's command took, what the health and service-level
 * checks took, and the rest, which is shipgate's own (reading, deciding, GitHub's round trips).
 */
export function splitRestore(restoreMs: number, phases: readonly Phase[]): RestoreSplit {
  const commandMs = phases.filter((phase) => phase.name.endsWith(' command')).reduce((sum, phase) => sum + phase.ms, 0);
  const verifyMs = phases.filter((phase) => !phase.name.endsWith(' command')).reduce((sum, phase) => sum + phase.ms, 0);
  return { ownMs: Math.max(0, restoreMs - commandMs - verifyMs), commandMs, verifyMs };
}

/**
 * The rollback action's whole job, one way through: plan (read the ledger once: what is live, the
 * target, the safety check) → take the environment and deploy the target as deploy does
 * (runRollbackDeployment: turn, command, verification) → record what was rolled back.
 */
export async function runRollback(request: RollbackRequest, deps: RollbackDeps): Promise<RollbackOutcome> {
  const { logger } = deps;
  const now = deps.now ?? Date.now;
  const ledger = new DeploymentLedger(deps.github, deps.repo, request.environment);
  const plan = await planRollback(request, deps, ledger);
  const what = `the rollback of ${plan.environment} from ${plan.live.label} to ${plan.target.label}`;
  const warnings: string[] = [];
  if (plan.safety.stop) {
    return { status: 'stopped', plan, message: describeStop(plan.safety, what), warnings };
  }
  if (plan.safety.force && (plan.safety.risky.length > 0 || plan.safety.incomplete)) {
    warnings.push(`The range ${plan.safety.range} changes migration or workflow files; rolling back anyway because force is true.`);
  }
  for (const warning of warnings) logger.warning(warning);

  const rolledBack: DeploymentRef = {
    id: plan.live.deploymentId,
    ref: plan.live.ref,
    sha: plan.live.sha,
    version: plan.live.release?.name ?? '',
  };
  let restoreMs: number | undefined;
  let marked: MarkResult | undefined;
  const deployment = await runRollbackDeployment(
    {
      environment: plan.environment,
      // The commit the comparison found (what the safety check looked at): no second lookup.
      target: { ref: plan.target.tag.name, sha: plan.target.sha, version: plan.target.tag.name },
      rolledBack,
      reason: plan.reason,
      command: request.command,
      url: request.url,
      commandTimeoutMs: request.commandTimeoutMs,
      dryRun: request.dryRun,
      verify: request.verify,
      // The release mark goes out with the final status: the environment is restored once verified.
      onVerified: async (deploymentId) => {
        restoreMs = now() - request.startedAt;
        marked = await markRolledBack(plan, { deploymentId, restoreMs, at: new Date(now()).toISOString() }, deps, warnings);
      },
    },
    ledger,
    deps,
  );

  if (request.dryRun) {
    return {
      status: 'dry-run',
      plan,
      deployment,
      message: `Dry run: ${plan.environment} would be rolled back from ${plan.live.label} to ${plan.target.label}; nothing was changed.`,
      warnings,
    };
  }
  if (deployment.status !== 'success') {
    return { status: 'failure', plan, deployment, message: deployment.message, warnings };
  }
  restoreMs ??= now() - request.startedAt;
  return {
    status: 'success',
    plan,
    deployment,
    restoreMs,
    restore: splitRestore(restoreMs, deployment.attempt?.phases ?? []),
    marked,
    message: `Rolled back ${plan.environment} from ${plan.live.label} to ${plan.target.label} (deployment ${deployment.deploymentId}).`,
    warnings,
  };
}

