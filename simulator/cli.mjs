#!/usr/bin/env node
// Start a simulator by hand: `node simulator/cli.mjs [--repo-dir DIR] [--port N] ...`; prints the URL
// and logs each request until Ctrl-C.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startSimulator } from './index.mjs';

const { values } = parseArgs({
  options: {
    'repo-dir': { type: 'string' },
    owner: { type: 'string', default: 'acme' },
    repo: { type: 'string', default: 'app' },
    'default-branch': { type: 'string', default: 'main' },
    port: { type: 'string', default: '0' },
    token: { type: 'string' },
    'read-only-token': { type: 'string' },
    quiet: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(
    'Usage: node simulator/cli.mjs [--repo-dir DIR] [--owner acme] [--repo app] [--default-branch main]\n' +
      '                             [--port 0] [--token T] [--read-only-token T] [--quiet]',
  );
  process.exit(0);
}

const sim = await startSimulator({
  owner: values.owner,
  repo: values.repo,
  defaultBranch: values['default-branch'],
  repoDir: values['repo-dir'] ? path.resolve(values['repo-dir']) : undefined,
  port: Number(values.port),
  token: values.token,
  readOnlyToken: values['read-only-token'],
});

console.log(sim.url);
console.error(`GitHub API simulator for ${sim.owner}/${sim.repo} (repository ${sim.repoDir}); Ctrl-C stops it.`);

if (!values.quiet) {
  let shown = 0;
  setInterval(() => {
    for (const entry of sim.requests.slice(shown)) console.error(`${entry.status} ${entry.method} ${entry.path}`);
    shown = sim.requests.length;
  }, 200).unref();
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    sim.close().then(() => process.exit(0));
  });
}
