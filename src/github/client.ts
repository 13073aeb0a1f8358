import { getOctokit } from '@actions/github';
import { defaults as toolkitDefaults } from '@actions/github/lib/utils';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';
import BottleneckLight from 'bottleneck/light.js';
import { ApiError, UserError } from '../lib/errors.js';
import { asNetworkError, NetworkError, requestTimeoutMs, withTimeout, type Fetch } from '../lib/http.js';

/**
 * The only place an Octokit is built: @actions/github's getOctokit, which
 * brings the typed endpoint methods (`github.rest.repos.createDeployment(...)`, the same
 * @octokit/plugin-rest-endpoint-methods that @octokit/rest is made of), pagination, and the
 * runner's proxy (HTTPS_PROXY / NO_PROXY through @actions/http-client). On top of it:
 * - base URL from GITHUB_API_URL (GitHub Enterprise Server and the local simulator work alike);
 * - primary and secondary rate limits waited out, honouring retry-after (@octokit/plugin-throttling);
 * - 5xx and bare 429 answers retried by the hook below: after `retry-after` when the answer has
 *   one, else after 1, 4, 9 s. (@octokit/plugin-retry always waits (n+1)² s and ignores
 *   retry-after, which the runtime contract requires be respected);
 * - every request times out (SHIPGATE_REQUEST_TIMEOUT_SECONDS, default 30 s). A request that got
 *   no answer (timeout, reset) is retried only when repeating it is harmless (GET, HEAD, PUT,
 *   PATCH, DELETE); a POST may have been carried out, so it fails at once with what happened,
 *   and the creates look for what it created before sending it again (create-once.ts).
 *   A host that does not resolve or refuses the connection fails at once: one sentence naming
 *   the host and the error code, never read as an HTTP 500;
 * - the REST API version is pinned so GitHub cannot change a shape under us.
 */
export const API_VERSION = '2022-11-28';

export type GitHub = ReturnType<typeof getOctokit>;

export interface GitHubOptions {
  token: string;
  baseUrl?: string;
  /** Replaces the proxy-aware fetch (tests). */
  fetch?: Fetch;
  /** Where retry and rate-limit notices go (the action log). */
  log?: (message: string) => void;
  /** How many times a failing request is retried (default 3). */
  retries?: number;
  /** Per-request timeout; default SHIPGATE_REQUEST_TIMEOUT_SECONDS or 30 s. */
  timeoutMs?: number;
  /** How the client waits before a retry (tests record the delay it asked for instead of timing it). */
  sleep?: (ms: number) => Promise<void>;
}

const sleepFor = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const MAX_WAIT_SECONDS = 15 * 60;

/** Methods that change nothing more when repeated: safe to send again after a lost answer. */
const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

export function apiBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}

function isLoopback(baseUrl: string): boolean {
  try {
    const host = new URL(baseUrl).hostname;
    return host === 'localhost' || host === '[::1]' || /^127\./.test(host);
  } catch {
    return false;
  }
}

/** 5xx answers and a bare 429 are worth another try; other 4xx answers are final. */
export const isTransient = (status: number): boolean => status === 429 || (status >= 500 && status <= 599);

/** Seconds to wait before retry number `attempt + 1`: the answer's retry-after, else 1, 4, 9 s. */
export function retryDelaySeconds(retryAfter: string | undefined, attempt: number): number {
  const seconds = retryAfter === undefined || retryAfter === '' ? Number.NaN : Number(retryAfter);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds, MAX_WAIT_SECONDS);
  const date = retryAfter ? Date.parse(retryAfter) : Number.NaN;
  if (Number.isFinite(date)) return Math.min(Math.max(0, Math.ceil((date - Date.now()) / 1000)), MAX_WAIT_SECONDS);
  return (attempt + 1) ** 2;
}

/** Each client's `retries`, so the requests that retry themselves (createOnce) honour it too. */
const RETRIES = new WeakMap<object, number>();

/** How many times a failing request of this client is retried (the `retries` option, default 3). */
export function retriesOf(github: GitHub): number {
  return RETRIES.get(github) ?? 3;
}

