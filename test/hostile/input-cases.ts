// The hostile and careless inputs of the corpus: each case is an action, its inputs (added to a
// base that is otherwise valid), and either the one sentence that refuses them or the exact
// values they are read as. Run in-process by inputs.test.ts (every case) and through the built
// bundles by bundles.test.ts (the cases marked `bundle`).

export type Action = 'coverage-gate' | 'deploy' | 'approval' | 'release' | 'rollback' | 'readiness';

export interface InputCase {
  title: string;
  action: Action;
  inputs: Record<string, string>;
  /** The one sentence of the refusal. */
  error?: string;
  /** Or: the values read (a subset of the action's Inputs). */
  read?: Record<string, unknown>;
  /** Also run through the built bundle. */
  bundle?: boolean;
}

/** Inputs that make each action's inputs valid, so a case's own input is the only problem. */
export const BASE: Record<Action, Record<string, string>> = {
  'coverage-gate': { 'github-token': 'ghs_test' },
  deploy: { environment: 'staging', command: 'true', 'github-token': 'ghs_test' },
  approval: { approvers: 'alice', 'github-token': 'ghs_test' },
  release: { 'github-token': 'ghs_test' },
  rollback: { command: 'true', 'github-token': 'ghs_test' },
  readiness: { 'github-token': 'ghs_test' },
};

/** The value as error messages quote it (JSON, cut to 80 characters). */
const q = (value: string): string => JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);

const cases: InputCase[] = [];
const add = (c: InputCase) => cases.push(c);

// ---- Durations: finite, within documented bounds, one syntax ------------------------------
const DURATIONS: Array<[string, Action, string, string, 'seconds' | 'minutes']> = [
  ['health-check-timeout', 'deploy', '1s', '5 days', 'seconds'],
  ['health-check-interval', 'rollback', '100ms', '1h', 'seconds'],
  ['verify-window', 'deploy', '1s', '5 days', 'seconds'],
  ['timeout', 'deploy', '1s', '5 days', 'minutes'],
  ['timeout-minutes', 'approval', '1s', '5 days', 'minutes'],
  ['poll-interval', 'approval', '100ms', '1h', 'seconds'],
  ['max-restore-time', 'readiness', '1s', '366 days', 'minutes'],
  ['max-lead-time', 'readiness', '1s', '366 days', 'minutes'],
];
const BAD_DURATIONS = ['0', '-5', 'abc', '1e3', 'Infinity', 'NaN', '999999999999', '9'.repeat(400), '0.0001ms', '5d', '1,5m', '0x10', '10 minutes'];
for (const [name, action, min, max, unit] of DURATIONS) {
  for (const value of BAD_DURATIONS) {
    add({
      title: `${name}: ${value.slice(0, 20)}`,
      action,
      inputs: { [name]: value },
      error: `Input "${name}" must be a duration from ${min} to ${max}, in ${unit} or with a unit (500ms, 90s, 5m, 1.5h), but was ${q(value)}.`,
      bundle: value === '999999999999' || value === '0.0001ms' || value.length > 100,
    });
  }
}
// Just past each bound.
add({ title: 'timeout: 36000 minutes overflows a Node timer', action: 'deploy', inputs: { timeout: '36000' }, error: `Input "timeout" must be a duration from 1s to 5 days, in minutes or with a unit (500ms, 90s, 5m, 1.5h), but was "36000".`, bundle: true });
add({ title: 'timeout: 7201 minutes', action: 'rollback', inputs: { timeout: '7201' }, error: `Input "timeout" must be a duration from 1s to 5 days, in minutes or with a unit (500ms, 90s, 5m, 1.5h), but was "7201".` });
add({ title: 'health-check-interval: 99ms', action: 'deploy', inputs: { 'health-check-interval': '99ms' }, error: `Input "health-check-interval" must be a duration from 100ms to 1h, in seconds or with a unit (500ms, 90s, 5m, 1.5h), but was "99ms".` });
add({ title: 'poll-interval: 61m', action: 'approval', inputs: { 'poll-interval': '61m' }, error: `Input "poll-interval" must be a duration from 100ms to 1h, in seconds or with a unit (500ms, 90s, 5m, 1.5h), but was "61m".` });
add({ title: 'verify-window: 0.5s', action: 'rollback', inputs: { 'verify-window': '0.5s' }, error: `Input "verify-window" must be a duration from 1s to 5 days, in seconds or with a unit (500ms, 90s, 5m, 1.5h), but was "0.5s".` });
// Accepted, in the input's own unit.
add({ title: 'durations at their bounds and with units', action: 'deploy', inputs: { timeout: '7200', 'health-check-interval': '100ms', 'health-check-timeout': '1.5h', 'verify-window': '120h' }, read: { timeout: 7200, 'health-check-interval': 0.1, 'health-check-timeout': 5400, 'verify-window': 432000 } });
add({ title: 'a plain number is in the input unit', action: 'approval', inputs: { 'timeout-minutes': '90', 'poll-interval': '1 m' }, read: { 'timeout-minutes': 90, 'poll-interval': 60 } });
add({ title: 'minutes input given in seconds', action: 'rollback', inputs: { timeout: '90s', 'health-check-timeout': '1s' }, read: { timeout: 1.5, 'health-check-timeout': 1 } });
add({ title: 'empty timeout means no limit', action: 'deploy', inputs: { timeout: '' }, read: { timeout: undefined } });

