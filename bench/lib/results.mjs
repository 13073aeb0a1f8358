// The benchmark's figures, kept in one place: bench/results.json. Every run that is not --quick
// merges what it measured into it (a section, or one API operation, replaces its previous figures
// and keeps the date and machine load of its own run), and bench/results.md and the README's
// benchmark table are rendered from it, never written by hand. So a part of the bench can be
// re-run alone (`--only=api --scenarios=rollback`) and every figure still says which run it is from.
// test/bench-results.test.ts checks that results.md and the README match results.json, and
// test/rollback/requests.test.ts asserts the rollback request count the README states.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** @typedef {{ at: string, command: string, machine: string, load: string, note?: string }} BenchRun  one bench run */
/** @typedef {{ target: string, measured: string, verdict: string, why: string }} Target */
/** @typedef {{ target: string, measured: string, verdict: string, why: string, run: BenchRun }} TargetLine */
/** @typedef {{ run: BenchRun, targets?: Target[], details: string }} Section  a section that ran whole */

/**
 * What the bench measured for one API operation.
 * @typedef {object} OperationResult
 * @property {string} [id]
 * @property {string} label
 * @property {string} state          'ok', 'not-implemented' or what went wrong
 * @property {string} [error]
 * @property {string} [facts]
 * @property {string} [preparation]
 * @property {Record<string, string>} [outputs]
 * @property {number} [limit]          the request bound the README states
 * @property {number} [requests]
 * @property {number} [roundTrips]
 * @property {number} [maxRoundTrips]  the bound the README states
 * @property {number} [ownMs]
 * @property {number} [maxOwnMs]
 * @property {number} roundTripMs     the latency the recording proxy added to each request
 * @property {number} [writes]
 * @property {Array<[string, number]>} [byRoute]
 * @property {number} [seconds]
 */

/** @typedef {{ run: BenchRun, result: OperationResult, targets?: Target[] }} Operation */

/**
 * bench/results.json.
 * @typedef {object} BenchResults
 * @property {{ parsers?: Section, 'first-request'?: Section, api?: { operations?: Record<string, Operation> } }} sections
 */

export const BENCH = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const RESULTS_JSON = path.join(BENCH, 'results.json');
export const RESULTS_MD = path.join(BENCH, 'results.md');
export const README = path.join(path.dirname(BENCH), 'README.md');
export const README_START = '<!-- bench:start (generated from bench/results.json by `node bench/report.mjs`; do not edit) -->';
export const README_END = '<!-- bench:end -->';

/** The API operations in the order the bench runs them. */
export const API_ORDER = ['rollback', 'release', 'deploy', 'coverage-gate', 'readiness'];