export function createGitHub(options: GitHubOptions): GitHub {
  const baseUrl = options.baseUrl ?? apiBaseUrl();
  const log = options.log ?? (() => undefined);
  const retries = options.retries ?? 3;
  const sleep = options.sleep ?? sleepFor;
  // GitHub asks for one second between mutating requests (three for ones that notify, such as
  // issues and comments) to api.github.com; a server on this machine (the simulator) has no
  // secondary limits to protect, so the spacing is dropped there.
  const unspaced = isLoopback(baseUrl)
    ? { write: new BottleneckLight.Group({ maxConcurrent: 1, minTime: 0 }), notifications: new BottleneckLight.Group({ maxConcurrent: 1, minTime: 0 }) }
    : {};
  const throttle: ThrottlingOptions = {
    ...unspaced,
    onRateLimit: (retryAfter, request, _octokit, retryCount) => {
      if (retryCount >= retries || retryAfter > MAX_WAIT_SECONDS) return false;
      log(`Rate limit reached on ${request.method} ${request.url}; waiting ${retryAfter}s before retrying.`);
      return true;
    },
    onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => {
      if (retryCount >= retries || retryAfter > MAX_WAIT_SECONDS) return false;
      log(`Secondary rate limit on ${request.method} ${request.url}; waiting ${retryAfter}s (retry-after) before retrying.`);
      return true;
    },
  };
  // getOctokit's own fetch goes through the runner's proxy; the timeout wraps whichever is used.
  const fetcher = options.fetch ?? (toolkitDefaults.request?.fetch as Fetch | undefined) ?? globalThis.fetch;
  const octokit = getOctokit(
    // getOctokit insists on a token; without one, the hook below stops the first request before it leaves.
    options.token || 'no-token',
    {
      baseUrl,
      userAgent: 'shipgate',
      request: { fetch: withTimeout(fetcher, options.timeoutMs ?? requestTimeoutMs()) },
      throttle,
      log: { debug: () => undefined, info: () => undefined, warn: log, error: log },
    },
    throttling,
  );
  octokit.hook.before('request', (request) => {
    if (!options.token) throw new UserError(`No GitHub token was given (input github-token is empty), so ${request.method} ${request.url} cannot be sent; the default is the job's GITHUB_TOKEN.`);
    request.headers['x-github-api-version'] = API_VERSION;
  });
  octokit.hook.wrap('request', async (request, endpoint) => {
    // A request may ask for fewer retries (`request: { retries: 0 }`) when it retries itself.
    const limit = (endpoint.request as { retries?: number } | undefined)?.retries ?? retries;
    const method = String(endpoint.method).toUpperCase();
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(endpoint);
      } catch (caught) {
        const network = asNetworkError(caught, endpoint.url);
        if (network) {
          if (!network.passing || !IDEMPOTENT.has(method) || attempt >= limit) throw network;
          const wait = retryDelaySeconds(undefined, attempt);
          log(`${network.message.replace(/\.$/, '')} on ${method} ${endpoint.url}; retrying in ${wait}s (attempt ${attempt + 2} of ${limit + 1}).`);
          await sleep(wait * 1000);
          continue;
        }
        const status = (caught as { status?: number }).status ?? 0;
        const headers = (caught as { response?: { headers?: Record<string, string> } }).response?.headers ?? {};
        if (!isTransient(status) || attempt >= limit) throw caught;
        const wait = retryDelaySeconds(headers['retry-after'], attempt);
        log(`HTTP ${status} on ${method} ${endpoint.url}; retrying in ${wait}s${headers['retry-after'] ? ' (retry-after)' : ''} (attempt ${attempt + 2} of ${limit + 1}).`);
        await sleep(wait * 1000);
      }
    }
  });
  RETRIES.set(octokit, retries);
  return octokit;
}

/**
 * Run one API operation and turn a final failure into an ApiError that names the operation
 * ("create the deployment"), the HTTP status and GitHub's own message.
 */
export async function api<T>(operation: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toApiError(operation, error);
  }
}

export function toApiError(operation: string, error: unknown): unknown {
  if (error instanceof ApiError) return error;
  // No HTTP answer at all: say what happened to the connection, with no status.
  if (error instanceof NetworkError) return new ApiError(operation, undefined, error.message, { cause: error });
  const status = (error as { status?: number }).status;
  if (typeof status !== 'number') return error;
  const data = (error as { response?: { data?: { message?: string; errors?: unknown[] } } }).response?.data;
  const details = (data?.errors ?? [])
    .map((entry) => (typeof entry === 'string' ? entry : ((entry as { message?: string }).message ?? JSON.stringify(entry))))
    .filter(Boolean);
  const message = [data?.message ?? (error as Error).message, ...details].filter(Boolean).join('; ');
  return new ApiError(operation, status, message || 'no message');
}

export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: number } | undefined)?.status;
  return typeof status === 'number' ? status : error instanceof ApiError ? error.status : undefined;
}

/** The GitHub answer of a failed request (`response.data`), when there was one. */
export function errorData(error: unknown): { message?: string; errors?: unknown[] } {
  return (error as { response?: { data?: { message?: string; errors?: unknown[] } } } | undefined)?.response?.data ?? {};
}
