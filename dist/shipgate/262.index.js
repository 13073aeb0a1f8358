export const id = 262;
export const ids = [262];
export const modules = {

/***/ 4110:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $k: () => (/* binding */ queryPrometheus),
/* harmony export */   Jn: () => (/* binding */ promDuration),
/* harmony export */   RY: () => (/* binding */ DEFAULT_P95_LATENCY_QUERY),
/* harmony export */   Ux: () => (/* binding */ checkMetrics),
/* harmony export */   VE: () => (/* binding */ DEFAULT_ERROR_RATE_QUERY),
/* harmony export */   hz: () => (/* binding */ waitForWindow),
/* harmony export */   no: () => (/* binding */ renderQuery)
/* harmony export */ });
/* unused harmony exports QUERY_TIMEOUT_MS, parseSample, parsePrometheusResponse, queryUrl, judgeMetric */
/* harmony import */ var _lib_http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1931);
/* harmony import */ var _runtime_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(971);
/* harmony import */ var _lib_duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2543);



/**
 * Service-level verification through Prometheus' HTTP API (GET /api/v1/query, instant queries).
 *
 * The default error-rate query divides 5xx request rate by all request rate. Instrumentation
 * libraries name the status label differently (`code` in the Prometheus conventions and Go's
 * promhttp, `status` or `status_code` in many Node and Python middlewares), so the numerator
 * takes the first of the three that has series (`or`), and `or vector(0)` makes "no 5xx series at
 * all" read as zero errors rather than as no data. A service without any requests in the window
 * still gives no value (0/0 or an empty denominator): that fails verification, never passes.
 */
const DEFAULT_ERROR_RATE_QUERY = '(sum(rate(http_requests_total{code=~"5.."}[{window}]))' +
    ' or sum(rate(http_requests_total{status=~"5.."}[{window}]))' +
    ' or sum(rate(http_requests_total{status_code=~"5.."}[{window}]))' +
    ' or vector(0))' +
    ' / sum(rate(http_requests_total[{window}]))';
