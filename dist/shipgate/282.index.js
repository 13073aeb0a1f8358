export const id = 282;
export const ids = [282,422];
export const modules = {

/***/ 5422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readInputs: () => (/* binding */ readInputs),
/* harmony export */   readVerifyInputs: () => (/* binding */ readVerifyInputs)
/* harmony export */ });
function readVerifyInputs(reader) {
    const inputs = {
        command: reader.string('command'),
        url: reader.optional('url'),
        'health-check-url': reader.list('health-check-url'),
        'health-check-timeout': reader.duration('health-check-timeout', 's', 300),
        'health-check-interval': reader.duration('health-check-interval', 's', 5),
        'prometheus-url': reader.optional('prometheus-url'),
        'max-error-rate': reader.percent('max-error-rate', 1),
        'max-p95-latency': reader.number('max-p95-latency', 500, { min: 0 }),
        'verify-window': reader.duration('verify-window', 's', 60),
        'error-rate-query': reader.optional('error-rate-query'),
        'p95-latency-query': reader.optional('p95-latency-query'),
        timeout: reader.duration('timeout', 'm', undefined),
        'dry-run': reader.boolean('dry-run', false),
        'github-token': reader.string('github-token'),
    };
    for (const url of [...inputs['health-check-url'], ...(inputs['prometheus-url'] ? [inputs['prometheus-url']] : [])]) {
        if (!/^https?:\/\/[^\s/]+/.test(url)) {
            reader.fail(`Input "${url === inputs['prometheus-url'] ? 'prometheus-url' : 'health-check-url'}" must be an http(s) URL, but was ${JSON.stringify(url)}.`);
        }
    }
    if (!inputs.command && !inputs['dry-run'])
        reader.fail('Input "command" is required unless dry-run is true, but was not given.');
    return inputs;
}
function readInputs(reader) {
    const environment = reader.required('environment');
    const production = reader.raw('production') === '' ? undefined : reader.boolean('production', false);
    return {
        environment,
        ref: reader.optional('ref'),
        production,
        'require-deployed-to': reader.optional('require-deployed-to'),
        'auto-rollback': reader.boolean('auto-rollback', true),
        force: reader.boolean('force', false),
        ...readVerifyInputs(reader),
    };
}


/***/ }),

/***/ 2282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   coreLogger: () => (/* binding */ coreLogger),
/* harmony export */   report: () => (/* binding */ report),
/* harmony export */   reportCancelled: () => (/* binding */ reportCancelled),
/* harmony export */   run: () => (/* binding */ run),
/* harmony export */   verifySettings: () => (/* binding */ verifySettings),
/* harmony export */   withCancellation: () => (/* binding */ withCancellation)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3218);
/* harmony import */ var _lib_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1662);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7268);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6584);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9556);
/* harmony import */ var _deploy_deploy_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8045);
/* harmony import */ var _deploy_report_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5505);
/* harmony import */ var _deploy_runtime_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(971);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5422);









const coreLogger = {
    info: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(message),
    warning: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message),
    startGroup: (name) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh(name),
    endGroup: () => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .endGroup */ .N4(),
};
/** The verification inputs (shared with rollback) in the domain's units. */
function verifySettings(inputs) {
    return {
        healthCheckUrls: inputs['health-check-url'],
        healthCheckTimeoutMs: inputs['health-check-timeout'] * 1000,
        healthCheckIntervalMs: inputs['health-check-interval'] * 1000,
        prometheusUrl: inputs['prometheus-url'],
        maxErrorRate: inputs['max-error-rate'],
        maxP95Latency: inputs['max-p95-latency'],
        verifyWindowMs: inputs['verify-window'] * 1000,
        errorRateQuery: inputs['error-rate-query'],
        p95LatencyQuery: inputs['p95-latency-query'],
    };
}
/**
 * Turn the runner's cancel (SIGINT, then SIGTERM) into an AbortSignal, so the deploy command is
 * stopped and the deployment still gets its final status before the process exits.
 */
