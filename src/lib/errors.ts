import { inspect } from 'node:util';

/**
 * Two kinds of failure: a UserError is something the user can fix
 * (bad input, threshold not met, missing tag) and is reported as one sentence without a stack;
 * anything else is a bug and keeps its stack and cause.
 */
export class UserError extends Error {
  override name = 'UserError';
}

/** An API call that still failed after retries; names the operation that failed. */
export class ApiError extends UserError {
  override name = 'ApiError';
  constructor(
    readonly operation: string,
    readonly status: number | undefined,
    detail: string,
    options?: ErrorOptions,
  ) {
    super(`GitHub API request failed while trying to ${operation}${status ? ` (HTTP ${status})` : ''}: ${detail}`, options);
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

/** Describe anything that was thrown, Error or not, keeping the stack and cause of bugs. */
export function describeBug(error: unknown): string {
  if (error instanceof Error) {
    let text = error.stack ?? `${error.name}: ${error.message}`;
    let cause: unknown = error.cause;
    for (let depth = 0; cause !== undefined && depth < 5; depth++) {
      text += `\nCaused by: ${cause instanceof Error ? (cause.stack ?? cause.message) : describeValue(cause)}`;
      cause = cause instanceof Error ? cause.cause : undefined;
    }
    return text;
  }
  return `A non-Error value was thrown: ${describeValue(error)}`;
}

/** A thrown value that is not an Error, as text: JSON where it can be (String() of an object says "[object Object]"). */
function describeValue(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? inspect(value);
  } catch {
    return inspect(value); // a cycle or a BigInt
  }
}
