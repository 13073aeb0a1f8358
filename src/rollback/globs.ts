/**
 * Path globs as in .gitignore-style tools: `*` and `?` stay within a path segment, `**` spans
 * segments (`**\/` may match none), a trailing `/` means everything below, a pattern without a
 * slash matches a file name at any depth (`*.sql`), and a leading `/` anchors at the root.
 */
export function globToRegExp(glob: string): RegExp {
  let pattern = glob.trim();
  if (pattern.endsWith('/')) pattern += '**';
  const anchored = pattern.startsWith('/');
  if (anchored) pattern = pattern.slice(1);
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '*' && pattern[i + 1] === '*') {
      const slashAfter = pattern[i + 2] === '/';
      const atSegmentStart = i === 0 || pattern[i - 1] === '/';
      if (atSegmentStart && slashAfter) {
        source += '(?:.*/)?';
        i += 2;
      } else if (atSegmentStart && i + 2 === pattern.length) {
        source = source.endsWith('/') ? `${source.slice(0, -1)}(?:/.*)?` : '.*';
        i += 1;
      } else {
        source += '.*';
        i += 1;
      }
    } else if (char === '*') {
      source += '[^/]*';
    } else if (char === '?') {
      source += '[^/]';
    } else {
      source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
  }
  const prefix = !anchored && !pattern.includes('/') ? '(?:.*/)?' : '';
  return new RegExp(`^${prefix}${source}$`);
}

export interface GlobSet {
  /** The first pattern a path matches, or undefined. */
  match(path: string): string | undefined;
}

export function globSet(patterns: readonly string[]): GlobSet {
  const compiled = patterns.filter((pattern) => pattern.trim()).map((pattern) => ({ pattern, regex: globToRegExp(pattern) }));
  return { match: (path) => compiled.find((entry) => entry.regex.test(path))?.pattern };
}
