import { randomUUID } from 'node:crypto';
import { NetworkError } from '../lib/http.js';
import { httpStatus, retriesOf, retryDelaySeconds, sleepOf, type GitHub } from './client.js';

/**
 * Creating something on GitHub exactly once, even when the answer is lost.
 *
 * A POST that got no answer (the connection was reset, or the request timed out) or a 5xx answer
 * may still have been carried out: GitHub created the deployment and the answer never arrived.
 * Sending the POST again would create a second deployment (and leave the first without a status).
 * So a create is sent with the client's own retry off (`request: ONE_ATTEMPT`), and after such a
 * failure `find` looks for what the first attempt created, by a unique mark the create put in it
 * (a random id in a deployment payload, a hidden marker in a comment or issue body, a check run's
 * external_id, the tag name); only when nothing is found is the create sent again. Reads and
 * idempotent updates keep the client's ordinary retry.
 */
export interface CreateOnce<T> {
  /** What is being created, for the log ("create the deployment of staging"). */
  what: string;
  /** One attempt. The request must carry `request: ONE_ATTEMPT` so the client does not resend it. */
  create: () => Promise<T>;
  /** What an earlier attempt created, found by its mark, or undefined when there is none. */
  find: () => Promise<T | undefined>;
}

export interface CreateOnceOptions {
  /** Attempts in all (default 4: the first and three more, as the client retries). */
  attempts?: number;
  log?: (message: string) => void;
  /** How to wait before looking (default a timer; the client's own through clientOptions). */
  sleep?: (ms: number) => Promise<void>;
}

export interface Created<T> {
  value: T;
  /** True when an attempt's answer was lost and what it created was found afterwards. */
  found: boolean;
  attempts: number;
}

/** Pass as a create request's `request` option: the client must not send it a second time itself. */
export const ONE_ATTEMPT = { retries: 0 } as const;

/** A fresh mark for one create (the same for all its attempts). */
export const newMark = (): string => randomUUID();

/**
 * A hidden marker for a comment or issue body: an HTML comment, which GitHub does not render, in
 * the shape of shipgate's other machine-readable marks (`<!-- shipgate:<kind> {json} -->`). Only
 * letters, digits and dashes in the id, so nothing in it can close the comment early.
 */
export const hiddenMarker = (mark: string): string => `<!-- shipgate:create {"id":"${mark.replace(/[^A-Za-z0-9-]/g, '')}"} -->`;

/**
 * Whether a failed create may have been carried out: no HTTP answer at all (reset, timeout), or a
 * 5xx. A 4xx answer is GitHub refusing the request (nothing created); a connection that was never
 * made (the host does not resolve, the connection is refused) created nothing either, and trying
 * again would not help.
 */
export function mayHaveBeenCreated(error: unknown): boolean {
  if (error instanceof NetworkError) return error.passing;
  const status = httpStatus(error);
  // A 5xx may come after the write (a proxy that timed out); a bare 429 created nothing, but is
  // worth another attempt like any 429, and looking first costs one read.
  return status !== undefined && (status >= 500 || status === 429);
}

function retryAfter(error: unknown): string | undefined {
  return (error as { response?: { headers?: Record<string, string> } }).response?.headers?.['retry-after'];
}

function describe(error: unknown): string {
  if (error instanceof NetworkError) return `No answer (${error.message.replace(/\.$/, '')})`;
  return `HTTP ${httpStatus(error)}`;
}

/**
 * Create with `spec.create`; after an answer that may hide a creation, wait (retry-after, else 1,
 * 4, 9 s: GitHub's listings can trail a write by a moment), look with `spec.find`, and create
 * again only when nothing was found. The last failure is thrown as it is.
 */
export async function createOnce<T>(spec: CreateOnce<T>, options: CreateOnceOptions = {}): Promise<Created<T>> {
  const attempts = options.attempts ?? 4;
  const log = options.log ?? (() => undefined);
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 1; ; attempt++) {
    try {
      return { value: await spec.create(), found: false, attempts: attempt };
    } catch (error) {
      if (!mayHaveBeenCreated(error) || attempt >= attempts) throw error;
      const wait = retryDelaySeconds(retryAfter(error), attempt - 1);
      log(`${describe(error)} while trying to ${spec.what}; it may have been created all the same, so shipgate looks for it in ${wait}s before sending it again (attempt ${attempt + 1} of ${attempts}).`);
      await sleep(wait * 1000);
      const found = await spec.find();
      if (found !== undefined) {
        log(`Found what the attempt whose answer was lost created; it is not created a second time (${spec.what}).`);
        return { value: found, found: true, attempts: attempt };
      }
    }
  }
}

/**
 * A POST whose repetition changes nothing anyone reads: a git blob or tree (content-addressed:
 * the same content is the same object), a commit or annotated tag object no ref points to yet
 * (an unreferenced object is invisible and garbage-collected), a status that repeats the newest
 * one. After a lost answer it is sent again without looking for the first attempt.
 */
export async function repeatable<T>(what: string, send: () => Promise<T>, options: CreateOnceOptions = {}): Promise<T> {
  return (await createOnce({ what, create: send, find: () => Promise.resolve(undefined) }, options)).value;
}

/**
 * createOnce's options from the client: its `retries` (a client made with `retries: 0` sends a
 * create once) and its log, where its own retry notices go too.
 */
export function clientOptions(github: GitHub): CreateOnceOptions {
  const log = (message: string): void => {
    github.log.warn(message);
  };
  return { attempts: retriesOf(github) + 1, log, sleep: sleepOf(github) };
}
