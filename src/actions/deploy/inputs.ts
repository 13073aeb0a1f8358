import type { InputReader } from '../../lib/inputs.js';
import { readDeploymentInputs, type DeploymentInputs } from '../deployment-steps/inputs.js';

/** The deploy inputs, keys as in actions/deploy/action.yml. */
export interface Inputs extends DeploymentInputs {
  environment: string;
  ref: string | undefined;
  production: boolean | undefined;
  'require-deployed-to': string | undefined;
  'auto-rollback': boolean;
  'tag-prefix': string;
  force: boolean;
}

export function readInputs(reader: InputReader): Inputs {
  const environment = reader.required('environment') && reader.environment('environment');
  const production = reader.raw('production') === '' ? undefined : reader.boolean('production', false);
  return {
    environment,
    ref: reader.optional('ref'),
    production,
    'require-deployed-to': reader.optional('require-deployed-to'),
    'auto-rollback': reader.boolean('auto-rollback', true),
    'tag-prefix': reader.string('tag-prefix', 'v'),
    force: reader.boolean('force', false),
    ...readDeploymentInputs(reader, 'deploy needs it to read and record the deployments of the environment'),
  };
}
