import { InputReader, envInputSource, type InputSource } from './lib/inputs.js';
import { runAction } from './lib/run.js';
import { createGitHub } from './github/client.js';
import { repositoryOf, type RunContext } from './github/context.js';
import { EarlyReads, type EarlyRead } from './github/early-reads.js';

/**
 * What every action's bundle runs (src/actions/<name>/entry.ts). Kept apart from src/shipgate.ts,
 * whose lazy loaders would make ncc emit every other action's chunks into each action's bundle.
 */
export { COMMANDS, type Command } from './commands.js';

/**
 * What an entry names its first reads from: the runner's variables alone. The event payload,
 * which can be large, is read by the main module (readRunContext); nothing here needs it.
 */
export type EntryContext = Pick<RunContext, 'owner' | 'repo' | 'sha' | 'eventName'>;

/** The entry's context, or undefined when GITHUB_REPOSITORY is unusable (the main module then says so in its own sentence). */
export function entryContext(env: NodeJS.ProcessEnv = process.env): EntryContext | undefined {
  const repository = repositoryOf(env);
  return repository && { ...repository, sha: env.GITHUB_SHA ?? '', eventName: env.GITHUB_EVENT_NAME ?? '' };
}

/** An action's main module: what it does once its inputs are checked. */
export interface ActionMain {
  /** `early` holds the answers to the reads the entry sent first; the main's client takes them. */
  run(source?: InputSource, early?: EarlyReads): Promise<void>;
}

/**
 * An action, as its entry (src/actions/<name>/action.ts) describes it: its input check, the GET
 * requests it is sure to make first, and its main module, loaded only once those are sent
 * (src/github/early-reads.ts says why).
 */
export interface ActionModules<I = unknown> {
  readInputs(reader: InputReader): I;
  /** The reads to send before the main module loads; none when the action makes no sure read first. */
  earlyReads?(inputs: I, context: EntryContext): EarlyRead[];
  load(): Promise<ActionMain>;
}

/**
 * Check every input, send the early reads, mask the token, then load and run the main module.
 * Inputs are checked before anything is sent, so a bad input fails with its one sentence and no
 * request is made.
 *
 * Nothing the first request does not need loads before it leaves: not the main module, and not
 * @actions/core (the runner's protocol: masking, logging, outputs), which the entry imports only
 * once the early reads are written. The token is masked then, before the first line the step
 * prints, which is all masking needs: the runner hides a masked value only in the lines that
 * follow. Every path that can print sooner (a refused input, a retried early read) masks first.
 */
export async function runModules<I>(modules: ActionModules<I>, source: InputSource = envInputSource): Promise<void> {
  // Every action takes the token as `github-token`.
  const token = source('github-token').trim();
  let masked: Promise<void> | undefined;
  const mask = (): Promise<void> =>
    (masked ??= token ? import('@actions/core').then((core) => core.setSecret(token)) : Promise.resolve());
  /** The action log, loaded with @actions/core once something is to be printed, after the mask. */
  const logged = async (print: (log: typeof import('./lib/log.js').log) => void): Promise<void> => {
    await mask();
    print((await import('./lib/log.js')).log);
  };
  let early: EarlyReads | undefined;
  try {
    const inputs = modules.readInputs(new InputReader(source));
    const context = token && modules.earlyReads ? entryContext() : undefined;
    const reads = context && modules.earlyReads ? modules.earlyReads(inputs, context) : [];
    if (reads.length > 0) {
      early = new EarlyReads(token);
      // The sending client logs retries of an early read as information: the main's client, which
      // takes the answer, reports any failure as it would its own.
      const sender = createGitHub({ token, log: (message) => void logged((log) => log.info(message)) });
      early.start(sender, reads);
      // The main module is parsed once the reads have left (early-reads.ts says why not sooner).
      await early.sent();
    }
    await mask();
    const main = await modules.load();
    await main.run(source, early);
  } finally {
    // Before the error, if any, is printed.
    await mask();
    // A read the main module never asked for means its entry names the wrong first read: one GET
    // was spent for nothing. Said in the debug log, which the early-read tests check.
    const unused = early?.discard() ?? [];
    if (unused.length > 0) await logged((log) => unused.forEach((read) => log.debug(`The early read ${read} was not used.`)));
  }
}

/** An action bundle's whole program: runModules inside the wrapper that turns errors into one failure line. */
export function runEntry<I>(modules: ActionModules<I>): Promise<void> {
  return runAction(() => runModules(modules));
}
