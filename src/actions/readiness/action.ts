// The readiness action as its bundle's entry runs it (src/entry.ts): inputs, first reads, main module.
import type { ActionModules } from '../../entry.js';
import { earlyRead } from '../../github/early-reads.js';
import { readInputs, type Inputs } from './inputs.js';

export const action: ActionModules<Inputs> = {
  readInputs,
  // The repository (its default branch): the report's first read.
  earlyReads: (_inputs, context) => [earlyRead.repository(context)],
  load: () => import('./main.js'),
};
