import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import * as runner from '../../src/lib/runner.js';

type Api = typeof runner;

/** Run the same calls against an implementation; return what reached stdout and each file. */
async function transcript(api: Pick<Api, 'setOutput' | 'saveState' | 'exportVariable' | 'setSecret' | 'info' | 'debug' | 'error' | 'warning' | 'notice' | 'setFailed' | 'startGroup' | 'endGroup'> & { summary: unknown }) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'runner-'));
  const files = { GITHUB_OUTPUT: 'output', GITHUB_STATE: 'state', GITHUB_ENV: 'env', GITHUB_STEP_SUMMARY: 'summary' };
  for (const [variable, name] of Object.entries(files)) {
    writeFileSync(path.join(dir, name), '');
    process.env[variable] = path.join(dir, name);
  }
  const written: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  try {
    api.setOutput('coverage', '81.25');
    api.setOutput('multi', 'line one\nline two');
    api.setOutput('object', { passed: true });
    api.saveState('deployment', 42);
    api.exportVariable('SHIPGATE_X', 'y');
    api.setSecret('s3cr3t');
    api.info('plain: text, with % and\nnewline');
    api.debug('debug 100%');
    api.error('bad, very: bad\r\nthing', { title: 'T: 1', file: 'src/a,b.ts', startLine: 3, endLine: 5, startColumn: 1, endColumn: 2 });
    api.warning(new Error('as error'));
    api.notice('note', {});
    api.startGroup('group');
    api.endGroup();
    api.setFailed('it failed');
    const summary = api.summary as typeof runner.summary;
    await summary
      .addHeading('Coverage', 2)
      .addHeading('Fallback')
      .addTable([[{ data: 'file', header: true }, { data: 'lines', header: true }], ['src/a.ts', '90 %']])
      .addList(['one', 'two'])
      .addList(['x'], true)
      .addDetails('more', 'hidden')
      .addCodeBlock('npm test', 'bash')
      .addQuote('quoted', 'who')
      .addLink('run', 'https://example.com/run')
      .addSeparator()
      .addBreak()
      .addRaw('raw', true)
      .write();
  } finally {
    spy.mockRestore();
  }
  const normalise = (text: string) => text.replace(/ghadelimiter_[0-9a-f-]+/g, 'DELIMITER');
  return {
    stdout: normalise(written.join('')),
    files: Object.fromEntries(Object.values(files).map((name) => [name, normalise(readFileSync(path.join(dir, name), 'utf8'))])),
    exitCode: process.exitCode,
  };
}

afterEach(() => {
  delete process.env.SHIPGATE_X;
});

describe('runner protocol', () => {
  it('writes byte for byte what @actions/core writes for the same calls', async () => {
    const ours = await transcript(runner);
    process.exitCode = undefined;
    const theirs = await transcript(core as unknown as Api);
    expect(ours).toEqual(theirs);
    expect(ours.files.output).toContain('coverage<<DELIMITER\n81.25\nDELIMITER\n');
    expect(ours.stdout).toContain('::error title=T%3A 1,file=src/a%2Cb.ts,line=3,endLine=5,col=1,endColumn=2::bad, very: bad%0D%0Athing\n');
  });

  it('reads saved state back from STATE_ variables', () => {
    process.env.STATE_deployment = '42';
    expect(runner.getState('deployment')).toBe('42');
    delete process.env.STATE_deployment;
  });
});
