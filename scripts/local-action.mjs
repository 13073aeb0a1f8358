// `npm run local-action -- <action> <dotenv file>`: run an action's TypeScript source under
// GitHub's @github/local-action (installed on first use; see scripts/lib/local-action.mjs and
// docs/DEVELOPING.md), which prints the inputs, the log, and the outputs the action set.
import { ACTIONS } from './lib/actions.mjs';
import { runLocalAction } from './lib/local-action.mjs';

const [name, envFile] = process.argv.slice(2);
if (!name || !envFile || !ACTIONS.includes(name)) {
  console.error(`Usage: npm run local-action -- <${ACTIONS.join('|')}> <dotenv file with INPUT_* and GITHUB_* variables>`);
  process.exit(2);
}
const result = runLocalAction(name, envFile, { stdio: 'inherit' });
process.exit(result.status ?? 1);
