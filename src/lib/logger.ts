/**
 * Where domain modules write their log. The actions pass the runner's (`log` in log.ts, which
 * fits this interface), tests a list. Members are function-valued properties so `log.info` can be handed on
 * as a callback without losing `this`.
 */
export interface Logger {
  info: (message: string) => void;
  warning: (message: string) => void;
  /** Fold the log of `run` under `title` (the runner's ::group::); loggers without it just run it. */
  group?: <T>(title: string, run: () => Promise<T>) => Promise<T>;
}

export const silentLogger: Logger = { info: () => undefined, warning: () => undefined };

/** Run `run` inside a log group when the logger has groups. */
export function inLogGroup<T>(log: Logger, title: string, run: () => Promise<T>): Promise<T> {
  return log.group ? log.group(title, run) : run();
}