async function withCancellation(work) {
    const controller = new AbortController();
    const onSignal = (signal) => {
        if (controller.signal.aborted)
            return;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Received ${signal}: stopping and recording the deployment as cancelled.`);
        controller.abort(new _deploy_runtime_js__WEBPACK_IMPORTED_MODULE_7__/* .CancelledError */ .cc());
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
    try {
        return await work(controller.signal);
    }
    finally {
        process.off('SIGTERM', onSignal);
        process.off('SIGINT', onSignal);
    }
}
/** Outputs, the job summary and the verdict of a deploy or rollback outcome. */
async function report(outcome) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('sha', outcome.sha);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('ref', outcome.ref);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('previous-ref', outcome.previous?.ref ?? '');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('environment-url', outcome.environmentUrl);
    if (outcome.status !== 'dry-run') {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('deployment-id', String(outcome.deploymentId ?? ''));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('status', outcome.status);
    }
    for (const step of outcome.plan ?? [])
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`[dry-run] ${step}`);
    if (process.env.GITHUB_STEP_SUMMARY)
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw((0,_deploy_report_js__WEBPACK_IMPORTED_MODULE_6__/* .renderSummary */ .B)(outcome)).write();
    if (outcome.status === 'failure' || outcome.status === 'rolled-back')
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(outcome.message);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(outcome.message);
}
/** A cancelled deploy returns no outcome: set the outputs it can (status failure) before the step fails. */
function reportCancelled(error) {
    const { deploymentId, sha, ref, environmentUrl } = error.details;
    if (sha)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('sha', sha);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('ref', ref);
    if (environmentUrl)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('environment-url', environmentUrl);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('deployment-id', deploymentId === undefined ? '' : String(deploymentId));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('status', 'failure');
}
async function run(source = _lib_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .envInputSource */ .l) {
    const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_8__.readInputs)(new _lib_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .InputReader */ .i(source));
    const context = (0,_github_context_js__WEBPACK_IMPORTED_MODULE_4__/* .readRunContext */ .$)();
    const ref = inputs.ref ?? context.sha;
    if (!ref)
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('Input "ref" is empty and GITHUB_SHA is not set, so there is nothing to deploy; give a ref (sha, branch or tag).');
    // The workflow's own tag names the version when the run was started by a tag push.
    const version = !inputs.ref && context.ref.startsWith('refs/tags/') ? context.ref.slice('refs/tags/'.length) : undefined;
    const github = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_3__/* .createGitHub */ .Cl)({ token: inputs['github-token'], log: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(message) });
    let outcome;
    try {
        outcome = await withCancellation((signal) => (0,_deploy_deploy_js__WEBPACK_IMPORTED_MODULE_5__/* .runDeployment */ .pw)({
            environment: inputs.environment,
            ref,
            version,
            command: inputs.command,
            url: inputs.url,
            production: inputs.production,
            requireDeployedTo: inputs['require-deployed-to'],
            autoRollback: inputs['auto-rollback'],
            commandTimeoutMs: inputs.timeout === undefined ? undefined : inputs.timeout * 60_000,
            force: inputs.force,
            dryRun: inputs['dry-run'],
            verify: verifySettings(inputs),
            mode: 'deploy',
        }, {
            github,
            repo: { owner: context.owner, repo: context.repo },
            run: { url: context.runUrl, actor: context.triggeringActor || context.actor, serverUrl: context.serverUrl },
            logger: coreLogger,
            signal,
        }));
    }
    catch (error) {
        if (error instanceof _deploy_deploy_js__WEBPACK_IMPORTED_MODULE_5__/* .DeploymentCancelled */ .zd)
            reportCancelled(error);
        throw error;
    }
    await report(outcome);
}


/***/ }),

/***/ 8045:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zd: () => (/* binding */ DeploymentCancelled),
  pw: () => (/* binding */ runDeployment)
});

// UNUSED EXPORTS: TIMING, deploymentsPage

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: ./src/github/commits.ts
var commits = __webpack_require__(149);
// EXTERNAL MODULE: ./src/github/deployments.ts
var deployments = __webpack_require__(6887);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/deploy/runtime.ts
var runtime = __webpack_require__(971);
// EXTERNAL MODULE: ./src/lib/child-env.ts
var child_env = __webpack_require__(2979);
;// CONCATENATED MODULE: ./src/deploy/command.ts




/**
 * The deploy command runs as `bash -e -o pipefail -c <command>`: like a workflow `run:` step
 * with `shell: bash` (errexit and pipefail), so a failing line or pipe stage fails the deploy
 * instead of being ignored. It runs in its own process group so a timeout or a cancel stops the
 * whole tree (SIGTERM, then SIGKILL after a grace period), not just bash.
 */
const SHELL = ['bash', '-e', '-o', 'pipefail', '-c'];
/** How long a stopped command gets between SIGTERM and SIGKILL. The runner allows ~10 s after a cancel. */
const KILL_GRACE_MS = 5000;
/**
 * The command's environment: the process environment (so secrets handed to the step through
 * `env:` reach it) plus the SHIPGATE_* variables. The action's own INPUT_* variables are left out:
 * they hold the github-token, which a deploy command has no business seeing.
 */
function commandEnvironment(base, variables) {
    return { ...(0,child_env/* withoutActionInputs */.m)(base), ...variables };
}
/** One sentence for a command that did not succeed, or undefined when it did. */
function describeCommandFailure(result, timeoutMs) {
    if (result.timedOut)
        return `The deploy command did not finish within its timeout of ${(0,runtime/* formatDuration */.a3)(timeoutMs ?? 0)} and was stopped.`;
    if (result.cancelled)
        return 'The deploy command was stopped because the run was cancelled.';
    if (result.signal)
        return `The deploy command was killed by ${result.signal}.`;
    if (result.exitCode !== 0)
        return `The deploy command failed with exit code ${result.exitCode}.`;
    return undefined;
}
/**
 * Whether any process of the group still runs. kill(-pgid, 0) also counts zombies, which an
 * init that does not reap orphans (containers) leaves behind, so on Linux /proc is asked first.
 */
const groupAlive = (pgid) => {
    try {
        process.kill(-pgid, 0);
    }
    catch {
        return false;
    }
    if (process.platform !== 'linux')
        return true;
    try {
        for (const entry of (0,external_node_fs_.readdirSync)('/proc')) {
            if (!/^\d+$/.test(entry))
                continue;
            let stat;
            try {
                stat = (0,external_node_fs_.readFileSync)(`/proc/${entry}/stat`, 'utf8');
            }
            catch {
                continue;
            }
            // pid (comm) state ppid pgrp ...; comm may contain spaces and parentheses.
            const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
            if (Number(fields[2]) === pgid && fields[0] !== 'Z')
                return true;
        }
        return false;
    }
    catch {
        return true;
    }
};
const killGroup = (pid, signal) => {
    try {
        process.kill(-pid, signal);
    }
    catch {
        // The group is gone already.
    }
};
/** Run the deploy command, streaming its output; resolves when it has exited (never rejects on a failing command). */
function runCommand(options) {
    const started = Date.now();
    const grace = options.killGraceMs ?? KILL_GRACE_MS;
    const output = options.output ?? ((chunk) => process.stdout.write(chunk));
    if (options.signal?.aborted)
        return Promise.reject(new runtime/* CancelledError */.cc());
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(SHELL[0], [...SHELL.slice(1), options.command], {
            cwd: options.cwd,
            env: options.env,
            detached: true,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        let timedOut = false;
        let cancelled = false;
        let stopping = false;
        let killTimer;
        const pid = child.pid;
        const stop = () => {
            if (stopping || pid === undefined)
                return;
            stopping = true;
            killGroup(pid, 'SIGTERM');
            killTimer = setTimeout(() => killGroup(pid, 'SIGKILL'), grace);
        };
        const timeoutTimer = options.timeoutMs
            ? setTimeout(() => {
                timedOut = true;
                stop();
            }, options.timeoutMs)
            : undefined;
        const onAbort = () => {
            cancelled = true;
            stop();
        };
        options.signal?.addEventListener('abort', onAbort, { once: true });
        child.stdout.setEncoding('utf8').on('data', output);
        child.stderr.setEncoding('utf8').on('data', output);
        child.on('error', (error) => {
            clearTimeout(timeoutTimer);
            clearTimeout(killTimer);
            options.signal?.removeEventListener('abort', onAbort);
            reject(new Error(`The deploy command could not be started (${SHELL.join(' ')}): ${error.message}`, { cause: error }));
        });
        child.on('exit', (exitCode, signal) => {
            clearTimeout(timeoutTimer);
            options.signal?.removeEventListener('abort', onAbort);
            const finish = async () => {
                // A stopped command's children get the rest of the grace period, then SIGKILL.
                if (stopping && pid !== undefined) {
                    const deadline = Date.now() + grace;
                    while (groupAlive(pid) && Date.now() < deadline)
                        await new Promise((r) => setTimeout(r, 100));
                    killGroup(pid, 'SIGKILL');
                }
                clearTimeout(killTimer);
                // A background process the command started may keep the pipes open: do not wait for it.
                await new Promise((r) => {
                    const timer = setTimeout(r, 200);
                    child.once('close', () => {
                        clearTimeout(timer);
                        r();
                    });
                });
                child.stdout.destroy();
                child.stderr.destroy();
                resolve({ exitCode, signal, timedOut, cancelled, durationMs: Date.now() - started });
            };
            void finish();
        });
    });
}

;// CONCATENATED MODULE: ./src/deploy/health.ts

/** The longest one health-check attempt may wait for an answer. */
const ATTEMPT_TIMEOUT_MS = 30_000;
/**
 * The shortest: the timeout bounds when the last attempt starts, and that attempt still gets a
 * fair chance to answer (otherwise the last attempt would always report a timeout, not a status).
 */
const MIN_ATTEMPT_TIMEOUT_MS = 1_000;
async function attempt(url, fetcher, timeoutMs, signal) {
    const started = performance.now();
    const signals = [AbortSignal.timeout(Math.max(1, timeoutMs))];
    if (signal)
        signals.push(signal);
    try {
        const response = await fetcher(url, { signal: AbortSignal.any(signals), headers: { 'user-agent': 'shipgate-health-check' } });
        // Read the body so the connection is released (and a slow body counts in the latency).
        await response.arrayBuffer().catch(() => undefined);
        return { status: response.status, latencyMs: performance.now() - started };
    }
    catch (error) {
        (0,runtime/* throwIfCancelled */.dZ)(signal);
        return { latencyMs: performance.now() - started, error: (0,runtime/* describeFetchError */.Op)(error) };
    }
}
/**
 * Poll every URL until each has answered 2xx once, or the timeout has passed. Every attempt is
 * logged with its status and latency. Resolves with one result per URL (never rejects on a
 * failing check; rejects with CancelledError when the run is cancelled).
 */
async function checkHealth(options) {
    const fetcher = options.fetch ?? globalThis.fetch;
    const started = Date.now();
    const deadline = started + options.timeoutMs;
    const results = new Map(options.urls.map((url) => [url, { url, ok: false, attempts: 0, elapsedMs: 0 }]));
    for (;;) {
        for (const result of results.values()) {
            if (result.ok)
                continue;
            const remaining = deadline - Date.now();
            const answer = await attempt(result.url, fetcher, Math.min(ATTEMPT_TIMEOUT_MS, Math.max(MIN_ATTEMPT_TIMEOUT_MS, remaining)), options.signal);
            result.attempts++;
            result.status = answer.status;
            result.latencyMs = answer.latencyMs;
            result.elapsedMs = Date.now() - started;
            const latency = `${Math.round(answer.latencyMs)} ms`;
            if (answer.status !== undefined && answer.status >= 200 && answer.status < 300) {
                result.ok = true;
                result.lastError = undefined;
                options.logger.info(`Health check ${result.url}: HTTP ${answer.status} in ${latency} (attempt ${result.attempts}) - healthy.`);
            }
            else {
                result.lastError = answer.status !== undefined ? `HTTP ${answer.status}` : answer.error;
                options.logger.info(`Health check ${result.url}: ${result.lastError} after ${latency} (attempt ${result.attempts}).`);
            }
        }
        const pending = [...results.values()].filter((result) => !result.ok);
        if (pending.length === 0)
            return [...results.values()];
        const left = deadline - Date.now();
        if (left <= 0)
            return [...results.values()];
        await (0,runtime/* sleep */.yy)(Math.min(options.intervalMs, left), options.signal);
    }
}
/** One sentence for the first failing health check, or undefined when all passed. */
function describeHealthFailure(results, timeoutMs) {
    const failed = results.filter((result) => !result.ok);
    if (failed.length === 0)
        return undefined;
    const first = failed[0];
    const others = failed.length > 1 ? ` (and ${failed.length - 1} more URL${failed.length > 2 ? 's' : ''})` : '';
    return `The health check ${first.url}${others} did not answer 2xx within ${(0,runtime/* formatDuration */.a3)(timeoutMs)}: ${first.attempts} attempt${first.attempts === 1 ? '' : 's'}, last ${first.lastError ?? 'no answer'}.`;
}

// EXTERNAL MODULE: ./src/deploy/ledger.ts
var deploy_ledger = __webpack_require__(5874);
;// CONCATENATED MODULE: ./src/deploy/metrics.ts

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
    const fetcher = options.fetch ?? globalThis.fetch;
    const signals = [AbortSignal.timeout(options.timeoutMs ?? QUERY_TIMEOUT_MS)];
    if (options.signal)
        signals.push(options.signal);
    let response;
    try {
        response = await fetcher(queryUrl(baseUrl, query), { signal: AbortSignal.any(signals), headers: { accept: 'application/json' } });
    }
    catch (error) {
        (0,runtime/* throwIfCancelled */.dZ)(options.signal);
        return { ok: false, reason: `Prometheus at ${baseUrl} could not be reached (${(0,runtime/* describeFetchError */.Op)(error)})` };
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
        await (0,runtime/* sleep */.yy)(Math.min(step, left), signal);
        const remaining = windowMs - (Date.now() - started);
        if (remaining > 0)
            logger.info(`Verify window: ${(0,runtime/* formatDuration */.a3)(Date.now() - started)} of ${(0,runtime/* formatDuration */.a3)(windowMs)} elapsed.`);
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

// EXTERNAL MODULE: ./src/deploy/preflight.ts
var preflight = __webpack_require__(9536);
;// CONCATENATED MODULE: ./src/deploy/deploy.ts









const TIMING = { waitLimitMs: preflight/* WAIT_LIMIT_MS */.x4, waitPollMs: preflight/* WAIT_POLL_MS */.LP, staleAfterMs: preflight/* STALE_AFTER_MS */._k, killGraceMs: KILL_GRACE_MS };
const stripPeriod = (sentence) => sentence.replace(/\.$/, '');
/** The UI page listing the environment's deployments. */
const deploymentsPage = (serverUrl, repo, environment) => `${serverUrl}/${repo.owner}/${repo.repo}/deployments/${encodeURIComponent(environment)}`;
/**
 * The run was cancelled (SIGTERM/SIGINT): a UserError that also carries what the action's outputs
 * need, since no outcome is returned. `deploymentId` is the deployment created for the ref (the
 * first one, as DeploymentOutcome.deploymentId), absent when the cancel came before it existed.
 */
class DeploymentCancelled extends errors/* UserError */.yo {
    details;
    constructor(message, details) {
        super(message);
        this.details = details;
        this.name = 'DeploymentCancelled';
    }
}
/**
 * Deploy a ref to an environment: pre-flight checks, a GitHub Deployment with live statuses,
 * the deploy command, health and service-level verification, and an automatic rollback when
 * verification fails. Throws a UserError for refusals (nothing is created then) and for a
 * cancelled run (after giving the deployment its final `error` status); returns the outcome
 * otherwise, failed or not, so the caller can report it.
 */
async function runDeployment(options, deps) {
    const known = {};
    try {
        return await deploy(options, deps, known);
    }
    catch (error) {
        if (error instanceof runtime/* CancelledError */.cc) {
            throw new DeploymentCancelled(`The deploy to ${options.environment} was cancelled before a deployment was created; nothing was changed.`, {
                sha: known.sha ?? options.sha,
                ref: options.ref,
                environmentUrl: options.url ?? '',
            });
        }
        throw error;
    }
}
async function deploy(options, deps, known) {
    const { github, repo, logger } = deps;
    const timing = { ...TIMING, ...deps.timing };
    const mode = options.mode ?? 'deploy';
    const environment = options.environment;
    const started = Date.now();
    if (options.ledger && options.ledger.environment !== environment) {
        throw new Error(`runDeployment was given the ledger of ${options.ledger.environment} for a deploy to ${environment}`);
    }
    const sha = options.sha ?? (await (0,commits/* resolveCommit */.WL)(github, repo, options.ref));
    known.sha = sha;
    const version = options.version ?? (await (0,preflight/* tagOf */.cO)(github, repo, options.ref));
    const label = (0,preflight/* describeRef */.Ro)(options.ref, sha, version);
    const production = options.production ?? (0,preflight/* isProductionName */.Zq)(environment);
    logger.info(`${mode === 'rollback' ? 'Rolling back' : 'Deploying'} ${label} to ${environment}${production ? ' (production environment)' : ''}.`);
    if (options.requireDeployedTo) {
        await (0,preflight/* checkPromotion */.KO)(github, repo, { required: options.requireDeployedTo, environment, sha, label, logger, force: options.force });
    }
    const ledger = options.ledger ?? new deploy_ledger/* DeploymentLedger */.td(github, repo, environment);
    let state = await ledger.scan();
    const logLive = () => {
        const live = state.live?.deployment;
        logger.info(live ? `Live in ${environment} now: ${(0,preflight/* describeRef */.Ro)((0,deploy_ledger/* refOf */.H8)(live), live.sha, (0,deploy_ledger/* versionOf */.E4)(live))} (deployment ${live.id}).` : `Nothing is live in ${environment} yet.`);
    };
    logLive();
    const forwardChecks = async () => {
        if (mode !== 'deploy')
            return;
        await (0,preflight/* checkForwardOnly */.yZ)(github, repo, { live: state.live, environment, sha, label, logger });
        const record = await (deps.isRolledBack ?? ((candidate) => ledger.rolledBack(candidate)))(sha);
        (0,preflight/* checkRolledBack */.G7)({ record, force: options.force, environment, label, logger });
    };
    // Refuse early, before waiting for another deploy; look again if that one changed what is live.
    await forwardChecks();
    const liveBefore = state.live?.deployment.id;
    const settled = await (0,preflight/* settleOthers */.d)({
        ledger,
        state,
        dryRun: options.dryRun,
        logger,
        signal: deps.signal,
        waitLimitMs: timing.waitLimitMs,
        pollMs: timing.waitPollMs,
        staleAfterMs: timing.staleAfterMs,
        github,
        repo,
    });
    state = settled.state;
    if (state.live?.deployment.id !== liveBefore) {
        logLive();
        if (mode === 'rollback') {
            // The rollback was planned against what was live (its target, safety range and what it
            // marks rolled back): another deploy replaced that while this one waited, so the plan is stale.
            const now = state.live?.deployment;
            throw new errors/* UserError */.yo(`What is live in ${environment} changed to ${now ? (0,preflight/* describeRef */.Ro)((0,deploy_ledger/* refOf */.H8)(now), now.sha, (0,deploy_ledger/* versionOf */.E4)(now)) : 'nothing'} while this rollback waited; run the rollback again.`);
        }
        await forwardChecks();
    }
    const live = state.live?.deployment;
    const previous = live ? { id: live.id, ref: (0,deploy_ledger/* refOf */.H8)(live), sha: live.sha, version: (0,deploy_ledger/* versionOf */.E4)(live) } : undefined;
    const phases = [{ name: 'pre-flight checks', ms: Date.now() - started, ok: true }];
    const base = {
        mode,
        environment,
        production,
        ref: options.ref,
        sha,
        version,
        previous,
        environmentUrl: options.url ?? '',
        deploymentsUrl: deploymentsPage(deps.run.serverUrl, repo, environment),
        runUrl: deps.run.url,
        phases,
    };
    if (options.dryRun) {
        const plan = planOf(options, { label, production, previous, notes: settled.notes, mode });
        return { ...base, status: 'dry-run', plan, message: `Dry run: ${label} would be deployed to ${environment}; nothing was changed.` };
    }
    const rolledBack = mode === 'rollback' ? (options.rolledBack ?? previous) : undefined;
    const attempt = await deployOnce({ ref: options.ref, sha, version, mode, reason: options.reason ?? '', previous, supersedes: previous, rolledBack }, options, options.verify, deps, timing);
    if (attempt.state === 'success') {
        return { ...base, status: 'success', deploymentId: attempt.deploymentId, attempt, message: `${label} is live in ${environment} (deployment ${attempt.deploymentId}).` };
    }
    const failed = `${mode === 'rollback' ? 'Rolling back to' : 'Deploying'} ${label} to ${environment} failed (${stripPeriod(attempt.failure ?? 'unknown failure')})`;
    const failure = { ...base, status: 'failure', deploymentId: attempt.deploymentId, attempt };
    if (mode === 'rollback')
        return { ...failure, message: `${failed}.` };
    if (!options.autoRollback)
        return { ...failure, message: `${failed}; auto-rollback is off, so ${environment} may be left running ${label}.` };
    if (!previous)
        return { ...failure, message: `${failed}; there is no previous successful deployment in ${environment} to roll back to.` };
    const cancelled = (message) => new DeploymentCancelled(message, { deploymentId: attempt.deploymentId, sha, ref: options.ref, environmentUrl: options.url ?? '' });
    if (deps.signal?.aborted)
        throw cancelled(`${failed}; the run was cancelled, so no automatic rollback was started.`);
    const previousLabel = (0,preflight/* describeRef */.Ro)(previous.ref, previous.sha, previous.version);
    logger.warning(`${failed}. Rolling back to ${previousLabel}, the last successful deployment of ${environment}.`);
    let rollback;
    try {
        rollback = await deployOnce({
            // The release tag, else the exact commit: the ref it was deployed from may be a branch
            // that has moved on since (the command must get a ref that still names that commit).
            ref: previous.version || previous.sha,
            sha: previous.sha,
            version: previous.version ?? '',
            mode: 'rollback',
            reason: `automatic rollback: ${stripPeriod(attempt.failure ?? 'verification failed')}`,
            previous: { id: attempt.deploymentId, ref: options.ref, sha, version },
            supersedes: previous,
            rolledBack: { id: attempt.deploymentId, ref: options.ref, sha, version },
        }, options, 
        // The automatic rollback is verified by the health checks: the previous version's service
        // levels were verified when it was deployed, and a second verify window would double the outage.
        { ...options.verify, prometheusUrl: undefined }, deps, timing);
    }
    catch (error) {
        // Outputs name the deployment created for the ref, not the rollback's.
        if (error instanceof DeploymentCancelled)
            throw cancelled(error.message);
        throw error;
    }
    if (rollback.state === 'success') {
        return {
            ...failure,
            status: 'rolled-back',
            rollback,
            message: `${failed}; it was rolled back and ${previousLabel} is live again (deployment ${rollback.deploymentId}).`,
        };
    }
    return {
        ...failure,
        rollback,
        message: `${failed}, and the automatic rollback to ${previousLabel} failed too (${stripPeriod(rollback.failure ?? 'unknown failure')}); ${environment} needs attention.`,
    };
}
/** When a run that created a deployment at `now` will have given it a final status, if it is alive. */
function expiresAt(options, verify, staleAfterMs) {
    const command = options.commandTimeoutMs ?? staleAfterMs;
    const once = command + (verify.healthCheckUrls.length ? verify.healthCheckTimeoutMs : 0) + (verify.prometheusUrl ? verify.verifyWindowMs + 60_000 : 0);
    const rollback = options.autoRollback ? command + (verify.healthCheckUrls.length ? verify.healthCheckTimeoutMs : 0) : 0;
    return new Date(Date.now() + once + rollback + 60_000).toISOString();
}
/** Create one deployment, run the command, verify, and always leave a final status. */
async function deployOnce(target, options, verify, deps, timing) {
    const { github, repo, logger, signal } = deps;
    const label = (0,preflight/* describeRef */.Ro)(target.ref, target.sha, target.version);
    const payload = {
        shipgate: 1,
        version: target.version,
        sha: target.sha,
        ref: target.ref,
        previous: target.previous ? { id: target.previous.id, ref: target.previous.ref, sha: target.previous.sha } : null,
        run_url: deps.run.url,
        actor: deps.run.actor,
        mode: target.mode,
        reason: target.reason,
        ...(target.rolledBack ? { rolled_back: target.rolledBack } : {}),
        expires_at: expiresAt(options, verify, timing.staleAfterMs),
    };
    const deployment = await (0,deployments/* createDeployment */.Yy)(github, repo, {
        ref: target.sha,
        environment: options.environment,
        description: `${target.mode === 'rollback' ? 'Rollback to' : 'Deploy'} ${label} by shipgate`,
        production: options.production ?? (0,preflight/* isProductionName */.Zq)(options.environment),
        payload,
        requiredContexts: options.requiredContexts,
    });
    const id = deployment.id;
    logger.info(`Created deployment ${id} of ${label} in ${options.environment} (${target.mode}).`);
    const environmentUrl = options.url;
    const phases = [];
    const checks = [];
    let final;
    const setStatus = (state, description) => (0,deployments/* createDeploymentStatus */.gt)(github, repo, id, { state, description, logUrl: deps.run.url, environmentUrl });
    const phase = async (name, work, ok) => {
        const begun = Date.now();
        logger.startGroup?.(`${name[0].toUpperCase()}${name.slice(1)}`);
        try {
            const result = await work();
            phases.push({ name, ms: Date.now() - begun, ok: ok(result) });
            return result;
        }
        catch (error) {
            phases.push({ name, ms: Date.now() - begun, ok: false });
            throw error;
        }
        finally {
            logger.endGroup?.();
        }
    };
    // A forward deploy (and its automatic rollback) posts in_progress for each phase; the rollback
    // action posts one naming every phase, since each status is a round trip on the way to restore.
    const perPhase = options.mode !== 'rollback';
    const steps = ['deploy command', ...(verify.healthCheckUrls.length ? ['health checks'] : []), ...(verify.prometheusUrl ? ['service-level checks'] : [])];
    let failure;
    try {
        await setStatus('in_progress', perPhase
            ? `${target.mode === 'rollback' ? 'Rolling back to' : 'Deploying'} ${label}: running the deploy command`
            : `Rolling back to ${label}: ${steps.join(', then ')}`);
        const result = await phase(target.mode === 'rollback' ? 'rollback command' : 'deploy command', () => runCommand({
            command: options.command,
            env: commandEnvironment(deps.env ?? process.env, {
                SHIPGATE_ENVIRONMENT: options.environment,
                SHIPGATE_REF: target.ref,
                SHIPGATE_SHA: target.sha,
                SHIPGATE_VERSION: target.version,
                SHIPGATE_PREVIOUS_REF: target.previous?.ref ?? '',
                SHIPGATE_DEPLOYMENT_ID: String(id),
                SHIPGATE_MODE: target.mode,
            }),
            cwd: deps.cwd,
            timeoutMs: options.commandTimeoutMs,
            signal,
            killGraceMs: timing.killGraceMs,
            output: deps.output,
        }), (done) => describeCommandFailure(done, options.commandTimeoutMs) === undefined);
        if (result.cancelled)
            throw new runtime/* CancelledError */.cc();
        failure = describeCommandFailure(result, options.commandTimeoutMs);
        checks.push({
            kind: 'command',
            name: 'deploy command',
            ok: !failure,
            measured: result.timedOut ? 'timed out' : result.signal ? `killed by ${result.signal}` : `exit code ${result.exitCode} after ${(0,runtime/* formatDuration */.a3)(result.durationMs)}`,
            threshold: options.commandTimeoutMs ? `exit code 0 within ${(0,runtime/* formatDuration */.a3)(options.commandTimeoutMs)}` : 'exit code 0',
            detail: failure ?? `The deploy command succeeded in ${(0,runtime/* formatDuration */.a3)(result.durationMs)}.`,
        });
        if (!failure && verify.healthCheckUrls.length > 0) {
            if (perPhase)
                await setStatus('in_progress', `${label}: health checks`);
            const results = await phase('health checks', () => checkHealth({ urls: verify.healthCheckUrls, timeoutMs: verify.healthCheckTimeoutMs, intervalMs: verify.healthCheckIntervalMs, logger, signal, fetch: deps.fetch }), (all) => all.every((each) => each.ok));
            for (const each of results) {
                checks.push({
                    kind: 'health',
                    name: `health ${each.url}`,
                    ok: each.ok,
                    measured: each.status !== undefined ? `HTTP ${each.status} in ${Math.round(each.latencyMs ?? 0)} ms` : (each.lastError ?? 'no answer'),
                    threshold: `2xx within ${(0,runtime/* formatDuration */.a3)(verify.healthCheckTimeoutMs)}`,
                    detail: each.ok ? `Healthy after ${each.attempts} attempt(s), ${(0,runtime/* formatDuration */.a3)(each.elapsedMs)}.` : (describeHealthFailure([each], verify.healthCheckTimeoutMs) ?? ''),
                });
            }
            failure = describeHealthFailure(results, verify.healthCheckTimeoutMs);
        }
        if (!failure && verify.prometheusUrl) {
            const prometheusUrl = verify.prometheusUrl;
            if (perPhase)
                await setStatus('in_progress', `${label}: verifying error rate and p95 latency over ${promDuration(verify.verifyWindowMs)}`);
            const metrics = await phase('service-level checks', async () => {
                await waitForWindow(verify.verifyWindowMs, logger, signal);
                return checkMetrics({
                    prometheusUrl,
                    windowMs: verify.verifyWindowMs,
                    maxErrorRate: verify.maxErrorRate,
                    maxP95Latency: verify.maxP95Latency,
                    errorRateQuery: verify.errorRateQuery,
                    p95LatencyQuery: verify.p95LatencyQuery,
                    logger,
                    signal,
                    fetch: deps.fetch,
                });
            }, (all) => all.every((each) => each.ok));
            for (const each of metrics) {
                checks.push({
                    kind: 'metric',
                    name: each.name,
                    ok: each.ok,
                    measured: each.measured === undefined ? 'no value' : each.unit === '%' ? `${Number(each.measured.toFixed(3))}%` : Number.isFinite(each.measured) ? `${Math.round(each.measured)} ms` : 'above the largest bucket',
                    threshold: `at most ${each.threshold}${each.unit === '%' ? '%' : ' ms'}`,
                    detail: each.detail,
                });
            }
            failure = metrics.find((each) => !each.ok)?.detail;
        }
        if (failure) {
            await setStatus('failure', failure);
            final = 'failure';
            logger.warning(`Deployment ${id} of ${label} failed: ${failure}`);
        }
        else {
            const passed = checks.filter((each) => each.kind !== 'command').map((each) => `${each.name.startsWith('health') ? 'health' : each.name} ${each.measured}`);
            await setStatus('success', `${target.mode === 'rollback' ? 'Rolled back to' : 'Deployed'} ${label}${passed.length ? `; verified: ${passed.join(', ')}` : ''}`);
            final = 'success';
            logger.info(`Deployment ${id} of ${label} succeeded.`);
            if (target.supersedes && target.supersedes.id !== id) {
                try {
                    await (0,deployments/* createDeploymentStatus */.gt)(github, repo, target.supersedes.id, {
                        state: 'inactive',
                        description: `Superseded by deployment ${id} (${(0,runtime/* short */.h0)(target.sha)})`,
                    });
                }
                catch (error) {
                    logger.warning(`Deployment ${target.supersedes.id} could not be marked inactive: ${error.message}`);
                }
            }
        }
    }
    catch (error) {
        if (final === undefined) {
            const cancelled = (0,runtime/* isCancelled */.mm)(error, signal);
            const description = cancelled ? 'cancelled' : `shipgate error: ${error?.message ?? String(error)}`;
            try {
                await setStatus('error', description);
                final = 'error';
            }
            catch (statusError) {
                logger.warning(`Deployment ${id} could not be given its final status: ${statusError.message}`);
            }
            if (cancelled) {
                throw new DeploymentCancelled(`The deploy of ${label} to ${options.environment} was cancelled; deployment ${id} was marked error.`, {
                    deploymentId: id,
                    sha: target.sha,
                    ref: target.ref,
                    environmentUrl: options.url ?? '',
                });
            }
        }
        throw error;
    }
    return { mode: target.mode, deploymentId: id, ref: target.ref, sha: target.sha, version: target.version, state: final, failure, checks, phases };
}
function planOf(options, args) {
    const { verify } = options;
    const previous = args.previous ? `${(0,preflight/* describeRef */.Ro)(args.previous.ref, args.previous.sha, args.previous.version)} (deployment ${args.previous.id})` : 'nothing';
    const plan = [
        `Would create a GitHub Deployment of ${args.label} in ${options.environment} (${args.mode}, production_environment ${args.production}, required contexts: ${options.requiredContexts?.length ? options.requiredContexts.join(', ') : 'none'}).`,
        `Live now: ${previous}${args.previous ? '; it would be marked inactive once the new deployment succeeds' : ''}.`,
        options.command
            ? `Would run: ${SHELL.join(' ')} ${JSON.stringify(options.command)}${options.commandTimeoutMs ? ` (timeout ${(0,runtime/* formatDuration */.a3)(options.commandTimeoutMs)})` : ''}.`
            : 'No deploy command given (allowed in a dry run only).',
        verify.healthCheckUrls.length
            ? `Health checks: ${verify.healthCheckUrls.join(', ')} must answer 2xx within ${(0,runtime/* formatDuration */.a3)(verify.healthCheckTimeoutMs)}, tried every ${(0,runtime/* formatDuration */.a3)(verify.healthCheckIntervalMs)}.`
            : 'Health checks: none.',
        verify.prometheusUrl
            ? `Service-level checks against ${verify.prometheusUrl} after a ${promDuration(verify.verifyWindowMs)} window: error rate at most ${verify.maxErrorRate}% (${renderQuery(verify.errorRateQuery ?? DEFAULT_ERROR_RATE_QUERY, verify.verifyWindowMs)}), p95 latency at most ${verify.maxP95Latency} ms (${renderQuery(verify.p95LatencyQuery ?? DEFAULT_P95_LATENCY_QUERY, verify.verifyWindowMs)}).`
            : 'Service-level checks: none (no prometheus-url).',
        args.mode === 'rollback'
            ? 'On failure: reported; a rollback is not rolled back automatically.'
            : options.autoRollback
                ? `On failure: automatic rollback to ${previous}.`
                : 'On failure: no automatic rollback (auto-rollback is off).',
        ...args.notes,
    ];
    return plan;
}


/***/ }),

/***/ 5874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E4: () => (/* binding */ versionOf),
/* harmony export */   H8: () => (/* binding */ refOf),
/* harmony export */   td: () => (/* binding */ DeploymentLedger)
/* harmony export */ });
/* unused harmony exports PAGES, PER_PAGE, isShipgate, isRolledBack */
/* harmony import */ var _github_deployments_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6887);

/**
 * What an environment's GitHub Deployments say: what is live, what is still running, what was
 * rolled back. Reads at most PAGES pages of deployments (newest first) and the statuses of the
 * deployments down to the live one, so the requests stay bounded however long the history is.
 */
const PAGES = 2;
const PER_PAGE = 100;
/** The ref to show for a deployment: the ref its payload recorded (a tag, a branch), else GitHub's. */
const refOf = (deployment) => deployment.payload.ref || deployment.ref;
const versionOf = (deployment) => deployment.payload.version || '';
const isShipgate = (deployment) => deployment.payload.shipgate !== undefined;
class DeploymentLedger {
    github;
    repo;
    environment;
    /** The pages of the environment's deployments read so far (newest first), and whether the last one was reached. */
    pages = [];
    exhausted = false;
    /** Statuses read so far, by deployment id (newest first). */
    statusCache = new Map();
    constructor(github, repo, environment) {
        this.github = github;
        this.repo = repo;
        this.environment = environment;
    }
    /**
     * Forget what was read, so the next question reads GitHub again (after waiting for another
     * deploy, which may have changed everything). Until then one ledger answers scan(), rolledBack()
     * and successfulDeploymentOf() from the pages and statuses it already has, reading a further
     * page or status only when an answer needs it: the rollback action and the deploy it runs share
     * one ledger, so the environment's history is read once.
     */
    refresh() {
        this.pages = [];
        this.exhausted = false;
        this.statusCache.clear();
    }
    /** The environment's deployments, newest first, at most PAGES pages, read a page at a time as the walk goes on. */
    async *walk() {
        for (let page = 1; page <= PAGES; page++) {
            if (page > this.pages.length) {
                if (this.exhausted)
                    return;
                const batch = await (0,_github_deployments_js__WEBPACK_IMPORTED_MODULE_0__/* .listDeployments */ .Jn)(this.github, this.repo, { environment: this.environment, perPage: PER_PAGE, page });
                this.pages.push(batch);
                if (batch.length < PER_PAGE)
                    this.exhausted = true;
            }
            yield* this.pages[page - 1];
        }
    }
    /** The environment's deployments, newest first, at most PAGES pages (of `sha` only when given). */
    async deployments(sha) {
        const all = [];
        if (sha === undefined) {
            for await (const deployment of this.walk())
                all.push(deployment);
            return all;
        }
        for (let page = 1; page <= PAGES; page++) {
            const batch = await (0,_github_deployments_js__WEBPACK_IMPORTED_MODULE_0__/* .listDeployments */ .Jn)(this.github, this.repo, { environment: this.environment, sha, perPage: PER_PAGE, page });
            all.push(...batch);
            if (batch.length < PER_PAGE)
                break;
        }
        return all;
    }
    /** A deployment's statuses, newest first (read once per ledger). */
    async statusesOf(id) {
        let statuses = this.statusCache.get(id);
        if (!statuses) {
            statuses = await (0,_github_deployments_js__WEBPACK_IMPORTED_MODULE_0__/* .listDeploymentStatuses */ .oJ)(this.github, this.repo, id);
            this.statusCache.set(id, statuses);
        }
        return statuses;
    }
    async record(deployment) {
        const [status] = await this.statusesOf(deployment.id);
        return { deployment, status, state: status?.state ?? 'pending' };
    }
    /**
     * Did this deployment reach `success` at some point (it may be inactive since)? Known without a
     * request when its statuses were read already, or when a newer shipgate deploy of the
     * environment names it as `previous`: a forward deploy records the deployment that was live
     * (newest status `success`) when it started. (A rollback's `previous` may be the failed
     * attempt it replaced, so only `mode: 'deploy'` records count.)
     */
    async everSucceeded(deployment) {
        const known = this.statusCache.get(deployment.id);
        if (known)
            return known.some((status) => status.state === 'success');
        for (const page of this.pages) {
            for (const newer of page) {
                if (newer.id > deployment.id && isShipgate(newer) && newer.payload.mode === 'deploy' && newer.payload.previous?.id === deployment.id)
                    return true;
            }
        }
        return (await this.statusesOf(deployment.id)).some((status) => status.state === 'success');
    }
    /** What is live and what is still running (the first scan reads; later ones answer from what was read until refresh()). */
    async scan() {
        const active = [];
        for await (const deployment of this.walk()) {
            const record = await this.record(deployment);
            if (record.state === 'success')
                return { environment: this.environment, live: record, active };
            if (_github_deployments_js__WEBPACK_IMPORTED_MODULE_0__/* .ACTIVE_STATES */ .Wj.includes(record.state) && isShipgate(deployment))
                active.push(record);
        }
        return { environment: this.environment, live: undefined, active };
    }
    /**
     * The rollback that rolled back `sha` in this environment, if it still stands: a deployment
     * whose payload has `mode: 'rollback'` and `rolled_back.sha === sha` (written by shipgate's
     * automatic rollback and by the rollback action alike), with no successful deployment of `sha`
     * after it (a forced redeploy that succeeded lifts the mark). Payloads come with the list, so
     * only deployments of `sha` itself may cost a status read (see everSucceeded).
     */
    async rolledBack(sha) {
        for await (const deployment of this.walk()) {
            const { mode, rolled_back: rolledBack, reason } = deployment.payload;
            if (mode === 'rollback' && rolledBack && rolledBack.sha === sha) {
                return { deployment, rolledBack, reason: reason ?? '' };
            }
            if (deployment.sha === sha && mode !== 'rollback' && (await this.everSucceeded(deployment)))
                return undefined;
        }
        return undefined;
    }
    /** A deployment of `sha` in this environment that reached `success` at some point (it may be inactive since). */
    async successfulDeploymentOf(sha) {
        for (const deployment of await this.deployments(sha)) {
            if (deployment.sha !== sha)
                continue;
            if (await this.everSucceeded(deployment))
                return deployment;
        }
        return undefined;
    }
}
/** The hook shared with the rollback action: has `sha` been rolled back in `environment`? */
function isRolledBack(github, repo, environment, sha) {
    return new DeploymentLedger(github, repo, environment).rolledBack(sha);
}


/***/ }),

/***/ 9536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G7: () => (/* binding */ checkRolledBack),
/* harmony export */   KO: () => (/* binding */ checkPromotion),
/* harmony export */   LP: () => (/* binding */ WAIT_POLL_MS),
/* harmony export */   Ro: () => (/* binding */ describeRef),
/* harmony export */   Zq: () => (/* binding */ isProductionName),
/* harmony export */   _k: () => (/* binding */ STALE_AFTER_MS),
/* harmony export */   cO: () => (/* binding */ tagOf),
/* harmony export */   d: () => (/* binding */ settleOthers),
/* harmony export */   x4: () => (/* binding */ WAIT_LIMIT_MS),
/* harmony export */   yZ: () => (/* binding */ checkForwardOnly)
/* harmony export */ });
/* unused harmony exports describeDeployment, expiryOf */
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7268);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6584);
/* harmony import */ var _github_commits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(149);
/* harmony import */ var _github_deployments_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6887);
/* harmony import */ var _ledger_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5874);
/* harmony import */ var _runtime_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(971);






/**
 * The checks that run before anything is created: the promotion gate, forward-only, and one
 * deploy at a time per environment. Every refusal is one sentence naming both sides.
 */
/** How long a deploy waits for another one of the same environment before giving up. */
const WAIT_LIMIT_MS = 10 * 60_000;
/** How often it looks again while waiting (and logs that it is waiting). */
const WAIT_POLL_MS = 5_000;
/**
 * A running record without its own `expires_at` is stale this long after its newest status.
 * shipgate's own records carry `expires_at` (their command timeout, or this limit when there is
 * none, plus the verification budget), so a long but alive deploy is never mistaken for a crash.
 */
const STALE_AFTER_MS = 10 * 60_000;
/** "v1.2.0 (abc1234)", "main (abc1234)" or "abc1234". */
function describeRef(ref, sha, version = '') {
    const name = version || ref;
    return name && name !== sha ? `${name} (${(0,_runtime_js__WEBPACK_IMPORTED_MODULE_5__/* .short */ .h0)(sha)})` : (0,_runtime_js__WEBPACK_IMPORTED_MODULE_5__/* .short */ .h0)(sha);
}
const describeDeployment = (deployment) => describeRef((0,_ledger_js__WEBPACK_IMPORTED_MODULE_4__/* .refOf */ .H8)(deployment), deployment.sha, (0,_ledger_js__WEBPACK_IMPORTED_MODULE_4__/* .versionOf */ .E4)(deployment));
/** The release tag when `ref` names one: refs/tags/X, or a bare name that is a tag (one request). */
async function tagOf(github, repo, ref) {
    if (ref.startsWith('refs/tags/'))
        return ref.slice('refs/tags/'.length);
    if (ref.startsWith('refs/') || /^[0-9a-f]{40}$/i.test(ref))
        return '';
    return (await (0,_github_commits_js__WEBPACK_IMPORTED_MODULE_2__/* .isTag */ .dz)(github, repo, ref)) ? ref : '';
}
/** production_environment: explicit, or true for environments named production or prod. */
const isProductionName = (environment) => /^(production|prod)$/i.test(environment.trim());
/**
 * Refuse a commit that has no successful deployment in `required` (what was verified is what
 * ships), or whose release was rolled back there afterwards (unless forced).
 */
async function checkPromotion(github, repo, args) {
    const ledger = new _ledger_js__WEBPACK_IMPORTED_MODULE_4__/* .DeploymentLedger */ .td(github, repo, args.required);
    const found = await ledger.successfulDeploymentOf(args.sha);
    if (!found) {
        const { live } = await ledger.scan();
        const there = live ? `has ${describeDeployment(live.deployment)} live` : 'has no successful deployment at all';
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Refusing to deploy ${args.label} to ${args.environment}: it has no successful deployment in ${args.required}, which ${there}; deploy it to ${args.required} first.`);
    }
    // It succeeded there, but was it found bad there later? (rolledBack() counts only a rollback
    // with no successful deployment of the same commit after it.)
    const record = await ledger.rolledBack(args.sha);
    if (record) {
        const why = record.reason ? ` (${record.reason.replace(/\.$/, '')})` : '';
        if (!args.force) {
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Refusing to deploy ${args.label} to ${args.environment}: it was rolled back in ${args.required} by deployment ${record.deployment.id}${why} after it was deployed there; set force: true to deploy it anyway.`);
        }
        args.logger.warning(`${args.label} was rolled back in ${args.required} by deployment ${record.deployment.id}${why}; promoting it to ${args.environment} anyway because force is true.`);
    }
    args.logger.info(`Promotion gate: ${args.label} was deployed successfully to ${args.required} (deployment ${found.id}).`);
    return found;
}
/** Refuse a commit that is not the live one or a descendant of it. */
async function checkForwardOnly(github, repo, args) {
    const { live } = args;
    if (!live) {
        args.logger.info(`Forward-only: ${args.environment} has no successful deployment yet, so any commit may go first.`);
        return;
    }
    const liveLabel = describeDeployment(live.deployment);
    if (live.deployment.sha === args.sha) {
        args.logger.info(`Forward-only: ${args.label} is what ${args.environment} runs now; deploying it again.`);
        return;
    }
    let comparison;
    try {
        comparison = await (0,_github_commits_js__WEBPACK_IMPORTED_MODULE_2__/* .compareCommits */ .kC)(github, repo, live.deployment.sha, args.sha);
    }
    catch (error) {
        if ((0,_github_client_js__WEBPACK_IMPORTED_MODULE_1__/* .httpStatus */ .nG)(error) !== 404)
            throw error;
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Refusing to deploy ${args.label} to ${args.environment}: GitHub finds no common history with ${liveLabel}, which is live there, so it cannot be shown to be a descendant; only a rollback may replace it.`);
    }
    if (comparison.status === 'ahead' || comparison.status === 'identical') {
        args.logger.info(`Forward-only: ${args.label} is ${comparison.aheadBy} commit(s) ahead of ${liveLabel}, which is live in ${args.environment}.`);
        return;
    }
    const how = comparison.status === 'behind' ? `${comparison.behindBy} commit(s) behind it` : `diverged from it (${comparison.aheadBy} ahead, ${comparison.behindBy} behind)`;
    throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Refusing to deploy ${args.label} to ${args.environment}: it is not a descendant of ${liveLabel}, which is live there (${how}); only a rollback may go backwards.`);
}
/** Refuse a commit that was rolled back in the environment, unless forced. */
function checkRolledBack(args) {
    const { record } = args;
    if (!record)
        return;
    const why = record.reason ? ` (${record.reason.replace(/\.$/, '')})` : '';
    if (args.force) {
        args.logger.warning(`${args.label} was rolled back in ${args.environment} by deployment ${record.deployment.id}${why}; deploying it anyway because force is true.`);
        return;
    }
    throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Refusing to deploy ${args.label} to ${args.environment}: it was rolled back there by deployment ${record.deployment.id}${why}; set force: true to deploy it anyway.`);
}
/** When a running record counts as abandoned by a crashed run. */
function expiryOf(record, staleAfterMs) {
    const declared = Date.parse(record.deployment.payload.expires_at ?? '');
    if (Number.isFinite(declared))
        return declared;
    return Date.parse(record.status?.created_at ?? record.deployment.created_at) + staleAfterMs;
}
/**
 * One deploy at a time: mark stale running records `error` ('stale: superseded'), wait for live
 * ones (logging every poll) up to the wait limit, then refuse. Returns the environment's state
 * once nothing else runs (re-read, since the other deploy may have changed what is live).
 * In a dry run nothing is marked or waited for; the notes go to the plan.
 */
