/**
 * User text (environment names, versions, commit subjects, reasons, file paths, messages) in
 * GitHub-flavoured markdown: job summaries, comments, check runs, issues and release notes.
 * One set of rules for all of them, so text reads the same everywhere and can do nothing else:
 *
 * - it never @-mentions anyone: GitHub links (and notifies) `@login` and `@org/team` in rendered
 *   text, and a backslash does not stop it, so a zero-width joiner (U+200D) goes after the `@`;
 *   the text still reads "@alice";
 * - it never becomes HTML: `<` and `>` are written as entities, so `<img ...>` shows as text and
 *   `<!--` / `-->` can neither open nor close an HTML comment (which would hide the rest of the
 *   page, or end shipgate's own machine-readable comment);
 * - it never breaks a table or a line: a line break becomes a space, `|` an entity, and the
 *   emphasis, link and code characters are escaped, so a backtick or a `](` cannot change what
 *   follows.
 */

const MENTION = /@(?=[A-Za-z0-9])/g;
const ZWJ = '\u200d';
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/g;

/** Plain user text as inline markdown that renders as exactly that text. */
export function markdownText(text: string): string {
  return (
    text
      .replace(LINE_BREAK, ' ')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/\|/g, '&#124;')
      // Markdown's own punctuation: emphasis, code, links, images, strikethrough, escapes.
      .replace(/[\\`*_[\]~]/g, (char) => `\\${char}`)
      // At the start of a line it could open a heading or a list, or underline the line before.
      .replace(/^(#{1,6}|[+-])(?=\s|$)/, '\\$1')
      .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
      .replace(/^([=-])(?=[=-]*\s*$)/, '\\$1')
      .replace(MENTION, `@${ZWJ}`)
  );
}

/**
 * User text as a code span (versions, refs, file paths, commands). Inside a code span GitHub
 * renders HTML and mentions as text, and the fence is longer than any run of backticks in the
 * text, so it cannot be closed early; a line break becomes a space. Text with a `|` is given as
 * markdownText instead: a pipe splits a table cell even inside a code span, and its escape
 * (`\|`) would show as typed outside a table, so no code span is right in both places.
 */
export function codeSpan(text: string): string {
  const flat = text.replace(LINE_BREAK, ' ');
  if (flat === '' || flat.includes('|')) return markdownText(text);
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  // CommonMark strips one space on each side of a span's content: pad when it starts or ends
  // with a backtick (needed) or a space (kept as given).
  const pad = /^[` ]|[` ]$/.test(flat) ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}
