import type { EnvironmentProtection } from '../github/environments.js';
import { UserError } from '../lib/errors.js';
import { joinNames } from './tally.js';

/**
 * `approval: environment` relies on the environment's required reviewers to hold the deploy job.
 * GitHub creates a missing environment on first use with no protection rules, and required
 * reviewers are not offered on every plan, so without this check such a deploy would run
 * unapproved. A wait timer alone is no human. Returns the sentence the step logs when a human
 * must approve; throws a one-sentence UserError when nobody would be asked.
 */
export function requireEnvironmentReviewers(name: string, protection: EnvironmentProtection | undefined): string {
  const fix = `add required reviewers to it (Settings → Environments → ${name}), or use approval: issue in pipeline.yml (only approval: none ships without a human)`;
  if (!protection) {
    throw new UserError(`Environment "${name}" does not exist, so GitHub would create it without required reviewers and the deploy would run unapproved: ${fix}.`);
  }
  if (protection.reviewers.length === 0) {
    throw new UserError(`Environment "${name}" has no required reviewers, so the deploy would run unapproved: ${fix}.`);
  }
  const self = protection.preventSelfReview ? '; whoever started the run cannot approve it' : '';
  return `Environment "${name}" holds each deploy until one of ${joinNames(protection.reviewers, 'or')} approves it${self}.`;
}
