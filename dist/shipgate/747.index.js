export const id = 747;
export const ids = [747,422];
export const modules = {

/***/ 5422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readInputs: () => (/* binding */ readInputs),
/* harmony export */   readVerifyInputs: () => (/* binding */ readVerifyInputs)
/* harmony export */ });
/** `needs`: what the action cannot do without a token, for the sentence that refuses an empty one. */
function readVerifyInputs(reader, needs) {
    const inputs = {
        command: reader.string('command'),
        url: reader.optional('url'),
        'health-check-url': reader.list('health-check-url'),
        'health-check-timeout': reader.duration('health-check-timeout', 300),
        'health-check-interval': reader.duration('health-check-interval', 5),
        'prometheus-url': reader.optional('prometheus-url'),
        'max-error-rate': reader.percent('max-error-rate', 1),
        'max-p95-latency': reader.number('max-p95-latency', 500, { min: 0 }),
        'verify-window': reader.duration('verify-window', 60),
        'error-rate-query': reader.optional('error-rate-query'),
        'p95-latency-query': reader.optional('p95-latency-query'),
        timeout: reader.duration('timeout', undefined),
        'dry-run': reader.boolean('dry-run', false),
        'github-token': reader.githubToken(needs),
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
    const environment = reader.required('environment') && reader.environment('environment');
    const production = reader.raw('production') === '' ? undefined : reader.boolean('production', false);
    return {
        environment,
        ref: reader.optional('ref'),
        production,
        'require-deployed-to': reader.optional('require-deployed-to'),
        'auto-rollback': reader.boolean('auto-rollback', true),
        'tag-prefix': reader.string('tag-prefix', 'v'),
        force: reader.boolean('force', false),
        ...readVerifyInputs(reader, 'deploy needs it to read and record the deployments of the environment'),
    };
}


/***/ }),

/***/ 2310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $z: () => (/* binding */ verifySettings),
/* harmony export */   AI: () => (/* binding */ reportCancelled),
/* harmony export */   Wj: () => (/* binding */ coreLogger),
/* harmony export */   an: () => (/* binding */ withCancellation),
/* harmony export */   z8: () => (/* binding */ report)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9469);
/* harmony import */ var _lib_log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1025);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7268);
/* harmony import */ var _deploy_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5505);
/* harmony import */ var _deploy_runtime_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(971);





/** The runner side shared by the deploy and rollback actions: logger, verification settings, cancellation, outputs and summaries. */
const coreLogger = {
    info: (message) => _lib_log_js__WEBPACK_IMPORTED_MODULE_1__/* .log */ .R.info(message),
    warning: (message) => _lib_log_js__WEBPACK_IMPORTED_MODULE_1__/* .log */ .R.warning(message),
    startGroup: (name) => _lib_log_js__WEBPACK_IMPORTED_MODULE_1__/* .log */ .R.startGroup(name),
    endGroup: () => _lib_log_js__WEBPACK_IMPORTED_MODULE_1__/* .log */ .R.endGroup(),
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
        _lib_log_js__WEBPACK_IMPORTED_MODULE_1__/* .log */ .R.warning(`Received ${signal}: stopping and recording the deployment as cancelled.`);
        controller.abort(new _deploy_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .CancelledError */ .cc());
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
    if (outcome.mode === 'deploy')
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('version', outcome.version);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('previous-ref', outcome.previous?.ref ?? '');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('environment-url', outcome.environmentUrl);
    if (outcome.status !== 'dry-run') {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('deployment-id', String(outcome.deploymentId ?? ''));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('status', outcome.status);
    }
    for (const step of outcome.plan ?? [])
        _lib_log_js__WEBPACK_IMPORTED_MODULE_1__/* .log */ .R.info(`[dry-run] ${step}`);
    if (process.env.GITHUB_STEP_SUMMARY)
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw((0,_deploy_report_js__WEBPACK_IMPORTED_MODULE_3__/* .renderSummary */ .B)(outcome)).write();
    if (outcome.status === 'failure' || outcome.status === 'rolled-back')
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(outcome.message);
    _lib_log_js__WEBPACK_IMPORTED_MODULE_1__/* .log */ .R.info(outcome.message);
}
/** A cancelled deploy returns no outcome: set the outputs it can (status failure) and say so in the summary before the step fails. */
async function reportCancelled(error, links) {
    const { deploymentId, sha, ref, environmentUrl } = error.details;
    if (sha)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('sha', sha);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('ref', ref);
    if (environmentUrl)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('environment-url', environmentUrl);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('deployment-id', deploymentId === undefined ? '' : String(deploymentId));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('status', 'failure');
    if (process.env.GITHUB_STEP_SUMMARY)
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw((0,_deploy_report_js__WEBPACK_IMPORTED_MODULE_3__/* .renderCancelledSummary */ .m)(error.details, error.message, links)).write();
}


/***/ }),

/***/ 5631:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zd: () => (/* reexport */ DeploymentCancelled),
  wL: () => (/* binding */ deploymentsPage),
  pw: () => (/* binding */ runDeployment),
  xU: () => (/* binding */ runRollbackDeployment)
});

// UNUSED EXPORTS: TIMING

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
// EXTERNAL MODULE: ./src/lib/duration.ts
var duration = __webpack_require__(2543);
// EXTERNAL MODULE: ./src/lib/child-env.ts
var child_env = __webpack_require__(2979);
;// CONCATENATED MODULE: ./src/deploy/command.ts





