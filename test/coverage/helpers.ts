import { afterAll } from '@jest/globals';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CoverageCollector, type CoverageSink, type FileCoverage } from '../../src/coverage/model.js';
import type { ParseOptions } from '../../src/coverage/stream.js';

export type Parser = (path: string, sink: CoverageSink, options?: ParseOptions) => Promise<void>;

const created: string[] = [];
afterAll(() => {
  for (const directory of created.splice(0)) rmSync(directory, { recursive: true, force: true });
});

/** A fresh temporary directory with the given files (path → content), removed after the test file. */
export function tempTree(files: Record<string, string | Buffer> = {}): string {
  const root = mkdtempSync(path.join(tmpdir(), 'shipgate-coverage-'));
  created.push(root);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  return root;
}

/** Write one report to a temp file and return its path. */
export function reportFile(content: string | Buffer, name = 'report'): string {
  return path.join(tempTree({ [name]: content }), name);
}

export interface FileSummary {
  lines: Array<[number, number]>;
  branches: Array<[number, number[]]>;
  lineRatio: [number, number];
  branchRatio: [number, number];
}

export function summarizeFile(file: FileCoverage): FileSummary {
  const lines: Array<[number, number]> = [];
  file.forEachLine((line, hits) => lines.push([line, hits]));
  const branches: Array<[number, number[]]> = [];
  file.forEachBranchLine((line, arms) => branches.push([line, arms]));
  const lineRatio = file.lineRatio();
  const branchRatio = file.branchRatio();
  return { lines, branches, lineRatio: [lineRatio.covered, lineRatio.total], branchRatio: [branchRatio.covered, branchRatio.total] };
}

/** Parse report text with a parser into a plain collector (paths as the report gives them). */
export async function parseText(parser: Parser, content: string | Buffer, options: ParseOptions = {}): Promise<Record<string, FileSummary>> {
  const collector = new CoverageCollector();
  await parser(reportFile(content), collector, { displayPath: 'report', ...options });
  const summary: Record<string, FileSummary> = {};
  for (const [name, file] of collector.finish()) {
    summary[name] = summarizeFile(file);
  }
  return summary;
}

/** The message of the error a promise rejects with. */
export async function errorOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the promise to reject');
}
