// GitHub's @github/local-action, pinned in test/local-action/runner/ (package.json and its
// lockfile), installed on first use into node_modules/.cache and run on Node 24.
//
// Why not a devDependency: it brings @azure/* packages that declare Node >= 22, so the project's
// `npm ci` would warn EBADENGINE wherever npm runs on Node 20. Kept apart, it is installed with
// `npm ci` from its own lockfile (same registry as the project's), with Node 24 first on PATH so
// its engines are met; the project's own `npm ci` wipes node_modules and with it this cache.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './actions.mjs';
import { NODE24 } from './run-action.mjs';

const RUNNER = path.join(ROOT, 'test/local-action/runner');
const NODE24_BIN = path.dirname(NODE24);

/** The install folder, keyed by the lockfile so that a new pin installs afresh. */
export function localActionHome() {
  const lock = readFileSync(path.join(RUNNER, 'package-lock.json'));
  return path.join(ROOT, 'node_modules/.cache/shipgate-local-action', createHash('sha256').update(lock).digest('hex').slice(0, 12));
}

/**
 * Install the pinned local-action unless it is there; returns the path of its bin script.
 * @param {(message: string) => void} [log]
 */
export function installLocalAction(log = (message) => void process.stderr.write(`${message}\n`)) {
  const home = localActionHome();
  const bin = path.join(home, 'node_modules/@github/local-action/bin/local-action.js');
  if (existsSync(bin)) return bin;
  const temp = `${home}.tmp-${process.pid}`;
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(temp, { recursive: true });
  for (const file of ['package.json', 'package-lock.json']) copyFileSync(path.join(RUNNER, file), path.join(temp, file));
  log(`Installing @github/local-action (pinned in test/local-action/runner/package-lock.json) into ${home} ...`);
  // --ignore-scripts: the one install script (esbuild's) only checks its binary, which comes as a package.
  const result = spawnSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: temp,
    env: { ...process.env, PATH: `${NODE24_BIN}${path.delimiter}${process.env.PATH ?? ''}` },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    rmSync(temp, { recursive: true, force: true });
    throw new Error(`npm ci of @github/local-action failed (exit ${result.status}): ${result.stderr}`);
  }
  rmSync(home, { recursive: true, force: true });
  renameSync(temp, home);
  return bin;
}

/**
 * Run one action from its TypeScript source under local-action with the inputs and runner
 * variables of `envFile` (a dotenv file). The entry is src/local-action.ts, whose run() goes
 * through the same runCommand as the bundles (SHIPGATE_LOCAL_ACTION names the action). Variables
 * a runner sets are taken out of the inherited environment, so only the file's reach the action.
 * @param {string} name
 * @param {string} envFile
 * @param {{ log?: (message: string) => void, stdio?: import('node:child_process').StdioOptions, timeoutMs?: number }} [options]
 */
export function runLocalAction(name, envFile, options = {}) {
  const bin = installLocalAction(options.log);
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(GITHUB|INPUT|RUNNER|ACTIONS)_/.test(key)));
  return spawnSync(NODE24, [bin, 'run', path.join(ROOT, 'actions', name), '../../src/local-action.ts', path.resolve(envFile)], {
    cwd: ROOT, // local-action asks `npm ls` here where @actions/core is, to substitute it
    encoding: 'utf8',
    stdio: options.stdio ?? 'pipe',
    timeout: options.timeoutMs,
    env: {
      ...inherited,
      // local-action starts through `npx tsx`: Node 24 first, tsx from the install, and npx asks nothing.
      PATH: [NODE24_BIN, path.join(localActionHome(), 'node_modules/.bin'), process.env.PATH].join(path.delimiter),
      npm_config_yes: 'true',
      SHIPGATE_LOCAL_ACTION: name,
      NO_COLOR: '1',
    },
  });
}
