import { codeSpan } from '../../lib/markdown.js';

/** Small text helpers shared by the verdict and the renderers. */

const MAX_PATH = 160;

/** A path as markdown code (the shared escaper), shortened in the middle when very long. */
export function code(path: string): string {
  const clean = path.replace(/[\r\n\t]/g, ' ');
  return codeSpan(clean.length > MAX_PATH ? `${clean.slice(0, 60)}…${clean.slice(-(MAX_PATH - 61))}` : clean);
}

/** "a, b and c" with at most `max` items, then "and N more". */
export function listText(items: readonly string[], max: number, separator = ', '): string {
  if (items.length <= max) return items.length > 1 ? `${items.slice(0, -1).join(separator)} and ${items[items.length - 1]}` : (items[0] ?? '');
  return `${items.slice(0, max).join(separator)} and ${items.length - max} more`;
}
