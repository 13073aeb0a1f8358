// `npm test`: jest in native ESM mode on Node 24 (the runtime the actions declare).
// Extra arguments go to jest (`npm test -- test/coverage`). A full run (no arguments) also
// collects coverage of src/ and holds it to 90 % with shipgate's own coverage gate: the built
// bundle, run as the runner would run it, on the lcov report jest just wrote.
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './lib/actions.mjs';
import { NODE24, runAction } from './lib/run-action.mjs';

const MIN_COVERAGE = '90';
const full = process.argv.length <= 2;
const args = [
  '--experimental-vm-modules',
  '--no-warnings=ExperimentalWarning',
  path.join(ROOT, 'node_modules/jest/bin/jest.js'),
  ...(full ? ['--coverage'] : []),
  ...process.argv.slice(2),
];
const result = spawnSync(NODE24, args, {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, NO_PROXY: '127.0.0.1,localhost' },
});
if (result.status !== 0 || !full) process.exit(result.status ?? 1);

let sha = '0'.repeat(40);
try {
  sha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
} catch {
  // not a git checkout: the summary names no commit
}
const gate = await runAction('coverage-gate', {
  cwd: ROOT,
  sha,
  eventName: 'workflow_dispatch',
  inputs: { reports: 'coverage/lcov.info', format: 'lcov', 'min-coverage': MIN_COVERAGE, comment: 'false', annotations: 'false', 'github-token': '' },
});
console.log(`\nshipgate coverage-gate on src/ (minimum ${MIN_COVERAGE} %):`);
for (const line of gate.stdout.split('\n')) if (line.trim() && !line.startsWith('::')) console.log(`  ${line}`);
for (const { command, message } of gate.commands) if (command === 'error') console.log(`  ✖ ${message}`);
if (gate.exitCode !== 0) console.error(gate.stderr);
process.exit(gate.exitCode ?? 1);
