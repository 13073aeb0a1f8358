import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { errorsOf, runAction } from '../../scripts/lib/run-action.mjs';
import { startSimulator } from '../../simulator/index.mjs';
import { commit, git, lines, newRepo, pullEvent, source, writeLcov } from '../coverage-gate/repo.js';
import { GitRepo, demoDeployCommand, deploymentsOf, freePort, statesOf, stopDemo } from '../deploy/helpers.js';
import { releaseOf, tagAnnotated, tagCommit, TestRepo } from '../release/fixture.js';

/**
 * Lost answers never duplicate a write, in the built bundles as the runner runs them: GitHub
 * carries out a create and the connection is reset before its answer arrives (the simulator's
 * `reset` fault). Each action finds what its first attempt created and goes on; exactly one object
 * exists afterwards.
 */
type Simulator = Awaited<ReturnType<typeof startSimulator>>;
type Result = Awaited<ReturnType<typeof runAction>> & { outputs: Record<string, string> };

describe('deploy: the answer of POST /deployments is lost', () => {
  const repo = new GitRepo();
  const sha = repo.commit('v1: first', { 'demo.env': '' });
  let sim: Simulator;
  let stateDir: string;

  beforeAll(async () => {
    sim = await startSimulator({ repoDir: repo.dir });
    stateDir = mkdtempSync(path.join(os.tmpdir(), 'shipgate-lost-deploy-'));
  });
  afterAll(async () => {
    stopDemo(stateDir);
    rmSync(stateDir, { recursive: true, force: true });
    await sim.close();
    repo.remove();
  });

  it('one deployment, which ends success; none is left without a status', async () => {
    const port = await freePort();
    const lost = sim.inject({ method: 'POST', path: '/repos/acme/app/deployments', reset: true });
    const result = (await runAction('deploy', {
      apiUrl: sim.url,
      sha,
      cwd: stateDir,
      inputs: {
        environment: 'staging',
        ref: sha,
        command: demoDeployCommand(repo, port, stateDir),
        url: `http://127.0.0.1:${port}/`,
        'health-check-url': `http://127.0.0.1:${port}/health`,
        'health-check-timeout': '5',
        'health-check-interval': '100ms',
      },
      timeoutMs: 60_000,
    })) as Result;
    expect(errorsOf(result)).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(lost.affected).toBe(1);
    const deployments = deploymentsOf(sim, 'staging');
    expect(deployments).toHaveLength(1);
    expect(statesOf(sim, deployments[0].id).at(-1)).toBe('success');
    expect(result.outputs['deployment-id']).toBe(String(deployments[0].id));
    expect(result.stdout).toContain('it is not created a second time');
  });
});

describe('release: the answers of POST /git/refs and POST /releases are lost', () => {
  let repo: TestRepo;
  let sim: Simulator;

  beforeAll(async () => {
    repo = new TestRepo();
    repo.commit('feat: first version', { 'app.txt': '1\n' });
    tagAnnotated(repo, 'v1.0.0');
    repo.commit('feat: add search', { 'search.txt': 'search\n' });
    sim = await startSimulator({ repoDir: repo.dir });
  });
  afterAll(async () => {
    await sim.close();
    repo.remove();
  });

  it('one tag and one release, reported as created by this run', async () => {
    const head = repo.git('rev-parse', 'HEAD');
    sim.inject({ method: 'POST', path: '/repos/acme/app/git/refs', reset: true });
    sim.inject({ method: 'POST', path: '/repos/acme/app/releases', reset: true });
    const result = (await runAction('release', { apiUrl: sim.url, repository: 'acme/app', sha: head, timeoutMs: 60_000 })) as Result;
    expect(errorsOf(result)).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(tagCommit(repo, 'v1.1.0')).toBe(head);
    expect(sim.state.releases).toHaveLength(1);
    expect(result.outputs).toMatchObject({ tag: 'v1.1.0', created: 'true', 'release-url': releaseOf(sim, 'v1.1.0').html_url });
    expect(sim.requests.filter((entry) => entry.method === 'POST' && /\/(git\/refs|releases)$/.test(entry.path)).map((entry) => entry.status)).toEqual([201, 201]);
  });
});

describe('coverage gate on a pull request: the answers of POST /check-runs and of the comment are lost', () => {
  let dir: string;
  let sim: Simulator;

  beforeAll(async () => {
    dir = newRepo();
    sim = await startSimulator({ repoDir: dir });
  });
  afterAll(async () => {
    await sim.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('one check run and one sticky comment', async () => {
    const base = commit(dir, { 'src/a.ts': source(10) }, 'base');
    git(dir, 'checkout', '-q', '-b', 'feature');
    const head = commit(dir, { 'src/a.ts': source(12) }, 'feature');
    writeLcov(dir, { 'src/a.ts': lines(12, 10) });
    sim.addPull({ number: 1, head, base: 'main', headRef: 'feature' });
    sim.inject({ method: 'POST', path: '/repos/acme/app/check-runs', reset: true });
    sim.inject({ method: 'POST', path: '/repos/acme/app/issues/1/comments', reset: true });
    const temp = mkdtempSync(path.join(os.tmpdir(), 'shipgate-lost-gate-'));
    const result = (await runAction('coverage-gate', {
      apiUrl: sim.url,
      repository: 'acme/app',
      sha: head,
      ref: 'refs/pull/1/merge',
      eventName: 'pull_request',
      event: pullEvent(1, head, 'feature', base),
      cwd: dir,
      env: { RUNNER_TEMP: temp },
    })) as Result;
    rmSync(temp, { recursive: true, force: true });
    expect(errorsOf(result)).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(sim.state.checkRuns).toHaveLength(1);
    expect(sim.state.comments).toHaveLength(1);
  });
});
