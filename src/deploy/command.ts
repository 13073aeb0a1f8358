import { spawn } from 'node:child_process';
import type { DeployKind } from '../github/deployments.js';
import { readdirSync, readFileSync } from 'node:fs';
import { CancelledError } from './runtime.js';
import { formatDurationCompact } from '../lib/duration.js';
import { runStepEnvironment } from '../lib/child-env.js';

/**
 * The deploy command runs as `bash -e -o pipefail -c <command>`: like a workflow `run:` step
 * with `shell: bash` (errexit and pipefail), so a failing line or pipe stage fails the deploy
 * instead of being ignored. It runs in its own process group so a timeout or a cancel stops the
 * whole tree (SIGTERM, then SIGKILL after a grace period), not just bash.
 *
 * It is spawned here rather than through @actions/exec (which runs git and the test command)
 * because @actions/exec can neither start the child in its own process group (`detached`) nor
 * signal the group, so on a cancel it would stop bash and leave the deploy it started running.
 */
export const SHELL = ['bash', '-e', '-o', 'pipefail', '-c'] as const;

/** How long a stopped command gets between SIGTERM and SIGKILL. The runner allows ~10 s after a cancel. */
export const KILL_GRACE_MS = 5000;

/** The variables the deploy command gets (besides the process environment). */
export interface ShipgateVariables {
  SHIPGATE_ENVIRONMENT: string;
  SHIPGATE_REF: string;
  SHIPGATE_SHA: string;
  SHIPGATE_VERSION: string;
  SHIPGATE_PREVIOUS_REF: string;
  SHIPGATE_DEPLOYMENT_ID: string;
  SHIPGATE_MODE: DeployKind;
}

/**
 * The command's environment: the process environment (so secrets handed to the step through
 * `env:` reach it) plus the SHIPGATE_* variables. The action's own INPUT_* variables are left out:
 * they hold the github-token, which a deploy command has no business seeing.
 */
export function commandEnvironment(base: NodeJS.ProcessEnv, variables: ShipgateVariables): Record<string, string> {
  return { ...runStepEnvironment(base), ...variables };
}

export interface CommandOptions {
  command: string;
  env: Record<string, string>;
  cwd?: string;
  /** Stop the command after this long (milliseconds). */
  timeoutMs?: number;
  /** Stop the command when this aborts (the runner cancelled the job). */
  signal?: AbortSignal;
  killGraceMs?: number;
  /** Where the command's stdout and stderr go, chunk by chunk, as they arrive. */
  output?: (chunk: string) => void;
}

export interface CommandResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  cancelled: boolean;
  durationMs: number;
}

/** One sentence for a command that did not succeed, or undefined when it did. */
export function describeCommandFailure(result: CommandResult, timeoutMs?: number): string | undefined {
  if (result.timedOut) return `The deploy command did not finish within its timeout of ${formatDurationCompact(timeoutMs ?? 0)} and was stopped.`;
  if (result.cancelled) return 'The deploy command was stopped because the run was cancelled.';
  if (result.signal) return `The deploy command was killed by ${result.signal}.`;
  if (result.exitCode !== 0) return `The deploy command failed with exit code ${result.exitCode}.`;
  return undefined;
}

/**
 * Whether any process of the group still runs. kill(-pgid, 0) also counts zombies, which an
 * init that does not reap orphans (containers) leaves behind, so on Linux /proc is asked first.
 */
const groupAlive = (pgid: number): boolean => {
  try {
    process.kill(-pgid, 0);
  } catch {
    return false;
  }
  if (process.platform !== 'linux') return true;
  try {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      let stat: string;
      try {
        stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      } catch {
        continue;
      }
      // pid (comm) state ppid pgrp ...; comm may contain spaces and parentheses.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid && fields[0] !== 'Z') return true;
    }
    return false;
  } catch {
    return true;
  }
};

const killGroup = (pid: number, signal: NodeJS.Signals): void => {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is gone already.
  }
};

/** Run the deploy command, streaming its output; resolves when it has exited (never rejects on a failing command). */
export function runCommand(options: CommandOptions): Promise<CommandResult> {
  const started = Date.now();
  const grace = options.killGraceMs ?? KILL_GRACE_MS;
  const output = options.output ?? ((chunk: string) => process.stdout.write(chunk));
  if (options.signal?.aborted) return Promise.reject(new CancelledError());

  return new Promise((resolve, reject) => {
    const child = spawn(SHELL[0], [...SHELL.slice(1), options.command], {
      cwd: options.cwd,
      env: options.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let timedOut = false;
    let cancelled = false;
    let stopping = false;
    let killTimer: NodeJS.Timeout | undefined;
    const pid = child.pid;

    const stop = () => {
      if (stopping || pid === undefined) return;
      stopping = true;
      killGroup(pid, 'SIGTERM');
      killTimer = setTimeout(() => killGroup(pid, 'SIGKILL'), grace);
    };
    const timeoutTimer = options.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          stop();
        }, options.timeoutMs)
      : undefined;
    const onAbort = () => {
      cancelled = true;
      stop();
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });

    child.stdout.setEncoding('utf8').on('data', output);
    child.stderr.setEncoding('utf8').on('data', output);
    child.on('error', (error) => {
      clearTimeout(timeoutTimer);
      clearTimeout(killTimer);
      options.signal?.removeEventListener('abort', onAbort);
      reject(new Error(`The deploy command could not be started (${SHELL.join(' ')}): ${error.message}`, { cause: error }));
    });
    child.on('exit', (exitCode, signal) => {
      clearTimeout(timeoutTimer);
      options.signal?.removeEventListener('abort', onAbort);
      const finish = async () => {
        // A stopped command's children get the rest of the grace period, then SIGKILL.
        if (stopping && pid !== undefined) {
          const deadline = Date.now() + grace;
          while (groupAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
          killGroup(pid, 'SIGKILL');
        }
        clearTimeout(killTimer);
        // A background process the command started may keep the pipes open: do not wait for it.
        await new Promise<void>((r) => {
          const timer = setTimeout(r, 200);
          child.once('close', () => {
            clearTimeout(timer);
            r();
          });
        });
        child.stdout.destroy();
        child.stderr.destroy();
        resolve({ exitCode, signal, timedOut, cancelled, durationMs: Date.now() - started });
      };
      void finish();
    });
  });
}
