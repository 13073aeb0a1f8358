import type { GitHub } from '../github/client.js';
import type { RepoRef } from '../lib/repo.js';
import { parseReleaseTag } from '../release/semver.js';
import { listReleaseTags, locateRelease } from '../release/tags.js';
import { tagOf } from './preflight.js';
import type { Logger } from '../lib/logger.js';

/**
 * The version of what is deployed: the release tag the ref names, else the release tag (the
 * prefix and a semantic version) on the deployed commit. Deploy scripts pick artifacts by it
 * (SHIPGATE_VERSION), so a commit deployed by sha or by branch still gets its version. Found as
 * the rollback finds the live release: the release tags by version (one listing), then the
 * commit located among them by a bounded number of comparisons (src/release/tags.ts).
 */
export async function releaseVersionOf(
  github: GitHub,
  repo: RepoRef,
  args: { ref: string; sha: string | Promise<string>; prefix: string; logger: Logger },
): Promise<string> {
  // What users wait for is round trips: the tag listing goes out with the tag lookup (and with
  // whatever resolves the sha) unless the ref looks like a release tag, which it then usually is.
  const listing = () => listReleaseTags(github, repo, args.prefix);
  const early = parseReleaseTag(args.ref.replace(/^refs\/tags\//, ''), args.prefix) ? undefined : listing();
  early?.catch(() => undefined); // awaited below when needed; a tag named by the ref makes it moot
  const named = await tagOf(github, repo, args.ref);
  if (named) return named;
  const { tags } = await (early ?? listing());
  if (tags.length === 0) return '';
  const located = await locateRelease(github, repo, await args.sha, tags, { wantPrevious: false, log: args.logger.info });
  const name = located.onCommit?.name ?? '';
  return name && parseReleaseTag(name, args.prefix) ? name : '';
}
