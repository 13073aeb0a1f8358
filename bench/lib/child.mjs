// One measurement in its own process: `node child.mjs <parser> <format> <file>`.
// Loads the parser first (module loading is not timed), then times reading + parsing + summing
// the totals, and prints one JSON line: { ok, ms, maxRssKB, totals } or { ok: false, error }.
// Totals are computed from each parser's own output (per-line and per-branch records, never the
// report's summary lines), the way a coverage action would have to.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';

const require = createRequire(import.meta.url);
const [parserId, format, file] = process.argv.slice(2);
/** V8's longest string (0x1fffffe8 characters). */
const V8_MAX_STRING = 0x1fffffe8;

/** @typedef {{ files: number, lines: { found: number, hit: number }, branches: { found: number, hit: number } }} Totals */
/** @typedef {{ lines: { details: Array<{ hit: number }> }, branches: { details: Array<{ taken: number }> } }} LcovRecord  lcov-parse and parse-lcov */
/** @typedef {{ lines: { details: Array<{ hit: number }> }, branches: { details: Array<{ hit: number }> } }} LcovSection  @friedemannsommer/lcov-parser */
/**
 * One file of coverage-final.json (or its `data`, as older istanbul writes it).
 * @typedef {{ s: Record<string, number>, statementMap: Record<string, { start: { line: number } }>, b: Record<string, number[]> }} IstanbulFile
 */
/**
 * A Cobertura document as xml2js gives it (children in arrays, attributes under `$`).
 * @typedef {{ coverage: { packages?: Array<{ package?: Array<{ classes?: Array<{ class?: Array<{ lines?: Array<{ line?: Array<{ $: Record<string, string> }> }> }> }> }> }> } }} XmlCobertura
 */
/** @typedef {(path: string) => Promise<unknown>} Run  one timed parse, resolving what it counted */

/** @param {Record<string, unknown>} result */
function report(result) {
  const maxRssKB = process.resourceUsage().maxRSS;
  process.stdout.write(`\n__BENCH_RESULT__${JSON.stringify({ ...result, maxRssKB })}\n`);
}

