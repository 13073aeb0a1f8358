export const id = 723;
export const ids = [723];
export const modules = {

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cl: () => (/* binding */ createGitHub),
/* harmony export */   FH: () => (/* binding */ api),
/* harmony export */   Gv: () => (/* binding */ toApiError),
/* harmony export */   Ko: () => (/* binding */ retriesOf),
/* harmony export */   ZO: () => (/* binding */ errorData),
/* harmony export */   jN: () => (/* binding */ retryDelaySeconds),
/* harmony export */   nG: () => (/* binding */ httpStatus)
/* harmony export */ });
/* unused harmony exports API_VERSION, apiBaseUrl, isTransient */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1351);
/* harmony import */ var _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8807);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6856);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3251);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7268);
/* harmony import */ var _lib_http_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1931);






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
const API_VERSION = '2022-11-28';
const MAX_WAIT_SECONDS = 15 * 60;
/** Methods that change nothing more when repeated: safe to send again after a lost answer. */
const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
function apiBaseUrl(env = process.env) {
    return (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}
function isLoopback(baseUrl) {
    try {
        const host = new URL(baseUrl).hostname;
        return host === 'localhost' || host === '[::1]' || /^127\./.test(host);
    }
    catch {
        return false;
    }
}
/** 5xx answers and a bare 429 are worth another try; other 4xx answers are final. */
const isTransient = (status) => status === 429 || (status >= 500 && status <= 599);
/** Seconds to wait before retry number `attempt + 1`: the answer's retry-after, else 1, 4, 9 s. */
function retryDelaySeconds(retryAfter, attempt) {
    const seconds = retryAfter === undefined || retryAfter === '' ? Number.NaN : Number(retryAfter);
    if (Number.isFinite(seconds) && seconds >= 0)
        return Math.min(seconds, MAX_WAIT_SECONDS);
    const date = retryAfter ? Date.parse(retryAfter) : Number.NaN;
    if (Number.isFinite(date))
        return Math.min(Math.max(0, Math.ceil((date - Date.now()) / 1000)), MAX_WAIT_SECONDS);
    return (attempt + 1) ** 2;
}
/** Each client's `retries`, so the requests that retry themselves (createOnce) honour it too. */
const RETRIES = new WeakMap();
/** How many times a failing request of this client is retried (the `retries` option, default 3). */
function retriesOf(github) {
    return RETRIES.get(github) ?? 3;
}
function createGitHub(options) {
    const baseUrl = options.baseUrl ?? apiBaseUrl();
    const log = options.log ?? (() => undefined);
    const retries = options.retries ?? 3;
    // GitHub asks for one second between mutating requests (three for ones that notify, such as
    // issues and comments) to api.github.com; a server on this machine (the simulator) has no
    // secondary limits to protect, so the spacing is dropped there.
    const unspaced = isLoopback(baseUrl)
        ? { write: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2___default().Group)({ maxConcurrent: 1, minTime: 0 }), notifications: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2___default().Group)({ maxConcurrent: 1, minTime: 0 }) }
        : {};
    const throttle = {
        ...unspaced,
        onRateLimit: (retryAfter, request, _octokit, retryCount) => {
            if (retryCount >= retries || retryAfter > MAX_WAIT_SECONDS)
                return false;
            log(`Rate limit reached on ${request.method} ${request.url}; waiting ${retryAfter}s before retrying.`);
            return true;
        },
        onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => {
            if (retryCount >= retries || retryAfter > MAX_WAIT_SECONDS)
                return false;
            log(`Secondary rate limit on ${request.method} ${request.url}; waiting ${retryAfter}s (retry-after) before retrying.`);
            return true;
        },
    };
    // getOctokit's own fetch goes through the runner's proxy; the timeout wraps whichever is used.
    const fetcher = options.fetch ?? _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__/* .defaults */ .NT.request?.fetch ?? globalThis.fetch;
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(
    // getOctokit insists on a token; without one, the hook below stops the first request before it leaves.
    options.token || 'no-token', {
        baseUrl,
        userAgent: 'shipgate',
        request: { fetch: (0,_lib_http_js__WEBPACK_IMPORTED_MODULE_4__/* .withTimeout */ .wj)(fetcher, options.timeoutMs ?? (0,_lib_http_js__WEBPACK_IMPORTED_MODULE_4__/* .requestTimeoutMs */ .Hl)()) },
        throttle,
        log: { debug: () => undefined, info: () => undefined, warn: log, error: log },
    }, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__/* .throttling */ .A);
    octokit.hook.before('request', (request) => {
        if (!options.token)
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`No GitHub token was given (input github-token is empty), so ${request.method} ${request.url} cannot be sent; the default is the job's GITHUB_TOKEN.`);
        request.headers['x-github-api-version'] = API_VERSION;
    });
    octokit.hook.wrap('request', async (request, endpoint) => {
        // A request may ask for fewer retries (`request: { retries: 0 }`) when it retries itself.
        const limit = endpoint.request?.retries ?? retries;
        const method = String(endpoint.method).toUpperCase();
        for (let attempt = 0;; attempt++) {
            try {
                return await request(endpoint);
            }
            catch (caught) {
                const network = (0,_lib_http_js__WEBPACK_IMPORTED_MODULE_4__/* .asNetworkError */ .hg)(caught, endpoint.url);
                if (network) {
                    if (!network.passing || !IDEMPOTENT.has(method) || attempt >= limit)
                        throw network;
                    const wait = retryDelaySeconds(undefined, attempt);
                    log(`${network.message.replace(/\.$/, '')} on ${method} ${endpoint.url}; retrying in ${wait}s (attempt ${attempt + 2} of ${limit + 1}).`);
                    await new Promise((resolve) => setTimeout(resolve, wait * 1000));
                    continue;
                }
                const status = caught.status ?? 0;
                const headers = caught.response?.headers ?? {};
                if (!isTransient(status) || attempt >= limit)
                    throw caught;
                const wait = retryDelaySeconds(headers['retry-after'], attempt);
                log(`HTTP ${status} on ${method} ${endpoint.url}; retrying in ${wait}s${headers['retry-after'] ? ' (retry-after)' : ''} (attempt ${attempt + 2} of ${limit + 1}).`);
                await new Promise((resolve) => setTimeout(resolve, wait * 1000));
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
async function api(operation, call) {
    try {
        return await call();
    }
    catch (error) {
        throw toApiError(operation, error);
    }
}
function toApiError(operation, error) {
    if (error instanceof _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ApiError */ .hD)
        return error;
    // No HTTP answer at all: say what happened to the connection, with no status.
    if (error instanceof _lib_http_js__WEBPACK_IMPORTED_MODULE_4__/* .NetworkError */ .Dr)
        return new _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ApiError */ .hD(operation, undefined, error.message, { cause: error });
    const status = error.status;
    if (typeof status !== 'number')
        return error;
    const data = error.response?.data;
    const details = (data?.errors ?? [])
        .map((entry) => (typeof entry === 'string' ? entry : (entry.message ?? JSON.stringify(entry))))
        .filter(Boolean);
    const message = [data?.message ?? error.message, ...details].filter(Boolean).join('; ');
    return new _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ApiError */ .hD(operation, status, message || 'no message');
}
function httpStatus(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : error instanceof _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ApiError */ .hD ? error.status : undefined;
}
/** The GitHub answer of a failed request (`response.data`), when there was one. */
function errorData(error) {
    return error?.response?.data ?? {};
}


/***/ }),

/***/ 9556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ readRunContext)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7268);