// ---- Environment names, as GitHub validates them ---------------------------------------
const HOSTILE_NAME = 'stag\n::error::INJ <img src=x onerror=alert(1)>';
const BAD_NAMES: Array<[string, string]> = [
  [HOSTILE_NAME, 'it contains a control character (such as a line break)'],
  ['prod\r::warning::x', 'it contains a control character (such as a line break)'],
  ['a\tb', 'it contains a control character (such as a line break)'],
  ['x\u0000y', 'it contains a control character (such as a line break)'],
  ['x\u007fy', 'it contains a control character (such as a line break)'],
  ['x\u0085y', 'it contains a control character (such as a line break)'],
  ['a'.repeat(256), 'it has 256 characters and GitHub allows at most 255'],
  ['é'.repeat(300), 'it has 300 characters and GitHub allows at most 255'],
];
for (const action of ['deploy', 'rollback', 'approval', 'readiness'] as const) {
  for (const [name, problem] of BAD_NAMES) {
    add({
      title: `${action} environment ${JSON.stringify(name.slice(0, 12))}`,
      action,
      inputs: { environment: name },
      error: `Input "environment" must be a GitHub environment name, but ${problem}: ${q(name)}.`,
      bundle: name === HOSTILE_NAME,
    });
  }
  add({ title: `${action} environment of 255 characters`, action, inputs: { environment: 'e'.repeat(255) }, read: { environment: 'e'.repeat(255) } });
  add({ title: `${action} environment with spaces, slashes and emoji`, action, inputs: { environment: 'prod eu/west 🚀' }, read: { environment: 'prod eu/west 🚀' } });
}
for (const [name, problem] of BAD_NAMES.slice(0, 3)) {
  add({ title: `readiness staging-environment ${JSON.stringify(name.slice(0, 12))}`, action: 'readiness', inputs: { 'staging-environment': name }, error: `Input "staging-environment" must be a GitHub environment name, but ${problem}: ${q(name)}.` });
}
add({ title: 'readiness limits in days and hours', action: 'readiness', inputs: { 'max-lead-time': '24h', 'max-restore-time': '30' }, read: { 'max-lead-time': 1440, 'max-restore-time': 30 } });
add({ title: 'rollback environment defaults to production', action: 'rollback', inputs: {}, read: { environment: 'production' } });

