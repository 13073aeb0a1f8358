import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
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
