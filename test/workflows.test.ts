import { describe, expect, it } from '@jest/globals';
import { Evaluator, Lexer, Parser, data } from '@actions/expressions';

type ExpressionData = data.ExpressionData;
const valueOf = (result: ExpressionData): unknown => ('value' in result ? result.value : undefined);
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

/** The keys of a workflow file these tests read; YAML gives no type, so the shape is named once here. */
interface WorkflowFile {
  on: {
    workflow_dispatch?: { inputs?: Record<string, { required?: boolean }> };
    workflow_call?: { inputs?: Record<string, { required?: boolean; type?: string; default?: unknown }>; secrets?: Record<string, unknown> };
  };
  jobs: Record<string, Job>;
}
const workflow = (file: string): WorkflowFile => YAML.parse(read(file)) as WorkflowFile;

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
    for (const [file, prefix] of [['.github/workflows/deploy.yml', 'shipgate-deploy-'], ['.github/workflows/rollback.yml', 'shipgate-rollback-']]) {
      const job = Object.values(workflow(file).jobs)[0] as { environment: unknown; concurrency: { group: string; 'cancel-in-progress': boolean } };
      expect(job.environment).toBeDefined();
      expect(job.concurrency.group.startsWith(`${prefix}\${{ github.repository }}-`)).toBe(true);
      expect(job.concurrency['cancel-in-progress']).toBe(false);
    }
  });

  it('never lets a deploy cancel a pending rollback: GitHub keeps one pending job per group, so they never share one', () => {
    const group = (file: string, environment: string) => {
      const job = Object.values(workflow(file).jobs)[0] as { concurrency: { group: string } };
      // The group is text around ${{ }} expressions: evaluate each one.
      return job.concurrency.group.replace(/\$\{\{(.*?)\}\}/g, (_all, expression: string) =>
        String(valueOf(evaluate(expression, { github: { repository: 'acme/app' }, inputs: { environment } }))),
      );
    };
    expect(group('.github/workflows/deploy.yml', 'production')).toBe('shipgate-deploy-acme/app-production');
    expect(group('.github/workflows/rollback.yml', 'production')).toBe('shipgate-rollback-acme/app-production');
    expect(group('.github/workflows/rollback.yml', '')).toBe('shipgate-rollback-acme/app-production');
  });

  it('lets the rollback run with one click: workflow_dispatch with no required input', () => {
    const { on } = workflow('.github/workflows/rollback.yml');
    expect(on.workflow_dispatch).toBeDefined();
    expect(on.workflow_call).toBeDefined();
    for (const input of Object.values({ ...on.workflow_dispatch?.inputs, ...on.workflow_call?.inputs })) {
      expect(input.required ?? false).toBe(false);
    }
  });
});

describe("the step that hands the caller's secrets to the deploy command", () => {
  const stepOf = (file: string) => {
    const job = Object.values(workflow(file).jobs)[0] as { steps: Array<{ name?: string; run?: string }> };
    return job.steps.find((step) => step.name?.startsWith("Hand the caller's secrets"))?.run ?? '';
  };
  const run = (secrets: string, environmentSecrets = '') => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'secrets-'));
    const envFile = path.join(dir, 'env');
    writeFileSync(envFile, '');
    const result = spawnSync('bash', ['-e', '-c', stepOf('.github/workflows/deploy.yml')], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, GITHUB_ENV: envFile, DEPLOY_SECRETS: secrets, SHIPGATE_DEPLOY_ENV: environmentSecrets },
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

/**
 * GitHub's own expression evaluator (@actions/expressions) decides which jobs of pipeline.yml run.
 * A job whose `if` has no status function runs only when every job it needs succeeded (GitHub's
 * implicit success()); `always()` drops that.
 */
