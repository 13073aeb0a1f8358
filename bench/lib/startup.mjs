// Start-up: wall time of running an action bundle until it exits at its first input check, against
// a bare `node -e 0`, both on Node 24, alternated run by run so that both see the same noise.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function timeOnce(node, args, env) {
  const started = process.hrtime.bigint();
  const result = spawnSync(node, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { ms, status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/**
 * The cases: each { id, label, args, env, expect } where expect(result) says the run stopped
 * where it should (an input error, not a crash).
 */
function cases(distDir, temp) {
  const outputs = path.join(temp, 'output');
  const summary = path.join(temp, 'summary');
  writeFileSync(outputs, '');
  writeFileSync(summary, '');
  const runner = {
    PATH: process.env.PATH,
    HOME: os.homedir(),
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputs,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    RUNNER_TEMP: temp,
  };
  return [
    {
      id: 'release',
      label: 'dist/release/index.js, input bump=bogus',
      args: [path.join(distDir, 'release/index.js')],
      env: { ...runner, INPUT_BUMP: 'bogus', 'INPUT_TAG-PREFIX': 'v', 'INPUT_GITHUB-TOKEN': 'ghs_x' },
      expect: (r) => r.status === 1 && /bump/i.test(r.stdout + r.stderr),
    },
    {
      id: 'deploy',
      label: 'dist/deploy/index.js, no inputs',
      args: [path.join(distDir, 'deploy/index.js')],
      env: { ...runner },
      expect: (r) => r.status === 1 && /environment/i.test(r.stdout + r.stderr),
    },
  ];
}

/** Returns { baseline: {medianMs, runs}, cases: [{ id, label, medianMs, ratio, ok, note }] }. */
export function measureStartup(distDir, node, runs = 30) {
  const temp = mkdtempSync(path.join(os.tmpdir(), 'shipgate-bench-startup-'));
  try {
    const all = cases(distDir, temp).filter((c) => existsSync(c.args[0]));
    const bare = [];
    const times = new Map(all.map((c) => [c.id, []]));
    const notes = new Map();
    // Warm the page cache and the compile cache once, then alternate.
    timeOnce(node, ['-e', '0'], {});
    for (const c of all) {
      const first = timeOnce(node, c.args, c.env);
      if (!c.expect(first)) notes.set(c.id, `did not stop at its input check (exit ${first.status}): ${(first.stdout + first.stderr).trim().split('\n')[0].slice(0, 160)}`);
    }
    for (let i = 0; i < runs; i++) {
      bare.push(timeOnce(node, ['-e', '0'], {}).ms);
      for (const c of all) times.get(c.id).push(timeOnce(node, c.args, c.env).ms);
    }
    const baseline = median(bare);
    return {
      baseline: { medianMs: baseline, runs },
      cases: all.map((c) => {
        const medianMs = median(times.get(c.id));
        return { id: c.id, label: c.label, medianMs, ratio: medianMs / baseline, note: notes.get(c.id), runs };
      }),
    };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
