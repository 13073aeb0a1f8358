import { InputReader, envInputSource, type InputSource } from './lib/inputs.js';
import { runAction } from './lib/run.js';
import { setSecret } from '@actions/core';

/**
 * The shared bundle's entry. Each action's dist entry calls runCommand with its name; the root
 * action passes none and the `command` input names the action. Actions are loaded lazily, so a
 * deploy never loads the coverage parsers (ncc splits them into their own chunks).
 */
export const COMMANDS = ['coverage-gate', 'deploy', 'approval', 'release', 'rollback', 'readiness', 'rehearsal'] as const;
export type Command = (typeof COMMANDS)[number];

export interface ActionModule {
  run(source?: InputSource): Promise<void>;
}

interface InputsModule {
  readInputs(reader: InputReader): unknown;
}

/**
 * Each action's inputs are checked before its main module loads: a bad input fails in the time
 * of a bare `node` start, without loading the GitHub client (the benchmark's start-up figure).
 */
const loaders: Record<Command, { inputs: () => Promise<InputsModule>; main: () => Promise<ActionModule> }> = {
  'coverage-gate': { inputs: () => import('./actions/coverage-gate/inputs.js'), main: () => import('./actions/coverage-gate/main.js') },
  deploy: { inputs: () => import('./actions/deploy/inputs.js'), main: () => import('./actions/deploy/main.js') },
  approval: { inputs: () => import('./actions/approval/inputs.js'), main: () => import('./actions/approval/main.js') },
  release: { inputs: () => import('./actions/release/inputs.js'), main: () => import('./actions/release/main.js') },
  rollback: { inputs: () => import('./actions/rollback/inputs.js'), main: () => import('./actions/rollback/main.js') },
  readiness: { inputs: () => import('./actions/readiness/inputs.js'), main: () => import('./actions/readiness/main.js') },
  rehearsal: { inputs: () => import('./actions/rehearsal/inputs.js'), main: () => import('./actions/rehearsal/main.js') },
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
    // Every action takes the token as `github-token`: masked before anything can print it.
    const token = source('github-token').trim();
    if (token) setSecret(token);
    (await loaders[name].inputs()).readInputs(new InputReader(source));
    const action = await loaders[name].main();
    await action.run(source);
  });
}