// A crash inside a callback (lcov-parse) or a stream still reports what happened.
let reported = false;
/** @param {unknown} error */
const fail = (error) => {
  if (reported) return;
  reported = true;
  let message = error instanceof Error ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}` : String(error);
  message = (message.split('\n')[0] ?? '').slice(0, 200);
  // lcov-parse, for one, swallows readFile's ERR_STRING_TOO_LONG and fails on `undefined` next.
  if (file && (statSync(file, { throwIfNoEntry: false })?.size ?? 0) > V8_MAX_STRING && !/string longer|Invalid string length/i.test(message)) {
    message += ' (the file is larger than the longest string V8 allows)';
  }
  report({ ok: false, error: message });
  process.exit(3);
};
process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);

/** @returns {Totals} */
const totals = () => ({ files: 0, lines: { found: 0, hit: 0 }, branches: { found: 0, hit: 0 } });

/** lcov-parse / parse-lcov records: { lines: { details: [{hit}] }, branches: { details: [{taken}] } }. */
/**
 * @param {LcovRecord[]} records
 * @returns {Totals}
 */
function sumLcovRecords(records, t = totals()) {
  for (const record of records) {
    t.files++;
    for (const line of record.lines.details) {
      t.lines.found++;
      if (line.hit > 0) t.lines.hit++;
    }
    for (const branch of record.branches.details) {
      t.branches.found++;
      if (branch.taken > 0) t.branches.hit++;
    }
  }
  return t;
}

/** @friedemannsommer/lcov-parser sections: { lines: { details: [{hit}] }, branches: { details: [{hit}] } }. */
/**
 * @param {Totals} t
 * @param {LcovSection} section
 */
function addSection(t, section) {
  t.files++;
  for (const line of section.lines.details) {
    t.lines.found++;
    if (line.hit > 0) t.lines.hit++;
  }
  for (const branch of section.branches.details) {
    t.branches.found++;
    if (branch.hit > 0) t.branches.hit++;
  }
}

/** Cobertura class-level <line> records (method lines repeat them and are not counted). */
/**
 * @param {Totals} t
 * @param {string} hits
 * @param {string} branch
 * @param {string | undefined} conditionCoverage
 */
function addCoberturaLine(t, hits, branch, conditionCoverage) {
  t.lines.found++;
  if (Number(hits) > 0) t.lines.hit++;
  if (branch === 'true' && conditionCoverage) {
    const m = /\((\d+)\/(\d+)\)/.exec(conditionCoverage);
    if (m) {
      t.branches.hit += Number(m[1]);
      t.branches.found += Number(m[2]);
    }
  }
}

/**
 * An XML parser's child: absent, one, or many.
 * @template T
 * @param {T | T[] | undefined} value
 * @returns {T[]}
 */
const asArray = (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** istanbul's own arithmetic: a line's count is the highest of the statements starting on it. */
/**
 * @param {Record<string, IstanbulFile & { data?: IstanbulFile }>} data
 * @returns {Totals}
 */
function sumIstanbul(data, t = totals()) {
  for (const entry of Object.values(data)) {
    const fc = entry.data ?? entry;
    t.files++;
    /** @type {Map<number, number>} */
    const lineMax = new Map();
    for (const id of Object.keys(fc.s)) {
      const statement = fc.statementMap[id];
      if (!statement) continue;
      const line = statement.start.line;
      const count = fc.s[id] ?? 0;
      const previous = lineMax.get(line);
      if (previous === undefined || previous < count) lineMax.set(line, count);
    }
    t.lines.found += lineMax.size;
    for (const count of lineMax.values()) if (count > 0) t.lines.hit++;
    for (const id of Object.keys(fc.b)) {
      for (const count of fc.b[id] ?? []) {
        t.branches.found++;
        if (count > 0) t.branches.hit++;
      }
    }
  }
  return t;
}

/** @type {Record<string, () => Promise<Run>>} parsers by id: `load()` (not timed) returns `run(file)` → totals (timed) */
const PARSERS = {
  // Floors: what any parser must at least pay.
  'floor:read': async () => async (path) => {
    let bytes = 0;
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) bytes += /** @type {Buffer} */ (chunk).length;
    return { bytes };
  },
  'floor:newlines': async () => async (path) => {
    let newlines = 0;
    for await (const buffer of createReadStream(path, { highWaterMark: 1 << 20 })) {
      const chunk = /** @type {Buffer} */ (buffer);
      for (let i = 0, n = chunk.length; i < n; i++) if (chunk[i] === 10) newlines++;
    }
    return { newlines };
  },

  // lcov peers.
  'lcov-parse': async () => {
    /** @type {typeof import('lcov-parse')} */
    const parse = require('lcov-parse');
    return (path) =>
      new Promise((resolve, reject) => parse(path, (error, data) => (error ? reject(new Error(String(error))) : resolve(sumLcovRecords(data)))));
  },
  'parse-lcov': async () => {
    const parseLCOV = require('parse-lcov').default;
    return async (path) => sumLcovRecords(parseLCOV(await readFile(path, 'utf8')));
  },
  '@friedemannsommer/lcov-parser': async () => {
    const { lcovParser } = await import('@friedemannsommer/lcov-parser');
    return async (path) => {
      const t = totals();
      for (const section of await lcovParser({ from: createReadStream(path) })) addSection(t, section);
      return t;
    };
  },
  '@friedemannsommer/lcov-parser (stream)': async () => {
    const { LcovStreamParser } = await import('@friedemannsommer/lcov-parser/stream');
    return async (path) => {
      const t = totals();
      const sink = new Writable({
        objectMode: true,
        write(section, _encoding, callback) {
          addSection(t, section);
          callback();
        },
      });
      await pipeline(createReadStream(path), new LcovStreamParser(), sink);
      return t;
    };
  },

  // Cobertura peers (as coverage actions use them: the whole file as one string).
  xml2js: async () => {
    /** @type {typeof import('xml2js')} */
    const { parseStringPromise } = require('xml2js');
    return async (path) => {
      const xml = /** @type {XmlCobertura} */ (await parseStringPromise(await readFile(path, 'utf8')));
      const t = totals();
      for (const packages of asArray(xml.coverage.packages)) {
        for (const pkg of asArray(packages.package)) {
          for (const classes of asArray(pkg.classes)) {
            for (const cls of asArray(classes.class)) {
              t.files++;
              for (const lines of asArray(cls.lines)) {
                for (const line of asArray(lines.line)) addCoberturaLine(t, line.$.hits, line.$.branch, line.$['condition-coverage']);
              }
            }
          }
        }
      }
      return t;
    };
  },
  'fast-xml-parser': async () => {
    const { XMLParser } = await import('fast-xml-parser');
    return async (path) => {
      const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
      const xml = parser.parse(await readFile(path, 'utf8'));
      const t = totals();
      for (const pkg of asArray(xml.coverage.packages?.package)) {
        for (const cls of asArray(pkg.classes?.class)) {
          t.files++;
          for (const line of asArray(cls.lines?.line)) addCoberturaLine(t, line.hits, line.branch, line['condition-coverage']);
        }
      }
      return t;
    };
  },

  // istanbul coverage-final.json: the whole file as one string and JSON.parse.
  'JSON.parse': async () => async (path) => sumIstanbul(JSON.parse(readFileSync(path, 'utf8'))),

  // shipgate's own parsers, bundled from src/coverage by bench/lib/shipgate-parser.mjs.
  // shipgate's own code, transpiled from src/ by bench/lib/transpile.mjs into SHIPGATE_BENCH_SRC.
  shipgate: async () => {
    const srcDir = process.env.SHIPGATE_BENCH_SRC;
    if (!srcDir) throw new Error('SHIPGATE_BENCH_SRC is not set');
    const adapter = await import('./shipgate-adapter.mjs');
    try {
      return await adapter.load(format, srcDir);
    } catch (error) {
      if (error instanceof adapter.NotMeasurable) {
        reported = true;
        report({ ok: false, notMeasurable: true, error: error.message });
        process.exit(0);
      }
      throw error;
    }
  },
};

const load = PARSERS[parserId];
if (!load) fail(new Error(`unknown parser ${parserId}`));
const run = await load();
const started = performance.now();
const result = await run(file);
const ms = performance.now() - started;
reported = true;
report({ ok: true, ms, totals: result });
