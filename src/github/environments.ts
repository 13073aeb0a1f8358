import { UserError } from '../lib/errors.js';
import { httpStatus, toApiError, type GitHub } from './client.js';
import type { Repo } from './issues.js';

/** What an environment's protection rules say about who must approve a job that uses it. */
export interface EnvironmentProtection {
  name: string;
  /** Required reviewers as names: logins, and org/team slugs for teams. */
  reviewers: string[];
  preventSelfReview: boolean;
  waitTimerMinutes: number;
}

/**
 * Read an environment's protection rules; undefined when the environment does not exist (GitHub
 * answers 404 and creates it, with no rules, when a job first uses it). Reading needs
 * `actions: read` in the job's permissions: a 403 says so in one sentence.
 */
export async function readEnvironmentProtection(github: GitHub, repo: Repo, name: string): Promise<EnvironmentProtection | undefined> {
  try {
    const { data } = await github.rest.repos.getEnvironment({ ...repo, environment_name: name });
    const protection: EnvironmentProtection = { name: data.name, reviewers: [], preventSelfReview: false, waitTimerMinutes: 0 };
    for (const rule of data.protection_rules ?? []) {
      if (rule.type === 'wait_timer' && 'wait_timer' in rule) protection.waitTimerMinutes = rule.wait_timer ?? 0;
      if (rule.type !== 'required_reviewers' || !('reviewers' in rule)) continue;
      protection.preventSelfReview = ('prevent_self_review' in rule && rule.prevent_self_review) || false;
      for (const { reviewer } of rule.reviewers ?? []) {
        if (!reviewer) continue;
        if ('login' in reviewer) protection.reviewers.push(reviewer.login);
        else if ('slug' in reviewer) protection.reviewers.push(`${repo.owner}/${reviewer.slug}`);
      }
    }
    return protection;
  } catch (error) {
    const status = httpStatus(error);
    if (status === 404) return undefined;
    if (status === 401 || status === 403) {
      throw new UserError(`The github-token may not read environment "${name}" (HTTP ${status}); give the job "actions: read" in its permissions.`);
    }
    throw toApiError(`read the protection rules of environment "${name}"`, error);
  }
}
