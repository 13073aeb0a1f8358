import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ACTIONS } from '../scripts/lib/actions.mjs';
import { readmePath, renderReadme } from '../scripts/lib/docs.mjs';

describe('action READMEs', () => {
  it.each([...ACTIONS, 'root'])('%s has input/output tables equal to its action.yml (run npm run docs)', (name) => {
    expect(existsSync(readmePath(name))).toBe(true);
    expect(readFileSync(readmePath(name), 'utf8')).toBe(renderReadme(name));
  });
});

describe('docs that live in the repository', () => {
  // Contributors read a clone: nothing may send them to files that only exist outside it. The
  // names are built from parts, so this file names no outside file itself and is checked too.
  const folder = ['sha', 'red'].join('');
  const doc = (name: string) => `${name}.md`;
  const OUTSIDE = new RegExp(
    [`\\.\\./${folder}\\b`, `/work/${folder}`, ...['SPEC', 'STYLE', 'TOOLCHAIN'].map((name) => `\\b${name}\\.md\\b`)].join('|'),
  );
  const root = path.resolve(import.meta.dirname, '..');

  it('the check finds a mention of a file outside the repository', () => {
    expect(OUTSIDE.test(`Read \`../${folder}/${doc('SPEC')}\` first`)).toBe(true);
    expect(OUTSIDE.test(`habit 3 of ${doc('STYLE')}`)).toBe(true);
    expect(OUTSIDE.test(`see ${doc('TOOLCHAIN')}`)).toBe(true);
    expect(OUTSIDE.test(`import { x } from '../${folder}/deployment.js';`)).toBe(true);
    expect(OUTSIDE.test("import { x } from '../deployment-steps/deployment.js';")).toBe(false);
  });

  it('no tracked file mentions a document or folder that lives outside the repository', () => {
    const files = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
      .split('\0')
      .filter((file) => file && !file.startsWith('dist/') && file !== 'package-lock.json' && existsSync(path.join(root, file)));
    const offending = files.filter((file) => OUTSIDE.test(readFileSync(path.join(root, file), 'utf8')));
    expect(offending).toEqual([]);
  });
});
