#!/usr/bin/env node
// Start a simulator by hand: `node simulator/cli.mjs [--repo-dir DIR] [--pull SPEC] [--team SPEC] ...`.
// Prints `listening on <url>` on stdout once it answers (scripts and tests wait on that line), then
// logs each request on stderr until Ctrl-C. Seeding goes through the same functions the tests call
// (sim.addPull, sim.addTeam, ...), so a hand-run simulator behaves exactly like a test's.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startSimulator } from './index.mjs';

const USAGE = `Usage: node simulator/cli.mjs [options]
  --repo-dir DIR            git repository behind the API (default: a temporary one with one commit)
  --owner acme --repo app   the repository's name (defaults shown)
  --default-branch main
  --port 0                  0 = any free port
  --token T                 only this token is accepted (others get 401)
  --read-only-token T       this token may read; writes get 403
  --org-reader T            this token may read the organization's teams (repeatable)
  --pull SPEC               seed a pull request (repeatable); SPEC is comma-separated key=value:
                              head=REF_OR_SHA (required), base, number, head-ref, user, title,
                              state=open|closed, and the flags draft, fork
                              e.g. --pull head=feature,number=7,user=alice,draft
  --team ORG/SLUG=LOGIN,... seed a team and its members (repeatable), e.g. --team acme/sre=bob,carol
  --permission LOGIN=PERM   a collaborator's permission (repeatable): admin|maintain|write|triage|read|none
  --quiet                   do not log requests
  --help`;

/**
 * A one-sentence complaint and exit 2: a bad flag is the user's mistake, not a crash.
 * @param {string} sentence
 * @returns {never}
 */
function usageError(sentence) {
  console.error(`${sentence}\n\n${USAGE}`);
  process.exit(2);
}

function parseFlags() {
  try {
    return parseArgs({
      options: {
        'repo-dir': { type: 'string' },
        owner: { type: 'string', default: 'acme' },
        repo: { type: 'string', default: 'app' },
        'default-branch': { type: 'string', default: 'main' },
        port: { type: 'string', default: '0' },
        token: { type: 'string' },
        'read-only-token': { type: 'string' },
        'org-reader': { type: 'string', multiple: true, default: [] },
        pull: { type: 'string', multiple: true, default: [] },
        team: { type: 'string', multiple: true, default: [] },
        permission: { type: 'string', multiple: true, default: [] },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
}

const values = parseFlags();

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const PULL_KEYS = new Set(['head', 'base', 'number', 'head-ref', 'user', 'title', 'state', 'draft', 'fork']);

/**
 * `head=feature,number=7,draft` → the options of sim.addPull.
 * @param {string} spec
 */
function parsePull(spec) {
  /** @type {Record<string, string | boolean>} */
  const fields = {};
  for (const part of spec.split(',').filter(Boolean)) {
    const at = part.indexOf('=');
    const key = at < 0 ? part : part.slice(0, at);
    if (!PULL_KEYS.has(key)) usageError(`--pull "${spec}": unknown key "${key}"; accepted: ${[...PULL_KEYS].join(', ')}.`);
    fields[key] = at < 0 ? true : part.slice(at + 1);
  }
  if (typeof fields.head !== 'string' || !fields.head) usageError(`--pull "${spec}" needs head=<branch or sha>.`);
  if (fields.number !== undefined && !/^[1-9]\d*$/.test(String(fields.number))) {
    usageError(`--pull "${spec}": number must be a positive whole number.`);
  }
  if (fields.state !== undefined && fields.state !== 'open' && fields.state !== 'closed') {
    usageError(`--pull "${spec}": state must be open or closed.`);
  }
  return {
    head: fields.head,
    base: typeof fields.base === 'string' ? fields.base : undefined,
    number: fields.number === undefined ? undefined : Number(fields.number),
    headRef: typeof fields['head-ref'] === 'string' ? fields['head-ref'] : undefined,
    user: typeof fields.user === 'string' ? fields.user : undefined,
    title: typeof fields.title === 'string' ? fields.title : undefined,
    state: /** @type {'open' | 'closed' | undefined} */ (fields.state),
    draft: fields.draft === true || fields.draft === 'true',
    fork: fields.fork === true || fields.fork === 'true',
  };
}

/**
 * `acme/sre=bob,carol` → ['acme', 'sre', ['bob', 'carol']].
 * @param {string} spec
 * @returns {[string, string, string[]]}
 */
function parseTeam(spec) {
  const match = /^([^/=\s]+)\/([^/=\s]+)(?:=(.*))?$/.exec(spec);
  if (!match) return usageError(`--team "${spec}" must look like ORG/SLUG=LOGIN,LOGIN.`);
  return [match[1] ?? '', match[2] ?? '', (match[3] ?? '').split(',').filter(Boolean)];
}

const PERMISSIONS = new Set(['admin', 'maintain', 'write', 'triage', 'read', 'none']);

/**
 * @param {string} spec
 * @returns {[string, 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none']}
 */
function parsePermission(spec) {
  const [login, permission] = spec.split('=');
  if (!login || !PERMISSIONS.has(permission)) usageError(`--permission "${spec}" must look like LOGIN=${[...PERMISSIONS].join('|')}.`);
  return [login, /** @type {'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none'} */ (permission)];
}

// Parse every seed before starting, so a typo never leaves a half-seeded simulator running.
const pulls = values.pull.map(parsePull);
const teams = values.team.map(parseTeam);
const permissions = values.permission.map(parsePermission);
if (!/^\d+$/.test(values.port)) usageError(`--port "${values.port}" must be a whole number (0 = any free port).`);

const sim = await startSimulator({
  owner: values.owner,
  repo: values.repo,
  defaultBranch: values['default-branch'],
  repoDir: values['repo-dir'] ? path.resolve(values['repo-dir']) : undefined,
  port: Number(values.port),
  token: values.token,
  readOnlyToken: values['read-only-token'],
});

for (const pull of pulls) {
  const stored = sim.addPull(pull);
  console.error(`pull request #${stored.number}: ${stored.headRef} (${stored.head}) into ${stored.base}`);
}
for (const [org, slug, members] of teams) {
  sim.addTeam(org, slug, members);
  console.error(`team ${org}/${slug}: ${members.join(', ') || '(no members)'}`);
}
for (const [login, permission] of permissions) sim.setPermission(login, permission);
for (const reader of values['org-reader']) sim.allowOrgRead(reader);
if (teams.length > 0 && values['org-reader'].length === 0) {
  console.error('note: team endpoints answer 404 to every token until one is given --org-reader (as GITHUB_TOKEN gets on GitHub).');
}

console.error(`GitHub API simulator for ${sim.owner}/${sim.repo} (repository ${sim.repoDir}); Ctrl-C stops it.`);
// Last: the line that tells a waiting script everything above is seeded and the port answers.
console.log(`listening on ${sim.url}`);

if (!values.quiet) {
  let shown = 0;
  setInterval(() => {
    for (const entry of sim.requests.slice(shown)) console.error(`${entry.status} ${entry.method} ${entry.path}`);
    shown = sim.requests.length;
  }, 200).unref();
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    sim.close().then(() => process.exit(0));
  });
}
