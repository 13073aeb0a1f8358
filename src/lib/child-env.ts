/**
 * The environment for a user's command (the deploy command, the test command): exactly what a
 * `run:` step of the same job would see. The runner gives a JavaScript action more than a
 * `run:` step: its inputs (INPUT_*, which hold the GitHub token) and the Actions runtime
 * service's URLs and token (artifact, cache and results services). Those are dropped, so test
 * code, deploy scripts and their dependencies never hold them.
 *
 * Kept: everything the workflow hands to the step through `env:` (secrets included, since the
 * user put them there for the command), and ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN, which the
 * runner also gives to `run:` steps when the job has `permissions: id-token: write`: cloud
 * logins (AWS, Azure, GCP OIDC) in a deploy command need them.
 *
 * The list is what the runner's NodeScriptActionHandler adds for node actions and its
 * ScriptHandler (run: steps) does not.
 */
const ACTION_ONLY = new Set([
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RUNTIME_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_CACHE_SERVICE_V2',
]);

export const isActionOnly = (name: string): boolean => /^INPUT_/i.test(name) || ACTION_ONLY.has(name.toUpperCase());

export function runStepEnvironment(base: NodeJS.ProcessEnv): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(base)) {
    if (value !== undefined && !isActionOnly(name)) env[name] = value;
  }
  return env;
}
