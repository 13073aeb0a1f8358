/**
 * The paths the rollback safety check (safety.ts) stops on, in a module of their own so that the
 * inputs can name the default without loading the glob engine.
 */
export const WORKFLOW_PATHS = ['.github/workflows/**'];

/** Used when migration-paths is empty: common migration folders of popular frameworks, and SQL files. */
export const DEFAULT_MIGRATION_PATHS = [
  '**/migrations/**',
  '**/migrate/**',
  '**/db/migrate/**',
  '**/alembic/versions/**',
  '**/prisma/migrations/**',
  '**/flyway/**',
  '**/liquibase/**',
  '**/*.sql',
];
