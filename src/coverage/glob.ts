/**
 * Globs on POSIX paths, for `exclude` and `reports`: `*` and `?` stay within one path segment,
 * `**` spans any number of segments, `[abc]`/`[!abc]` classes and `{a,b}` alternatives work.
 * In exclude lists a pattern without a slash matches at any depth (like .gitignore), a pattern
 * that names a directory excludes everything under it, and `!pattern` takes paths back.
 */

/** Expand `{a,b}` alternatives (nested allowed) into plain patterns. */
export function expandBraces(pattern: string): string[] {
  let depth = 0;
  let open = -1;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '{' && depth++ === 0) open = i;
    else if (c === '}' && depth > 0 && --depth === 0) {
      const body = pattern.slice(open + 1, i);
      const alternatives = splitTopLevel(body);
      if (alternatives.length < 2) continue;
      const before = pattern.slice(0, open);
      const after = pattern.slice(i + 1);
      return alternatives.flatMap((alternative) => expandBraces(before + alternative + after));
    }
  }
  return [pattern];
}

function splitTopLevel(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

export function hasMagic(segment: string): boolean {
  return /[*?[]/.test(segment);
}

/** The regular expression source of one path segment (no slashes). */
function segmentSource(segment: string): string {
  let source = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '*') {
      source += '[^/]*';
      while (segment[i + 1] === '*') i++;
    } else if (c === '?') source += '[^/]';
    else if (c === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close < 0) source += '\\[';
      else {
        let body = segment.slice(i + 1, close);
        if (body[0] === '!') body = `^${body.slice(1)}`;
        source += `[${body.replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else if (c === '\\' && i + 1 < segment.length) source += `\\${segment[++i]}`;
    else source += c.replace(/[.+^${}()|\]\\/]/g, '\\$&');
  }
  return source;
}

/** A regular expression for one segment, for walking directories. */
export function segmentToRegExp(segment: string): RegExp {
  return new RegExp(`^${segmentSource(segment)}$`);
}

/** Split a normalized glob into segments (leading "./" and repeated slashes dropped). */
export function globSegments(pattern: string): string[] {
  return pattern
    .replace(/\\(?![*?[\]{}!])/g, '/')
    .replace(/^(\.\/)+/, '')
    .split('/')
    .filter((segment, index) => segment !== '' || index === 0)
    .filter((segment) => segment !== '.');
}

/** A regular expression matching whole POSIX paths against a glob (braces must be expanded). */
export function globToRegExp(pattern: string): RegExp {
  const segments = globSegments(pattern);
  let source = '';
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1;
    if (segment === '**') source += last ? '.*' : '(?:[^/]*/)*';
    else source += segmentSource(segment) + (last ? '' : '/');
  });
  return new RegExp(`^${source}$`);
}

/**
 * A predicate for exclude lists: true when the path (or a directory above it) matches the last
 * pattern that applies, and that pattern is not a `!` negation.
 */
export function createPathMatcher(patterns: readonly string[]): (path: string) => boolean {
  const rules = patterns
    .map((raw) => raw.trim())
    .filter(Boolean)
    .map((raw) => {
      const negated = raw.startsWith('!');
      let pattern = (negated ? raw.slice(1) : raw).replace(/\/+$/, '').replace(/^(\.\/)+/, '');
      if (pattern.startsWith('/')) pattern = pattern.slice(1);
      else if (!pattern.includes('/')) pattern = `**/${pattern}`;
      return { negated, expressions: expandBraces(pattern).map(globToRegExp) };
    });
  if (rules.length === 0) return () => false;
  return (path: string) => {
    const candidates = [path];
    for (let slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) candidates.push(path.slice(0, slash));
    let excluded = false;
    for (const rule of rules) {
      if (rule.negated === excluded && rule.expressions.some((expression) => candidates.some((candidate) => expression.test(candidate)))) {
        excluded = !rule.negated;
      }
    }
    return excluded;
  };
}
