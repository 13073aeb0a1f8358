// Small HTTP helpers shared by the resource handlers: GitHub-style errors, pagination with a
// real Link header, timestamps.

const DOCS = 'https://docs.github.com/rest';

/** An answer other than success; the server turns it into GitHub's error JSON. */
export class HttpError extends Error {
  /**
   * @param {number} status
   * @param {string} message
   * @param {{ errors?: unknown[], headers?: Record<string, string>, documentationUrl?: string }} [extra]
   */
  constructor(status, message, extra = {}) {
    super(message);
    this.status = status;
    this.errors = extra.errors;
    this.headers = extra.headers ?? {};
    this.documentationUrl = extra.documentationUrl ?? DOCS;
  }

  toBody() {
    return {
      message: this.message,
      ...(this.errors ? { errors: this.errors } : {}),
      documentation_url: this.documentationUrl,
      status: String(this.status),
    };
  }
}

export const notFound = () => new HttpError(404, 'Not Found');

/**
 * GitHub's 422 "Validation Failed" with one error object.
 * @param {string} resource
 * @param {string} field
 * @param {string} code
 * @param {string} [message]
 */
export function validationFailed(resource, field, code, message) {
  return new HttpError(422, 'Validation Failed', {
    errors: [{ resource, field, code, ...(message ? { message } : {}) }],
  });
}

/** ISO 8601 at second precision, as GitHub writes timestamps. */
export function isoNow() {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Parse per_page (default 30, max 100) and page (default 1) like GitHub.
 * @param {Record<string, string | undefined>} query
 */
export function pageParams(query, defaultPerPage = 30) {
  const perPage = Math.min(Math.max(Number.parseInt(query.per_page ?? '', 10) || defaultPerPage, 1), 100);
  const page = Math.max(Number.parseInt(query.page ?? '', 10) || 1, 1);
  return { perPage, page };
}

/**
 * The Link header GitHub sends: absolute URLs keeping every other query parameter.
 * @param {string} origin       e.g. 'http://127.0.0.1:1234'
 * @param {string} rawPath      the request path as sent
 * @param {Record<string, string>} query
 * @param {number} page
 * @param {number} perPage
 * @param {number} total   items in the whole list
 */
export function linkHeader(origin, rawPath, query, page, perPage, total) {
  const last = Math.max(Math.ceil(total / perPage), 1);
  /** @param {number} target */
  const url = (target) => {
    const params = new URLSearchParams({ ...query, per_page: String(perPage), page: String(target) });
    return `<${origin}${rawPath}?${params}>`;
  };
  const links = [];
  if (page > 1) links.push(`${url(page - 1)}; rel="prev"`);
  if (page < last) links.push(`${url(page + 1)}; rel="next"`);
  if (page < last) links.push(`${url(last)}; rel="last"`);
  if (page > 1) links.push(`${url(1)}; rel="first"`);
  return links.join(', ');
}

/**
 * One page of a list plus its Link header.
 * @template T
 * @param {{ origin: string, rawPath: string, query: Record<string, string> }} request
 * @param {T[]} items
 * @returns {{ status: number, body: T[], headers: Record<string, string> }}
 */
export function paginate(request, items, defaultPerPage = 30) {
  const { perPage, page } = pageParams(request.query, defaultPerPage);
  const body = items.slice((page - 1) * perPage, page * perPage);
  const link = linkHeader(request.origin, request.rawPath, request.query, page, perPage, items.length);
  return { status: 200, body, headers: link ? { link } : {} };
}
