import { InputReader } from '../../lib/inputs.js';
import { tagPrefixProblem } from '../../lib/names.js';
import { NOT_SEMVER, versionProblem } from '../../release/semver.js';

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

export function readInputs(reader: InputReader): Inputs {
  const inputs: Inputs = {
    ref: reader.optional('ref'),
    version: reader.optional('version'),
    bump: reader.enum('bump', BUMPS, 'auto'),
    'tag-prefix': reader.string('tag-prefix', 'v'),
    'release-notes': reader.boolean('release-notes', true),
    prerelease: reader.boolean('prerelease', false),
    'dry-run': reader.boolean('dry-run', false),
    'github-token': reader.githubToken('release needs it to read the tags and to create the tag and its GitHub Release'),
  };
  const prefixProblem = tagPrefixProblem(inputs['tag-prefix']);
  if (prefixProblem) reader.fail(`Input "tag-prefix" cannot be used: ${prefixProblem} (${JSON.stringify(inputs['tag-prefix'])}).`);
  if (inputs.version !== undefined) {
    const bare = inputs.version.startsWith(inputs['tag-prefix']) ? inputs.version.slice(inputs['tag-prefix'].length) : inputs.version;
    // Parsed by the same rules the release uses, so a version accepted here is never dropped later.
    const problem = versionProblem(bare);
    if (problem === NOT_SEMVER) reader.fail(`Input "version" must be a semantic version like 1.4.0 or 2.0.0-rc.1, but was ${JSON.stringify(inputs.version)}.`);
    else if (problem) reader.fail(`Input "version" cannot be used: ${problem} (${JSON.stringify(inputs.version)}).`);
    inputs.version = bare;
  }
  return inputs;
}
