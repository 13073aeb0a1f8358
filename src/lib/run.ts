import * as core from '@actions/core';
import { describeBug, isUserError } from './errors.js';

/**
 * The one wrapper every action runs in: a user error becomes `setFailed` with its one sentence
 * (no stack trace); anything else is a bug and is reported with its stack and cause.
 */
export async function runAction(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (isUserError(error)) {
      core.setFailed(error.message);
    } else {
      core.setFailed(`shipgate hit an unexpected error (a bug; please report it with this log):\n${describeBug(error)}`);
    }
  }
}
