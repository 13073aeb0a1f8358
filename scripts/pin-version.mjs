// Pin every reference to shipgate's own actions and reusable workflows to one full commit SHA:
//   node scripts/pin-version.mjs v1.4.2                                  (a tag, a branch or a SHA)
//   node scripts/pin-version.mjs v1.4.2 --repository acme-tools/shipgate (a mirror, e.g. on GHES)
// The workflows reference shipgate's own actions as shipgate-dev/shipgate/actions/<name>@v1 so a
// caller in another repository runs shipgate's code, not its own checkout's. A tag can be moved;
// a commit SHA is the only reference GitHub cannot change, so a release commit pins the SHA of the
// commit whose code it ships, with the tag in a comment (`@<sha> # v1.4.2`), and is tagged itself.
// `--repository` also moves the references to a mirror of shipgate under another owner: a git
// mirror keeps every commit SHA, so the pins stay valid there (docs/ghes.md).
// `--from` names the repository the files reference now (default shipgate-dev/shipgate), for a
// second run over files that were already moved; `--dir` works on another checkout.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './lib/actions.mjs';

/**
 * @param {string} sentence
 * @returns {never}
 */
const fail = (sentence) => {
  console.error(sentence);
  process.exit(1);
};

const parse = () =>
  parseArgs({
    allowPositionals: true,
    options: { repository: { type: 'string' }, from: { type: 'string', default: 'shipgate-dev/shipgate' }, dir: { type: 'string', default: ROOT } },
  });
/** @type {ReturnType<typeof parse>} */
let parsed;
try {
  parsed = parse();
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}; usage: node scripts/pin-version.mjs <tag or sha> [--repository owner/name] [--from owner/name] [--dir path].`);
}
const { positionals, values } = parsed;
const [ref] = positionals;
if (!ref || positionals.length > 1) fail('Usage: node scripts/pin-version.mjs <tag or sha> [--repository owner/name] [--from owner/name] [--dir path].');
const NAME = /^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+$/;
for (const option of /** @type {const} */ (['repository', 'from'])) {
  const value = values[option];
  if (value !== undefined && !NAME.test(value)) fail(`--${option} must be owner/name, but was ${JSON.stringify(value)}.`);
}
const to = values.repository ?? values.from;

// `--end-of-options` keeps a ref that starts with "-" from being read as an option of git.
/** @type {string} */
let sha;
try {
  sha = execFileSync('git', ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], { cwd: values.dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
} catch {
  fail(`${JSON.stringify(ref)} is not a commit, tag or branch of the repository in ${values.dir}; fetch the tags first (git fetch --tags).`);
}
// The comment keeps the human name of the version; a SHA given as is needs none.
const comment = sha.startsWith(ref.toLowerCase()) ? '' : ` # ${ref}`;

const escaped = values.from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const reference = new RegExp(`(uses:\\s*)${escaped}(/(?:actions/[^@\\s]+|\\.github/workflows/[^@\\s]+))@[^\\s#]+(?:[ \\t]*#[^\\n]*)?$`, 'gm');

let changed = 0;
let references = 0;
for (const dir of ['.github/workflows', 'docs/examples']) {
  if (!existsSync(path.join(values.dir, dir))) continue;
  for (const file of readdirSync(path.join(values.dir, dir)).filter((f) => /\.ya?ml$/.test(f))) {
    const full = path.join(values.dir, dir, file);
    const before = readFileSync(full, 'utf8');
    const after = before.replace(reference, (_match, uses, rest) => {
      references += 1;
      return `${uses}${to}${rest}@${sha}${comment}`;
    });
    if (after !== before) {
      writeFileSync(full, after);
      changed += 1;
      console.log(`pinned ${dir}/${file}`);
    }
  }
}
if (references === 0) fail(`No reference to ${values.from} was found in .github/workflows or docs/examples of ${values.dir}; pass --from with the repository they name.`);
console.log(`${references} reference(s) in ${changed} file(s) now name ${to} at ${sha}${comment}.`);
