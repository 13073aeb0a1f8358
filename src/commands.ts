/** The actions, by the name the root action's `command` input takes (a module of its own, so the root action loads nothing else of theirs). */
export const COMMANDS = ['coverage-gate', 'deploy', 'approval', 'release', 'rollback', 'readiness', 'rehearsal'] as const;
export type Command = (typeof COMMANDS)[number];
