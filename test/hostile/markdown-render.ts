// Renders markdown as CommonMark with GitHub's tables (markdown-it, raw HTML on as on GitHub)
// and reports what a reader would get: the text, and anything that is not plain text.
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: true, linkify: false });

/** Every non-text construct and the text of a markdown fragment's inline content. */
export function renderInline(markdown: string): { text: string; code: string[]; constructs: string[]; mentions: string[] } {
  const constructs: string[] = [];
  const code: string[] = [];
  let text = '';
  for (const token of md.parse(markdown, {})) {
    if (token.type === 'inline') {
      for (const child of token.children ?? []) {
        if (child.type === 'text') text += child.content;
        else if (child.type === 'code_inline') {
          text += child.content;
          code.push(child.content);
        } else if (child.type === 'softbreak' || child.type === 'hardbreak') constructs.push(child.type);
        else constructs.push(child.type);
      }
    } else if (!['paragraph_open', 'paragraph_close'].includes(token.type)) constructs.push(token.type);
  }
  // GitHub links @login and @org/team in text (not in code) after a non-word character.
  const plain = text.replace(new RegExp(code.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') || '(?!)', 'g'), '');
  const mentions = [...plain.matchAll(/(?:^|[^A-Za-z0-9`])@([A-Za-z0-9][A-Za-z0-9-]*)/g)].map((m) => m[1]);
  return { text, code, constructs, mentions };
}

/** The cells of the body row of a two-column table whose second cell is `cell`. */
export function renderCell(cell: string): { cells: number; inline: ReturnType<typeof renderInline> } {
  const tokens = md.parse(`| Name | Value |\n| --- | --- |\n| x | ${cell} |\n`, {});
  const body = tokens.findIndex((token) => token.type === 'tbody_open');
  const cells = tokens.slice(body).filter((token) => token.type === 'td_open').length;
  const inlines = tokens.slice(body).filter((token) => token.type === 'inline');
  const last = inlines.at(-1)?.content ?? '';
  return { cells, inline: renderInline(last) };
}

/** For each table of a document: the number of cells of each row (the header first). */
export function tableShapes(markdown: string): number[][] {
  const tables: number[][] = [];
  let row = 0;
  for (const token of md.parse(markdown, {})) {
    if (token.type === 'table_open') tables.push([]);
    else if (token.type === 'tr_open') row = 0;
    else if (token.type === 'th_open' || token.type === 'td_open') row += 1;
    else if (token.type === 'tr_close') tables.at(-1)!.push(row);
  }
  return tables;
}

/** The raw HTML a document contains (blocks and inline tags), as GitHub would pass it on. */
export function htmlIn(markdown: string): string[] {
  const found: string[] = [];
  const walk = (tokens: ReturnType<typeof md.parse>) => {
    for (const token of tokens) {
      if (token.type === 'html_block' || token.type === 'html_inline') found.push(token.content.trim());
      if (token.children) walk(token.children);
    }
  };
  walk(md.parse(markdown, {}));
  return found;
}

/** @-mentions GitHub would link in a document's text (not in code). */
export function mentionsIn(markdown: string): string[] {
  const found: string[] = [];
  const walk = (tokens: ReturnType<typeof md.parse>) => {
    for (const token of tokens) {
      if (token.type === 'text') found.push(...[...token.content.matchAll(/(?:^|[^A-Za-z0-9`])@([A-Za-z0-9][A-Za-z0-9-]*(?:\/[A-Za-z0-9][A-Za-z0-9_-]*)?)/g)].map((m) => m[1]));
      if (token.children) walk(token.children);
    }
  };
  walk(md.parse(markdown, {}));
  return found;
}

/** The targets of the links and images of a document. */
export function linksIn(markdown: string): string[] {
  const found: string[] = [];
  const walk = (tokens: ReturnType<typeof md.parse>) => {
    for (const token of tokens) {
      if (token.type === 'link_open' || token.type === 'image') found.push(String(token.attrGet('href') ?? token.attrGet('src') ?? ''));
      if (token.children) walk(token.children);
    }
  };
  walk(md.parse(markdown, {}));
  return found;
}
