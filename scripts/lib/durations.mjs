// The duration inputs' definition (src/lib/durations.ts) for the docs generator and its test.
// That module imports nothing, so it is transpiled alone here with the project's TypeScript
// compiler, without a build.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { ROOT } from './actions.mjs';

const source = readFileSync(path.join(ROOT, 'src/lib/durations.ts'), 'utf8');
const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });

/** @type {{ DURATION_INPUTS: Record<string, unknown>, describeDuration: (name: string) => string }} */
export const durations = await import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`);

/**
 * The action.yml text with the description of every duration input written from the one
 * definition. Only the `description:` line directly under such an input changes, so comments
 * and layout stay as they are.
 * @param {string} yamlText
 */
export function withDurationDescriptions(yamlText) {
  const lines = yamlText.split('\n');
  let section = '';
  let input = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const top = /^([a-z]+):/.exec(line);
    if (top) section = top[1] ?? '';
    const key = /^ {2}([a-z0-9-]+):\s*$/.exec(line);
    if (key) input = key[1] ?? '';
    const description = /^( {4})description:/.exec(line);
    if (section === 'inputs' && description && Object.hasOwn(durations.DURATION_INPUTS, input)) {
      lines[i] = `${description[1]}description: ${JSON.stringify(durations.describeDuration(input))}`;
    }
  }
  return lines.join('\n');
}
