import { InputReader } from '../../lib/inputs.js';

export const BUMPS = ['auto', 'major', 'minor', 'patch'] as const;

/** The release inputs, keys as in actions/release/action.yml. */
export interface Inputs {
  ref: string | undefined;
  version: string | undefined;
  bump: (typeof BUMPS)[number];
  'tag-prefix': string;
  'release-notes': boolean;
  prerelease: boolean;
  'dry-run': boolean;
  'github-token': string;
}

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

export function readInputs(reader: InputReader): Inputs {
  const inputs: Inputs = {
    ref: reader.optional('ref'),
    version: reader.optional('version'),
    bump: reader.enum('bump', BUMPS, 'auto'),
    'tag-prefix': reader.string('tag-prefix', 'v'),
    'release-notes': reader.boolean('release-notes', true),
    prerelease: reader.boolean('prerelease', false),
    'dry-run': reader.boolean('dry-run', false),
    'github-token': reader.string('github-token'),
  };
  if (inputs.version !== undefined) {
    const bare = inputs.version.startsWith(inputs['tag-prefix']) ? inputs.version.slice(inputs['tag-prefix'].length) : inputs.version;
    if (!SEMVER.test(bare)) {
      reader.fail(`Input "version" must be a semantic version like 1.4.0 or 2.0.0-rc.1, but was ${JSON.stringify(inputs.version)}.`);
    }
    inputs.version = bare;
  }
  return inputs;
}
