import { Octokit as OctokitCore } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';
import BottleneckLight from 'bottleneck/light.js';
import { ApiError } from '../lib/errors.js';

/**
 * The only place an Octokit is built (STYLE.md habit 4).
 * - base URL from GITHUB_API_URL (GitHub Enterprise Server and the local simulator work alike);
 * - primary and secondary rate limits waited out, honouring retry-after (@octokit/plugin-throttling);
 * - 5xx and bare 429 answers retried by the hook below: after `retry-after` when the answer has
 *   one, else after 1, 4, 9 s. (@octokit/plugin-retry was used first, but it always waits
 *   (n+1)² s and ignores retry-after, which the runtime contract requires be respected);
 * - the REST API version is pinned so GitHub cannot change a shape under us.
 * Only @octokit/core and two small plugins are bundled: the endpoint-methods plugin would add
 * hundreds of kilobytes to every action's start-up for no behaviour.
 */
export const API_VERSION = '2022-11-28';

const Octokit = OctokitCore.plugin(paginateRest, throttling);
export type GitHub = InstanceType<typeof Octokit>;

export interface GitHubOptions {
  token: string;
  baseUrl?: string;
  fetch?: typeof globalThis.fetch;
  /** Where retry and rate-limit notices go (the action log). */
  log?: (message: string) => void;
  /** How many times a failing request is retried (default 3). */
  retries?: number;
}

const MAX_WAIT_SECONDS = 15 * 60;

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

export function createGitHub(options: GitHubOptions): GitHub {
  const baseUrl = options.baseUrl ?? apiBaseUrl();
  const log = options.log ?? (() => undefined);
  const retries = options.retries ?? 3;
  const throttle: Record<string, unknown> = {
    onRateLimit: (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      if (retryCount >= retries || retryAfter > MAX_WAIT_SECONDS) return false;
      log(`Rate limit reached on ${request.method} ${request.url}; waiting ${retryAfter}s before retrying.`);
      return true;
    },
    onSecondaryRateLimit: (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      if (retryCount >= retries || retryAfter > MAX_WAIT_SECONDS) return false;
      log(`Secondary rate limit on ${request.method} ${request.url}; waiting ${retryAfter}s (retry-after) before retrying.`);
      return true;
    },
  };
  // GitHub asks for one second between mutating requests (three for ones that notify, such as
  // issues and comments) to api.github.com; a server on this machine (the simulator) has no
  // secondary limits to protect, so the spacing is dropped there.
  if (isLoopback(baseUrl)) {
    throttle.write = new BottleneckLight.Group({ maxConcurrent: 1, minTime: 0 });
    throttle.notifications = new BottleneckLight.Group({ maxConcurrent: 1, minTime: 0 });
  }
  const octokit = new Octokit({
    auth: options.token || undefined,
    baseUrl,
    userAgent: 'shipgate',
    request: options.fetch ? { fetch: options.fetch } : {},
    throttle: throttle as unknown as ThrottlingOptions,
    log: { debug: () => undefined, info: () => undefined, warn: log, error: log },
  });
  octokit.hook.before('request', (request) => {
    request.headers['x-github-api-version'] = API_VERSION;
  });
  octokit.hook.wrap('request', async (request, endpoint) => {
    // A request may ask for fewer retries (`request: { retries: 0 }`) when it retries itself.
    const limit = (endpoint.request as { retries?: number } | undefined)?.retries ?? retries;
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(endpoint);
      } catch (error) {
        const status = (error as { status?: number }).status ?? 0;
        const headers = (error as { response?: { headers?: Record<string, string> } }).response?.headers ?? {};
        if (!isTransient(status) || attempt >= limit) throw error;
        const wait = retryDelaySeconds(headers['retry-after'], attempt);
        log(`HTTP ${status} on ${endpoint.method} ${endpoint.url}; retrying in ${wait}s${headers['retry-after'] ? ' (retry-after)' : ''} (attempt ${attempt + 2} of ${limit + 1}).`);
        await new Promise((resolve) => setTimeout(resolve, wait * 1000));
      }
    }
  });
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