/**
 * The deploy command runs as `bash -e -o pipefail -c <command>`: like a workflow `run:` step
 * with `shell: bash` (errexit and pipefail), so a failing line or pipe stage fails the deploy
 * instead of being ignored. It runs in its own process group so a timeout or a cancel stops the
 * whole tree (SIGTERM, then SIGKILL after a grace period), not just bash.
 *
 * It is spawned here rather than through @actions/exec (which runs git and the test command)
 * because @actions/exec can neither start the child in its own process group (`detached`) nor
 * signal the group, so on a cancel it would stop bash and leave the deploy it started running.
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
    return { ...(0,child_env/* runStepEnvironment */.F)(base), ...variables };
}
/** One sentence for a command that did not succeed, or undefined when it did. */
function describeCommandFailure(result, timeoutMs) {
    if (result.timedOut)
        return `The deploy command did not finish within its timeout of ${(0,duration/* formatDurationCompact */.z)(timeoutMs ?? 0)} and was stopped.`;
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

// EXTERNAL MODULE: ./src/deploy/preflight.ts
var preflight = __webpack_require__(9536);
;// CONCATENATED MODULE: ./src/deploy/turn.ts





/**
 * One deploy per environment, even when two start at the same instant. Checking "is anything
 * running?" before creating a deployment cannot be enough: two runs can both see nothing and both
 * create. So each run creates its deployment first and then looks again: among the environment's
 * shipgate deployments that have not finished, the one with the lowest id runs, and every other
 * one waits (status `queued`) until it is the lowest. GitHub gives ids in creation order, so all
 * runs reach the same verdict from the same list, with no lock service.
 */
/** How long a deploy waits for the ones ahead of it before giving up. */
const WAIT_LIMIT_MS = 10 * 60_000;
/** The first look again while waiting; each later one waits twice as long, up to WAIT_POLL_MS. */
const FIRST_POLL_MS = 1_000;
/** How often it looks again at most while waiting (and logs that it is waiting). */
const WAIT_POLL_MS = 5_000;
/**
 * A running record without its own `expires_at` is stale this long after its newest status.
 * shipgate's own records carry `expires_at` (their command timeout, or this limit when there is
 * none, plus the wait and the verification budget), so a long but alive deploy is never mistaken
 * for a crash.
 */
const STALE_AFTER_MS = 10 * 60_000;
/**
 * A deployment with no status at all this long after it was created is abandoned, whatever its
 * `expires_at` says: shipgate posts a status (queued or in_progress) right after the create answer
 * arrives, so a deployment without one was created by a request whose answer was lost, or by a run
 * that stopped at once. Two request timeouts (30 s each, with its retry) and then some.
 */
const STATUSLESS_AFTER_MS = 90_000;
/** Why a record no longer counts as running, or undefined while it does. */
function abandonment(record, timing, now) {
    const created = Date.parse(record.deployment.created_at);
    if (!record.status) {
        if (now - created <= timing.statuslessAfterMs)
            return undefined;
        return `abandoned: no status ${(0,duration/* formatDurationCompact */.z)(now - created)} after it was created (its run lost the answer or stopped), so it never ran`;
    }
    const declared = Date.parse(record.deployment.payload.expires_at ?? '');
    const expiry = Number.isFinite(declared) ? declared : Date.parse(record.status.created_at) + timing.staleAfterMs;
    if (now <= expiry)
        return undefined;
    return `stale: still ${record.state} past ${new Date(expiry).toISOString()}, when its run would have finished it (the run is gone)`;
}
/** "deployment 12 of v1.2.0 (abc1234) by <run url>". */
function describeRunning(record) {
    const by = record.deployment.payload.run_url ? ` by ${record.deployment.payload.run_url}` : '';
    return `deployment ${record.deployment.id} of ${(0,preflight/* describeDeployment */.Ti)(record.deployment)}${by}`;
}
/** For a dry run's plan: what a deploy created now would find ahead of it. Reads nothing, writes nothing. */
function describeOthers(state, timing, now) {
    return state.active.map((record) => {
        const why = abandonment(record, timing, now);
        return why
            ? `Deployment ${record.deployment.id} of ${(0,preflight/* describeDeployment */.Ti)(record.deployment)} would be marked error (${why}).`
            : `Another deploy to ${state.environment} is running (${describeRunning(record)}); the deploy would wait for it up to ${(0,duration/* formatDurationCompact */.z)(timing.waitLimitMs)}.`;
    });
}
/** The run gave up waiting: its own deployment must get a final status (the caller posts it). */
class TurnNotTaken extends errors/* UserError */.yo {
    constructor(message) {
        super(message);
        this.name = 'TurnNotTaken';
    }
}
/**
 * Wait until `own` is the lowest-id unfinished shipgate deployment of the environment. Records
 * ahead of it that were abandoned are finished as `error` with a description that says why.
 * Returns the environment's state as it is when the turn comes (what is live may have changed
 * while waiting). Throws TurnNotTaken after the wait limit, and CancelledError on cancel; the
 * caller gives `own` its final status either way.
 */
async function takeTurn(options) {
    const { ledger, own, logger, timing } = options;
    const now = options.now ?? Date.now;
    const wait = options.sleep ?? runtime/* sleep */.yy;
    const started = now();
    let queued = false;
    ledger.markOwn(own.id);
    let pollMs = Math.min(timing.firstPollMs, timing.waitPollMs);
    for (;;) {
        ledger.refreshRunning();
        const state = await ledger.scan();
        const ahead = [];
        for (const record of state.active) {
            if (record.deployment.id >= own.id)
                continue;
            const why = abandonment(record, timing, now());
            if (!why) {
                ahead.push(record);
                continue;
            }
            logger.warning(`Deployment ${record.deployment.id} of ${(0,preflight/* describeDeployment */.Ti)(record.deployment)} in ${state.environment} is ${why}; marking it error.`);
            await (0,deployments/* createDeploymentStatus */.gt)(options.github, options.repo, record.deployment.id, { state: 'error', description: why });
        }
        if (ahead.length === 0)
            return state;
        // The lowest id runs first: that is the one this deploy waits for.
        const first = ahead.reduce((low, each) => (each.deployment.id < low.deployment.id ? each : low));
        const what = describeRunning(first);
        const waited = now() - started;
        if (waited >= timing.waitLimitMs) {
            throw new TurnNotTaken(`Another deploy to ${state.environment} is still running (${what}, ${first.state}) after waiting ${(0,duration/* formatDurationCompact */.z)(waited)}; run this deploy again once it has finished.`);
        }
        if (!queued) {
            // A status at once: a deployment without one is taken for abandoned (STATUSLESS_AFTER_MS).
            await (0,deployments/* createDeploymentStatus */.gt)(options.github, options.repo, own.id, { state: 'queued', description: `${options.label}: waiting for deployment ${first.deployment.id} to finish` });
            queued = true;
        }
        logger.info(`Waiting for ${what} to finish in ${state.environment} (${first.state}; waited ${(0,duration/* formatDurationCompact */.z)(waited)} of ${(0,duration/* formatDurationCompact */.z)(timing.waitLimitMs)}).`);
        await wait(Math.min(pollMs, Math.max(0, timing.waitLimitMs - waited)), options.signal);
        pollMs = Math.min(pollMs * 2, timing.waitPollMs);
    }
}

;// CONCATENATED MODULE: ./src/deploy/types.ts



const TIMING = {
    waitLimitMs: WAIT_LIMIT_MS,
    waitPollMs: WAIT_POLL_MS,
    firstPollMs: FIRST_POLL_MS,
    staleAfterMs: STALE_AFTER_MS,
    statuslessAfterMs: STATUSLESS_AFTER_MS,
    killGraceMs: KILL_GRACE_MS,
};
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

// EXTERNAL MODULE: ./src/lib/http.ts
var http = __webpack_require__(1931);
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
    // Through the runner's proxy (HTTPS_PROXY / NO_PROXY), which Node's own fetch ignores.
    const fetcher = options.fetch ?? http/* proxyFetch */.Z6;
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
    return `The health check ${first.url}${others} did not answer 2xx within ${(0,duration/* formatDurationCompact */.z)(timeoutMs)}: ${first.attempts} attempt${first.attempts === 1 ? '' : 's'}, last ${first.lastError ?? 'no answer'}.`;
}

// EXTERNAL MODULE: ./src/deploy/metrics.ts
var deploy_metrics = __webpack_require__(4110);
;// CONCATENATED MODULE: ./src/deploy/verify.ts



/** The steps `verify` asks for, in order (none when it asks for nothing). */
function verifySteps(verify, context, label) {
    const steps = [];
    if (verify.healthCheckUrls.length > 0) {
        steps.push({ name: 'health checks', status: `${label}: health checks`, run: () => healthChecks(verify, context) });
    }
    const prometheusUrl = verify.prometheusUrl;
    if (prometheusUrl) {
        steps.push({
            name: 'service-level checks',
            status: `${label}: verifying error rate and p95 latency over ${(0,deploy_metrics/* promDuration */.Jn)(verify.verifyWindowMs)}`,
            run: () => serviceLevelChecks(verify, prometheusUrl, context),
        });
    }
    return steps;
}
async function healthChecks(verify, context) {
    const results = await checkHealth({
        urls: verify.healthCheckUrls,
        timeoutMs: verify.healthCheckTimeoutMs,
        intervalMs: verify.healthCheckIntervalMs,
        logger: context.logger,
        signal: context.signal,
        fetch: context.fetch,
    });
    const checks = results.map((each) => ({
        kind: 'health',
        name: `health ${each.url}`,
        ok: each.ok,
        measured: each.status !== undefined ? `HTTP ${each.status} in ${Math.round(each.latencyMs ?? 0)} ms` : (each.lastError ?? 'no answer'),
        threshold: `2xx within ${(0,duration/* formatDurationCompact */.z)(verify.healthCheckTimeoutMs)}`,
        detail: each.ok ? `Healthy after ${each.attempts} attempt(s), ${(0,duration/* formatDurationCompact */.z)(each.elapsedMs)}.` : (describeHealthFailure([each], verify.healthCheckTimeoutMs) ?? ''),
    }));
    return { checks, failure: describeHealthFailure(results, verify.healthCheckTimeoutMs) };
}
async function serviceLevelChecks(verify, prometheusUrl, context) {
    await (0,deploy_metrics/* waitForWindow */.hz)(verify.verifyWindowMs, context.logger, context.signal);
    const metrics = await (0,deploy_metrics/* checkMetrics */.Ux)({
        prometheusUrl,
        windowMs: verify.verifyWindowMs,
        maxErrorRate: verify.maxErrorRate,
        maxP95Latency: verify.maxP95Latency,
        errorRateQuery: verify.errorRateQuery,
        p95LatencyQuery: verify.p95LatencyQuery,
        logger: context.logger,
        signal: context.signal,
        fetch: context.fetch,
    });
    const checks = metrics.map((each) => ({
        kind: 'metric',
        name: each.name,
        ok: each.ok,
        measured: each.measured === undefined
            ? 'no value'
            : each.unit === '%'
                ? `${Number(each.measured.toFixed(3))}%`
                : Number.isFinite(each.measured)
                    ? `${Math.round(each.measured)} ms`
                    : 'above the largest bucket',
        threshold: `at most ${each.threshold}${each.unit === '%' ? '%' : ' ms'}`,
        detail: each.detail,
    }));
    return { checks, failure: metrics.find((each) => !each.ok)?.detail };
}
/** "health HTTP 200 in 12 ms, error rate 0.1%": what verified a success, for its status description. */
const describeVerified = (checks) => checks.filter((each) => each.kind !== 'command').map((each) => `${each.kind === 'health' ? 'health' : each.name} ${each.measured}`);

;// CONCATENATED MODULE: ./src/deploy/attempt.ts








