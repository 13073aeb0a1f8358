import { exec } from '@actions/exec';
import { runStepEnvironment } from '../../lib/child-env.js';

/**
 * Run the user's test command the way a `shell: bash` step does (bash --noprofile --norc -eo
 * pipefail -c), in the working directory, through @actions/exec, with its output streamed to the
 * step's log as it comes. Resolves with the exit code (bash reports a command killed by a signal
 * as 128 + the signal's number). The command sees what a `run:` step would see
 * (runStepEnvironment): not the action's INPUT_* variables (they hold the GitHub token), nor the
 * runtime variables the runner gives only to actions.
 *
 * `silent` drops @actions/exec's `[command]...` echo: a multi-line command would otherwise be
 * printed raw, and one of its lines could read as a workflow command. The gate's log group
 * already names the command.
 */
export async function runTestCommand(command: string, cwd: string): Promise<number> {
  try {
    const code = await exec('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', command], {
      cwd,
      env: runStepEnvironment(process.env),
      silent: true,
      ignoreReturnCode: true,
      listeners: {
        stdout: (data: Buffer) => process.stdout.write(data),
        stderr: (data: Buffer) => process.stderr.write(data),
      },
    });
    // null: bash itself was killed (a signal to bash, not to the tests it ran); a failure all the same.
    return code ?? 1;
  } catch (error) {
    process.stderr.write(`The test command could not be started: ${(error as Error).message}\n`);
    return 127;
  }
}
