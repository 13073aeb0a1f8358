import { describe, expect, it } from '@jest/globals';
import { DEFAULT_MIGRATION_PATHS } from '../../src/rollback/safety.js';
import { InputReader } from '../../src/lib/inputs.js';
import { globSet } from '../../src/rollback/globs.js';
import { checkSafety, describeStop } from '../../src/rollback/safety.js';
import { renderSafety } from '../../src/rollback/render.js';
import MarkdownIt from 'markdown-it';
import { renderInline, tableShapes } from '../hostile/markdown-render.js';

describe('migration-paths globs (shipgate\'s one path-pattern syntax, picomatch)', () => {
  it.each([
    ['**/migrations/**', 'migrations/001.sql', true],
    ['**/migrations/**', 'services/api/migrations/2024/001.rb', true],
    ['**/migrations/**', 'src/migrationsHelper.ts', false],
    ['**/db/migrate/**', 'db/migrate/20240101_add.rb', true],
    ['**/*.sql', 'schema.sql', true],
    ['**/*.sql', 'db/seed/data.sql', true],
    ['**/*.sql', 'db/seed/data.sqlite', false],
    ['*.sql', 'deep/down/x.sql', true],
    ['/schema.sql', 'schema.sql', true],
    ['/schema.sql', 'a/schema.sql', false],
    ['db/', 'db/x/y', true],
    ['db/*.ddl', 'db/a.ddl', true],
    ['db/*.ddl', 'db/sub/a.ddl', false],
    ['db/**/*.ddl', 'db/a.ddl', true],
    ['db/**/*.ddl', 'db/sub/deeper/a.ddl', true],
    ['.github/workflows/**', '.github/workflows/ci.yml', true],
    ['.github/workflows/**', '.github/workflows-old/ci.yml', false],
    ['file?.txt', 'file1.txt', true],
    ['file?.txt', 'file10.txt', false],
    ['a+b(c).txt', 'a+b(c).txt', true],
    ['db/{migrate,seeds}/**', 'db/migrate/20240101_add.rb', true],
    ['db/{migrate,seeds}/**', 'db/seeds/users.rb', true],
    ['db/{migrate,seeds}/**', 'db/schema.rb', false],
    ['**/*.{sql,ddl}', 'a/b.ddl', true],
    ['db/**', 'db/migrate/.keep', true],
    ['**/migrations/**', '.hidden/migrations/1.sql', true],
    ['db/[!s]*/**', 'db/migrate/1.rb', true],
    ['db/[!s]*/**', 'db/seeds/1.rb', false],
    ['app/(db)/migrations/**', 'app/(db)/migrations/1.sql', true],
  ])('%s matches %s: %s', (glob, path, expected) => {
    expect(globSet([glob]).match(path)).toBe(expected ? glob : undefined);
  });

  it('negation takes paths back; the pattern that decided is named', () => {
    const set = globSet(['db/**', '!db/seeds/**', '**/*.sql']);
    expect(set.match('db/migrate/1.rb')).toBe('db/**');
    expect(set.match('db/seeds/users.rb')).toBeUndefined();
    expect(set.match('db/seeds/users.sql')).toBe('**/*.sql');
  });
});