const stripPeriod = (sentence) => sentence.replace(/\.$/, '');
const labelOf = (target) => (0,preflight/* describeRef */.Ro)(target.ref, target.sha, target.version);
/** When a run that created a deployment now will have given it a final status, if it is alive. */
function expiresAt(settings, timing) {
    const command = settings.commandTimeoutMs ?? timing.staleAfterMs;
    const health = settings.verify.healthCheckUrls.length ? settings.verify.healthCheckTimeoutMs : 0;
    const once = command + health + (settings.verify.prometheusUrl ? settings.verify.verifyWindowMs + 60_000 : 0);
    const rollback = settings.autoRollback ? command + health : 0;
    return new Date(Date.now() + timing.waitLimitMs + once + rollback + 60_000).toISOString();
}
/** Create the GitHub Deployment of a target (no status yet: the turn or the attempt posts the first). */
async function createFor(target, settings, deps, timing) {
    const label = labelOf(target);
    const payload = {
        shipgate: 1,
        version: target.version,
        sha: target.sha,
        ref: target.ref,
        previous: target.previous ? { id: target.previous.id, ref: target.previous.ref, sha: target.previous.sha } : null,
        run_url: deps.run.url,
        actor: deps.run.actor,
        mode: target.kind,
        reason: target.reason,
        ...(target.rolledBack ? { rolled_back: target.rolledBack } : {}),
        expires_at: expiresAt(settings, timing),
    };
    const deployment = await (0,deployments/* createDeployment */.Yy)(deps.github, deps.repo, {
        ref: target.sha,
        environment: settings.environment,
        description: `${target.kind === 'rollback' ? 'Rollback to' : 'Deploy'} ${label} by shipgate`,
        production: settings.production,
        payload,
        requiredContexts: settings.requiredContexts,
    });
    deps.logger.info(`Created deployment ${deployment.id} of ${label} in ${settings.environment} (${target.kind}).`);
    return deployment;
}
/** Post a final status; a failure to do so is a warning (the deploy's own verdict stands). */
async function finalStatus(deps, id, state, description) {
    try {
        await (0,deployments/* createDeploymentStatus */.gt)(deps.github, deps.repo, id, { state, description, logUrl: deps.run.url });
    }
    catch (error) {
        deps.logger.warning(`Deployment ${id} could not be given its final status: ${error.message}`);
    }
}
/**
 * A deployment that never ran (the run was cancelled while it waited, gave up waiting, or was
 * refused once its turn came) still gets a final `error` status saying why. Returns what to throw.
 */
async function finishUnrun(id, target, error, settings, deps) {
    const cancelled = (0,runtime/* isCancelled */.mm)(error, deps.signal);
    const description = cancelled ? 'cancelled while waiting for its turn' : error instanceof errors/* UserError */.yo ? error.message : `shipgate error: ${error?.message ?? String(error)}`;
    await finalStatus(deps, id, 'error', description);
    if (cancelled) {
        return new DeploymentCancelled(`The deploy of ${labelOf(target)} to ${settings.environment} was cancelled while it waited for its turn; deployment ${id} was marked error.`, { deploymentId: id, sha: target.sha, ref: target.ref, environmentUrl: settings.url ?? '', environment: settings.environment });
    }
    if (error instanceof errors/* UserError */.yo)
        return new errors/* UserError */.yo(`${stripPeriod(error.message)}; deployment ${id} was marked error.`);
    return error;
}
function commandCheck(result, failure, timeoutMs) {
    return {
        kind: 'command',
        name: 'deploy command',
        ok: !failure,
        measured: result.timedOut ? 'timed out' : result.signal ? `killed by ${result.signal}` : `exit code ${result.exitCode} after ${(0,duration/* formatDurationCompact */.z)(result.durationMs)}`,
        threshold: timeoutMs ? `exit code 0 within ${(0,duration/* formatDurationCompact */.z)(timeoutMs)}` : 'exit code 0',
        detail: failure ?? `The deploy command succeeded in ${(0,duration/* formatDurationCompact */.z)(result.durationMs)}.`,
    };
}
/**
 * Run the command and verify, and leave a final status, except for a verification failure when
 * `holdFailure` is set (the caller posts it after the automatic rollback, so the failed
 * deployment keeps the environment's turn until then).
 */
