// The deploy action's bundle entry: scripts/build.mjs bundles this file into dist/deploy/index.js, and the
// main module it loads (action.ts) into a second file beside it.
import { runEntry } from '../../entry.js';
import { action } from './action.js';

await runEntry(action);
