import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const typed = ['src/**/*.ts', 'test/**/*.ts'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test/fixtures/**', 'scripts/fixtures/samples/**', '**/*.tmp-*/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Type-aware rules (floating promises, unsafe `any`, needless assertions...) on the TypeScript
  // sources: they read the types tsconfig.json gives, so they see what the plain rules cannot.
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: typed })),
  {
    files: typed,
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Test doubles implement Promise-returning ports with plain values.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      // NodeNext imports name the emitted `.js`; the module on disk is the `.ts` beside it.
      'import-x/resolver-next': [createNodeResolver({ extensionAlias: { '.js': ['.ts', '.js'] } })],
    },
    rules: {
      // A cycle makes load order decide what is initialised; type-only cycles are caught by
      // test/imports.test.ts (this rule skips `import type`).
      'import-x/no-cycle': 'error',
    },
  },
  {
    languageOptions: {
      globals: {
        process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly',
        clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', fetch: 'readonly',
        AbortController: 'readonly', AbortSignal: 'readonly', TextDecoder: 'readonly', TextEncoder: 'readonly',
        performance: 'readonly', structuredClone: 'readonly', Response: 'readonly', Headers: 'readonly',
        URLSearchParams: 'readonly', setImmediate: 'readonly', queueMicrotask: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['src/coverage/**', 'src/deploy/**', 'src/release/**', 'src/rollback/**', 'src/rehearsal/**', 'src/approval/**', 'src/readiness/**', 'src/github/**'],
    rules: {
      // Domain modules never talk to the runner directly: they are tested without mocks. They sit
      // below the actions and never import them.
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: '@actions/core', message: 'Only src/actions/*/main.ts and src/lib talk to the runner.' }],
          patterns: [
            { group: ['**/lib/run.js'], message: 'Only src/actions/*/main.ts and src/lib talk to the runner.' },
            { group: ['**/actions/**'], message: 'Domain modules sit below the actions: move what both need into the domain.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/actions/**'],
    rules: {
      // An action is a leaf: it never imports another action's modules; what two actions share
      // lives in src/actions/deployment-steps or below.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // A sibling folder of src/actions (one `../`), other than deployment-steps.
              regex: '^\\.\\./(?!\\.\\./|deployment-steps/)',
              message: 'An action never imports another action: move what both need to src/actions/deployment-steps or a domain module.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**'],
    ignores: ['src/lib/log.ts'],
    rules: {
      // Every log line goes through src/lib/log.ts, which keeps user text from starting a workflow command.
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='core'][property.name=/^(info|debug|notice|warning|error|startGroup|endGroup|group)$/]",
          message: 'Log through `log` from src/lib/log.ts: it keeps user text from starting a workflow command.',
        },
      ],
    },
  },
);
