// Each action is bundled alone by ncc, from src/actions/<name>/entry.ts into dist/<name>/index.js,
// and the root action from src/root.ts (it checks `command` and runs that action's bundle). An
// action's bundle is its entry (the toolkit, the input checks, the client) plus one or two files
// beside it with its main module, which the entry loads once its first requests have left
// (src/github/early-reads.ts, docs/design.md "Start-up: early reads"). Not one bundle shared by
// all actions and split into chunks: `npm run bench -- --only=first-request` measured that at
// about 1.15x a minimal @actions/core + @actions/github action's time to the first API request,
// since every chunk was one more file to read before it. dist/ is larger (each bundle carries the
// toolkit); users never download it, the runner reads it from the checked-out action. The root
// action.yml and the README tables are regenerated from actions/*/action.yml.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, rmSync, writeFileSync, readdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import { ACTIONS, ROOT, renderRootAction } from './lib/actions.mjs';
import { readmePath, renderReadme } from './lib/docs.mjs';

const out = path.resolve(process.argv[2] ?? path.join(ROOT, 'dist'));
const staging = `${out}.tmp-${process.pid}`;
// Inside the checkout, so that the compiled files resolve node_modules (.gitignore: /dist.tmp-*).
// A fixed name, not one per process: ncc numbers modules by their paths, and the bundles must be
// the same byte for byte from one build to the next (scripts/check-dist.mjs). So two builds must
// not run at once in one checkout.
const compiled = path.join(ROOT, 'dist.tmp-js');
rmSync(staging, { recursive: true, force: true });

const started = Date.now();
const entries = [...ACTIONS.map((name) => [name, `actions/${name}/entry.js`]), ['root', 'root.js']];
try {
  // TypeScript compiles src/ once (tsconfig.build.json); ncc then bundles plain JavaScript. Letting
  // ncc compile the TypeScript would type-check the whole program once per entry (eight times);
  // `npm run typecheck` is where types are checked.
  console.log('Compiling src/ with tsc ...');
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', compiled], { cwd: ROOT, stdio: 'inherit' });
  // tsconfig.build.json drops comments (less for V8 to parse before an action's first request),
  // but the root action's dynamic import needs its webpackIgnore comment to stay a run-time
  // import: root.ts alone is compiled again with its comments.
  const ts = createRequire(import.meta.url)('typescript');
  const config = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, 'tsconfig.build.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (/** @type {import('typescript').Diagnostic} */ d) => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n')); } });
  const root = ts.transpileModule(readFileSync(path.join(ROOT, 'src/root.ts'), 'utf8'), { fileName: 'root.ts', compilerOptions: { ...config.options, module: ts.ModuleKind.ES2022, removeComments: false } });
  if (!root.outputText.includes('webpackIgnore: true')) throw new Error('src/root.ts lost its webpackIgnore comment.');
  writeFileSync(path.join(compiled, 'root.js'), root.outputText);
  const ncc = createRequire(import.meta.url)('@vercel/ncc');
  for (const [name, entry] of entries) {
    const { code, assets } = await ncc(path.join(compiled, entry), { quiet: true, target: 'es2023' });
    mkdirSync(path.join(staging, name), { recursive: true });
    writeFileSync(path.join(staging, name, 'index.js'), code);
    // ncc marks each output as ESM with a package.json; the one at the top of dist/ says it for all.
    for (const [file, asset] of Object.entries(assets)) if (file !== 'package.json') writeFileSync(path.join(staging, name, file), asset.source);
    console.log(`  dist/${name}/index.js: ${(code.length / 1e6).toFixed(2)} MB`);
  }
  writeFileSync(path.join(staging, 'package.json'), '{\n  "type": "module"\n}\n');
} finally {
  rmSync(compiled, { recursive: true, force: true });
}

rmSync(out, { recursive: true, force: true });
renameSync(staging, out);
if (out === path.join(ROOT, 'dist')) {
  // Generated files that follow actions/*/action.yml: the root action and the README tables.
  writeFileSync(path.join(ROOT, 'action.yml'), renderRootAction());
  for (const name of [...ACTIONS, 'root']) writeFileSync(readmePath(name), renderReadme(name));
}

const files = entries.reduce((sum, [name]) => sum + readdirSync(path.join(out, name)).length, 0);
console.log(`Built ${ACTIONS.length} actions + root, one bundle each (${files} files) in ${((Date.now() - started) / 1000).toFixed(1)}s.`);
