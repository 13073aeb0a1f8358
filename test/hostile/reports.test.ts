// Careless and hostile coverage reports, read by the coverage domain as the gate reads them:
// each gives exactly the figures a person counting by hand would get, or is refused in one
// sentence that names the report.
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadCoverage, totals } from '../../src/coverage/index.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'shipgate-reports-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let count = 0;
async function read(name: string, content: string) {
  const dir = path.join(root, String(++count));
  mkdirSync(dir);
  writeFileSync(path.join(dir, name), content);
  const model = await loadCoverage({ reports: [name], repoRoot: dir });
  return { files: [...model.files.keys()].sort(), ...totals(model) };
}

const LCOV: Array<[string, string, { files: string[]; lines: [number, number]; branches?: [number, number] }]> = [
  ['Windows line ends', 'SF:src/a.js\r\nDA:1,1\r\nDA:2,0\r\nend_of_record\r\n', { files: ['src/a.js'], lines: [1, 2] }],
  ['one line recorded twice (hit once, then not)', 'SF:src/a.js\nDA:1,0\nDA:1,3\nend_of_record\n', { files: ['src/a.js'], lines: [1, 1] }],
  ['one file in two records', 'SF:src/a.js\nDA:1,1\nend_of_record\nSF:src/a.js\nDA:2,0\nend_of_record\n', { files: ['src/a.js'], lines: [1, 2] }],
  ['HTML and a mention in a file name', 'SF:src/<img src=x>@org.js\nDA:1,1\nend_of_record\n', { files: ['src/<img src=x>@org.js'], lines: [1, 1] }],
  ['spaces and unicode in a file name', 'SF:src/mön app/ä b.js\nDA:1,0\nend_of_record\n', { files: ['src/mön app/ä b.js'], lines: [0, 1] }],
  ['branches taken, not taken and never reached', 'SF:src/a.js\nDA:1,1\nBRDA:1,0,0,2\nBRDA:1,0,1,0\nBRDA:1,0,2,-\nend_of_record\n', { files: ['src/a.js'], lines: [1, 1], branches: [1, 3] }],
  ['a summary line that disagrees with the records', 'SF:src/a.js\nDA:1,1\nDA:2,0\nLH:2\nLF:2\nend_of_record\n', { files: ['src/a.js'], lines: [1, 2] }],
  ['blank lines and stray text between records', '\n\nTN:\nSF:src/a.js\n\nDA:1,1\nend_of_record\n\n', { files: ['src/a.js'], lines: [1, 1] }],
];

describe('hostile and careless reports', () => {
  it.each(LCOV)('lcov: %s', async (_what, content, expected) => {
    const result = await read('lcov.info', content);
    expect(result.files).toEqual(expected.files);
    expect([result.lines.covered, result.lines.total]).toEqual(expected.lines);
    if (expected.branches) expect([result.branches.covered, result.branches.total]).toEqual(expected.branches);
  });
});

const BOMB = '<?xml version="1.0"?>\n<!DOCTYPE coverage [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>\n<coverage><packages><package><classes><class filename="&c;"><lines><line number="1" hits="1"/></lines></class></classes></package></packages></coverage>\n';

const REFUSED: Array<[string, string, string]> = [
  ['not a report at all', 'coverage.txt', 'hello, this is not coverage\n'],
  ['a go profile without its mode line', 'coverage.out', 'example.com/m/a.go:1.1,2.2 1 1\n'],
  ['lcov with a line number that is not a number', 'lcov.info', 'SF:src/a.js\nDA:one,1\nend_of_record\n'],
];

describe('an XML entity bomb', () => {
  it('is read without expanding its entities (a DTD is never processed)', async () => {
    expect(await read('coverage.xml', BOMB)).toEqual({ files: ['&c;'], lines: { covered: 1, total: 1 }, branches: { covered: 0, total: 0 } });
  });
});

describe('reports that are refused', () => {
  it.each(REFUSED)('%s: one sentence naming the report', async (_what, name, content) => {
    const error = await read(name, content).then(
      () => undefined,
      (thrown: Error) => thrown,
    );
    expect(error?.message).toContain(name);
    expect(error?.message).not.toMatch(/\n/);
  });
});
