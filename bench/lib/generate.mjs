// Synthetic coverage reports with known totals: lcov (istanbul's record order), Cobertura
// (istanbul's shape: packages → classes → methods + lines) and istanbul's coverage-final.json
// (laid out byte for byte as istanbul-reports' json reporter writes it).
// The generator counts what it writes, so every parser's totals can be checked against it.
// Output is deterministic (a seeded PRNG per file): the same version writes the same bytes.
import { createHash } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';

/** Bump when the output of any generator changes: cached reports of another version are rewritten. */
export const GENERATOR_VERSION = 4;

export const FORMATS = ['lcov', 'cobertura', 'istanbul'];
export const FILE_COUNT = 20_000;
/** Where the reports say the sources were (a GitHub runner's checkout); the repository root. */
export const REPORT_ROOT = '/home/runner/work/app/app';
const ROOT = REPORT_ROOT;
const FLUSH_CHARS = 8 << 20;

/**
 * One generated source file's shape.
 * @typedef {object} SourceFile
 * @property {number} index
 * @property {string} path
 * @property {number[]} lines       executable lines, ascending
 * @property {number[]} lineHits    the hit count of each line in `lines`
 * @property {Array<{ name: string, line: number, end: number, hits: number }>} functions
 * @property {Array<{ line: number, taken: number[] }>} branches  taken: per arm, -1 when the block never ran
 */

/** @typedef {{ files: number, lines: { found: number, hit: number }, branches: { found: number, hit: number } }} Totals  what the generator wrote */
/** @typedef {{ write: (text: string) => void }} Sink */

/**
 * Deterministic PRNG (mulberry32), one stream per source file.
 * @param {number} seed
 */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A hit count: about 18 % zero, mostly small, some large (loops).
 * @param {() => number} random
 */
function hits(random) {
  const r = random();
  if (r < 0.18) return 0;
  if (r < 0.8) return 1 + Math.floor(random() * 12);
  if (r < 0.97) return 10 + Math.floor(random() * 900);
  return 10_000 + Math.floor(random() * 2_000_000);
}

/**
 * Branch arm count: mostly if/else, some switches and logical chains.
 * @param {() => number} random
 */
function arms(random) {
  const r = random();
  return r < 0.75 ? 2 : r < 0.92 ? 3 : 4;
}

const FN_NAMES = ['handleRequest', 'validateInput', 'renderComponent', 'computeTotals', 'resolvePath', 'formatMessage', '(anonymous', 'parseOptions'];

/** @param {number} index */
function relativePath(index) {
  const pkg = String(index % 250).padStart(3, '0');
  const dir = String(Math.floor(index / 250) % 40).padStart(2, '0');
  return `packages/pkg-${pkg}/src/feature-${dir}/module-${String(index).padStart(5, '0')}.ts`;
}

/** The repository paths of the generated source files (what `git ls-files` would list). */
export function trackedPaths(files = FILE_COUNT) {
  return Array.from({ length: files }, (_, index) => relativePath(index));
}

/**
 * The shape of one source file: its executable lines (ascending), functions and branch blocks.
 * `size` is the mean number of executable lines; each file gets 40 %–160 % of it.
 * @param {number} index
 * @param {number} size
 * @returns {SourceFile}
 */
function sourceFile(index, size) {
  const random = prng(index * 2654435761 + 17);
  const count = Math.max(8, Math.round(size * (0.4 + 1.2 * random())));
  /** @type {number[]} */
  const lines = new Array(count);
  /** @type {number[]} */
  const lineHits = new Array(count);
  let line = 1;
  for (let i = 0; i < count; i++) {
    line += random() < 0.7 ? 1 : 1 + Math.floor(random() * 3);
    lines[i] = line;
    lineHits[i] = hits(random);
  }
  /** @type {SourceFile['functions']} */
  const functions = [];
  for (let i = 0; i < count; i += 8 + Math.floor(random() * 8)) {
    const base = FN_NAMES[functions.length % FN_NAMES.length] ?? '';
    const name = base === '(anonymous' ? `(anonymous_${functions.length})` : `${base}${functions.length}`;
    functions.push({ name, line: lines[i], end: lines[Math.min(count - 1, i + 6)], hits: lineHits[i] });
  }
  /** @type {SourceFile['branches']} */
  const branches = [];
  for (let i = 2; i < count; i += 4 + Math.floor(random() * 6)) {
    const n = arms(random);
    /** @type {number[]} */
    const taken = new Array(n);
    const executed = lineHits[i] > 0;
    for (let k = 0; k < n; k++) taken[k] = executed ? (random() < 0.3 ? 0 : 1 + Math.floor(random() * 50)) : -1;
    branches.push({ line: lines[i], taken });
  }
  return { index, path: relativePath(index), lines, lineHits, functions, branches };
}

