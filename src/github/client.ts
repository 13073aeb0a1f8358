import { getOctokit } from '@actions/github';
import { defaults as toolkitDefaults } from '@actions/github/lib/utils';
import { ApiError, UserError } from '../lib/errors.js';
import { asNetworkError, NetworkError, requestTimeoutMs, withTimeout, type Fetch } from '../lib/http.js';
import type { EarlyReads } from './early-reads.js';

/**
 * The only place an Octokit is built: @actions/github's getOctokit, which
 * brings the typed endpoint methods (`github.rest.repos.createDeployment(...)`, the same
 * @octokit/plugin-rest-endpoint-methods that @octokit/rest is made of), pagination, and the
 * runner's proxy (HTTPS_PROXY / NO_PROXY through @actions/http-client). On top of it:
 * - base URL from GITHUB_API_URL (GitHub Enterprise Server and the local simulator work alike);
 * - rate-limit answers (403 or 429) waited out the way GitHub's REST reference says: the answer's
 *   `retry-after`; else, when `x-ratelimit-remaining` is 0, until `x-ratelimit-reset`; else one
 *   minute, doubling on each further refusal. A wait past 15 minutes fails at once instead;
 * - 5xx answers retried by the same hook: after `retry-after` when the answer has one, else after
 *   1, 4, 9 s. (@octokit/plugin-retry always waits (n+1)² s and ignores retry-after, which the
 *   runtime contract requires be respected);
 * - every request times out (SHIPGATE_REQUEST_TIMEOUT_SECONDS, default 30 s). A request that got
 *   no answer (timeout, reset) is retried only when repeating it is harmless (GET, HEAD, PUT,
 *   PATCH, DELETE); a POST may have been carried out, so it fails at once with what happened,
 *   and the creates look for what it created before sending it again (create-once.ts).
 *   A host that does not resolve or refuses the connection fails at once: one sentence naming
 *   the host and the error code, never read as an HTTP 500;
 * - the REST API version is pinned so GitHub cannot change a shape under us.
 */
export const API_VERSION = '2022-11-28';

// Why not @octokit/plugin-throttling: it queues every request through Bottleneck and, against
// GitHub, spaces mutating requests one second apart (three for issues and comments). A shipgate
// run makes a handful of writes, far below GitHub's content-creation limits (80 a minute), and
// what users wait for is sequential round trips (a rollback's final writes go out together), so
// that spacing would add seconds to every rollback for no protection. Its other job, waiting out
// rate-limit answers, is the few lines of `rateLimitWaitSeconds` below. Measured by
// `npm run bench -- --only=first-request`: loading the plugin alone costs a minimal action about
// 6 % of its time to the first request, more than the 5 % shipgate's whole start-up may add.

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
  /** How a wait before a retry is made (tests record the delay asked for instead of waiting). */
  sleep?: (ms: number) => Promise<void>;
  /** Answers the action's entry asked for before this client existed (early-reads.ts): a matching GET takes one instead of asking again. */
  early?: EarlyReads;
}

const MAX_WAIT_SECONDS = 15 * 60;

const remainingZero = (headers: Record<string, string | undefined>): boolean => headers['x-ratelimit-remaining'] === '0';

/** Methods that change nothing more when repeated: safe to send again after a lost answer. */
const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

export function apiBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
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

/** What a refused request's answer says about a rate limit, when it is one. */
interface RateLimitAnswer {
  status: number;
  headers: Record<string, string | undefined>;
  message: string;
}

/**
 * Seconds to wait before retrying a rate-limited request, or undefined when the answer is not a
 * rate limit (a 403 is also GitHub's "forbidden": only its headers or message tell the two apart).
 * Follows GitHub's REST reference, "Handle rate limit errors appropriately": `retry-after` when
 * present; else, when `x-ratelimit-remaining` is 0, the time until `x-ratelimit-reset` (epoch
 * seconds); else a secondary limit without a stated wait: one minute, doubled on each further try.
 * The result may exceed MAX_WAIT_SECONDS; the caller fails instead of waiting that long.
 */
export function rateLimitWaitSeconds(answer: RateLimitAnswer, attempt: number, now = Date.now()): number | undefined {
  if (answer.status !== 403 && answer.status !== 429) return undefined;
  const retryAfter = answer.headers['retry-after'];
  const remaining = answer.headers['x-ratelimit-remaining'];
  const secondary = /secondary rate limit|abuse detection/i.test(answer.message);
  if (answer.status === 403 && retryAfter === undefined && remaining !== '0' && !secondary) return undefined;
  if (retryAfter !== undefined && retryAfter !== '') {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds) && seconds >= 0) return seconds;
    const date = Date.parse(retryAfter);
    if (Number.isFinite(date)) return Math.max(0, Math.ceil((date - now) / 1000));
  }
  const reset = Number(answer.headers['x-ratelimit-reset']);
  if (remaining === '0' && Number.isFinite(reset)) return Math.max(0, Math.ceil(reset - now / 1000));
  return 60 * 2 ** attempt;
}