function readRunContext(env = process.env) {
    const repository = env.GITHUB_REPOSITORY ?? '';
    const [owner, repo] = repository.split('/');
    if (!owner || !repo) {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`GITHUB_REPOSITORY must be set to "owner/repo" (the runner sets it), but was ${JSON.stringify(repository)}.`);
    }
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch (error) {
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`The event payload at ${env.GITHUB_EVENT_PATH} could not be read: ${error.message}.`);
        }
    }
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const runId = env.GITHUB_RUN_ID ?? '';
    return {
        owner,
        repo,
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        eventName: env.GITHUB_EVENT_NAME ?? '',
        payload,
        actor: env.GITHUB_ACTOR ?? '',
        triggeringActor: env.GITHUB_TRIGGERING_ACTOR || env.GITHUB_ACTOR || '',
        runId,
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
        serverUrl,
        apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        workflow: env.GITHUB_WORKFLOW ?? '',
        runUrl: runId ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` : `${serverUrl}/${owner}/${repo}`,
    };
}


/***/ }),

/***/ 4633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EQ: () => (/* binding */ repeatable),
/* harmony export */   FY: () => (/* binding */ ONE_ATTEMPT),
/* harmony export */   Ur: () => (/* binding */ createOnce),
/* harmony export */   e0: () => (/* binding */ newMark),
/* harmony export */   s1: () => (/* binding */ clientOptions),
/* harmony export */   z0: () => (/* binding */ hiddenMarker)
/* harmony export */ });
/* unused harmony export mayHaveBeenCreated */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lib_http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1931);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6584);



/** Pass as a create request's `request` option: the client must not send it a second time itself. */
const ONE_ATTEMPT = { retries: 0 };
/** A fresh mark for one create (the same for all its attempts). */
const newMark = () => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)();
/**
 * A hidden marker for a comment or issue body: an HTML comment, which GitHub does not render, in
 * the shape of shipgate's other machine-readable marks (`<!-- shipgate:<kind> {json} -->`). Only
 * letters, digits and dashes in the id, so nothing in it can close the comment early.
 */
const hiddenMarker = (mark) => `<!-- shipgate:create {"id":"${mark.replace(/[^A-Za-z0-9-]/g, '')}"} -->`;
/**
 * Whether a failed create may have been carried out: no HTTP answer at all (reset, timeout), or a
 * 5xx. A 4xx answer is GitHub refusing the request (nothing created); a connection that was never
 * made (the host does not resolve, the connection is refused) created nothing either, and trying
 * again would not help.
 */
function mayHaveBeenCreated(error) {
    if (error instanceof _lib_http_js__WEBPACK_IMPORTED_MODULE_1__/* .NetworkError */ .Dr)
        return error.passing;
    const status = (0,_client_js__WEBPACK_IMPORTED_MODULE_2__/* .httpStatus */ .nG)(error);
    // A 5xx may come after the write (a proxy that timed out); a bare 429 created nothing, but is
    // worth another attempt like any 429, and looking first costs one read.
    return status !== undefined && (status >= 500 || status === 429);
}
function retryAfter(error) {
    return error.response?.headers?.['retry-after'];
}
function describe(error) {
    if (error instanceof _lib_http_js__WEBPACK_IMPORTED_MODULE_1__/* .NetworkError */ .Dr)
        return `No answer (${error.message.replace(/\.$/, '')})`;
    return `HTTP ${(0,_client_js__WEBPACK_IMPORTED_MODULE_2__/* .httpStatus */ .nG)(error)}`;
}
/**
 * Create with `spec.create`; after an answer that may hide a creation, wait (retry-after, else 1,
 * 4, 9 s: GitHub's listings can trail a write by a moment), look with `spec.find`, and create
 * again only when nothing was found. The last failure is thrown as it is.
 */
async function createOnce(spec, options = {}) {
    const attempts = options.attempts ?? 4;
    const log = options.log ?? (() => undefined);
    for (let attempt = 1;; attempt++) {
        try {
            return { value: await spec.create(), found: false, attempts: attempt };
        }
        catch (error) {
            if (!mayHaveBeenCreated(error) || attempt >= attempts)
                throw error;
            const wait = (0,_client_js__WEBPACK_IMPORTED_MODULE_2__/* .retryDelaySeconds */ .jN)(retryAfter(error), attempt - 1);
            log(`${describe(error)} while trying to ${spec.what}; it may have been created all the same, so shipgate looks for it in ${wait}s before sending it again (attempt ${attempt + 1} of ${attempts}).`);
            await new Promise((resolve) => setTimeout(resolve, wait * 1000));
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
async function repeatable(what, send, options = {}) {
    return (await createOnce({ what, create: send, find: () => Promise.resolve(undefined) }, options)).value;
}
/**
 * createOnce's options from the client: its `retries` (a client made with `retries: 0` sends a
 * create once) and its log, where its own retry notices go too.
 */
function clientOptions(github) {
    const log = (message) => {
        github.log.warn(message);
    };
    return { attempts: (0,_client_js__WEBPACK_IMPORTED_MODULE_2__/* .retriesOf */ .Ko)(github) + 1, log };
}


/***/ }),

/***/ 1931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dr: () => (/* binding */ NetworkError),
/* harmony export */   Hl: () => (/* binding */ requestTimeoutMs),
/* harmony export */   Z6: () => (/* binding */ proxyFetch),
/* harmony export */   hg: () => (/* binding */ asNetworkError),
/* harmony export */   wj: () => (/* binding */ withTimeout)
/* harmony export */ });
/* unused harmony exports DEFAULT_REQUEST_TIMEOUT_MS, REQUEST_TIMEOUT_VARIABLE, proxyDispatcher */
/* harmony import */ var _actions_http_client_lib_proxy__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9783);
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6752);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7268);



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
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
const REQUEST_TIMEOUT_VARIABLE = 'SHIPGATE_REQUEST_TIMEOUT_SECONDS';
/** The per-request timeout from SHIPGATE_REQUEST_TIMEOUT_SECONDS (seconds, may be fractional), else 30 s. */
function requestTimeoutMs(env = process.env) {
    const text = env[REQUEST_TIMEOUT_VARIABLE]?.trim();
    if (!text)
        return DEFAULT_REQUEST_TIMEOUT_MS;
    const seconds = Number(text);
    if (!Number.isFinite(seconds) || seconds <= 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${REQUEST_TIMEOUT_VARIABLE} must be a number of seconds above 0, but was ${JSON.stringify(text)}.`);
    }
    return Math.ceil(seconds * 1000);
}
const proxyAgents = new Map();
/** The proxy dispatcher for a URL, or undefined when it goes direct (no proxy set, NO_PROXY, loopback). */
function proxyDispatcher(url) {
    const proxy = (0,_actions_http_client_lib_proxy__WEBPACK_IMPORTED_MODULE_0__/* .getProxyUrl */ .s)(new URL(url));
    if (!proxy?.hostname)
        return undefined;
    let agent = proxyAgents.get(proxy.href);
    if (!agent) {
        // Credentials in the proxy URL become Proxy-Authorization, as @actions/http-client sends them.
        const token = proxy.username || proxy.password ? `Basic ${Buffer.from(`${proxy.username}:${proxy.password}`).toString('base64')}` : undefined;
        agent = new undici__WEBPACK_IMPORTED_MODULE_1__.ProxyAgent({ uri: proxy.href, ...(token ? { token } : {}) });
        proxyAgents.set(proxy.href, agent);
    }
    return agent;
}
/**
 * The URL of a fetch input. Node's globals Request and Response are never touched here: the first
 * use of either loads Node's own copy of undici (about 25 ms of start-up), beside the copy
 * @actions/github brings.
 */
