import diagnostics from 'node:diagnostics_channel';
import type { RepoRef } from '../lib/repo.js';

/**
 * Early reads: the GET requests an action is sure to make first, sent by its bundle's entry as
 * soon as the inputs are checked, while the rest of the action's code is still loading.
 *
 * Why: every action's bundle is the toolkit (what a minimal @actions/core + @actions/github
 * action loads) plus shipgate's own code, 100-400 KB more for V8 to parse. Measured with
 * callgrind, that parse was most of what shipgate's start-up added to a minimal action's time
 * to its first request. Each entry therefore loads its main module lazily (scripts/build.mjs
 * puts it in files beside the bundle) and sends its first reads before loading it, so
 * the parse overlaps the round trip to GitHub instead of coming before it.
 *
 * When the main module loads: once each early read has been written to its connection (undici's
 * documented diagnostics channel `undici:client:sendHeaders`, published right before the first
 * byte goes out) or has its answer, whichever comes first. Loading sooner would hold the
 * connection's callbacks behind the parse (the request would leave no earlier than before);
 * loading later would give up the overlap.
 *
 * How it stays the same request: the main module builds its own client (createGitHub with
 * `early`), and that client's request hook hands over the early answer when a GET for the same
 * URL (query order aside) and media type comes with the same token. An answer is handed over
 * once; a second identical GET goes to GitHub. The early read went through the same hooks
 * (retries, rate limits, timeouts), so the taker sees exactly what asking at that moment would
 * have given, failure included. A read nobody took is aborted when the action ends
 * (`discard`), so it never holds the process open; at worst it cost one GET.
 */
export interface EarlyRead {
  /** An Octokit route, always a GET: an early read must change nothing. */
  route: `GET /${string}`;
  params: Record<string, unknown>;
}

/** What the client passes in: the request as Octokit's endpoint() or endpoint.parse() gives it. */
export interface RequestShape {
  method: string;
  url: string;
  headers: Record<string, unknown>;
}

/** A request's identity for handing over an early answer: method, URL with its query sorted, and media type. */
export function requestKey({ method, url, headers }: RequestShape): string {
  const parsed = new URL(url);
  parsed.searchParams.sort();
  const accept = typeof headers.accept === 'string' ? headers.accept : '';
  return `${method.toUpperCase()} ${parsed.href} ${accept}`;
}

/** The smallest client an early read needs: Octokit's `request` with its `endpoint`. */
export interface EarlyReadClient {
  request: {
    (route: string, params: Record<string, unknown>): Promise<unknown>;
    endpoint: (route: string, params: Record<string, unknown>) => RequestShape;
  };
}

/** undici's channel for a request about to be written, and the part of its message used here. */
const SEND_HEADERS = 'undici:client:sendHeaders';
interface SendHeadersMessage {
  request?: { method?: string; path?: string };
}

export class EarlyReads {
  readonly #pending = new Map<string, { answer: Promise<unknown>; abort: AbortController; label: string }>();
  readonly #written: Promise<void>[] = [];

  /** `token` is the one the reads are sent with: only a client with the same token takes them. */
  constructor(readonly token: string) {}

  /** Send each read now through `client` (built with the same token). A read already pending is not sent twice. */
  start(client: EarlyReadClient, reads: readonly EarlyRead[]): void {
    for (const read of reads) {
      const shape = client.request.endpoint(read.route, read.params);
      const key = requestKey(shape);
      if (this.#pending.has(key)) continue;
      const url = new URL(shape.url);
      const path = `${url.pathname}${url.search}`;
      let onSend: (message: unknown) => void = () => undefined;
      const written = new Promise<void>((resolve) => {
        onSend = (message) => {
          const request = (message as SendHeadersMessage).request;
          if (request?.method === 'GET' && request.path === path) resolve();
        };
        diagnostics.subscribe(SEND_HEADERS, onSend);
      });
      const abort = new AbortController();
      const answer = client.request(read.route, { ...read.params, request: { signal: abort.signal } });
      // The failure, if any, is reported by whoever takes the answer; one nobody takes is dropped.
      const settled = answer.then(
        () => undefined,
        () => undefined,
      );
      this.#written.push(Promise.race([written, settled]).finally(() => diagnostics.unsubscribe(SEND_HEADERS, onSend)));
      this.#pending.set(key, { answer, abort, label: `GET ${shape.url}` });
    }
  }

  /** Resolves once every read has been written to its connection or has its answer. */
  async sent(): Promise<void> {
    await Promise.all(this.#written);
  }

  /** The early answer to this request, once, when it was read early with this token; else undefined. */
  take(token: string, request: RequestShape): Promise<unknown> | undefined {
    if (token !== this.token || request.method.toUpperCase() !== 'GET') return undefined;
    const key = requestKey(request);
    const pending = this.#pending.get(key);
    if (!pending) return undefined;
    this.#pending.delete(key);
    return pending.answer;
  }

  /** How many reads are still waiting to be taken. */
  get size(): number {
    return this.#pending.size;
  }

  /** Abort the reads nobody took, so their answers do not keep the process waiting; returns them (method and URL). */
  discard(): string[] {
    const unused = [...this.#pending.values()].map(({ label }) => label);
    for (const { abort } of this.#pending.values()) abort.abort();
    this.#pending.clear();
    return unused;
  }
}

/** Owner and name alone: a RunContext is a RepoRef too, and any other field would become a query parameter. */
const only = ({ owner, repo }: RepoRef): RepoRef => ({ owner, repo });

/** The routes the actions read first, in one place so an entry and the code it loads ask alike. */
export const earlyRead = {
  /** One page of shipgate's deployments to an environment: the ledger's first read (deploy, rollback, rehearsal). */
  deployments: (repo: RepoRef, environment: string, task: string, perPage: number): EarlyRead => ({
    route: 'GET /repos/{owner}/{repo}/deployments',
    params: { ...only(repo), environment, task, per_page: perPage, page: 1 },
  }),
  /** A git ref (coverage-gate's snapshot ref). `ref` without the leading "refs/". */
  ref: (repo: RepoRef, ref: string): EarlyRead => ({ route: 'GET /repos/{owner}/{repo}/git/ref/{ref}', params: { ...only(repo), ref } }),
  /** The first page of refs under a prefix (release's tags). `ref` without the leading "refs/". */
  matchingRefs: (repo: RepoRef, ref: string, perPage: number): EarlyRead => ({
    route: 'GET /repos/{owner}/{repo}/git/matching-refs/{ref}',
    params: { ...only(repo), ref, per_page: perPage },
  }),
  latestRelease: (repo: RepoRef): EarlyRead => ({ route: 'GET /repos/{owner}/{repo}/releases/latest', params: only(repo) }),
  environment: (repo: RepoRef, name: string): EarlyRead => ({ route: 'GET /repos/{owner}/{repo}/environments/{environment_name}', params: { ...only(repo), environment_name: name } }),
  repository: (repo: RepoRef): EarlyRead => ({ route: 'GET /repos/{owner}/{repo}', params: only(repo) }),
};
