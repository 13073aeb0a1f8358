import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../scripts/lib/actions.mjs';

/**
 * scripts/pin-version.mjs on a copy of the real workflows in a scratch git repository: shipgate's
 * own references end up on one full commit SHA (GitHub's only immutable reference), under the
 * owner given for a mirror; everything else is left as it was.
 */
let dir: string;
const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'a', GIT_AUTHOR_EMAIL: 'a@example.com', GIT_COMMITTER_NAME: 'a', GIT_COMMITTER_EMAIL: 'a@example.com' } }).trim();
const pin = (...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'scripts/pin-version.mjs'), ...args, '--dir', dir], { encoding: 'utf8' });
const files = () =>
  ['.github/workflows', 'docs/examples'].flatMap((sub) => readdirSync(path.join(dir, sub)).map((file) => [path.join(sub, file), readFileSync(path.join(dir, sub, file), 'utf8')] as const));
const usesLines = () => files().flatMap(([, text]) => text.split('\n').filter((line) => /^\s*(- )?uses:/.test(line)).map((line) => line.trim().replace(/^- /, '')));

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'pin-'));
  for (const sub of ['.github/workflows', 'docs/examples']) cpSync(path.join(ROOT, sub), path.join(dir, sub), { recursive: true });
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-qm', 'release');
  git('tag', '-a', 'v9.9.9', '-m', 'v9.9.9');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('scripts/pin-version.mjs', () => {
  it('pins every shipgate reference to the full commit SHA of a tag, with the tag in a comment', () => {
    const sha = git('rev-parse', 'v9.9.9^{commit}');
    const before = files();
    const result = pin('v9.9.9');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const own = usesLines().filter((line) => line.includes('/shipgate/'));
    expect(own.length).toBeGreaterThan(10);
    for (const line of own) expect(line).toMatch(new RegExp(`^uses: shipgate-dev/shipgate/(actions|\\.github/workflows)/[^@]+@${sha} # v9\\.9\\.9$`));
    // Only the uses: lines of shipgate changed.
    const after = new Map(files());
    for (const [file, text] of before) {
      const strip = (t: string) => t.split('\n').filter((line) => !line.includes('shipgate-dev/shipgate/')).join('\n');
      expect(strip(after.get(file)!)).toBe(strip(text));
    }
    expect(result.stdout).toContain(`now name shipgate-dev/shipgate at ${sha} # v9.9.9.`);
  });

  it('moves the references to a mirror under another owner, and a second run re-pins them there', () => {
    const first = git('rev-parse', 'HEAD');
    expect(pin('v9.9.9', '--repository', 'acme-tools/shipgate').status).toBe(0);
    expect(usesLines().filter((line) => line.includes('shipgate-dev/'))).toEqual([]);
    git('commit', '-qam', 'pin');
    const second = git('rev-parse', 'HEAD');
    const result = pin(second.slice(0, 12), '--from', 'acme-tools/shipgate');
    expect(result.status).toBe(0);
    const own = usesLines().filter((line) => line.includes('acme-tools/shipgate/'));
    expect(own.length).toBeGreaterThan(10);
    for (const line of own) expect(line).toMatch(new RegExp(`@${second}$`));
    expect(own.join('\n')).not.toContain(first);
  });

  it('refuses a ref that is not a commit, and options that are not owner/name, in one sentence', () => {
    const missing = pin('v0.0.0-nope');
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim()).toBe(`"v0.0.0-nope" is not a commit, tag or branch of the repository in ${dir}; fetch the tags first (git fetch --tags).`);
    const owner = pin('v9.9.9', '--repository', 'not a repo');
    expect(owner.status).toBe(1);
    expect(owner.stderr.trim()).toBe('--repository must be owner/name, but was "not a repo".');
    expect(usesLines().filter((line) => line.includes('/shipgate/')).every((line) => /@v1$/.test(line))).toBe(true);
  });

  it('leaves third-party actions pinned as they were', () => {
    const third = () => usesLines().filter((line) => !line.includes('/shipgate/'));
    const before = third();
    expect(pin('v9.9.9').status).toBe(0);
    expect(third()).toEqual(before);
  });
});
