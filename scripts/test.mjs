// `npm test`: jest in native ESM mode on Node 24 (the runtime the actions declare).
// Extra arguments go to jest (`npm test -- test/coverage`).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './lib/actions.mjs';
import { NODE24 } from './lib/run-action.mjs';

const args = ['--experimental-vm-modules', '--no-warnings=ExperimentalWarning', path.join(ROOT, 'node_modules/jest/bin/jest.js'), ...process.argv.slice(2)];
const result = spawnSync(NODE24, args, {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, NO_PROXY: '127.0.0.1,localhost' },
});
process.exit(result.status ?? 1);