async function runAttempt(id, target, settings, deps, timing, holdFailure) {
    const { github, repo, logger, signal } = deps;
    const label = labelOf(target);
    const phases = [];
    const checks = [];
    let final;
    const setStatus = (state, description) => (0,deployments/* createDeploymentStatus */.gt)(github, repo, id, { state, description, logUrl: deps.run.url, environmentUrl: settings.url });
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
    const steps = verifySteps(settings.verify, { logger, signal, fetch: deps.fetch }, label);
    let failure;
    try {
        await setStatus('in_progress', target.statusPerPhase
            ? `${target.kind === 'rollback' ? 'Rolling back to' : 'Deploying'} ${label}: running the deploy command`
            : `Rolling back to ${label}: ${['deploy command', ...steps.map((step) => step.name)].join(', then ')}`);
        const result = await phase(target.kind === 'rollback' ? 'rollback command' : 'deploy command', () => runCommand({
            command: settings.command,
            env: commandEnvironment(deps.env ?? process.env, {
                SHIPGATE_ENVIRONMENT: settings.environment,
                SHIPGATE_REF: target.ref,
                SHIPGATE_SHA: target.sha,
                SHIPGATE_VERSION: target.version,
                SHIPGATE_PREVIOUS_REF: target.previous?.ref ?? '',
                SHIPGATE_DEPLOYMENT_ID: String(id),
                SHIPGATE_MODE: target.kind,
            }),
            cwd: deps.cwd,
            timeoutMs: settings.commandTimeoutMs,
            signal,
            killGraceMs: timing.killGraceMs,
            output: deps.output,
        }), (done) => describeCommandFailure(done, settings.commandTimeoutMs) === undefined);
        if (result.cancelled)
            throw new runtime/* CancelledError */.cc();
        failure = describeCommandFailure(result, settings.commandTimeoutMs);
        checks.push(commandCheck(result, failure, settings.commandTimeoutMs));
        for (const step of steps) {
            if (failure)
                break;
            if (target.statusPerPhase)
                await setStatus('in_progress', step.status);
            const verified = await phase(step.name, () => step.run(), (done) => !done.failure);
            checks.push(...verified.checks);
            failure = verified.failure;
        }
        if (failure) {
            if (!holdFailure)
                await setStatus('failure', failure);
            final = 'failure';
            logger.warning(`Deployment ${id} of ${label} failed: ${failure}`);
        }
        else {
            const passed = describeVerified(checks);
            await setStatus('success', `${target.kind === 'rollback' ? 'Rolled back to' : 'Deployed'} ${label}${passed.length ? `; verified: ${passed.join(', ')}` : ''}`);
            final = 'success';
            logger.info(`Deployment ${id} of ${label} succeeded.`);
            if (target.supersedes && target.supersedes.id !== id) {
                try {
                    await (0,deployments/* createDeploymentStatus */.gt)(github, repo, target.supersedes.id, { state: 'inactive', description: `Superseded by deployment ${id} (${(0,runtime/* short */.h0)(target.sha)})` });
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
                throw new DeploymentCancelled(`The deploy of ${label} to ${settings.environment} was cancelled; deployment ${id} was marked error.`, {
                    deploymentId: id,
                    sha: target.sha,
                    ref: target.ref,
                    environmentUrl: settings.url ?? '',
                    environment: settings.environment,
                });
            }
        }
        throw error;
    }
    return { mode: target.kind, deploymentId: id, ref: target.ref, sha: target.sha, version: target.version, state: final, failure, checks, phases };
}

// EXTERNAL MODULE: ./src/deploy/ledger.ts
var deploy_ledger = __webpack_require__(5874);
;// CONCATENATED MODULE: ./src/deploy/plan.ts




/** A dry run's plan: what a deploy or a rollback would do, one sentence a step. */
function planOf(settings, args) {
    const { verify } = settings;
    const previous = args.previous ? `${(0,preflight/* describeRef */.Ro)(args.previous.ref, args.previous.sha, args.previous.version)} (deployment ${args.previous.id})` : 'nothing';
    return [
        `Would create a GitHub Deployment of ${args.label} in ${settings.environment} (${args.kind}, production_environment ${settings.production}, required contexts: ${settings.requiredContexts?.length ? settings.requiredContexts.join(', ') : 'none'}).`,
        `Live now: ${previous}${args.previous ? '; it would be marked inactive once the new deployment succeeds' : ''}.`,
        settings.command
            ? `Would run: ${SHELL.join(' ')} ${JSON.stringify(settings.command)}${settings.commandTimeoutMs ? ` (timeout ${(0,duration/* formatDurationCompact */.z)(settings.commandTimeoutMs)})` : ''}.`
            : 'No deploy command given (allowed in a dry run only).',
        verify.healthCheckUrls.length
            ? `Health checks: ${verify.healthCheckUrls.join(', ')} must answer 2xx within ${(0,duration/* formatDurationCompact */.z)(verify.healthCheckTimeoutMs)}, tried every ${(0,duration/* formatDurationCompact */.z)(verify.healthCheckIntervalMs)}.`
            : 'Health checks: none.',
        verify.prometheusUrl
            ? `Service-level checks against ${verify.prometheusUrl} after a ${(0,deploy_metrics/* promDuration */.Jn)(verify.verifyWindowMs)} window: error rate at most ${verify.maxErrorRate}% (${(0,deploy_metrics/* renderQuery */.no)(verify.errorRateQuery ?? deploy_metrics/* DEFAULT_ERROR_RATE_QUERY */.VE, verify.verifyWindowMs)}), p95 latency at most ${verify.maxP95Latency} ms (${(0,deploy_metrics/* renderQuery */.no)(verify.p95LatencyQuery ?? deploy_metrics/* DEFAULT_P95_LATENCY_QUERY */.RY, verify.verifyWindowMs)}).`
            : 'Service-level checks: none (no prometheus-url).',
        args.kind === 'rollback'
            ? 'On failure: reported; a rollback is not rolled back automatically.'
            : settings.autoRollback
                ? `On failure: automatic rollback to ${previous}.`
                : 'On failure: no automatic rollback (auto-rollback is off).',
        ...args.notes,
    ];
}

// EXTERNAL MODULE: ./src/release/semver.ts
var semver = __webpack_require__(2161);
// EXTERNAL MODULE: ./src/release/tags.ts
var release_tags = __webpack_require__(2788);
;// CONCATENATED MODULE: ./src/deploy/version.ts



/**
 * The version of what is deployed: the release tag the ref names, else the release tag (the
 * prefix and a semantic version) on the deployed commit. Deploy scripts pick artifacts by it
 * (SHIPGATE_VERSION), so a commit deployed by sha or by branch still gets its version. Found as
 * the rollback finds the live release: the release tags by version (one listing), then the
 * commit located among them by a bounded number of comparisons (src/release/tags.ts).
 */
async function releaseVersionOf(github, repo, args) {
    const named = await (0,preflight/* tagOf */.cO)(github, repo, args.ref);
    if (named)
        return named;
    const { tags } = await (0,release_tags/* listReleaseTags */.LA)(github, repo, args.prefix);
    if (tags.length === 0)
        return '';
    const located = await (0,release_tags/* locateRelease */.Ev)(github, repo, args.sha, tags, { wantPrevious: false, log: args.logger.info });
    const name = located.onCommit?.name ?? '';
    return name && (0,semver/* parseReleaseTag */.rE)(name, args.prefix) ? name : '';
}

;// CONCATENATED MODULE: ./src/deploy/deploy.ts











/**
 * The two ways shipgate puts a version live, each one way through the stages:
 * - runDeployment (the deploy action): pre-flight checks (promotion, forward-only, rolled back) →
 *   create the deployment → take the environment's turn (turn.ts) → run and verify (attempt.ts,
 *   verify.ts) → on failure, the automatic rollback in the same turn.
 * - runRollbackDeployment (the rollback action, after planning from the ledger): create →
 *   take the turn, stopping if what is live changed since the plan → run and verify.
 */
/** The UI page listing the environment's deployments. */
const deploymentsPage = (serverUrl, repo, environment) => `${serverUrl}/${repo.owner}/${repo.repo}/deployments/${encodeURIComponent(environment)}`;
const refOfLive = (state) => {
    const live = state.live?.deployment;
    return live ? { id: live.id, ref: (0,deploy_ledger/* refOf */.H8)(live), sha: live.sha, version: (0,deploy_ledger/* versionOf */.E4)(live) } : undefined;
};
/** A cancel before a deployment was created: nothing to finish, only the outputs to set. */
function cancelledEarly(error, environment, details) {
    if (!(error instanceof runtime/* CancelledError */.cc))
        return error;
    return new DeploymentCancelled(`The deploy to ${environment} was cancelled before a deployment was created; nothing was changed.`, {
        sha: details.sha,
        ref: details.ref,
        environmentUrl: details.url ?? '',
        environment,
    });
}
/**
 * Deploy a ref to an environment: pre-flight checks, a GitHub Deployment with live statuses,
 * the deploy command, health and service-level verification, and an automatic rollback when
 * verification fails. Throws a UserError for refusals (nothing is created then, or the created
 * deployment is finished as `error` when the refusal comes with its turn) and for a cancelled run
 * (after giving the deployment its final `error` status); returns the outcome otherwise, failed
 * or not, so the caller can report it.
 */
async function runDeployment(options, deps) {
    const known = {};
    try {
        return await deployForward(options, deps, known);
    }
    catch (error) {
        throw cancelledEarly(error, options.environment, { sha: known.sha, ref: options.ref, url: options.url });
    }
}
async function deployForward(options, deps, known) {
    const { github, repo, logger } = deps;
    const timing = { ...TIMING, ...deps.timing };
    const { environment } = options;
    const started = Date.now();
    const sha = await (0,commits/* resolveCommit */.WL)(github, repo, options.ref);
    known.sha = sha;
    const prefix = options.tagPrefix ?? 'v';
    const version = options.version ?? (await releaseVersionOf(github, repo, { ref: options.ref, sha, prefix, logger }));
    const label = (0,preflight/* describeRef */.Ro)(options.ref, sha, version);
    const settings = {
        environment,
        command: options.command,
        url: options.url,
        production: options.production ?? (0,preflight/* isProductionName */.Zq)(environment),
        requiredContexts: options.requiredContexts,
        commandTimeoutMs: options.commandTimeoutMs,
        verify: options.verify,
        autoRollback: options.autoRollback,
    };
    logger.info(`Deploying ${label} to ${environment}${settings.production ? ' (production environment)' : ''}.`);
    if (options.requireDeployedTo) {
        await (0,preflight/* checkPromotion */.KO)(github, repo, { required: options.requireDeployedTo, environment, sha, label, logger, force: options.force });
    }
    const ledger = new deploy_ledger/* DeploymentLedger */.td(github, repo, environment);
    let state = await ledger.scan();
    const logLive = () => {
        const live = state.live?.deployment;
        logger.info(live ? `Live in ${environment} now: ${(0,preflight/* describeRef */.Ro)((0,deploy_ledger/* refOf */.H8)(live), live.sha, (0,deploy_ledger/* versionOf */.E4)(live))} (deployment ${live.id}).` : `Nothing is live in ${environment} yet.`);
    };
    const forwardChecks = async () => {
        await (0,preflight/* checkForwardOnly */.yZ)(github, repo, { live: state.live, environment, sha, label, logger });
        const record = await (deps.isRolledBack ?? ((candidate) => ledger.rolledBack(candidate)))(sha);
        (0,preflight/* checkRolledBack */.G7)({ record, force: options.force, environment, label, logger });
    };
    logLive();
    // Refuse before anything is created; look again if another deploy changed what is live meanwhile.
    await forwardChecks();
    const liveBefore = state.live?.deployment.id;
    let previous = refOfLive(state);
    const phases = [{ name: 'pre-flight checks', ms: 0, ok: true }];
    const base = () => ({
        mode: 'deploy',
        environment,
        production: settings.production,
        ref: options.ref,
        sha,
        version,
        previous,
        environmentUrl: options.url ?? '',
        deploymentsUrl: deploymentsPage(deps.run.serverUrl, repo, environment),
        runUrl: deps.run.url,
        phases,
    });
    if (options.dryRun) {
        phases[0].ms = Date.now() - started;
        const plan = planOf(settings, { label, kind: 'deploy', previous, notes: describeOthers(state, timing, Date.now()) });
        return { ...base(), status: 'dry-run', plan, message: `Dry run: ${label} would be deployed to ${environment}; nothing was changed.` };
    }
    const target = { ref: options.ref, sha, version, kind: 'deploy', reason: '', previous, supersedes: previous, statusPerPhase: true };
    // Create first, then take the environment's turn (see turn.ts): a check before creating cannot
    // see a deploy that starts at the same instant.
    const own = await createFor(target, settings, deps, timing);
    try {
        state = await takeTurn({ github, repo, ledger, own, logger, signal: deps.signal, timing, label: `Deploy ${label}`, sleep: deps.sleep });
        if (state.live?.deployment.id !== liveBefore) {
            logLive();
            await forwardChecks();
            previous = refOfLive(state);
            Object.assign(target, { previous, supersedes: previous });
        }
    }
    catch (error) {
        throw await finishUnrun(own.id, target, error, settings, deps);
    }
    phases[0].ms = Date.now() - started;
    // With an automatic rollback ahead, the failed deployment keeps the environment (no final
    // status) until the rollback is done, so a deploy waiting its turn cannot start in between.
    const holdFailure = options.autoRollback && previous !== undefined;
    const attempt = await runAttempt(own.id, target, settings, deps, timing, holdFailure);
    if (attempt.state === 'success') {
        return { ...base(), status: 'success', deploymentId: attempt.deploymentId, attempt, message: `${label} is live in ${environment} (deployment ${attempt.deploymentId}).` };
    }
    const failed = `Deploying ${label} to ${environment} failed (${stripPeriod(attempt.failure ?? 'unknown failure')})`;
    const failure = { ...base(), status: 'failure', deploymentId: attempt.deploymentId, attempt };
    if (!options.autoRollback)
        return { ...failure, message: `${failed}; auto-rollback is off, so ${environment} may be left running ${label}.` };
    if (!previous)
        return { ...failure, message: `${failed}; there is no previous successful deployment in ${environment} to roll back to.` };
    const cancelled = (message) => new DeploymentCancelled(message, { deploymentId: attempt.deploymentId, sha, ref: options.ref, environmentUrl: options.url ?? '', environment });
    const previousLabel = (0,preflight/* describeRef */.Ro)(previous.ref, previous.sha, previous.version);
    let rollback;
    try {
        if (deps.signal?.aborted)
            throw cancelled(`${failed}; the run was cancelled, so no automatic rollback was started.`);
        logger.warning(`${failed}. Rolling back to ${previousLabel}, the last successful deployment of ${environment}.`);
        // Its recorded version, else the release tag on its commit (a deployment recorded before the
        // commit was tagged): the command picks artifacts by it.
        const previousVersion = previous.version || (await releaseVersionOf(github, repo, { ref: previous.sha, sha: previous.sha, prefix, logger }));
        const back = {
            // The release tag, else the exact commit: the ref it was deployed from may be a branch
            // that has moved on since (the command must get a ref that still names that commit).
            ref: previousVersion || previous.sha,
            sha: previous.sha,
            version: previousVersion,
            kind: 'rollback',
            reason: `automatic rollback: ${stripPeriod(attempt.failure ?? 'verification failed')}`,
            previous: { id: attempt.deploymentId, ref: options.ref, sha, version },
            supersedes: previous,
            rolledBack: { id: attempt.deploymentId, ref: options.ref, sha, version },
            statusPerPhase: true,
        };
        // Verified by the health checks only: the previous version's service levels were verified when
        // it was deployed, and a second verify window would double the outage. It runs in this run's
        // turn, which the failed deployment holds: it takes no turn of its own.
        const backSettings = { ...settings, verify: { ...settings.verify, prometheusUrl: undefined } };
        const created = await createFor(back, backSettings, deps, timing);
        rollback = await runAttempt(created.id, back, backSettings, deps, timing, false);
    }
    catch (error) {
        // Outputs name the deployment created for the ref, not the rollback's.
        if (error instanceof DeploymentCancelled)
            throw cancelled(error.message);
        throw error;
    }
    finally {
        await finalStatus(deps, attempt.deploymentId, 'failure', attempt.failure ?? 'verification failed');
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
/**
 * The rollback action's deploy stage: the plan (what is live, the target, the safety check) was
 * made from `ledger`; this creates the rollback deployment, takes the environment's turn (and
 * stops if what is live changed meanwhile: the plan would be stale), runs the command and
 * verifies. No forward-only or rolled-back check (only a rollback may go backwards), one
 * `in_progress` status for all phases, and no automatic rollback of a rollback.
 */
async function runRollbackDeployment(options, ledger, deps) {
    const { github, repo, logger } = deps;
    if (ledger.environment !== options.environment) {
        throw new Error(`runRollbackDeployment was given the ledger of ${ledger.environment} for a rollback of ${options.environment}`);
    }
    const timing = { ...TIMING, ...deps.timing };
    const { environment, rolledBack } = options;
    const started = Date.now();
    const label = labelOf(options.target);
    const settings = {
        environment,
        command: options.command,
        url: options.url,
        production: options.production ?? (0,preflight/* isProductionName */.Zq)(environment),
        requiredContexts: options.requiredContexts,
        commandTimeoutMs: options.commandTimeoutMs,
        verify: options.verify,
        autoRollback: false,
    };
    logger.info(`Rolling back ${label} to ${environment}${settings.production ? ' (production environment)' : ''}.`);
    const phases = [{ name: 'pre-flight checks', ms: 0, ok: true }];
    const base = {
        mode: 'rollback',
        environment,
        production: settings.production,
        ...options.target,
        previous: rolledBack,
        environmentUrl: options.url ?? '',
        deploymentsUrl: deploymentsPage(deps.run.serverUrl, repo, environment),
        runUrl: deps.run.url,
        phases,
    };
    if (options.dryRun) {
        phases[0].ms = Date.now() - started;
        const plan = planOf(settings, { label, kind: 'rollback', previous: rolledBack, notes: describeOthers(await ledger.scan(), timing, Date.now()) });
        return { ...base, status: 'dry-run', plan, message: `Dry run: ${label} would be deployed to ${environment}; nothing was changed.` };
    }
    const target = {
        ...options.target,
        kind: 'rollback',
        reason: options.reason,
        previous: rolledBack,
        supersedes: rolledBack,
        rolledBack,
        statusPerPhase: false,
    };
    let id;
    try {
        const own = await createFor(target, settings, deps, timing);
        id = own.id;
        const state = await takeTurn({ github, repo, ledger, own, logger, signal: deps.signal, timing, label: `Rollback to ${label}`, sleep: deps.sleep });
        const now = state.live?.deployment;
        if (now?.id !== rolledBack.id) {
            // Another deploy replaced what the rollback was planned against (its target, safety range
            // and what it marks rolled back): the plan is stale.
            throw new errors/* UserError */.yo(`What is live in ${environment} changed to ${now ? (0,preflight/* describeRef */.Ro)((0,deploy_ledger/* refOf */.H8)(now), now.sha, (0,deploy_ledger/* versionOf */.E4)(now)) : 'nothing'} while this rollback waited; run the rollback again.`);
        }
    }
    catch (error) {
        if (id === undefined)
            throw cancelledEarly(error, environment, { sha: options.target.sha, ref: options.target.ref, url: options.url });
        throw await finishUnrun(id, target, error, settings, deps);
    }
    phases[0].ms = Date.now() - started;
    const attempt = await runAttempt(id, target, settings, deps, timing, false);
    if (attempt.state === 'success') {
        return { ...base, status: 'success', deploymentId: id, attempt, message: `${label} is live in ${environment} (deployment ${id}).` };
    }
    return { ...base, status: 'failure', deploymentId: id, attempt, message: `Rolling back to ${label} to ${environment} failed (${stripPeriod(attempt.failure ?? 'unknown failure')}).` };
}


/***/ }),

/***/ 5874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E4: () => (/* binding */ versionOf),
/* harmony export */   H8: () => (/* binding */ refOf),
/* harmony export */   td: () => (/* binding */ DeploymentLedger),
/* harmony export */   uo: () => (/* binding */ isShipgate)
/* harmony export */ });
/* unused harmony exports PAGES, PER_PAGE, isRolledBack */
/* harmony import */ var _github_deployments_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6887);

