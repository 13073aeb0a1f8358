// Input and output tables of each action's README, generated from its action.yml so the docs
// never drift (test/docs.test.ts fails when a README's tables differ from a fresh render).
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT, readActionYaml } from './actions.mjs';

/** @param {unknown} text */
const cell = (text) => String(text ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
/** @param {unknown} text */
const code = (text) => (text === undefined || text === '' ? '' : `\`${cell(text)}\``);

/** @param {string} name  a sub-action, or 'root' */
export function renderTables(name) {
  const spec = readActionYaml(name);
  const inputs = Object.entries(spec.inputs ?? {}).map(
    ([input, entry]) => `| \`${input}\` | ${entry.required ? 'yes' : 'no'} | ${code(entry.default)} | ${cell(entry.description)} |`,
  );
  const outputs = Object.entries(spec.outputs ?? {}).map(([output, entry]) => `| \`${output}\` | ${cell(entry.description)} |`);
  return [
    '<!-- generated:start (npm run docs; from action.yml) -->',
    '### Inputs',
    '',
    '| name | required | default | description |',
    '| --- | --- | --- | --- |',
    ...inputs,
    '',
    '### Outputs',
    '',
    '| name | description |',
    '| --- | --- |',
    ...outputs,
    '<!-- generated:end -->',
  ].join('\n');
}

const PATTERN = /<!-- generated:start[\s\S]*?<!-- generated:end -->/;

/** @param {string} name */
export function readmePath(name) {
  return name === 'root' ? path.join(ROOT, 'docs', 'root-action.md') : path.join(ROOT, 'actions', name, 'README.md');
}

/**
 * The README with its generated block replaced by a fresh render (or appended when missing).
 * @param {string} name
 */
export function renderReadme(name) {
  const file = readmePath(name);
  const current = existsSync(file) ? readFileSync(file, 'utf8') : `# ${name}\n`;
  const tables = renderTables(name);
  return PATTERN.test(current) ? current.replace(PATTERN, tables) : `${current.trimEnd()}\n\n## Reference\n\n${tables}\n`;
}
