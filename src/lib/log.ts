import * as core from '@actions/core';

/**
 * The one way actions write to the job log. The runner reads every line of a step's output as
 * a possible workflow command (`::error::...`, `::set-env ...::`, the older `##[...]` form),
 * after trimming leading white space. `core.warning`, `core.error` and `core.startGroup` escape
 * their text (line breaks become %0A), but `core.info` writes it as it is: a line break in an
 * environment name, a commit message or a report's file name would start a real command.
 *
 * So every info line goes through `neutralizeCommands`, which breaks the command marker with a
 * zero-width space (U+200B): the line still reads the same to a person, and the runner no
 * longer sees a command. Escaping was chosen over `::stop-commands::` because it needs no
 * state shared with the runner and cannot be ended early by the text it protects.
 */

/** White space the runner trims before looking for a command (.NET's Char.IsWhiteSpace, and more). */
const COMMAND_START = /^([\s\u0085]*)(::|##\[)/u;

/** Each line of `text` (split where the runner splits: \n, \r\n or \r) made unable to start a workflow command. */
export function neutralizeCommands(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(COMMAND_START, (_match, space: string, marker: string) => `${space}${marker[0]}\u200b${marker.slice(1)}`))
    .join('\n');
}

export type AnnotationProperties = core.AnnotationProperties;

export const log = {
  info: (message: string): void => core.info(neutralizeCommands(message)),
  /** Shown only when the run has step debug logging on (ACTIONS_STEP_DEBUG). */
  debug: (message: string): void => core.debug(neutralizeCommands(message)),
  /** The toolkit escapes the message and properties of an annotation: one line, never a second command. */
  warning: (message: string, properties?: AnnotationProperties): void => core.warning(message, properties),
  error: (message: string, properties?: AnnotationProperties): void => core.error(message, properties),
  notice: (message: string, properties?: AnnotationProperties): void => core.notice(message, properties),
  startGroup: (name: string): void => core.startGroup(name),
  endGroup: (): void => core.endGroup(),
  group: <T>(name: string, work: () => Promise<T>): Promise<T> => core.group(name, work),
};
