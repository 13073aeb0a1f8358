import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { CoverageCollector } from '../../src/coverage/model.js';
import { parseClover } from '../../src/coverage/parsers/clover.js';
import { parseCobertura } from '../../src/coverage/parsers/cobertura.js';
import { parseGoProfile } from '../../src/coverage/parsers/go.js';
import { MAX_ENTRY_BYTES, parseIstanbulJson } from '../../src/coverage/parsers/istanbul.js';
import { parseJacoco } from '../../src/coverage/parsers/jacoco.js';
import { parseLcov } from '../../src/coverage/parsers/lcov.js';
import { MAX_LINE_BYTES } from '../../src/coverage/stream.js';
import { reportFile, tempTree, type Parser } from './helpers.js';

/**
 * Reports that never exhaust the machine: every parser bounds the line, tag or entry it holds
 * and refuses a longer one in one sentence naming the file and the line. The hostile report is a
 * generated stream through a named pipe (1 GiB offered, never on disk): the test measures how
 * much of it the parser read before refusing it.
 */
const GIB = 1 << 30;
const BLOCK = 1 << 16;

/** Offer `prefix` then `filler` bytes up to 1 GiB through a pipe; resolves with the bytes the reader took. */
async function offer(fifo: string, prefix: string, filler: number): Promise<number> {
  const handle = await open(fifo, 'w');
  const block = Buffer.alloc(BLOCK, filler);
  let written = 0;
  try {
    await handle.write(prefix);
    while (written < GIB) {
      await handle.write(block);
      written += BLOCK;
    }
  } catch (error) {
    // The reader closed the pipe: EPIPE is how a refusal looks from this side.
    if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
  } finally {
    await handle.close();
  }
  return written;
}

function pipe(name: string): string {
  const fifo = path.join(tempTree(), name);
  execFileSync('mkfifo', [fifo]);
  return fifo;
}

async function refuse(parser: Parser, name: string, prefix: string, filler = 0x61): Promise<{ message: string; read: number }> {
  const fifo = pipe(name);
  const [outcome, read] = await Promise.all([
    parser(fifo, new CoverageCollector(), { displayPath: name }).then(
      () => 'parsed',
      (error: Error) => error.message,
    ),
    offer(fifo, prefix, filler),
  ]);
  return { message: outcome, read };
}

describe('a line, tag or entry past its bound is refused early, naming the file and line', () => {
  // Two read buffers, the tail carried over and the pipe's own buffer: a few MiB at most.
  const bounded = (read: number, bound: number) => expect(read).toBeLessThan(bound + 4 * (1 << 20));

  test('lcov: SF: followed by 1 GiB without a newline', async () => {
    const { message, read } = await refuse(parseLcov, 'lcov.info', 'TN:\nSF:');
    expect(message).toBe('lcov.info line 2: a line longer than 1 MiB starts here, more than any coverage report needs, so the file is refused (is it damaged, or not a coverage report?).');
    bounded(read, MAX_LINE_BYTES);
  });

  test('Go: a block line of 1 GiB', async () => {
    const { message, read } = await refuse(parseGoProfile, 'cover.out', 'mode: set\nexample.com/a.go:1.1,2.2 1 1\n');
    expect(message).toBe('cover.out line 3: a line longer than 1 MiB starts here, more than any coverage report needs, so the file is refused (is it damaged, or not a coverage report?).');
    bounded(read, MAX_LINE_BYTES);
  });

  test('JaCoCo (one line of XML): a tag of 1 GiB', async () => {
    const { message, read } = await refuse(parseJacoco, 'jacoco.xml', '<?xml version="1.0"?><report name="');
    expect(message).toBe('jacoco.xml line 1: an XML tag or comment longer than 1 MiB starts here, more than any coverage report needs, so the file is refused (is it damaged, or not a coverage report?).');
    bounded(read, MAX_LINE_BYTES);
  });

  test('Clover: a comment that never ends', async () => {
    const { message, read } = await refuse(parseClover, 'clover.xml', '<?xml version="1.0"?>\n<coverage>\n<!--');
    expect(message).toBe('clover.xml line 3: an XML tag or comment longer than 1 MiB starts here, more than any coverage report needs, so the file is refused (is it damaged, or not a coverage report?).');
    bounded(read, MAX_LINE_BYTES);
  });

  test('Cobertura: a <source> text of 1 GiB (text, not a tag)', async () => {
    const { message, read } = await refuse(parseCobertura, 'coverage.xml', '<?xml version="1.0"?>\n<coverage><sources>\n<source>', 0x61);
    // A pipe cannot be read again to count lines, and text is held by the parser, not the reader.
    expect(message).toBe('coverage.xml at byte 50: a text between XML tags longer than 1 MiB starts here, more than any coverage report needs, so the file is refused (is it damaged, or not a coverage report?).');
    bounded(read, MAX_LINE_BYTES);
  });

  test('istanbul JSON: a file entry of 1 GiB', async () => {
    const { message, read } = await refuse(parseIstanbulJson, 'coverage-final.json', '{"src/a.js": {"path": "src/a.js", "s": "');
    expect(message).toMatch(/^coverage-final\.json at byte 13: the entry for "src\/a\.js" is longer than 64 MiB, more than any source file's coverage needs, so the file is refused \(is it damaged\? leave generated bundles out of the coverage run\)\.$/);
    bounded(read, MAX_ENTRY_BYTES);
  });

  test('istanbul JSON: a file name key of 1 GiB', async () => {
    const { message, read } = await refuse(parseIstanbulJson, 'coverage-final.json', '{"');
    expect(message).toBe('coverage-final.json at byte 1: a file name key longer than 1 MiB starts here, more than any coverage report needs, so the file is refused (is it damaged, or not a coverage report?).');
    bounded(read, MAX_LINE_BYTES);
  });

  test('on a regular file the line is counted from the file', async () => {
    const file = reportFile(`TN:\nSF:a.ts\nDA:1,1\nend_of_record\nSF:${'x'.repeat(MAX_LINE_BYTES + (1 << 17))}\n`, 'lcov.info');
    await expect(parseLcov(file, new CoverageCollector(), { displayPath: 'lcov.info', chunkSize: 1 << 16 })).rejects.toThrow(
      'lcov.info line 5: a line longer than 1 MiB starts here, more than any coverage report needs, so the file is refused (is it damaged, or not a coverage report?).',
    );
  });

  test('a line just under the bound is read', async () => {
    const name = `src/${'d'.repeat(MAX_LINE_BYTES - 100)}.ts`;
    const collector = new CoverageCollector();
    await parseLcov(reportFile(`SF:${name}\nDA:1,1\nend_of_record\n`), collector, { chunkSize: 1 << 16 });
    expect([...collector.finish().keys()]).toEqual([name]);
  });
});
