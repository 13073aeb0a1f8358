import { describe, expect, test } from '@jest/globals';
import { mapToRepoPath, parseGoModulePath, readGoModules, RepoPathMapper } from '../../src/coverage/paths.js';
import { tempTree } from './helpers.js';

const repoRoot = '/home/runner/work/app/app';
const trackedFiles = [
  'src/x.ts',
  'src/util/format.ts',
  'packages/web/src/x.ts',
  'packages/web/src/index.ts',
  'packages/api/src/index.ts',
  'module-a/src/main/java/com/acme/Cart.java',
  'module-b/src/main/java/com/acme/Cart.java',
  'services/billing/pkg/invoice/invoice.go',
  'index.js',
  'go.mod',
];
const goModules = [{ module: 'github.com/acme/billing', directory: 'services/billing' }];

describe('mapToRepoPath', () => {
  test.each([
    // [report path, context, expected path, resolved]
    ['/home/runner/work/app/app/src/x.ts', {}, 'src/x.ts', true],
    ['src/x.ts', {}, 'src/x.ts', true],
    ['./src/../src/util/format.ts', {}, 'src/util/format.ts', true],
    ['src\\util\\format.ts', {}, 'src/util/format.ts', true],
    ['file:///home/runner/work/app/app/src/x.ts', {}, 'src/x.ts', true],
    // Relative to the working directory of a sub-project first.
    ['src/x.ts', { workingDirectory: '/home/runner/work/app/app/packages/web' }, 'packages/web/src/x.ts', true],
    ['src/index.ts', { workingDirectory: '/home/runner/work/app/app/packages/api' }, 'packages/api/src/index.ts', true],
    // Relative to the report's directory.
    ['../src/x.ts', { reportDirectory: '/home/runner/work/app/app/packages/web/coverage' }, 'packages/web/src/x.ts', true],
    // Cobertura <source> roots, absolute (from another machine) or relative.
    ['x.ts', { roots: ['/builds/ci/app/src', '/home/runner/work/app/app/src'] }, 'src/x.ts', true],
    ['format.ts', { roots: ['src/util'] }, 'src/util/format.ts', true],
    // Another machine or a container: matched by the longest tracked suffix.
    ['/builds/ci/app/src/util/format.ts', {}, 'src/util/format.ts', true],
    ['/app/index.js', {}, 'index.js', true],
    // JaCoCo package paths: ambiguous between modules unless a group hint says which.
    ['com/acme/Cart.java', { roots: ['module-b'] }, 'module-b/src/main/java/com/acme/Cart.java', true],
    ['com/acme/Cart.java', {}, 'com/acme/Cart.java', false],
    // Go import paths through go.mod, or by suffix without one.
    ['github.com/acme/billing/pkg/invoice/invoice.go', { goModules }, 'services/billing/pkg/invoice/invoice.go', true],
    ['github.com/other/billing/pkg/invoice/invoice.go', {}, 'services/billing/pkg/invoice/invoice.go', true],
    ['_/home/runner/work/app/app/services/billing/pkg/invoice/invoice.go', {}, 'services/billing/pkg/invoice/invoice.go', true],
    // Unresolvable: kept as given (normalized), reported as unresolved.
    ['/tmp/generated/x.gen.ts', {}, '/tmp/generated/x.gen.ts', false],
    ['lib/missing.ts', {}, 'lib/missing.ts', false],
    // Inside the repository but not tracked (generated at build time): kept as a repository path.
    ['/home/runner/work/app/app/build/gen.ts', {}, 'build/gen.ts', false],
    // An ambiguous basename-only match is not guessed.
    ['/elsewhere/src/index.ts', {}, '/elsewhere/src/index.ts', false],
  ])('%s %j → %s', (reportPath, context, expected, resolved) => {
    expect(mapToRepoPath(reportPath, { repoRoot, trackedFiles, ...context })).toEqual({ path: expected, resolved });
  });

  test('without a list of tracked files, paths inside the repository are taken as they are', () => {
    expect(mapToRepoPath('/home/runner/work/app/app/lib/a.ts', { repoRoot })).toEqual({ path: 'lib/a.ts', resolved: true });
    expect(mapToRepoPath('/elsewhere/a.ts', { repoRoot })).toEqual({ path: '/elsewhere/a.ts', resolved: false });
  });

  test('Windows runner paths', () => {
    const mapped = mapToRepoPath('D:\\a\\app\\app\\src\\x.ts', { repoRoot: 'D:\\a\\app\\app', trackedFiles });
    expect(mapped).toEqual({ path: 'src/x.ts', resolved: true });
  });

  test('a mapper answers repeated questions from its cache', () => {
    const mapper = new RepoPathMapper({ repoRoot, trackedFiles });
    expect(mapper.map('src/x.ts')).toBe(mapper.map('src/x.ts'));
  });
});

describe('Go modules', () => {
  test.each([
    ['module github.com/acme/app\n\ngo 1.22\n', 'github.com/acme/app'],
    ['// comment\nmodule "example.com/quoted" // trailing\n', 'example.com/quoted'],
    ['go 1.22\n', undefined],
  ])('parseGoModulePath(%j) = %s', (text, module) => {
    expect(parseGoModulePath(text)).toBe(module);
  });

  test('readGoModules reads every tracked go.mod, or go.mod at the root when none is listed', async () => {
    const root = tempTree({ 'go.mod': 'module example.com/root\n', 'svc/go.mod': 'module example.com/svc\n' });
    expect(await readGoModules(root, ['go.mod', 'svc/go.mod', 'svc/main.go'])).toEqual([
      { module: 'example.com/root', directory: '' },
      { module: 'example.com/svc', directory: 'svc' },
    ]);
    expect(await readGoModules(root, [])).toEqual([{ module: 'example.com/root', directory: '' }]);
    expect(await readGoModules(root, [], ['svc'])).toEqual([
      { module: 'example.com/root', directory: '' },
      { module: 'example.com/svc', directory: 'svc' },
    ]);
  });
});