/**
 * Buffered writer: large string chunks, one writeSync each.
 * @param {string} file
 */
function writer(file) {
  const fd = openSync(file, 'w');
  /** @type {string[]} */
  let parts = [];
  let chars = 0;
  let bytes = 0;
  const flush = () => {
    if (!parts.length) return;
    const chunk = parts.join('');
    bytes += writeSync(fd, chunk);
    parts = [];
    chars = 0;
  };
  return {
    /** @param {string} text */
    write(text) {
      parts.push(text);
      chars += text.length;
      if (chars >= FLUSH_CHARS) flush();
    },
    close() {
      flush();
      closeSync(fd);
      return bytes;
    },
  };
}

/** @returns {Totals} */
function newTotals() {
  return { files: 0, lines: { found: 0, hit: 0 }, branches: { found: 0, hit: 0 } };
}

// ---- lcov ---------------------------------------------------------------------------------

/**
 * @param {SourceFile} file
 * @param {Totals} totals  counted up with what the record holds
 */
function lcovRecord(file, totals) {
  const out = [`TN:\nSF:${ROOT}/${file.path}\n`];
  let fnHit = 0;
  for (const fn of file.functions) out.push(`FN:${fn.line},${fn.name}\n`);
  for (const fn of file.functions) if (fn.hits > 0) fnHit++;
  out.push(`FNF:${file.functions.length}\nFNH:${fnHit}\n`);
  for (const fn of file.functions) out.push(`FNDA:${fn.hits},${fn.name}\n`);
  let lineHit = 0;
  const { lines, lineHits } = file;
  for (let i = 0; i < lines.length; i++) {
    out.push(`DA:${lines[i]},${lineHits[i]}\n`);
    if (lineHits[i] > 0) lineHit++;
  }
  out.push(`LF:${lines.length}\nLH:${lineHit}\n`);
  let brFound = 0;
  let brHit = 0;
  file.branches.forEach((branch, block) => {
    branch.taken.forEach((taken, arm) => {
      out.push(`BRDA:${branch.line},${block},${arm},${taken < 0 ? '-' : taken}\n`);
      brFound++;
      if (taken > 0) brHit++;
    });
  });
  out.push(`BRF:${brFound}\nBRH:${brHit}\nend_of_record\n`);
  totals.files++;
  totals.lines.found += lines.length;
  totals.lines.hit += lineHit;
  totals.branches.found += brFound;
  totals.branches.hit += brHit;
  return out.join('');
}

// ---- Cobertura ----------------------------------------------------------------------------

/**
 * @param {number} hit
 * @param {number} found
 */
const rate = (hit, found) => (found ? hit / found : 1).toFixed(4);

/**
 * @param {SourceFile} file
 * @param {Totals} totals
 */
function coberturaClass(file, totals) {
  const branchAt = new Map(file.branches.map((b) => [b.line, b]));
  const lineParts = [];
  let lineHit = 0;
  let brFound = 0;
  let brHit = 0;
  const { lines, lineHits } = file;
  for (let i = 0; i < lines.length; i++) {
    const h = lineHits[i];
    if (h > 0) lineHit++;
    const branch = branchAt.get(lines[i]);
    if (branch) {
      const covered = branch.taken.filter((t) => t > 0).length;
      const total = branch.taken.length;
      brFound += total;
      brHit += covered;
      lineParts.push(`          <line number="${lines[i]}" hits="${h}" branch="true" condition-coverage="${Math.floor((covered / total) * 100)}% (${covered}/${total})"/>\n`);
    } else {
      lineParts.push(`          <line number="${lines[i]}" hits="${h}" branch="false"/>\n`);
    }
  }
  const name = file.path.slice(file.path.lastIndexOf('/') + 1);
  const methods = file.functions
    .map((fn) => `          <method name="${fn.name.replace(/[()]/g, '')}" hits="${fn.hits}" signature="()V">\n            <lines>\n              <line number="${fn.line}" hits="${fn.hits}"/>\n            </lines>\n          </method>\n`)
    .join('');
  totals.files++;
  totals.lines.found += lines.length;
  totals.lines.hit += lineHit;
  totals.branches.found += brFound;
  totals.branches.hit += brHit;
  return (
    `      <class name="${name}" filename="${file.path}" line-rate="${rate(lineHit, lines.length)}" branch-rate="${rate(brHit, brFound)}">\n` +
    `        <methods>\n${methods}        </methods>\n        <lines>\n${lineParts.join('')}        </lines>\n      </class>\n`
  );
}