const urlOf = (input) => (typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
/**
 * fetch through the runner's proxy with the default timeout. The cast is the one place where
 * undici's own Request/Response types meet the global ones they are the implementation of.
 */
const proxyFetch = ((input, init = {}) => {
    const url = urlOf(input);
    const timeout = AbortSignal.timeout(requestTimeoutMs());
    const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    const dispatcher = proxyDispatcher(url);
    return (0,undici__WEBPACK_IMPORTED_MODULE_1__.fetch)(url, { ...init, signal, ...(dispatcher ? { dispatcher } : {}) });
});
/** What the system error codes of a failed connection mean, in a few words. */
const CODES = {
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
class NetworkError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo {
    host;
    code;
    name = 'NetworkError';
    constructor(host, code, cause, detail = CODES[code]) {
        super(`${host} could not be reached: ${code}${detail ? ` (${detail})` : ''}.`, { cause });
        this.host = host;
        this.code = code;
    }
    /** Whether trying again may help (timeouts and resets); a name that does not resolve will not. */
    get passing() {
        return PASSING_CODES.has(this.code);
    }
}
function hostOf(url) {
    try {
        return new URL(url).host;
    }
    catch {
        return String(url);
    }
}
/** The NetworkError for an error thrown by fetch (or anything in its cause chain), or undefined when it is not one. */
function asNetworkError(error, url) {
    const host = hostOf(url);
    for (let current = error, depth = 0; current && depth < 6; current = current.cause, depth++) {
        if (current instanceof NetworkError)
            return current;
        const { name, code } = current;
        if (name === 'TimeoutError')
            return new NetworkError(host, 'TIMEOUT', error);
        if (typeof code === 'string' && (/^E[A-Z_]+$/.test(code) || code.startsWith('UND_ERR'))) {
            // Behind a proxy, the proxy connects to the host: its refusal (a CONNECT answered 502 when
            // the name does not resolve there) comes back as an aborted request naming its status.
            const proxyStatus = /Proxy response \((\d+)\)/.exec(current.message ?? '')?.[1];
            return new NetworkError(host, code, error, proxyStatus ? `the proxy answered HTTP ${proxyStatus} to CONNECT` : undefined);
        }
    }
    return undefined;
}
/** undici hides why fetch failed in `cause` ("fetch failed" says nothing). */
function fetchFailure(error) {
    const cause = error.cause;
    const text = cause instanceof Error ? cause.message : typeof cause === 'string' ? cause : error?.message;
    return text || String(error);
}
/**
 * Wrap a fetch so that it times out after `timeoutMs`, reads the whole answer inside that time
 * (a body that stalls is a hung request too), and fails with a NetworkError when there is no
 * answer. A caller's own abort (cancellation) is passed through as it is.
 */
function withTimeout(fetcher, timeoutMs) {
    return async (input, init = {}) => {
        const url = urlOf(input);
        const timeout = AbortSignal.timeout(timeoutMs);
        const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
        try {
            const response = await fetcher(input, { ...init, signal });
            // Statuses that may not carry a body are passed on as they are.
            if ([101, 103, 204, 205, 304].includes(response.status))
                return response;
            const body = await response.arrayBuffer();
            return new undici__WEBPACK_IMPORTED_MODULE_1__.Response(body, { status: response.status, statusText: response.statusText, headers: [...response.headers] });
        }
        catch (error) {
            if (init.signal?.aborted)
                throw error;
            if (timeout.aborted)
                throw new NetworkError(hostOf(url), 'TIMEOUT', error);
            // fetch rejects only when no answer came: whatever it says (bad port, TLS), it is no HTTP status.
            throw asNetworkError(error, url) ?? new NetworkError(hostOf(url), fetchFailure(error), error);
        }
    };
}


/***/ }),

