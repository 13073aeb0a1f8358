// One deploy per environment, even when several start at the same instant: the built deploy
// bundle, N runs released together by a barrier on their first read of the environment's
// deployments (so each sees "nothing running"), against the simulator with GitHub's job
// deployments on. Every step of the test waits for an event (a line in a log, an exit), never a timer.
import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runAction } from '../../scripts/lib/run-action.mjs';
import { startBarrierProxy, type BarrierProxy } from './barrier.js';
import { GitRepo, deploymentsOf, simulatorFor, statesOf, type Simulator } from './helpers.js';

const repo = new GitRepo('shipgate-race-repo-');
const COMMITS = [repo.commit('one', { 'app.txt': '1' }), repo.commit('two', { 'app.txt': '2' }), repo.commit('three', { 'app.txt': '3' })];
const NEWEST = COMMITS[2];

let sim: Simulator;
let barrier: BarrierProxy;
let dir: string;

beforeEach(async () => {
  sim = await simulatorFor(repo);
  dir = mkdtempSync(path.join(os.tmpdir(), 'shipgate-race-'));
  // The first read of staging's deployments by each run waits for the others.
  barrier = await startBarrierProxy(sim.url, (method, url) => method === 'GET' && /^\/repos\/acme\/app\/deployments\?/.test(url) && url.includes('environment=staging'), COMMITS.length);
});
afterEach(async () => {
  await barrier.close();
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});
afterAll(() => repo.remove());

/** Resolves when `ready()` holds, looking again whenever something happened (a run printed or exited). */
function until(ready: () => boolean, wake: Array<(listener: () => void) => void>): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (ready()) resolve();
    };
    for (const on of wake) on(check);
    check();
  });
}

describe('concurrent deploys of one environment (built bundle)', () => {
  it('run their commands one at a time, and the newest commit is what ends live', async () => {
    const log = path.join(dir, 'commands.log');
    writeFileSync(log, '');
    // The command holds until the test opens its gate: a second command starting meanwhile is an
    // overlap. The gate is a named pipe: reading it blocks until the test writes to it (no polling).
    const command = [
      `mkfifo ${dir}/gate-$SHIPGATE_DEPLOYMENT_ID`,
      `echo "start $SHIPGATE_DEPLOYMENT_ID" >> ${log}`,
      `echo "command started"`,
      `cat ${dir}/gate-$SHIPGATE_DEPLOYMENT_ID > /dev/null`,
      `echo "end $SHIPGATE_DEPLOYMENT_ID" >> ${log}`,
    ].join('\n');
    const listeners: Array<() => void> = [];
    const notify = () => listeners.slice().forEach((listener) => listener());
    const stdout = COMMITS.map(() => '');
    const exited = COMMITS.map(() => false);
    const runs = COMMITS.map((sha, i) =>
      runAction('deploy', {
        apiUrl: barrier.url,
        sha: NEWEST,
        job: { environment: 'staging', simulator: sim },
        inputs: { environment: 'staging', ref: sha, command },
        timeoutMs: 120_000,
        onOutput: (chunk: string) => {
          stdout[i] += chunk;
          notify();
        },
      }).then((result) => {
        exited[i] = true;
        notify();
        return result;
      }),
    );

    const lines = () => readFileSync(log, 'utf8').split('\n').filter(Boolean);
    const running = () => {
      const started = lines().filter((line) => line.startsWith('start ')).map((line) => line.slice(6));
      const ended = new Set(lines().filter((line) => line.startsWith('end ')).map((line) => line.slice(4)));
      return started.filter((id) => !ended.has(id));
    };
    const everyOtherWaits = () =>
      stdout.every((text, i) => exited[i] || text.includes('command started') || /Waiting for deployment \d+/.test(text));
    let overlap = false;
    const opened = new Set<string>();
    const open = (id: string) => {
      opened.add(id);
      // Opening a pipe for writing waits for its reader: off the event loop, then closed at once (end of file).
      void writeFile(path.join(dir, `gate-${id}`), '');
    };
    while (!exited.every(Boolean)) {
      // Something happened: a command started, a run waits, a run exited.
      await until(() => exited.every(Boolean) || (running().length > 0 && !running().every((id) => opened.has(id)) && everyOtherWaits()) || running().length > 1, [(listener) => listeners.push(listener)]);
      listeners.length = 0;
      const now = running();
      if (now.length > 1) overlap = true;
      // Open a running command only once every other run is waiting its turn (or done), so a
      // second command that could start would have started already.
      for (const id of now) if (!opened.has(id)) open(id);
    }
    const results = await Promise.all(runs);
    expect(overlap).toBe(false);
    expect(barrier.arrived).toBe(COMMITS.length);

    // The newest commit is live; every deployment shipgate created has a final status.
    const shipgate = deploymentsOf(sim, 'staging');
    expect(shipgate).toHaveLength(COMMITS.length);
    const succeeded = shipgate.filter((each) => statesOf(sim, each.id).includes('success'));
    expect(succeeded.at(-1)?.sha).toBe(NEWEST);
    for (const each of shipgate) expect(['success', 'inactive', 'error', 'failure']).toContain(statesOf(sim, each.id).at(-1));
    // Each run either deployed or stopped with one sentence naming its own deployment.
    for (const [i, result] of results.entries()) {
      if (result.exitCode === 0) continue;
      expect(result.stdout).toMatch(new RegExp(`::error::Refusing to deploy ${COMMITS[i].slice(0, 7)} to staging: it is not a descendant of .*; deployment \\d+ was marked error\\.`));
    }
    expect(existsSync(log)).toBe(true);
  });
});
