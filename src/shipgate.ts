import { runModules, type ActionModules } from './entry.js';
import type { Command } from './commands.js';
import { runAction } from './lib/run.js';

export { COMMANDS, type Command } from './commands.js';

/**
 * Every action behind one function, loaded lazily: what `@github/local-action` runs
 * (src/local-action.ts) to try an action from its TypeScript source. The published bundles do
 * not come through here: each action is bundled alone from src/actions/<name>/entry.ts, since
 * one file loads faster than a shared bundle split into chunks (scripts/build.mjs says by how much).
 */
const loaders: Record<Command, () => Promise<ActionModules<never>>> = {
  'coverage-gate': async () => (await import('./actions/coverage-gate/action.js')).action as ActionModules<never>,
  deploy: async () => (await import('./actions/deploy/action.js')).action as ActionModules<never>,
  approval: async () => (await import('./actions/approval/action.js')).action as ActionModules<never>,
  release: async () => (await import('./actions/release/action.js')).action as ActionModules<never>,
  rollback: async () => (await import('./actions/rollback/action.js')).action as ActionModules<never>,
  readiness: async () => (await import('./actions/readiness/action.js')).action as ActionModules<never>,
  rehearsal: async () => (await import('./actions/rehearsal/action.js')).action as ActionModules<never>,
};

export async function runCommand(name: Command): Promise<void> {
  await runAction(async () => {
    await runModules(await loaders[name]());
  });
}