type Results = Record<string, 'success' | 'failure' | 'skipped'>;
interface Job {
  needs?: string | string[];
  if?: string;
  'timeout-minutes'?: string | number;
  permissions?: Record<string, string>;
  environment?: unknown;
  steps?: Array<{ uses?: string; with?: Record<string, string> }>;
  with?: Record<string, string>;
  secrets?: Record<string, string> | string;
  uses?: string;
}
const toData = (value: unknown): ExpressionData =>
  typeof value === 'string'
    ? new data.StringData(value)
    : typeof value === 'boolean'
      ? new data.BooleanData(value)
      : typeof value === 'number'
        ? new data.NumberData(value)
        : value === undefined || value === null
          ? new data.Null()
          : Array.isArray(value)
            ? new data.Array(...value.map(toData))
            : new data.Dictionary(...Object.entries(value as Record<string, unknown>).map(([key, inner]) => ({ key, value: toData(inner) })));
const statusFunctions = new Map(
  ['always', 'success', 'failure', 'cancelled'].map((name) => [name, { name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(name === 'always') }]),
);
function evaluate(expression: string, context: Record<string, unknown>): ExpressionData {
  const text = expression.replace(/^\$\{\{\s*|\s*\}\}$/g, '');
  const parsed = new Parser(new Lexer(text).lex().tokens, Object.keys(context), [...statusFunctions.values()]).parse();
  return new Evaluator(parsed, toData(context) as InstanceType<typeof data.Dictionary>, statusFunctions).evaluate();
}
/** GitHub's truthiness (the package does not export its own helper). */
const truthy = (value: ExpressionData): boolean => {
  const raw = valueOf(value);
  if (value.kind === data.Kind.Boolean || value.kind === data.Kind.String || value.kind === data.Kind.Number) return Boolean(raw);
  return value.kind !== data.Kind.Null;
};
const pipeline = () => YAML.parse(read('.github/workflows/pipeline.yml')) as { jobs: Record<string, Job> };

/** Which jobs after staging run, for an `approval` input and what each approval job would end with. */
function playPipeline(approval: string, ends: Results): Results {
  const { jobs } = pipeline();
  const results: Results = { test: 'success', staging: ends.staging ?? 'success' };
  for (const name of ['environment-reviewers', 'approval-request', 'approval', 'production', 'release']) {
    const job = jobs[name];
    const needs = [job.needs ?? []].flat();
    const needsContext = Object.fromEntries(needs.map((need) => [need, { result: results[need] ?? 'skipped', outputs: {} }]));
    const condition = job.if ?? 'true';
    const implicitSuccess = !/\b(always|failure|cancelled|success)\(\)/.test(condition);
    const allSucceeded = needs.every((need) => results[need] === 'success');
    const runs = (!implicitSuccess || allSucceeded) && truthy(evaluate(condition, { needs: needsContext, inputs: { approval }, github: { event_name: 'push' } }));
    results[name] = runs ? (ends[name] ?? 'success') : 'skipped';
  }
  return results;
}

describe('pipeline.yml: production never deploys without the approval it was told to have', () => {
  it.each([
    ['environment', 'the environment has required reviewers', { 'environment-reviewers': 'success' }, true],
    ['environment', 'the environment is missing or has no required reviewers', { 'environment-reviewers': 'failure' }, false],
    ['issue', 'the run ends once the issue is open: the listener deploys', { 'approval-request': 'success' }, false],
    ['issue-wait', 'the issue is approved', { approval: 'success' }, true],
    ['issue-wait', 'the issue is denied or times out', { approval: 'failure' }, false],
    ['enviroment', 'a misspelt value asks for the issue gate, which fails without approvers', { approval: 'failure' }, false],
    ['none', 'an explicit none ships without a human', {}, true],
    ['none', 'staging failed', { staging: 'failure' }, false],
  ] as Array<[string, string, Results, boolean]>)('approval: %s — %s', (approval, _why, ends, deploys) => {
    const results = playPipeline(approval, ends);
    expect(results.production !== 'skipped').toBe(deploys);
    expect(results.release !== 'skipped').toBe(deploys);
  });

  it('runs exactly one approval job per mode, and none for approval: none', () => {
    expect(playPipeline('environment', {})).toMatchObject({ 'environment-reviewers': 'success', 'approval-request': 'skipped', approval: 'skipped' });
    expect(playPipeline('issue', {})).toMatchObject({ 'environment-reviewers': 'skipped', 'approval-request': 'success', approval: 'skipped' });
    expect(playPipeline('issue-wait', {})).toMatchObject({ 'environment-reviewers': 'skipped', 'approval-request': 'skipped', approval: 'success' });
    expect(playPipeline('none', {})).toMatchObject({ 'environment-reviewers': 'skipped', 'approval-request': 'skipped', approval: 'skipped' });
  });

  it('checks the reviewers of the environment production deploys to, with only actions: read', () => {
    const { jobs } = pipeline();
    const check = jobs['environment-reviewers'];
    expect(check.permissions).toEqual({ actions: 'read' });
    expect(check.steps).toEqual([{ uses: 'shipgate-dev/shipgate/actions/approval@v1', with: { mode: 'environment', environment: jobs.production.with!.environment } }]);
    expect(jobs.production.with!.environment).toBe('production');
  });

  it('gives the issue approval job the approval timeout as its own timeout-minutes', () => {
    const approval = pipeline().jobs.approval;
    const inputs = { 'approval-timeout-minutes': '90' };
    expect(valueOf(evaluate(String(approval['timeout-minutes']), { inputs }))).toBe(90);
    expect(valueOf(evaluate(approval.steps![0].with!['timeout-minutes'], { inputs }))).toBe('90');
  });
});

