import { InputReader } from '../../lib/inputs.js';
import { readVerifyInputs, type VerifyInputs } from '../deploy/inputs.js';

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

/** The rollback inputs, keys as in actions/rollback/action.yml. */
export interface Inputs extends VerifyInputs {
  environment: string;
  to: string | undefined;
  reason: string | undefined;
  'migration-paths': string[];
  force: boolean;
}

export function readInputs(reader: InputReader): Inputs {
  return {
    environment: reader.environment('environment', 'production'),
    to: reader.optional('to'),
    reason: reader.optional('reason'),
    'migration-paths': reader.list('migration-paths', DEFAULT_MIGRATION_PATHS),
    force: reader.boolean('force', false),
    ...readVerifyInputs(reader, 'rollback needs it to find the live deployment and its release, and to record the rollback'),
  };
}