// ---- Release: tag-prefix by git's ref-name rules, version never a silent fallback -------------
const BAD_PREFIXES: Array<[string, string]> = [
  ['v/../', 'the tag names it makes (like "v/../1.0.0") are not valid git refs: it contains ".." (two dots in a row)'],
  ['x..y', 'the tag names it makes (like "x..y1.0.0") are not valid git refs: it contains ".." (two dots in a row)'],
  ['refs/heads/', 'it starts with "refs/": give the tag name\'s own prefix, such as v or releases/v'],
  ['refs/tags/v', 'it starts with "refs/": give the tag name\'s own prefix, such as v or releases/v'],
  ['re lease-', 'the tag names it makes (like "re lease-1.0.0") are not valid git refs: it contains " " (no space, ~, ^ or : in a git ref)'],
  ['v~', 'the tag names it makes (like "v~1.0.0") are not valid git refs: it contains "~" (no space, ~, ^ or : in a git ref)'],
  ['v^', 'the tag names it makes (like "v^1.0.0") are not valid git refs: it contains "^" (no space, ~, ^ or : in a git ref)'],
  ['v:', 'the tag names it makes (like "v:1.0.0") are not valid git refs: it contains ":" (no space, ~, ^ or : in a git ref)'],
  ['v?', 'the tag names it makes (like "v?1.0.0") are not valid git refs: it contains "?" (no ?, * or [ in a git ref)'],
  ['v*', 'the tag names it makes (like "v*1.0.0") are not valid git refs: it contains "*" (no ?, * or [ in a git ref)'],
  ['v[', 'the tag names it makes (like "v[1.0.0") are not valid git refs: it contains "[" (no ?, * or [ in a git ref)'],
  ['v\\', 'the tag names it makes (like "v\\\\1.0.0") are not valid git refs: it contains a backslash'],
  ['v@{', 'the tag names it makes (like "v@{1.0.0") are not valid git refs: it contains "@{"'],
  ['.v', 'the tag names it makes (like ".v1.0.0") are not valid git refs: its component ".v1.0.0" starts with "."'],
  ['rel/.hidden/v', 'the tag names it makes (like "rel/.hidden/v1.0.0") are not valid git refs: its component ".hidden" starts with "."'],
  ['x.lock/', 'the tag names it makes (like "x.lock/1.0.0") are not valid git refs: its component "x.lock" ends with ".lock"'],
  ['/v', 'the tag names it makes (like "/v1.0.0") are not valid git refs: it contains "//" (an empty path component)'],
  ['v//', 'the tag names it makes (like "v//1.0.0") are not valid git refs: it contains "//" (an empty path component)'],
  ['-v', 'a tag name cannot start with "-"'],
  ['v\u0001', 'the tag names it makes (like "v\\u00011.0.0") are not valid git refs: it contains a control character'],
];
for (const [prefix, problem] of BAD_PREFIXES) {
  add({
    title: `tag-prefix ${JSON.stringify(prefix)}`,
    action: 'release',
    inputs: { 'tag-prefix': prefix },
    error: `Input "tag-prefix" cannot be used: ${problem} (${JSON.stringify(prefix)}).`,
    bundle: ['v/../', 'x..y', 'refs/heads/'].includes(prefix),
  });
}
for (const prefix of ['releases/v', 'app-', '@', 'V', 'api/v']) {
  add({ title: `tag-prefix ${prefix} is accepted`, action: 'release', inputs: { 'tag-prefix': prefix }, read: { 'tag-prefix': prefix } });
}
add({ title: 'version too large for exact comparison', action: 'release', inputs: { version: '99999999999999999999.0.0' }, error: 'Input "version" cannot be used: its number 99999999999999999999 is above 9007199254740991, the largest shipgate can compare exactly ("99999999999999999999.0.0").', bundle: true });
add({ title: 'huge release-candidate number', action: 'release', inputs: { version: '1.0.0-rc.99999999999999999999' }, error: 'Input "version" cannot be used: its number 99999999999999999999 is above 9007199254740991, the largest shipgate can compare exactly ("1.0.0-rc.99999999999999999999").' });
add({ title: 'huge version with the prefix', action: 'release', inputs: { version: 'v1.18446744073709551616.0' }, error: 'Input "version" cannot be used: its number 18446744073709551616 is above 9007199254740991, the largest shipgate can compare exactly ("v1.18446744073709551616.0").' });
for (const version of ['1.2', 'v1.2', '1.2.3.4', '01.2.3', '1.2.3-', '1.2.3+', 'latest', '1.2.3 ; rm -rf /', '1.0.0-rc..1', 'V1.2.3']) {
  add({ title: `version ${version}`, action: 'release', inputs: { version }, error: `Input "version" must be a semantic version like 1.4.0 or 2.0.0-rc.1, but was ${q(version)}.` });
}
add({ title: 'largest exact version is accepted', action: 'release', inputs: { version: '9007199254740991.0.0' }, read: { version: '9007199254740991.0.0' } });
add({ title: 'version with prefix and build metadata', action: 'release', inputs: { version: 'v2.0.0-rc.1+build.5' }, read: { version: '2.0.0-rc.1+build.5' } });
add({ title: 'version with a custom prefix', action: 'release', inputs: { version: 'releases/v3.1.4', 'tag-prefix': 'releases/v' }, read: { version: '3.1.4' } });