/**
 * A called workflow's jobs get at most what the calling job grants: a caller that forgets one
 * (actions: read for the environment check) breaks the run before anything starts.
 */
const LEVEL: Record<string, number> = { none: 0, read: 1, write: 2 };
function permissionsNeeded(file: string): Record<string, string> {
  const needed: Record<string, string> = {};
  const add = (permissions: Record<string, string>) => {
    for (const [scope, level] of Object.entries(permissions)) if ((LEVEL[level] ?? 0) > (LEVEL[needed[scope]] ?? 0)) needed[scope] = level;
  };
  for (const job of Object.values((YAML.parse(read(file)) as { jobs: Record<string, Job> }).jobs)) {
    const own = /^shipgate-dev\/shipgate\/(\.github\/workflows\/[^@]+)@/.exec(job.uses ?? '')?.[1];
    if (own) add(permissionsNeeded(own));
    else add(job.permissions ?? {});
  }
  return needed;
}
const callers = (): Array<[string, { jobs: Record<string, Job> }]> => [
  ...files.filter((file) => file.startsWith('docs/examples/')).map((file) => [file, YAML.parse(read(file))] as [string, { jobs: Record<string, Job> }]),
  ...[...read('README.md').matchAll(/```yaml\n([\s\S]*?)```/g)].map((match, index) => [`README.md yaml block ${index + 1}`, YAML.parse(match[1])] as [string, { jobs: Record<string, Job> }]),
];

