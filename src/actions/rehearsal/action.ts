// The rehearsal action as its bundle's entry runs it (src/entry.ts): inputs, first reads, main module.
import type { ActionModules } from '../../entry.js';
import { earlyRead } from '../../github/early-reads.js';
import { DEPLOYMENTS_PER_PAGE, SHIPGATE_TASK } from '../../github/well-known.js';
import { readInputs, type Inputs } from './inputs.js';

export const action: ActionModules<Inputs> = {
  readInputs,
  // The ledger's first page of the rehearsed environment's deployments.
  earlyReads: (inputs, context) => [earlyRead.deployments(context, inputs.environment, SHIPGATE_TASK, DEPLOYMENTS_PER_PAGE)],
  load: () => import('./main.js'),
};
