// Regenerate what is generated in the docs: the descriptions of the duration inputs in each
// action.yml (from src/lib/durations.ts), the root action.yml, and the input/output tables in
// each action's README.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ACTIONS, ROOT, renderRootAction } from './lib/actions.mjs';
import { readmePath, renderReadme } from './lib/docs.mjs';
import { withDurationDescriptions } from './lib/durations.mjs';

for (const name of ACTIONS) {
  const file = path.join(ROOT, 'actions', name, 'action.yml');
  const current = readFileSync(file, 'utf8');
  const updated = withDurationDescriptions(current);
  if (updated !== current) {
    writeFileSync(file, updated);
    console.log(`updated ${path.relative(ROOT, file)}`);
  }
}
writeFileSync(path.join(ROOT, 'action.yml'), renderRootAction());
for (const name of [...ACTIONS, 'root']) {
  writeFileSync(readmePath(name), renderReadme(name));
  console.log(`updated ${path.relative(ROOT, readmePath(name))}`);
}
