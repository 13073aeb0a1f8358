// The HTTP front: request log, auth, fault injection, OpenAPI routing and validation, then the
// resource handler; every answer gets GitHub's headers.
import http from 'node:http';
import { HttpError } from './http.mjs';
import { matchRoute, safeDecode, validateBody, validateRefusal, validateResponse } from './openapi.mjs';

/** @import { Hub } from './state.mjs' */
/** @import { AfterFault, Faults } from './faults.mjs' */

const READ_METHODS = new Set(['GET', 'HEAD']);
const RATE_LIMIT = 5000;

/**
 * @typedef {object} HandlerRequest
 * @property {Record<string, string>} params   decoded path parameters
 * @property {Record<string, string>} query
 * @property {any} body   JSON already checked against the operation's request schema from GitHub's
 *                         OpenAPI description (validateBody), so handlers read its fields directly
 * @property {string} origin
 * @property {string} rawPath
 * @property {string} method
 * @property {boolean} readOnly
 * @property {string | undefined} token  the token presented (resources that depend on a token's scopes read it)
 */

/** @typedef {{ status?: number, body?: unknown, headers?: Record<string, string> }} HandlerResult */
/** @typedef {(request: HandlerRequest, hub: Hub) => Promise<HandlerResult> | HandlerResult} Handler */
/** @typedef {Record<string, Handler>} Routes  handlers by 'METHOD /template' (the OpenAPI path) */

/**
 * One request as the simulator saw it (sim.requests).
 * @typedef {object} LoggedRequest
 * @property {string} method
 * @property {string} path    decoded
 * @property {Record<string, string>} query
 * @property {unknown} body   the parsed JSON (or the text when it was not JSON)
 * @property {number} status
 * @property {string} at      ISO time it arrived
 * @property {number} start   performance.now() when it arrived
 * @property {number} end     performance.now() when its answer went out (0 until then)
 * @property {boolean} [reset] the answer was replaced by a connection reset
 */

/** @typedef {{ method: string, path: string, status: number, problems: string[] }} SchemaProblem */

/**
 * @param {object} options
 * @param {Hub} options.hub
 * @param {Routes} options.handlers
 * @param {Faults} options.faults
 * @param {LoggedRequest[]} options.log
 * @param {string} [options.token]
 * @param {string} [options.readOnlyToken]
 * @param {SchemaProblem[]} [options.schemaProblems]
 *   when given, every answer is checked against GitHub's response schema and mismatches are recorded here
 * @param {() => void} [options.onAnswer]  called once each request has been handled (its log entry has its status)
 * @param {(ms: number) => Promise<void>} [options.delay]  how injected latency is waited (default a timer)
 */
