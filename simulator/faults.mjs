// Fault injection: scripted failures, rate limits and latency for matching requests.

const SECONDARY_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
  'If you reach out to GitHub Support for help, please include the request ID.';

/**
 * @typedef {object} FaultRule
 * @property {string} [method]
 * @property {string | RegExp} [path]
 * @property {number} [nth]        1-based index of the first matching request affected (default 1)
 * @property {number} [times]      how many matching requests are affected (default 1 for failures, unlimited for latency only)
 * @property {number} [status]
 * @property {unknown} [body]
 * @property {Record<string, string>} [headers]
 * @property {boolean} [secondaryRateLimit]
 * @property {boolean} [rateLimit]
 * @property {number} [retryAfter] seconds (default 1)
 * @property {number} [latencyMs]
 * @property {number} [hits]       matching requests seen so far (maintained by the simulator)
 */

export class Faults {
  constructor() {
    /** @type {FaultRule[]} */
    this.rules = [];
  }

  /** @param {FaultRule} rule */
  add(rule) {
    const failing = rule.status !== undefined || rule.secondaryRateLimit || rule.rateLimit;
    if (!failing && rule.latencyMs === undefined) {
      throw new TypeError('inject() needs a status, secondaryRateLimit, rateLimit or latencyMs.');
    }
    const stored = Object.assign(rule, {
      nth: rule.nth ?? 1,
      times: rule.times ?? (failing ? 1 : Infinity),
      hits: 0,
    });
    this.rules.push(stored);
    return stored;
  }

  clear() {
    this.rules.length = 0;
  }

  /**
   * Decide what happens to a request: extra latency and, possibly, a failure answer.
   * @returns {{ latencyMs: number, failure?: { status: number, body: unknown, headers: Record<string, string> } }}
   */
  apply(method, path) {
    let latencyMs = 0;
    let failure;
    for (const rule of this.rules) {
      if (rule.method && rule.method.toUpperCase() !== method) continue;
      if (rule.path !== undefined && !(typeof rule.path === 'string' ? rule.path === path : rule.path.test(path))) continue;
      rule.hits = (rule.hits ?? 0) + 1;
      const nth = rule.nth ?? 1;
      const active = rule.hits >= nth && rule.hits < nth + (rule.times ?? 1);
      if (!active) continue;
      latencyMs += rule.latencyMs ?? 0;
      if (!failure) failure = failureOf(rule);
    }
    return { latencyMs, failure };
  }
}

function failureOf(rule) {
  const retryAfter = String(rule.retryAfter ?? 1);
  if (rule.secondaryRateLimit) {
    return {
      status: rule.status ?? 403,
      body: rule.body ?? { message: SECONDARY_MESSAGE, documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits', status: String(rule.status ?? 403) },
      headers: { 'retry-after': retryAfter, ...rule.headers },
    };
  }
  if (rule.rateLimit) {
    return {
      status: rule.status ?? 403,
      body: rule.body ?? { message: 'API rate limit exceeded for installation.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api', status: String(rule.status ?? 403) },
      headers: {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + Number(retryAfter)),
        ...rule.headers,
      },
    };
  }
  if (rule.status === undefined) return undefined;
  return {
    status: rule.status,
    body: rule.body ?? { message: 'Injected failure', status: String(rule.status) },
    headers: { ...rule.headers },
  };
}
