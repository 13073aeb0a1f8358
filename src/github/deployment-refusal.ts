import { UserError } from '../lib/errors.js';
import { errorData, httpStatus } from './client.js';

/**
 * What GitHub's refusal to create a deployment means, in one sentence for the user: 409 when
 * required status checks are not green (or a merge conflict), 422 when the ref or a parameter is
 * invalid. Apart from the request itself (deployments.ts) because it reads GitHub's error shapes.
 */

/** The UserError for a 409 or 422 answer to POST /deployments, or undefined for other failures. */
export function deploymentRefusal(error: unknown, where: string): UserError | undefined {
  const status = httpStatus(error);
  const data = errorData(error);
  const message = data.message ?? (error as Error).message ?? '';
  if (status === 409) {
    const failing = failingContexts(data.errors);
    if (failing.length > 0) {
      return new UserError(`GitHub refused to create the deployment of ${where} because required status checks are not green: ${failing.join(', ')}.`);
    }
    return new UserError(`GitHub refused to create the deployment of ${where} with a conflict: ${message || 'HTTP 409'}.`);
  }
  if (status === 422) {
    const details = (data.errors ?? [])
      .map((entry) => (typeof entry === 'string' ? entry : ((entry as { message?: string }).message ?? JSON.stringify(entry))))
      .filter(Boolean);
    return new UserError(`GitHub refused to create the deployment of ${where} as invalid: ${[message, ...details].filter(Boolean).join('; ')}.`);
  }
  return undefined;
}

/** "ci (failure), lint (pending)" from a 409's errors[].contexts. */
function failingContexts(errors: unknown): string[] {
  const names: string[] = [];
  for (const entry of Array.isArray(errors) ? errors : []) {
    const contexts = (entry as { contexts?: unknown }).contexts;
    for (const context of Array.isArray(contexts) ? contexts : []) {
      const { context: name, state } = context as { context?: string; state?: string };
      if (name && state !== 'success') names.push(state ? `${name} (${state})` : name);
    }
  }
  return names;
}