export function createServer({ hub, handlers, faults, log, token, readOnlyToken, schemaProblems, onAnswer, delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms)) }) {
  let requestCounter = 0;
  let used = 0;
  const resetAt = Math.floor(Date.now() / 1000) + 3600;

  /**
   * @param {http.IncomingMessage} req
   * @param {http.ServerResponse} res
   */
  async function respond(req, res) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    const rawPath = url.pathname.replace(/\/+$/, '') || '/';
    const path = safeDecode(rawPath);
    const query = Object.fromEntries(url.searchParams);
    const text = await readBody(req);
    // start/end (performance.now()): when the request arrived and when its answer went out, so a
    // test can count sequential round trips (requests in flight together share one).
    /** @type {LoggedRequest} */
    const entry = { method, path, query, body: null, status: 0, at: new Date().toISOString(), start: performance.now(), end: 0 };
    res.once('finish', () => (entry.end = performance.now()));
    log.push(entry);
    requestCounter += 1;
    used += 1;

    /** @type {Record<string, string>} */
    const headers = {
      'content-type': 'application/json; charset=utf-8',
      'x-github-request-id': `SIM0:${requestCounter.toString(16).toUpperCase().padStart(6, '0')}`,
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'x-ratelimit-limit': String(RATE_LIMIT),
      'x-ratelimit-remaining': String(Math.max(RATE_LIMIT - used, 0)),
      'x-ratelimit-used': String(used),
      'x-ratelimit-reset': String(resetAt),
      'x-ratelimit-resource': 'core',
    };
    /** @type {{ status: number, body: unknown, headers?: Record<string, string> }} */
    let answer;
    /** @type {AfterFault | undefined} */
    let after;
    try {
      answer = await handle();
    } catch (error) {
      if (error instanceof HttpError) answer = { status: error.status, body: error.toBody(), headers: error.headers };
      else {
        // A simulator bug: answer 500 with the message so the failing test shows it.
        console.error('[simulator]', error);
        answer = { status: 500, body: { message: `Simulator error: ${error instanceof Error ? error.message : String(error)}` } };
      }
    }
    entry.status = answer.status;
    onAnswer?.();
    if (after?.rules.length) await deliverLate(after);
    if (res.destroyed || req.socket.destroyed) return;
    const all = { ...headers, ...answer.headers };
    if (answer.status === 204 || answer.body === undefined || method === 'HEAD') {
      delete all['content-type'];
      res.writeHead(answer.status, all).end();
    } else {
      res.writeHead(answer.status, all).end(JSON.stringify(answer.body));
    }

    /**
     * The request was handled (a write is applied); the answer is now lost, late or held.
     * @param {AfterFault} fault
     */
    async function deliverLate(fault) {
      for (const rule of fault.rules) rule._affect();
      const closed = new Promise((resolve) => res.once('close', resolve));
      if (fault.delayMs) {
        /** @type {NodeJS.Timeout | undefined} */
        let timer;
        await Promise.race([closed, new Promise((resolve) => (timer = setTimeout(resolve, fault.delayMs)))]);
        clearTimeout(timer); // a client that gave up leaves no timer keeping the process alive
      }
      if (fault.holds.length) await Promise.race([closed, Promise.all(fault.holds.map(({ rule, arrival }) => rule._held(arrival)))]);
      if (fault.reset) {
        // The write happened; the client sees a connection reset instead of the answer.
        entry.reset = true;
        req.socket.destroy();
      }
    }

    /** @returns {Promise<{ status: number, body: unknown, headers?: Record<string, string> }>} */
    async function handle() {
      try {
        entry.body = text ? JSON.parse(text) : null;
      } catch {
        entry.body = text;
        throw new HttpError(400, 'Problems parsing JSON');
      }

      const faulted = faults.apply(method, path);
      after = faulted.after;
      if (faulted.latencyMs) await delay(faulted.latencyMs);
      if (faulted.failure) return faulted.failure;
      if (after.gates.length) {
        const closed = new Promise((resolve) => res.once('close', resolve));
        await Promise.race([closed, Promise.all(after.gates.map(({ rule, arrival }) => rule._held(arrival)))]);
      }

      const presented = /^(?:token|bearer)\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1]?.trim();
      const readOnly = Boolean(readOnlyToken && presented === readOnlyToken);
      if (token && presented !== token && !readOnly) {
        throw new HttpError(401, 'Bad credentials', { documentationUrl: 'https://docs.github.com/rest' });
      }

      const route = await matchRoute(method, rawPath);
      if (!route) throw new HttpError(404, 'Not Found');
      if ('methodNotAllowed' in route) throw new HttpError(404, 'Not Found');
      if (route.params.owner !== undefined && (route.params.owner !== hub.owner || route.params.repo !== hub.repo)) {
        throw new HttpError(404, 'Not Found');
      }
      const handler = handlers[`${route.method} ${route.template}`];
      if (!handler) throw new HttpError(501, `Not implemented by the simulator: ${route.operationId}`);
      if (readOnly && !READ_METHODS.has(method)) {
        throw new HttpError(403, 'Resource not accessible by integration');
      }
      if (!READ_METHODS.has(method)) {
        const problems = await validateBody(route.method, route.template, entry.body);
        if (problems.length) {
          throw new HttpError(422, `Invalid request.\n\n${problems.join('\n')}`, { errors: problems });
        }
      }
      /** @type {HandlerRequest} */
      const request = { params: route.params, query, body: entry.body ?? {}, origin: hub.origin, rawPath, method, readOnly, token: presented };
      let result;
      try {
        // Writes are handled one at a time, as GitHub's database makes "check, then create" one
        // step: two concurrent POST /releases for one tag give one release and one 422.
        result = READ_METHODS.has(method) ? await handler(request, hub) : await serialize(() => handler(request, hub));
      } catch (error) {
        // A refusal of the resource's own rules must have a status and a body GitHub publishes
        // for that operation (the same check as successful answers).
        if (schemaProblems && error instanceof HttpError) {
          const problems = await validateRefusal(route.method, route.template, error.status, error.toBody());
          if (problems.length) schemaProblems.push({ method, path, status: error.status, problems });
        }
        throw error;
      }
      const status = result.status ?? 200;
      if (schemaProblems && result.body !== undefined) {
        const problems = await validateResponse(route.method, route.template, status, result.body);
        if (problems.length) schemaProblems.push({ method, path, status, problems });
      }
      return { status, body: result.body, headers: result.headers };
    }
  }

  /** @type {Promise<unknown>} */
  let writeQueue = Promise.resolve();
  /** @template T @param {() => Promise<T> | T} work @returns {Promise<T>} */
  function serialize(work) {
    const run = writeQueue.then(work);
    writeQueue = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  return http.createServer((req, res) => {
    respond(req, res).catch((error) => {
      console.error('[simulator]', error);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
}

/**
 * @param {http.IncomingMessage} req
 * @returns {Promise<string>}
 */
function readBody(req) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
