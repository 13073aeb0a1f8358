import { InputReader, envInputSource, type InputSource } from './lib/inputs.js';
import { runAction } from './lib/run.js';

/**
 * The shared bundle's entry. Each action's dist entry calls runCommand with its name; the root
 * action passes none and the `command` input names the action. Actions are loaded lazily, so a
 * deploy never loads the coverage parsers (ncc splits them into their own chunks).
 */
export const COMMANDS = ['coverage-gate', 'deploy', 'approval', 'release', 'rollback'] as const;
export type Command = (typeof COMMANDS)[number];

export interface ActionModule {
  run(source?: InputSource): Promise<void>;
}

const loaders: Record<Command, () => Promise<ActionModule>> = {
  'coverage-gate': () => import('./actions/coverage-gate/main.js'),
  deploy: () => import('./actions/deploy/main.js'),
  approval: () => import('./actions/approval/main.js'),
  release: () => import('./actions/release/main.js'),
  rollback: () => import('./actions/rollback/main.js'),
};

/** In the root action `command` names the sub-action, so the deploy command arrives as `deploy-command`. */
export const rootInputSource: InputSource = (name) => envInputSource(name === 'command' ? 'deploy-command' : name);

export async function runCommand(command?: Command): Promise<void> {
  await runAction(async () => {
    let source = envInputSource;
    let name = command;
    if (!name) {
      name = new InputReader().enum('command', COMMANDS, undefined as unknown as Command);
      if (!name) new InputReader().required('command', `(one of ${COMMANDS.join(', ')})`);
      source = rootInputSource;
    }
    const action = await loaders[name]();
    await action.run(source);
  });
}
