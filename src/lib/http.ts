import { getProxyUrl } from '@actions/http-client/lib/proxy';
import { fetch as undiciFetch, ProxyAgent, Response as UndiciResponse, type Dispatcher } from 'undici';
import { UserError } from './errors.js';

/**
 * Every request shipgate makes, in one place: through the runner's proxy, and with a timeout.
 *
 * Proxies: self-hosted runners behind a corporate proxy set HTTPS_PROXY / HTTP_PROXY / NO_PROXY
 * (lower-case names too). Node's own fetch ignores them. The GitHub API client gets its proxy from
 * @actions/github (getOctokit); health checks and Prometheus queries get it here. Both decide with
 * @actions/http-client's rule (getProxyUrl), so one NO_PROXY means the same thing for every
 * request of a job, and loopback addresses are never proxied, as in the toolkit. undici's
 * EnvHttpProxyAgent reads the same variables but matches NO_PROXY differently and does proxy
 * loopback, so it is not used. undici is the copy @actions/github already bundles (no extra code).
 *
 * Timeouts: a request that never answers must not hang the job, so every request is aborted after
 * SHIPGATE_REQUEST_TIMEOUT_SECONDS (default 30 s), on top of any shorter timeout of the caller.
 */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
export const REQUEST_TIMEOUT_VARIABLE = 'SHIPGATE_REQUEST_TIMEOUT_SECONDS';

/** The per-request timeout from SHIPGATE_REQUEST_TIMEOUT_SECONDS (seconds, may be fractional), else 30 s. */
export function requestTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const text = env[REQUEST_TIMEOUT_VARIABLE]?.trim();
  if (!text) return DEFAULT_REQUEST_TIMEOUT_MS;
  const seconds = Number(text);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new UserError(`${REQUEST_TIMEOUT_VARIABLE} must be a number of seconds above 0, but was ${JSON.stringify(text)}.`);
  }
  return Math.ceil(seconds * 1000);
}

const proxyAgents = new Map<string, Dispatcher>();

/** The proxy dispatcher for a URL, or undefined when it goes direct (no proxy set, NO_PROXY, loopback). */
export function proxyDispatcher(url: string | URL): Dispatcher | undefined {
  const proxy = getProxyUrl(new URL(url));
  if (!proxy?.hostname) return undefined;
  let agent = proxyAgents.get(proxy.href);
  if (!agent) {
    // Credentials in the proxy URL become Proxy-Authorization, as @actions/http-client sends them.
    const token = proxy.username || proxy.password ? `Basic ${Buffer.from(`${proxy.username}:${proxy.password}`).toString('base64')}` : undefined;
    agent = new ProxyAgent({ uri: proxy.href, ...(token ? { token } : {}) });
    proxyAgents.set(proxy.href, agent);
  }
  return agent;
}

/** A fetch-shaped function (what the callers and their tests inject). */
export type Fetch = typeof globalThis.fetch;

/**
 * The URL of a fetch input. Node's globals Request and Response are never touched here: the first
 * use of either loads Node's own copy of undici (about 25 ms of start-up), beside the copy
 * @actions/github brings.
 */
const urlOf = (input: Parameters<Fetch>[0]): string => (typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);

/**
 * fetch through the runner's proxy with the default timeout. The cast is the one place where
 * undici's own Request/Response types meet the global ones they are the implementation of.
 */
export const proxyFetch: Fetch = ((input: string | URL, init: RequestInit = {}) => {
  const url = urlOf(input);
  const timeout = AbortSignal.timeout(requestTimeoutMs());
  const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
  const dispatcher = proxyDispatcher(url);
  return undiciFetch(url, { ...(init as object), signal, ...(dispatcher ? { dispatcher } : {}) });
}) as unknown as Fetch;

