import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test/fixtures/**', 'scripts/fixtures/samples/**', '**/*.tmp-*/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
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
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: '@actions/core', message: 'src/lib/runner.ts speaks the runner protocol without loading an HTTP stack.' }] }],
    },
  },
  {
    files: ['src/coverage/**', 'src/deploy/**', 'src/release/**', 'src/rollback/**', 'src/approval/**'],
    rules: {
      // Domain modules never talk to the runner directly (STYLE.md habit 1).
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: '@actions/core', message: 'Only src/actions/*/main.ts and src/lib talk to the runner.' }],
          patterns: [{ group: ['**/lib/runner.js', '**/lib/run.js'], message: 'Only src/actions/*/main.ts and src/lib talk to the runner.' }],
        },
      ],
    },
  },
);