// ---- istanbul coverage-final.json ---------------------------------------------------------

/** babel-plugin-istanbul's schema hash, in every entry it writes. */
const COVERAGE_SCHEMA = '1a1c01bbd47fc00a2c39e90264f33305004495a9';
/**
 * @param {number} line
 * @param {number} start
 * @param {number} end
 */
const loc = (line, start, end) => `{"start":{"line":${line},"column":${start}},"end":{"line":${line},"column":${end}}}`;

/**
 * @param {SourceFile} file
 * @param {Totals} totals
 */
function istanbulFile(file, totals) {
  // Statements: one per executable line, a second one on every 5th line (istanbul counts the
  // line once, with the highest count of the statements that start on it).
  /** @type {string[]} */
  const statementMap = [];
  /** @type {string[]} */
  const s = [];
  /** @type {Map<number, number>} */
  const lineMax = new Map();
  const { lines, lineHits } = file;
  for (let i = 0; i < lines.length; i++) {
    const id = String(statementMap.length);
    statementMap.push(`"${id}":${loc(lines[i], 4, 38)}`);
    s.push(`"${id}":${lineHits[i]}`);
    lineMax.set(lines[i], lineHits[i]);
    if (i % 5 === 4) {
      const second = String(statementMap.length);
      const count = lineHits[i] > 0 ? (i % 2 ? 0 : lineHits[i] + 1) : 0;
      statementMap.push(`"${second}":${loc(lines[i], 40, 61)}`);
      s.push(`"${second}":${count}`);
      lineMax.set(lines[i], Math.max(lineHits[i], count));
    }
  }
  /** @type {string[]} */
  const fnMap = [];
  /** @type {string[]} */
  const f = [];
  file.functions.forEach((fn, id) => {
    const decl = loc(fn.line, 9, 9 + fn.name.length);
    fnMap.push(`"${id}":{"name":"${fn.name}","decl":${decl},"loc":{"start":{"line":${fn.line},"column":0},"end":{"line":${fn.end},"column":1}},"line":${fn.line}}`);
    f.push(`"${id}":${fn.hits}`);
  });
  /** @type {string[]} */
  const branchMap = [];
  /** @type {string[]} */
  const b = [];
  let brFound = 0;
  let brHit = 0;
  file.branches.forEach((branch, id) => {
    const type = branch.taken.length === 2 ? 'if' : branch.taken.length === 3 ? 'cond-expr' : 'switch';
    const locations = branch.taken.map((_, k) => loc(branch.line, 4 + k * 10, 12 + k * 10)).join(',');
    branchMap.push(`"${id}":{"loc":${loc(branch.line, 4, 60)},"type":"${type}","locations":[${locations}],"line":${branch.line}}`);
    b.push(`"${id}":[${branch.taken.map((t) => Math.max(t, 0)).join(',')}]`);
    brFound += branch.taken.length;
    for (const t of branch.taken) if (t > 0) brHit++;
  });
  let lineHit = 0;
  for (const count of lineMax.values()) if (count > 0) lineHit++;
  totals.files++;
  totals.lines.found += lineMax.size;
  totals.lines.hit += lineHit;
  totals.branches.found += brFound;
  totals.branches.hit += brHit;
  const full = `${ROOT}/${file.path}`;
  // As jest writes it: istanbul-reports' json reporter puts `"<path>": ` before each entry
  // (JSON.stringify of the file coverage) and a newline after it; babel-plugin-istanbul adds
  // the schema and a hash of the source.
  const hash = createHash('sha1').update(full).digest('hex');
  return (
    `"${full}": {"path":"${full}","statementMap":{${statementMap.join(',')}},"fnMap":{${fnMap.join(',')}},` +
    `"branchMap":{${branchMap.join(',')}},"s":{${s.join(',')}},"f":{${f.join(',')}},"b":{${b.join(',')}},` +
    `"_coverageSchema":"${COVERAGE_SCHEMA}","hash":"${hash}"}\n`
  );
}