async function settleOthers(options) {
    const now = options.now ?? Date.now;
    const limit = options.waitLimitMs ?? WAIT_LIMIT_MS;
    const started = now();
    const notes = [];
    let state = options.state;
    for (;;) {
        const running = [];
        for (const record of state.active) {
            const label = describeDeployment(record.deployment);
            if (now() <= expiryOf(record, options.staleAfterMs ?? STALE_AFTER_MS)) {
                running.push(record);
                continue;
            }
            if (options.dryRun) {
                notes.push(`Deployment ${record.deployment.id} of ${label} is stale (${record.state} since ${record.status?.created_at ?? record.deployment.created_at}); it would be marked error.`);
                continue;
            }
            options.logger.warning(`Deployment ${record.deployment.id} of ${label} in ${state.environment} is stale (${record.state} since ${record.status?.created_at ?? record.deployment.created_at}, its run is gone); marking it error.`);
            await (0,_github_deployments_js__WEBPACK_IMPORTED_MODULE_3__/* .createDeploymentStatus */ .gt)(options.github, options.repo, record.deployment.id, { state: 'error', description: 'stale: superseded' });
        }
        if (running.length === 0)
            return { state, notes };
        const other = running[0];
        const by = other.deployment.payload.run_url ? ` by ${other.deployment.payload.run_url}` : '';
        const what = `deployment ${other.deployment.id} of ${describeDeployment(other.deployment)}${by}`;
        if (options.dryRun) {
            notes.push(`Another deploy to ${state.environment} is running (${what}); the deploy would wait for it up to ${(0,_runtime_js__WEBPACK_IMPORTED_MODULE_5__/* .formatDuration */ .a3)(limit)}.`);
            return { state, notes };
        }
        const waited = now() - started;
        if (waited >= limit) {
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Another deploy to ${state.environment} is still running (${what}, ${other.state}) after waiting ${(0,_runtime_js__WEBPACK_IMPORTED_MODULE_5__/* .formatDuration */ .a3)(waited)}; run this deploy again once it has finished.`);
        }
        options.logger.info(`Waiting for ${what} to finish in ${state.environment} (${other.state}; waited ${(0,_runtime_js__WEBPACK_IMPORTED_MODULE_5__/* .formatDuration */ .a3)(waited)} of ${(0,_runtime_js__WEBPACK_IMPORTED_MODULE_5__/* .formatDuration */ .a3)(limit)}).`);
        await (0,_runtime_js__WEBPACK_IMPORTED_MODULE_5__/* .sleep */ .yy)(Math.min(options.pollMs ?? WAIT_POLL_MS, Math.max(0, limit - waited)), options.signal);
        options.ledger.refresh();
        state = await options.ledger.scan();
    }
}


/***/ }),

/***/ 5505:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ renderSummary)
/* harmony export */ });
/* harmony import */ var _preflight_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9536);
/* harmony import */ var _runtime_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(971);


/** Markdown for the job summary of a deploy (or rollback): what, where, each check's figures, timings, links. */
const escapeCell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (text) => (text ? `\`${text.replace(/`/g, "'")}\`` : '—');
const mark = (ok) => (ok ? '✅' : '❌');
const HEADLINE = {
    success: '✅ Deployed',
    failure: '❌ Deploy failed',
    'rolled-back': '↩️ Deploy failed and was rolled back',
    'dry-run': '📝 Dry run',
};
function attemptSection(title, attempt, outcome) {
    const lines = [
        `### ${title}: deployment ${attempt.deploymentId} — ${attempt.state}`,
        '',
        `${(0,_preflight_js__WEBPACK_IMPORTED_MODULE_0__/* .describeRef */ .Ro)(attempt.ref, attempt.sha, attempt.version)} · [deployments of ${outcome.environment}](${outcome.deploymentsUrl})`,
        '',
    ];
    if (attempt.failure)
        lines.push(`> ${attempt.failure}`, '');
    if (attempt.checks.length) {
        lines.push('| Check | Result | Measured | Required |', '| --- | --- | --- | --- |');
        for (const check of attempt.checks) {
            lines.push(`| ${escapeCell(check.name)} | ${mark(check.ok)} | ${escapeCell(check.measured)} | ${escapeCell(check.threshold)} |`);
        }
        lines.push('');
    }
    lines.push(...phaseTable(attempt.phases));
    return lines;
}
function phaseTable(phases) {
    if (!phases.length)
        return [];
    return ['| Phase | Took | |', '| --- | --- | --- |', ...phases.map((phase) => `| ${phase.name} | ${(0,_runtime_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(phase.ms)} | ${mark(phase.ok)} |`), ''];
}
function renderSummary(outcome) {
    const previous = outcome.previous ? `${(0,_preflight_js__WEBPACK_IMPORTED_MODULE_0__/* .describeRef */ .Ro)(outcome.previous.ref, outcome.previous.sha, outcome.previous.version)} (deployment ${outcome.previous.id})` : 'none';
    const lines = [
        `## ${HEADLINE[outcome.status]}: ${outcome.mode === 'rollback' ? 'rollback of ' : ''}${outcome.environment}`,
        '',
        outcome.message,
        '',
        '| | |',
        '| --- | --- |',
        `| Environment | ${escapeCell(outcome.environment)}${outcome.production ? ' (production)' : ''} |`,
        `| Ref | ${code(outcome.ref)} |`,
        `| Commit | ${code(outcome.sha)} |`,
        `| Version | ${outcome.version ? code(outcome.version) : '—'} |`,
        `| Previously live | ${escapeCell(previous)} |`,
        `| Status | ${outcome.status} |`,
        ...(outcome.deploymentId !== undefined ? [`| Deployment | [${outcome.deploymentId}](${outcome.deploymentsUrl}) |`] : []),
        ...(outcome.environmentUrl ? [`| Environment URL | ${outcome.environmentUrl} |`] : []),
        `| Workflow run | ${outcome.runUrl} |`,
        '',
    ];
    if (outcome.plan) {
        lines.push('### Plan (nothing was changed)', '', ...outcome.plan.map((step) => `- ${step}`), '');
    }
    lines.push(...phaseTable(outcome.phases));
    if (outcome.attempt)
        lines.push(...attemptSection(outcome.mode === 'rollback' ? 'Rollback' : 'Deploy', outcome.attempt, outcome));
    if (outcome.rollback)
        lines.push(...attemptSection('Automatic rollback', outcome.rollback, outcome));
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Op: () => (/* binding */ describeFetchError),
/* harmony export */   a3: () => (/* binding */ formatDuration),
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
/** "1.2s", "45s", "3m 05s" for logs and summaries. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    const seconds = ms / 1000;
    if (seconds < 60)
        return `${seconds < 10 ? seconds.toFixed(1) : Math.round(seconds)}s`;
    const whole = Math.round(seconds);
    const minutes = Math.floor(whole / 60);
    return `${minutes}m ${String(whole % 60).padStart(2, '0')}s`;
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

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cl: () => (/* binding */ createGitHub),
/* harmony export */   FH: () => (/* binding */ api),
/* harmony export */   Gv: () => (/* binding */ toApiError),
/* harmony export */   nG: () => (/* binding */ httpStatus)
/* harmony export */ });
/* unused harmony exports API_VERSION, apiBaseUrl, isTransient, retryDelaySeconds */
/* harmony import */ var _octokit_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5194);
/* harmony import */ var _octokit_plugin_paginate_rest__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3779);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6856);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3251);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7268);





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
const API_VERSION = '2022-11-28';
const Octokit = _octokit_core__WEBPACK_IMPORTED_MODULE_2__/* .Octokit */ .E.plugin(_octokit_plugin_paginate_rest__WEBPACK_IMPORTED_MODULE_3__/* .paginateRest */ .ud, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__/* .throttling */ .A);
const MAX_WAIT_SECONDS = 15 * 60;
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
function createGitHub(options) {
    const baseUrl = options.baseUrl ?? apiBaseUrl();
    const log = options.log ?? (() => undefined);
    const retries = options.retries ?? 3;
    const throttle = {
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
    // GitHub asks for one second between mutating requests (three for ones that notify, such as
    // issues and comments) to api.github.com; a server on this machine (the simulator) has no
    // secondary limits to protect, so the spacing is dropped there.
    if (isLoopback(baseUrl)) {
        throttle.write = new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0___default().Group)({ maxConcurrent: 1, minTime: 0 });
        throttle.notifications = new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0___default().Group)({ maxConcurrent: 1, minTime: 0 });
    }
    const octokit = new Octokit({
        auth: options.token || undefined,
        baseUrl,
        userAgent: 'shipgate',
        request: options.fetch ? { fetch: options.fetch } : {},
        throttle: throttle,
        log: { debug: () => undefined, info: () => undefined, warn: log, error: log },
    });
    octokit.hook.before('request', (request) => {
        request.headers['x-github-api-version'] = API_VERSION;
    });
    octokit.hook.wrap('request', async (request, endpoint) => {
        // A request may ask for fewer retries (`request: { retries: 0 }`) when it retries itself.
        const limit = endpoint.request?.retries ?? retries;
        for (let attempt = 0;; attempt++) {
            try {
                return await request(endpoint);
            }
            catch (error) {
                const status = error.status ?? 0;
                const headers = error.response?.headers ?? {};
                if (!isTransient(status) || attempt >= limit)
                    throw error;
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
async function api(operation, call) {
    try {
        return await call();
    }
    catch (error) {
        throw toApiError(operation, error);
    }
}
function toApiError(operation, error) {
    if (error instanceof _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD)
        return error;
    const status = error.status;
    if (typeof status !== 'number')
        return error;
    const data = error.response?.data;
    const details = (data?.errors ?? [])
        .map((entry) => (typeof entry === 'string' ? entry : (entry.message ?? JSON.stringify(entry))))
        .filter(Boolean);
    const message = [data?.message ?? error.message, ...details].filter(Boolean).join('; ');
    return new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD(operation, status, message || 'no message');
}
function httpStatus(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : error instanceof _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD ? error.status : undefined;
}


/***/ }),

/***/ 149:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WL: () => (/* binding */ resolveCommit),
/* harmony export */   dz: () => (/* binding */ isTag),
/* harmony export */   kC: () => (/* binding */ compareCommits)
/* harmony export */ });
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7268);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6584);


