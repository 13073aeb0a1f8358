import { InputReader, envInputSource, type InputSource } from '../../lib/inputs.js';
import { UserError } from '../../lib/errors.js';
import { readInputs } from './inputs.js';

export async function run(source: InputSource = envInputSource): Promise<void> {
  readInputs(new InputReader(source));
  throw new UserError('The deploy action is not implemented yet.');
}
