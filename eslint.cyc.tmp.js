import tseslint from 'typescript-eslint';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
export default [
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test/fixtures/**', 'scripts/fixtures/samples/**', '**/*.tmp-*/**', '*.tmp.js'] },
  { files: ['**/*.ts', '**/*.mjs', '**/*.js'], languageOptions: { parser: tseslint.parser }, plugins: { 'import-x': importX },
    settings: { 'import-x/extensions': ['.ts', '.js', '.mjs'], 'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] }, 'import-x/resolver-next': [createNodeResolver({ extensionAlias: { '.js': ['.ts', '.js'] } })] },
    rules: { 'import-x/no-cycle': 'error' } },
];
