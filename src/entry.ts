import { setSecret } from '@actions/core';
import { InputReader, envInputSource, type InputSource } from './lib/inputs.js';
import { runAction } from './lib/run.js';

/**
 * What every action's bundle runs (src/actions/<name>/entry.ts), and the list of actions. Kept
 * apart from src/shipgate.ts, whose lazy loaders would make ncc emit every other action's chunks
 * into each action's bundle.
 */
export const COMMANDS = ['coverage-gate', 'deploy', 'approval', 'release', 'rollback', 'readiness', 'rehearsal'] as const;
export type Command = (typeof COMMANDS)[number];

/** An action: its input check and its main. */
export interface ActionModules {
  readInputs(reader: InputReader): unknown;
  run(source?: InputSource): Promise<void>;
}

/**
 * Mask the token, check every input, then run. Inputs are checked before anything is sent, so a
 * bad input fails with its one sentence and no request is made.
 */
export async function runModules(modules: ActionModules, source: InputSource = envInputSource): Promise<void> {
  // Every action takes the token as `github-token`: masked before anything can print it.
  const token = source('github-token').trim();
  if (token) setSecret(token);
  modules.readInputs(new InputReader(source));
  await modules.run(source);
}

/** An action bundle's whole program: runModules inside the wrapper that turns errors into one failure line. */
export function runEntry(modules: ActionModules): Promise<void> {
  return runAction(() => runModules(modules));
}
