// `npm run demo`: the whole shipgate story on this machine, with no network. A local GitHub API
// simulator (real HTTP on 127.0.0.1 over a real git repository) stands in for GitHub, a small
// real service runs per environment, and every step runs the built action bundle exactly as the
// runner would, printing its job summary.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSimulator } from '../simulator/index.mjs';
import { NODE24, runAction } from '../scripts/lib/run-action.mjs';
import { startPrometheus } from './prometheus.mjs';
import { renderSummary, style } from './terminal.mjs';

/** @import { ActionResult, RunOptions } from '../scripts/lib/run-action.mjs' */
/** @import { Simulator } from '../simulator/index.mjs' */
/** @import { Deployment, DeploymentStatus } from '../simulator/state.mjs' */

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const SERVICE = path.join(ROOT, 'demo', 'service.mjs');
const started = Date.now();
const work = mkdtempSync(path.join(os.tmpdir(), 'shipgate-demo-'));
const repoDir = path.join(work, 'shop');
const state = path.join(work, 'state');
mkdirSync(state);

/** @returns {Promise<number>} */
const freePort = () =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

/** @param {...string} args */
const git = (...args) => execFileSync('git', args, { cwd: repoDir, encoding: 'utf8' }).trim();
/**
 * @param {string} message
 * @param {Record<string, string>} [files]
 */
const commit = (message, files = {}) => {
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(repoDir, file)), { recursive: true });
    writeFileSync(path.join(repoDir, file), content);
  }
  git('add', '-A');
  git('-c', 'user.name=Alice', '-c', 'user.email=alice@users.noreply.github.com', 'commit', '-q', '-m', message);
  return git('rev-parse', 'HEAD');
};

let stepNumber = 0;
/** @param {string} title */
function step(title) {
  stepNumber += 1;
  console.log(`\n${style.bold(`━━ ${stepNumber}. ${title} ${'━'.repeat(Math.max(3, 70 - title.length))}`)}`);
}

/**
 * @param {string} name
 * @param {ActionResult} result
 * @param {{ expectFailure?: boolean }} [options]
 */
function show(name, result, { expectFailure = false } = {}) {
  const outcome = result.exitCode === 0 ? 'passed' : 'failed';
  const errors = result.commands.filter((c) => c.command === 'error').map((c) => c.message);
  console.log(style.dim(`   ${name}: step ${outcome}${expectFailure && result.exitCode !== 0 ? ' (as intended)' : ''}`));
  if (result.summary.trim()) console.log(renderSummary(result.summary).replace(/^/gm, '   │ '));
  for (const message of errors) console.log(`   ✖ ${message.split('\n')[0]}`);
  const unexpected = expectFailure ? result.exitCode === 0 : result.exitCode !== 0;
  if (unexpected) {
    console.error(result.stdout.slice(-4000), result.stderr.slice(-2000));
    throw new Error(`demo: ${name} ${expectFailure ? 'passed but should have failed' : 'failed unexpectedly'}`);
  }
  return result;
}

// The environment every action run sees; PATH starts with Node 24 so test commands use it too.
const baseEnv = () => ({
  PATH: `${path.dirname(NODE24)}:${process.env.PATH}`,
  DEMO_SERVICE: SERVICE,
  DEMO_STATE: state,
  DEMO_PORT_STAGING: String(ports.staging),
  DEMO_PORT_PRODUCTION: String(ports.production),
  GITHUB_WORKSPACE: repoDir,
});

const repository = { full_name: 'acme/shop', name: 'shop', owner: { login: 'acme' }, default_branch: 'main', private: false };
/**
 * @param {string} sha
 * @param {string} [before]
 */
const pushEvent = (sha, before) => ({ ref: 'refs/heads/main', before, after: sha, repository, sender: { login: 'alice', type: 'User' }, pusher: { name: 'alice' } });
/** @param {{ number: number, title: string, head: string, headRef: string, baseSha: string }} pull */
const pullEvent = (pull) => ({
  action: 'synchronize',
  number: pull.number,
  pull_request: {
    number: pull.number,
    title: pull.title,
    user: { login: 'alice', type: 'User' },
    head: { sha: pull.head, ref: pull.headRef, repo: { full_name: 'acme/shop' } },
    base: { sha: pull.baseSha, ref: 'main', repo: { full_name: 'acme/shop' } },
  },
  repository,
  sender: { login: 'alice', type: 'User' },
});