/**
 * What an environment's GitHub Deployments say: what is live, what is still running, what was
 * rolled back. Only shipgate's own deployments count (task SHIPGATE_TASK, asked for in the list
 * request): the deployment GitHub creates for every job that declares `environment:` runs the
 * job, not the deploy command, and its `success` says nothing about what the environment serves.
 * Reads at most PAGES pages of deployments (newest first) and the statuses of the deployments
 * down to the live one, so the requests stay bounded however long the history is.
 */
const PAGES = 2;
const PER_PAGE = 100;
/** The ref to show for a deployment: the ref its payload recorded (a tag, a branch), else GitHub's. */
const refOf = (deployment) => deployment.payload.ref || deployment.ref;
const versionOf = (deployment) => deployment.payload.version || '';
const isShipgate = (deployment) => deployment.task === _github_deployments_js__WEBPACK_IMPORTED_MODULE_0__/* .SHIPGATE_TASK */ .Yd && deployment.payload.shipgate !== undefined;
class DeploymentLedger {
    github;
    repo;
    environment;
    /** The pages of the environment's deployments read so far (newest first), and whether the last one was reached. */
    pages = [];
    exhausted = false;
    /** Statuses read so far, by deployment id (newest first). */
    statusCache = new Map();
    /** Deployments this run created and drives itself: running, without reading their statuses. */
    own = new Set();
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
                const batch = await (0,_github_deployments_js__WEBPACK_IMPORTED_MODULE_0__/* .listDeployments */ .Jn)(this.github, this.repo, { environment: this.environment, task: _github_deployments_js__WEBPACK_IMPORTED_MODULE_0__/* .SHIPGATE_TASK */ .Yd, perPage: PER_PAGE, page });
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
            return all.filter(isShipgate);
        }
        for (let page = 1; page <= PAGES; page++) {
            const batch = await (0,_github_deployments_js__WEBPACK_IMPORTED_MODULE_0__/* .listDeployments */ .Jn)(this.github, this.repo, { environment: this.environment, task: _github_deployments_js__WEBPACK_IMPORTED_MODULE_0__/* .SHIPGATE_TASK */ .Yd, sha, perPage: PER_PAGE, page });
            all.push(...batch.filter(isShipgate));
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
    /** A deployment among the pages read so far, without a request. */
    known(id) {
        for (const page of this.pages) {
            const found = page.find((each) => each.id === id);
            if (found)
                return found;
        }
        return undefined;
    }
    /** A deployment this run created: the ledger counts it as running and never reads its statuses. */
    markOwn(id) {
        this.own.add(id);
    }
    async record(deployment) {
        if (this.own.has(deployment.id))
            return { deployment, status: undefined, state: 'pending' };
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
    /**
     * Read again what may have changed since the last read: the list of deployments, and the
     * statuses of those that had not finished. A final status stays final, so the statuses already
     * read of finished deployments are kept (waiting for a turn costs one list request per look).
     */
    refreshRunning() {
        this.pages = [];
        this.exhausted = false;
        for (const [id, statuses] of this.statusCache) {
            const state = statuses[0]?.state ?? 'pending';
            if (_github_deployments_js__WEBPACK_IMPORTED_MODULE_0__/* .ACTIVE_STATES */ .Wj.includes(state))
                this.statusCache.delete(id);
        }
    }
    /** What is live and what is still running (the first scan reads; later ones answer from what was read until refresh()). */
    async scan() {
        const active = [];
        for await (const deployment of this.walk()) {
            if (!isShipgate(deployment))
                continue;
            const record = await this.record(deployment);
            if (this.own.has(deployment.id)) {
                active.push(record);
                continue;
            }
            if (record.state === 'success' || (await this.everSucceeded(deployment)))
                return { environment: this.environment, live: record, active };
            if (_github_deployments_js__WEBPACK_IMPORTED_MODULE_0__/* .ACTIVE_STATES */ .Wj.includes(record.state))
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
            if (!isShipgate(deployment))
                continue;
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
/* harmony export */   Ro: () => (/* binding */ describeRef),
/* harmony export */   Ti: () => (/* binding */ describeDeployment),
/* harmony export */   Zq: () => (/* binding */ isProductionName),
/* harmony export */   cO: () => (/* binding */ tagOf),
/* harmony export */   yZ: () => (/* binding */ checkForwardOnly)
/* harmony export */ });
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7268);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6584);
/* harmony import */ var _github_commits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(149);
/* harmony import */ var _ledger_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5874);
/* harmony import */ var _runtime_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(971);





