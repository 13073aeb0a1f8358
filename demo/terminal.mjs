// Render a job summary (markdown with the HTML that summary builders emit) readably in a terminal.
const entities = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' };
const decode = (text) => text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (m) => entities[m]);
const stripTags = (text) => decode(text.replace(/<br\s*\/?>/g, ' ').replace(/<[^>]+>/g, ''));

const bold = (text) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[0m` : text);
const dim = (text) => (process.stdout.isTTY ? `\x1b[2m${text}\x1b[0m` : text);

function renderTable(rows) {
  const widths = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.min(60, Math.max(widths[i] ?? 0, cell.length))));
  const line = (row) => row.map((cell, i) => (cell.length > 60 ? `${cell.slice(0, 57)}...` : cell).padEnd(widths[i])).join('  ');
  return rows.map((row, i) => (i === 0 ? bold(line(row)) : line(row))).join('\n');
}

export function renderSummary(text) {
  let out = text;
  out = out.replace(/<table>([\s\S]*?)<\/table>/g, (_, body) => {
    const rows = [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) => [...row[1].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => stripTags(cell[1]).trim()));
    return `\n${renderTable(rows)}\n`;
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
    return `${renderTable(rows)}\n`;
  });
  out = out.replace(/^#{1,6} (.*)$/gm, (_, title) => bold(title));
  out = out.replace(/\*\*([^*]+)\*\*/g, (_, t) => bold(t));
  out = out.replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)');
  out = stripTags(out.replace(/<!--[\s\S]*?-->/g, ''));
  return out.replace(/\n{3,}/g, '\n\n').trim();
}

export const style = { bold, dim };
