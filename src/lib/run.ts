import { describeBug, isUserError } from './errors.js';

/**
 * The one wrapper every action runs in: a user error becomes `setFailed` with its one sentence
 * (no stack trace); anything else is a bug and is reported with its stack and cause.
 *
 * @actions/core is loaded here only when there is a failure to report: an action's entry sends
 * its first requests before loading the runner's protocol (src/entry.ts says why).
 */
export async function runAction(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    const core = await import('@actions/core');
    if (isUserError(error)) {
      core.setFailed(error.message);
    } else {
      core.setFailed(`shipgate hit an unexpected error (a bug; please report it with this log):\n${describeBug(error)}`);
    }
  }
}