/** @param {unknown} text */
export const cell = (text) => String(text ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
/**
 * @param {string[]} head
 * @param {unknown[][]} rows
 */
export const table = (head, rows) => [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n');

/**
 * @param {string} [file]
 * @returns {BenchResults}
 */
export function readResults(file = RESULTS_JSON) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { sections: {} };
}

/**
 * Merge one run into the results: `run` is { at, command, machine, load }; `parsers` and
 * `firstRequest` are { targets, details } of sections that ran whole; `api` maps operation ids
 * to { result, targets }.
 * @param {BenchResults} results
 * @param {{ run: BenchRun, parsers?: Omit<Section, 'run'>, firstRequest?: Omit<Section, 'run'>, api?: Record<string, Omit<Operation, 'run'>> }} measured
 * @returns {BenchResults}
 */
export function mergeRun(results, { run, parsers, firstRequest, api }) {
  const sections = { ...results.sections };
  if (parsers) sections.parsers = { run, ...parsers };
  if (firstRequest) sections['first-request'] = { run, ...firstRequest };
  if (api && Object.keys(api).length) {
    const operations = { ...(sections.api?.operations ?? {}) };
    for (const [id, entry] of Object.entries(api)) operations[id] = { run, ...entry };
    sections.api = { operations };
  }
  return { ...results, sections };
}

/**
 * Every target line, in the order of the sections, each with the run it is from.
 * @param {BenchResults} results
 */
export function allTargets(results) {
  const { parsers, 'first-request': firstRequest, api } = results.sections;
  /** @type {TargetLine[]} */
  const lines = [];
  for (const section of [parsers, firstRequest]) {
    if (section) for (const target of section.targets ?? []) lines.push({ ...target, run: section.run });
  }
  for (const id of API_ORDER) {
    const operation = api?.operations?.[id];
    if (operation) for (const target of operation.targets ?? []) lines.push({ ...target, run: operation.run });
  }
  return lines;
}

/** @param {BenchRun} run */
const day = (run) => run.at.slice(0, 10);
/** @param {string} verdict */
const verdictCell = (verdict) => (verdict === 'met' || verdict === 'figure' ? verdict : `**${verdict}**`);

/**
 * The runs the figures come from, one line each, oldest first.
 * @param {BenchResults} results
 */
function runsText(results) {
  /** @type {Map<string, BenchRun>} */
  const runs = new Map();
  for (const line of allTargets(results)) runs.set(`${line.run.at} ${line.run.command}`, line.run);
  return [...runs.values()]
    .sort((a, b) => a.at.localeCompare(b.at))
    .map((run) => `- ${run.at}: \`${run.command}\`; ${run.machine}; load average ${run.load}${run.note ? `. ${run.note}` : ''}`)
    .join('\n');
}

/**
 * @param {OperationResult[]} operations
 * @param {number} roundTripMs
 */
export function apiTable(operations, roundTripMs) {
  return table(
    ['operation', 'state', 'outputs', 'requests', 'sequential round trips', `own wall-clock at ${roundTripMs} ms a request`, 'writes', 'requests by route'],
    operations.map((result) => [
      `${result.label}${result.facts ? ` (${result.facts})` : ''}`,
      (result.state === 'not-implemented' ? 'not measurable yet (not implemented)' : result.state === 'ok' ? 'ok' : `${result.state}${result.error ? `: ${result.error}` : ''}`) +
        (result.preparation ? `; ${result.preparation}` : ''),
      Object.entries(result.outputs ?? {})
        .map(([name, value]) => `${name}=${value}`)
        .join(', ') || '—',
      result.requests ?? '—',
      result.roundTrips ?? '—',
      result.ownMs === undefined ? '—' : `${(result.ownMs / 1000).toFixed(2)} s`,
      result.writes ?? '—',
      (result.byRoute ?? []).map(([route, n]) => `${n}× ${route}`).join('; ') || '—',
    ]),
  );
}

/** @param {BenchResults} results */
export function renderResultsMarkdown(results) {
  const { parsers, 'first-request': firstRequest, api } = results.sections;
  const lines = ['# shipgate benchmark results\n'];
  lines.push('Rendered from [results.json](results.json), which every `npm run bench` run that is not `--quick` updates for the parts it ran. How to reproduce: [README.md](README.md). The figures come from these runs:\n');
  lines.push(`${runsText(results)}\n`);
  lines.push('## Targets\n');
  lines.push(table(['target', 'measured', 'verdict', 'why / what is missing', 'run'], allTargets(results).map((t) => [t.target, t.measured, verdictCell(t.verdict), t.why, day(t.run)])));
  lines.push('');
  if (parsers) lines.push(`## Coverage parsing\n\n${parsers.details.trim()}\n`);
  if (firstRequest) lines.push(`## Time to the first API request\n\n${firstRequest.details.trim()}\n`);
  const operations = API_ORDER.flatMap((id) => api?.operations?.[id] ?? []);
  const [first] = operations;
  if (first) {
    const roundTripMs = first.result.roundTripMs;
    lines.push('## API economy\n');
    lines.push(
      'The built bundles run as the runner runs them (scripts/lib/run-action.mjs) against the simulator, through a recording proxy ' +
        `that holds every request ${roundTripMs} ms (a typical GitHub round trip) before forwarding it. ` +
        'Requests are what the simulator logged during the measured run. **Sequential round trips** are the longest chain of requests ' +
        'in which each request started after the previous one ended: requests in flight together share one, n requests one after ' +
        'another are n, and the time spent waiting on GitHub is at least that many latencies. **Own wall-clock** is the measured run ' +
        'from spawn to exit, the latency included; deploy and rollback run the command `true` with no health check and no ' +
        'Prometheus, so there is no verification window and what is left is shipgate\'s own time.\n',
    );
    lines.push(apiTable(operations.map((operation) => ({ ...operation.result, label: `${operation.result.label} [${day(operation.run)}]` })), roundTripMs));
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

/** @param {BenchResults} results */
export function renderReadmeBlock(results) {
  return [
    README_START,
    '',
    table(['target', 'measured', '', 'run'], allTargets(results).map((t) => [t.target, t.measured, t.verdict, day(t.run)])),
    '',
    'The runs these figures come from (machine and load):',
    '',
    runsText(results),
    '',
    README_END,
  ].join('\n');
}

/**
 * The README with its benchmark block replaced by the one rendered from `results`.
 * @param {string} readme
 * @param {BenchResults} results
 */
export function readmeWithResults(readme, results) {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) throw new Error(`README.md has no benchmark block (${README_START} ... ${README_END}).`);
  return `${readme.slice(0, start)}${renderReadmeBlock(results)}${readme.slice(end + README_END.length)}`;
}

/**
 * Write results.json, and results.md and the README's block rendered from it.
 * @param {BenchResults} results
 */
export function writeResults(results) {
  writeFileSync(RESULTS_JSON, `${JSON.stringify(results, null, 2)}\n`);
  writeRendered(results);
}

export function writeRendered(results = readResults()) {
  writeFileSync(RESULTS_MD, renderResultsMarkdown(results));
  writeFileSync(README, readmeWithResults(readFileSync(README, 'utf8'), results));
}
