/** Small text helpers shared by the verdict and the renderers. */

const MAX_PATH = 160;

/** A path as a markdown code span, shortened in the middle when very long. */
export function code(path: string): string {
  const clean = path.replace(/[\r\n\t]/g, ' ');
  const shown = clean.length > MAX_PATH ? `${clean.slice(0, 60)}…${clean.slice(-(MAX_PATH - 61))}` : clean;
  // A fence longer than any run of backticks in the path keeps the span closed.
  const longest = Math.max(0, ...(shown.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = shown.startsWith('`') || shown.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${shown}${pad}${fence}`;
}

/** A cell of a markdown table: pipes escaped, no line breaks. */
export function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return count === 1 ? one : many;
}

/** "a, b and c" with at most `max` items, then "and N more". */
export function listText(items: readonly string[], max: number, separator = ', '): string {
  if (items.length <= max) return items.length > 1 ? `${items.slice(0, -1).join(separator)} and ${items[items.length - 1]}` : (items[0] ?? '');
  return `${items.slice(0, max).join(separator)} and ${items.length - max} more`;
}
