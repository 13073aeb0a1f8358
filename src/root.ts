import { COMMANDS, type Command } from './commands.js';
import { InputReader } from './lib/inputs.js';
import { runAction } from './lib/run.js';

/**
 * The root action (`uses: shipgate-dev/shipgate@<sha>` with `command:`): it checks `command`,
 * then runs that action's own bundle beside it (dist/<command>/index.js), so the root action
 * behaves exactly as the named action. The named action reads its deploy command from its
 * `command` input, which in the root action is `deploy-command`: it is handed over as such.
 */
await runAction(async () => {
  const reader = new InputReader();
  const name = reader.enum('command', COMMANDS, undefined as unknown as Command);
  if (!name) reader.required('command', `(one of ${COMMANDS.join(', ')})`);
  process.env['INPUT_COMMAND'] = process.env['INPUT_DEPLOY-COMMAND'] ?? '';
  // Resolved at run time against dist/root/index.js, not bundled: each action is its own bundle.
  await import(/* webpackIgnore: true */ `../${name}/index.js`);
});
