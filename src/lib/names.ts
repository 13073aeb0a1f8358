/**
 * Names that GitHub or git will store, checked by their rules before anything is sent, so a bad
 * name is refused in one sentence that says which rule it breaks (not by an API error later, or
 * worse, stored as something the user did not mean).
 */

/** Control characters: C0, DEL and C1 (a newline in a name would also start a new log line). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Why `name` is not a valid git ref name (the rules of `git check-ref-format`), or undefined.
 * Checked on the full ref (refs/tags/<name>), so the answer is what git itself would say.
 */
export function refNameProblem(ref: string): string | undefined {
  const components = ref.split('/');
  if (CONTROL.test(ref)) return 'it contains a control character';
  if (/[ ~^:]/.test(ref)) return `it contains "${/[ ~^:]/.exec(ref)![0]}" (no space, ~, ^ or : in a git ref)`;
  if (/[?*[]/.test(ref)) return `it contains "${/[?*[]/.exec(ref)![0]}" (no ?, * or [ in a git ref)`;
  if (ref.includes('\\')) return 'it contains a backslash';
  if (ref.includes('..')) return 'it contains ".." (two dots in a row)';
  if (ref.includes('@{')) return 'it contains "@{"';
  if (ref === '@') return 'it is "@" alone';
  if (ref.startsWith('/') || ref.endsWith('/')) return 'it starts or ends with "/"';
  if (ref.includes('//')) return 'it contains "//" (an empty path component)';
  if (ref.endsWith('.')) return 'it ends with "."';
  const dotted = components.find((part) => part.startsWith('.'));
  if (dotted !== undefined) return `its component "${dotted}" starts with "."`;
  const locked = components.find((part) => part.endsWith('.lock'));
  if (locked !== undefined) return `its component "${locked}" ends with ".lock"`;
  return undefined;
}

/**
 * Why `prefix` cannot start release tag names, or undefined. The tag is `<prefix><version>`,
 * so the check is on a real tag built from it; shipgate adds two rules of its own: `git tag`
 * refuses a name starting with "-", and a prefix starting with "refs/" would make tags whose
 * names look like full ref names (refs/tags/refs/heads/1.0.0), which is never what is meant.
 */
export function tagPrefixProblem(prefix: string): string | undefined {
  if (prefix.startsWith('-')) return 'a tag name cannot start with "-"';
  if (/^refs\//i.test(prefix)) return 'it starts with "refs/": give the tag name\'s own prefix, such as v or releases/v';
  const problem = refNameProblem(`refs/tags/${prefix}1.0.0`);
  return problem && `the tag names it makes (like ${JSON.stringify(`${prefix}1.0.0`)}) are not valid git refs: ${problem}`;
}

/** GitHub's limit on environment names (its docs: "may not exceed 255 characters"). */
export const MAX_ENVIRONMENT_NAME = 255;

/** Why `name` is not an environment name GitHub accepts, or undefined. */
export function environmentNameProblem(name: string): string | undefined {
  if (CONTROL.test(name)) return 'it contains a control character (such as a line break)';
  const length = [...name].length;
  if (length > MAX_ENVIRONMENT_NAME) return `it has ${length} characters and GitHub allows at most ${MAX_ENVIRONMENT_NAME}`;
  return undefined;
}
