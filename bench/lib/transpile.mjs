// shipgate's src/ is TypeScript. The bench runs it as JavaScript transpiled file by file with the
// project's own TypeScript (transpileModule: no type check, so a type error elsewhere in a
// work-in-progress tree does not stop the bench), into a folder keyed by a hash of the sources.
// Import specifiers already end in `.js` (NodeNext style), so the output runs as ESM as is.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * @param {string} root
 * @returns {string[]}
 */
function sources(root) {
  /** @type {string[]} */
  const found = [];
  /** @param {string} dir */
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) found.push(full);
    }
  };
  if (existsSync(path.join(root, 'src'))) walk(path.join(root, 'src'));
  return found.sort();
}

/**
 * Transpile `<root>/src/**\/*.ts` into `<cacheDir>/src-<hash>/src/**\/*.js` (reused when the
 * sources did not change). Returns { dir, files, cached }.
 * @param {string} root
 * @param {string} cacheDir
 */
export function transpileSources(root, cacheDir) {
  const require = createRequire(path.join(root, 'package.json'));
  /** @type {typeof import('typescript')} the TypeScript of the tree being benched */
  const ts = require('typescript');
  const files = sources(root);
  const hash = createHash('sha256').update(ts.version);
  /** @type {Map<string, string>} */
  const texts = new Map();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    texts.set(file, text);
    hash.update(path.relative(root, file)).update('\0').update(text).update('\0');
  }
  const dir = path.join(cacheDir, `src-${hash.digest('hex').slice(0, 16)}`);
  if (existsSync(path.join(dir, 'package.json'))) return { dir, files: files.length, cached: true };

  const staging = `${dir}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  for (const file of files) {
    const out = path.join(staging, path.relative(root, file)).replace(/\.ts$/, '.js');
    mkdirSync(path.dirname(out), { recursive: true });
    const { outputText } = ts.transpileModule(texts.get(file) ?? '', {
      fileName: file,
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2023, sourceMap: false, useDefineForClassFields: true },
    });
    writeFileSync(out, outputText);
  }
  writeFileSync(path.join(staging, 'package.json'), '{ "type": "module" }\n');
  // Bare imports (node_modules) resolve from the project.
  symlinkSync(path.join(root, 'node_modules'), path.join(staging, 'node_modules'), 'dir');
  rmSync(dir, { recursive: true, force: true });
  renameSync(staging, dir);
  // Older transpiled trees are left to the cache's owner (the bench prunes them at start).
  return { dir, files: files.length, cached: false };
}

/**
 * Remove transpiled trees other than `keep`.
 * @param {string} cacheDir
 * @param {string} keep
 */
export function pruneTranspiled(cacheDir, keep) {
  if (!existsSync(cacheDir)) return;
  for (const entry of readdirSync(cacheDir)) {
    const full = path.join(cacheDir, entry);
    // Staging folders (.tmp-<pid>) may belong to a bench running at the same time.
    if (entry.startsWith('src-') && !entry.includes('.tmp-') && full !== keep) rmSync(full, { recursive: true, force: true });
  }
}