/***/ 1025:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ log)
/* harmony export */ });
/* unused harmony export neutralizeCommands */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9469);

/**
 * The one way actions write to the job log. The runner reads every line of a step's output as
 * a possible workflow command (`::error::...`, `::set-env ...::`, the older `##[...]` form),
 * after trimming leading white space. `core.warning`, `core.error` and `core.startGroup` escape
 * their text (line breaks become %0A), but `core.info` writes it as it is: a line break in an
 * environment name, a commit message or a report's file name would start a real command.
 *
 * So every info line goes through `neutralizeCommands`, which breaks the command marker with a
 * zero-width space (U+200B): the line still reads the same to a person, and the runner no
 * longer sees a command. Escaping was chosen over `::stop-commands::` because it needs no
 * state shared with the runner and cannot be ended early by the text it protects.
 */
/** White space the runner trims before looking for a command (.NET's Char.IsWhiteSpace, and more). */
const COMMAND_START = /^([\s\u0085]*)(::|##\[)/u;
/** Each line of `text` (split where the runner splits: \n, \r\n or \r) made unable to start a workflow command. */
function neutralizeCommands(text) {
    return text
        .split(/\r\n|\r|\n/)
        .map((line) => line.replace(COMMAND_START, (_match, space, marker) => `${space}${marker[0]}\u200b${marker.slice(1)}`))
        .join('\n');
}
const log = {
    info: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(neutralizeCommands(message)),
    /** The toolkit escapes the message and properties of an annotation: one line, never a second command. */
    warning: (message, properties) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message, properties),
    error: (message, properties) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(message, properties),
    notice: (message, properties) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(message, properties),
    startGroup: (name) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh(name),
    endGroup: () => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .endGroup */ .N4(),
    group: (name, work) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(name, work),
};


