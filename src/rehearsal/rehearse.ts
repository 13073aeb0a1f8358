import type { DeploymentRef } from '../github/deployments.js';
import { runDeployment, runRollbackDeployment, type DeploymentDeps, type DeploymentOutcome, type VerifySettings } from '../deploy/deploy.js';
import { DeploymentLedger } from '../deploy/ledger.js';
import { isCancelled } from '../deploy/runtime.js';
import { planRollback, type RollbackPlan } from '../rollback/plan.js';
import { describeStop } from '../rollback/safety.js';
import { durationText } from '../readiness/format.js';

/**
 * A rollback rehearsal: on a non-production environment, roll back to the release before the one
 * live (planned and safety-checked exactly as the rollback action plans a real one), verify it as
 * a deploy is verified, then roll forward to what was live and verify again. Both times to
 * restore are measured and judged against the recovery time objective. Whatever fails, the
 * environment is rolled forward to what was live before; no release is marked rolled back.
 */
export interface RehearsalRequest {
  environment: string;
  migrationPaths: string[];
  /** Rehearse even when the range changes migrations or workflow files (as the rollback's force). */
  force: boolean;
  dryRun: boolean;
  command: string;
  url: string | undefined;
  commandTimeoutMs: number | undefined;
  verify: VerifySettings;
  maxRestoreMs: number;
  /** When the step started (ms). */
  startedAt: number;
}

export interface RehearsalStep {
  name: 'roll back' | 'roll forward';
  /** "v1.1.0 (abc1234)". */
  to: string;
  outcome?: DeploymentOutcome;
  /** From the step's start to a verified environment (or to its failure). */
  ms: number;
  ok: boolean;
  /** One sentence. */
  message: string;
}

export interface RehearsalOutcome {
  status: 'success' | 'failure' | 'stopped' | 'dry-run';
  plan: RollbackPlan;
  steps: RehearsalStep[];
  maxRestoreMs: number;
  /** What a rollback of production over the same range would refuse, or undefined when nothing. */
  productionRefusal?: string;
  /** One sentence. */
  message: string;
}

export type RehearsalDeps = DeploymentDeps & { now?: () => number };

const REASON = 'rollback rehearsal';

export async function runRehearsal(request: RehearsalRequest, deps: RehearsalDeps): Promise<RehearsalOutcome> {
  const now = deps.now ?? Date.now;
  const { environment } = request;
  // The environment's deployments are read once: the plan and the rollback step answer from them.
  const ledger = new DeploymentLedger(deps.github, deps.repo, environment);
  const plan = await planRollback({ ...request, to: undefined, reason: REASON }, deps, ledger);
  const risky = plan.safety.risky.length > 0 || plan.safety.incomplete;
  const productionRefusal = risky ? describeStop({ ...plan.safety, force: false, stop: true }, 'a rollback over this range') : undefined;
  const base = { plan, maxRestoreMs: request.maxRestoreMs, productionRefusal };
  if (plan.safety.stop) {
    return { ...base, status: 'stopped', steps: [], message: `${describeStop(plan.safety, `the rehearsal on ${environment}`)} Nothing was deployed.` };
  }
  if (request.dryRun) {
    return { ...base, status: 'dry-run', steps: [], message: `Dry run: ${environment} would be rolled back from ${plan.live.label} to ${plan.target.label} and forward again; nothing was changed.` };
  }

  const live: DeploymentRef = { id: plan.live.deploymentId, ref: plan.live.ref, sha: plan.live.sha, version: plan.live.release?.name ?? '' };
  const common = { environment, command: request.command, url: request.url, commandTimeoutMs: request.commandTimeoutMs, dryRun: false, verify: request.verify };
  const steps: RehearsalStep[] = [];
  const step = async (name: RehearsalStep['name'], to: string, run: () => Promise<DeploymentOutcome>): Promise<{ created: boolean }> => {
    const started = now();
    try {
      const outcome = await run();
      const ms = now() - started;
      const ok = outcome.status === 'success';
      steps.push({ name, to, outcome, ms, ok, message: outcome.message });
      return { created: outcome.deploymentId !== undefined };
    } catch (error) {
      // A refusal creates nothing; a cancel leaves the deployment with its final status and ends the run.
      if (isCancelled(error, deps.signal)) throw error;
      steps.push({ name, to, ms: now() - started, ok: false, message: (error as Error).message });
      return { created: false };
    }
  };

  const back = await step('roll back', plan.target.label, () =>
    runRollbackDeployment(
      { ...common, target: { ref: plan.target.tag.name, sha: plan.target.sha, version: plan.target.tag.name }, rolledBack: live, reason: `${REASON}: back to ${plan.target.tag.name}` },
      ledger,
      deps,
    ),
  );
  // Whatever happened, what was live goes back, unless the rollback was refused before it changed anything.
  if (back.created) {
    await step('roll forward', plan.live.label, () =>
      // force: the rehearsal's own rollback deployment names the live commit as rolled back, and a
      // forced deploy that succeeds lifts that record (the rolled-back release is never marked).
      runDeployment({ ...common, ref: plan.live.release?.name ?? plan.live.sha, version: plan.live.release?.name, autoRollback: false, force: true }, deps),
    );
  }

  const slow = steps.filter((each) => each.ok && each.ms > request.maxRestoreMs);
  const failed = steps.filter((each) => !each.ok);
  const forward = steps.find((each) => each.name === 'roll forward');
  let message: string;
  if (failed.length > 0) {
    const left = !back.created ? `${environment} was not changed` : forward?.ok ? `${environment} runs ${plan.live.label} again` : `${environment} could NOT be put back on ${plan.live.label}; deploy it by hand`;
    message = `The rollback rehearsal on ${environment} failed at "${failed[0].name}" (${failed[0].message.replace(/\.$/, '')}); ${left}.`;
  } else if (slow.length > 0) {
    message = `The rollback rehearsal on ${environment} took longer than the ${durationText(request.maxRestoreMs)} allowed to ${slow.map((each) => each.name).join(' and ')} (${slow.map((each) => durationText(each.ms)).join(' and ')}); ${environment} runs ${plan.live.label} again.`;
  } else {
    message = `Rolled ${environment} back to ${plan.target.label} and forward to ${plan.live.label}, each verified within the time allowed.`;
  }
  return { ...base, status: failed.length === 0 && slow.length === 0 ? 'success' : 'failure', steps, message };
}
