// Regenerate the input/output tables in each action's README from its action.yml.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ACTIONS, ROOT } from './lib/actions.mjs';
import { readmePath, renderReadme } from './lib/docs.mjs';

for (const name of [...ACTIONS, 'root']) {
  writeFileSync(readmePath(name), renderReadme(name));
  console.log(`updated ${path.relative(ROOT, readmePath(name))}`);
}
