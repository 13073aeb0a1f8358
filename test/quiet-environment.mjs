// @ts-check
// jest's Node environment, made quiet: whatever a test writes to stdout and stderr (the actions'
// log lines, @actions/core's workflow commands and ::group:: markers, the output of a bundle that
// scripts/lib/run-action.mjs runs) is kept, and printed only when that test fails, under the
// test's name. A green `npm test` shows results, not logs; a red one shows the log that explains it.
// An environment (not a setup file) because only jest-circus's events say whether a test failed.
import { TestEnvironment as NodeEnvironment } from 'jest-environment-node';

/** runAction hands a bundle's output here, so a failing test shows what the action printed. */
export const TEST_OUTPUT = Symbol.for('shipgate.test-output');

/** @typedef {typeof process.stdout.write} Write */

export default class QuietEnvironment extends NodeEnvironment {
  /** @type {string[] | undefined} what the running test wrote; undefined between tests */
  captured;
  /** @type {{ stdout: Write, stderr: Write } | undefined} */
  real;

  /** @param {ConstructorParameters<typeof NodeEnvironment>} args */
  constructor(...args) {
    super(...args);
    this.global[TEST_OUTPUT] = (/** @type {string} */ text) => this.captured?.push(text);
  }

  /** @param {import('@jest/types').Circus.Event} event */
  handleTestEvent(event) {
    if (event.name === 'test_start') this.capture();
    else if (event.name === 'test_done') {
      const output = this.release();
      if (event.test.errors.length > 0 && output.trim()) {
        const name = [...ancestry(event.test)].join(' › ');
        process.stderr.write(`\n── output of the failed test "${name}" ──\n${output}${output.endsWith('\n') ? '' : '\n'}── end of output ──\n`);
      }
    }
  }

  capture() {
    this.release();
    this.captured = [];
    this.real = { stdout: process.stdout.write, stderr: process.stderr.write };
    const keep = /** @type {Write} */ (
      (/** @type {string | Uint8Array} */ chunk, /** @type {unknown[]} */ ...rest) => {
        this.captured?.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
        const done = rest.find((arg) => typeof arg === 'function');
        if (done) process.nextTick(done);
        return true;
      }
    );
    process.stdout.write = keep;
    process.stderr.write = keep;
  }

  /** Stop capturing; returns what was captured. */
  release() {
    if (this.real) {
      process.stdout.write = this.real.stdout;
      process.stderr.write = this.real.stderr;
      this.real = undefined;
    }
    const output = (this.captured ?? []).join('');
    this.captured = undefined;
    return output;
  }

  /** @override */
  async teardown() {
    this.release();
    await super.teardown();
  }
}

/**
 * The test's name with its describe blocks, outermost first.
 * @param {import('@jest/types').Circus.TestEntry} test
 */
function* ancestry(test) {
  /** @type {string[]} */
  const names = [];
  /** @type {import('@jest/types').Circus.DescribeBlock | undefined} */
  let block = test.parent;
  for (; block && block.name !== 'ROOT_DESCRIBE_BLOCK'; block = block.parent) names.unshift(block.name);
  yield* names;
  yield test.name;
}
