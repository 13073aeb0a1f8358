import { COMMANDS, runCommand, type Command } from './shipgate.js';

/**
 * The entry `@github/local-action` runs (scripts/lib/local-action.mjs): it calls the exported
 * run(), and SHIPGATE_LOCAL_ACTION names the action. It goes through runCommand, as the bundles
 * do, so inputs are checked first, the token is masked and a user error is one failure line
 * (a bare main.ts run() would leave a thrown UserError to local-action's stack trace).
 */
export async function run(): Promise<void> {
  const name = process.env.SHIPGATE_LOCAL_ACTION ?? '';
  if (!(COMMANDS as readonly string[]).includes(name)) throw new Error(`SHIPGATE_LOCAL_ACTION must name one of ${COMMANDS.join(', ')}, but was ${JSON.stringify(name)}.`);
  await runCommand(name as Command);
}
