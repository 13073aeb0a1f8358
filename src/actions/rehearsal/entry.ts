// The rehearsal action's bundle entry: scripts/build.mjs bundles this file alone into dist/rehearsal/index.js.
import { runEntry } from '../../entry.js';
import { readInputs } from './inputs.js';
import { run } from './main.js';

await runEntry({ readInputs, run });
