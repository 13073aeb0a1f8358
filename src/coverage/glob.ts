import { pathPatterns } from '../lib/globs.js';

/**
 * Exclude lists: true when the path (or a directory above it) matches the last pattern that
 * applies and that pattern is not a `!` negation. The glob syntax is shipgate's one path-pattern
 * syntax (src/lib/globs.ts, picomatch).
 */
export function createPathMatcher(patterns: readonly string[]): (path: string) => boolean {
  const compiled = pathPatterns(patterns);
  return (path) => compiled.match(path) !== undefined;
}
