/**
 * Names shipgate gives its records on GitHub, in a module of their own so that an action's entry
 * can name its first reads (early-reads.ts) without loading the code that uses them.
 */

/**
 * The `task` of every deployment shipgate creates. GitHub creates a deployment of its own (task
 * `deploy`, empty payload) for every job that declares `environment:`, with no opt-out; the task
 * tells them apart, so only shipgate's deployments count as live, running or rolled back, and a
 * list can ask for them alone (`GET /deployments?task=`).
 */
export const SHIPGATE_TASK = 'deploy:shipgate';

/** Deployments per page when the ledger reads an environment's history (GitHub's most). */
export const DEPLOYMENTS_PER_PAGE = 100;

/** The ref whose tree holds coverage-gate's snapshots. */
export const SNAPSHOT_REF = 'refs/shipgate/coverage';

/** Tags per page when release lists the tags under its prefix (GitHub's most). */
export const TAGS_PER_PAGE = 100;
