import { parseApprovers, startedBy, type ApproverRules } from '../../approval/approvers.js';
import type { ChangeList } from '../../approval/changes.js';
import type { ApprovalSubject } from '../../approval/render.js';
import type { RunContext } from '../../github/context.js';
import type { Inputs } from './inputs.js';

/** What is approved and by whom, from the inputs and the run: the same for the modes that wait and that request. */

/** Who may approve: the listed approvers, how many, and who started the run (who cannot, unless self-approval is allowed). */
export function approverRules(inputs: Inputs, context: RunContext): ApproverRules {
  return {
    ...parseApprovers(inputs.approvers),
    minimumApprovals: inputs['minimum-approvals'],
    allowSelfApproval: inputs['allow-self-approval'],
    startedBy: startedBy(context.actor, context.triggeringActor, context.payload),
  };
}

/** The commit, version and environment the issue asks about, with the changes since the latest release when they were read. */
export function approvalSubject(inputs: Inputs, context: RunContext, changes: ChangeList | undefined): ApprovalSubject {
  return {
    environment: inputs.environment,
    version: inputs.version,
    sha: context.sha,
    repository: `${context.owner}/${context.repo}`,
    serverUrl: context.serverUrl,
    runUrl: context.runUrl,
    workflow: context.workflow,
    details: inputs.body,
    changes,
  };
}
