import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { startSimulator } from '../../simulator/index.mjs';
import { client, statusOf } from './fixture.js';

/**
 * The two GitHub rules the approval gate relies on, as the simulator must answer them:
 * - an environment that was never configured or used answers 404, and a configured one lists its
 *   protection rules with whole reviewer objects (GitHub's `environment` schema);
 * - org teams answer 404 to a token that may not read the organization (GITHUB_TOKEN), for the
 *   team itself and for every membership, exactly as for a team that does not exist.
 */
type Simulator = Awaited<ReturnType<typeof startSimulator>>;
const R = { owner: 'acme', repo: 'app' };
let sim: Simulator;
beforeEach(async () => {
  sim = await startSimulator({ checkResponses: true });
});
afterEach(async () => {
  await sim.close();
});

describe('simulator: environments', () => {
  it('answers 404 for a missing environment and creates it without protection rules on first use', async () => {
    const gh = client(sim.url);
    expect(await statusOf(gh.request('GET /repos/{owner}/{repo}/environments/{environment_name}', { ...R, environment_name: 'production' }))).toBe(404);
    await gh.request('POST /repos/{owner}/{repo}/deployments', { ...R, ref: 'main', environment: 'production', required_contexts: [] });
    const { data } = await gh.request('GET /repos/{owner}/{repo}/environments/{environment_name}', { ...R, environment_name: 'production' });
    expect(data).toMatchObject({ name: 'production', protection_rules: [] });
    expect(sim.schemaProblems).toEqual([]);
  });

  it('lists required reviewers as user and team objects, a wait timer and a branch policy as GitHub does', async () => {
    const gh = client(sim.url);
    sim.addTeam('acme', 'sre', ['sam']);
    sim.addEnvironment('production', { reviewers: ['alice', 'acme/sre'], prevent_self_review: true, wait_timer: 10 });
    const { data } = await gh.request('GET /repos/{owner}/{repo}/environments/{environment_name}', { ...R, environment_name: 'production' });
    expect(data.protection_rules).toEqual([
      expect.objectContaining({ type: 'wait_timer', wait_timer: 10 }),
      expect.objectContaining({
        type: 'required_reviewers',
        prevent_self_review: true,
        reviewers: [
          { type: 'User', reviewer: expect.objectContaining({ login: 'alice', type: 'User' }) },
          { type: 'Team', reviewer: expect.objectContaining({ slug: 'sre', name: 'sre' }) },
        ],
      }),
    ]);
    const alice = (data.protection_rules![1] as { reviewers: Array<{ reviewer: { id: number } }> }).reviewers[0].reviewer.id;
    await gh.request('PUT /repos/{owner}/{repo}/environments/{environment_name}', {
      ...R,
      environment_name: 'staging',
      reviewers: [{ type: 'User', id: alice }],
      deployment_branch_policy: { protected_branches: true, custom_branch_policies: false },
    });
    const staging = await gh.request('GET /repos/{owner}/{repo}/environments/{environment_name}', { ...R, environment_name: 'staging' });
    expect(staging.data.protection_rules!.map((rule) => rule.type)).toEqual(['required_reviewers', 'branch_policy']);
    expect(JSON.stringify(staging.data.protection_rules)).toContain('"login":"alice"');
    expect(sim.schemaProblems).toEqual([]);
  });
});

describe('simulator: org teams need read:org', () => {
  it('answers 404 to GITHUB_TOKEN for the team and its memberships, and the truth to a token with read:org', async () => {
    sim.addTeam('acme', 'release-managers', ['carol']);
    const actionsToken = client(sim.url, 'ghs_github_token');
    const team = { org: 'acme', team_slug: 'release-managers' };
    expect(await statusOf(actionsToken.request('GET /orgs/{org}/teams/{team_slug}', team))).toBe(404);
    expect(await statusOf(actionsToken.request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', { ...team, username: 'carol' }))).toBe(404);

    sim.allowOrgRead('ghp_reads_org');
    const orgReader = client(sim.url, 'ghp_reads_org');
    const { data } = await orgReader.request('GET /orgs/{org}/teams/{team_slug}', team);
    expect(data).toMatchObject({ slug: 'release-managers', members_count: 1, organization: expect.objectContaining({ login: 'acme' }) });
    expect((await orgReader.request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', { ...team, username: 'carol' })).data.state).toBe('active');
    expect(await statusOf(orgReader.request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', { ...team, username: 'mallory' }))).toBe(404);
    expect(await statusOf(orgReader.request('GET /orgs/{org}/teams/{team_slug}', { org: 'acme', team_slug: 'nobody' }))).toBe(404);
    expect(sim.schemaProblems).toEqual([]);
  });
});
