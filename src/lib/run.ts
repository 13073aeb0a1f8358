import * as core from '@actions/core';
import { describeBug, isUserError } from './errors.js';
import type { Logger } from './logger.js';

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

/** The runner's log as a domain Logger. */
export const runnerLogger: Logger = {
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
  group: (title, run) => core.group(title, run),
};
