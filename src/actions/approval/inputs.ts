import { InputReader } from '../../lib/inputs.js';

/** The approval inputs, keys as in actions/approval/action.yml. */
export interface Inputs {
  approvers: string[];
  'minimum-approvals': number;
  'timeout-minutes': number;
  'allow-self-approval': boolean;
  title: string | undefined;
  body: string | undefined;
  environment: string | undefined;
  version: string | undefined;
  'poll-interval': number;
  'dry-run': boolean;
  'github-token': string;
}

export function readInputs(reader: InputReader): Inputs {
  const approvers = reader.list('approvers');
  if (approvers.length === 0) reader.fail('Input "approvers" is required (users or org/team slugs) but was not given.');
  for (const approver of approvers) {
    if (!/^@?[A-Za-z0-9][A-Za-z0-9-]*(\/[A-Za-z0-9_.-]+)?$/.test(approver)) {
      reader.fail(`Input "approvers" takes GitHub logins and org/team slugs, but ${JSON.stringify(approver)} is neither.`);
    }
  }
  return {
    approvers: approvers.map((approver) => approver.replace(/^@/, '')),
    'minimum-approvals': reader.number('minimum-approvals', 1, { min: 1, integer: true }),
    'timeout-minutes': reader.duration('timeout-minutes', 60),
    'allow-self-approval': reader.boolean('allow-self-approval', false),
    title: reader.optional('title'),
    body: reader.optional('body'),
    environment: reader.environment('environment') || undefined,
    version: reader.optional('version'),
    'poll-interval': reader.duration('poll-interval', 10),
    'dry-run': reader.boolean('dry-run', false),
    'github-token': reader.githubToken('approval needs it to open the approval issue and read its comments'),
  };
}
