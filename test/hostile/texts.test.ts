// User text (commit subjects, environment names, versions, reasons, file paths, titles) through
// every action's log and markdown, run as the runner runs the bundles: no log line starts a
// workflow command, and no summary, issue or release body gets raw HTML, an HTML comment, a
// link, an @-mention or a broken table from it. The machine-readable rollback mark still holds
// the exact reason.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { errorsOf } from '../../scripts/lib/run-action.mjs';
import { runAction } from '../../scripts/lib/run-action.mjs';
import { parseMarks } from '../../src/release/rolled-back.js';
import { TestRepo, releaseOf, runBundle, startSimulator, type RunResult, type Simulator } from '../release/fixture.js';
import { injectedCommands } from './log-lines.js';
import { htmlIn, linksIn, mentionsIn, tableShapes } from './markdown-render.js';

const HOSTILE = '<img src=x onerror=alert(1)> @org/everyone | `tick` [x](https://evil.example) <!-- open';
/** Text that would start workflow commands if it reached the log as it is. */
const INJ = '\n::error::INJ one\r::warning::INJ two\n  ##[error]INJ three';
const ENVIRONMENT = 'prod `x` | <b>y</b> @org/everyone';

/** HTML that shipgate writes on purpose (folded details, small print, its own mark, layout). */
const OWN_HTML = /^(<\/?(details|summary|sub|table|tr|td)\b[^>]*>\s*)+$|^<details><summary>[^<>]*<\/summary>$|^<!-- shipgate:[a-z-]+ (\{.*\}|[A-Za-z0-9-]+) -->$/;

function expectSafeMarkdown(markdown: string, allowedMentions: string[] = []): void {
  expect(markdown).not.toBe('');
  expect(htmlIn(markdown).filter((html) => !OWN_HTML.test(html))).toEqual([]);
  expect(mentionsIn(markdown)).toEqual(allowedMentions);
  for (const shape of tableShapes(markdown)) expect(new Set(shape).size).toBe(1);
  // Raw, outside shipgate's own machine-readable mark (JSON whose `>` is escaped, so it cannot end the comment).
  expect(markdown.replace(/<!-- shipgate:[a-z-]+ (\{.*\}|[A-Za-z0-9-]+) -->/g, '')).not.toMatch(/<img|<b>|<!-- open/);
  expect(linksIn(markdown).filter((href) => href.includes('evil'))).toEqual([]);
}

function expectSafeLog(result: { stdout: string; stderr: string }): void {
  expect(injectedCommands(result.stdout)).toEqual([]);
  expect(injectedCommands(result.stderr)).toEqual([]);
}

let repo: TestRepo;
let sim: Simulator;
let work: string;
const COMMAND = 'true';

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'shipgate-texts-'));
  repo = new TestRepo();
  sim = await startSimulator({ repoDir: repo.dir });
  repo.commit(`feat: ${HOSTILE}`, { 'a.txt': '1\n' });
}, 60_000);
afterAll(async () => {
  await sim?.close();
  repo?.remove();
  rmSync(work, { recursive: true, force: true });
});