/**
 * The checks that run before anything is created: the promotion gate, forward-only, and one
 * deploy at a time per environment. Every refusal is one sentence naming both sides.
 */
/** "v1.2.0 (abc1234)", "main (abc1234)" or "abc1234". */
function describeRef(ref, sha, version = '') {
    const name = version || ref;
    return name && name !== sha ? `${name} (${(0,_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .short */ .h0)(sha)})` : (0,_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .short */ .h0)(sha);
}
const describeDeployment = (deployment) => describeRef((0,_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .refOf */ .H8)(deployment), deployment.sha, (0,_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .versionOf */ .E4)(deployment));
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
    const ledger = new _ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .DeploymentLedger */ .td(github, repo, args.required);
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


/***/ }),

/***/ 5505:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ renderSummary),
/* harmony export */   m: () => (/* binding */ renderCancelledSummary)
/* harmony export */ });
/* harmony import */ var _preflight_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9536);
/* harmony import */ var _lib_duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2543);
/* harmony import */ var _lib_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3862);



/** Markdown for the job summary of a deploy (or rollback): what, where, each check's figures, timings, links. */
const code = (text) => (text ? (0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .S)(text) : '—');
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
        `${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p)((0,_preflight_js__WEBPACK_IMPORTED_MODULE_0__/* .describeRef */ .Ro)(attempt.ref, attempt.sha, attempt.version))} · [deployments of ${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p)(outcome.environment)}](${outcome.deploymentsUrl})`,
        '',
    ];
    if (attempt.failure)
        lines.push(`> ${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p)(attempt.failure)}`, '');
    if (attempt.checks.length) {
        lines.push('| Check | Result | Measured | Required |', '| --- | --- | --- | --- |');
        for (const check of attempt.checks) {
            lines.push(`| ${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p)(check.name)} | ${mark(check.ok)} | ${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p)(check.measured)} | ${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p)(check.threshold)} |`);
        }
        lines.push('');
    }
    return lines;
}
function phaseTable(phases) {
    if (!phases.length)
        return [];
    return ['| Phase | Took | |', '| --- | --- | --- |', ...phases.map((phase) => `| ${phase.name} | ${(0,_lib_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDurationCompact */ .z)(phase.ms)} | ${mark(phase.ok)} |`), ''];
}
function renderSummary(outcome) {
    const previous = outcome.previous ? `${(0,_preflight_js__WEBPACK_IMPORTED_MODULE_0__/* .describeRef */ .Ro)(outcome.previous.ref, outcome.previous.sha, outcome.previous.version)} (deployment ${outcome.previous.id})` : 'none';
    const lines = [
        `## ${HEADLINE[outcome.status]}: ${outcome.mode === 'rollback' ? 'rollback of ' : ''}${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p)(outcome.environment)}`,
        '',
        (0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p)(outcome.message),
        '',
        '| | |',
        '| --- | --- |',
        `| Environment | ${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p)(outcome.environment)}${outcome.production ? ' (production)' : ''} |`,
        `| Ref | ${code(outcome.ref)} |`,
        `| Commit | ${code(outcome.sha)} |`,
        `| Version | ${outcome.version ? code(outcome.version) : '—'} |`,
        `| Previously live | ${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p)(previous)} |`,
        `| Status | ${outcome.status} |`,
        ...(outcome.deploymentId !== undefined ? [`| Deployment | [${outcome.deploymentId}](${outcome.deploymentsUrl}) |`] : []),
        ...(outcome.environmentUrl ? [`| Environment URL | ${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p)(outcome.environmentUrl)} |`] : []),
        `| Workflow run | ${outcome.runUrl} |`,
        '',
    ];
    if (outcome.plan) {
        lines.push('### Plan (nothing was changed)', '', ...outcome.plan.map((step) => `- ${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p)(step)}`), '');
    }
    if (outcome.attempt)
        lines.push(...attemptSection(outcome.mode === 'rollback' ? 'Rollback' : 'Deploy', outcome.attempt, outcome));
    if (outcome.rollback)
        lines.push(...attemptSection('Automatic rollback', outcome.rollback, outcome));
    // One table of where the time went: pre-flight, then each phase of the deploy and of its rollback.
    lines.push(...phaseTable([
        ...outcome.phases,
        ...(outcome.attempt?.phases ?? []),
        ...(outcome.rollback?.phases ?? []).map((phase) => ({ ...phase, name: `automatic rollback: ${phase.name}` })),
    ]));
    return `${lines.join('\n')}\n`;
}
/** The job summary of a cancelled deploy or rollback: it returns no outcome, so this is all there is to read. */
function renderCancelledSummary(details, message, links) {
    const lines = [
        `## ⏹️ Cancelled: ${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p)(details.environment)}`,
        '',
        (0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p)(message),
        '',
        '| | |',
        '| --- | --- |',
        `| Environment | ${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p)(details.environment)} |`,
        `| Ref | ${code(details.ref)} |`,
        `| Commit | ${code(details.sha ?? '')} |`,
        `| Status | cancelled |`,
        details.deploymentId !== undefined
            ? `| Deployment | [${details.deploymentId}](${links.deploymentsUrl}) — marked error |`
            : '| Deployment | none was created |',
        `| Workflow run | ${links.runUrl} |`,
        '',
    ];
    return `${lines.join('\n')}\n`;
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
            // per_page 1: the answer lists the commit's changed files, and only its sha is needed.
            const { data } = await github.rest.repos.getCommit({ ...repo, ref: name, per_page: 1 });
            return data.sha;
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
            await github.rest.git.getRef({ ...repo, ref: `tags/${name}` });
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
        const { data } = await github.rest.repos.compareCommitsWithBasehead({
            ...repo,
            basehead: `${base}...${head}`,
            per_page: 1,
        });
        return { status: data.status, aheadBy: data.ahead_by, behindBy: data.behind_by };
    });
}


/***/ }),

/***/ 8882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CM: () => (/* binding */ createTagObject),
/* harmony export */   ET: () => (/* binding */ createTagRef),
/* harmony export */   bC: () => (/* binding */ listPeeledTags),
/* harmony export */   k2: () => (/* binding */ getTagRef),
/* harmony export */   t: () => (/* binding */ listTagRefs),
/* harmony export */   xq: () => (/* binding */ peelTag)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6584);
/* harmony import */ var _create_once_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4633);


