/**
 * A commit for people: the first 7 hex digits of a full sha (as GitHub shows it); anything else
 * (a tag, a branch, an already short sha) is returned as it is, so refs can be passed too.
 */
export function shortSha(shaOrRef: string): string {
  return /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(shaOrRef) ? shaOrRef.slice(0, 7) : shaOrRef;
}
