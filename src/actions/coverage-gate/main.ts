import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { log } from '../../lib/log.js';
import { InputReader, envInputSource, type InputSource } from '../../lib/inputs.js';
import { UserError } from '../../lib/errors.js';
import { createGitHub } from '../../github/client.js';
import type { EarlyReads } from '../../github/early-reads.js';
import { readRunContext } from '../../github/context.js';
import { readGateEvent } from '../../coverage/gate/event.js';
import { fallbackAnnotations } from '../../coverage/gate/publish.js';
import { runGate } from '../../coverage/gate/run.js';
import { WarningBudget } from '../../lib/step-annotations.js';
import { EMPTY_TOKEN_NOTE, readInputs } from './inputs.js';

export async function run(source: InputSource = envInputSource, early?: EarlyReads): Promise<void> {
  const inputs = readInputs(new InputReader(source));
  const context = readRunContext();
  const token = inputs['github-token'];
  // Every warning of this step counts against the 10 GitHub shows; the fallback annotations get what is left.
  const warnings = new WarningBudget<core.AnnotationProperties>(log.warning);
  if (!token) warnings.warning(EMPTY_TOKEN_NOTE);
  const outcome = await runGate(
    {
      reports: inputs.reports,
      format: inputs.format,
      testCommand: inputs['test-command'],
      workingDirectory: path.resolve(inputs['working-directory']),
      exclude: inputs.exclude,
      thresholds: {
        minCoverage: inputs['min-coverage'],
        minBranchCoverage: inputs['min-branch-coverage'],
        minFileCoverage: inputs['min-file-coverage'],
        minPatchCoverage: inputs['min-patch-coverage'],
        maxCoverageDrop: inputs['max-coverage-drop'],
      },
      comment: inputs.comment,
      annotations: inputs.annotations,
      checkName: inputs['check-name'],
    },
    {
      repo: { owner: context.owner, repo: context.repo },
      event: readGateEvent(context.eventName, context.payload, context.sha, context.ref, `${context.owner}/${context.repo}`),
      github: token ? createGitHub({ token, log: warnings.warning, early }) : undefined,
      outputDirectory: process.env.RUNNER_TEMP || os.tmpdir(),
      runUrl: context.runUrl,
    },
    { ...log, warning: (message) => warnings.warning(message) },
  );
  if (!outcome) return; // a workflow_run follow-up with nothing to publish

  for (const [name, value] of Object.entries(outcome.outputs)) core.setOutput(name, value);
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(outcome.summary).write();
  // Annotations that could not go on a check run (a read-only token) still show on the run.
  const fallback = fallbackAnnotations(outcome.unpublishedAnnotations, warnings.remaining);
  for (const annotation of fallback.annotations) {
    warnings.warning(annotation.message, { title: 'Not covered by tests', file: annotation.path, startLine: annotation.startLine, endLine: annotation.endLine });
  }
  if (fallback.overflow) warnings.warning(fallback.overflow);
  if (fallback.skipped) log.info(fallback.skipped);
  if (outcome.publishError) throw outcome.publishError;
  if (outcome.failures.length > 0) throw new UserError(outcome.failures.join(' '));
  log.info(`Coverage gate passed: ${outcome.report.verdict.checks.map((check) => check.message.replace(/`/g, '')).join(' ')}`);
}
