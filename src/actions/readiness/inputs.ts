import { InputReader } from '../../lib/inputs.js';

/** The readiness inputs, keys as in actions/readiness/action.yml. */
export interface Inputs {
  environment: string;
  'staging-environment': string;
  'window-days': number;
  'prometheus-url': string | undefined;
  'uptime-query': string | undefined;
  'error-rate-query': string | undefined;
  'p95-latency-query': string | undefined;
  'min-uptime': number;
  'max-error-rate': number;
  'max-p95-latency': number;
  'min-coverage': number;
  'coverage-check-name': string;
  /** Minutes. */
  'max-restore-time': number;
  /** Minutes. */
  'max-lead-time': number;
  'min-deploys-per-week': number;
  'max-change-failure-rate': number;
  'check-name': string;
  'github-token': string;
}

export function readInputs(reader: InputReader): Inputs {
  const inputs: Inputs = {
    environment: reader.environment('environment', 'production'),
    'staging-environment': reader.environment('staging-environment', 'staging'),
    'window-days': reader.number('window-days', 30, { min: 1, max: 366, integer: true }),
    'prometheus-url': reader.optional('prometheus-url'),
    'uptime-query': reader.optional('uptime-query'),
    'error-rate-query': reader.optional('error-rate-query'),
    'p95-latency-query': reader.optional('p95-latency-query'),
    'min-uptime': reader.percent('min-uptime', 99),
    'max-error-rate': reader.percent('max-error-rate', 1),
    'max-p95-latency': reader.number('max-p95-latency', 500, { min: 0 }),
    'min-coverage': reader.percent('min-coverage', 70),
    'coverage-check-name': reader.string('coverage-check-name', 'coverage'),
    'max-restore-time': reader.duration('max-restore-time', 240),
    'max-lead-time': reader.duration('max-lead-time', 7 * 24 * 60),
    'min-deploys-per-week': reader.number('min-deploys-per-week', 1, { min: 0 }),
    'max-change-failure-rate': reader.percent('max-change-failure-rate', 15),
    'check-name': reader.string('check-name', 'launch readiness'),
    'github-token': reader.githubToken('readiness needs it to read the deployments, releases and check runs it judges'),
  };
  const url = inputs['prometheus-url'];
  if (url && !/^https?:\/\/[^\s/]+/.test(url)) reader.fail(`Input "prometheus-url" must be an http(s) URL, but was ${JSON.stringify(url)}.`);
  return inputs;
}