describe('checkSafety', () => {
  const files = (...names: string[]) => names.map((filename) => ({ filename, status: 'modified' }));
  const base = { range: 'v1.1.0...v1.2.0', incomplete: false, migrationPaths: DEFAULT_MIGRATION_PATHS, force: false };

  it.each([
    [['src/app.ts', 'README.md'], [], false],
    [['src/app.ts', 'db/migrate/20240101_orders.rb'], [['db/migrate/20240101_orders.rb', 'migration']], true],
    [['prisma/migrations/1/migration.sql'], [['prisma/migrations/1/migration.sql', 'migration']], true],
    [['alembic/versions/abc.py', '.github/workflows/deploy.yml'], [['alembic/versions/abc.py', 'migration'], ['.github/workflows/deploy.yml', 'workflow']], true],
    [['src/queries/report.sql'], [['src/queries/report.sql', 'migration']], true],
  ])('%j → %j (stop: %s)', (names, risky, stop) => {
    const check = checkSafety({ ...base, files: files(...names) });
    expect(check.risky.map((file) => [file.path, file.kind])).toEqual(risky);
    expect(check.stop).toBe(stop);
    expect(check.changed).toBe(names.length);
  });

  it('migration-paths with braces, read as the action reads it, stops the rollback', () => {
    const migrationPaths = new InputReader((name) => (name === 'migration-paths' ? 'db/{migrate,seeds}/**, !db/seeds/README.md' : '')).list('migration-paths');
    expect(migrationPaths).toEqual(['db/{migrate,seeds}/**', '!db/seeds/README.md']);
    const check = checkSafety({ ...base, migrationPaths, files: files('db/seeds/users.rb', 'db/seeds/README.md', 'src/app.rb') });
    expect(check.risky.map((file) => [file.path, file.pattern])).toEqual([['db/seeds/users.rb', 'db/{migrate,seeds}/**']]);
    expect(check.stop).toBe(true);
  });

  it('sees both sides of a rename', () => {
    const check = checkSafety({ ...base, files: [{ filename: 'old/001.sql.bak', status: 'renamed', previous_filename: 'db/migrations/001.sql' }] });
    expect(check.risky.map((file) => file.path)).toEqual(['db/migrations/001.sql']);
  });

  it('does not stop when forced, and stops on an incomplete file list', () => {
    expect(checkSafety({ ...base, force: true, files: files('db/migrations/1.sql') }).stop).toBe(false);
    const incomplete = checkSafety({ ...base, incomplete: true, files: files('src/a.ts') });
    expect(incomplete.stop).toBe(true);
    expect(describeStop(incomplete, 'the rollback')).toBe(
      'Stopped the rollback: the range v1.1.0...v1.2.0 changes more files than GitHub lists (300), so migrations and workflow files cannot be ruled out; check the range and run again with force: true.',
    );
  });

  it('names at most five files in its one sentence', () => {
    const check = checkSafety({ ...base, files: files(...Array.from({ length: 7 }, (_, i) => `migrations/00${i}.sql`)) });
    expect(describeStop(check, 'the rollback')).toBe(
      'Stopped the rollback: the range v1.1.0...v1.2.0 changes 7 migration files (migrations/000.sql, migrations/001.sql, migrations/002.sql, migrations/003.sql, migrations/004.sql and 2 more) that a rollback does not undo safely; check them and run again with force: true.',
    );
  });
});

/** The text of each body cell of the first table in `markdown`, as GitHub shows it. */
function bodyCells(markdown: string): string[] {
  const tokens = new MarkdownIt({ html: true }).parse(markdown, {});
  const body = tokens.findIndex((token) => token.type === 'tbody_open');
  return tokens.slice(body).filter((token) => token.type === 'inline').map((token) => renderInline(token.content).text);
}

describe('the safety check in the job summary', () => {
  // Git allows `|` and backticks in paths and tag names, and migration-paths is user text: a file
  // must stay in its own row and cell, and show as the characters it has.
  const check = checkSafety({
    range: 'v1`x...v2|y',
    incomplete: false,
    files: [{ filename: 'db/migrations/a|b`c.sql', status: 'added' }],
    migrationPaths: ['db/migrations/*|*'],
    force: false,
  });

  it('keeps every risky file in a three-cell row, its path and pattern as written', () => {
    const markdown = renderSafety(check).join('\n');
    expect(tableShapes(markdown)).toEqual([[3, 3]]);
    const table = markdown.slice(markdown.indexOf('| File |'));
    expect(bodyCells(table)).toEqual(['db/migrations/a|b`c.sql', 'migration', 'db/migrations/*|*']);
  });

  it('shows the range as written', () => {
    expect(renderInline(renderSafety(check)[2]).text).toContain('v1`x...v2|y changes 1 migration or workflow file');
  });
});
