// Render a job summary (markdown with the HTML that summary builders emit) readably in a terminal.
/** @type {Record<string, string>} */
const entities = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' };
/** @param {string} text */
const decode = (text) => text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (m) => entities[m] ?? m);
/** @param {string} text */
const stripTags = (text) => decode(text.replace(/<br\s*\/?>/g, ' ').replace(/<[^>]+>/g, ''));

/** @param {string} text */
const bold = (text) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[0m` : text);
/** @param {string} text */
const dim = (text) => (process.stdout.isTTY ? `\x1b[2m${text}\x1b[0m` : text);

/** Split text into lines of at most `width` characters at spaces; a longer word stays whole (never cut). */
/**
 * @param {string} text
 * @param {number} width
 */
function wrap(text, width) {
  const lines = [];
  let current = '';
  for (const word of text.split(' ')) {
    if (current && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  lines.push(current);
  return lines;
}

/**
 * A table sized to the terminal: columns keep their natural width when the table fits, and the
 * widest columns are narrowed and their cells wrapped onto more lines when it does not. A cell is
 * never cut: a column is never narrower than its longest word.
 * @param {string[][]} rows
 * @param {number} columnsAvailable
 */
function renderTable(rows, columnsAvailable) {
  const available = Math.max(40, columnsAvailable);
  const columns = Math.max(...rows.map((row) => row.length));
  const natural = Array.from({ length: columns }, (_, i) => Math.max(0, ...rows.map((row) => (row[i] ?? '').length)));
  const floor = Array.from({ length: columns }, (_, i) => Math.max(1, ...rows.flatMap((row) => (row[i] ?? '').split(' ').map((word) => word.length))));
  const widths = [...natural];
  const total = () => widths.reduce((sum, width) => sum + width, 0) + 2 * (columns - 1);
  while (total() > available) {
    const widest = widths.reduce((best, width, i) => (width - floor[i] > widths[best] - floor[best] ? i : best), 0);
    if (widths[widest] <= floor[widest]) break;
    widths[widest] -= 1;
  }
  const out = [];
  for (const [index, row] of rows.entries()) {
    const cells = widths.map((width, i) => wrap(row[i] ?? '', width));
    const height = Math.max(...cells.map((lines) => lines.length));
    for (let line = 0; line < height; line++) {
      const text = cells.map((lines, i) => (lines[line] ?? '').padEnd(widths[i])).join('  ').trimEnd();
      out.push(index === 0 ? bold(text) : text);
    }
  }
  return out.join('\n');
}

/**
 * A Mermaid xychart (bars and lines per label) drawn as text: one line per label.
 * @param {string} source
 */
function renderChart(source) {
  /** @type {string[]} the x-axis labels, a JSON array in the chart source */
  const labels = JSON.parse(/x-axis (\[.*\])/.exec(source)?.[1] ?? '[]');
  const title = /title "([^"]*)"/.exec(source)?.[1] ?? '';
  const series = [...source.matchAll(/^\s*(bar|line) \[([^\]]*)\]/gm)].map((match) => ({ kind: match[1], values: match[2].split(',').map(Number) }));
  const bars = series.filter((each) => each.kind === 'bar');
  const lines = series.filter((each) => each.kind === 'line');
  const top = Math.max(1, ...bars.flatMap((each) => each.values));
  const width = Math.max(...labels.map((label) => label.length));
  const rows = labels.map((label, i) => {
    const bar = bars.map((each) => `${'█'.repeat(Math.round((each.values[i] / top) * 30))} ${each.values[i]}`).join(' ');
    return `${label.padEnd(width)} │${bar}${lines.length ? `   (${lines.map((each) => each.values[i]).join(', ')})` : ''}`;
  });
  return [dim(title), ...rows].join('\n');
}

/** @param {string} text @param {{ columns?: number }} [options] the width to fit (default: the terminal's, less the demo's indent) */
export function renderSummary(text, options = {}) {
  const columns = options.columns ?? (process.stdout.columns || 140) - 5;
  let out = text;
  out = out.replace(/```mermaid\n([\s\S]*?)```/g, (_, source) => (/^xychart/.test(source.trim()) ? renderChart(source) : source));
  // A layout table (cells of markdown, blank lines around them): its cells one after the other.
  out = out.replace(/<table><tr><td>\n([\s\S]*?)<\/td><\/tr><\/table>/g, (_, body) => body.split('</td><td>').join('\n'));
  out = out.replace(/<table>([\s\S]*?)<\/table>/g, (_, body) => {
    const rows = [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) => [...row[1].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => stripTags(cell[1]).trim()));
    return `\n${renderTable(rows, columns)}\n`;
  });
  out = out.replace(/<h(\d)>([\s\S]*?)<\/h\d>/g, (_, _level, title) => `\n${bold(stripTags(title))}\n`);
  out = out.replace(/<details><summary>([\s\S]*?)<\/summary>([\s\S]*?)<\/details>/g, (_, label, body) => `${dim(`▸ ${stripTags(label)}`)}\n${body}`);
  out = out.replace(/<li>([\s\S]*?)<\/li>/g, (_, item) => `  • ${stripTags(item)}\n`);
  // Markdown tables: drop the separator row, align the rest.
  out = out.replace(/((?:^\|.*\|[ \t]*$\n?)+)/gm, (block) => {
    const rows = block
      .trim()
      .split('\n')
      .filter((row) => !/^\|[\s:|-]+\|$/.test(row.trim()))
      .map((row) => row.trim().slice(1, -1).split(/(?<!\\)\|/).map((cell) => stripTags(cell.replace(/\*\*|`/g, '').replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')).trim()));
    return `${renderTable(rows, columns)}\n`;
  });
  out = out.replace(/^#{1,6} (.*)$/gm, (_, title) => bold(title));
  out = out.replace(/\*\*([^*]+)\*\*/g, (_, t) => bold(t));
  out = out.replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)');
  out = stripTags(out.replace(/<!--[\s\S]*?-->/g, ''));
  return out.replace(/\n{3,}/g, '\n\n').trim();
}

export const style = { bold, dim };