const asTagRef = (data) => ({
    name: data.ref.replace(/^refs\/tags\//, ''),
    sha: data.object.sha,
    type: data.object.type,
});
/** Every tag whose name starts with `prefix` (GET /git/matching-refs/tags/<prefix>), all pages. */
async function listTagRefs(github, repo, prefix) {
    return (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .api */ .FH)(`list the tags starting with ${JSON.stringify(prefix)}`, async () => {
        const tags = [];
        let requests = 0;
        const pages = github.paginate.iterator(github.rest.git.listMatchingRefs, {
            ...repo,
            ref: `tags/${prefix}`,
            per_page: 100,
        });
        for await (const page of pages) {
            requests += 1;
            for (const entry of page.data) {
                if (entry.ref.startsWith('refs/tags/'))
                    tags.push(asTagRef(entry));
            }
        }
        return { tags, requests };
    });
}
/** One tag ref, or undefined when there is no such tag. */
async function getTagRef(github, repo, name) {
    return (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .api */ .FH)(`look up the tag ${name}`, async () => {
        try {
            const { data } = await github.rest.git.getRef({ ...repo, ref: `tags/${name}` });
            return asTagRef(data);
        }
        catch (error) {
            if ((0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(error) === 404)
                return undefined;
            throw error;
        }
    });
}
/** The commit a tag ref finally points at (an annotated tag is read once per level, normally one). */
async function peelTag(github, repo, tag) {
    let { sha, type } = tag;
    for (let depth = 0; type === 'tag' && depth < 5; depth++) {
        const { data } = await (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .api */ .FH)(`read the annotated tag ${tag.name}`, () => github.rest.git.getTag({ ...repo, tag_sha: sha }));
        sha = data.object.sha;
        type = data.object.type;
    }
    return type === 'commit' ? sha : undefined;
}
/** POST /git/tags: the annotated tag object (not yet a ref); returns its sha. */
async function createTagObject(github, repo, params) {
    const what = `create the annotated tag object ${params.name}`;
    return (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .api */ .FH)(what, async () => {
        // No ref points at a tag object yet: a second one after a lost answer is invisible.
        const { data } = await (0,_create_once_js__WEBPACK_IMPORTED_MODULE_1__/* .repeatable */ .EQ)(what, () => github.rest.git.createTag({ ...repo, tag: params.name, message: params.message, object: params.sha, type: 'commit', request: _create_once_js__WEBPACK_IMPORTED_MODULE_1__/* .ONE_ATTEMPT */ .FY }), (0,_create_once_js__WEBPACK_IMPORTED_MODULE_1__/* .clientOptions */ .s1)(github));
        return data.sha;
    });
}
/**
 * POST /git/refs for refs/tags/<name>. Returns false (instead of failing) when the ref already
 * exists, so a caller racing another run can look at what is there. After a lost answer, a ref
 * that points at `sha` (this run's own tag object) is the one this request created.
 */
async function createTagRef(github, repo, name, sha) {
    const what = `create the tag ref refs/tags/${name}`;
    return (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .api */ .FH)(what, async () => {
        try {
            const created = await (0,_create_once_js__WEBPACK_IMPORTED_MODULE_1__/* .createOnce */ .Ur)({
                what,
                create: async () => {
                    await github.rest.git.createRef({ ...repo, ref: `refs/tags/${name}`, sha, request: _create_once_js__WEBPACK_IMPORTED_MODULE_1__/* .ONE_ATTEMPT */ .FY });
                    return true;
                },
                find: async () => ((await getTagRef(github, repo, name))?.sha === sha ? true : undefined),
            }, (0,_create_once_js__WEBPACK_IMPORTED_MODULE_1__/* .clientOptions */ .s1)(github));
            return created.value;
        }
        catch (error) {
            const message = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .errorData */ .ZO)(error).message ?? '';
            if ((0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(error) === 422 && /already exists/i.test(message))
                return false;
            throw error;
        }
    });
}
/**
 * GET /tags: every tag with the commit it points at (annotated tags peeled), 100 per page, up to
 * maxPages pages. The only listing that peels tags in bulk; its order is not by version on GitHub,
 * so it is read whole, which is why callers only use it when a cheaper way did not answer.
 */
async function listPeeledTags(github, repo, maxPages = 100) {
    return (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .api */ .FH)('list the tags with their commits', async () => {
        const commits = new Map();
        let requests = 0;
        const pages = github.paginate.iterator(github.rest.repos.listTags, { ...repo, per_page: 100 });
        for await (const page of pages) {
            requests += 1;
            for (const tag of page.data)
                commits.set(tag.name, tag.commit.sha);
            if (requests >= maxPages)
                break;
        }
        return { commits, requests };
    });
}


/***/ }),

/***/ 2979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ runStepEnvironment)
/* harmony export */ });
/* unused harmony export isActionOnly */
/**
 * The environment for a user's command (the deploy command, the test command): exactly what a
 * `run:` step of the same job would see. The runner gives a JavaScript action more than a
 * `run:` step: its inputs (INPUT_*, which hold the GitHub token) and the Actions runtime
 * service's URLs and token (artifact, cache and results services). Those are dropped, so test
 * code, deploy scripts and their dependencies never hold them.
 *
 * Kept: everything the workflow hands to the step through `env:` (secrets included, since the
 * user put them there for the command), and ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN, which the
 * runner also gives to `run:` steps when the job has `permissions: id-token: write`: cloud
 * logins (AWS, Azure, GCP OIDC) in a deploy command need them.
 *
 * The list is what the runner's NodeScriptActionHandler adds for node actions and its
 * ScriptHandler (run: steps) does not.
 */
const ACTION_ONLY = new Set([
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RUNTIME_URL',
    'ACTIONS_RESULTS_URL',
    'ACTIONS_CACHE_URL',
    'ACTIONS_CACHE_SERVICE_V2',
]);
const isActionOnly = (name) => /^INPUT_/i.test(name) || ACTION_ONLY.has(name.toUpperCase());
function runStepEnvironment(base) {
    const env = {};
    for (const [name, value] of Object.entries(base)) {
        if (value !== undefined && !isActionOnly(name))
            env[name] = value;
    }
    return env;
}


/***/ }),

/***/ 5205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NM: () => (/* binding */ compareRange),
/* harmony export */   a0: () => (/* binding */ listHistoryPage),
/* harmony export */   j: () => (/* binding */ compareCommitPages),
/* harmony export */   ts: () => (/* binding */ MAX_COMPARE_FILES)
/* harmony export */ });
/* unused harmony export COMPARE_PAGE */
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6584);
/* harmony import */ var _lib_sha_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3673);


/** GitHub lists at most this many files of a comparison. */
const MAX_COMPARE_FILES = 300;
const COMPARE_PAGE = 100;
/** One page of a comparison (per_page 100: commits of later pages come from compareCommitPages). */
async function compareRange(github, repo, base, head, page = 1) {
    return (0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__/* .api */ .FH)(`compare ${(0,_lib_sha_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .F)(base)}...${(0,_lib_sha_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .F)(head)}`, async () => {
        const { data: compare } = await github.rest.repos.compareCommitsWithBasehead({
            ...repo,
            basehead: `${base}...${head}`,
            per_page: COMPARE_PAGE,
            page,
        });
        return {
            base,
            head,
            status: compare.status,
            aheadBy: compare.ahead_by,
            behindBy: compare.behind_by,
            baseSha: compare.base_commit.sha,
            mergeBaseSha: compare.merge_base_commit.sha,
            commits: compare.commits.map((commit) => ({ sha: commit.sha, message: commit.commit.message })),
            files: (compare.files ?? []).map((file) => ({
                filename: file.filename,
                status: file.status,
                ...(file.previous_filename ? { previous_filename: file.previous_filename } : {}),
            })),
            htmlUrl: compare.html_url ?? '',
        };
    });
}
/**
 * Every commit of a range whose first page is already known, reading later pages of 100 until
 * `enough` says so or `maxPages` is reached (a bound on requests for very long ranges).
 */
async function compareCommitPages(github, repo, first, options = {}) {
    const maxPages = options.maxPages ?? 20;
    const commits = [...first.commits];
    const pages = Math.ceil(first.aheadBy / COMPARE_PAGE);
    let requests = 0;
    for (let page = 2; page <= Math.min(pages, maxPages) && !options.enough?.(commits); page++) {
        commits.push(...(await compareRange(github, repo, first.base, first.head, page)).commits);
        requests += 1;
    }
    return { commits, truncated: commits.length < first.aheadBy && !options.enough?.(commits), requests };
}
/** One page of the history from `sha` (GET /commits?sha=, newest first, 100 per page). */
async function listHistoryPage(github, repo, sha, page) {
    return (0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__/* .api */ .FH)(`list the history of ${(0,_lib_sha_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .F)(sha)}`, async () => {
        const { data } = await github.rest.repos.listCommits({ ...repo, sha, per_page: COMPARE_PAGE, page });
        return data.map((commit) => ({ sha: commit.sha, message: commit.commit.message }));
    });
}


/***/ }),

/***/ 2161:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BP: () => (/* binding */ sortNewestFirst),
/* harmony export */   Bx: () => (/* binding */ bumpVersion),
/* harmony export */   Ec: () => (/* binding */ versionProblem),
/* harmony export */   V1: () => (/* binding */ isPrerelease),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   hd: () => (/* binding */ NOT_SEMVER),
/* harmony export */   ot: () => (/* binding */ parseVersion),
/* harmony export */   qh: () => (/* binding */ formatVersion),
/* harmony export */   rE: () => (/* binding */ parseReleaseTag)
/* harmony export */ });
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;
/**
 * Why `text` is not a version shipgate can use, or undefined. Semver sets no limit on numbers,
 * but a number above 2^53-1 cannot be compared or bumped exactly in JavaScript, so it is
 * refused rather than silently rounded.
 */
