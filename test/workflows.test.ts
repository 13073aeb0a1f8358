import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { ROOT } from '../scripts/lib/actions.mjs';
import { findPermissionProblems, findRunInterpolations } from '../scripts/lib/workflow-checks.mjs';

const files = ['.github/workflows', 'docs/examples'].flatMap((dir) =>
  readdirSync(path.join(ROOT, dir))
    .filter((file) => file.endsWith('.yml'))
    .map((file) => path.join(dir, file)),
);
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

describe('workflow files', () => {
  it.each(files)('%s passes no untrusted expression into run: and declares least-privilege permissions', (file) => {
    expect(findRunInterpolations(read(file))).toEqual([]);
    expect(findPermissionProblems(read(file))).toEqual([]);
  });

  it.each([
    ['github.event.pull_request.title', 'echo "${{ github.event.pull_request.title }}"'],
    ['an input', 'deploy --to ${{ inputs.environment }}'],
    ['a step output', 'echo ${{ steps.x.outputs.tag }}'],
  ])('flags a run: script that interpolates %s', (_what, script) => {
    const workflow = YAML.stringify({ on: 'push', permissions: {}, jobs: { a: { 'runs-on': 'ubuntu-latest', steps: [{ run: script }] } } });
    expect(findRunInterpolations(workflow)).toHaveLength(1);
  });

  it('flags a job without permissions and write-all', () => {
    const workflow = YAML.stringify({ on: 'push', jobs: { a: { 'runs-on': 'x', steps: [] }, b: { 'runs-on': 'x', permissions: 'write-all', steps: [] } } });
    expect(findPermissionProblems(workflow)).toEqual([
      "jobs.a declares no permissions and the workflow has no top-level permissions.",
      "jobs.b: permissions write-all is not least privilege.",
    ]);
  });

  it('references every shipgate action and workflow at one version', () => {
    const refs = new Set<string>();
    for (const file of files) {
      for (const match of read(file).matchAll(/uses: shipgate-dev\/shipgate\/[^@\s]+@(\S+)/g)) refs.add(match[1]);
    }
    expect([...refs]).toEqual(['v1']);
  });

  it('deploys each environment under its own queueing concurrency group and Environment rules', () => {
    for (const file of ['.github/workflows/deploy.yml', '.github/workflows/rollback.yml']) {
      const job = Object.values(YAML.parse(read(file)).jobs)[0] as { environment: unknown; concurrency: { group: string; 'cancel-in-progress': boolean } };
      expect(job.environment).toBeDefined();
      expect(job.concurrency.group).toMatch(/^shipgate-deploy-\$\{\{ github\.repository \}\}-/);
      expect(job.concurrency['cancel-in-progress']).toBe(false);
    }
  });

  it('lets the rollback run with one click: workflow_dispatch with no required input', () => {
    const on = YAML.parse(read('.github/workflows/rollback.yml')).on;
    expect(on.workflow_dispatch).toBeDefined();
    expect(on.workflow_call).toBeDefined();
    for (const input of Object.values({ ...on.workflow_dispatch.inputs, ...on.workflow_call.inputs }) as Array<{ required?: boolean }>) {
      expect(input.required ?? false).toBe(false);
    }
  });
});

describe("the step that hands the caller's secrets to the deploy command", () => {
  const stepOf = (file: string) => {
    const job = Object.values(YAML.parse(read(file)).jobs)[0] as { steps: Array<{ name?: string; run?: string }> };
    return job.steps.find((step) => step.name?.startsWith("Hand the caller's secrets"))?.run ?? '';
  };
  const run = (secrets: string) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'secrets-'));
    const envFile = path.join(dir, 'env');
    writeFileSync(envFile, '');
    const result = spawnSync('bash', ['-e', '-c', stepOf('.github/workflows/deploy.yml')], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, GITHUB_ENV: envFile, DEPLOY_SECRETS: secrets },
    });
    const env = readFileSync(envFile, 'utf8').replace(/SHIPGATE_[0-9a-f]+/g, 'DELIM');
    rmSync(dir, { recursive: true, force: true });
    return { ...result, env };
  };

  it('is the same script in deploy.yml and rollback.yml', () => {
    expect(stepOf('.github/workflows/deploy.yml')).not.toBe('');
    expect(stepOf('.github/workflows/rollback.yml')).toBe(stepOf('.github/workflows/deploy.yml'));
  });

  it('exports NAME=value lines, masking each value with % encoded as the runner decodes it', () => {
    const result = run('# a comment\nAPI_KEY=abc%25def\n\nTOKEN=t=o=k');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('::add-mask::abc%2525def\n::add-mask::t=o=k\n');
    expect(result.env).toBe('API_KEY<<DELIM\nabc%25def\nDELIM\nTOKEN<<DELIM\nt=o=k\nDELIM\n');
  });

  it('refuses a line that is not NAME=value in one sentence', () => {
    const result = run('not a pair');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('::error::deploy-secrets must hold NAME=value lines; one line has no valid NAME.\n');
    expect(result.env).toBe('');
  });
});
