// Pin every shipgate reference in the reusable workflows and examples to one release tag:
//   node scripts/pin-version.mjs v1.4.2
// The workflows reference shipgate's own actions as shipgate-dev/shipgate/actions/<name>@v1 so a
// caller in another repository runs shipgate's code, not its own checkout's. On the moving v1
// branch that is the same version as the caller's; a release commit pins the exact tag with this
// script before tagging, so `uses: ...pipeline.yml@v1.4.2` runs the v1.4.2 actions.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './lib/actions.mjs';

const tag = process.argv[2];
if (!tag || !/^v\d+(\.\d+){0,2}(-[0-9A-Za-z.-]+)?$/.test(tag)) {
  console.error('Usage: node scripts/pin-version.mjs <tag>, where tag is like v1 or v1.4.2.');
  process.exit(1);
}
let changed = 0;
for (const dir of ['.github/workflows', 'docs/examples']) {
  if (!existsSync(path.join(ROOT, dir))) continue;
  for (const file of readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.yml'))) {
    const full = path.join(ROOT, dir, file);
    const before = readFileSync(full, 'utf8');
    const after = before.replace(/(uses: shipgate-dev\/shipgate\/[^@\s]+)@\S+/g, `$1@${tag}`);
    if (after !== before) {
      writeFileSync(full, after);
      changed += 1;
      console.log(`pinned ${dir}/${file} to ${tag}`);
    }
  }
}
console.log(`${changed} file(s) now reference shipgate at ${tag}.`);