/** @type {Record<string, number>} */
const ports = { staging: await freePort(), production: await freePort() };
/** @type {Simulator | undefined} */
let sim;
/** @type {Awaited<ReturnType<typeof startPrometheus>> | undefined} */
let prometheus;
try {
  console.log(style.bold('shipgate demo: from a pull request to production and back, on this machine'));
  console.log(style.dim(`work folder ${work}`));

  // ── the repository ──────────────────────────────────────────────────────────────────────────
  mkdirSync(repoDir);
  cpSync(path.join(HERE, 'app'), repoDir, { recursive: true });
  git('init', '-q', '-b', 'main');
  const v1 = commit('feat: cart totals');
  const simulator = await startSimulator({ owner: 'acme', repo: 'shop', repoDir, defaultBranch: 'main' });
  sim = simulator;
  simulator.addTeam('acme', 'release-managers', ['bob', 'carol']);
  // GITHUB_TOKEN cannot read org teams (GitHub answers 404): team approvers need a read:org token.
  simulator.allowOrgRead('ghp_demo_reads_org');
  const metrics = await startPrometheus({ targets: [`127.0.0.1:${ports.staging}`, `127.0.0.1:${ports.production}`], work });
  prometheus = metrics;
  console.log(style.dim(`GitHub API simulator ${simulator.url}; ${metrics.kind} ${metrics.url}; staging :${ports.staging}, production :${ports.production}`));

  /**
   * @param {string} action
   * @param {Record<string, string>} inputs
   * @param {RunOptions} [options]
   */
  const run = (action, inputs, options = {}) =>
    runAction(action, { apiUrl: simulator.url, repository: 'acme/shop', cwd: repoDir, inputs, ...options, env: { ...baseEnv(), ...(options.env ?? {}) } });
  /**
   * @param {string} environment
   * @param {string} sha
   * @param {Record<string, string>} [extra]
   */
  const deployInputs = (environment, sha, extra = {}) => ({
    environment,
    ref: sha,
    command: `bash ${path.join(HERE, 'deploy.sh')}`,
    url: `http://127.0.0.1:${ports[environment]}`,
    'health-check-url': `http://127.0.0.1:${ports[environment]}/health`,
    'health-check-interval': '0.5',
    'health-check-timeout': '20',
    'prometheus-url': metrics.url,
    'verify-window': '3',
    ...extra,
  });
  /**
   * @param {string} sha
   * @param {string} [before]
   */
  const pushRun = (sha, before) => ({ sha, eventName: 'push', event: pushEvent(sha, before), ref: 'refs/heads/main' });

  // ── 1. the first release ───────────────────────────────────────────────────────────────────
  step('main: tests + coverage baseline for the first commit');
  show('coverage-gate', await run('coverage-gate', { 'test-command': 'npm test --silent', 'min-coverage': '70' }, pushRun(v1, '0'.repeat(40))));

  step('main: deploy to staging, then production, and tag v1.0.0');
  show('deploy staging', await run('deploy', deployInputs('staging', v1), pushRun(v1)));
  show('deploy production', await run('deploy', deployInputs('production', v1, { 'require-deployed-to': 'staging' }), pushRun(v1)));
  show('release', await run('release', { ref: v1 }, pushRun(v1)));

  // ── 2. a pull request, gated by coverage ───────────────────────────────────────────────────
  git('checkout', '-q', '-b', 'discounts');
  const untested = commit('feat: discount codes', {
    'src/discount.js': `export function applyDiscount(sum, code) {\n  if (code === 'HALF') {\n    return sum / 2;\n  }\n  if (code === 'TENOFF') {\n    return Math.max(0, sum - 10);\n  }\n  return sum;\n}\n`,
  });
  const pull = { number: 7, title: 'feat: discount codes', head: untested, headRef: 'discounts', baseSha: v1 };
  simulator.addPull({ number: 7, head: untested, base: 'main', headRef: 'discounts', user: 'alice', title: pull.title });
  const gateInputs = { 'test-command': 'npm test --silent', 'min-coverage': '70', 'min-patch-coverage': '80', 'max-coverage-drop': '5' };
  step('pull request #7 "feat: discount codes": a new file no test runs');
  show('coverage-gate', await run('coverage-gate', gateInputs, { sha: untested, eventName: 'pull_request', event: pullEvent(pull), ref: 'refs/pull/7/merge' }), { expectFailure: true });

  const tested = commit('test: discount codes', {
    'test/discount.test.js': `import { test } from 'node:test';\nimport assert from 'node:assert/strict';\nimport { applyDiscount } from '../src/discount.js';\n\ntest('HALF halves', () => assert.equal(applyDiscount(40, 'HALF'), 20));\ntest('TENOFF takes ten off, never below zero', () => {\n  assert.equal(applyDiscount(40, 'TENOFF'), 30);\n  assert.equal(applyDiscount(4, 'TENOFF'), 0);\n});\ntest('unknown codes change nothing', () => assert.equal(applyDiscount(40, 'NOPE'), 40));\n`,
  });
  simulator.updatePull(7, { head: tested });
  step('pull request #7, after the author adds tests (the same comment is updated)');
  show('coverage-gate', await run('coverage-gate', gateInputs, { sha: tested, eventName: 'pull_request', event: pullEvent({ ...pull, head: tested }), ref: 'refs/pull/7/merge' }));
  const comments = simulator.state.comments.filter((comment) => comment.issue_number === 7);
  console.log(style.dim(`   pull request #7 has ${comments.length} coverage comment(s): updated in place, never a new one`));

  // ── 3. merge → staging → approval → production → v1.1.0 ────────────────────────────────────
  git('checkout', '-q', 'main');
  git('-c', 'user.name=Alice', '-c', 'user.email=alice@users.noreply.github.com', 'merge', '-q', '--no-ff', 'discounts', '-m', 'Merge pull request #7 from acme/discounts');
  const v2 = git('rev-parse', 'HEAD');
  step('merge: the push to main records the new coverage baseline');
  show('coverage-gate', await run('coverage-gate', { 'test-command': 'npm test --silent', 'min-coverage': '70' }, pushRun(v2, v1)));

  step('staging deploys automatically, verified by health and service-level checks');
  show('deploy staging', await run('deploy', deployInputs('staging', v2), pushRun(v2, v1)));

  step('production waits for approval: the run opens the approval issue and ends, so no runner waits');
  const approvalInputs = { approvers: 'alice, bob, acme/release-managers', environment: 'production', version: v2.slice(0, 7), 'timeout-minutes': '72h', 'github-token': 'ghp_demo_reads_org' };
  // alice started the run: she is an allowed approver, so ignoring her "approve" is the self-approval rule.
  const requested = await run('approval', { ...approvalInputs, mode: 'request' }, { ...pushRun(v2, v1), env: { GITHUB_ACTOR: 'alice', GITHUB_TRIGGERING_ACTOR: 'alice' } });
  show('approval request', requested);
  const issueNumber = Number(requested.outputs['issue-number']);
  const issue = simulator.state.issues.find((candidate) => candidate.number === issueNumber);
  console.log(style.dim(`   issue #${issueNumber} "${issue?.title}" is open; the commit waits as a pending shipgate/approval status`));
  // Each comment starts a short run of approval-listener.yml; the listener runs on main, whoever comments.
  /**
   * @param {string} user
   * @param {string} body
   */
  const comment = (user, body) => {
    simulator.addIssueComment(issueNumber, { user, body });
    return run('approval', { ...approvalInputs, mode: 'listen' }, { eventName: 'issue_comment', event: { action: 'created', issue: { number: issueNumber }, comment: { body } }, env: { GITHUB_ACTOR: user, GITHUB_TRIGGERING_ACTOR: user } });
  };
  console.log(style.dim('   alice, who started the run, comments "approve": the listener ignores it (nobody approves their own deploy)'));
  show('approval listener', await comment('alice', 'approve'));
  console.log(style.dim('   carol (acme/release-managers) comments "lgtm": a second listener run takes the approval'));
  const approved = await comment('carol', 'lgtm');
  show('approval listener', approved);
  if (approved.outputs.approved !== 'true' || approved.outputs.sha !== v2) throw new Error('demo: the approval listener did not approve the recorded commit');

  step('production deploy, in the listener run: the commit the request recorded, only after staging verified it');
  show('deploy production', await run('deploy', deployInputs('production', approved.outputs.sha, { 'require-deployed-to': 'staging' }), pushRun(v2, v1)));
  step('release: tag what reached production');
  show('release', await run('release', { ref: v2 }, pushRun(v2, v1)));

  // ── 4. a bad release is rolled back automatically ──────────────────────────────────────────
  const bad = commit('perf: cache cart totals', { 'service.json': '{ "errorRate": 0.2, "slowMs": 0 }\n' });
  step('a bad commit reaches staging: its service answers errors');
  show('deploy staging', await run('deploy', deployInputs('staging', bad), pushRun(bad, v2)), { expectFailure: true });

  // ── 5. one click back ──────────────────────────────────────────────────────────────────────
  step('one click: roll production back to the release before the live one');
  show(
    'rollback',
    await run(
      'rollback',
      {
        command: `bash ${path.join(HERE, 'deploy.sh')}`,
        'health-check-url': `http://127.0.0.1:${ports.production}/health`,
        'health-check-interval': '0.5',
        reason: 'discount codes double-apply at checkout (demo)',
      },
      { sha: bad, eventName: 'workflow_dispatch', event: { inputs: {}, ref: 'refs/heads/main', repository, sender: { login: 'dana', type: 'User' } }, env: { GITHUB_ACTOR: 'dana', GITHUB_TRIGGERING_ACTOR: 'dana' } },
    ),
  );

  // ── what is live where ─────────────────────────────────────────────────────────────────────
  step('what is live where');
  const rows = [['environment', 'live version', 'sha', 'deployment', 'serving now']];
  for (const environment of ['staging', 'production']) {
    const deployments = /** @type {Deployment[]} */ (await (await fetch(`${simulator.url}/repos/acme/shop/deployments?environment=${environment}&per_page=100`)).json());
    /** @type {Deployment | undefined} */
    let live;
    for (const deployment of deployments) {
      const [latest] = /** @type {DeploymentStatus[]} */ (await (await fetch(`${simulator.url}/repos/acme/shop/deployments/${deployment.id}/statuses?per_page=1`)).json());
      if (latest?.state === 'success') {
        live = deployment;
        break;
      }
    }
    let serving = 'down';
    try {
      serving = (await (await fetch(`http://127.0.0.1:${ports[environment]}/version`)).text()).trim();
    } catch {
      // not running
    }
    /** @type {{ version?: string, mode?: string }} the shipgate payload, as the deploy action writes it */
    const payload = typeof live?.payload === 'string' ? JSON.parse(live.payload || '{}') : (live?.payload ?? {});
    rows.push([environment, payload.version || live?.sha?.slice(0, 7) || '-', live?.sha?.slice(0, 7) ?? '-', live ? `#${live.id} (${payload.mode ?? 'deploy'})` : '-', serving]);
  }
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length)));
  /** @param {string} text */
  const plain = (text) => text;
  for (const [i, row] of rows.entries()) console.log(`   ${(i === 0 ? style.bold : plain)(row.map((cell, j) => cell.padEnd(widths[j] ?? 0)).join('   '))}`);

  // ── a rehearsed way back ───────────────────────────────────────────────────────────────────
  step('rehearsal: roll staging back to the previous release and forward again, both timed');
  const { ref: _ref, ...stagingVerify } = deployInputs('staging', bad, { 'verify-window': '2' }); // a rehearsal deploys releases, not a ref
  show('rehearsal', await run('rehearsal', stagingVerify, { sha: bad, eventName: 'schedule', event: { schedule: '0 5 * * 1', repository } }));

  // ── the launch report ──────────────────────────────────────────────────────────────────────
  step('the launch report: service levels, records and delivery metrics of this history');
  console.log(style.dim('   a project one day old is not ready to launch, and the report says on which lines and why'));
  show('readiness', await run('readiness', { 'prometheus-url': metrics.url }, { sha: git('rev-parse', 'HEAD'), eventName: 'schedule', event: { schedule: '0 6 * * 1', repository } }), { expectFailure: true });
  const check = simulator.state.checkRuns.find((each) => each.name === 'launch readiness');
  console.log(style.dim(`   check run "${check?.name}": ${check?.conclusion}, "${check?.output?.title}"`));
  console.log(`\n${style.bold(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`)} ${simulator.requests.length} GitHub API requests were answered by the simulator.`);
} finally {
  for (const environment of ['staging', 'production']) {
    spawnSync(NODE24, [SERVICE, 'stop', '--pid-file', path.join(state, `${environment}.pid`)], { stdio: 'ignore' });
  }
  await prometheus?.close();
  await sim?.close();
  if (!process.env.SHIPGATE_DEMO_KEEP) rmSync(work, { recursive: true, force: true });
}
