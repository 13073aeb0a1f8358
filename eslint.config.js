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
    files: ['src/coverage/**', 'src/deploy/**', 'src/release/**', 'src/rollback/**', 'src/approval/**'],
    rules: {
      // Domain modules never talk to the runner directly: they are tested without mocks.
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: '@actions/core', message: 'Only src/actions/*/main.ts and src/lib talk to the runner.' }],
          patterns: [{ group: ['**/lib/run.js'], message: 'Only src/actions/*/main.ts and src/lib talk to the runner.' }],
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