// ---- An empty token: refused where it breaks the action ----------------------------------
const NEEDS: Array<[Action, string]> = [
  ['deploy', 'deploy needs it to read and record the deployments of the environment'],
  ['rollback', 'rollback needs it to find the live deployment and its release, and to record the rollback'],
  ['release', 'release needs it to read the tags and to create the tag and its GitHub Release'],
  ['approval', 'approval needs it to open the approval issue and read its comments'],
  ['readiness', 'readiness needs it to read the deployments, releases and check runs it judges'],
];
for (const [action, needs] of NEEDS) {
  add({
    title: `${action} with an empty github-token`,
    action,
    inputs: { 'github-token': '' },
    error: `Input "github-token" is empty, but ${needs}; leave it at its default (the workflow's GITHUB_TOKEN) or give a token.`,
    bundle: true,
  });
  add({ title: `${action} with a blank github-token`, action, inputs: { 'github-token': '  \n ' }, error: `Input "github-token" is empty, but ${needs}; leave it at its default (the workflow's GITHUB_TOKEN) or give a token.` });
}
add({ title: 'coverage-gate runs without a token', action: 'coverage-gate', inputs: { 'github-token': '' }, read: { 'github-token': '' } });

// ---- Numbers, percentages, booleans, enums, names, URLs -----------------------------------
for (const value of ['1e309', '70%%', 'NaN', '101', '-1', '0x50', '７０', 'seventy', '70 %s', '1e2']) {
  add({ title: `min-coverage ${value}`, action: 'coverage-gate', inputs: { 'min-coverage': value }, error: `Input "min-coverage" must be a percentage from 0 to 100, but was ${q(value)}.`, bundle: value === '1e309' });
}
add({ title: 'min-coverage 70% and 70 are the same', action: 'coverage-gate', inputs: { 'min-coverage': '70%', 'min-branch-coverage': '55.5' }, read: { 'min-coverage': 70, 'min-branch-coverage': 55.5 } });
for (const value of ['-0.5', '100.01', '1e400', 'lots']) {
  add({ title: `max-coverage-drop ${value}`, action: 'coverage-gate', inputs: { 'max-coverage-drop': value }, error: `Input "max-coverage-drop" must be a number from 0 to 100, but was ${q(value)}.` });
}
for (const value of ['0', '1.5', '-2', 'two']) {
  add({ title: `minimum-approvals ${value}`, action: 'approval', inputs: { 'minimum-approvals': value }, error: `Input "minimum-approvals" must be a whole number of at least 1, but was ${q(value)}.` });
}
for (const value of ['1e400', '-1', 'fast']) {
  add({ title: `max-p95-latency ${value}`, action: 'deploy', inputs: { 'max-p95-latency': value }, error: `Input "max-p95-latency" must be a number of at least 0, but was ${q(value)}.` });
}
for (const [action, name] of [['deploy', 'dry-run'], ['release', 'prerelease'], ['coverage-gate', 'comment'], ['approval', 'allow-self-approval'], ['rollback', 'force']] as const) {
  for (const value of ['maybe', 'tru', 'y']) {
    add({ title: `${name} ${value}`, action, inputs: { [name]: value }, error: `Input "${name}" must be true or false, but was ${q(value)}.` });
  }
}
add({ title: 'format names are not case-sensitive', action: 'coverage-gate', inputs: { format: 'LCOV' }, read: { format: 'lcov' } });
add({ title: 'format xml', action: 'coverage-gate', inputs: { format: 'xml' }, error: 'Input "format" must be one of auto, lcov, cobertura, clover, jacoco, istanbul, go, but was "xml".' });
add({ title: 'bump huge', action: 'release', inputs: { bump: 'huge' }, error: 'Input "bump" must be one of auto, major, minor, patch, but was "huge".' });
for (const approver of ['alice; rm -rf /', '<img src=x>', 'org/team/extra', '-alice', 'al ice']) {
  add({ title: `approver ${approver}`, action: 'approval', inputs: { approvers: approver }, error: `Input "approvers" takes GitHub logins and org/team slugs, but ${JSON.stringify(approver)} is neither.` });
}
add({ title: 'approvers with @ and teams', action: 'approval', inputs: { approvers: '@alice, acme/release-managers\nbob' }, read: { approvers: ['alice', 'acme/release-managers', 'bob'] } });
for (const url of ['javascript:alert(1)', 'ftp://host/health', 'http:///x', '127.0.0.1:8080/health']) {
  add({ title: `health-check-url ${url}`, action: 'deploy', inputs: { 'health-check-url': url }, error: `Input "health-check-url" must be an http(s) URL, but was ${JSON.stringify(url)}.` });
}
add({ title: 'prometheus-url file:', action: 'rollback', inputs: { 'prometheus-url': 'file:///etc/passwd' }, error: 'Input "prometheus-url" must be an http(s) URL, but was "file:///etc/passwd".' });
add({ title: 'deploy without a command', action: 'deploy', inputs: { command: '' }, error: 'Input "command" is required unless dry-run is true, but was not given.' });

export const INPUT_CASES: readonly InputCase[] = cases;
