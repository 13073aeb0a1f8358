import picomatch from 'picomatch';

/**
 * The one meaning of a path pattern in shipgate (coverage `exclude`, rollback `migration-paths`,
 * coverage `reports`): picomatch globs — `*` and `?` within a segment, `**` across segments,
 * `{a,b}` alternatives, `[abc]`/`[!abc]` classes — with .gitignore-style rules on top:
 * - a pattern without a slash matches at any depth (`*.sql`, `generated`);
 * - a leading `/` anchors at the repository root, a leading `./` is dropped;
 * - a pattern that matches a directory matches everything under it (`db/`, `src/generated`);
 * - `!pattern` takes paths back; the last pattern that applies decides.
 * Paths are POSIX repository paths; dot files and folders match like any other (`db/**` covers
 * `db/.keep`): a safety check or an exclude list that skipped them would silently miss files.
 */

/**
 * picomatch options. `posix: true` because picomatch 4.0.7 reads `[!abc]` as a class containing
 * "!" unless it is set (micromatch/picomatch#187, fixed upstream by #196 after 4.0.7).
 */
export const GLOB_OPTIONS: picomatch.PicomatchOptions = { dot: true, posix: true };

export interface PathPatterns {
  /** The pattern (as the user wrote it) that decides that the path is in, or undefined. */
  match(path: string): string | undefined;
}

interface Rule {
  pattern: string;
  negated: boolean;
  test: (path: string) => boolean;
}

/**
 * picomatch reads a bare `(...)` as a regular-expression group, so `app/(auth)/**` (a Next.js
 * route group) would match `app/auth/...` and never the real folder. In shipgate's syntax, as in
 * .gitignore, parentheses are literal unless they open an extglob (`@(`, `*(`, `+(`, `?(`, `!(`):
 * escape the others, and the `)` that closes them, before picomatch sees the pattern.
 */
export function literalParentheses(pattern: string): string {
  let out = '';
  const open: boolean[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      out += c + (pattern[++i] ?? '');
    } else if (c === '(') {
      const extglob = i > 0 && '@*+?!'.includes(pattern[i - 1]);
      open.push(extglob);
      out += extglob ? c : '\\(';
    } else if (c === ')') {
      const extglob = open.pop();
      out += extglob === true ? c : '\\)';
    } else out += c;
  }
  return out;
}

function compileRule(raw: string): Rule {
  const negated = raw.startsWith('!');
  let pattern = (negated ? raw.slice(1) : raw).replace(/^(\.\/)+/, '').replace(/\/+$/, '');
  if (pattern.startsWith('/')) pattern = pattern.slice(1);
  else if (!pattern.includes('/')) pattern = `**/${pattern}`;
  return { pattern: raw, negated, test: picomatch(literalParentheses(pattern), GLOB_OPTIONS) };
}

/** Compile a list of patterns (empty ones ignored) into one matcher. */
export function pathPatterns(patterns: readonly string[]): PathPatterns {
  const rules = patterns
    .map((raw) => raw.trim())
    .filter(Boolean)
    .map(compileRule);
  if (rules.length === 0) return { match: () => undefined };
  return {
    match(path: string): string | undefined {
      // The path itself and every directory above it: a pattern naming a directory covers its files.
      const candidates = [path];
      for (let slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) candidates.push(path.slice(0, slash));
      let decided: string | undefined;
      for (const rule of rules) {
        if (rule.negated === (decided === undefined)) continue;
        if (candidates.some((candidate) => rule.test(candidate))) decided = rule.negated ? undefined : rule.pattern;
      }
      return decided;
    },
  };
}
