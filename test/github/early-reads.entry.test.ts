import diagnostics from 'node:diagnostics_channel';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { runEntry, runModules, type ActionModules } from '../../src/entry.js';
import { createGitHub } from '../../src/github/client.js';
import { earlyRead, type EarlyReads } from '../../src/github/early-reads.js';
import { UserError } from '../../src/lib/errors.js';
import type { InputReader } from '../../src/lib/inputs.js';
import { simulatorPerSuite } from '../simulator/fixture.js';

const TOKEN = 'ghs_test';

describe('an action entry with early reads (runModules)', () => {
  const suite = simulatorPerSuite(TOKEN);
  let written: string[];
  const saved = { ...process.env };

  beforeEach(() => {
    Object.assign(process.env, { GITHUB_API_URL: suite.sim.url, GITHUB_REPOSITORY: 'acme/app', GITHUB_SHA: 'a'.repeat(40), GITHUB_EVENT_NAME: 'push' });
    written = [];
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (written.push(String(chunk)), true));
  });

  afterEach(() => {
    jest.restoreAllMocks();
    process.env = { ...saved };
  });

  const source = (values: Record<string, string>) => (name: string) => values[name] ?? '';

  /** An action whose first read is the repository, and whose main reads it through its own client. */
  const action = (events: string[], main: (early?: EarlyReads) => Promise<void>, readInputs = (reader: InputReader) => reader.string('name', 'x')): ActionModules<string> => ({
    readInputs,
    earlyReads: (_inputs, context) => [earlyRead.repository(context)],
    load: () => {
      events.push('load');
      return Promise.resolve({ run: (_source, early) => main(early) });
    },
  });

  it('loads the main module once the first read is written, while GitHub still holds its answer, and the main takes that answer', async () => {
    const gate = suite.sim.inject({ method: 'GET', path: '/repos/acme/app', gate: true, times: 1 });
    const events: string[] = [];
    const onSend = (message: unknown) => events.push(`sent ${String((message as { request?: { path?: string } }).request?.path)}`);
    diagnostics.subscribe('undici:client:sendHeaders', onSend);
    try {
      await runModules(
        action(events, async (early) => {
          // The answer is still held: the main module was loaded during the round trip.
          await gate.reached(1);
          gate.release();
          const github = createGitHub({ token: TOKEN, early });
          expect((await github.rest.repos.get({ owner: 'acme', repo: 'app' })).data.full_name).toBe('acme/app');
        }),
        source({ 'github-token': TOKEN }),
      );
    } finally {
      diagnostics.unsubscribe('undici:client:sendHeaders', onSend);
    }
    expect(events.slice(0, 2)).toEqual(['sent /repos/acme/app', 'load']);
    expect(suite.sim.requests.filter((entry) => entry.path === '/repos/acme/app')).toHaveLength(1);
  });

  it('masks the token before the main module runs, and before the error of a refused input', async () => {
    let maskedBeforeMain = false;
    await runModules(
      action([], () => {
        maskedBeforeMain = written.includes(`::add-mask::${TOKEN}\n`);
        return Promise.resolve();
      }),
      source({ 'github-token': TOKEN }),
    );
    expect(maskedBeforeMain).toBe(true);

    written = [];
    const refusing = action([], () => Promise.resolve(), () => {
      throw new UserError('Input "name" is refused.');
    });
    process.env['INPUT_GITHUB-TOKEN'] = TOKEN;
    await runEntry(refusing);
    const lines = written.join('').split('\n');
    expect(lines.indexOf(`::add-mask::${TOKEN}`)).toBeGreaterThanOrEqual(0);
    expect(lines.indexOf(`::add-mask::${TOKEN}`)).toBeLessThan(lines.findIndex((line) => line.startsWith('::error::')));
    // A refused input sends nothing.
    expect(suite.sim.requests).toHaveLength(0);
  });

  it('drops a first read the main never took, so nothing is left waiting', async () => {
    const gate = suite.sim.inject({ method: 'GET', path: '/repos/acme/app', gate: true, times: 1 });
    let early: EarlyReads | undefined;
    await runModules(
      action([], (given) => {
        early = given;
        return Promise.resolve();
      }),
      source({ 'github-token': TOKEN }),
    );
    expect(early?.size).toBe(0);
    expect(written.join('')).toContain(`::debug::The early read GET ${suite.sim.url}/repos/acme/app was not used.`);
    gate.release();
  });

  it('sends nothing early without a token, or when GITHUB_REPOSITORY is unusable', async () => {
    const seen: (EarlyReads | undefined)[] = [];
    const keep = action([], (early) => (seen.push(early), Promise.resolve()));
    await runModules(keep, source({}));
    process.env.GITHUB_REPOSITORY = 'no-slash';
    await runModules(keep, source({ 'github-token': TOKEN }));
    expect(seen).toEqual([undefined, undefined]);
    expect(suite.sim.requests).toHaveLength(0);
  });
});
