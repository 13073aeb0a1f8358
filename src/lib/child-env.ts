/**
 * The environment for a user's command (the deploy command, the test command): the step's
 * environment without the action's own INPUT_* variables, which hold the GitHub token. Secrets
 * the workflow hands to the step through `env:` stay visible; the token the action was given
 * does not leak into test code and its dependencies.
 */
export function withoutActionInputs(base: NodeJS.ProcessEnv): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(base)) {
    if (value !== undefined && !/^INPUT_/i.test(name)) env[name] = value;
  }
  return env;
}
