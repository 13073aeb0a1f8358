// One measurement = one child process (bench/lib/child.mjs) with a time limit. Peak RSS comes from
// the child itself (process.resourceUsage().maxRSS); for a child that dies without reporting (out
// of memory, killed) from /usr/bin/time when the machine has it.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'child.mjs');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const MARK = '__BENCH_RESULT__';
const RSS_MARK = '__BENCH_MAXRSS_KB=';

/** Node flags every parser gets: a large heap, so that a peer fails on its design, not on a default limit. */
export const NODE_FLAGS = ['--max-old-space-size=8192'];

/**
 * @typedef {object} Measurement
 * @property {'ok' | 'crashed' | 'timeout' | 'not-measurable'} state
 * @property {number} wallMs
 * @property {number} [ms]       the parse itself, as the child measured it
 * @property {number} [rssKB]
 * @property {unknown} [totals]  what the parser counted
 * @property {string} [error]
 */

/** @typedef {{ ok: boolean, ms?: number, maxRssKB?: number, totals?: unknown, error?: string, notMeasurable?: boolean }} ChildResult  the line child.mjs prints */

/** @param {string} text */
function lastLines(text, count = 3) {
  return text.trim().split('\n').filter((line) => line.trim() && !line.startsWith(RSS_MARK)).slice(-count).join(' | ');
}

/**
 * Why a child died without a result, in a few words.
 * @param {string} stderr
 * @param {number | null} code
 * @param {NodeJS.Signals | null} signal
 */
function crashReason(stderr, code, signal) {
  if (/heap out of memory|Allocation failed|Reached heap limit/i.test(stderr)) return 'out of memory (JavaScript heap)';
  if (/Invalid string length|ERR_STRING_TOO_LONG|Cannot create a string longer/i.test(stderr)) return 'RangeError: string longer than V8 allows';
  const error = stderr.split('\n').find((line) => /^\w*Error\b|^Error:/.test(line.trim()));
  return error ? error.trim().slice(0, 160) : `exit ${code ?? signal}: ${lastLines(stderr).slice(0, 160)}`;
}

/**
 * Run `parser` on `file` once. Resolves
 * { state: 'ok'|'crashed'|'timeout'|'not-measurable', ms, wallMs, rssKB, totals, error }.
 * @param {{ node: string, parser: string, format: string, file: string, timeLimitMs: number, env?: Record<string, string> }} options
 * @returns {Promise<Measurement>}
 */
export function measureOnce({ node, parser, format, file, timeLimitMs, env }) {
  const args = [...NODE_FLAGS, CHILD, parser, format, file];
  const command = TIME ? TIME : node;
  const commandArgs = TIME ? ['-f', `${RSS_MARK}%M`, node, ...args] : args;
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, commandArgs, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => {
      stderr += chunk;
      if (stderr.length > 1 << 20) stderr = stderr.slice(-(1 << 19));
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        // The child runs detached: its process group has the child's pid.
        if (child.pid === undefined) throw new Error('no pid');
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeLimitMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const wallMs = performance.now() - started;
      const rssLine = stderr.split('\n').find((line) => line.startsWith(RSS_MARK));
      const timeRssKB = rssLine ? Number(rssLine.slice(RSS_MARK.length)) : undefined;
      const line = stdout.split('\n').find((each) => each.startsWith(MARK));
      if (timedOut) {
        resolve({ state: 'timeout', wallMs, rssKB: timeRssKB, error: `timed out after ${Math.round(timeLimitMs / 1000)} s` });
        return;
      }
      if (line) {
        /** @type {ChildResult} */
        const result = JSON.parse(line.slice(MARK.length));
        const rssKB = Math.max(result.maxRssKB ?? 0, timeRssKB ?? 0) || undefined;
        if (result.ok) resolve({ state: 'ok', ms: result.ms, wallMs, rssKB, totals: result.totals });
        else resolve({ state: result.notMeasurable ? 'not-measurable' : 'crashed', wallMs, rssKB, error: result.error });
        return;
      }
      resolve({ state: 'crashed', wallMs, rssKB: timeRssKB, error: crashReason(stderr, code, signal) });
    });
  });
}
