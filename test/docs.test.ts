import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { ACTIONS } from '../scripts/lib/actions.mjs';
import { readmePath, renderReadme } from '../scripts/lib/docs.mjs';

describe('action READMEs', () => {
  it.each([...ACTIONS, 'root'])('%s has input/output tables equal to its action.yml (run npm run docs)', (name) => {
    expect(existsSync(readmePath(name))).toBe(true);
    expect(readFileSync(readmePath(name), 'utf8')).toBe(renderReadme(name));
  });
});
