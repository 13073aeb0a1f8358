import { describe, expect, test } from '@jest/globals';
import path from 'node:path';
import { discoverReports, expandGlob, findReports } from '../../src/coverage/discover.js';
import { createPathMatcher, expandBraces, globToRegExp } from '../../src/coverage/glob.js';
import { tempTree } from './helpers.js';

describe('globs', () => {
  test.each([
    ['src/*.ts', 'src/a.ts', true],
    ['src/*.ts', 'src/a/b.ts', false],
    ['src/**/*.ts', 'src/a.ts', true],
    ['src/**/*.ts', 'src/a/b/c.ts', true],
    ['**/*.test.ts', 'a.test.ts', true],
    ['**/*.test.ts', 'x/y/a.test.ts', true],
    ['src/**', 'src/a/b', true],
    ['src/?.ts', 'src/a.ts', true],
    ['src/?.ts', 'src/ab.ts', false],
    ['src/[ab].ts', 'src/b.ts', true],
    ['src/[!ab].ts', 'src/b.ts', false],
    ['src/a.ts', 'src/a.ts', true],
    ['src/a+b(1).ts', 'src/a+b(1).ts', true],
    ['./src/*.js', 'src/x.js', true],
  ])('%s matches %s: %p', (pattern, file, expected) => {
    expect(expandBraces(pattern).some((each) => globToRegExp(each).test(file))).toBe(expected);
  });

  test('braces expand, nested too', () => {
    expect(expandBraces('src/{a,b/{c,d}}.ts')).toEqual(['src/a.ts', 'src/b/c.ts', 'src/b/d.ts']);
    expect(expandBraces('src/{a}.ts')).toEqual(['src/{a}.ts']);
  });

  test.each([
    [['src/generated/**'], 'src/generated/a/b.ts', true],
    [['src/generated'], 'src/generated/a.ts', true],
    [['src/generated/'], 'src/generated/a.ts', true],
    [['*.test.ts'], 'deep/in/x.test.ts', true],
    [['generated'], 'a/generated/x.ts', true],
    [['/vendor'], 'vendor/x.ts', true],
    [['/vendor'], 'a/vendor/x.ts', false],
    [['**/*.{spec,test}.ts'], 'a/b.spec.ts', true],
    [['src/**', '!src/keep.ts'], 'src/keep.ts', false],
    [['src/**', '!src/keep.ts'], 'src/drop.ts', true],
    [['src/**', '!src/keep.ts', 'src/keep.ts'], 'src/keep.ts', true],
    [[], 'src/a.ts', false],
    [['  ', 'lib/**'], 'src/a.ts', false],
  ])('exclude %j leaves out %s: %p', (patterns, file, expected) => {
    expect(createPathMatcher(patterns)(file)).toBe(expected);
  });
});

describe('report discovery', () => {
  const tree = () =>
    tempTree({
      'coverage/lcov.info': 'TN:\nSF:a\n',
      'coverage/coverage-final.json': '{}',
      'coverage/clover.xml': '<coverage/>',
      'coverage/shard-1/lcov.info': 'SF:a\n',
      'coverage/shard-2/lcov.info': 'SF:a\n',
      'coverage.txt': 'not a go profile',
      'cover.out': 'mode: set\n',
      'build/reports/jacoco/test/jacocoTestReport.xml': '<?xml version="1.0"?><!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd"><report name="x"/>',
      'build/reports/jacoco/test/other.xml': '<testsuite/>',
      'node_modules/pkg/coverage/lcov.info': 'SF:a\n',
      'packages/web/coverage/lcov.info': 'SF:a\n',
    });

  test('expandGlob walks only where the pattern leads, skipping node_modules under **', async () => {
    const root = tree();
    const relative = (files: string[]) => files.map((file) => path.relative(root, file).split(path.sep).join('/'));
    expect(relative(await expandGlob('**/lcov.info', root))).toEqual([
      'coverage/lcov.info',
      'coverage/shard-1/lcov.info',
      'coverage/shard-2/lcov.info',
      'packages/web/coverage/lcov.info',
    ]);
    expect(relative(await expandGlob('node_modules/*/coverage/lcov.info', root))).toEqual(['node_modules/pkg/coverage/lcov.info']);
    expect(relative(await expandGlob('coverage/{lcov.info,clover.xml}', root))).toEqual(['coverage/clover.xml', 'coverage/lcov.info']);
    expect(relative(await expandGlob(path.join(root, 'cover.*'), '/'))).toEqual(['cover.out']);
    expect(await expandGlob('nothing/**/*.xml', root)).toEqual([]);
  });

  test('findReports: globs relative to the working directory; display paths relative to it', async () => {
    const root = tree();
    const reports = await findReports(['coverage/shard-*/lcov.info', 'cover.out', 'coverage/shard-1/lcov.info'], root);
    expect(reports.map((report) => report.displayPath)).toEqual(['coverage/shard-1/lcov.info', 'coverage/shard-2/lcov.info', 'cover.out']);
    expect(reports[0].path).toBe(path.join(root, 'coverage/shard-1/lcov.info'));
  });

  test('a glob that matches nothing names the glob and the directory', async () => {
    const root = tree();
    await expect(findReports(['coverage/*.lcov'], root)).rejects.toThrow(`No coverage report matches "coverage/*.lcov" in ${root}.`);
  });

  test('auto-discovery takes one report per tool family and directory, checking ambiguous names by content', async () => {
    const root = tree();
    expect((await discoverReports(root)).map((report) => report.displayPath)).toEqual([
      'coverage/lcov.info',
      'coverage/shard-1/lcov.info',
      'coverage/shard-2/lcov.info',
      'build/reports/jacoco/test/jacocoTestReport.xml',
      'cover.out',
    ]);
  });

  test('auto-discovery that finds nothing says where it looked and what to do', async () => {
    const root = tempTree({ 'README.md': '' });
    const message = await discoverReports(root).catch((error: Error) => error.message);
    expect(message).toMatch(new RegExp(`^No coverage report was found in ${root} \\(looked for coverage/lcov.info, .*\\); set the "reports" input to where your tests write coverage.$`));
  });
});
