import { pathPatterns, type PathPatterns } from '../lib/globs.js';

/**
 * The rollback's path patterns (migration-paths, workflow files) are shipgate's one path-pattern
 * syntax (src/lib/globs.ts, picomatch): braces, negation, `**` and dot files mean here what they
 * mean in coverage `exclude`.
 */
export type GlobSet = PathPatterns;

export function globSet(patterns: readonly string[]): GlobSet {
  return pathPatterns(patterns);
}
