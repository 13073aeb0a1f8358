import type { InputReader } from '../../lib/inputs.js';

/**
 * The inputs deploy, rollback and rehearsal share: the command, its verification, dry-run and the
 * token, read and checked once for the three actions.
 */
export interface DeploymentInputs {
  command: string;
  url: string | undefined;
  'health-check-url': string[];
  'health-check-timeout': number;
  'health-check-interval': number;
  'prometheus-url': string | undefined;
  'max-error-rate': number;
  'max-p95-latency': number;
  'verify-window': number;
  'error-rate-query': string | undefined;
  'p95-latency-query': string | undefined;
  timeout: number | undefined;
  'dry-run': boolean;
  'github-token': string;
}

/** `needs`: what the action cannot do without a token, for the sentence that refuses an empty one. */
export function readDeploymentInputs(reader: InputReader, needs: string): DeploymentInputs {
  const inputs: DeploymentInputs = {
    command: reader.string('command'),
    url: reader.optional('url'),
    'health-check-url': reader.list('health-check-url'),
    'health-check-timeout': reader.duration('health-check-timeout', 300),
    'health-check-interval': reader.duration('health-check-interval', 5),
    'prometheus-url': reader.optional('prometheus-url'),
    'max-error-rate': reader.percent('max-error-rate', 1),
    'max-p95-latency': reader.number('max-p95-latency', 500, { min: 0 }),
    'verify-window': reader.duration('verify-window', 60),
    'error-rate-query': reader.optional('error-rate-query'),
    'p95-latency-query': reader.optional('p95-latency-query'),
    timeout: reader.duration('timeout', undefined),
    'dry-run': reader.boolean('dry-run', false),
    'github-token': reader.githubToken(needs),
  };
  for (const url of [...inputs['health-check-url'], ...(inputs['prometheus-url'] ? [inputs['prometheus-url']] : [])]) {
    if (!/^https?:\/\/[^\s/]+/.test(url)) {
      reader.fail(`Input "${url === inputs['prometheus-url'] ? 'prometheus-url' : 'health-check-url'}" must be an http(s) URL, but was ${JSON.stringify(url)}.`);
    }
  }
  if (!inputs.command && !inputs['dry-run']) reader.fail('Input "command" is required unless dry-run is true, but was not given.');
  return inputs;
}