/** Each client's `retries`, so the requests that retry themselves (createOnce) honour it too. */
const RETRIES = new WeakMap<object, number>();

/** How many times a failing request of this client is retried (the `retries` option, default 3). */
export function retriesOf(github: GitHub): number {
  return RETRIES.get(github) ?? 3;
}

const sleepFor = (ms: number): Promise<void> => new Promise<void>((resolve) => setTimeout(resolve, ms));
/** Each client's `sleep`, so the creates that retry themselves (createOnce) wait the same way. */
const SLEEPS = new WeakMap<object, (ms: number) => Promise<void>>();

/** How this client waits before a retry (the `sleep` option, default a timer). */
export function sleepOf(github: GitHub): (ms: number) => Promise<void> {
  return SLEEPS.get(github) ?? sleepFor;
}

export function createGitHub(options: GitHubOptions): GitHub {
  const baseUrl = options.baseUrl ?? apiBaseUrl();
  const log = options.log ?? (() => undefined);
  const retries = options.retries ?? 3;
  const sleep = options.sleep ?? sleepFor;
  // getOctokit's own fetch goes through the runner's proxy; the timeout wraps whichever is used.
  const fetcher = options.fetch ?? (toolkitDefaults.request?.fetch as Fetch | undefined) ?? globalThis.fetch;
  const octokit = getOctokit(
    // getOctokit insists on a token; without one, the hook below stops the first request before it leaves.
    options.token || 'no-token',
    {
      baseUrl,
      userAgent: 'shipgate',
      request: { fetch: withTimeout(fetcher, options.timeoutMs ?? requestTimeoutMs()) },
      log: { debug: () => undefined, info: () => undefined, warn: log, error: log },
    },
  );
  octokit.hook.before('request', (request) => {
    if (!options.token) throw new UserError(`No GitHub token was given (input github-token is empty), so ${request.method} ${request.url} cannot be sent; the default is the job's GITHUB_TOKEN.`);
    request.headers['x-github-api-version'] = API_VERSION;
  });
  octokit.hook.wrap('request', async (request, endpoint) => {
    // A request may ask for fewer retries (`request: { retries: 0 }`) when it retries itself.
    const limit = (endpoint.request as { retries?: number } | undefined)?.retries ?? retries;
    const method = String(endpoint.method).toUpperCase();
    const early = method === 'GET' ? options.early?.take(options.token, octokit.request.endpoint.parse(endpoint)) : undefined;
    if (early) return (await early) as Awaited<ReturnType<typeof request>>;
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(endpoint);
      } catch (caught) {
        // Aborted by its caller (an early read nobody took): never retried. Octokit reports an
        // abort with status 500, which would otherwise read as a server error worth retrying.
        if ((endpoint.request as { signal?: AbortSignal } | undefined)?.signal?.aborted) throw caught;
        const network = asNetworkError(caught, endpoint.url);
        if (network) {
          if (!network.passing || !IDEMPOTENT.has(method) || attempt >= limit) throw network;
          const wait = retryDelaySeconds(undefined, attempt);
          log(`${network.message.replace(/\.$/, '')} on ${method} ${endpoint.url}; retrying in ${wait}s (attempt ${attempt + 2} of ${limit + 1}).`);
          await sleep(wait * 1000);
          continue;
        }
        const status = (caught as { status?: number }).status ?? 0;
        const headers = (caught as { response?: { headers?: Record<string, string | undefined> } }).response?.headers ?? {};
        const limited = rateLimitWaitSeconds({ status, headers, message: errorData(caught).message ?? '' }, attempt);
        if (limited !== undefined) {
          // A rate limit is not the request's fault: it is retried, POST included, since GitHub
          // refused it before doing anything.
          if (attempt >= limit) throw caught;
          if (limited > MAX_WAIT_SECONDS) {
            throw new ApiError(`send ${method} ${endpoint.url}`, status, `GitHub's rate limit for this token lifts only in ${Math.round(limited / 60)} minutes, longer than the ${MAX_WAIT_SECONDS / 60} minutes shipgate waits; re-run the job then, or use a token with its own limit.`);
          }
          log(`${remainingZero(headers) ? 'Rate limit' : 'Secondary rate limit'} on ${method} ${endpoint.url}; waiting ${limited}s before retrying (attempt ${attempt + 2} of ${limit + 1}).`);
          await sleep(limited * 1000);
          continue;
        }
        if (!isTransient(status) || attempt >= limit) throw caught;
        const wait = retryDelaySeconds(headers['retry-after'], attempt);
        log(`HTTP ${status} on ${method} ${endpoint.url}; retrying in ${wait}s${headers['retry-after'] ? ' (retry-after)' : ''} (attempt ${attempt + 2} of ${limit + 1}).`);
        await sleep(wait * 1000);
      }
    }
  });
  RETRIES.set(octokit, retries);
  SLEEPS.set(octokit, sleep);
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