describe('callers in docs/examples and the README', () => {
  it('grant every permission the shipgate workflow they call needs', () => {
    const missing: string[] = [];
    for (const [where, workflow] of callers()) {
      for (const [name, job] of Object.entries(workflow.jobs ?? {})) {
        const own = /^shipgate-dev\/shipgate\/(\.github\/workflows\/[^@]+)@/.exec(job.uses ?? '')?.[1];
        if (!own) continue;
        for (const [scope, level] of Object.entries(permissionsNeeded(own))) {
          if ((LEVEL[job.permissions?.[scope] ?? 'none'] ?? 0) < LEVEL[level]) missing.push(`${where} jobs.${name}: ${scope}: ${level} (needed by ${own})`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('the environment secret SHIPGATE_DEPLOY_ENV (released only after the environment approves)', () => {
  type Step = { name?: string; uses?: string; run?: string; env?: Record<string, string> };
  const deployJob = (file: string) => Object.values(workflow(file).jobs)[0] as { environment?: unknown; steps: Step[] };
  const runStep = (environmentSecrets: string, secrets = '') => {
    const job = deployJob('.github/workflows/deploy.yml');
    const script = job.steps.find((step) => step.name?.startsWith("Hand the caller's secrets"))!.run!;
    const dir = mkdtempSync(path.join(os.tmpdir(), 'secrets-'));
    const envFile = path.join(dir, 'env');
    writeFileSync(envFile, '');
    const result = spawnSync('bash', ['-e', '-c', script], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, GITHUB_ENV: envFile, DEPLOY_SECRETS: secrets, SHIPGATE_DEPLOY_ENV: environmentSecrets },
    });
    const env = readFileSync(envFile, 'utf8').replace(/SHIPGATE_[0-9a-f]+/g, 'DELIM');
    rmSync(dir, { recursive: true, force: true });
    return { ...result, env };
  };

  it.each(['.github/workflows/deploy.yml', '.github/workflows/rollback.yml'])('%s reads it in the job that declares environment:, before the action runs', (file) => {
    const job = deployJob(file);
    expect(job.environment).toBeDefined();
    const index = job.steps.findIndex((step) => step.env?.SHIPGATE_DEPLOY_ENV === '${{ secrets.SHIPGATE_DEPLOY_ENV }}');
    expect(index).toBeGreaterThanOrEqual(0);
    expect(index).toBeLessThan(job.steps.findIndex((step) => step.uses?.startsWith('shipgate-dev/shipgate/actions/')));
    expect(workflow(file).on.workflow_call?.secrets?.SHIPGATE_DEPLOY_ENV).toMatchObject({ required: false });
  });

  it('is passed by name to both deploys of pipeline.yml', () => {
    const { jobs } = pipeline();
    for (const name of ['staging', 'production']) expect(jobs[name].secrets).toMatchObject({ SHIPGATE_DEPLOY_ENV: '${{ secrets.SHIPGATE_DEPLOY_ENV }}' });
  });

  it('exports its NAME=value lines masked, after deploy-secrets so its value wins a shared name', () => {
    const result = runStep('API_KEY=from-environment\nDB_URL=postgres://u:p%40@db', 'API_KEY=from-repository');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('::add-mask::from-repository\n::add-mask::from-environment\n::add-mask::postgres://u:p%2540@db\n');
    expect(result.env).toBe('API_KEY<<DELIM\nfrom-repository\nDELIM\nAPI_KEY<<DELIM\nfrom-environment\nDELIM\nDB_URL<<DELIM\npostgres://u:p%40@db\nDELIM\n');
  });

  it('names the secret that holds a bad line', () => {
    const result = runStep('just a token');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('::error::SHIPGATE_DEPLOY_ENV must hold NAME=value lines; one line has no valid NAME.\n');
  });
});


describe('pinning and GitHub Enterprise Server', () => {
  it('pins every third-party action by full commit SHA with its version in a comment', () => {
    const loose: string[] = [];
    for (const file of files) {
      for (const line of read(file).split('\n')) {
        const uses = /^\s*(?:- )?uses:\s*(\S+)(.*)$/.exec(line);
        if (!uses || uses[1].startsWith('shipgate-dev/shipgate/') || uses[1].startsWith('./')) continue;
        if (!/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(uses[1]) || !/^ # v\d+\.\d+\.\d+$/.test(uses[2])) loose.push(`${file}: ${line.trim()}`);
      }
    }
    expect(loose).toEqual([]);
  });

  it('runs every pinned action on node24 versions only (one SHA per action across files)', () => {
    const shas = new Map<string, Set<string>>();
    for (const file of files) {
      for (const match of read(file).matchAll(/uses:\s*(actions\/[\w-]+)@([0-9a-f]{40}) # (v[\d.]+)/g)) {
        shas.set(match[1], (shas.get(match[1]) ?? new Set()).add(`${match[2]} ${match[3]}`));
      }
    }
    for (const [action, pins] of shas) expect([action, pins.size]).toEqual([action, 1]);
    expect([...shas.keys()].sort()).toEqual(['actions/checkout', 'actions/download-artifact', 'actions/setup-go', 'actions/setup-java', 'actions/setup-node', 'actions/setup-python', 'actions/upload-artifact']);
  });

  it('makes the result-artifact upload optional, so a server without Artifacts v4 keeps a passing gate green', () => {
    const test = workflow('.github/workflows/test.yml');
    expect(test.on.workflow_call?.inputs?.['result-artifact']).toMatchObject({ type: 'boolean', default: true });
    const upload = (test.jobs.gate?.steps as Array<{ if?: string; uses?: string }>).find((step) => step.uses?.startsWith('actions/upload-artifact@'))!;
    expect(truthy(evaluate(upload.if!, { inputs: { 'result-artifact': true } }))).toBe(true);
    expect(truthy(evaluate(upload.if!, { inputs: { 'result-artifact': false } }))).toBe(false);
    expect(pipeline().jobs.test.with!['result-artifact']).toBe('${{ inputs.result-artifact }}');
  });

  it('has Dependabot keep the npm packages and the pinned actions current', () => {
    const config = YAML.parse(read('.github/dependabot.yml')) as { version: number; updates: Array<{ 'package-ecosystem': string; directory: string }> };
    expect(config.version).toBe(2);
    expect(config.updates.map((update) => `${update['package-ecosystem']} ${update.directory}`).sort()).toEqual(['github-actions /', 'npm /']);
  });
});

describe('approval-listener.yml: an approving comment deploys production in a run of its own', () => {
  const listener = () => YAML.parse(read('.github/workflows/approval-listener.yml')) as { jobs: Record<string, Job & { concurrency: { group: string; 'cancel-in-progress': boolean } }> };
  const github = (issue: Record<string, unknown>, eventName = 'issue_comment') => ({ event_name: eventName, repository: 'acme/app', event: { issue } });
  const starts = (context: Record<string, unknown>) => truthy(evaluate(listener().jobs.listen.if!, { github: context }));

  it('starts a job only for a comment on an open approval issue, or for the schedule', () => {
    const labels = [{ name: 'shipgate-approval' }];
    expect(starts(github({ number: 7, state: 'open', labels }))).toBe(true);
    expect(starts(github({ number: 7, state: 'open', labels: [{ name: 'bug' }] }))).toBe(false);
    expect(starts(github({ number: 7, state: 'closed', labels }))).toBe(false);
    expect(starts(github({ number: 7, state: 'open', labels, pull_request: { url: 'x' } }))).toBe(false);
    expect(starts({ event_name: 'schedule', repository: 'acme/app', event: {} })).toBe(true);
  });

  it('counts one run at a time per issue, never cancelling a running count', () => {
    const { concurrency } = listener().jobs.listen;
    const group = (context: Record<string, unknown>) =>
      concurrency.group.replace(/\$\{\{(.*?)\}\}/g, (_all, expression: string) => String(valueOf(evaluate(expression, { github: context }))));
    expect(group(github({ number: 7 }))).toBe('shipgate-approval-acme/app-7');
    expect(group({ event_name: 'schedule', repository: 'acme/app', event: {} })).toBe('shipgate-approval-acme/app-schedule');
    expect(concurrency['cancel-in-progress']).toBe(false);
  });

  it('deploys the recorded commit after staging, only when approved, then releases it', () => {
    const { jobs } = listener();
    expect(jobs.listen.steps![0].with).toMatchObject({ mode: 'listen' });
    const production = jobs.production;
    expect(production.uses).toBe('shipgate-dev/shipgate/.github/workflows/deploy.yml@v1');
    expect(production.with).toMatchObject({ environment: 'production', ref: '${{ needs.listen.outputs.sha }}', 'require-deployed-to': 'staging' });
    const runs = (approved: string) => truthy(evaluate(production.if!, { needs: { listen: { result: 'success', outputs: { approved } } } }));
    expect(runs('true')).toBe(true);
    expect(runs('false')).toBe(false);
    expect(runs('')).toBe(false);
    expect(jobs.release.needs).toBe('production');
  });
});

describe('approval jobs write with the workflow token, so the records the listener trusts are the bot\'s', () => {
  it.each([
    ['.github/workflows/pipeline.yml', 'approval-request'],
    ['.github/workflows/pipeline.yml', 'approval'],
    ['.github/workflows/approval-listener.yml', 'listen'],
  ])('%s jobs.%s reads teams with approval-token and keeps github-token the workflow token', (file, job) => {
    const step = workflow(file).jobs[job]?.steps![0];
    expect(step.with!['teams-token']).toBe('${{ secrets.approval-token }}');
    expect(step.with!['github-token']).toBeUndefined();
  });
});

