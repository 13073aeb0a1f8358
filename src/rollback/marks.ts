import type { GitHub } from '../github/client.js';
import type { RepoRef } from '../lib/repo.js';
import { getDeployment, type Deployment } from '../github/deployments.js';
import type { Release } from '../github/releases.js';
import { isShipgate, type DeploymentLedger } from '../deploy/ledger.js';
import { parseMarks, type RollbackMark } from '../release/rolled-back.js';

/**
 * A release's rolled-back marks, counted only when the record shipgate wrote confirms them.
 * Anyone who can edit a release (or write a commit message that ends up in generated notes) can
 * write the marker comment, so the comment is only a pointer: it counts when the deployment it
 * names is a shipgate rollback (task and payload as shipgate writes them) of this very release in
 * the mark's environment. The rollback deployment is what the action writes and nobody edits
 * (deployments cannot be changed once created). A mark of the environment being rolled back is
 * answered from the ledger's pages; a mark of another environment costs one request.
 */
export async function confirmedMarks(
  github: GitHub,
  repo: RepoRef,
  release: Pick<Release, 'tag_name' | 'body'> | undefined,
  ledger: DeploymentLedger,
): Promise<RollbackMark[]> {
  const confirmed: RollbackMark[] = [];
  for (const mark of parseMarks(release?.body)) {
    if (!release || typeof mark.deployment !== 'number') continue;
    const deployment = ledger.known(mark.deployment) ?? (await getDeployment(github, repo, mark.deployment));
    if (deployment && confirms(deployment, mark, release.tag_name)) confirmed.push(mark);
  }
  return confirmed;
}

const confirms = (deployment: Deployment, mark: RollbackMark, tag: string): boolean =>
  isShipgate(deployment) &&
  deployment.payload.mode === 'rollback' &&
  deployment.environment === mark.environment &&
  deployment.payload.rolled_back?.version === tag &&
  (mark.sha === undefined || deployment.payload.rolled_back?.sha === mark.sha);
