// Rebuild into a temporary folder and fail when the committed dist/ (or the generated root
// action.yml) differs: the actions run the committed bundles, not the TypeScript.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, renderRootAction } from './lib/actions.mjs';

/**
 * @param {string} dir
 * @returns {string[]}
 */
function list(dir, base = dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? list(full, base) : [path.relative(base, full)];
  });
}

const temp = mkdtempSync(path.join(os.tmpdir(), 'shipgate-dist-'));
const fresh = path.join(temp, 'dist');
try {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), fresh], { stdio: 'inherit' });
  const committed = path.join(ROOT, 'dist');
  const a = new Set(list(committed));
  const b = new Set(list(fresh));
  const problems = [];
  for (const file of b) if (!a.has(file)) problems.push(`missing from dist/: ${file}`);
  for (const file of a) if (!b.has(file)) problems.push(`not produced by the build: dist/${file}`);
  for (const file of b) {
    if (a.has(file) && !readFileSync(path.join(committed, file)).equals(readFileSync(path.join(fresh, file)))) {
      problems.push(`differs from a fresh build: dist/${file}`);
    }
  }
  if (readFileSync(path.join(ROOT, 'action.yml'), 'utf8') !== renderRootAction()) {
    problems.push('action.yml differs from the one generated from actions/*/action.yml');
  }
  if (problems.length) {
    console.error(`dist/ is out of date with src/ (run npm run build and commit):\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log('dist/ and action.yml match a fresh build.');
} finally {
  rmSync(temp, { recursive: true, force: true });
}
