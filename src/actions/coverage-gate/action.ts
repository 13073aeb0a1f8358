// The coverage-gate action as its bundle's entry runs it (src/entry.ts): inputs, first reads, main module.
import type { ActionModules } from '../../entry.js';
import { earlyRead } from '../../github/early-reads.js';
import { SNAPSHOT_REF } from '../../github/well-known.js';
import { readInputs, type Inputs } from './inputs.js';

export const action: ActionModules<Inputs> = {
  readInputs,
  // The snapshot ref, which the gate reads first, but only when nothing comes before it: a test
  // command runs first and may take minutes, and a workflow_run follow-up reads other things.
  earlyReads: (inputs, context) =>
    inputs['test-command'] || context.eventName === 'workflow_run' ? [] : [earlyRead.ref(context, SNAPSHOT_REF.slice('refs/'.length))],
  load: () => import('./main.js'),
};
