import { describe, expect, test } from '@jest/globals';
import path from 'node:path';
import { discoverReports, expandGlob, findReports } from '../../src/coverage/discover.js';
import { createPathMatcher } from '../../src/coverage/glob.js';
import { tempTree } from './helpers.js';

describe('exclude globs (shipgate\'s one path-pattern syntax, picomatch)', () => {
  test.each([
    [['src/*.ts'], 'src/a.ts', true],
    [['src/*.ts'], 'src/a/b.ts', false],
    [['src/**/*.ts'], 'src/a.ts', true],
    [['src/**/*.ts'], 'src/a/b/c.ts', true],
    [['**/*.test.ts'], 'a.test.ts', true],
    [['**/*.test.ts'], 'x/y/a.test.ts', true],
    [['src/?.ts'], 'src/a.ts', true],
    [['src/?.ts'], 'src/ab.ts', false],
    [['src/[ab].ts'], 'src/b.ts', true],
    [['src/[!ab].ts'], 'src/b.ts', false],
    [['src/[!ab].ts'], 'src/c.ts', true],
    [['src/a+b(1).ts'], 'src/a+b(1).ts', true],
    [['./src/*.js'], 'src/x.js', true],
    [['src/generated/**'], 'src/generated/a/b.ts', true],
    [['src/generated'], 'src/generated/a.ts', true],
    [['src/generated/'], 'src/generated/a.ts', true],
    [['*.test.ts'], 'deep/in/x.test.ts', true],
    [['generated'], 'a/generated/x.ts', true],
    [['/vendor'], 'vendor/x.ts', true],
    [['/vendor'], 'a/vendor/x.ts', false],
    // Braces, nested too.
    [['**/*.{spec,test}.ts'], 'a/b.spec.ts', true],
    [['src/{a,b/{c,d}}.ts'], 'src/b/d.ts', true],
    [['src/{a,b/{c,d}}.ts'], 'src/b/e.ts', false],
    [['db/{migrate,seeds}/**'], 'db/seeds/1.rb', true],
    // Negation: the last pattern that applies decides.
    [['src/**', '!src/keep.ts'], 'src/keep.ts', false],
    [['src/**', '!src/keep.ts'], 'src/drop.ts', true],
    [['src/**', '!src/keep.ts', 'src/keep.ts'], 'src/keep.ts', true],
    [['src/**', '!src/{keep,also}.ts'], 'src/also.ts', false],
    // Dot files and folders are files like any other.
    [['src/**'], 'src/.hidden/a.ts', true],
    [['**/*.ts'], '.storybook/main.ts', true],
    [['*.config.js'], '.eslintrc.config.js', true],
    // Parentheses are literal (Next.js route groups), unless they open an extglob.
    [['app/(auth)/**'], 'app/(auth)/login/page.tsx', true],
    [['app/(auth)/**'], 'app/auth/login/page.tsx', false],
    [['src/a+b(1).ts'], 'src/a+b1.ts', false],
    [['src/*.@(spec|test).ts'], 'src/a.spec.ts', true],
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

  test('reports globs: braces, **, classes, and dot folders only when the pattern spells the dot', async () => {
    const root = tempTree({
      'packages/web/coverage/lcov.info': 'SF:a\n',
      'packages/api/coverage/lcov.info': 'SF:a\n',
      'packages/cli/coverage/lcov.info': 'SF:a\n',
      '.nyc_output/out.json': '{}',
      'packages/web/.cache/coverage/lcov.info': 'SF:a\n',
      'coverage/unit/lcov.info': 'SF:a\n',
      'coverage/e2e/lcov.info': 'SF:a\n',
      'coverage/e2e/nested/lcov.info': 'SF:a\n',
      'app/(shop)/coverage/lcov.info': 'SF:a\n',
    });
    const relative = (files: string[]) => files.map((file) => path.relative(root, file).split(path.sep).join('/'));
    expect(relative(await expandGlob('packages/{web,api}/coverage/lcov.info', root))).toEqual(['packages/api/coverage/lcov.info', 'packages/web/coverage/lcov.info']);
    expect(relative(await expandGlob('packages/[!c]*/**/lcov.info', root))).toEqual(['packages/api/coverage/lcov.info', 'packages/web/coverage/lcov.info']);
    expect(relative(await expandGlob('coverage/{unit,e2e}/lcov.info', root))).toEqual(['coverage/e2e/lcov.info', 'coverage/unit/lcov.info']);
    expect(relative(await expandGlob('coverage/**/lcov.info', root))).toEqual(['coverage/e2e/lcov.info', 'coverage/e2e/nested/lcov.info', 'coverage/unit/lcov.info']);
    expect(relative(await expandGlob('*/out.json', root))).toEqual([]);
    expect(relative(await expandGlob('.nyc_output/*.json', root))).toEqual(['.nyc_output/out.json']);
    expect(relative(await expandGlob('packages/web/.cache/**/lcov.info', root))).toEqual(['packages/web/.cache/coverage/lcov.info']);
    expect(relative(await expandGlob('./coverage/unit/lcov.info', root))).toEqual(['coverage/unit/lcov.info']);
    expect(relative(await expandGlob('app/(shop)/coverage/lcov.info', root))).toEqual(['app/(shop)/coverage/lcov.info']);
    expect(relative(await expandGlob('app/(shop)/*/lcov.info', root))).toEqual(['app/(shop)/coverage/lcov.info']);
    expect(relative(await expandGlob('app/*/coverage/lcov.info', root))).toEqual(['app/(shop)/coverage/lcov.info']);
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
