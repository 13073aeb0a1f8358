import { open } from 'node:fs/promises';
import { UserError } from '../lib/errors.js';
import type { ReportFormat } from './model.js';

const HEAD_BYTES = 64 * 1024;

/** The format of a report from its first bytes, or undefined when it is none shipgate reads. */
export function detectFormatFromHead(head: string): ReportFormat | undefined {
  const text = head.replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('mode:')) return 'go';
  if (text.startsWith('{')) return /"statementMap"\s*:/.test(text) ? 'istanbul' : undefined;
  if (text.startsWith('<')) {
    const doctype = /<!DOCTYPE\s+([^>]*)>/i.exec(text)?.[1] ?? '';
    const root = /<([A-Za-z_][\w.-]*)/.exec(text.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, ''));
    const rootName = root?.[1] ?? doctype.split(/\s/)[0];
    if (rootName === 'report' || /JACOCO/i.test(doctype)) return 'jacoco';
    if (rootName !== 'coverage') return undefined;
    const rootTag = /<coverage\b[^>]*>/.exec(text)?.[0] ?? '';
    return /\bclover\s*=/.test(rootTag) || /<project[\s>]/.test(text) ? 'clover' : 'cobertura';
  }
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  if (/^[A-Z][A-Z0-9_]*:/.test(firstLine) && /^SF:/m.test(text)) return 'lcov';
  if (/^(TN|SF):/.test(firstLine)) return 'lcov';
  return undefined;
}

/** Detect a report's format by content; an unknown or empty file fails with one sentence. */
export async function detectFormat(path: string, displayPath = path): Promise<ReportFormat> {
  const handle = await open(path, 'r');
  let head: string;
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    head = buffer.toString('utf8', 0, bytesRead);
  } finally {
    await handle.close();
  }
  if (!head.trim()) throw new UserError(`${displayPath} is empty: the tests recorded no coverage.`);
  const format = detectFormatFromHead(head);
  if (format) return format;
  const what = head.trimStart().startsWith('{')
    ? 'JSON without istanbul\'s "statementMap" (coverage.py\'s JSON is not supported: use "coverage xml" or "coverage lcov")'
    : 'not a coverage report shipgate reads';
  throw new UserError(
    `${displayPath} line 1: the file is ${what}; accepted are lcov, Cobertura, Clover and JaCoCo XML, istanbul's coverage-final.json and Go coverprofiles.`,
  );
}
