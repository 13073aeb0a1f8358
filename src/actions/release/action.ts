// The release action as its bundle's entry runs it (src/entry.ts): inputs, first reads, main module.
import type { ActionModules } from '../../entry.js';
import { earlyRead } from '../../github/early-reads.js';
import { TAGS_PER_PAGE } from '../../github/well-known.js';
import { readInputs, type Inputs } from './inputs.js';

export const action: ActionModules<Inputs> = {
  readInputs,
  // The tags under the prefix: every release plan starts from them.
  earlyReads: (inputs, context) => [earlyRead.matchingRefs(context, `tags/${inputs['tag-prefix']}`, TAGS_PER_PAGE)],
  load: () => import('./main.js'),
};
