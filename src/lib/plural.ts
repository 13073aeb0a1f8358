/**
 * Words for a count, said once: `plural` gives the word ("file" or "files", or the `many` form
 * given for words that do not take an s: "fixes", "lines are"), `counted` the count with it.
 */

/** "file" for 1, "files" (or `many`) for any other count. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return count === 1 ? one : many;
}

/** "1 deploy", "3 deploys", "0 fixes" (with `many`). */
export function counted(count: number, one: string, many = `${one}s`): string {
  return `${count} ${plural(count, one, many)}`;
}
