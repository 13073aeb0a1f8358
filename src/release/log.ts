/** Where the release and rollback domains write their log: main.ts passes the runner's, tests a list. */
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
}