const NOT_SEMVER = 'it is not a semantic version like 1.4.0 or 2.0.0-rc.1';
function versionProblem(text) {
    const match = SEMVER.exec(text);
    if (!match)
        return NOT_SEMVER;
    const numbers = [match[1], match[2], match[3], ...(match[4] ?? '').split('.').filter((id) => /^\d+$/.test(id))];
    const huge = numbers.find((number) => !Number.isSafeInteger(Number(number)));
    return huge === undefined ? undefined : `its number ${huge} is above ${Number.MAX_SAFE_INTEGER}, the largest shipgate can compare exactly`;
}
/** A strict semantic version without prefix ("1.4.0", "2.0.0-rc.1"), or undefined. */
function parseVersion(text) {
    const match = SEMVER.exec(text);
    if (!match || versionProblem(text))
        return undefined;
    const numbers = [match[1], match[2], match[3]].map(Number);
    return {
        major: numbers[0],
        minor: numbers[1],
        patch: numbers[2],
        prerelease: match[4] ? match[4].split('.').map((id) => (/^\d+$/.test(id) ? Number(id) : id)) : [],
        build: match[5] ? match[5].split('.') : [],
    };
}
function formatVersion(version) {
    const core = `${version.major}.${version.minor}.${version.patch}`;
    const pre = version.prerelease.length ? `-${version.prerelease.join('.')}` : '';
    const build = version.build.length ? `+${version.build.join('.')}` : '';
    return core + pre + build;
}
const isPrerelease = (version) => version.prerelease.length > 0;
function compareIdentifiers(a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        return a - b;
    // Numeric identifiers have lower precedence than alphanumeric ones (semver 11.4.3).
    if (typeof a === 'number')
        return -1;
    if (typeof b === 'number')
        return 1;
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Semver precedence: negative when a < b, 0 when equal (build metadata is ignored), positive when a > b. */
function compareVersions(a, b) {
    const core = a.major - b.major || a.minor - b.minor || a.patch - b.patch;
    if (core !== 0)
        return Math.sign(core);
    // A pre-release has lower precedence than the normal version (1.0.0-rc.1 < 1.0.0).
    if (!a.prerelease.length || !b.prerelease.length)
        return Math.sign(b.prerelease.length - a.prerelease.length);
    for (let i = 0; i < Math.max(a.prerelease.length, b.prerelease.length); i++) {
        if (i >= a.prerelease.length)
            return -1;
        if (i >= b.prerelease.length)
            return 1;
        const order = compareIdentifiers(a.prerelease[i], b.prerelease[i]);
        if (order !== 0)
            return Math.sign(order);
    }
    return 0;
}
/**
 * The next version. A pre-release graduates to the version it was a pre-release of when that
 * satisfies the bump (1.1.0-rc.2 + minor = 1.1.0, + patch = 1.1.0, + major = 2.0.0), as npm's
 * `semver.inc` does; build metadata is dropped.
 */
function bumpVersion(version, bump) {
    const pre = isPrerelease(version);
    const next = { major: version.major, minor: version.minor, patch: version.patch, prerelease: [], build: [] };
    switch (bump) {
        case 'major':
            if (!pre || version.minor !== 0 || version.patch !== 0)
                next.major += 1;
            next.minor = 0;
            next.patch = 0;
            break;
        case 'minor':
            if (!pre || version.patch !== 0)
                next.minor += 1;
            next.patch = 0;
            break;
        case 'patch':
            if (!pre)
                next.patch += 1;
            break;
    }
    return next;
}
/** The release tag a name stands for ("v1.2.0" with prefix "v"), or undefined when it is not one. */
function parseReleaseTag(name, prefix) {
    if (!name.startsWith(prefix))
        return undefined;
    const version = parseVersion(name.slice(prefix.length));
    return version ? { name, version } : undefined;
}
/** Newest version first; equal versions (1.0.0 and 1.0.0+build) by name, for a stable order. */
function sortNewestFirst(tags) {
    return [...tags].sort((a, b) => compareVersions(b.version, a.version) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}


/***/ }),

/***/ 2788:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ev: () => (/* binding */ locateRelease),
/* harmony export */   LA: () => (/* binding */ listReleaseTags),
/* harmony export */   uA: () => (/* binding */ stableOnly)
/* harmony export */ });
/* unused harmony exports MAX_PROBES, MAX_WALK_PAGES */
/* harmony import */ var _lib_sha_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3673);
/* harmony import */ var _github_tags_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8882);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5205);
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2161);




const MAX_PROBES = 8;
const MAX_WALK_PAGES = 10;
async function listReleaseTags(github, repo, prefix) {
    const { tags, requests } = await (0,_github_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .listTagRefs */ .t)(github, repo, prefix);
    const release = [];
    for (const ref of tags) {
        const parsed = (0,_semver_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReleaseTag */ .rE)(ref.name, prefix);
        if (parsed)
            release.push({ ...parsed, ref });
    }
    return { tags: (0,_semver_js__WEBPACK_IMPORTED_MODULE_2__/* .sortNewestFirst */ .BP)(release), requests };
}
const stableOnly = (tag) => !(0,_semver_js__WEBPACK_IMPORTED_MODULE_2__/* .isPrerelease */ .V1)(tag.version);
/** Find the release tag on `sha` and the nearest one reachable before it, among `tags` (newest first). */
async function locateRelease(github, repo, sha, tags, options) {
    const maxProbes = options.maxProbes ?? MAX_PROBES;
    let onCommit;
    let requests = 0;
    for (const tag of tags) {
        if (tag.ref.type === 'commit' && tag.ref.sha === sha) {
            onCommit ??= tag;
            if (!options.wantPrevious)
                break;
            continue;
        }
        if (requests >= maxProbes) {
            options.log?.(`${requests} newer release tags are not reachable from ${(0,_lib_sha_js__WEBPACK_IMPORTED_MODULE_3__/* .shortSha */ .F)(sha)}; walking its history instead.`);
            const walked = await walkHistory(github, repo, sha, tags, options);
            return { ...walked, requests: requests + walked.requests };
        }
        const range = await (0,_history_js__WEBPACK_IMPORTED_MODULE_1__/* .compareRange */ .NM)(github, repo, tag.name, sha);
        requests += 1;
        if (range.status === 'identical') {
            onCommit ??= tag;
            if (!options.wantPrevious)
                break;
        }
        else if (range.status === 'ahead') {
            const nearest = await confirmNearest(github, repo, sha, tags, { tag, range });
            return { onCommit: onCommit ?? nearest.onCommit, previous: nearest.best, requests: requests + nearest.requests, method: 'probe' };
        }
    }
    return { onCommit, previous: undefined, requests, method: 'probe' };
}
/**
 * The highest reachable release is the nearest one as long as versions grow along history. Two
 * cheap checks catch a tag that breaks that rule (a higher version put on an older commit by
 * hand): a lightweight release tag on one of the commits in between is nearer (its commit is
 * known without a request), and the next lower release is probed once: when it is reachable
 * and nearer it wins (or sits on the commit itself), and the one below it is probed in turn.
 */
async function confirmNearest(github, repo, sha, tags, found) {
    let best = found;
    let onCommit;
    let requests = 0;
    const lightweight = nearestTagOn(best.range.commits, tags, best.tag);
    if (lightweight) {
        best = { tag: lightweight, range: await (0,_history_js__WEBPACK_IMPORTED_MODULE_1__/* .compareRange */ .NM)(github, repo, lightweight.name, sha) };
        requests += 1;
    }
    for (let index = tags.indexOf(best.tag) + 1; index < tags.length; index++) {
        const lower = tags[index];
        if (lower.ref.sha === best.tag.ref.sha)
            continue;
        const range = await (0,_history_js__WEBPACK_IMPORTED_MODULE_1__/* .compareRange */ .NM)(github, repo, lower.name, sha);
        requests += 1;
        if (range.status === 'identical') {
            onCommit ??= lower;
            continue;
        }
        if (range.status !== 'ahead' || range.aheadBy >= best.range.aheadBy)
            break;
        best = { tag: lower, range };
    }
    return { best, onCommit, requests };
}
/** The lightweight release tag on the newest of `commits` (chronological), other than `except`. */
function nearestTagOn(commits, tags, except) {
    const position = new Map(commits.map((commit, index) => [commit.sha, index]));
    let best;
    for (const tag of tags) {
        const index = tag !== except && tag.ref.type === 'commit' ? position.get(tag.ref.sha) : undefined;
        if (index !== undefined && (!best || index > best.index))
            best = { tag, index };
    }
    return best?.tag;
}
async function walkHistory(github, repo, sha, tags, options) {
    let requests = 0;
    const byCommit = new Map();
    const add = (commit, tag) => byCommit.set(commit, [...(byCommit.get(commit) ?? []), tag]);
    const annotated = tags.filter((tag) => tag.ref.type !== 'commit');
    for (const tag of tags)
        if (tag.ref.type === 'commit')
            add(tag.ref.sha, tag);
    if (annotated.length > 0) {
        const peeled = await (0,_github_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .listPeeledTags */ .bC)(github, repo);
        requests += peeled.requests;
        for (const tag of annotated) {
            const commit = peeled.commits.get(tag.name);
            if (commit)
                add(commit, tag);
        }
    }
    let onCommit;
    for (let page = 1; page <= MAX_WALK_PAGES; page++) {
        const commits = await (0,_history_js__WEBPACK_IMPORTED_MODULE_1__/* .listHistoryPage */ .a0)(github, repo, sha, page);
        requests += 1;
        for (const commit of commits) {
            // `tags` is newest first, so the first tag added for a commit is its highest version.
            const here = byCommit.get(commit.sha)?.[0];
            if (!here)
                continue;
            if (commit.sha === sha) {
                onCommit = here;
                if (!options.wantPrevious)
                    return { onCommit, previous: undefined, requests, method: 'walk' };
                continue;
            }
            const range = await (0,_history_js__WEBPACK_IMPORTED_MODULE_1__/* .compareRange */ .NM)(github, repo, here.name, sha);
            return { onCommit, previous: { tag: here, range }, requests: requests + 1, method: 'walk' };
        }
        if (commits.length < 100)
            break;
    }
    options.log?.(`No release tag found within ${MAX_WALK_PAGES * 100} commits of ${(0,_lib_sha_js__WEBPACK_IMPORTED_MODULE_3__/* .shortSha */ .F)(sha)}.`);
    return { onCommit, previous: undefined, requests, method: 'walk' };
}


/***/ })

};
