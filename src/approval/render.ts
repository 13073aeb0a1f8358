import { APPROVE_WORDS, DENY_WORDS } from './comments.js';
import { eligibleUsers, isStarter, teamName, type ApproverRules } from './approvers.js';
import type { ChangeList } from './changes.js';
import { joinNames, type Tally } from './tally.js';
import { codeSpan, markdownText } from '../lib/markdown.js';

/** What waits for approval, as the issue and the log describe it. */
export interface ApprovalSubject {
  environment?: string;
  version?: string;
  sha: string;
  /** owner/repo */
  repository: string;
  serverUrl: string;
  runUrl: string;
  workflow: string;
  /** Extra markdown from the `body` input (coverage, staging verification, links). */
  details?: string;
  changes?: ChangeList;
}

export const shortSha = (sha: string): string => sha.slice(0, 7);

/** "v1.4.0 to production", "abc1234 to staging", "v1.4.0", "this run". */
export function describeSubject(subject: ApprovalSubject): string {
  const what = subject.version || (subject.sha ? shortSha(subject.sha) : '');
  if (what && subject.environment) return `${what} to ${subject.environment}`;
  if (subject.environment) return `the deployment to ${subject.environment}`;
  return what || 'this run';
}

export function defaultTitle(subject: ApprovalSubject): string {
  return `Approval needed: ${describeSubject(subject)}`;
}

/** "90 seconds", "5 minutes", "2.5 hours". */
export function formatDuration(ms: number): string {
  const plural = (value: number, unit: string) => {
    const rounded = Math.round(value * 10) / 10;
    return `${rounded} ${unit}${rounded === 1 ? '' : 's'}`;
  };
  if (ms < 120_000) return plural(ms / 1000, 'second');
  if (ms < 120 * 60_000) return plural(ms / 60_000, 'minute');
  return plural(ms / 3_600_000, 'hour');
}

/** Who may answer, for people: "@alice, @bob or a member of @acme/release". */
export function describeApprovers(rules: ApproverRules, mention = true): string {
  const at = mention ? '@' : '';
  const names = [...rules.users.map((user) => `${at}${user}`), ...rules.teams.map((team) => `a member of ${at}${teamName(team)}`)];
  return joinNames(names, 'or');
}

export function selfRule(rules: ApproverRules): string {
  if (rules.allowSelfApproval) return 'The person who started the run may approve it (allow-self-approval).';
  return rules.startedBy.length > 0
    ? `${joinNames(rules.startedBy)} started the run and cannot approve it (a deny still counts).`
    : 'The person who started the run cannot approve it.';
}

const code = (words: readonly string[]) => joinNames(words.map((word) => `\`${word}\``), 'or');

export interface IssueContent {
  title: string;
  body: string;
}

export function renderIssue(subject: ApprovalSubject, rules: ApproverRules, timeoutMs: number, deadline: Date, title?: string): IssueContent {
  const rows: Array<[string, string]> = [];
  if (subject.environment) rows.push(['Environment', codeSpan(subject.environment)]);
  if (subject.version) rows.push(['Version', codeSpan(subject.version)]);
  if (subject.sha) rows.push(['Commit', `${subject.serverUrl}/${subject.repository}/commit/${subject.sha}`]);
  rows.push(['Workflow run', `[${markdownText(subject.workflow || 'workflow run')}](${subject.runUrl})`]);
  if (rules.startedBy.length > 0) rows.push(['Started by', joinNames(rules.startedBy)]);
  rows.push(['Who may answer', describeApprovers(rules)]);
  rows.push(['Approvals needed', rules.minimumApprovals === 1 ? '1' : `${rules.minimumApprovals}, from different people`]);
  rows.push(['Times out', `${deadline.toISOString().replace(/\.\d{3}Z$/, 'Z')} (after ${formatDuration(timeoutMs)})`]);

  const lines = [
    `**${markdownText(describeSubject(subject))}** is waiting for approval.`,
    '',
    '| | |',
    '|---|---|',
    ...rows.map(([name, value]) => `| ${name} | ${value} |`),
    '',
    '### How to answer',
    '',
    `Comment ${code(APPROVE_WORDS)} to approve, or ${code(DENY_WORDS)} to deny; a leading \`/\` (\`/approve\`) and a trailing \`.\` or \`!\` are fine.`,
    'The word must be alone on the first line of the comment; a reason can follow on the next lines.',
    'Each person\'s last word counts; deleting a comment withdraws its answer. An edited comment never approves (GitHub does not say who edited it): to approve after all, post a new comment.',
    `A deny from anyone who may answer stops the run. ${selfRule(rules)} Comments from bots and from people who may not answer are ignored.`,
  ];
  if (subject.changes) {
    const { base, total, commits, compareUrl } = subject.changes;
    lines.push('', `### ${total} commit${total === 1 ? '' : 's'} since ${base}`, '');
    for (const commit of commits) {
      lines.push(`- ${shortSha(commit.sha)} ${markdownText(commit.subject)}${commit.author ? ` (${markdownText(commit.author)})` : ''}`);
    }
    if (total > commits.length) lines.push(`- … and ${total - commits.length} more: ${compareUrl}`);
    else lines.push('', `Compare: ${compareUrl}`);
  }
  // The body input usually brings its own headings (coverage, staging verification).
  if (subject.details) lines.push('', ...(subject.details.startsWith('#') ? [] : ['### Details', '']), subject.details);
  lines.push('', '<sub>Opened by shipgate approval; it closes this issue with the outcome.</sub>');
  return { title: title || defaultTitle(subject), body: lines.join('\n') };
}

/** One progress line per poll. */
export function describeProgress(tally: Tally, rules: ApproverRules): string {
  const have = `${tally.approvals.length} of ${rules.minimumApprovals} approval${rules.minimumApprovals === 1 ? '' : 's'}`;
  const who = tally.approvals.length > 0 ? ` (${joinNames(tally.approvals.map((ballot) => ballot.login))})` : '';
  const waiting = tally.waitingFor.length > 0 ? `; waiting for ${joinNames(tally.waitingFor, 'or')}` : '';
  return `${have}${who}${waiting}`;
}

/** Who may approve, for the dry-run plan and the log. */
export function describeRules(rules: ApproverRules): string {
  const eligible = eligibleUsers(rules);
  const excluded = rules.users.filter((user) => isStarter(rules, user) && !rules.allowSelfApproval);
  const names = [...eligible, ...rules.teams.map((team) => `any member of ${teamName(team)}`)];
  const note = excluded.length > 0 ? ` (${joinNames(excluded)} started the run and cannot approve it)` : '';
  return `${rules.minimumApprovals} distinct approval${rules.minimumApprovals === 1 ? '' : 's'} from ${joinNames(names, 'or') || 'nobody'}${note}`;
}
