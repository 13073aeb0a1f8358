import { InputReader } from '../../lib/inputs.js';
import { DEFAULT_MIGRATION_PATHS } from '../../rollback/paths.js';
import { readDeploymentInputs, type DeploymentInputs } from '../deployment-steps/inputs.js';

/** The rollback inputs, keys as in actions/rollback/action.yml. */
export interface Inputs extends DeploymentInputs {
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
    ...readDeploymentInputs(reader, 'rollback needs it to find the live deployment and its release, and to record the rollback'),
  };
}
