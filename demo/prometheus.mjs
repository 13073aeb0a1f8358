// Prometheus for the demo: the real server when a `prometheus` binary is installed (CI installs
// Debian's), otherwise the documented stand-in in prometheus-lite.mjs.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { startPrometheusLite } from './prometheus-lite.mjs';

/** @returns {Promise<number>} */
const freePort = () =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

/**
 * @param {{ targets: string[], work: string }} options  targets: host:port of the services to scrape
 * @returns {Promise<{ url: string, kind: string, close: () => Promise<void> }>}
 */
export async function startPrometheus({ targets, work }) {
  // SHIPGATE_DEMO_PROMETHEUS=stand-in shows the demo as it runs on a machine without Prometheus.
  const binary = process.env.SHIPGATE_DEMO_PROMETHEUS === 'stand-in' ? '' : spawnSync('sh', ['-c', 'command -v prometheus'], { encoding: 'utf8' }).stdout.trim();
  if (!binary) {
    const lite = await startPrometheusLite({ targets: () => targets.map((target) => `http://${target}/metrics`) });
    return { ...lite, kind: 'Prometheus stand-in (no prometheus binary installed)' };
  }
  const port = await freePort();
  const dir = path.join(work, 'prometheus');
  mkdirSync(dir, { recursive: true });
  const config = path.join(dir, 'prometheus.yml');
  writeFileSync(config, `global:\n  scrape_interval: 500ms\n  evaluation_interval: 500ms\nscrape_configs:\n  - job_name: demo\n    static_configs:\n      - targets: [${targets.map((t) => `'${t}'`).join(', ')}]\n`);
  const child = spawn(binary, [`--config.file=${config}`, `--storage.tsdb.path=${path.join(dir, 'data')}`, `--web.listen-address=127.0.0.1:${port}`], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${url}/-/ready`)).ok) break;
    } catch {
      // not yet listening
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  // Ready is not scraping: the first scrape comes a few seconds later. Wait until `up` has a
  // sample (0 while the services are not deployed yet), so every verify window has data.
  for (let i = 0; i < 300; i++) {
    try {
      const answer = /** @type {{ data?: { result?: unknown[] } }} Prometheus's query answer */ (await (await fetch(`${url}/api/v1/query?query=up`)).json());
      if (answer.data?.result?.length) break;
    } catch {
      // not yet answering
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    kind: `Prometheus (${binary})`,
    close: async () => {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', () => resolve(undefined)));
    },
  };
}