/** Resolve a ref (sha, branch, tag, refs/...) to its commit sha; a ref GitHub does not know is a user error. */
async function resolveCommit(github, repo, ref) {
    const name = ref.replace(/^refs\/(heads|tags)\//, '');
    return (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .api */ .FH)(`resolve ${JSON.stringify(ref)} to a commit`, async () => {
        try {
            const response = await github.request('GET /repos/{owner}/{repo}/commits/{ref}', {
                ...repo,
                ref: name,
                per_page: 1,
                headers: { accept: 'application/vnd.github.sha' },
            });
            // With the .sha media type GitHub answers the bare sha; a JSON body (older servers) has `sha`.
            const data = response.data;
            const sha = typeof data === 'string'
                ? data.trim()
                : data instanceof ArrayBuffer
                    ? new TextDecoder().decode(data).trim()
                    : data.sha;
            if (!sha || !/^[0-9a-f]{40}$/.test(sha))
                throw new Error(`unexpected answer for commit ${name}: ${JSON.stringify(data).slice(0, 200)}`);
            return sha;
        }
        catch (error) {
            const status = (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .httpStatus */ .nG)(error);
            if (status === 404 || status === 422) {
                throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`The ref ${JSON.stringify(ref)} was not found in ${repo.owner}/${repo.repo}; give a commit sha, a branch or a tag that exists there.`);
            }
            throw error;
        }
    });
}
/** Whether a name is a tag of the repository (one request; 404 means it is not). */
async function isTag(github, repo, name) {
    return (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .api */ .FH)(`look up the tag ${name}`, async () => {
        try {
            await github.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...repo, ref: `tags/${name}` });
            return true;
        }
        catch (error) {
            if ((0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .httpStatus */ .nG)(error) === 404)
                return false;
            throw error;
        }
    });
}
/**
 * How `head` relates to `base`: `ahead`/`identical` when head descends from (or is) base.
 * per_page 1 keeps the answer small: only the counts and the status are used.
 */
