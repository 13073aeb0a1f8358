// Fault injection: scripted failures, rate limits and latency for matching requests, and faults
// after the write (the request is applied, then the answer is lost, late or held back).

const SECONDARY_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
  'If you reach out to GitHub Support for help, please include the request ID.';

/**
 * @typedef {object} FaultRule
 * @property {string} [method]
 * @property {string | RegExp} [path]
 * @property {number} [nth]        1-based index of the first matching request affected (default 1)
 * @property {number} [times]      how many matching requests are affected (default 1, unlimited for latency only)
 * @property {number} [status]
 * @property {unknown} [body]
 * @property {Record<string, string>} [headers]
 * @property {boolean} [secondaryRateLimit]
 * @property {boolean} [rateLimit]
 * @property {number} [retryAfter] seconds (default 1)
 * @property {number} [latencyMs]  delay before the request is handled
 * @property {boolean} [reset]     handle the request (a write is applied), then reset the connection without answering
 * @property {number} [answerAfterMs] handle the request, then hold the answer this long (a client timeout fires first)
 * @property {boolean} [hold]      handle the request, then hold the answer until `rule.release()`
 * @property {boolean} [gate]      hold the request before handling it until `rule.release()`: decides which of
 *                                 two concurrent writes GitHub carries out first
 * @property {number} [hits]       matching requests seen so far (maintained by the simulator)
 * @property {number} [affected]   requests this rule acted on so far (for after-faults: once handled)
 * @property {(count?: number) => Promise<void>} [reached]  resolves once `count` requests (default 1) were affected
 * @property {(arrival?: number) => void} [release] without an argument, lets every held request go, now and
 *                                 later; with one, only the request that was the rule's `arrival`-th (1-based)
 */

/**
 * A rule once added: counters filled in, and the methods tests wait and release with.
 * @typedef {FaultRule & {
 *   nth: number,
 *   times: number,
 *   hits: number,
 *   affected: number,
 *   reached: (count?: number) => Promise<void>,
 *   release: (arrival?: number) => void,
 *   _affect: () => void,
 *   _held: (arrival: number) => Promise<void>,
 * }} ActiveRule
 */

/**
 * What happens around the handler: the request waits at a gate before it (gates), or its answer
 * is lost (reset), late (delayMs) or waits for release (holds) after it. Kept apart from failures
 * because the request itself is carried out.
 * @typedef {object} AfterFault
 * @property {boolean} reset
 * @property {number} delayMs
 * @property {Array<{ rule: ActiveRule, arrival: number }>} gates
 * @property {Array<{ rule: ActiveRule, arrival: number }>} holds
 * @property {ActiveRule[]} rules   the after-handler rules that matched (to count them once handled)
 */

export class Faults {
  constructor() {
    /** @type {ActiveRule[]} */
    this.rules = [];
  }

  /**
   * @param {FaultRule} rule
   * @returns {ActiveRule}
   */
  add(rule) {
    const failing = rule.status !== undefined || rule.secondaryRateLimit || rule.rateLimit;
    const after = Boolean(rule.reset || rule.hold || rule.gate || rule.answerAfterMs !== undefined);
    if (!failing && !after && rule.latencyMs === undefined) {
      throw new TypeError('inject() needs a status, secondaryRateLimit, rateLimit, latencyMs, reset, answerAfterMs, hold or gate.');
    }
    if (failing && after) {
      throw new TypeError('inject(): a failing rule (status or rate limit) answers without applying the request, so it cannot also reset, hold, gate or answer late.');
    }
    /** @type {Array<{ count: number, resolve: () => void }>} */
    const waiters = [];
    /** @type {Map<number, () => void>} held requests by arrival (1-based) */
    const held = new Map();
    /** @type {Set<number>} arrivals released before they arrived */
    const early = new Set();
    let released = false;
    /** @type {ActiveRule} */
    const stored = Object.assign(rule, {
      nth: rule.nth ?? 1,
      times: rule.times ?? (failing || after ? 1 : Infinity),
      hits: 0,
      affected: 0,
      // Tests wait on this instead of sleeping: "the first attempt has been applied".
      reached: (count = 1) =>
        /** @type {Promise<void>} */ (
          new Promise((resolve) => {
            if (stored.affected >= count) resolve(undefined);
            else waiters.push({ count, resolve: () => resolve(undefined) });
          })
        ),
      /** @param {number} [arrival] */
      release: (arrival) => {
        if (arrival === undefined) released = true;
        for (const [index, go] of [...held]) {
          if (arrival !== undefined && index !== arrival) continue;
          held.delete(index);
          go();
        }
        if (arrival !== undefined && !held.has(arrival)) early.add(arrival);
      },
      /** @internal */
      _affect() {
        stored.affected += 1;
        for (const waiter of [...waiters]) {
          if (stored.affected >= waiter.count) {
            waiters.splice(waiters.indexOf(waiter), 1);
            waiter.resolve();
          }
        }
      },
      /**
       * @internal resolves when the rule releases this arrival (at once when it already did)
       * @param {number} arrival
       * @returns {Promise<void>}
       */
      _held: (arrival) =>
        new Promise((resolve) => {
          if (released || early.delete(arrival)) resolve(undefined);
          else held.set(arrival, () => resolve(undefined));
        }),
    });
    this.rules.push(stored);
    return stored;
  }

  clear() {
    // Held answers are let go so no request of a cleared rule waits forever.
    for (const rule of this.rules) rule.release();
    this.rules.length = 0;
  }

  /**
   * Decide what happens to a request: extra latency, possibly a failure answer, and what happens
   * to the answer once the request has been handled.
   * @param {string} method
   * @param {string} path
   * @returns {{ latencyMs: number, failure?: Failure, after: AfterFault }}
   */
  apply(method, path) {
    let latencyMs = 0;
    /** @type {Failure | undefined} */
    let failure;
    /** @type {AfterFault} */
    const after = { reset: false, delayMs: 0, holds: [], gates: [], rules: [] };
    for (const rule of this.rules) {
      if (rule.method && rule.method.toUpperCase() !== method) continue;
      if (rule.path !== undefined && !(typeof rule.path === 'string' ? rule.path === path : rule.path.test(path))) continue;
      rule.hits += 1;
      const active = rule.hits >= rule.nth && rule.hits < rule.nth + rule.times;
      if (!active) continue;
      latencyMs += rule.latencyMs ?? 0;
      if (rule.gate) {
        // Counted on arrival: a test waits for "both requests are at the gate".
        rule._affect();
        after.gates.push({ rule, arrival: rule.affected });
        continue;
      }
      if (rule.reset || rule.hold || rule.answerAfterMs !== undefined) {
        after.reset ||= Boolean(rule.reset);
        after.delayMs += rule.answerAfterMs ?? 0;
        // The arrival index is fixed now; `affected` counts it once the request was handled.
        if (rule.hold) after.holds.push({ rule, arrival: rule.hits - rule.nth + 1 });
        after.rules.push(rule);
        continue;
      }
      rule._affect();
      if (!failure) failure = failureOf(rule);
    }
    return { latencyMs, failure, after };
  }
}

/** @typedef {{ status: number, body: unknown, headers: Record<string, string> }} Failure */

/**
 * @param {FaultRule} rule
 * @returns {Failure | undefined}
 */
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