/** What the system error codes of a failed connection mean, in a few words. */
const CODES: Record<string, string> = {
  ENOTFOUND: 'the host name does not resolve',
  EAI_AGAIN: 'the host name could not be resolved (DNS did not answer)',
  ECONNREFUSED: 'the connection was refused',
  ECONNRESET: 'the connection was reset',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  ETIMEDOUT: 'the connection timed out',
  UND_ERR_SOCKET: 'the connection closed before the answer was complete',
  UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
  TIMEOUT: 'no answer within the request timeout',
};

/** Codes after which the same request may well succeed: the server was reached, or slow. */
const PASSING_CODES = new Set(['ECONNRESET', 'UND_ERR_SOCKET', 'ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'TIMEOUT']);

/**
 * A request that got no HTTP answer: the host does not resolve, the connection failed or was
 * reset, or nothing came back in time. One sentence naming the host and the error code; a user
 * error (the fix is in the network, the proxy settings or the URL), never mistaken for an HTTP 5xx.
 */
export class NetworkError extends UserError {
  override name = 'NetworkError';
  constructor(
    readonly host: string,
    readonly code: string,
    cause?: unknown,
    detail = CODES[code],
  ) {
    super(`${host} could not be reached: ${code}${detail ? ` (${detail})` : ''}.`, { cause });
  }

  /** Whether trying again may help (timeouts and resets); a name that does not resolve will not. */
  get passing(): boolean {
    return PASSING_CODES.has(this.code);
  }
}

function hostOf(url: string | URL): string {
  try {
    return new URL(url).host;
  } catch {
    return String(url);
  }
}

/** The NetworkError for an error thrown by fetch (or anything in its cause chain), or undefined when it is not one. */
export function asNetworkError(error: unknown, url: string | URL): NetworkError | undefined {
  const host = hostOf(url);
  for (let current = error, depth = 0; current && depth < 6; current = (current as { cause?: unknown }).cause, depth++) {
    if (current instanceof NetworkError) return current;
    const { name, code } = current as { name?: string; code?: unknown };
    if (name === 'TimeoutError') return new NetworkError(host, 'TIMEOUT', error);
    if (typeof code === 'string' && (/^E[A-Z_]+$/.test(code) || code.startsWith('UND_ERR'))) {
      // Behind a proxy, the proxy connects to the host: its refusal (a CONNECT answered 502 when
      // the name does not resolve there) comes back as an aborted request naming its status.
      const proxyStatus = /Proxy response \((\d+)\)/.exec((current as Error).message ?? '')?.[1];
      return new NetworkError(host, code, error, proxyStatus ? `the proxy answered HTTP ${proxyStatus} to CONNECT` : undefined);
    }
  }
  return undefined;
}

/** undici hides why fetch failed in `cause` ("fetch failed" says nothing). */
function fetchFailure(error: unknown): string {
  const cause = (error as { cause?: unknown }).cause;
  const text = cause instanceof Error ? cause.message : typeof cause === 'string' ? cause : (error as Error)?.message;
  return text || String(error);
}

/**
 * Wrap a fetch so that it times out after `timeoutMs`, reads the whole answer inside that time
 * (a body that stalls is a hung request too), and fails with a NetworkError when there is no
 * answer. A caller's own abort (cancellation) is passed through as it is.
 */
export function withTimeout(fetcher: Fetch, timeoutMs: number): Fetch {
  return async (input, init = {}) => {
    const url = urlOf(input);
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    try {
      const response = await fetcher(input, { ...init, signal });
      // Statuses that may not carry a body are passed on as they are.
      if ([101, 103, 204, 205, 304].includes(response.status)) return response;
      const body = await response.arrayBuffer();
      return new UndiciResponse(body, { status: response.status, statusText: response.statusText, headers: [...response.headers] });
    } catch (error) {
      if (init.signal?.aborted) throw error;
      if (timeout.aborted) throw new NetworkError(hostOf(url), 'TIMEOUT', error);
      // fetch rejects only when no answer came: whatever it says (bad port, TLS), it is no HTTP status.
      throw asNetworkError(error, url) ?? new NetworkError(hostOf(url), fetchFailure(error), error);
    }
  };
}