async function compareCommits(github, repo, base, head) {
    return (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .api */ .FH)(`compare ${base.slice(0, 12)}...${head.slice(0, 12)}`, async () => {
        const { data } = await github.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
            ...repo,
            basehead: `${base}...${head}`,
            per_page: 1,
        });
        return { status: data.status, aheadBy: data.ahead_by, behindBy: data.behind_by };
    });
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

/***/ 6887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jn: () => (/* binding */ listDeployments),
/* harmony export */   Wj: () => (/* binding */ ACTIVE_STATES),
/* harmony export */   Yy: () => (/* binding */ createDeployment),
/* harmony export */   gt: () => (/* binding */ createDeploymentStatus),
/* harmony export */   oJ: () => (/* binding */ listDeploymentStatuses)
/* harmony export */ });
/* unused harmony exports fitDescription, deploymentRefusal, failingContexts */
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7268);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6584);


/** States of a deployment that is still running (another deploy must wait for it). */
const ACTIVE_STATES = ['in_progress', 'queued', 'pending'];
const asDeployment = (raw) => {
    let payload = raw.payload;
    if (typeof payload === 'string') {
        try {
            payload = payload ? JSON.parse(payload) : {};
        }
        catch {
            payload = {};
        }
    }
    return {
        id: raw.id,
        sha: raw.sha,
        ref: raw.ref,
        environment: raw.environment ?? '',
        task: raw.task ?? 'deploy',
        description: raw.description ?? null,
        created_at: raw.created_at,
        creator: raw.creator?.login,
        payload: payload && typeof payload === 'object' ? payload : {},
    };
};
/** GitHub caps a status description at 140 characters. */
const fitDescription = (text) => (text.length > 140 ? `${text.slice(0, 139)}…` : text);
/**
 * POST /deployments. GitHub's answers that create nothing become one-sentence user errors:
 * 202 (it merged the default branch into the ref instead), 409 (required status checks failed or
 * a merge conflict) and 422 (ref unknown, invalid parameters).
 */
