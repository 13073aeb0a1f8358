import { spawn } from 'node:child_process';
import { runStepEnvironment } from '../../lib/child-env.js';

/**
 * Run the user's test command the way a `shell: bash` step does (bash --noprofile --norc -eo
 * pipefail -c), in the working directory, with its output streamed straight to the log.
 * Resolves with the exit code; a command killed by a signal counts as 128 + signal number.
 * The command does not see the action's INPUT_* variables (they hold the GitHub token).
 */
export function runTestCommand(command: string, cwd: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', command], { cwd, stdio: 'inherit', env: runStepEnvironment(process.env) });
    child.on('error', (error) => {
      process.stderr.write(`The test command could not be started: ${error.message}\n`);
      resolve(127);
    });
    child.on('close', (code, signal) => {
      if (code !== null) resolve(code);
      else resolve(128 + (signal === 'SIGKILL' ? 9 : signal === 'SIGTERM' ? 15 : signal === 'SIGINT' ? 2 : 1));
    });
  });
}