// ---- whole reports ------------------------------------------------------------------------

/**
 * Write a whole report of `format` with FILE_COUNT source files of mean `size` lines.
 * @param {string} format
 * @param {Sink} out
 * @param {number} size
 */
function writeReport(format, out, size, files = FILE_COUNT) {
  const totals = newTotals();
  if (format === 'lcov') {
    for (let i = 0; i < files; i++) out.write(lcovRecord(sourceFile(i, size), totals));
  } else if (format === 'cobertura') {
    /** @type {Map<string, number[]>} */
    const packages = new Map();
    for (let i = 0; i < files; i++) {
      const pkg = relativePath(i).split('/').slice(0, 4).join('.');
      const indexes = packages.get(pkg) ?? [];
      indexes.push(i);
      packages.set(pkg, indexes);
    }
    // A real Cobertura file starts with its totals (parsers must not trust them, but they are
    // right here): a first pass over the file shapes counts them.
    const head = newTotals();
    for (let i = 0; i < files; i++) {
      const file = sourceFile(i, size);
      head.lines.found += file.lines.length;
      head.lines.hit += file.lineHits.filter((h) => h > 0).length;
      for (const br of file.branches) {
        head.branches.found += br.taken.length;
        head.branches.hit += br.taken.filter((t) => t > 0).length;
      }
    }
    out.write(
      `<?xml version="1.0" ?>\n<!DOCTYPE coverage SYSTEM "http://cobertura.sourceforge.net/xml/coverage-04.dtd">\n` +
        `<coverage lines-valid="${head.lines.found}" lines-covered="${head.lines.hit}" line-rate="${rate(head.lines.hit, head.lines.found)}" ` +
        `branches-valid="${head.branches.found}" branches-covered="${head.branches.hit}" branch-rate="${rate(head.branches.hit, head.branches.found)}" ` +
        `timestamp="1700000000000" complexity="0" version="0.1">\n  <sources>\n    <source>${ROOT}</source>\n  </sources>\n  <packages>\n`,
    );
    for (const [pkg, indexes] of packages) {
      out.write(`  <package name="${pkg}" line-rate="0" branch-rate="0">\n    <classes>\n`);
      for (const i of indexes) out.write(coberturaClass(sourceFile(i, size), totals));
      out.write(`    </classes>\n  </package>\n`);
    }
    out.write(`  </packages>\n</coverage>\n`);
  } else if (format === 'istanbul') {
    out.write('{');
    for (let i = 0; i < files; i++) out.write((i ? ',' : '') + istanbulFile(sourceFile(i, size), totals));
    out.write('}\n');
  } else {
    throw new Error(`unknown format ${format}`);
  }
  return totals;
}

/**
 * Bytes per mean-line of `format`, measured on a small deterministic sample.
 * @param {string} format
 */
function bytesPerLine(format) {
  let chars = 0;
  /** @type {Sink} */
  const counter = { write: (text) => void (chars += text.length) };
  const files = 200;
  const size = 500;
  writeReport(format, counter, size, files);
  return chars / (files * size);
}

/**
 * Write `file`, a `format` report of about `targetBytes` over FILE_COUNT source files.
 * Returns { bytes, totals, size } where totals are what the generator wrote.
 * @param {string} format
 * @param {string} file
 * @param {number} targetBytes
 */
export function generate(format, file, targetBytes) {
  const size = Math.max(8, Math.round(targetBytes / (FILE_COUNT * bytesPerLine(format))));
  const out = writer(file);
  const totals = writeReport(format, out, size);
  const bytes = out.close();
  return { bytes, totals, meanLines: size };
}

// `node generate.mjs <format> <file> <targetBytes>`: used by bench/run.mjs to write the reports
// in parallel child processes; prints the result as JSON.
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const [format, file, target] = process.argv.slice(2);
  const result = generate(format, file, Number(target));
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