/** p95 request latency in seconds from the conventional histogram. */
const DEFAULT_P95_LATENCY_QUERY = 'histogram_quantile(0.95, sum(rate(http_request_duration_seconds_bucket[{window}])) by (le))';
/** The longest one Prometheus query may take. */
const QUERY_TIMEOUT_MS = 30_000;
/** A PromQL range duration for a window: whole seconds as "60s", anything finer in milliseconds. */
function promDuration(windowMs) {
    const ms = Math.max(1, Math.round(windowMs));
    return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`;
}
/** Substitute every `{window}` in a query template. */
function renderQuery(template, windowMs) {
    return template.replaceAll('{window}', promDuration(windowMs));
}
/** A sample value as Prometheus writes it: a number, "NaN", "+Inf" or "-Inf". */
const parseSample = (text) => (text === '+Inf' ? Infinity : text === '-Inf' ? -Infinity : Number(text));
/**
 * Read a Prometheus API answer (already JSON-parsed). Vector and scalar results give values;
 * an error status, a matrix/string result or an empty vector give a reason instead.
 */
function parsePrometheusResponse(body) {
    const answer = body;
    if (!answer || typeof answer !== 'object')
        return { ok: false, reason: 'the answer was not a Prometheus API response' };
    if (answer.status !== 'success') {
        return { ok: false, reason: `it answered status ${JSON.stringify(answer.status ?? null)}${answer.error ? ` (${answer.errorType ?? 'error'}: ${answer.error})` : ''}` };
    }
    const { resultType, result } = answer.data ?? {};
    if (resultType === 'scalar') {
        const value = parseSample(result?.[1]);
        return { ok: true, values: [value] };
    }
    if (resultType !== 'vector')
        return { ok: false, reason: `the query gave a ${resultType ?? 'missing'} result, but an instant vector or scalar is needed` };
    const series = Array.isArray(result) ? result : [];
    if (series.length === 0)
        return { ok: false, reason: 'the query returned no data (the metric is missing or nothing was recorded in the window)' };
    return { ok: true, values: series.map((entry) => parseSample(entry.value?.[1])) };
}
/** The base URL joined with api/v1/query, keeping a path prefix (a Prometheus behind /prometheus/). */
function queryUrl(baseUrl, query) {
    const url = new URL('api/v1/query', baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
    url.searchParams.set('query', query);
    return url.toString();
}
/** Run one instant query; resolves with the parsed value or the reason there is none (never rejects except on cancel). */
async function queryPrometheus(baseUrl, query, options = {}) {
    // Through the runner's proxy (HTTPS_PROXY / NO_PROXY), which Node's own fetch ignores.
    const fetcher = options.fetch ?? _lib_http_js__WEBPACK_IMPORTED_MODULE_0__/* .proxyFetch */ .Z6;
    const signals = [AbortSignal.timeout(options.timeoutMs ?? QUERY_TIMEOUT_MS)];
    if (options.signal)
        signals.push(options.signal);
    let response;
    try {
        response = await fetcher(queryUrl(baseUrl, query), { signal: AbortSignal.any(signals), headers: { accept: 'application/json' } });
    }
    catch (error) {
        (0,_runtime_js__WEBPACK_IMPORTED_MODULE_1__/* .throwIfCancelled */ .dZ)(options.signal);
        return { ok: false, reason: `Prometheus at ${baseUrl} could not be reached (${(0,_runtime_js__WEBPACK_IMPORTED_MODULE_1__/* .describeFetchError */ .Op)(error)})` };
    }
    const text = await response.text().catch(() => '');
    let body;
    try {
        body = JSON.parse(text);
    }
    catch {
        body = undefined;
    }
    if (!response.ok) {
        const detail = body?.error ?? text.slice(0, 200).trim();
        return { ok: false, reason: `Prometheus at ${baseUrl} answered HTTP ${response.status}${detail ? ` (${detail})` : ''}` };
    }
    if (body === undefined)
        return { ok: false, reason: `Prometheus at ${baseUrl} answered something that is not JSON` };
    return parsePrometheusResponse(body);
}
const formatValue = (value, unit) => unit === '%' ? `${Number(value.toFixed(value < 1 ? 3 : 2))}%` : `${Number.isFinite(value) ? Math.round(value) : value} ms`;
/** Judge one query's answer against its threshold. Several series are judged by the worst one. */
function judgeMetric(name, query, answer, threshold, windowMs) {
    const unit = name === 'error rate' ? '%' : 'ms';
    const base = { name, query, threshold, unit };
    if (!answer.ok) {
        return { ...base, ok: false, detail: `The ${name} could not be verified: ${answer.reason}.` };
    }
    const values = answer.values.filter((value) => !Number.isNaN(value));
    if (values.length === 0) {
        return { ...base, ok: false, detail: `The ${name} could not be verified: Prometheus gave NaN, which means no requests were recorded in the ${promDuration(windowMs)} window.` };
    }
    const worst = Math.max(...values);
    const measured = unit === '%' ? worst * 100 : worst * 1000;
    const ok = measured <= threshold;
    const figure = Number.isFinite(measured) ? formatValue(measured, unit) : 'above the largest histogram bucket';
    const detail = ok
        ? `The ${name} was ${figure} over the last ${promDuration(windowMs)} (at most ${formatValue(threshold, unit)} allowed).`
        : `The ${name} was ${figure} over the last ${promDuration(windowMs)}, above the ${formatValue(threshold, unit)} allowed.`;
    return { ...base, ok, measured, detail };
}
/**
 * Wait for the window to pass, so that it covers only the new version, logging progress; the
 * caller starts this right after the health checks passed.
 */
async function waitForWindow(windowMs, logger, signal) {
    const started = Date.now();
    const step = Math.max(5000, Math.ceil(windowMs / 6 / 1000) * 1000);
    logger.info(`Collecting ${promDuration(windowMs)} of service metrics from the new version before judging them.`);
    for (;;) {
        const left = windowMs - (Date.now() - started);
        if (left <= 0)
            return;
        await (0,_runtime_js__WEBPACK_IMPORTED_MODULE_1__/* .sleep */ .yy)(Math.min(step, left), signal);
        const remaining = windowMs - (Date.now() - started);
        if (remaining > 0)
            logger.info(`Verify window: ${(0,_lib_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDurationCompact */ .z)(Date.now() - started)} of ${(0,_lib_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDurationCompact */ .z)(windowMs)} elapsed.`);
    }
}
/** Query and judge the error rate and the p95 latency (both, so the report shows both figures). */
async function checkMetrics(options) {
    const queries = [
        ['error rate', renderQuery(options.errorRateQuery ?? DEFAULT_ERROR_RATE_QUERY, options.windowMs), options.maxErrorRate],
        ['p95 latency', renderQuery(options.p95LatencyQuery ?? DEFAULT_P95_LATENCY_QUERY, options.windowMs), options.maxP95Latency],
    ];
    const checks = [];
    for (const [name, query, threshold] of queries) {
        options.logger.info(`Querying Prometheus for the ${name}: ${query}`);
        const answer = await queryPrometheus(options.prometheusUrl, query, { fetch: options.fetch, signal: options.signal });
        const check = judgeMetric(name, query, answer, threshold, options.windowMs);
        (check.ok ? options.logger.info : options.logger.warning).call(options.logger, check.detail);
        checks.push(check);
    }
    return checks;
}


/***/ }),

/***/ 971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Op: () => (/* binding */ describeFetchError),
/* harmony export */   cc: () => (/* binding */ CancelledError),
/* harmony export */   dZ: () => (/* binding */ throwIfCancelled),
/* harmony export */   h0: () => (/* binding */ short),
/* harmony export */   mm: () => (/* binding */ isCancelled),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/* unused harmony export silentLogger */
const silentLogger = { info: () => undefined, warning: () => undefined };
/** Thrown by waits when the run is cancelled (SIGTERM/SIGINT from the runner). */
class CancelledError extends Error {
    reason;
    name = 'CancelledError';
    constructor(reason = 'cancelled') {
        super(`The deploy was ${reason}.`);
        this.reason = reason;
    }
}
function isCancelled(error, signal) {
    return error instanceof CancelledError || (signal?.aborted ?? false);
}
function throwIfCancelled(signal) {
    if (signal?.aborted)
        throw signal.reason instanceof CancelledError ? signal.reason : new CancelledError();
}
/** Wait `ms`, or reject with CancelledError as soon as `signal` aborts. */
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted) {
            reject(signal.reason instanceof CancelledError ? signal.reason : new CancelledError());
            return;
        }
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason instanceof CancelledError ? signal.reason : new CancelledError());
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, Math.max(0, ms));
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
/** A short sha for messages. */
const short = (sha) => (/^[0-9a-f]{40}$/.test(sha) ? sha.slice(0, 7) : sha);
/** Describe a failed fetch: undici hides the reason (ECONNREFUSED, timeout) in `cause`. */
function describeFetchError(error) {
    const err = error;
    if (err?.name === 'TimeoutError')
        return 'no answer before the attempt timed out';
    if (err?.cause?.code)
        return err.cause.code;
    if (err?.cause?.message)
        return err.cause.message;
    return err?.message ?? String(error);
}


/***/ }),

/***/ 6887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jn: () => (/* binding */ listDeployments),
/* harmony export */   Wj: () => (/* binding */ ACTIVE_STATES),
/* harmony export */   Yd: () => (/* binding */ SHIPGATE_TASK),
/* harmony export */   Yy: () => (/* binding */ createDeployment),
/* harmony export */   gt: () => (/* binding */ createDeploymentStatus),
/* harmony export */   i8: () => (/* binding */ getDeployment),
/* harmony export */   oJ: () => (/* binding */ listDeploymentStatuses)
/* harmony export */ });
/* unused harmony exports fitDescription, deploymentRefusal, failingContexts */
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7268);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6584);
/* harmony import */ var _create_once_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4633);



/**
 * The `task` of every deployment shipgate creates. GitHub creates a deployment of its own (task
 * `deploy`, empty payload) for every job that declares `environment:`, with no opt-out; the task
 * tells them apart, so only shipgate's deployments count as live, running or rolled back, and a
 * list can ask for them alone (`GET /deployments?task=`).
 */
const SHIPGATE_TASK = 'deploy:shipgate';
/** States of a deployment that is still running (another deploy must wait for it). */
const ACTIVE_STATES = ['in_progress', 'queued', 'pending'];
/** GitHub answers the payload as the object it was given; some servers answer it as a JSON string. */
function readPayload(payload) {
    let value = payload;
    if (typeof value === 'string') {
        try {
            value = value ? JSON.parse(value) : {};
        }
        catch {
            value = {};
        }
    }
    return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
}
const asDeployment = (data) => ({
    id: data.id,
    sha: data.sha,
    ref: data.ref,
    environment: data.environment ?? '',
    task: data.task ?? 'deploy',
    description: data.description ?? null,
    created_at: data.created_at,
    creator: data.creator?.login,
    payload: readPayload(data.payload),
});
const asStatus = (data) => ({
    id: data.id,
    state: data.state,
    description: data.description ?? '',
    environment_url: data.environment_url ?? '',
    log_url: data.log_url ?? '',
    created_at: data.created_at,
});
/** GitHub caps a status description at 140 characters. */
const fitDescription = (text) => (text.length > 140 ? `${text.slice(0, 139)}…` : text);
/**
 * POST /deployments. GitHub's answers that create nothing become one-sentence user errors:
 * 202 (it merged the default branch into the ref instead), 409 (required status checks failed or
 * a merge conflict) and 422 (ref unknown, invalid parameters).
 */
async function createDeployment(github, repo, params) {
    const where = `${params.environment} (${params.ref.slice(0, 12)})`;
    // A random id in the payload finds this deployment again when an answer is lost (createOnce).
    const createId = (0,_create_once_js__WEBPACK_IMPORTED_MODULE_2__/* .newMark */ .e0)();
    return (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .api */ .FH)(`create the deployment of ${where}`, async () => {
        const created = await (0,_create_once_js__WEBPACK_IMPORTED_MODULE_2__/* .createOnce */ .Ur)({
            what: `create the deployment of ${where}`,
            create: async () => {
                let response;
                try {
                    // 409 and 422 are final; a lost answer or a 5xx is handled by createOnce.
                    response = await github.rest.repos.createDeployment({
                        ...repo,
                        ref: params.ref,
                        task: SHIPGATE_TASK,
                        auto_merge: false,
                        required_contexts: params.requiredContexts ?? [],
                        payload: { ...params.payload, create_id: createId },
                        environment: params.environment,
                        description: fitDescription(params.description),
                        transient_environment: false,
                        production_environment: params.production,
                        request: _create_once_js__WEBPACK_IMPORTED_MODULE_2__/* .ONE_ATTEMPT */ .FY,
                    });
                }
                catch (error) {
                    throw deploymentRefusal(error, where) ?? error;
                }
                if (response.status === 202 || !('id' in response.data)) {
                    const message = ('message' in response.data ? response.data.message : undefined) ?? 'no message';
                    throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`GitHub did not create a deployment of ${where} and answered 202 instead ("${message}"); shipgate deploys exactly the given commit, so nothing was deployed.`);
                }
                return asDeployment(response.data);
            },
            // The newest 100 of the environment: the lost attempt was made seconds ago.
            find: async () => (await listDeployments(github, repo, { environment: params.environment, task: SHIPGATE_TASK })).find((deployment) => deployment.payload.create_id === createId),
        }, (0,_create_once_js__WEBPACK_IMPORTED_MODULE_2__/* .clientOptions */ .s1)(github));
        return created.value;
    });
}
/** The UserError for a 409 or 422 answer to POST /deployments, or undefined for other failures. */
function deploymentRefusal(error, where) {
    const status = (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .httpStatus */ .nG)(error);
    const data = (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .errorData */ .ZO)(error);
    const message = data.message ?? error.message ?? '';
    if (status === 409) {
        const failing = failingContexts(data.errors);
        if (failing.length > 0) {
            return new _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`GitHub refused to create the deployment of ${where} because required status checks are not green: ${failing.join(', ')}.`);
        }
        return new _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`GitHub refused to create the deployment of ${where} with a conflict: ${message || 'HTTP 409'}.`);
    }
    if (status === 422) {
        const details = (data.errors ?? [])
            .map((entry) => (typeof entry === 'string' ? entry : (entry.message ?? JSON.stringify(entry))))
            .filter(Boolean);
        return new _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`GitHub refused to create the deployment of ${where} as invalid: ${[message, ...details].filter(Boolean).join('; ')}.`);
    }
    return undefined;
}
/** "ci (failure), lint (pending)" from a 409's errors[].contexts. */
function failingContexts(errors) {
    const names = [];
    for (const entry of Array.isArray(errors) ? errors : []) {
        const contexts = entry.contexts;
        for (const context of Array.isArray(contexts) ? contexts : []) {
            const { context: name, state } = context;
            if (name && state !== 'success')
                names.push(state ? `${name} (${state})` : name);
        }
    }
    return names;
}
/**
 * POST /deployments/{id}/statuses. `auto_inactive` is always false: shipgate marks the previous
 * deployment inactive itself, the same way for production and non-production environments.
 */
async function createDeploymentStatus(github, repo, id, params) {
    const what = `set the status of deployment ${id} to ${params.state}`;
    return (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .api */ .FH)(what, async () => {
        // A second copy of the newest status changes no state anyone reads: resent after a lost answer.
        const { data } = await (0,_create_once_js__WEBPACK_IMPORTED_MODULE_2__/* .repeatable */ .EQ)(what, () => github.rest.repos.createDeploymentStatus({
            ...repo,
            deployment_id: id,
            state: params.state,
            description: fitDescription(params.description),
            ...(params.logUrl ? { log_url: params.logUrl } : {}),
            ...(params.environmentUrl ? { environment_url: params.environmentUrl } : {}),
            auto_inactive: false,
            request: _create_once_js__WEBPACK_IMPORTED_MODULE_2__/* .ONE_ATTEMPT */ .FY,
        }), (0,_create_once_js__WEBPACK_IMPORTED_MODULE_2__/* .clientOptions */ .s1)(github));
        return asStatus(data);
    });
}
/** One page of an environment's deployments, newest first (as GitHub lists them). */
async function listDeployments(github, repo, params) {
    return (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .api */ .FH)(`list the deployments of ${params.environment}`, async () => {
        const { data } = await github.rest.repos.listDeployments({
            ...repo,
            environment: params.environment,
            ...(params.task ? { task: params.task } : {}),
            ...(params.sha ? { sha: params.sha } : {}),
            per_page: params.perPage ?? 100,
            page: params.page ?? 1,
        });
        return data.map(asDeployment).sort((a, b) => b.id - a.id);
    });
}
/** One deployment by id, or undefined when there is none (404). */
async function getDeployment(github, repo, id) {
    return (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .api */ .FH)(`read deployment ${id}`, async () => {
        try {
            const { data } = await github.rest.repos.getDeployment({ ...repo, deployment_id: id });
            return asDeployment(data);
        }
        catch (error) {
            if ((0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .httpStatus */ .nG)(error) === 404)
                return undefined;
            throw error;
        }
    });
}
/**
 * The statuses of one deployment, newest first. One request of up to 100: a shipgate deployment
 * has a handful (in_progress per phase, then a final one, later inactive).
 */
async function listDeploymentStatuses(github, repo, id) {
    return (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .api */ .FH)(`read the statuses of deployment ${id}`, async () => {
        const { data } = await github.rest.repos.listDeploymentStatuses({
            ...repo,
            deployment_id: id,
            per_page: 100,
        });
        return data.map(asStatus).sort((a, b) => b.id - a.id);
    });
}


/***/ }),

/***/ 2543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ formatDurationInWords),
/* harmony export */   z: () => (/* binding */ formatDurationCompact)
/* harmony export */ });
/**
 * Two ways to write a duration, named by their output: compact figures for measured times in
 * logs and tables, words for the limits people set (in an issue or a sentence).
 */
/** "850 ms", "1.2s", "45s", "3m 05s". */
function formatDurationCompact(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    const seconds = ms / 1000;
    if (seconds < 60)
        return `${seconds < 10 ? seconds.toFixed(1) : Math.round(seconds)}s`;
    const whole = Math.round(seconds);
    const minutes = Math.floor(whole / 60);
    return `${minutes}m ${String(whole % 60).padStart(2, '0')}s`;
}
/** "90 seconds", "5 minutes", "2.5 hours". */
function formatDurationInWords(ms) {
    const amount = (value, unit) => {
        const rounded = Math.round(value * 10) / 10;
        return `${rounded} ${unit}${rounded === 1 ? '' : 's'}`;
    };
    if (ms < 120_000)
        return amount(ms / 1000, 'second');
    if (ms < 120 * 60_000)
        return amount(ms / 60_000, 'minute');
    return amount(ms / 3_600_000, 'hour');
}


/***/ })

};
