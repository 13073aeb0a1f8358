import { runModules, type ActionModules, type Command } from './entry.js';
import { runAction } from './lib/run.js';

export { COMMANDS, type Command } from './entry.js';

/**
 * Every action behind one function, loaded lazily: what `@github/local-action` runs
 * (src/local-action.ts) to try an action from its TypeScript source. The published bundles do
 * not come through here: each action is bundled alone from src/actions/<name>/entry.ts, since
 * one file loads faster than a shared bundle split into chunks (scripts/build.mjs says by how much).
 */
const loaders: Record<Command, () => Promise<[ActionModules['readInputs'], ActionModules['run']]>> = {
  'coverage-gate': async () => [(await import('./actions/coverage-gate/inputs.js')).readInputs, (await import('./actions/coverage-gate/main.js')).run],
  deploy: async () => [(await import('./actions/deploy/inputs.js')).readInputs, (await import('./actions/deploy/main.js')).run],
  approval: async () => [(await import('./actions/approval/inputs.js')).readInputs, (await import('./actions/approval/main.js')).run],
  release: async () => [(await import('./actions/release/inputs.js')).readInputs, (await import('./actions/release/main.js')).run],
  rollback: async () => [(await import('./actions/rollback/inputs.js')).readInputs, (await import('./actions/rollback/main.js')).run],
  readiness: async () => [(await import('./actions/readiness/inputs.js')).readInputs, (await import('./actions/readiness/main.js')).run],
  rehearsal: async () => [(await import('./actions/rehearsal/inputs.js')).readInputs, (await import('./actions/rehearsal/main.js')).run],
};

export async function runCommand(name: Command): Promise<void> {
  await runAction(async () => {
    const [readInputs, run] = await loaders[name]();
    await runModules({ readInputs, run });
  });
}