/***/ }),

/***/ 3862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ codeSpan),
/* harmony export */   p: () => (/* binding */ markdownText)
/* harmony export */ });
/**
 * User text (environment names, versions, commit subjects, reasons, file paths, messages) in
 * GitHub-flavoured markdown: job summaries, comments, check runs, issues and release notes.
 * One set of rules for all of them, so text reads the same everywhere and can do nothing else:
 *
 * - it never @-mentions anyone: GitHub links (and notifies) `@login` and `@org/team` in rendered
 *   text, and a backslash does not stop it, so a zero-width joiner (U+200D) goes after the `@`;
 *   the text still reads "@alice";
 * - it never becomes HTML: `<` and `>` are written as entities, so `<img ...>` shows as text and
 *   `<!--` / `-->` can neither open nor close an HTML comment (which would hide the rest of the
 *   page, or end shipgate's own machine-readable comment);
 * - it never breaks a table or a line: a line break becomes a space, `|` an entity, and the
 *   emphasis, link and code characters are escaped, so a backtick or a `](` cannot change what
 *   follows.
 */
const MENTION = /@(?=[A-Za-z0-9])/g;
const ZWJ = '\u200d';
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/g;
/** Plain user text as inline markdown that renders as exactly that text. */
function markdownText(text) {
    return (text
        .replace(LINE_BREAK, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '&#124;')
        // Markdown's own punctuation: emphasis, code, links, images, strikethrough, escapes.
        .replace(/[\\`*_[\]~]/g, (char) => `\\${char}`)
        // At the start of a line it could open a heading or a list, or underline the line before.
        .replace(/^(#{1,6}|[+-])(?=\s|$)/, '\\$1')
        .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
        .replace(/^([=-])(?=[=-]*\s*$)/, '\\$1')
        .replace(MENTION, `@${ZWJ}`));
}
/**
 * User text as a code span (versions, refs, file paths, commands). Inside a code span GitHub
 * renders HTML and mentions as text, and the fence is longer than any run of backticks in the
 * text, so it cannot be closed early; a line break becomes a space. Text with a `|` is given as
 * markdownText instead: a pipe splits a table cell even inside a code span, and its escape
 * (`\|`) would show as typed outside a table, so no code span is right in both places.
 */
function codeSpan(text) {
    const flat = text.replace(LINE_BREAK, ' ');
    if (flat === '' || flat.includes('|'))
        return markdownText(text);
    const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    // CommonMark strips one space on each side of a span's content: pad when it starts or ends
    // with a backtick (needed) or a space (kept as given).
    const pad = /^[` ]|[` ]$/.test(flat) ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}


/***/ }),

/***/ 3673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ shortSha)
/* harmony export */ });
/**
 * A commit for people: the first 7 hex digits of a full sha (as GitHub shows it); anything else
 * (a tag, a branch, an already short sha) is returned as it is, so refs can be passed too.
 */
function shortSha(shaOrRef) {
    return /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(shaOrRef) ? shaOrRef.slice(0, 7) : shaOrRef;
}


/***/ })

};
