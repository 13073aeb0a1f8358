// The approval action as its bundle's entry runs it (src/entry.ts): inputs, first reads, main module.
import type { ActionModules } from '../../entry.js';
import { impossibleApproval } from '../../approval/approvers.js';
import { readRunContext } from '../../github/context.js';
import { earlyRead } from '../../github/early-reads.js';
import { readInputs, type Inputs } from './inputs.js';
import { approverRules } from './subject.js';

export const action: ActionModules<Inputs> = {
  readInputs: (reader) => readInputs(reader, process.env.RUNNER_ENVIRONMENT),
  earlyReads: (inputs, context) => {
    // mode environment reads the environment's protection rules first.
    if (inputs.mode === 'environment') return inputs.environment ? [earlyRead.environment(context, inputs.environment)] : [];
    // request and listen first look for an issue the event or the commit names, known only to their own code.
    if (inputs.mode !== 'issue' || !context.sha) return [];
    // issue reads the latest release for the change list, but only after checking that the
    // approvers can ever approve (which needs the event's sender) and that listed teams are
    // visible: when either can refuse the run first, nothing is read early, so a refused run
    // sends nothing at all.
    const rules = approverRules(inputs, readRunContext());
    return rules.teams.length > 0 || impossibleApproval(rules) ? [] : [earlyRead.latestRelease(context)];
  },
  load: () => import('./main.js'),
};
