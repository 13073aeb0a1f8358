import { InputReader } from '../../lib/inputs.js';
import { readDeploymentInputs, type DeploymentInputs } from '../deployment-steps/inputs.js';
import { DEFAULT_MIGRATION_PATHS } from '../../rollback/paths.js';

/** The rehearsal inputs, keys as in actions/rehearsal/action.yml. */
export interface Inputs extends DeploymentInputs {
  environment: string;
  'migration-paths': string[];
  force: boolean;
  /** Minutes. */
  'max-restore-time': number;
}

export function readInputs(reader: InputReader): Inputs {
  const environment = reader.environment('environment', 'staging');
  // A rehearsal puts an environment's previous release back: production is rolled back by the rollback action only.
  if (/^(production|prod)$/i.test(environment)) {
    reader.fail(`Input "environment" names ${environment}: rehearse on a staging environment; production is rolled back by the rollback action.`);
  }
  return {
    environment,
    'migration-paths': reader.list('migration-paths', DEFAULT_MIGRATION_PATHS),
    force: reader.boolean('force', false),
    'max-restore-time': reader.duration('max-restore-time', 240),
    ...readDeploymentInputs(reader, 'rehearsal needs it to find the live deployment and its release, and to record both deployments'),
  };
}
