import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createCheckRun, createCommitStatus } from '../../src/github/checks.js';
import { createGitHub } from '../../src/github/client.js';
import { upsertStickyComment } from '../../src/github/comments.js';
import { createDeployment, createDeploymentStatus, type ShipgatePayload } from '../../src/github/deployments.js';
import { addIssueComment, createIssue } from '../../src/github/issues.js';
import { createRelease } from '../../src/github/releases.js';
import { createTagObject, createTagRef } from '../../src/github/tags.js';
import { startSimulator } from '../../simulator/index.mjs';
import { TestRepo } from '../simulator/fixture.js';

type Simulator = Awaited<ReturnType<typeof startSimulator>>;
const repo = { owner: 'acme', repo: 'app' };

/**
 * Lost answers never duplicate a write: each create of src/github against the simulator, whose
 * first answer is lost after GitHub carried the request out ("answer, then reset the
 * connection"). Exactly one object exists afterwards, and the create returns it.
 */
describe('creates whose answer is lost are carried out once', () => {
  let git: TestRepo;
  let sim: Simulator;
  let sha: string;
  let notices: string[];
  const github = () => createGitHub({ token: 'ghs_test', baseUrl: sim.url, log: (message) => notices.push(message) });
  const lose = (path: string | RegExp) => sim.inject({ method: 'POST', path, reset: true });
  const posts = (path: string | RegExp) => sim.requests.filter((entry) => entry.method === 'POST' && (typeof path === 'string' ? entry.path === path : path.test(entry.path)));

  beforeAll(async () => {
    git = new TestRepo();
    sha = git.commit('feat: first', { 'a.txt': 'a\n' });
    sim = await startSimulator({ repoDir: git.dir, checkResponses: true });
  });
  afterAll(async () => {
    await sim?.close();
    git?.remove();
  });
  beforeEach(() => {
    notices = [];
    sim.clearInjections();
    sim.clearRequests();
  });

  const payload = (): ShipgatePayload => ({
    shipgate: 1,
    version: 'v1',
    sha,
    ref: sha,
    previous: null,
    run_url: 'https://example.test/run',
    actor: 'alice',
    mode: 'deploy',
    reason: 'test',
  });

  it('a deployment: found by the random id in its payload, not created a second time', async () => {
    const lost = lose('/repos/acme/app/deployments');
    const deployment = await createDeployment(github(), repo, { ref: sha, environment: 'staging', description: 'deploy', production: false, payload: payload() });
    expect(lost.affected).toBe(1);
    expect(sim.state.deployments).toHaveLength(1);
    expect(deployment.id).toBe(sim.state.deployments[0].id);
    expect(deployment.payload.create_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(posts('/repos/acme/app/deployments')).toHaveLength(1);
    expect(notices.join('\n')).toMatch(/No answer \(.*\) while trying to create the deployment of staging .* looks for it in 1s before sending it again/);
    expect(notices.join('\n')).toContain('it is not created a second time');
  });

  it('a deployment whose POST was refused with a 502 before anything was created is looked for, then created once', async () => {
    sim.inject({ method: 'POST', path: '/repos/acme/app/deployments', status: 502 });
    const deployment = await createDeployment(github(), repo, { ref: sha, environment: 'qa', description: 'deploy', production: false, payload: payload() });
    expect(sim.state.deployments.filter((each) => each.environment === 'qa').map((each) => each.id)).toEqual([deployment.id]);
    expect(sim.requests.map((entry) => `${entry.method} ${entry.status}`)).toEqual(['POST 502', 'GET 200', 'POST 201']);
  });

  it('a deployment whose answer comes after the client timed out: found, not created again', async () => {
    const late = sim.inject({ method: 'POST', path: '/repos/acme/app/deployments', answerAfterMs: 60_000 });
    const impatient = createGitHub({ token: 'ghs_test', baseUrl: sim.url, timeoutMs: 300, log: (message) => notices.push(message) });
    const deployment = await createDeployment(impatient, repo, { ref: sha, environment: 'late', description: 'deploy', production: false, payload: payload() });
    expect(late.affected).toBe(1);
    expect(sim.state.deployments.filter((each) => each.environment === 'late').map((each) => each.id)).toEqual([deployment.id]);
    expect(notices.join('\n')).toMatch(/No answer \(.*TIMEOUT.*\) while trying to create the deployment of late/);
  });

  it('a refusal (422) is final: thrown at once, nothing looked for', async () => {
    await expect(createDeployment(github(), repo, { ref: 'no-such-ref', environment: 'qa', description: 'deploy', production: false, payload: payload() })).rejects.toThrow(/as invalid/);
    expect(sim.requests.map((entry) => entry.method)).toEqual(['POST']);
  });

  it('deployment and commit statuses (a repeat changes nothing) are sent again', async () => {
    const id = sim.state.deployments[0].id;
    lose(/\/deployments\/\d+\/statuses$/);
    await createDeploymentStatus(github(), repo, id, { state: 'success', description: 'done' });
    lose(/\/statuses\/[0-9a-f]{40}$/);
    expect(await createCommitStatus(github(), repo, { sha, context: 'coverage', state: 'success', description: 'ok' })).toMatchObject({ ok: true });
    expect(sim.requests.filter((entry) => entry.method === 'POST').map((entry) => entry.reset ?? false)).toEqual([true, false, true, false]);
  });

  it('a release: found by its tag', async () => {
    lose('/repos/acme/app/releases');
    const release = await createRelease(github(), repo, { tag: 'v1.0.0', target: sha, name: 'v1.0.0', body: 'notes', prerelease: false, makeLatest: 'true' });
    expect(sim.state.releases).toHaveLength(1);
    expect(release?.id).toBe(sim.state.releases[0].id);
    expect(posts('/repos/acme/app/releases')).toHaveLength(1);
  });

  it('an annotated tag and its ref: the ref is found pointing at this run\'s tag object', async () => {
    lose('/repos/acme/app/git/tags');
    const object = await createTagObject(github(), repo, { name: 'v1.1.0', message: 'v1.1.0', sha });
    lose('/repos/acme/app/git/refs');
    expect(await createTagRef(github(), repo, 'v1.1.0', object)).toBe(true);
    expect(git.git('rev-parse', 'refs/tags/v1.1.0')).toBe(object);
    expect(posts('/repos/acme/app/git/refs')).toHaveLength(1);
  });

  it('the sticky coverage comment: found by its marker', async () => {
    sim.addPull({ number: 5, head: sha, base: 'main' });
    lose('/repos/acme/app/issues/5/comments');
    const marker = '<!-- shipgate:coverage-gate:coverage -->';
    const result = await upsertStickyComment(github(), repo, 5, marker, `${marker}\ncoverage 90 %`);
    const comments = sim.state.comments.filter((comment) => comment.issue_number === 5);
    expect(comments).toHaveLength(1);
    expect(result).toMatchObject({ ok: true, action: 'created', id: comments[0].id });
  });

  it('the approval issue and a comment on it: found by a hidden marker in the body', async () => {
    lose('/repos/acme/app/issues');
    const issue = await createIssue(github(), repo, { title: 'Approval needed', body: 'Please approve.', labels: ['shipgate-approval'] });
    const issues = sim.state.issues.filter((each) => each.title === 'Approval needed');
    expect(issues.map((each) => each.number)).toEqual([issue.number]);
    expect(issues[0].body).toMatch(/^Please approve\.\n\n<!-- shipgate:create \{"id":"[0-9a-f-]{36}"\} -->$/);

    lose(`/repos/acme/app/issues/${issue.number}/comments`);
    await addIssueComment(github(), repo, issue.number, 'Approved by @alice.');
    const comments = sim.state.comments.filter((comment) => comment.issue_number === issue.number);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toMatch(/^Approved by @alice\.\n\n<!-- shipgate:create \{"id":"[0-9a-f-]{36}"\} -->$/);
  });

  it('a check run: found by its external_id', async () => {
    lose('/repos/acme/app/check-runs');
    const published = await createCheckRun(github(), repo, { name: 'coverage', headSha: sha, conclusion: 'success', title: 'ok', summary: 'ok', annotations: [] });
    expect(sim.state.checkRuns).toHaveLength(1);
    expect(published).toMatchObject({ ok: true, id: sim.state.checkRuns[0].id });
    expect(sim.state.checkRuns[0].external_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(sim.schemaProblems).toEqual([]);
  });
});