describe('user text through the built bundles', () => {
  let v1: RunResult;
  let v2: RunResult;

  it('release: commit subjects in the notes and the summary; a dry run logs them safely', async () => {
    v1 = await runBundle('release', sim, { inputs: { 'release-notes': 'false' }, sha: repo.git('rev-parse', 'HEAD') });
    expect(errorsOf(v1)).toEqual([]);
    const head = repo.commit(`fix: ${HOSTILE}\r::error::INJ in a subject`, { 'a.txt': '2\n' });
    const dry = await runBundle('release', sim, { inputs: { 'release-notes': 'false', 'dry-run': 'true' }, sha: head });
    expect(errorsOf(dry)).toEqual([]);
    expectSafeLog(dry);
    v2 = await runBundle('release', sim, { inputs: { 'release-notes': 'false' }, sha: head });
    expect(errorsOf(v2)).toEqual([]);
    expect([v1.outputs.tag, v2.outputs.tag]).toEqual(['v1.0.0', 'v1.0.1']);
    expectSafeMarkdown(releaseOf(sim, 'v1.0.1').body ?? '');
    expectSafeMarkdown(v2.summary);
  });

  it('deploy: a hostile environment name in the summary', async () => {
    for (const tag of ['v1.0.0', 'v1.0.1']) {
      const result = await runBundle('deploy', sim, { inputs: { environment: ENVIRONMENT, ref: tag, command: COMMAND } });
      expect(errorsOf(result)).toEqual([]);
      expectSafeLog(result);
      expectSafeMarkdown(result.summary);
    }
  });

  it('rollback: the reason in the log, the summary and the rolled-back release body', async () => {
    const reason = `${HOSTILE} -->${INJ}`;
    const dry = await runBundle('rollback', sim, { inputs: { environment: ENVIRONMENT, command: COMMAND, reason, 'dry-run': 'true' } });
    expect(errorsOf(dry)).toEqual([]);
    expectSafeLog(dry);
    const result = await runBundle('rollback', sim, { inputs: { environment: ENVIRONMENT, command: COMMAND, reason } });
    expect(errorsOf(result)).toEqual([]);
    expectSafeLog(result);
    expectSafeMarkdown(result.summary);
    const body = releaseOf(sim, 'v1.0.1').body ?? '';
    expectSafeMarkdown(body);
    expect(parseMarks(body).map((mark) => mark.reason)).toEqual([reason]);
  });

  it('approval: a backtick and a pipe in version, a hostile environment, title and body in the log and the issue', async () => {
    const inputs = { approvers: 'alice', environment: ENVIRONMENT, version: '1.2.0`|<img src=x>', title: `Ship it${INJ}`, 'timeout-minutes': '1s', 'poll-interval': '100ms' };
    const dry = await runAction('approval', { apiUrl: sim.url, sha: repo.git('rev-parse', 'HEAD'), inputs: { ...inputs, 'dry-run': 'true' }, timeoutMs: 60_000 });
    expect(errorsOf(dry)).toEqual([]);
    expectSafeLog(dry);
    expectSafeMarkdown(dry.summary);
    const result = await runAction('approval', { apiUrl: sim.url, sha: repo.git('rev-parse', 'HEAD'), inputs, timeoutMs: 60_000 });
    expect(result.exitCode).toBe(1);
    expectSafeLog(result);
    const [issue] = sim.state.issues as Array<{ body: string }>;
    // The approvers are mentioned on purpose: they are asked to answer.
    expectSafeMarkdown(issue.body, ['alice']);
    expect(issue.body).toContain('| Version | 1.2.0\\`&#124;&lt;img src=x&gt; |');
    expectSafeMarkdown(result.summary);
  });

  it('readiness: a hostile environment name in the page and the log', async () => {
    const result = await runAction('readiness', { apiUrl: sim.url, sha: repo.git('rev-parse', 'HEAD'), inputs: { environment: ENVIRONMENT, 'staging-environment': `${ENVIRONMENT} 2` }, timeoutMs: 60_000 });
    expect(result.exitCode).toBe(1);
    expectSafeLog(result);
    expectSafeMarkdown(result.summary);
    expect(result.summary).toContain('prod \\`x\\` &#124; &lt;b&gt;y&lt;/b&gt; @\u200dorg/everyone');
  });

  it('coverage-gate: hostile file names in the summary and the log', async () => {
    const name = `src/${HOSTILE.replace(/\//g, '_')}.js`;
    writeFileSync(path.join(work, 'lcov.info'), `SF:${name}\nDA:1,1\nDA:2,0\nend_of_record\nSF:src/ok.js\nDA:1,1\nend_of_record\n`);
    const result = await runAction('coverage-gate', { apiUrl: sim.url, sha: repo.git('rev-parse', 'HEAD'), cwd: work, inputs: { reports: 'lcov.info', 'min-coverage': '90', comment: 'false' }, timeoutMs: 60_000 });
    expect(result.exitCode).toBe(1);
    expectSafeLog(result);
    expectSafeMarkdown(result.summary);
  });
});
