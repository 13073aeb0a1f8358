// The HTTP front: request log, auth, fault injection, OpenAPI routing and validation, then the
// resource handler; every answer gets GitHub's headers.
import http from 'node:http';
import { HttpError } from './http.mjs';
import { matchRoute, safeDecode, validateBody, validateResponse } from './openapi.mjs';

const READ_METHODS = new Set(['GET', 'HEAD']);
const RATE_LIMIT = 5000;

/**
 * @typedef {object} HandlerRequest
 * @property {Record<string, string>} params   decoded path parameters
 * @property {Record<string, string>} query
 * @property {any} body
 * @property {string} origin
 * @property {string} rawPath
 * @property {string} method
 * @property {boolean} readOnly
 * @property {string | undefined} token  the token presented (resources that depend on a token's scopes read it)
 */

/**
 * @param {object} options
 * @param {any} options.hub
 * @param {Record<string, (request: HandlerRequest, hub: any) => Promise<any> | any>} options.handlers  by 'METHOD /template'
 * @param {import('./faults.mjs').Faults} options.faults
 * @param {any[]} options.log
 * @param {string} [options.token]
 * @param {string} [options.readOnlyToken]
 * @param {Array<{ method: string, path: string, status: number, problems: string[] }>} [options.schemaProblems]
 *   when given, every answer is checked against GitHub's response schema and mismatches are recorded here
 */
export function createServer({ hub, handlers, faults, log, token, readOnlyToken, schemaProblems }) {
  let requestCounter = 0;
  let used = 0;
  const resetAt = Math.floor(Date.now() / 1000) + 3600;

  async function respond(req, res) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    const rawPath = url.pathname.replace(/\/+$/, '') || '/';
    const path = safeDecode(rawPath);
    const query = Object.fromEntries(url.searchParams);
    const text = await readBody(req);
    const entry = { method, path, query, body: null, status: 0, at: new Date().toISOString() };
    log.push(entry);
    requestCounter += 1;
    used += 1;

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
    const send = (status, body, extra = {}) => {
      entry.status = status;
      const all = { ...headers, ...extra };
      if (status === 204 || body === undefined || method === 'HEAD') {
        delete all['content-type'];
        res.writeHead(status, all).end();
      } else {
        res.writeHead(status, all).end(JSON.stringify(body));
      }
    };

    try {
      try {
        entry.body = text ? JSON.parse(text) : null;
      } catch {
        entry.body = text;
        throw new HttpError(400, 'Problems parsing JSON');
      }

      const { latencyMs, failure } = faults.apply(method, path);
      if (latencyMs) await new Promise((resolve) => setTimeout(resolve, latencyMs));
      if (failure) return send(failure.status, failure.body, failure.headers);

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
      const result = await handler(
        { params: route.params, query, body: entry.body ?? {}, origin: hub.origin, rawPath, method, readOnly, token: presented },
        hub,
      );
      const status = result.status ?? 200;
      if (schemaProblems && result.body !== undefined) {
        const problems = await validateResponse(route.method, route.template, status, result.body);
        if (problems.length) schemaProblems.push({ method, path, status, problems });
      }
      return send(status, result.body, result.headers);
    } catch (error) {
      if (error instanceof HttpError) return send(error.status, error.toBody(), error.headers);
      // A simulator bug: answer 500 with the message so the failing test shows it.
      console.error('[simulator]', error);
      return send(500, { message: `Simulator error: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  return http.createServer((req, res) => {
    respond(req, res).catch((error) => {
      console.error('[simulator]', error);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
