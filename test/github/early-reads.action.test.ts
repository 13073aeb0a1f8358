// Each action's built bundle, run as the runner runs it against the simulator: the first request
// GitHub sees is the read its entry sends early (src/actions/<name>/action.ts), and the action's
// own code takes that answer instead of asking again (an unused early read is said in the debug log).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../scripts/lib/actions.mjs';
import { runAction } from '../../scripts/lib/run-action.mjs';
import { startSimulator } from '../../simulator/index.mjs';
import { TestRepo } from '../simulator/fixture.js';

type Simulator = Awaited<ReturnType<typeof startSimulator>>;

describe('early reads in the built bundles', () => {
  let repo: TestRepo;
  let sim: Simulator;
  let head: string;

  beforeAll(async () => {
    repo = new TestRepo();
    repo.commit('feat: first', { 'app.txt': '1\n' });
    repo.git('tag', 'v1.0.0');
    head = repo.commit('feat: second', { 'app.txt': '2\n' });
    mkdirSync(path.join(repo.dir, 'coverage'), { recursive: true });
    writeFileSync(path.join(repo.dir, 'coverage/lcov.info'), 'TN:\nSF:app.txt\nDA:1,1\nDA:2,0\nLF:2\nLH:1\nend_of_record\n');
    sim = await startSimulator({ repoDir: repo.dir });
    sim.addEnvironment('production', { reviewers: ['octo-reviewer'] });
  });

  afterAll(async () => {
    await sim?.close();
    repo?.remove();
  });

  /** A logged request as "GET /path?query" with the query sorted (its order is the client's). */
  const line = (entry: { method: string; path: string; query?: Record<string, unknown> }) => {
    const [pathname = '', search = ''] = entry.path.split('?');
    const query = new URLSearchParams(search);
    for (const [key, value] of Object.entries(entry.query ?? {})) if (!query.has(key)) query.set(key, String(value));
    query.sort();
    const text = query.toString();
    return `${entry.method} ${pathname}${text ? `?${text}` : ''}`;
  };

  const cases: [string, string, Record<string, string>, string][] = [
    ['deploy', 'deploy', { environment: 'staging', command: 'true' }, 'GET /repos/acme/app/deployments?environment=staging&page=1&per_page=100&task=deploy%3Ashipgate'],
    ['rollback', 'rollback', { environment: 'production', command: 'true', 'dry-run': 'true' }, 'GET /repos/acme/app/deployments?environment=production&page=1&per_page=100&task=deploy%3Ashipgate'],
    ['rehearsal', 'rehearsal', { command: 'true', 'dry-run': 'true' }, 'GET /repos/acme/app/deployments?environment=staging&page=1&per_page=100&task=deploy%3Ashipgate'],
    ['release', 'release', { 'dry-run': 'true' }, 'GET /repos/acme/app/git/matching-refs/tags/v?per_page=100'],
    ['readiness', 'readiness', {}, 'GET /repos/acme/app'],
    ['approval (environment)', 'approval', { mode: 'environment', environment: 'production' }, 'GET /repos/acme/app/environments/production'],
    ['approval (issue)', 'approval', { approvers: 'octo-reviewer', 'dry-run': 'true' }, 'GET /repos/acme/app/releases/latest'],
    ['coverage-gate', 'coverage-gate', { reports: 'coverage/lcov.info' }, 'GET /repos/acme/app/git/ref/shipgate/coverage'],
  ];

  it.each(cases)('%s: the early read is the first request, and it is used', async (_name, action, inputs, first) => {
    sim.clearRequests();
    const result = await runAction(action, {
      apiUrl: sim.url,
      repository: 'acme/app',
      sha: head,
      cwd: repo.dir,
      inputs,
      event: { ref: 'refs/heads/main', after: head, repository: { full_name: 'acme/app', default_branch: 'main' } },
      timeoutMs: 60_000,
    });
    expect(sim.requests.length).toBeGreaterThan(0);
    expect(line(sim.requests[0] as { method: string; path: string })).toBe(first);
    expect(result.stdout).not.toMatch(/early read .* was not used/);
  });

  it.each(['coverage-gate', 'deploy', 'approval', 'release', 'rollback', 'readiness', 'rehearsal'])(
    '%s: the entry file carries no @actions/core; it loads from a file beside it once the early reads left',
    (action) => {
      const dir = path.join(process.env.SHIPGATE_DIST_DIR ?? path.join(ROOT, 'dist'), action);
      const setSecret = "'add-mask'";
      expect(readFileSync(path.join(dir, 'index.js'), 'utf8')).not.toContain(setSecret);
      expect(readdirSync(dir).filter((file) => file !== 'index.js' && readFileSync(path.join(dir, file), 'utf8').includes(setSecret))).toHaveLength(1);
    },
  );
});

