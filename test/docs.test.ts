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
  // Contributors read a clone: nothing may send them to files that only exist outside it.
  const OUTSIDE = /\.\.\/shared\b|\/work\/shared|\bSPEC\.md\b|\bSTYLE\.md\b|\bTOOLCHAIN\.md\b/;
  const root = path.resolve(import.meta.dirname, '..');

  it('the check finds a mention of a file outside the repository', () => {
    const up = '..'; // built from parts so this file names no outside path itself
    expect(OUTSIDE.test(`Read \`${up}/shared/SPEC.md\` first`)).toBe(true);
    expect(OUTSIDE.test('habit 3 of STYLE.md')).toBe(true);
    expect(OUTSIDE.test(`import { x } from '${up}/shared/deployment.js';`)).toBe(true);
    expect(OUTSIDE.test("import { x } from '../deployment-steps/deployment.js';")).toBe(false);
  });

  it('no tracked file mentions SPEC.md, STYLE.md, TOOLCHAIN.md or the parent folder\'s shared/', () => {
    const files = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
      .split('\0')
      .filter((file) => file && !file.startsWith('dist/') && file !== 'package-lock.json' && file !== 'test/docs.test.ts' && existsSync(path.join(root, file)));
    const offending = files.filter((file) => OUTSIDE.test(readFileSync(path.join(root, file), 'utf8')));
    expect(offending).toEqual([]);
  });
});