async function createDeployment(github, repo, params) {
    const where = `${params.environment} (${params.ref.slice(0, 12)})`;
    return (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .api */ .FH)(`create the deployment of ${where}`, async () => {
        let response;
        try {
            // The client retries 5xx answers (after retry-after) but never a 409 or 422: those are final.
            response = await github.request('POST /repos/{owner}/{repo}/deployments', {
                ...repo,
                ref: params.ref,
                task: 'deploy',
                auto_merge: false,
                required_contexts: params.requiredContexts ?? [],
                payload: params.payload,
                environment: params.environment,
                description: fitDescription(params.description),
                transient_environment: false,
                production_environment: params.production,
            });
        }
        catch (error) {
            throw deploymentRefusal(error, where) ?? error;
        }
        if (response.status === 202) {
            const message = response.data.message ?? 'no message';
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`GitHub did not create a deployment of ${where} and answered 202 instead ("${message}"); shipgate deploys exactly the given commit, so nothing was deployed.`);
        }
        return asDeployment(response.data);
    });
}
/** The UserError for a 409 or 422 answer to POST /deployments, or undefined for other failures. */
function deploymentRefusal(error, where) {
    const status = (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .httpStatus */ .nG)(error);
    const data = error.response?.data ?? {};
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
    return (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .api */ .FH)(`set the status of deployment ${id} to ${params.state}`, async () => {
        const { data } = await github.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
            ...repo,
            deployment_id: id,
            state: params.state,
            description: fitDescription(params.description),
            ...(params.logUrl ? { log_url: params.logUrl } : {}),
            ...(params.environmentUrl ? { environment_url: params.environmentUrl } : {}),
            auto_inactive: false,
        });
        return data;
    });
}
/** One page of an environment's deployments, newest first (as GitHub lists them). */
async function listDeployments(github, repo, params) {
    return (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .api */ .FH)(`list the deployments of ${params.environment}`, async () => {
        const { data } = await github.request('GET /repos/{owner}/{repo}/deployments', {
            ...repo,
            environment: params.environment,
            ...(params.sha ? { sha: params.sha } : {}),
            per_page: params.perPage ?? 100,
            page: params.page ?? 1,
        });
        return data.map(asDeployment).sort((a, b) => b.id - a.id);
    });
}
/**
 * The statuses of one deployment, newest first. One request of up to 100: a shipgate deployment
 * has a handful (in_progress per phase, then a final one, later inactive).
 */
async function listDeploymentStatuses(github, repo, id) {
    return (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .api */ .FH)(`read the statuses of deployment ${id}`, async () => {
        const { data } = await github.request('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
            ...repo,
            deployment_id: id,
            per_page: 100,
        });
        return data.slice().sort((a, b) => b.id - a.id);
    });
}


/***/ }),

/***/ 2979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ withoutActionInputs)
/* harmony export */ });
/**
 * The environment for a user's command (the deploy command, the test command): the step's
 * environment without the action's own INPUT_* variables, which hold the GitHub token. Secrets
 * the workflow hands to the step through `env:` stay visible; the token the action was given
 * does not leak into test code and its dependencies.
 */
function withoutActionInputs(base) {
    const env = {};
    for (const [name, value] of Object.entries(base)) {
        if (value !== undefined && !/^INPUT_/i.test(name))
            env[name] = value;
    }
    return env;
}


/***/ })

};
