export const id = 842;
export const ids = [842,139];
export const modules = {

/***/ 1842:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 13 modules
var lib_core = __webpack_require__(1889);
// EXTERNAL MODULE: ./dist.tmp-js/lib/inputs.js + 2 modules
var lib_inputs = __webpack_require__(255);
// EXTERNAL MODULE: ./dist.tmp-js/lib/log.js
var lib_log = __webpack_require__(7139);
// EXTERNAL MODULE: ./dist.tmp-js/github/client.js + 22 modules
var client = __webpack_require__(3073);
// EXTERNAL MODULE: ./dist.tmp-js/github/context.js
var github_context = __webpack_require__(6626);
// EXTERNAL MODULE: ./dist.tmp-js/lib/errors.js
var errors = __webpack_require__(1778);
;// CONCATENATED MODULE: ./dist.tmp-js/lib/sha.js
function shortSha(shaOrRef) {
    return /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(shaOrRef) ? shaOrRef.slice(0, 7) : shaOrRef;
}

;// CONCATENATED MODULE: ./dist.tmp-js/github/commits.js



async function resolveCommit(github, repo, ref) {
    const name = ref.replace(/^refs\/(heads|tags)\//, '');
    return (0,client/* api */.FH)(`resolve ${JSON.stringify(ref)} to a commit`, async () => {
        try {
            const { data } = await github.rest.repos.getCommit({ ...repo, ref: name, per_page: 1 });
            return data.sha;
        }
        catch (error) {
            const status = (0,client/* httpStatus */.nG)(error);
            if (status === 404 || status === 422) {
                throw new errors/* UserError */.yo(`The ref ${JSON.stringify(ref)} was not found in ${repo.owner}/${repo.repo}; give a commit sha, a branch or a tag that exists there.`);
            }
            throw error;
        }
    });
}
async function isTag(github, repo, name) {
    return (0,client/* api */.FH)(`look up the tag ${name}`, async () => {
        try {
            await github.rest.git.getRef({ ...repo, ref: `tags/${name}` });
            return true;
        }
        catch (error) {
            if ((0,client/* httpStatus */.nG)(error) === 404)
                return false;
            throw error;
        }
    });
}
async function compareCommits(github, repo, base, head) {
    return (0,client/* api */.FH)(`compare ${shortSha(base)}...${shortSha(head)}`, async () => {
        const { data } = await github.rest.repos.compareCommitsWithBasehead({
            ...repo,
            basehead: `${base}...${head}`,
            per_page: 1,
        });
        return { status: data.status, aheadBy: data.ahead_by, behindBy: data.behind_by };
    });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./dist.tmp-js/lib/http.js
var http = __webpack_require__(4521);
;// CONCATENATED MODULE: ./dist.tmp-js/github/create-once.js



const create_once_ONE_ATTEMPT = { retries: 0 };
const newMark = () => (0,external_node_crypto_.randomUUID)();
const hiddenMarker = (mark) => `<!-- shipgate:create {"id":"${mark.replace(/[^A-Za-z0-9-]/g, '')}"} -->`;
function mayHaveBeenCreated(error) {
    if (error instanceof http/* NetworkError */.Dr)
        return error.passing;
    const status = (0,client/* httpStatus */.nG)(error);
    return status !== undefined && (status >= 500 || status === 429);
}
function retryAfter(error) {
    return error.response?.headers?.['retry-after'];
}
function describe(error) {
    if (error instanceof http/* NetworkError */.Dr)
        return `No answer (${error.message.replace(/\.$/, '')})`;
    return `HTTP ${(0,client/* httpStatus */.nG)(error)}`;
}
async function create_once_createOnce(spec, options = {}) {
    const attempts = options.attempts ?? 4;
    const log = options.log ?? (() => undefined);
    const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    for (let attempt = 1;; attempt++) {
        try {
            return { value: await spec.create(), found: false, attempts: attempt };
        }
        catch (error) {
            if (!mayHaveBeenCreated(error) || attempt >= attempts)
                throw error;
            const wait = (0,client/* retryDelaySeconds */.jN)(retryAfter(error), attempt - 1);
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
async function create_once_repeatable(what, send, options = {}) {
    return (await create_once_createOnce({ what, create: send, find: () => Promise.resolve(undefined) }, options)).value;
}
function create_once_clientOptions(github) {
    const log = (message) => {
        github.log.warn(message);
    };
    return { attempts: (0,client/* retriesOf */.Ko)(github) + 1, log, sleep: (0,client/* sleepOf */.l)(github) };
}

;// CONCATENATED MODULE: ./dist.tmp-js/github/deployment-refusal.js


function deploymentRefusal(error, where) {
    const status = (0,client/* httpStatus */.nG)(error);
    const data = (0,client/* errorData */.ZO)(error);
    const message = data.message ?? error.message ?? '';
    if (status === 409) {
        const failing = failingContexts(data.errors);
        if (failing.length > 0) {
            return new errors/* UserError */.yo(`GitHub refused to create the deployment of ${where} because required status checks are not green: ${failing.join(', ')}.`);
        }
        return new errors/* UserError */.yo(`GitHub refused to create the deployment of ${where} with a conflict: ${message || 'HTTP 409'}.`);
    }
    if (status === 422) {
        const details = (data.errors ?? [])
            .map((entry) => (typeof entry === 'string' ? entry : (entry.message ?? JSON.stringify(entry))))
            .filter(Boolean);
        return new errors/* UserError */.yo(`GitHub refused to create the deployment of ${where} as invalid: ${[message, ...details].filter(Boolean).join('; ')}.`);
    }
    return undefined;
}
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

// EXTERNAL MODULE: ./dist.tmp-js/github/well-known.js
var well_known = __webpack_require__(6619);
;// CONCATENATED MODULE: ./dist.tmp-js/github/deployments.js







const ACTIVE_STATES = ['in_progress', 'queued', 'pending'];
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
const fitDescription = (text) => (text.length > 140 ? `${text.slice(0, 139)}…` : text);
async function createDeployment(github, repo, params) {
    const where = `${params.environment} (${shortSha(params.ref)})`;
    const createId = newMark();
    return (0,client/* api */.FH)(`create the deployment of ${where}`, async () => {
        const created = await create_once_createOnce({
            what: `create the deployment of ${where}`,
            create: async () => {
                let response;
                try {
                    response = await github.rest.repos.createDeployment({
                        ...repo,
                        ref: params.ref,
                        task: well_known/* SHIPGATE_TASK */.Yd,
                        auto_merge: false,
                        required_contexts: params.requiredContexts ?? [],
                        payload: { ...params.payload, create_id: createId },
                        environment: params.environment,
                        description: fitDescription(params.description),
                        transient_environment: false,
                        production_environment: params.production,
                        request: create_once_ONE_ATTEMPT,
                    });
                }
                catch (error) {
                    throw deploymentRefusal(error, where) ?? error;
                }
                if (response.status === 202 || !('id' in response.data)) {
                    const message = ('message' in response.data ? response.data.message : undefined) ?? 'no message';
                    throw new errors/* UserError */.yo(`GitHub did not create a deployment of ${where} and answered 202 instead ("${message}"); shipgate deploys exactly the given commit, so nothing was deployed.`);
                }
                return asDeployment(response.data);
            },
            find: async () => (await listDeployments(github, repo, { environment: params.environment, task: well_known/* SHIPGATE_TASK */.Yd })).find((deployment) => deployment.payload.create_id === createId),
        }, create_once_clientOptions(github));
        return created.value;
    });
}
async function createDeploymentStatus(github, repo, id, params) {
    const what = `set the status of deployment ${id} to ${params.state}`;
    return (0,client/* api */.FH)(what, async () => {
        const { data } = await create_once_repeatable(what, () => github.rest.repos.createDeploymentStatus({
            ...repo,
            deployment_id: id,
            state: params.state,
            description: fitDescription(params.description),
            ...(params.logUrl ? { log_url: params.logUrl } : {}),
            ...(params.environmentUrl ? { environment_url: params.environmentUrl } : {}),
            auto_inactive: false,
            request: create_once_ONE_ATTEMPT,
        }), create_once_clientOptions(github));
        return asStatus(data);
    });
}
async function listDeployments(github, repo, params) {
    return (0,client/* api */.FH)(`list the deployments of ${params.environment}`, async () => {
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
async function getDeployment(github, repo, id) {
    return (0,client/* api */.FH)(`read deployment ${id}`, async () => {
        try {
            const { data } = await github.rest.repos.getDeployment({ ...repo, deployment_id: id });
            return asDeployment(data);
        }
        catch (error) {
            if ((0,client/* httpStatus */.nG)(error) === 404)
                return undefined;
            throw error;
        }
    });
}
async function listDeploymentStatuses(github, repo, id) {
    return (0,client/* api */.FH)(`read the statuses of deployment ${id}`, async () => {
        const { data } = await github.rest.repos.listDeploymentStatuses({
            ...repo,
            deployment_id: id,
            per_page: 100,
        });
        return data.map(asStatus).sort((a, b) => b.id - a.id);
    });
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./dist.tmp-js/deploy/runtime.js
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
const systemClock = { now: () => Date.now(), sleep };
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

;// CONCATENATED MODULE: ./dist.tmp-js/lib/duration.js
function duration_formatDurationCompact(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    const seconds = ms / 1000;
    if (seconds < 60)
        return `${seconds < 10 ? seconds.toFixed(1) : Math.round(seconds)}s`;
    const whole = Math.round(seconds);
    const minutes = Math.floor(whole / 60);
    return `${minutes}m ${String(whole % 60).padStart(2, '0')}s`;
}
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

;// CONCATENATED MODULE: ./dist.tmp-js/lib/child-env.js
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

;// CONCATENATED MODULE: ./dist.tmp-js/deploy/command.js





const SHELL = ['bash', '-e', '-o', 'pipefail', '-c'];
const KILL_GRACE_MS = 5000;
function commandEnvironment(base, variables) {
    return { ...runStepEnvironment(base), ...variables };
}
function describeCommandFailure(result, timeoutMs) {
    if (result.timedOut)
        return `The deploy command did not finish within its timeout of ${duration_formatDurationCompact(timeoutMs ?? 0)} and was stopped.`;
    if (result.cancelled)
        return 'The deploy command was stopped because the run was cancelled.';
    if (result.signal)
        return `The deploy command was killed by ${result.signal}.`;
    if (result.exitCode !== 0)
        return `The deploy command failed with exit code ${result.exitCode}.`;
    return undefined;
}
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
    }
};
function runCommand(options) {
    const started = Date.now();
    const grace = options.killGraceMs ?? KILL_GRACE_MS;
    const output = options.output ?? ((chunk) => process.stdout.write(chunk));
    if (options.signal?.aborted)
        return Promise.reject(new CancelledError());
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
                if (stopping && pid !== undefined) {
                    const deadline = Date.now() + grace;
                    while (groupAlive(pid) && Date.now() < deadline)
                        await new Promise((r) => setTimeout(r, 100));
                    killGroup(pid, 'SIGKILL');
                }
                clearTimeout(killTimer);
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

;// CONCATENATED MODULE: ./dist.tmp-js/deploy/ledger.js


const PAGES = 2;
const PER_PAGE = well_known/* DEPLOYMENTS_PER_PAGE */.z0;
const refOf = (deployment) => deployment.payload.ref || deployment.ref;
const versionOf = (deployment) => deployment.payload.version || '';
const isShipgate = (deployment) => deployment.task === well_known/* SHIPGATE_TASK */.Yd && deployment.payload.shipgate !== undefined;
class DeploymentLedger {
    github;
    repo;
    environment;
    pages = [];
    exhausted = false;
    statusCache = new Map();
    own = new Set();
    pageReads = new Map();
    statusReads = new Map();
    generation = 0;
    constructor(github, repo, environment) {
        this.github = github;
        this.repo = repo;
        this.environment = environment;
    }
    refresh() {
        this.forgetPages();
        this.statusCache.clear();
    }
    forgetPages() {
        this.pages = [];
        this.exhausted = false;
        this.pageReads.clear();
        this.statusReads.clear();
        this.generation += 1;
    }
    readPage(page) {
        let read = this.pageReads.get(page);
        if (!read) {
            const generation = this.generation;
            read = listDeployments(this.github, this.repo, { environment: this.environment, task: well_known/* SHIPGATE_TASK */.Yd, perPage: PER_PAGE, page }).then((batch) => {
                if (generation !== this.generation || this.pages.length !== page - 1)
                    return;
                this.pages.push(batch);
                if (batch.length < PER_PAGE)
                    this.exhausted = true;
            });
            this.pageReads.set(page, read);
            read.catch(() => this.pageReads.delete(page));
        }
        return read;
    }
    async *walk() {
        for (let page = 1; page <= PAGES; page++) {
            if (page > this.pages.length) {
                if (this.exhausted)
                    return;
                await this.readPage(page);
                if (page > this.pages.length)
                    return;
            }
            yield* this.pages[page - 1];
        }
    }
    async deployments(sha) {
        const all = [];
        if (sha === undefined) {
            for await (const deployment of this.walk())
                all.push(deployment);
            return all.filter(isShipgate);
        }
        for (let page = 1; page <= PAGES; page++) {
            const batch = await listDeployments(this.github, this.repo, { environment: this.environment, task: well_known/* SHIPGATE_TASK */.Yd, sha, perPage: PER_PAGE, page });
            all.push(...batch.filter(isShipgate));
            if (batch.length < PER_PAGE)
                break;
        }
        return all;
    }
    async statusesOf(id) {
        const known = this.statusCache.get(id);
        if (known)
            return known;
        let read = this.statusReads.get(id);
        if (!read) {
            const generation = this.generation;
            read = listDeploymentStatuses(this.github, this.repo, id).then((statuses) => {
                if (generation === this.generation)
                    this.statusCache.set(id, statuses);
                return statuses;
            });
            this.statusReads.set(id, read);
            const forget = () => {
                if (this.statusReads.get(id) === read)
                    this.statusReads.delete(id);
            };
            read.then(forget, forget);
        }
        return read;
    }
    async newest() {
        for await (const deployment of this.walk()) {
            if (isShipgate(deployment) && !this.own.has(deployment.id))
                return deployment;
        }
        return undefined;
    }
    known(id) {
        for (const page of this.pages) {
            const found = page.find((each) => each.id === id);
            if (found)
                return found;
        }
        return undefined;
    }
    markOwn(id) {
        this.own.add(id);
    }
    async record(deployment) {
        if (this.own.has(deployment.id))
            return { deployment, status: undefined, state: 'pending' };
        const [status] = await this.statusesOf(deployment.id);
        return { deployment, status, state: status?.state ?? 'pending' };
    }
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
    refreshRunning() {
        this.forgetPages();
        for (const [id, statuses] of this.statusCache) {
            const state = statuses[0]?.state ?? 'pending';
            if (ACTIVE_STATES.includes(state))
                this.statusCache.delete(id);
        }
    }
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
            if (ACTIVE_STATES.includes(record.state))
                active.push(record);
        }
        return { environment: this.environment, live: undefined, active };
    }
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
function isRolledBack(github, repo, environment, sha) {
    return new DeploymentLedger(github, repo, environment).rolledBack(sha);
}

;// CONCATENATED MODULE: ./dist.tmp-js/deploy/preflight.js





function describeRef(ref, sha, version = '') {
    const name = version || ref;
    return name && name !== sha ? `${name} (${shortSha(sha)})` : shortSha(sha);
}
const describeDeployment = (deployment) => describeRef(refOf(deployment), deployment.sha, versionOf(deployment));
async function tagOf(github, repo, ref) {
    if (ref.startsWith('refs/tags/'))
        return ref.slice('refs/tags/'.length);
    if (ref.startsWith('refs/') || /^[0-9a-f]{40}$/i.test(ref))
        return '';
    return (await isTag(github, repo, ref)) ? ref : '';
}
const isProductionName = (environment) => /^(production|prod)$/i.test(environment.trim());
async function checkPromotion(github, repo, args) {
    const ledger = new DeploymentLedger(github, repo, args.required);
    const found = await ledger.successfulDeploymentOf(args.sha);
    if (!found) {
        const { live } = await ledger.scan();
        const there = live ? `has ${describeDeployment(live.deployment)} live` : 'has no successful deployment at all';
        throw new errors/* UserError */.yo(`Refusing to deploy ${args.label} to ${args.environment}: it has no successful deployment in ${args.required}, which ${there}; deploy it to ${args.required} first.`);
    }
    const record = await ledger.rolledBack(args.sha);
    if (record) {
        const why = record.reason ? ` (${record.reason.replace(/\.$/, '')})` : '';
        if (!args.force) {
            throw new errors/* UserError */.yo(`Refusing to deploy ${args.label} to ${args.environment}: it was rolled back in ${args.required} by deployment ${record.deployment.id}${why} after it was deployed there; set force: true to deploy it anyway.`);
        }
        args.logger.warning(`${args.label} was rolled back in ${args.required} by deployment ${record.deployment.id}${why}; promoting it to ${args.environment} anyway because force is true.`);
    }
    args.logger.info(`Promotion gate: ${args.label} was deployed successfully to ${args.required} (deployment ${found.id}).`);
    return found;
}
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
        comparison = await (args.compare ?? ((base, head) => compareCommits(github, repo, base, head)))(live.deployment.sha, args.sha);
    }
    catch (error) {
        if ((0,client/* httpStatus */.nG)(error) !== 404)
            throw error;
        throw new errors/* UserError */.yo(`Refusing to deploy ${args.label} to ${args.environment}: GitHub finds no common history with ${liveLabel}, which is live there, so it cannot be shown to be a descendant; only a rollback may replace it.`);
    }
    if (comparison.status === 'ahead' || comparison.status === 'identical') {
        args.logger.info(`Forward-only: ${args.label} is ${comparison.aheadBy} commit(s) ahead of ${liveLabel}, which is live in ${args.environment}.`);
        return;
    }
    const how = comparison.status === 'behind' ? `${comparison.behindBy} commit(s) behind it` : `diverged from it (${comparison.aheadBy} ahead, ${comparison.behindBy} behind)`;
    throw new errors/* UserError */.yo(`Refusing to deploy ${args.label} to ${args.environment}: it is not a descendant of ${liveLabel}, which is live there (${how}); only a rollback may go backwards.`);
}
function checkRolledBack(args) {
    const { record } = args;
    if (!record)
        return;
    const why = record.reason ? ` (${record.reason.replace(/\.$/, '')})` : '';
    if (args.force) {
        args.logger.warning(`${args.label} was rolled back in ${args.environment} by deployment ${record.deployment.id}${why}; deploying it anyway because force is true.`);
        return;
    }
    throw new errors/* UserError */.yo(`Refusing to deploy ${args.label} to ${args.environment}: it was rolled back there by deployment ${record.deployment.id}${why}; set force: true to deploy it anyway.`);
}

;// CONCATENATED MODULE: ./dist.tmp-js/lib/logger.js
const silentLogger = { info: () => undefined, warning: () => undefined };
function inLogGroup(log, title, run) {
    return log.group ? log.group(title, run) : run();
}

;// CONCATENATED MODULE: ./dist.tmp-js/deploy/turn.js





const WAIT_LIMIT_MS = 10 * 60_000;
const FIRST_POLL_MS = 1_000;
const WAIT_POLL_MS = 5_000;
const STALE_AFTER_MS = 10 * 60_000;
const STATUSLESS_AFTER_MS = 90_000;
function abandonment(record, timing, now) {
    const created = Date.parse(record.deployment.created_at);
    if (!record.status) {
        if (now - created <= timing.statuslessAfterMs)
            return undefined;
        return `abandoned: no status ${duration_formatDurationCompact(now - created)} after it was created (its run lost the answer or stopped), so it never ran`;
    }
    const declared = Date.parse(record.deployment.payload.expires_at ?? '');
    const expiry = Number.isFinite(declared) ? declared : Date.parse(record.status.created_at) + timing.staleAfterMs;
    if (now <= expiry)
        return undefined;
    return `stale: still ${record.state} past ${new Date(expiry).toISOString()}, when its run would have finished it (the run is gone)`;
}
function describeRunning(record) {
    const by = record.deployment.payload.run_url ? ` by ${record.deployment.payload.run_url}` : '';
    return `deployment ${record.deployment.id} of ${describeDeployment(record.deployment)}${by}`;
}
function describeOthers(state, timing, now) {
    return state.active.map((record) => {
        const why = abandonment(record, timing, now);
        return why
            ? `Deployment ${record.deployment.id} of ${describeDeployment(record.deployment)} would be marked error (${why}).`
            : `Another deploy to ${state.environment} is running (${describeRunning(record)}); the deploy would wait for it up to ${duration_formatDurationCompact(timing.waitLimitMs)}.`;
    });
}
class TurnNotTaken extends errors/* UserError */.yo {
    constructor(message) {
        super(message);
        this.name = 'TurnNotTaken';
    }
}
async function takeTurn(options) {
    const { ledger, own, logger, timing } = options;
    const now = options.now ?? Date.now;
    const wait = options.sleep ?? sleep;
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
            logger.warning(`Deployment ${record.deployment.id} of ${describeDeployment(record.deployment)} in ${state.environment} is ${why}; marking it error.`);
            await createDeploymentStatus(options.github, options.repo, record.deployment.id, { state: 'error', description: why });
        }
        if (ahead.length === 0)
            return state;
        const first = ahead.reduce((low, each) => (each.deployment.id < low.deployment.id ? each : low));
        const what = describeRunning(first);
        const waited = now() - started;
        if (waited >= timing.waitLimitMs) {
            throw new TurnNotTaken(`Another deploy to ${state.environment} is still running (${what}, ${first.state}) after waiting ${duration_formatDurationCompact(waited)}; run this deploy again once it has finished.`);
        }
        if (!queued) {
            await createDeploymentStatus(options.github, options.repo, own.id, { state: 'queued', description: `${options.label}: waiting for deployment ${first.deployment.id} to finish` });
            queued = true;
        }
        logger.info(`Waiting for ${what} to finish in ${state.environment} (${first.state}; waited ${duration_formatDurationCompact(waited)} of ${duration_formatDurationCompact(timing.waitLimitMs)}).`);
        await wait(Math.min(pollMs, Math.max(0, timing.waitLimitMs - waited)), options.signal);
        pollMs = Math.min(pollMs * 2, timing.waitPollMs);
    }
}

;// CONCATENATED MODULE: ./dist.tmp-js/deploy/types.js



const TIMING = {
    waitLimitMs: WAIT_LIMIT_MS,
    waitPollMs: WAIT_POLL_MS,
    firstPollMs: FIRST_POLL_MS,
    staleAfterMs: STALE_AFTER_MS,
    statuslessAfterMs: STATUSLESS_AFTER_MS,
    killGraceMs: KILL_GRACE_MS,
};
class types_DeploymentCancelled extends errors/* UserError */.yo {
    details;
    constructor(message, details) {
        super(message);
        this.details = details;
        this.name = 'DeploymentCancelled';
    }
}

;// CONCATENATED MODULE: ./dist.tmp-js/deploy/health.js



const ATTEMPT_TIMEOUT_MS = 30_000;
const MIN_ATTEMPT_TIMEOUT_MS = 1_000;
async function attempt(url, fetcher, timeoutMs, signal) {
    const started = performance.now();
    const signals = [AbortSignal.timeout(Math.max(1, timeoutMs))];
    if (signal)
        signals.push(signal);
    try {
        const response = await fetcher(url, { signal: AbortSignal.any(signals), headers: { 'user-agent': 'shipgate-health-check' } });
        await response.arrayBuffer().catch(() => undefined);
        return { status: response.status, latencyMs: performance.now() - started };
    }
    catch (error) {
        throwIfCancelled(signal);
        return { latencyMs: performance.now() - started, error: describeFetchError(error) };
    }
}
async function checkHealth(options) {
    const fetcher = options.fetch ?? http/* proxyFetch */.Z6;
    const clock = options.clock ?? systemClock;
    const started = clock.now();
    const deadline = started + options.timeoutMs;
    const results = new Map(options.urls.map((url) => [url, { url, ok: false, attempts: 0, elapsedMs: 0 }]));
    for (;;) {
        for (const result of results.values()) {
            if (result.ok)
                continue;
            const remaining = deadline - clock.now();
            const answer = await attempt(result.url, fetcher, Math.min(ATTEMPT_TIMEOUT_MS, Math.max(MIN_ATTEMPT_TIMEOUT_MS, remaining)), options.signal);
            result.attempts++;
            result.status = answer.status;
            result.latencyMs = answer.latencyMs;
            result.elapsedMs = clock.now() - started;
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
        const left = deadline - clock.now();
        if (left <= 0)
            return [...results.values()];
        await clock.sleep(Math.min(options.intervalMs, left), options.signal);
    }
}
function describeHealthFailure(results, timeoutMs) {
    const failed = results.filter((result) => !result.ok);
    if (failed.length === 0)
        return undefined;
    const first = failed[0];
    const others = failed.length > 1 ? ` (and ${failed.length - 1} more URL${failed.length > 2 ? 's' : ''})` : '';
    return `The health check ${first.url}${others} did not answer 2xx within ${duration_formatDurationCompact(timeoutMs)}: ${first.attempts} attempt${first.attempts === 1 ? '' : 's'}, last ${first.lastError ?? 'no answer'}.`;
}

;// CONCATENATED MODULE: ./dist.tmp-js/deploy/metrics.js



const DEFAULT_ERROR_RATE_QUERY = '(sum(rate(http_requests_total{code=~"5.."}[{window}]))' +
    ' or sum(rate(http_requests_total{status=~"5.."}[{window}]))' +
    ' or sum(rate(http_requests_total{status_code=~"5.."}[{window}]))' +
    ' or vector(0))' +
    ' / sum(rate(http_requests_total[{window}]))';
const DEFAULT_P95_LATENCY_QUERY = 'histogram_quantile(0.95, sum(rate(http_request_duration_seconds_bucket[{window}])) by (le))';
const QUERY_TIMEOUT_MS = 30_000;
function promDuration(windowMs) {
    const ms = Math.max(1, Math.round(windowMs));
    return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`;
}
function renderQuery(template, windowMs) {
    return template.replaceAll('{window}', promDuration(windowMs));
}
const parseSample = (text) => (text === '+Inf' ? Infinity : text === '-Inf' ? -Infinity : Number(text));
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
function queryUrl(baseUrl, query) {
    const url = new URL('api/v1/query', baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
    url.searchParams.set('query', query);
    return url.toString();
}
async function queryPrometheus(baseUrl, query, options = {}) {
    const fetcher = options.fetch ?? http/* proxyFetch */.Z6;
    const signals = [AbortSignal.timeout(options.timeoutMs ?? QUERY_TIMEOUT_MS)];
    if (options.signal)
        signals.push(options.signal);
    let response;
    try {
        response = await fetcher(queryUrl(baseUrl, query), { signal: AbortSignal.any(signals), headers: { accept: 'application/json' } });
    }
    catch (error) {
        throwIfCancelled(options.signal);
        return { ok: false, reason: `Prometheus at ${baseUrl} could not be reached (${describeFetchError(error)})` };
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
async function waitForWindow(windowMs, logger, signal, clock = systemClock) {
    const started = clock.now();
    const step = Math.max(5000, Math.ceil(windowMs / 6 / 1000) * 1000);
    logger.info(`Collecting ${promDuration(windowMs)} of service metrics from the new version before judging them.`);
    for (;;) {
        const left = windowMs - (clock.now() - started);
        if (left <= 0)
            return;
        await clock.sleep(Math.min(step, left), signal);
        const elapsed = clock.now() - started;
        if (elapsed < windowMs)
            logger.info(`Verify window: ${duration_formatDurationCompact(elapsed)} of ${duration_formatDurationCompact(windowMs)} elapsed.`);
    }
}
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

;// CONCATENATED MODULE: ./dist.tmp-js/deploy/verify.js



function verifySteps(verify, context, label) {
    const steps = [];
    if (verify.healthCheckUrls.length > 0) {
        steps.push({ name: 'health checks', status: `${label}: health checks`, run: () => healthChecks(verify, context) });
    }
    const prometheusUrl = verify.prometheusUrl;
    if (prometheusUrl) {
        steps.push({
            name: 'service-level checks',
            status: `${label}: verifying error rate and p95 latency over ${promDuration(verify.verifyWindowMs)}`,
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
        threshold: `2xx within ${duration_formatDurationCompact(verify.healthCheckTimeoutMs)}`,
        detail: each.ok ? `Healthy after ${each.attempts} attempt(s), ${duration_formatDurationCompact(each.elapsedMs)}.` : (describeHealthFailure([each], verify.healthCheckTimeoutMs) ?? ''),
    }));
    return { checks, failure: describeHealthFailure(results, verify.healthCheckTimeoutMs) };
}
async function serviceLevelChecks(verify, prometheusUrl, context) {
    await waitForWindow(verify.verifyWindowMs, context.logger, context.signal);
    const metrics = await checkMetrics({
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
const describeVerified = (checks) => checks.filter((each) => each.kind !== 'command').map((each) => `${each.kind === 'health' ? 'health' : each.name} ${each.measured}`);

;// CONCATENATED MODULE: ./dist.tmp-js/deploy/attempt.js










const WORDS = {
    deploy: { created: 'Deploy', running: 'Deploying', command: 'deploy command', done: 'Deployed' },
    rollback: { created: 'Rollback to', running: 'Rolling back to', command: 'rollback command', done: 'Rolled back to' },
};
const stripPeriod = (sentence) => sentence.replace(/\.$/, '');
const labelOf = (target) => describeRef(target.ref, target.sha, target.version);
function expiresAt(settings, timing) {
    const command = settings.commandTimeoutMs ?? timing.staleAfterMs;
    const health = settings.verify.healthCheckUrls.length ? settings.verify.healthCheckTimeoutMs : 0;
    const once = command + health + (settings.verify.prometheusUrl ? settings.verify.verifyWindowMs + 60_000 : 0);
    const rollback = settings.autoRollback ? command + health : 0;
    return new Date(Date.now() + timing.waitLimitMs + once + rollback + 60_000).toISOString();
}
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
    const deployment = await createDeployment(deps.github, deps.repo, {
        ref: target.sha,
        environment: settings.environment,
        description: `${WORDS[target.kind].created} ${label} by shipgate`,
        production: settings.production,
        payload,
        requiredContexts: settings.requiredContexts,
    });
    deps.logger.info(`Created deployment ${deployment.id} of ${label} in ${settings.environment} (${target.kind}).`);
    return deployment;
}
async function finalStatus(deps, id, state, description) {
    try {
        await createDeploymentStatus(deps.github, deps.repo, id, { state, description, logUrl: deps.run.url });
    }
    catch (error) {
        deps.logger.warning(`Deployment ${id} could not be given its final status: ${error.message}`);
    }
}
async function finishUnrun(id, target, error, settings, deps) {
    const cancelled = isCancelled(error, deps.signal);
    const description = cancelled ? 'cancelled while waiting for its turn' : error instanceof errors/* UserError */.yo ? error.message : `shipgate error: ${error?.message ?? String(error)}`;
    await finalStatus(deps, id, 'error', description);
    if (cancelled) {
        return new types_DeploymentCancelled(`The deploy of ${labelOf(target)} to ${settings.environment} was cancelled while it waited for its turn; deployment ${id} was marked error.`, { deploymentId: id, sha: target.sha, ref: target.ref, environmentUrl: settings.url ?? '', environment: settings.environment });
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
        measured: result.timedOut ? 'timed out' : result.signal ? `killed by ${result.signal}` : `exit code ${result.exitCode} after ${duration_formatDurationCompact(result.durationMs)}`,
        threshold: timeoutMs ? `exit code 0 within ${duration_formatDurationCompact(timeoutMs)}` : 'exit code 0',
        detail: failure ?? `The deploy command succeeded in ${duration_formatDurationCompact(result.durationMs)}.`,
    };
}
async function runAttempt(id, target, settings, deps, timing, holdFailure) {
    const { github, repo, logger, signal } = deps;
    const label = labelOf(target);
    const phases = [];
    const checks = [];
    let final;
    const setStatus = (state, description) => createDeploymentStatus(github, repo, id, { state, description, logUrl: deps.run.url, environmentUrl: settings.url });
    const phase = (name, work, ok) => inLogGroup(logger, `${name[0].toUpperCase()}${name.slice(1)}`, async () => {
        const begun = Date.now();
        try {
            const result = await work();
            phases.push({ name, ms: Date.now() - begun, ok: ok(result) });
            return result;
        }
        catch (error) {
            phases.push({ name, ms: Date.now() - begun, ok: false });
            throw error;
        }
    });
    const steps = verifySteps(settings.verify, { logger, signal, fetch: deps.fetch }, label);
    let failure;
    try {
        await setStatus('in_progress', target.statusPerPhase
            ? `${WORDS[target.kind].running} ${label}: running the deploy command`
            : `Rolling back to ${label}: ${['deploy command', ...steps.map((step) => step.name)].join(', then ')}`);
        const result = await phase(WORDS[target.kind].command, () => runCommand({
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
            throw new CancelledError();
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
            const supersedes = target.supersedes && target.supersedes.id !== id ? target.supersedes : undefined;
            const markInactive = async (replaced) => {
                try {
                    await createDeploymentStatus(github, repo, replaced.id, { state: 'inactive', description: `Superseded by deployment ${id} (${shortSha(target.sha)})` });
                }
                catch (error) {
                    logger.warning(`Deployment ${replaced.id} could not be marked inactive: ${error.message}`);
                }
            };
            const [posted] = await Promise.allSettled([
                setStatus('success', `${WORDS[target.kind].done} ${label}${passed.length ? `; verified: ${passed.join(', ')}` : ''}`),
                supersedes ? markInactive(supersedes) : undefined,
                target.onVerified?.(id),
            ]);
            if (posted.status === 'rejected')
                throw posted.reason;
            final = 'success';
            logger.info(`Deployment ${id} of ${label} succeeded.`);
        }
    }
    catch (error) {
        if (final === undefined) {
            const cancelled = isCancelled(error, signal);
            const description = cancelled ? 'cancelled' : `shipgate error: ${error?.message ?? String(error)}`;
            try {
                await setStatus('error', description);
                final = 'error';
            }
            catch (statusError) {
                logger.warning(`Deployment ${id} could not be given its final status: ${statusError.message}`);
            }
            if (cancelled) {
                throw new types_DeploymentCancelled(`The deploy of ${label} to ${settings.environment} was cancelled; deployment ${id} was marked error.`, {
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

;// CONCATENATED MODULE: ./dist.tmp-js/deploy/plan.js




function planOf(settings, args) {
    const { verify } = settings;
    const previous = args.previous ? `${describeRef(args.previous.ref, args.previous.sha, args.previous.version)} (deployment ${args.previous.id})` : 'nothing';
    return [
        `Would create a GitHub Deployment of ${args.label} in ${settings.environment} (${args.kind}, production_environment ${settings.production}, required contexts: ${settings.requiredContexts?.length ? settings.requiredContexts.join(', ') : 'none'}).`,
        `Live now: ${previous}${args.previous ? '; it would be marked inactive once the new deployment succeeds' : ''}.`,
        settings.command
            ? `Would run: ${SHELL.join(' ')} ${JSON.stringify(settings.command)}${settings.commandTimeoutMs ? ` (timeout ${duration_formatDurationCompact(settings.commandTimeoutMs)})` : ''}.`
            : 'No deploy command given (allowed in a dry run only).',
        verify.healthCheckUrls.length
            ? `Health checks: ${verify.healthCheckUrls.join(', ')} must answer 2xx within ${duration_formatDurationCompact(verify.healthCheckTimeoutMs)}, tried every ${duration_formatDurationCompact(verify.healthCheckIntervalMs)}.`
            : 'Health checks: none.',
        verify.prometheusUrl
            ? `Service-level checks against ${verify.prometheusUrl} after a ${promDuration(verify.verifyWindowMs)} window: error rate at most ${verify.maxErrorRate}% (${renderQuery(verify.errorRateQuery ?? DEFAULT_ERROR_RATE_QUERY, verify.verifyWindowMs)}), p95 latency at most ${verify.maxP95Latency} ms (${renderQuery(verify.p95LatencyQuery ?? DEFAULT_P95_LATENCY_QUERY, verify.verifyWindowMs)}).`
            : 'Service-level checks: none (no prometheus-url).',
        args.kind === 'rollback'
            ? 'On failure: reported; a rollback is not rolled back automatically.'
            : settings.autoRollback
                ? `On failure: automatic rollback to ${previous}.`
                : 'On failure: no automatic rollback (auto-rollback is off).',
        ...args.notes,
    ];
}

;// CONCATENATED MODULE: ./dist.tmp-js/release/semver.js
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;
const NOT_SEMVER = 'it is not a semantic version like 1.4.0 or 2.0.0-rc.1';
function versionProblem(text) {
    const match = SEMVER.exec(text);
    if (!match)
        return NOT_SEMVER;
    const numbers = [match[1], match[2], match[3], ...(match[4] ?? '').split('.').filter((id) => /^\d+$/.test(id))];
    const huge = numbers.find((number) => !Number.isSafeInteger(Number(number)));
    return huge === undefined ? undefined : `its number ${huge} is above ${Number.MAX_SAFE_INTEGER}, the largest shipgate can compare exactly`;
}
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
const semver_isPrerelease = (version) => version.prerelease.length > 0;
function compareIdentifiers(a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        return a - b;
    if (typeof a === 'number')
        return -1;
    if (typeof b === 'number')
        return 1;
    return a < b ? -1 : a > b ? 1 : 0;
}
function compareVersions(a, b) {
    const core = a.major - b.major || a.minor - b.minor || a.patch - b.patch;
    if (core !== 0)
        return Math.sign(core);
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
function bumpVersion(version, bump) {
    const pre = semver_isPrerelease(version);
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
function parseReleaseTag(name, prefix) {
    if (!name.startsWith(prefix))
        return undefined;
    const version = parseVersion(name.slice(prefix.length));
    return version ? { name, version } : undefined;
}
function sortNewestFirst(tags) {
    return [...tags].sort((a, b) => compareVersions(b.version, a.version) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

;// CONCATENATED MODULE: ./dist.tmp-js/github/tags.js



const asTagRef = (data) => ({
    name: data.ref.replace(/^refs\/tags\//, ''),
    sha: data.object.sha,
    type: data.object.type,
});
async function listTagRefs(github, repo, prefix) {
    return (0,client/* api */.FH)(`list the tags starting with ${JSON.stringify(prefix)}`, async () => {
        const tags = [];
        let requests = 0;
        const pages = github.paginate.iterator(github.rest.git.listMatchingRefs, {
            ...repo,
            ref: `tags/${prefix}`,
            per_page: well_known/* TAGS_PER_PAGE */.aD,
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
async function getTagRef(github, repo, name) {
    return api(`look up the tag ${name}`, async () => {
        try {
            const { data } = await github.rest.git.getRef({ ...repo, ref: `tags/${name}` });
            return asTagRef(data);
        }
        catch (error) {
            if (httpStatus(error) === 404)
                return undefined;
            throw error;
        }
    });
}
async function peelTag(github, repo, tag) {
    let { sha, type } = tag;
    for (let depth = 0; type === 'tag' && depth < 5; depth++) {
        const { data } = await api(`read the annotated tag ${tag.name}`, () => github.rest.git.getTag({ ...repo, tag_sha: sha }));
        sha = data.object.sha;
        type = data.object.type;
    }
    return type === 'commit' ? sha : undefined;
}
async function createTagObject(github, repo, params) {
    const what = `create the annotated tag object ${params.name}`;
    return api(what, async () => {
        const { data } = await repeatable(what, () => github.rest.git.createTag({ ...repo, tag: params.name, message: params.message, object: params.sha, type: 'commit', request: ONE_ATTEMPT }), clientOptions(github));
        return data.sha;
    });
}
async function createTagRef(github, repo, name, sha) {
    const what = `create the tag ref refs/tags/${name}`;
    return api(what, async () => {
        try {
            const created = await createOnce({
                what,
                create: async () => {
                    await github.rest.git.createRef({ ...repo, ref: `refs/tags/${name}`, sha, request: ONE_ATTEMPT });
                    return true;
                },
                find: async () => ((await getTagRef(github, repo, name))?.sha === sha ? true : undefined),
            }, clientOptions(github));
            return created.value;
        }
        catch (error) {
            const message = errorData(error).message ?? '';
            if (httpStatus(error) === 422 && /already exists/i.test(message))
                return false;
            throw error;
        }
    });
}
async function listPeeledTags(github, repo, maxPages = 100) {
    return (0,client/* api */.FH)('list the tags with their commits', async () => {
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

;// CONCATENATED MODULE: ./dist.tmp-js/release/history.js


const MAX_COMPARE_FILES = 300;
const COMPARE_PAGE = 100;
async function compareRange(github, repo, base, head, page = 1) {
    return (0,client/* api */.FH)(`compare ${shortSha(base)}...${shortSha(head)}`, async () => {
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
async function listHistoryPage(github, repo, sha, page) {
    return (0,client/* api */.FH)(`list the history of ${shortSha(sha)}`, async () => {
        const { data } = await github.rest.repos.listCommits({ ...repo, sha, per_page: COMPARE_PAGE, page });
        return data.map((commit) => ({ sha: commit.sha, message: commit.commit.message }));
    });
}

;// CONCATENATED MODULE: ./dist.tmp-js/release/tags.js




const MAX_PROBES = 8;
const MAX_WALK_PAGES = 10;
async function tags_listReleaseTags(github, repo, prefix) {
    const { tags, requests } = await listTagRefs(github, repo, prefix);
    const release = [];
    for (const ref of tags) {
        const parsed = parseReleaseTag(ref.name, prefix);
        if (parsed)
            release.push({ ...parsed, ref });
    }
    return { tags: sortNewestFirst(release), requests };
}
const stableOnly = (tag) => !isPrerelease(tag.version);
async function tags_locateRelease(github, repo, sha, tags, options) {
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
            options.log?.(`${requests} newer release tags are not reachable from ${shortSha(sha)}; walking its history instead.`);
            const walked = await walkHistory(github, repo, sha, tags, options);
            return { ...walked, requests: requests + walked.requests };
        }
        const range = await compareRange(github, repo, tag.name, sha);
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
async function confirmNearest(github, repo, sha, tags, found) {
    let best = found;
    let onCommit;
    let requests = 0;
    const lightweight = nearestTagOn(best.range.commits, tags, best.tag);
    if (lightweight) {
        best = { tag: lightweight, range: await compareRange(github, repo, lightweight.name, sha) };
        requests += 1;
    }
    for (let index = tags.indexOf(best.tag) + 1; index < tags.length; index++) {
        const lower = tags[index];
        if (lower.ref.sha === best.tag.ref.sha)
            continue;
        const range = await compareRange(github, repo, lower.name, sha);
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
        const peeled = await listPeeledTags(github, repo);
        requests += peeled.requests;
        for (const tag of annotated) {
            const commit = peeled.commits.get(tag.name);
            if (commit)
                add(commit, tag);
        }
    }
    let onCommit;
    for (let page = 1; page <= MAX_WALK_PAGES; page++) {
        const commits = await listHistoryPage(github, repo, sha, page);
        requests += 1;
        for (const commit of commits) {
            const here = byCommit.get(commit.sha)?.[0];
            if (!here)
                continue;
            if (commit.sha === sha) {
                onCommit = here;
                if (!options.wantPrevious)
                    return { onCommit, previous: undefined, requests, method: 'walk' };
                continue;
            }
            const range = await compareRange(github, repo, here.name, sha);
            return { onCommit, previous: { tag: here, range }, requests: requests + 1, method: 'walk' };
        }
        if (commits.length < 100)
            break;
    }
    options.log?.(`No release tag found within ${MAX_WALK_PAGES * 100} commits of ${shortSha(sha)}.`);
    return { onCommit, previous: undefined, requests, method: 'walk' };
}

;// CONCATENATED MODULE: ./dist.tmp-js/deploy/version.js



async function releaseVersionOf(github, repo, args) {
    const listing = () => tags_listReleaseTags(github, repo, args.prefix);
    const early = parseReleaseTag(args.ref.replace(/^refs\/tags\//, ''), args.prefix) ? undefined : listing();
    early?.catch(() => undefined);
    const named = await tagOf(github, repo, args.ref);
    if (named)
        return named;
    const { tags } = await (early ?? listing());
    if (tags.length === 0)
        return '';
    const located = await tags_locateRelease(github, repo, await args.sha, tags, { wantPrevious: false, log: args.logger.info });
    const name = located.onCommit?.name ?? '';
    return name && parseReleaseTag(name, args.prefix) ? name : '';
}

;// CONCATENATED MODULE: ./dist.tmp-js/deploy/deploy.js











const deploy_deploymentsPage = (serverUrl, repo, environment) => `${serverUrl}/${repo.owner}/${repo.repo}/deployments/${encodeURIComponent(environment)}`;
const refOfLive = (state) => {
    const live = state.live?.deployment;
    return live ? { id: live.id, ref: refOf(live), sha: live.sha, version: versionOf(live) } : undefined;
};
function cancelledEarly(error, environment, details) {
    if (!(error instanceof CancelledError))
        return error;
    return new types_DeploymentCancelled(`The deploy to ${environment} was cancelled before a deployment was created; nothing was changed.`, {
        sha: details.sha,
        ref: details.ref,
        environmentUrl: details.url ?? '',
        environment,
    });
}
async function runDeployment(options, deps) {
    try {
        return await deployForward(options, deps);
    }
    catch (error) {
        throw cancelledEarly(error, options.environment, { ref: options.ref, url: options.url });
    }
}
async function deployForward(options, deps) {
    const { github, repo, logger } = deps;
    const timing = { ...TIMING, ...deps.timing };
    const { environment } = options;
    const started = Date.now();
    const ledger = new DeploymentLedger(github, repo, environment);
    const newestRead = ledger.newest();
    newestRead.catch(() => undefined);
    const shaRead = resolveCommit(github, repo, options.ref);
    const prefix = options.tagPrefix ?? 'v';
    const versionRead = options.version !== undefined ? Promise.resolve(options.version) : releaseVersionOf(github, repo, { ref: options.ref, sha: shaRead, prefix, logger });
    versionRead.catch(() => undefined);
    const sha = await shaRead;
    const beforeCreate = (step) => step.catch((error) => {
        throw cancelledEarly(error, environment, { sha, ref: options.ref, url: options.url });
    });
    const compares = new Map();
    const compare = (base, head) => {
        const key = `${base}...${head}`;
        let comparison = compares.get(key);
        if (!comparison) {
            comparison = compareCommits(github, repo, base, head);
            comparison.catch(() => undefined);
            compares.set(key, comparison);
        }
        return comparison;
    };
    const newest = await beforeCreate(newestRead);
    if (newest && newest.sha !== sha)
        void compare(newest.sha, sha);
    if (!deps.isRolledBack)
        ledger.rolledBack(sha).catch(() => undefined);
    const [version, scanned] = await beforeCreate(Promise.all([versionRead, ledger.scan()]));
    const label = describeRef(options.ref, sha, version);
    const settings = {
        environment,
        command: options.command,
        url: options.url,
        production: options.production ?? isProductionName(environment),
        requiredContexts: options.requiredContexts,
        commandTimeoutMs: options.commandTimeoutMs,
        verify: options.verify,
        autoRollback: options.autoRollback,
    };
    logger.info(`Deploying ${label} to ${environment}${settings.production ? ' (production environment)' : ''}.`);
    if (options.requireDeployedTo) {
        await beforeCreate(checkPromotion(github, repo, { required: options.requireDeployedTo, environment, sha, label, logger, force: options.force }));
    }
    let state = scanned;
    const logLive = () => {
        const live = state.live?.deployment;
        logger.info(live ? `Live in ${environment} now: ${describeRef(refOf(live), live.sha, versionOf(live))} (deployment ${live.id}).` : `Nothing is live in ${environment} yet.`);
    };
    const forwardChecks = async () => {
        const [forward, record] = await Promise.allSettled([
            checkForwardOnly(github, repo, { live: state.live, environment, sha, label, logger, compare }),
            (deps.isRolledBack ?? ((candidate) => ledger.rolledBack(candidate)))(sha),
        ]);
        if (forward.status === 'rejected')
            throw forward.reason;
        if (record.status === 'rejected')
            throw record.reason;
        checkRolledBack({ record: record.value, force: options.force, environment, label, logger });
    };
    logLive();
    await beforeCreate(forwardChecks());
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
        deploymentsUrl: deploy_deploymentsPage(deps.run.serverUrl, repo, environment),
        runUrl: deps.run.url,
        phases,
    });
    if (options.dryRun) {
        phases[0].ms = Date.now() - started;
        const plan = planOf(settings, { label, kind: 'deploy', previous, notes: describeOthers(state, timing, Date.now()) });
        return { ...base(), status: 'dry-run', plan, message: `Dry run: ${label} would be deployed to ${environment}; nothing was changed.` };
    }
    const target = { ref: options.ref, sha, version, kind: 'deploy', reason: '', previous, supersedes: previous, statusPerPhase: true };
    const own = await beforeCreate(createFor(target, settings, deps, timing));
    try {
        state = await takeTurn({ github, repo, ledger, own, logger, signal: deps.signal, timing, label: `Deploy ${label}`, sleep: deps.sleep, now: deps.now });
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
    const cancelled = (message) => new types_DeploymentCancelled(message, { deploymentId: attempt.deploymentId, sha, ref: options.ref, environmentUrl: options.url ?? '', environment });
    const previousLabel = describeRef(previous.ref, previous.sha, previous.version);
    let rollback;
    try {
        if (deps.signal?.aborted)
            throw cancelled(`${failed}; the run was cancelled, so no automatic rollback was started.`);
        logger.warning(`${failed}. Rolling back to ${previousLabel}, the last successful deployment of ${environment}.`);
        const previousVersion = previous.version || (await releaseVersionOf(github, repo, { ref: previous.sha, sha: previous.sha, prefix, logger }));
        const back = {
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
        const backSettings = { ...settings, verify: { ...settings.verify, prometheusUrl: undefined } };
        const created = await createFor(back, backSettings, deps, timing);
        rollback = await runAttempt(created.id, back, backSettings, deps, timing, false);
    }
    catch (error) {
        if (error instanceof types_DeploymentCancelled)
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
        production: options.production ?? isProductionName(environment),
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
        deploymentsUrl: deploy_deploymentsPage(deps.run.serverUrl, repo, environment),
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
        onVerified: options.onVerified,
    };
    let id;
    try {
        const own = await createFor(target, settings, deps, timing);
        id = own.id;
        const state = await takeTurn({ github, repo, ledger, own, logger, signal: deps.signal, timing, label: `Rollback to ${label}`, sleep: deps.sleep, now: deps.now });
        const now = state.live?.deployment;
        if (now?.id !== rolledBack.id) {
            throw new errors/* UserError */.yo(`What is live in ${environment} changed to ${now ? describeRef(refOf(now), now.sha, versionOf(now)) : 'nothing'} while this rollback waited; run the rollback again.`);
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

;// CONCATENATED MODULE: ./dist.tmp-js/github/releases.js


const asRelease = (data) => ({
    id: data.id,
    tag_name: data.tag_name,
    name: data.name ?? null,
    body: data.body ?? null,
    html_url: data.html_url ?? '',
    draft: Boolean(data.draft),
    prerelease: Boolean(data.prerelease),
    created_at: data.created_at ?? '',
});
async function orUndefined(call) {
    try {
        return await call();
    }
    catch (error) {
        if ((0,client/* httpStatus */.nG)(error) === 404)
            return undefined;
        throw error;
    }
}
async function releases_getReleaseByTag(github, repo, tag) {
    return (0,client/* api */.FH)(`read the release of ${tag}`, () => orUndefined(async () => asRelease((await github.rest.repos.getReleaseByTag({ ...repo, tag })).data)));
}
async function getLatestRelease(github, repo) {
    return (0,client/* api */.FH)('read the latest release', () => orUndefined(async () => asRelease((await github.rest.repos.getLatestRelease(repo)).data)));
}
async function listReleases(github, repo, page = 1, perPage = 100) {
    return (0,client/* api */.FH)('list the releases', async () => {
        const { data } = await github.rest.repos.listReleases({ ...repo, per_page: perPage, page });
        return data.map(asRelease);
    });
}
async function generateReleaseNotes(github, repo, params) {
    return api(`generate the release notes of ${params.tag}`, async () => {
        const { data } = await github.rest.repos.generateReleaseNotes({
            ...repo,
            tag_name: params.tag,
            target_commitish: params.target,
            ...(params.previousTag ? { previous_tag_name: params.previousTag } : {}),
        });
        return { name: data.name, body: data.body };
    });
}
async function createRelease(github, repo, params) {
    const what = `create the release ${params.tag}`;
    return api(what, async () => {
        try {
            const created = await createOnce({
                what,
                create: async () => {
                    const { data } = await github.rest.repos.createRelease({
                        ...repo,
                        tag_name: params.tag,
                        target_commitish: params.target,
                        name: params.name,
                        body: params.body,
                        draft: false,
                        prerelease: params.prerelease,
                        make_latest: params.prerelease ? 'false' : params.makeLatest,
                        request: ONE_ATTEMPT,
                    });
                    return asRelease(data);
                },
                find: () => releases_getReleaseByTag(github, repo, params.tag),
            }, clientOptions(github));
            return created.value;
        }
        catch (error) {
            const errors = errorData(error).errors ?? [];
            if (httpStatus(error) === 422 && errors.some((entry) => entry?.code === 'already_exists'))
                return undefined;
            throw error;
        }
    });
}
async function updateRelease(github, repo, id, params, what = `update release ${id}`) {
    return api(what, async () => {
        const { data } = await github.rest.repos.updateRelease({
            ...repo,
            release_id: id,
            ...(params.name !== undefined ? { name: params.name } : {}),
            ...(params.body !== undefined ? { body: params.body } : {}),
            ...(params.makeLatest !== undefined ? { make_latest: params.makeLatest } : {}),
        });
        return asRelease(data);
    });
}

;// CONCATENATED MODULE: ./dist.tmp-js/release/rolled-back.js



const NAME_PREFIX = '[rolled back] ';
const MARK = /<!-- shipgate:rolled-back (\{.*?\}) -->/g;
const formatMark = (mark) => `<!-- shipgate:rolled-back ${JSON.stringify(mark).replace(/>/g, '\\u003e')} -->`;
const neutralizeMarks = (text) => text.replace(/<!--(\s*shipgate:)/gi, '&lt;!--$1');
function parseMarks(body) {
    const marks = [];
    for (const match of (body ?? '').matchAll(MARK)) {
        try {
            const value = JSON.parse(match[1]);
            if (value && typeof value.at === 'string' && typeof value.environment === 'string')
                marks.push(value);
        }
        catch {
        }
    }
    return marks.sort((a, b) => a.at.localeCompare(b.at));
}
function markedRelease(release, mark) {
    const name = release.name || release.tag_name;
    const when = mark.at.replace('T', ' ').replace(/(\.\d+)?Z$/, ' UTC');
    const why = mark.reason ? `: ${markdownText(mark.reason)}` : '';
    const banner = [
        '> [!CAUTION]',
        `> **Rolled back** in ${codeSpan(mark.environment)} to ${codeSpan(mark.to)} on ${when} by ${markdownText(`@${mark.by || 'unknown'}`)}${why}`,
        formatMark(mark),
    ].join('\n');
    return {
        name: name.startsWith(NAME_PREFIX) ? name : `${NAME_PREFIX}${name}`,
        body: release.body ? `${banner}\n\n${release.body}` : banner,
    };
}
async function isReleaseRolledBack(github, repo, shaOrTag, options = {}) {
    let tag = shaOrTag;
    if (/^[0-9a-f]{40}$/.test(shaOrTag)) {
        const { tags } = await listReleaseTags(github, repo, options.tagPrefix ?? 'v');
        const located = await locateRelease(github, repo, shaOrTag, tags, { wantPrevious: false });
        if (!located.onCommit)
            return undefined;
        tag = located.onCommit.name;
    }
    const release = await getReleaseByTag(github, repo, tag);
    const marks = parseMarks(release?.body);
    return release && marks.length > 0 ? { tag, release, marks } : undefined;
}

;// CONCATENATED MODULE: ./dist.tmp-js/rollback/marks.js



async function confirmedMarks(github, repo, release, ledger) {
    const confirmed = [];
    for (const mark of parseMarks(release?.body)) {
        if (!release || typeof mark.deployment !== 'number')
            continue;
        const deployment = ledger.known(mark.deployment) ?? (await getDeployment(github, repo, mark.deployment));
        if (deployment && confirms(deployment, mark, release.tag_name))
            confirmed.push(mark);
    }
    return confirmed;
}
const confirms = (deployment, mark, tag) => isShipgate(deployment) &&
    deployment.payload.mode === 'rollback' &&
    deployment.environment === mark.environment &&
    deployment.payload.rolled_back?.version === tag &&
    (mark.sha === undefined || deployment.payload.rolled_back?.sha === mark.sha);

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
;// CONCATENATED MODULE: ./dist.tmp-js/lib/globs.js

const GLOB_OPTIONS = { dot: true, posix: true };
function literalParentheses(pattern) {
    let out = '';
    const open = [];
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\') {
            out += c + (pattern[++i] ?? '');
        }
        else if (c === '(') {
            const extglob = i > 0 && '@*+?!'.includes(pattern[i - 1]);
            open.push(extglob);
            out += extglob ? c : '\\(';
        }
        else if (c === ')') {
            const extglob = open.pop();
            out += extglob === true ? c : '\\)';
        }
        else
            out += c;
    }
    return out;
}
function compileRule(raw) {
    const negated = raw.startsWith('!');
    let pattern = (negated ? raw.slice(1) : raw).replace(/^(\.\/)+/, '').replace(/\/+$/, '');
    if (pattern.startsWith('/'))
        pattern = pattern.slice(1);
    else if (!pattern.includes('/'))
        pattern = `**/${pattern}`;
    return { pattern: raw, negated, test: picomatch(literalParentheses(pattern), GLOB_OPTIONS) };
}
function pathPatterns(patterns) {
    const rules = patterns
        .map((raw) => raw.trim())
        .filter(Boolean)
        .map(compileRule);
    if (rules.length === 0)
        return { match: () => undefined };
    return {
        match(path) {
            const candidates = [path];
            for (let slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1))
                candidates.push(path.slice(0, slash));
            let decided;
            for (const rule of rules) {
                if (rule.negated === (decided === undefined))
                    continue;
                if (candidates.some((candidate) => rule.test(candidate)))
                    decided = rule.negated ? undefined : rule.pattern;
            }
            return decided;
        },
    };
}

;// CONCATENATED MODULE: ./dist.tmp-js/rollback/globs.js

function globSet(patterns) {
    return pathPatterns(patterns);
}

// EXTERNAL MODULE: ./dist.tmp-js/rollback/paths.js
var paths = __webpack_require__(5934);
;// CONCATENATED MODULE: ./dist.tmp-js/rollback/safety.js



function checkSafety(input) {
    const migrations = globSet(input.migrationPaths);
    const workflows = globSet(paths/* WORKFLOW_PATHS */.d);
    const risky = [];
    const seen = new Set();
    for (const file of input.files) {
        for (const path of [file.filename, file.previous_filename].filter((each) => Boolean(each))) {
            if (seen.has(path))
                continue;
            const workflow = workflows.match(path);
            const migration = workflow ? undefined : migrations.match(path);
            if (workflow || migration) {
                seen.add(path);
                risky.push({ path, kind: workflow ? 'workflow' : 'migration', pattern: (workflow ?? migration) });
            }
        }
    }
    const changed = new Set(input.files.map((file) => file.filename)).size;
    return {
        range: input.range,
        changed,
        risky,
        incomplete: input.incomplete,
        force: input.force,
        stop: !input.force && (risky.length > 0 || input.incomplete),
    };
}
function describeStop(check, what) {
    const kinds = [...new Set(check.risky.map((file) => (file.kind === 'migration' ? 'migration' : 'workflow')))].join(' and ');
    const shown = check.risky.slice(0, 5).map((file) => file.path);
    const more = check.risky.length > shown.length ? ` and ${check.risky.length - shown.length} more` : '';
    if (check.risky.length > 0) {
        return `Stopped ${what}: the range ${check.range} changes ${check.risky.length} ${kinds} file${check.risky.length === 1 ? '' : 's'} (${shown.join(', ')}${more}) that a rollback does not undo safely; check them and run again with force: true.`;
    }
    return `Stopped ${what}: the range ${check.range} changes more files than GitHub lists (300), so migrations and workflow files cannot be ruled out; check the range and run again with force: true.`;
}

;// CONCATENATED MODULE: ./dist.tmp-js/rollback/target.js


function inferPrefix(names) {
    for (const name of names) {
        if (!name)
            continue;
        const bare = name.replace(/^refs\/tags\//, '');
        for (let i = 0; i < bare.length; i++) {
            if (/\d/.test(bare[i]) && parseVersion(bare.slice(i)))
                return bare.slice(0, i);
        }
    }
    return 'v';
}
function normalizeTo(to, prefix) {
    const bare = to.trim().replace(/^refs\/tags\//, '');
    return parseVersion(bare) && !parseReleaseTag(bare, prefix) ? `${prefix}${bare}` : bare;
}
function rollbackCandidates(tags, live) {
    const ceiling = live.tag ?? live.below;
    if (!ceiling)
        return [];
    const inclusive = !live.tag;
    return tags
        .filter((tag) => !semver_isPrerelease(tag.version))
        .filter((tag) => {
        const order = compareVersions(tag.version, ceiling.version);
        return order < 0 || (inclusive && order === 0);
    })
        .sort((a, b) => compareVersions(b.version, a.version));
}
function chooseExplicitTarget(to, prefix, tags, live) {
    const name = normalizeTo(to, prefix);
    if (!parseReleaseTag(name, prefix)) {
        throw new errors/* UserError */.yo(`Input "to" must be a release tag like ${prefix}1.4.0 (the prefix and a semantic version), but was ${JSON.stringify(to)}.`);
    }
    const target = tags.find((tag) => tag.name === name);
    if (!target) {
        const newest = rollbackCandidates(tags, live)[0];
        throw new errors/* UserError */.yo(`Input "to" names the release tag ${name}, which does not exist${newest ? `; the newest release below what is live is ${newest.name}` : ''}.`);
    }
    if (live.tag && live.tag.name === name) {
        throw new errors/* UserError */.yo(`Input "to" names ${name}, which is what is live already (${live.label}); give an older release to roll back to.`);
    }
    return target;
}

;// CONCATENATED MODULE: ./dist.tmp-js/rollback/plan.js










const plan_labelOf = (ref, sha, tag) => describeRef(ref, sha, tag);
async function planRollback(request, deps, ledger = new DeploymentLedger(deps.github, deps.repo, request.environment)) {
    const { environment } = request;
    const { github, repo, logger } = deps;
    const guessedPrefix = inferPrefix([request.to]);
    const [newest, guessedTags, newestReleases, latest] = await Promise.all([
        ledger.newest(),
        tags_listReleaseTags(github, repo, guessedPrefix),
        listReleases(github, repo),
        getLatestRelease(github, repo),
    ]);
    const releases = new Map(newestReleases.map((release) => [release.tag_name, release]));
    const releaseOf = async (tag) => {
        if (!releases.has(tag))
            releases.set(tag, await releases_getReleaseByTag(github, repo, tag));
        return releases.get(tag);
    };
    const tagsFor = new Map([[guessedPrefix, Promise.resolve(guessedTags.tags)]]);
    const readsFor = async (deployment) => {
        const prefix = inferPrefix([request.to, versionOf(deployment), refOf(deployment)]);
        if (!tagsFor.has(prefix))
            tagsFor.set(prefix, tags_listReleaseTags(github, repo, prefix).then((listed) => listed.tags));
        return { tags: await tagsFor.get(prefix), prefix, releaseOf, latest };
    };
    const choose = async (deployment, log) => chooseTarget(request, { ...deps, logger: log }, ledger, deployment, await readsFor(deployment));
    const held = [];
    const holding = { info: (message) => held.push(() => logger.info(message)), warning: (message) => held.push(() => logger.warning(message)) };
    const guessed = newest ? choose(newest, holding).then((choice) => ({ choice }), (error) => ({ error })) : undefined;
    const [state, early] = await Promise.all([ledger.scan(), guessed]);
    const liveDeployment = state.live?.deployment;
    if (!liveDeployment) {
        throw new errors/* UserError */.yo(`Nothing is live in ${environment}: it has no successful deployment, so there is nothing to roll back; check the environment name.`);
    }
    let choice;
    const logLive = (state) => logger.info(`Live in ${environment}: ${state.label} (deployment ${state.deploymentId}, since ${state.since}).`);
    if (early && newest?.id === liveDeployment.id) {
        if ('choice' in early)
            logLive(early.choice.live);
        for (const line of held)
            line();
        if ('error' in early)
            throw early.error;
        choice = early.choice;
    }
    else {
        choice = await choose(liveDeployment, { info: logger.info, warning: logger.warning });
        logLive(choice.live);
    }
    const { live, target, range, skipped } = choice;
    let files = range.files;
    let incomplete = range.files.length >= MAX_COMPARE_FILES;
    if (range.status !== 'ahead') {
        if (range.status === 'behind' && !request.force) {
            throw new errors/* UserError */.yo(`${target.name} is newer than ${live.label}, which is live in ${environment}, so this rollback would move it forward; set force: true to do that anyway, or give an older release.`);
        }
        const other = await compareRange(github, repo, live.sha, target.name);
        files = [...files, ...other.files];
        incomplete ||= other.files.length >= MAX_COMPARE_FILES;
        if (range.status === 'behind') {
            logger.warning(`${target.name} is newer than ${live.label}: this "rollback" moves ${environment} forward because force is true.`);
        }
    }
    const safety = checkSafety({
        range: `${target.name}...${live.release?.name ?? shortSha(live.sha)}`,
        files,
        incomplete,
        migrationPaths: request.migrationPaths,
        force: request.force,
    });
    const [liveRelease, targetRelease] = await Promise.all([live.release ? releaseOf(live.release.name) : undefined, releaseOf(target.name)]);
    return {
        environment,
        live,
        target: { tag: target, sha: range.baseSha, label: plan_labelOf(target.name, range.baseSha, target.name) },
        skipped,
        safety,
        liveRelease,
        targetRelease,
        latestReleaseId: latest?.id,
        reason: request.reason ?? '',
        actor: deps.run.actor,
        at: new Date(request.startedAt).toISOString(),
    };
}
async function chooseTarget(request, deps, ledger, liveDeployment, reads) {
    const { environment } = request;
    const { github, repo, logger } = deps;
    const { tags, prefix, releaseOf } = reads;
    let liveTag = tags.find((tag) => tag.name === versionOf(liveDeployment) || tag.name === refOf(liveDeployment));
    let below;
    if (!liveTag) {
        const located = await tags_locateRelease(github, repo, liveDeployment.sha, tags, { wantPrevious: false, log: logger.info });
        liveTag = located.onCommit;
        below = located.previous?.tag;
    }
    const live = {
        deploymentId: liveDeployment.id,
        sha: liveDeployment.sha,
        ref: refOf(liveDeployment),
        since: liveDeployment.created_at,
        release: liveTag,
        label: plan_labelOf(refOf(liveDeployment), liveDeployment.sha, liveTag?.name),
    };
    const liveRelease = { tag: liveTag, below, label: live.label };
    const marksOf = async (tag) => confirmedMarks(github, repo, await releaseOf(tag), ledger);
    const skipped = [];
    if (request.to) {
        const target = chooseExplicitTarget(request.to, prefix, tags, liveRelease);
        const range = await compareRange(github, repo, target.name, live.sha);
        if (range.status === 'identical') {
            throw new errors/* UserError */.yo(`Input "to" names ${target.name}, which is the commit live already (${live.label}); give an older release to roll back to.`);
        }
        const marks = await marksOf(target.name);
        const record = marks.length > 0 ? undefined : await ledger.rolledBack(range.baseSha);
        if (marks.length > 0 || record) {
            const where = marks.length > 0 ? marks.map((mark) => mark.environment).join(', ') : `${environment}, deployment ${record?.deployment.id}`;
            if (!request.force) {
                throw new errors/* UserError */.yo(`Input "to" names ${target.name}, which was itself rolled back before (in ${where}); set force: true to roll back to it anyway, or give another release.`);
            }
            logger.warning(`${target.name} was itself rolled back before (in ${where}); rolling back to it because "to" names it and force is true.`);
        }
        return { live, target, range, skipped };
    }
    for (const candidate of rollbackCandidates(tags, liveRelease)) {
        const marks = await marksOf(candidate.name);
        if (marks.length > 0) {
            const last = marks[marks.length - 1];
            skipped.push({ tag: candidate.name, why: `rolled back in ${last.environment} on ${last.at} by @${last.by}` });
            continue;
        }
        const range = await compareRange(github, repo, candidate.name, live.sha);
        if (range.status === 'identical') {
            skipped.push({ tag: candidate.name, why: 'the same commit as what is live' });
            continue;
        }
        const record = await ledger.rolledBack(range.baseSha);
        if (record) {
            skipped.push({ tag: candidate.name, why: `rolled back in ${environment} by deployment ${record.deployment.id}${record.reason ? ` (${record.reason})` : ''}` });
            continue;
        }
        return { live, target: candidate, range, skipped };
    }
    const passed = skipped.length ? ` (${skipped.map((each) => `${each.tag}: ${each.why}`).join('; ')})` : '';
    throw new errors/* UserError */.yo(`No release below ${live.label} is left to roll back ${environment} to${passed}; give one with the "to" input.`);
}

;// CONCATENATED MODULE: ./dist.tmp-js/readiness/format.js
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
function durationText(ms) {
    if (!Number.isFinite(ms) || ms < 0)
        return 'unknown';
    if (ms < MINUTE)
        return `${Math.ceil(ms / 1000)} s`;
    if (ms < HOUR)
        return `${Math.ceil(ms / MINUTE)} min`;
    if (ms < 48 * HOUR) {
        const minutes = Math.ceil(ms / MINUTE);
        const rest = minutes % 60;
        return rest === 0 ? `${minutes / 60} h` : `${Math.floor(minutes / 60)} h ${String(rest).padStart(2, '0')} min`;
    }
    const hours = Math.ceil(ms / HOUR);
    return hours % 24 === 0 ? `${hours / 24} d` : `${Math.floor(hours / 24)} d ${hours % 24} h`;
}
function floorText(value, digits = 2) {
    const scale = 10 ** digits;
    return String(Math.floor(value * scale + 1e-9) / scale);
}
function ceilText(value, digits = 2) {
    const scale = 10 ** digits;
    return String(Math.ceil(value * scale - 1e-9) / scale);
}
function dayText(ms) {
    return new Date(ms).toLocaleDateString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
}
function isoDay(ms) {
    return new Date(ms).toISOString().slice(0, 10);
}
function windowText(window) {
    const days = (window.end - window.start) / (24 * HOUR);
    return `${Number.isInteger(days) ? days : floorText(days, 1)} days to ${isoDay(window.end)}`;
}
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

;// CONCATENATED MODULE: ./dist.tmp-js/rehearsal/rehearse.js






const REASON = 'rollback rehearsal';
async function runRehearsal(request, deps) {
    const now = deps.now ?? Date.now;
    const { environment } = request;
    const ledger = new DeploymentLedger(deps.github, deps.repo, environment);
    const plan = await planRollback({ ...request, to: undefined, reason: REASON }, deps, ledger);
    const risky = plan.safety.risky.length > 0 || plan.safety.incomplete;
    const productionRefusal = risky ? describeStop({ ...plan.safety, force: false, stop: true }, 'a rollback over this range') : undefined;
    const base = { plan, maxRestoreMs: request.maxRestoreMs, productionRefusal };
    if (plan.safety.stop) {
        return { ...base, status: 'stopped', steps: [], message: `${describeStop(plan.safety, `the rehearsal on ${environment}`)} Nothing was deployed.` };
    }
    if (request.dryRun) {
        return { ...base, status: 'dry-run', steps: [], message: `Dry run: ${environment} would be rolled back from ${plan.live.label} to ${plan.target.label} and forward again; nothing was changed.` };
    }
    const live = { id: plan.live.deploymentId, ref: plan.live.ref, sha: plan.live.sha, version: plan.live.release?.name ?? '' };
    const common = { environment, command: request.command, url: request.url, commandTimeoutMs: request.commandTimeoutMs, dryRun: false, verify: request.verify };
    const steps = [];
    const step = async (name, to, run) => {
        const started = now();
        try {
            const outcome = await run();
            const ms = now() - started;
            const ok = outcome.status === 'success';
            steps.push({ name, to, outcome, ms, ok, message: outcome.message });
            return { created: outcome.deploymentId !== undefined };
        }
        catch (error) {
            if (isCancelled(error, deps.signal))
                throw error;
            steps.push({ name, to, ms: now() - started, ok: false, message: error.message });
            return { created: false };
        }
    };
    const back = await step('roll back', plan.target.label, () => runRollbackDeployment({ ...common, target: { ref: plan.target.tag.name, sha: plan.target.sha, version: plan.target.tag.name }, rolledBack: live, reason: `${REASON}: back to ${plan.target.tag.name}` }, ledger, deps));
    if (back.created) {
        await step('roll forward', plan.live.label, () => runDeployment({ ...common, ref: plan.live.release?.name ?? plan.live.sha, version: plan.live.release?.name, autoRollback: false, force: true }, deps));
    }
    const slow = steps.filter((each) => each.ok && each.ms > request.maxRestoreMs);
    const failed = steps.filter((each) => !each.ok);
    const forward = steps.find((each) => each.name === 'roll forward');
    let message;
    if (failed.length > 0) {
        const left = !back.created ? `${environment} was not changed` : forward?.ok ? `${environment} runs ${plan.live.label} again` : `${environment} could NOT be put back on ${plan.live.label}; deploy it by hand`;
        message = `The rollback rehearsal on ${environment} failed at "${failed[0].name}" (${failed[0].message.replace(/\.$/, '')}); ${left}.`;
    }
    else if (slow.length > 0) {
        message = `The rollback rehearsal on ${environment} took longer than the ${durationText(request.maxRestoreMs)} allowed to ${slow.map((each) => each.name).join(' and ')} (${slow.map((each) => durationText(each.ms)).join(' and ')}); ${environment} runs ${plan.live.label} again.`;
    }
    else {
        message = `Rolled ${environment} back to ${plan.target.label} and forward to ${plan.live.label}, each verified within the time allowed.`;
    }
    return { ...base, status: failed.length === 0 && slow.length === 0 ? 'success' : 'failure', steps, message };
}

;// CONCATENATED MODULE: ./dist.tmp-js/lib/markdown.js
const MENTION = /@(?=[A-Za-z0-9])/g;
const ZWJ = '\u200d';
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/g;
function markdown_markdownText(text) {
    return (text
        .replace(LINE_BREAK, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '&#124;')
        .replace(/[\\`*_[\]~]/g, (char) => `\\${char}`)
        .replace(/^(#{1,6}|[+-])(?=\s|$)/, '\\$1')
        .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
        .replace(/^([=-])(?=[=-]*\s*$)/, '\\$1')
        .replace(MENTION, `@${ZWJ}`));
}
function markdown_codeSpan(text) {
    const flat = text.replace(LINE_BREAK, ' ');
    if (flat === '' || flat.includes('|'))
        return markdown_markdownText(text);
    const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = /^[` ]|[` ]$/.test(flat) ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}

;// CONCATENATED MODULE: ./dist.tmp-js/deploy/report.js



const code = (text) => (text ? markdown_codeSpan(text) : '—');
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
        `${markdown_markdownText(describeRef(attempt.ref, attempt.sha, attempt.version))} · [deployments of ${markdown_markdownText(outcome.environment)}](${outcome.deploymentsUrl})`,
        '',
    ];
    if (attempt.failure)
        lines.push(`> ${markdown_markdownText(attempt.failure)}`, '');
    if (attempt.checks.length) {
        lines.push('| Check | Result | Measured | Required |', '| --- | --- | --- | --- |');
        for (const check of attempt.checks) {
            lines.push(`| ${markdown_markdownText(check.name)} | ${mark(check.ok)} | ${markdown_markdownText(check.measured)} | ${markdown_markdownText(check.threshold)} |`);
        }
        lines.push('');
    }
    return lines;
}
function phaseTable(phases) {
    if (!phases.length)
        return [];
    return ['| Phase | Took | |', '| --- | --- | --- |', ...phases.map((phase) => `| ${phase.name} | ${duration_formatDurationCompact(phase.ms)} | ${mark(phase.ok)} |`), ''];
}
function report_renderSummary(outcome) {
    const previous = outcome.previous ? `${describeRef(outcome.previous.ref, outcome.previous.sha, outcome.previous.version)} (deployment ${outcome.previous.id})` : 'none';
    const lines = [
        `## ${HEADLINE[outcome.status]}: ${outcome.mode === 'rollback' ? 'rollback of ' : ''}${markdown_markdownText(outcome.environment)}`,
        '',
        markdown_markdownText(outcome.message),
        '',
        '| | |',
        '| --- | --- |',
        `| Environment | ${markdown_markdownText(outcome.environment)}${outcome.production ? ' (production)' : ''} |`,
        `| Ref | ${code(outcome.ref)} |`,
        `| Commit | ${code(outcome.sha)} |`,
        `| Version | ${outcome.version ? code(outcome.version) : '—'} |`,
        `| Previously live | ${markdown_markdownText(previous)} |`,
        `| Status | ${outcome.status} |`,
        ...(outcome.deploymentId !== undefined ? [`| Deployment | [${outcome.deploymentId}](${outcome.deploymentsUrl}) |`] : []),
        ...(outcome.environmentUrl ? [`| Environment URL | ${markdown_markdownText(outcome.environmentUrl)} |`] : []),
        `| Workflow run | ${outcome.runUrl} |`,
        '',
    ];
    if (outcome.plan) {
        lines.push('### Plan (nothing was changed)', '', ...outcome.plan.map((step) => `- ${markdown_markdownText(step)}`), '');
    }
    if (outcome.attempt)
        lines.push(...attemptSection(outcome.mode === 'rollback' ? 'Rollback' : 'Deploy', outcome.attempt, outcome));
    if (outcome.rollback)
        lines.push(...attemptSection('Automatic rollback', outcome.rollback, outcome));
    lines.push(...phaseTable([
        ...outcome.phases,
        ...(outcome.attempt?.phases ?? []),
        ...(outcome.rollback?.phases ?? []).map((phase) => ({ ...phase, name: `automatic rollback: ${phase.name}` })),
    ]));
    return `${lines.join('\n')}\n`;
}
function report_renderCancelledSummary(details, message, links) {
    const lines = [
        `## ⏹️ Cancelled: ${markdownText(details.environment)}`,
        '',
        markdownText(message),
        '',
        '| | |',
        '| --- | --- |',
        `| Environment | ${markdownText(details.environment)} |`,
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

;// CONCATENATED MODULE: ./dist.tmp-js/rollback/render.js



const render_HEADLINE = {
    success: '↩️ Rolled back',
    failure: '❌ Rollback failed',
    stopped: '⛔ Rollback stopped',
    'dry-run': '📝 Rollback plan (dry run)',
};
const MAX_FILES = 50;
function renderSafety(check) {
    const range = markdown_codeSpan(check.range);
    const risky = check.risky.length ? `${check.risky.length} migration or workflow file${check.risky.length === 1 ? '' : 's'}` : 'more files than GitHub lists (300)';
    const verdict = check.risky.length === 0 && !check.incomplete
        ? `✅ ${range} changes ${check.changed} file${check.changed === 1 ? '' : 's'}, none of them a migration or a workflow file.`
        : check.stop
            ? `⛔ ${range} changes ${risky}: the rollback stopped; run again with \`force: true\` once they are checked.`
            : `⚠️ ${range} changes ${risky}; rolled back anyway because \`force: true\`.`;
    const lines = ['### Safety check', '', verdict, ''];
    if (check.risky.length > 0) {
        lines.push('| File | Kind | Matched |', '| --- | --- | --- |');
        for (const file of check.risky.slice(0, MAX_FILES))
            lines.push(`| ${markdown_codeSpan(file.path)} | ${file.kind} | ${markdown_codeSpan(file.pattern)} |`);
        if (check.risky.length > MAX_FILES)
            lines.push(`| … ${check.risky.length - MAX_FILES} more | | |`);
        lines.push('');
    }
    return lines;
}
function renderRollbackSummary(outcome) {
    const { plan } = outcome;
    const deployment = outcome.deployment;
    const lines = [`## ${render_HEADLINE[outcome.status]}: ${markdownText(`${plan.environment} from ${plan.live.release?.name ?? plan.live.label} to ${plan.target.tag.name}`)}`, '', markdownText(outcome.message), ''];
    lines.push('| | |', '| --- | --- |');
    lines.push(`| Who | ${markdownText(`@${plan.actor || 'unknown'}`)} |`);
    lines.push(`| When | ${plan.at} |`);
    lines.push(`| From | ${markdownText(plan.live.label)}, deployment ${plan.live.deploymentId}, live since ${plan.live.since} |`);
    lines.push(`| To | ${markdownText(plan.target.label)} |`);
    lines.push(`| Why | ${plan.reason ? markdownText(plan.reason) : '_no reason given_'} |`);
    if (deployment?.deploymentId !== undefined)
        lines.push(`| Deployment | [${deployment.deploymentId}](${deployment.deploymentsUrl}) — ${deployment.status} |`);
    if (outcome.restoreMs !== undefined) {
        const split = outcome.restore
            ? `: shipgate ${formatDurationCompact(outcome.restore.ownMs)}, deploy command ${formatDurationCompact(outcome.restore.commandMs)}, verification ${formatDurationCompact(outcome.restore.verifyMs)}`
            : '';
        lines.push(`| Time to restore | ${formatDurationCompact(outcome.restoreMs)}${split} (start of the rollback to a verified healthy environment) |`);
    }
    if (outcome.status === 'dry-run') {
        lines.push(`| Would mark | ${plan.live.release ? `${plan.live.release.name} as rolled back (name prefixed "[rolled back]", banner and marker on its GitHub Release)` : 'nothing (the live commit has no release tag)'} |`);
    }
    else if (outcome.marked) {
        lines.push(`| Marked rolled back | ${'url' in outcome.marked ? `[${outcome.marked.tag}](${outcome.marked.url})` : markdownText(outcome.marked.note)} |`);
    }
    if (plan.skipped.length > 0)
        lines.push(`| Skipped | ${plan.skipped.map((each) => `${each.tag} (${markdownText(each.why)})`).join('; ')} |`);
    lines.push('');
    for (const warning of outcome.warnings)
        lines.push(`> ⚠️ ${markdownText(warning)}`, '');
    lines.push(...renderSafety(plan.safety));
    if (deployment?.plan?.length) {
        lines.push('### Deployment plan', '', ...deployment.plan.map((step) => `- ${markdownText(step)}`), '');
    }
    else if (deployment && deployment.status !== 'dry-run') {
        lines.push(renderDeploymentSummary(deployment));
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./dist.tmp-js/rehearsal/render.js




const rehearsal_render_HEADLINE = {
    success: '✅ Rollback rehearsal passed',
    failure: '❌ Rollback rehearsal failed',
    stopped: '⛔ Rollback rehearsal stopped',
    'dry-run': '📝 Rollback rehearsal plan (dry run)',
};
function renderRehearsalSummary(outcome) {
    const { plan } = outcome;
    const lines = [`## ${rehearsal_render_HEADLINE[outcome.status]}: ${markdown_markdownText(plan.environment)}`, '', markdown_markdownText(outcome.message), ''];
    lines.push('| step | to | deployment | result | time to restore | allowed |', '| --- | --- | --- | --- | --- | --- |');
    for (const step of outcome.steps) {
        const id = step.outcome?.deploymentId;
        lines.push(`| ${step.name} | ${markdown_markdownText(step.to)} | ${id ?? '—'} | ${step.ok ? (step.ms <= outcome.maxRestoreMs ? '✅' : '⏱️ too slow') : '❌'} | ${durationText(step.ms)} | ${durationText(outcome.maxRestoreMs)} |`);
    }
    if (outcome.steps.length === 0)
        lines.push(`| roll back | ${markdown_markdownText(plan.target.label)} | — | not run | — | ${durationText(outcome.maxRestoreMs)} |`);
    lines.push('', `Live before the rehearsal: ${markdown_markdownText(plan.live.label)} (deployment ${plan.live.deploymentId}). Time to restore runs from the start of a step to its verified deployment.`, '');
    lines.push(...renderSafety(plan.safety));
    lines.push(outcome.productionRefusal ? `In production, the rollback action would refuse this range: ${markdown_markdownText(outcome.productionRefusal)}` : 'In production, the rollback action would accept this range.', '');
    for (const step of outcome.steps)
        if (step.outcome)
            lines.push(report_renderSummary(step.outcome), '');
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./dist.tmp-js/actions/deployment-steps/deployment.js






function commandSettings(inputs) {
    return {
        command: inputs.command,
        url: inputs.url,
        commandTimeoutMs: inputs.timeout === undefined ? undefined : inputs.timeout * 60_000,
        dryRun: inputs['dry-run'],
        verify: verifySettings(inputs),
    };
}
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
async function withCancellation(work) {
    const controller = new AbortController();
    const onSignal = (signal) => {
        if (controller.signal.aborted)
            return;
        lib_log.log.warning(`Received ${signal}: stopping and recording the deployment as cancelled.`);
        controller.abort(new CancelledError());
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
function deploymentDeps(context, github, signal) {
    return {
        github,
        repo: { owner: context.owner, repo: context.repo },
        run: { url: context.runUrl, actor: context.triggeringActor || context.actor, serverUrl: context.serverUrl },
        logger: lib_log.log,
        signal,
    };
}
async function runCancellableDeployment(context, github, environment, work) {
    try {
        return await withCancellation((signal) => work(deploymentDeps(context, github, signal)));
    }
    catch (error) {
        if (error instanceof DeploymentCancelled) {
            const links = { deploymentsUrl: deploymentsPage(context.serverUrl, { owner: context.owner, repo: context.repo }, environment), runUrl: context.runUrl };
            await reportCancelled(error, links);
        }
        throw error;
    }
}
async function reportDeployment(outcome) {
    core.setOutput('sha', outcome.sha);
    core.setOutput('ref', outcome.ref);
    if (outcome.mode === 'deploy')
        core.setOutput('version', outcome.version);
    core.setOutput('previous-ref', outcome.previous?.ref ?? '');
    core.setOutput('environment-url', outcome.environmentUrl);
    if (outcome.status !== 'dry-run') {
        core.setOutput('deployment-id', String(outcome.deploymentId ?? ''));
        core.setOutput('status', outcome.status);
    }
    for (const step of outcome.plan ?? [])
        log.info(`[dry-run] ${step}`);
    if (process.env.GITHUB_STEP_SUMMARY)
        await core.summary.addRaw(renderSummary(outcome)).write();
    if (outcome.status === 'failure' || outcome.status === 'rolled-back')
        throw new UserError(outcome.message);
    log.info(outcome.message);
}
async function reportCancelled(error, links) {
    const { deploymentId, sha, ref, environmentUrl } = error.details;
    if (sha)
        core.setOutput('sha', sha);
    core.setOutput('ref', ref);
    if (environmentUrl)
        core.setOutput('environment-url', environmentUrl);
    core.setOutput('deployment-id', deploymentId === undefined ? '' : String(deploymentId));
    core.setOutput('status', 'failure');
    if (process.env.GITHUB_STEP_SUMMARY)
        await core.summary.addRaw(renderCancelledSummary(error.details, error.message, links)).write();
}
async function reportPlannedRollback(outcome, summary, outputs) {
    if (outcome.status === 'dry-run')
        lib_log.log.info(summary);
    lib_core.setOutput('from', outcome.plan.live.release?.name ?? outcome.plan.live.ref);
    lib_core.setOutput('to', outcome.plan.target.tag.name);
    for (const [name, value] of Object.entries(outputs))
        lib_core.setOutput(name, value);
    await lib_core.summary.addRaw(summary).write();
    if (outcome.status === 'stopped' || outcome.status === 'failure')
        throw new errors/* UserError */.yo(outcome.message);
    lib_log.log.info(outcome.message);
}

// EXTERNAL MODULE: ./dist.tmp-js/actions/rehearsal/inputs.js + 1 modules
var rehearsal_inputs = __webpack_require__(1173);
;// CONCATENATED MODULE: ./dist.tmp-js/actions/rehearsal/main.js









async function run(source = lib_inputs/* envInputSource */.l, early) {
    const startedAt = Math.round(performance.timeOrigin);
    const inputs = (0,rehearsal_inputs/* readInputs */.K)(new lib_inputs/* InputReader */.i(source));
    const context = (0,github_context/* readRunContext */.$)();
    const github = (0,client/* createGitHub */.Cl)({ token: inputs['github-token'], log: lib_log.log.warning, early });
    const outcome = await withCancellation((signal) => runRehearsal({
        environment: inputs.environment,
        migrationPaths: inputs['migration-paths'],
        force: inputs.force,
        maxRestoreMs: inputs['max-restore-time'] * 60_000,
        startedAt,
        ...commandSettings(inputs),
    }, deploymentDeps(context, github, signal))).catch((error) => {
        lib_core.setOutput('status', 'failure');
        throw error;
    });
    const [back, forward] = [outcome.steps.find((each) => each.name === 'roll back'), outcome.steps.find((each) => each.name === 'roll forward')];
    await reportPlannedRollback(outcome, renderRehearsalSummary(outcome), {
        'restore-seconds': back ? String(Math.round(back.ms / 1000)) : '',
        'forward-seconds': forward ? String(Math.round(forward.ms / 1000)) : '',
        ...(outcome.status === 'dry-run' ? {} : { status: outcome.status === 'success' ? 'success' : 'failure' }),
    });
}


/***/ }),

/***/ 7139:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   log: () => (/* binding */ log),
/* harmony export */   neutralizeCommands: () => (/* binding */ neutralizeCommands)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1889);

const COMMAND_START = /^([\s\u0085]*)(::|##\[)/u;
function neutralizeCommands(text) {
    return text
        .split(/\r\n|\r|\n/)
        .map((line) => line.replace(COMMAND_START, (_match, space, marker) => `${space}${marker[0]}\u200b${marker.slice(1)}`))
        .join('\n');
}
const log = {
    info: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(neutralizeCommands(message)),
    debug: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.debug(neutralizeCommands(message)),
    warning: (message, properties) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(message, properties),
    error: (message, properties) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.error(message, properties),
    notice: (message, properties) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.notice(message, properties),
    startGroup: (name) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.startGroup(name),
    endGroup: () => _actions_core__WEBPACK_IMPORTED_MODULE_0__.endGroup(),
    group: (name, work) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.group(name, work),
};


/***/ })

};
