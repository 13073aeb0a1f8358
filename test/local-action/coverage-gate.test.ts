import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { installLocalAction, runLocalAction } from '../../scripts/lib/local-action.mjs';

// coverage-gate run by GitHub's `@github/local-action`, the way docs/DEVELOPING.md tells a
// developer to debug an action: it runs the TypeScript entry (src/actions/<name>/main.ts, which
// exports run()) with its own @actions/core in place of the real one, and prints what the action
// set. So this holds that every runner interaction goes through @actions/core (a hand-written
// protocol would show "No outputs were set!").
//
// local-action is pinned in runner/ (its own folder, outside the project's dependencies: see
// scripts/lib/local-action.mjs for why); the first run installs it into node_modules/.cache.

describe('coverage-gate under @github/local-action (no token: parse, gate, outputs, summary)', () => {
  let dir: string;

  beforeAll(() => {
    installLocalAction((message) => process.stdout.write(`${message}\n`));
    dir = mkdtempSync(path.join(os.tmpdir(), 'shipgate-local-action-'));
  }, 240_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** coverage-gate on a 3-of-4-lines lcov report, run by local-action with `min-coverage`. */
  const runGate = (minCoverage: string) => {
    // A workspace as actions/checkout leaves it: a git repository with one source file and its lcov report.
    const workspace = path.join(dir, `workspace-${minCoverage}`);
    mkdirSync(path.join(workspace, 'src'), { recursive: true });
    mkdirSync(path.join(workspace, 'coverage'));
    writeFileSync(path.join(workspace, 'src/app.js'), 'a\nb\nc\nd\n');
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=dev', '-c', 'user.email=dev@example.com', ...args], { cwd: workspace, encoding: 'utf8' }).trim();
    git('init', '--quiet');
    git('add', '.');
    git('commit', '--quiet', '-m', 'start');
    const sha = git('rev-parse', 'HEAD');
    writeFileSync(path.join(workspace, 'coverage/lcov.info'), 'TN:\nSF:src/app.js\nDA:1,1\nDA:2,1\nDA:3,0\nDA:4,1\nLF:4\nLH:3\nend_of_record\n');
    writeFileSync(path.join(dir, 'event.json'), JSON.stringify({ ref: 'refs/heads/main', after: sha }));
    const summary = path.join(dir, `summary-${minCoverage}.md`);
    const outputFile = path.join(dir, `output-${minCoverage}.txt`);
    writeFileSync(outputFile, '');
    // The dotenv file local-action reads: the inputs and the runner's variables.
    const dotenv = {
      'INPUT_REPORTS': 'coverage/lcov.info',
      'INPUT_MIN-COVERAGE': minCoverage,
      'INPUT_WORKING-DIRECTORY': workspace,
      'INPUT_GITHUB-TOKEN': '',
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: path.join(dir, 'event.json'),
      GITHUB_SHA: sha,
      GITHUB_REF: 'refs/heads/main',
      GITHUB_WORKSPACE: workspace,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: outputFile,
      RUNNER_TEMP: dir,
    };
    const envFile = path.join(dir, `local-${minCoverage}.env`);
    writeFileSync(envFile, Object.entries(dotenv).map(([name, value]) => `${name}=${value}\n`).join(''));

    const result = runLocalAction('coverage-gate', envFile, { timeoutMs: 180_000 });
    const output = `${result.stdout}\n${result.stderr}`;
    // local-action's own table of what the action set through its (substituted) @actions/core.
    const shown = output.slice(output.indexOf('Action Outputs'));
    const value = (name: string) => new RegExp(`'${name}'\\s*│\\s*'([^']*)'`).exec(shown)?.[1];
    return { result, output, shown, value, summary, outputFile };
  };

  it('shows the outputs it set and writes its job summary', () => {
    const { result, output, shown, value, summary, outputFile } = runGate('70');
    expect({ status: result.status, output }).toMatchObject({ status: 0 });
    expect(output).toContain('Action Outputs');
    expect(shown).not.toContain('No outputs were set');
    expect({ coverage: value('coverage'), passed: value('passed'), patch: value('patch-coverage') }).toEqual({ coverage: '75.00', passed: 'true', patch: '' });
    // The outputs went to local-action, not to the runner's file: the real @actions/core was not used.
    expect(readFileSync(outputFile, 'utf8')).toBe('');
    const written = readFileSync(summary, 'utf8');
    expect(written).toContain('coverage gate passed');
    expect(written).toContain('3 / 4');
  }, 200_000);

  it('reports a gate that fails as one failure line, with its outputs', () => {
    const { output, value } = runGate('90');
    expect(output).toContain('::error::');
    expect(output).toMatch(/::error::.*Line coverage 75\.00 % \(3 of 4 lines\) is below the minimum of 90 %/);
    expect(output).not.toMatch(/^\s+at /m); // no stack trace: runCommand turned it into setFailed
    expect({ coverage: value('coverage'), passed: value('passed') }).toEqual({ coverage: '75.00', passed: 'false' });
  }, 200_000);
});
