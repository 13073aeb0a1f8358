export const id = 246;
export const ids = [246,139];
export const modules = {

/***/ 6246:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 13 modules
var core = __webpack_require__(1889);
// EXTERNAL MODULE: ./dist.tmp-js/lib/log.js
var log = __webpack_require__(7139);
// EXTERNAL MODULE: ./dist.tmp-js/lib/inputs.js + 2 modules
var lib_inputs = __webpack_require__(255);
// EXTERNAL MODULE: ./dist.tmp-js/lib/errors.js
var errors = __webpack_require__(1778);
// EXTERNAL MODULE: ./dist.tmp-js/github/client.js + 22 modules
var client = __webpack_require__(3073);
// EXTERNAL MODULE: ./dist.tmp-js/github/context.js + 1 modules
var github_context = __webpack_require__(7646);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./dist.tmp-js/lib/http.js
var http = __webpack_require__(4521);
;// CONCATENATED MODULE: ./dist.tmp-js/github/create-once.js



const create_once_ONE_ATTEMPT = { retries: 0 };
const create_once_newMark = () => (0,external_node_crypto_.randomUUID)();
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

;// CONCATENATED MODULE: ./dist.tmp-js/github/checks.js


const ANNOTATIONS_PER_REQUEST = 50;
function message(error) {
    return error.response?.data?.message ?? error.message;
}
async function createCheckRun(github, repo, run) {
    const batches = [];
    for (let i = 0; i < run.annotations.length; i += ANNOTATIONS_PER_REQUEST)
        batches.push(run.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
    const output = (annotations) => ({
        title: run.title,
        summary: run.summary,
        ...(run.text ? { text: run.text } : {}),
        ...(annotations && annotations.length > 0 ? { annotations } : {}),
    });
    let created;
    const externalId = create_once_newMark();
    try {
        const made = await create_once_createOnce({
            what: `create the check run "${run.name}"`,
            create: async () => {
                const response = await github.rest.checks.create({
                    ...repo,
                    name: run.name,
                    head_sha: run.headSha,
                    external_id: externalId,
                    status: 'completed',
                    conclusion: run.conclusion,
                    completed_at: new Date().toISOString(),
                    ...(run.detailsUrl ? { details_url: run.detailsUrl } : {}),
                    output: output(batches[0]),
                    request: create_once_ONE_ATTEMPT,
                });
                return { id: Number(response.data.id), html_url: response.data.html_url };
            },
            find: async () => {
                const { data } = await github.rest.checks.listForRef({ ...repo, ref: run.headSha, check_name: run.name, filter: 'all', per_page: 100 });
                const found = data.check_runs.find((each) => each.external_id === externalId);
                return found ? { id: found.id, html_url: found.html_url } : undefined;
            },
        }, create_once_clientOptions(github));
        created = made.value;
    }
    catch (error) {
        if ((0,client/* httpStatus */.nG)(error) === 403)
            return { ok: false, forbidden: true, message: message(error) };
        throw (0,client/* toApiError */.Gv)(`create the check run "${run.name}"`, error);
    }
    const sent = await Promise.allSettled(batches.slice(1).map((batch, index) => (0,client/* api */.FH)(`add annotations ${(index + 1) * ANNOTATIONS_PER_REQUEST + 1}–${(index + 1) * ANNOTATIONS_PER_REQUEST + batch.length} to the check run "${run.name}"`, () => github.rest.checks.update({ ...repo, check_run_id: created.id, output: output(batch) }))));
    const failed = sent.find((each) => each.status === 'rejected');
    if (failed)
        throw failed.reason;
    return { ok: true, id: created.id, url: created.html_url ?? '', requests: Math.max(1, batches.length) };
}
async function createCommitStatus(github, repo, status) {
    const description = status.description.length > 140 ? `${status.description.slice(0, 139)}…` : status.description;
    try {
        const response = await repeatable(`set the commit status "${status.context}"`, () => github.rest.repos.createCommitStatus({
            ...repo,
            sha: status.sha,
            state: status.state,
            context: status.context,
            description,
            ...(status.targetUrl ? { target_url: status.targetUrl } : {}),
            request: ONE_ATTEMPT,
        }), clientOptions(github));
        return { ok: true, id: Number(response.data.id), url: response.data.url, requests: 1 };
    }
    catch (error) {
        if (httpStatus(error) === 403)
            return { ok: false, forbidden: true, message: message(error) };
        throw toApiError(`set the commit status "${status.context}"`, error);
    }
}

;// CONCATENATED MODULE: ./dist.tmp-js/readiness/history.js
const history_DAY_MS = 24 * 60 * 60 * 1000;
const WEEK_MS = 7 * history_DAY_MS;

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

;// CONCATENATED MODULE: ./dist.tmp-js/lib/plural.js
function plural(count, one, many = `${one}s`) {
    return count === 1 ? one : many;
}
function counted(count, one, many = `${one}s`) {
    return `${count} ${plural(count, one, many)}`;
}

;// CONCATENATED MODULE: ./dist.tmp-js/readiness/delivery.js



const inWindow = (time, window) => time >= window.start && time <= window.end;
function finishedDeploys(history) {
    return history.deploys
        .filter((deploy) => deploy.mode === 'deploy' && deploy.outcome !== undefined && inWindow(deploy.createdAt, history.window))
        .sort((a, b) => a.createdAt - b.createdAt || a.id - b.id);
}
function isFailedChange(deploy, all) {
    if (deploy.outcome === 'failure' || deploy.outcome === 'error')
        return true;
    return all.some((other) => other.mode === 'rollback' &&
        other.createdAt >= deploy.createdAt &&
        (other.rolledBack?.id !== undefined ? other.rolledBack.id === deploy.id : other.rolledBack?.sha === deploy.sha));
}
function restoresOf(failures, all, end) {
    return failures.map((failed) => {
        const restoredBy = all
            .filter((other) => other.id !== failed.id && other.sha !== failed.sha && other.outcome === 'success' && other.finishedAt !== undefined)
            .filter((other) => other.createdAt > failed.createdAt || (other.createdAt === failed.createdAt && other.id > failed.id))
            .sort((a, b) => a.finishedAt - b.finishedAt)[0];
        return { failed, restoredBy, durationMs: (restoredBy ? restoredBy.finishedAt : end) - failed.createdAt };
    });
}
function ancestors(sha, bySha) {
    const seen = new Set();
    const stack = [sha];
    while (stack.length > 0) {
        const next = stack.pop();
        const commit = bySha.get(next);
        if (seen.has(next) || !commit)
            continue;
        seen.add(next);
        stack.push(...commit.parents);
    }
    return seen;
}
function leadTimes(history) {
    const bySha = new Map(history.commits.map((commit) => [commit.sha, commit]));
    const live = history.deploys
        .filter((deploy) => deploy.outcome === 'success' && deploy.finishedAt !== undefined)
        .sort((a, b) => a.finishedAt - b.finishedAt);
    const shipped = new Set();
    const times = [];
    for (const deploy of live) {
        const fresh = inWindow(deploy.finishedAt, history.window) && deploy.mode === 'deploy';
        if (deploy.previousSha)
            for (const sha of ancestors(deploy.previousSha, bySha))
                shipped.add(sha);
        for (const sha of ancestors(deploy.sha, bySha)) {
            if (shipped.has(sha))
                continue;
            shipped.add(sha);
            const commit = bySha.get(sha);
            if (fresh)
                times.push({ commit, deploy, ms: Math.max(0, deploy.finishedAt - commit.committedAt) });
        }
    }
    return times;
}
function weeklyCounts(history) {
    const { start, end } = history.window;
    const count = Math.max(1, Math.ceil((end - start) / WEEK_MS));
    const weeks = [];
    for (let i = count - 1; i >= 0; i--) {
        weeks.push({ start: Math.max(start, end - (i + 1) * WEEK_MS), end: end - i * WEEK_MS, deploys: 0, failures: 0, restores: 0 });
    }
    const weekOf = (time) => weeks.find((week) => time >= week.start && (time < week.end || (time === end && week.end === end)));
    const deploys = finishedDeploys(history);
    const failures = deploys.filter((deploy) => isFailedChange(deploy, history.deploys));
    for (const deploy of deploys) {
        const week = weekOf(deploy.createdAt);
        if (week)
            week.deploys += 1;
    }
    for (const failed of failures) {
        const week = weekOf(failed.createdAt);
        if (week)
            week.failures += 1;
    }
    for (const restore of restoresOf(failures, history.deploys, end)) {
        const week = restore.restoredBy ? weekOf(restore.restoredBy.finishedAt) : undefined;
        if (week)
            week.restores += 1;
    }
    return weeks;
}
function deliveryRows(history, targets, environment) {
    const span = `${windowText(history.window)}${history.narrowed ? ` (${history.narrowed})` : ''}`;
    const deploys = finishedDeploys(history);
    const live = deploys.filter((deploy) => deploy.outcome === 'success');
    const weeks = (history.window.end - history.window.start) / WEEK_MS;
    const failures = deploys.filter((deploy) => isFailedChange(deploy, history.deploys));
    const rows = [];
    const perWeek = weeks > 0 ? live.length / weeks : 0;
    rows.push({
        metric: 'Deployment frequency',
        verdict: deploys.length === 0 ? 'no data' : perWeek >= targets.minDeploysPerWeek ? 'pass' : 'fail',
        figure: deploys.length === 0 ? 'no data' : `${floorText(perWeek)} per week`,
        target: `≥ ${targets.minDeploysPerWeek} per week`,
        how: deploys.length === 0
            ? `No forward deployment to ${environment} finished in the ${span}.`
            : `${counted(live.length, 'deploy')} to ${environment} went live in ${floorText(weeks, 2)} weeks, the ${span}.`,
    });
    rows.push({
        metric: 'Change failure rate',
        verdict: deploys.length === 0 ? 'no data' : failures.length * 100 <= targets.maxChangeFailureRate * deploys.length ? 'pass' : 'fail',
        figure: deploys.length === 0 ? 'no data' : `${ceilText((failures.length * 100) / deploys.length, 1)} %`,
        target: `≤ ${targets.maxChangeFailureRate} %`,
        how: deploys.length === 0
            ? `No forward deployment to ${environment} finished in the ${span}.`
            : `${failures.length} of ${counted(deploys.length, 'deploy')} to ${environment} in the ${span} failed their checks or were rolled back.`,
    });
    const leads = leadTimes(history);
    const leadMedian = leads.length ? median(leads.map((lead) => lead.ms)) : 0;
    rows.push({
        metric: 'Lead time for changes',
        verdict: leads.length === 0 ? 'no data' : leadMedian <= targets.maxLeadTimeMs ? 'pass' : 'fail',
        figure: leads.length === 0 ? 'no data' : `${durationText(leadMedian)} (median)`,
        target: `≤ ${durationText(targets.maxLeadTimeMs)}`,
        how: leads.length === 0
            ? `No commit of the ${history.commits.length} newest on the default branch reached ${environment} in the ${span}.`
            : `Commit time to the deploy that first brought it to ${environment} live, for ${counted(leads.length, 'commit')} in the ${span}; longest ${durationText(Math.max(...leads.map((lead) => lead.ms)))}.`,
    });
    const restores = restoresOf(failures, history.deploys, history.window.end);
    const worst = restores.reduce((longest, restore) => (!longest || restore.durationMs > longest.durationMs ? restore : longest), undefined);
    const open = restores.filter((restore) => !restore.restoredBy).length;
    rows.push({
        metric: 'Time to restore',
        verdict: !worst ? 'no data' : worst.durationMs <= targets.maxRestoreMs && open === 0 ? 'pass' : 'fail',
        figure: !worst ? 'no data' : `${durationText(worst.durationMs)} (longest)`,
        target: `≤ ${durationText(targets.maxRestoreMs)}`,
        how: !worst
            ? `No failed change in ${environment} in the ${span}, so no restore to time.`
            : `From the failed deploy's start to the next deploy of another commit live, for ${counted(restores.length, 'failed change')} in the ${span}; median ${durationText(median(restores.map((restore) => restore.durationMs)))}${open ? `; ${open} not restored yet` : ''}.`,
    });
    return rows;
}
const weekLabel = (week) => dayText(week.start);
const daysToMs = (days) => days * DAY_MS;

;// CONCATENATED MODULE: ./dist.tmp-js/github/deployment-refusal.js


function deployment_refusal_deploymentRefusal(error, where) {
    const status = httpStatus(error);
    const data = errorData(error);
    const message = data.message ?? error.message ?? '';
    if (status === 409) {
        const failing = failingContexts(data.errors);
        if (failing.length > 0) {
            return new UserError(`GitHub refused to create the deployment of ${where} because required status checks are not green: ${failing.join(', ')}.`);
        }
        return new UserError(`GitHub refused to create the deployment of ${where} with a conflict: ${message || 'HTTP 409'}.`);
    }
    if (status === 422) {
        const details = (data.errors ?? [])
            .map((entry) => (typeof entry === 'string' ? entry : (entry.message ?? JSON.stringify(entry))))
            .filter(Boolean);
        return new UserError(`GitHub refused to create the deployment of ${where} as invalid: ${[message, ...details].filter(Boolean).join('; ')}.`);
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

;// CONCATENATED MODULE: ./dist.tmp-js/github/deployments.js







const ACTIVE_STATES = (/* unused pure expression or super */ null && (['in_progress', 'queued', 'pending']));
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
    return api(`create the deployment of ${where}`, async () => {
        const created = await createOnce({
            what: `create the deployment of ${where}`,
            create: async () => {
                let response;
                try {
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
                        request: ONE_ATTEMPT,
                    });
                }
                catch (error) {
                    throw deploymentRefusal(error, where) ?? error;
                }
                if (response.status === 202 || !('id' in response.data)) {
                    const message = ('message' in response.data ? response.data.message : undefined) ?? 'no message';
                    throw new UserError(`GitHub did not create a deployment of ${where} and answered 202 instead ("${message}"); shipgate deploys exactly the given commit, so nothing was deployed.`);
                }
                return asDeployment(response.data);
            },
            find: async () => (await listDeployments(github, repo, { environment: params.environment, task: SHIPGATE_TASK })).find((deployment) => deployment.payload.create_id === createId),
        }, clientOptions(github));
        return created.value;
    });
}
async function createDeploymentStatus(github, repo, id, params) {
    const what = `set the status of deployment ${id} to ${params.state}`;
    return api(what, async () => {
        const { data } = await repeatable(what, () => github.rest.repos.createDeploymentStatus({
            ...repo,
            deployment_id: id,
            state: params.state,
            description: fitDescription(params.description),
            ...(params.logUrl ? { log_url: params.logUrl } : {}),
            ...(params.environmentUrl ? { environment_url: params.environmentUrl } : {}),
            auto_inactive: false,
            request: ONE_ATTEMPT,
        }), clientOptions(github));
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
    return api(`read deployment ${id}`, async () => {
        try {
            const { data } = await github.rest.repos.getDeployment({ ...repo, deployment_id: id });
            return asDeployment(data);
        }
        catch (error) {
            if (httpStatus(error) === 404)
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

;// CONCATENATED MODULE: ./dist.tmp-js/github/well-known.js
const well_known_SHIPGATE_TASK = 'deploy:shipgate';
const DEPLOYMENTS_PER_PAGE = 100;
const SNAPSHOT_REF = 'refs/shipgate/coverage';
const TAGS_PER_PAGE = 100;

;// CONCATENATED MODULE: ./dist.tmp-js/github/snapshots.js





const KEEP = 500;
const DEFAULT_CHECK_NAME = 'coverage';
const INDEX = 'index.json';
const ENTRY = /^([0-9a-f]{40}|[0-9a-f]{64})\.json$/;
function checkFolder(checkName) {
    let folder = '';
    for (const character of checkName) {
        const keep = /^[A-Za-z0-9_-]$/.test(character) || (character === '.' && folder !== '');
        folder += keep ? character : [...Buffer.from(character, 'utf8')].map((byte) => `~${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');
    }
    return folder || '~';
}
class SnapshotWriteForbidden extends Error {
    name = 'SnapshotWriteForbidden';
}
class SnapshotStore {
    github;
    repo;
    requests = 0;
    checkName;
    folder;
    log;
    keep;
    constructor(github, repo, options = {}) {
        this.github = github;
        this.repo = repo;
        this.checkName = options.checkName ?? DEFAULT_CHECK_NAME;
        this.folder = checkFolder(this.checkName);
        this.log = options.log ?? (() => undefined);
        this.keep = options.keep ?? KEEP;
    }
    async request(operation, call) {
        this.requests++;
        return (0,client/* api */.FH)(operation, call);
    }
    async listing() {
        let commit;
        try {
            const { data } = await this.request('read the coverage snapshot ref', () => this.github.rest.git.getRef({ ...this.repo, ref: SNAPSHOT_REF.slice('refs/'.length) }));
            commit = data.object.sha;
        }
        catch (error) {
            if ((0,client/* httpStatus */.nG)(error) === 404)
                return undefined;
            throw error;
        }
        const data = await this.tree(commit);
        const listing = { commit, tree: data.sha, entries: new Map(), legacy: new Set(), inFolder: new Set() };
        const legacy = new Map();
        const prefix = `${this.folder}/`;
        const readsLegacy = this.checkName === DEFAULT_CHECK_NAME;
        for (const entry of data.tree) {
            const path = entry.path ?? '';
            if (entry.type !== 'blob' || !entry.sha)
                continue;
            if (path.startsWith(prefix)) {
                const name = path.slice(prefix.length);
                const match = ENTRY.exec(name);
                if (match) {
                    listing.entries.set(match[1], entry.sha);
                    listing.inFolder.add(match[1]);
                }
                else if (name === INDEX)
                    listing.index = entry.sha;
            }
            else if (readsLegacy && !path.includes('/')) {
                const match = ENTRY.exec(path);
                if (match)
                    legacy.set(match[1], entry.sha);
                else if (path === INDEX)
                    listing.legacyIndex = entry.sha;
            }
        }
        for (const [sha, blob] of legacy) {
            listing.legacy.add(sha);
            if (!listing.entries.has(sha))
                listing.entries.set(sha, blob);
        }
        return listing;
    }
    async tree(commit) {
        const list = (treeSha) => this.request('list the coverage snapshots', () => this.github.rest.git.getTree({ ...this.repo, tree_sha: treeSha, recursive: '1' }));
        try {
            return (await list(commit)).data;
        }
        catch (error) {
            const status = (0,client/* httpStatus */.nG)(error);
            if (status !== 404 && status !== 422)
                throw error;
            const { data } = await this.request('read the coverage snapshot commit', () => this.github.rest.git.getCommit({ ...this.repo, commit_sha: commit }));
            return (await list(data.tree.sha)).data;
        }
    }
    async readBlob(sha) {
        const { data } = await this.request('read a coverage snapshot', () => this.github.rest.git.getBlob({ ...this.repo, file_sha: sha }));
        return Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8');
    }
    async write(sha, content, attempts = 5) {
        let blob;
        for (let attempt = 1;; attempt++) {
            const listing = await this.listing();
            const order = [...(await this.order(listing?.index)), ...(await this.order(listing?.legacyIndex))];
            const present = listing?.entries ?? new Map();
            const known = [...new Set(order.filter((entry) => present.has(entry)))];
            const unindexed = [...present.keys()].filter((entry) => !known.includes(entry)).sort();
            const newest = [sha, ...[...known, ...unindexed].filter((entry) => entry !== sha)];
            const keep = newest.slice(0, this.keep);
            const prune = newest.slice(this.keep);
            const legacy = listing?.legacy ?? new Set();
            const inFolder = listing?.inFolder ?? new Set();
            const deleted = [
                ...prune.filter((entry) => inFolder.has(entry)).map((entry) => `${this.folder}/${entry}.json`),
                ...[...prune, sha].filter((entry) => legacy.has(entry)).map((entry) => `${entry}.json`),
                ...(listing?.legacyIndex && [...legacy].every((entry) => prune.includes(entry) || entry === sha) ? [INDEX] : []),
            ];
            try {
                blob ??= await this.createBlob(content);
                const indexBlob = await this.createBlob(`${JSON.stringify({ v: 1, order: keep })}\n`);
                const tree = [
                    { path: `${this.folder}/${sha}.json`, mode: '100644', type: 'blob', sha: blob },
                    { path: `${this.folder}/${INDEX}`, mode: '100644', type: 'blob', sha: indexBlob },
                    ...deleted.map((path) => ({ path, mode: '100644', type: 'blob', sha: null })),
                ];
                const { data: newTree } = await this.request('write the coverage snapshot tree', () => create_once_repeatable('write the coverage snapshot tree', () => this.github.rest.git.createTree({ ...this.repo, ...(listing ? { base_tree: listing.tree } : {}), tree, request: create_once_ONE_ATTEMPT }), { ...create_once_clientOptions(this.github), log: this.log }));
                const { data: commit } = await this.request('commit the coverage snapshot', () => create_once_repeatable('commit the coverage snapshot', () => this.github.rest.git.createCommit({
                    ...this.repo,
                    message: `Coverage snapshot of ${sha} (${this.checkName})`,
                    tree: newTree.sha,
                    parents: listing ? [listing.commit] : [],
                    request: create_once_ONE_ATTEMPT,
                }), { ...create_once_clientOptions(this.github), log: this.log }));
                if (await this.moveRef(listing?.commit, commit.sha))
                    return { commit: commit.sha, pruned: prune.length, attempts: attempt };
            }
            catch (error) {
                if ((0,client/* httpStatus */.nG)(error) === 403) {
                    throw new SnapshotWriteForbidden(`the token may not write ${SNAPSHOT_REF} (give the push job "permissions: contents: write")`);
                }
                throw error;
            }
            if (attempt >= attempts) {
                throw new errors/* UserError */.yo(`${SNAPSHOT_REF} was moved by other runs during each of ${attempts} attempts to record the snapshot of ${sha}; re-run this job to record it.`);
            }
            this.log(`${SNAPSHOT_REF} moved while recording (attempt ${attempt} of ${attempts}); retrying on top of it.`);
            await new Promise((resolve) => setTimeout(resolve, 200 * attempt + Math.floor(Math.random() * 300)));
        }
    }
    async order(index) {
        if (!index)
            return [];
        try {
            const parsed = JSON.parse(await this.readBlob(index));
            if (Array.isArray(parsed.order))
                return parsed.order.filter((entry) => typeof entry === 'string');
        }
        catch {
        }
        this.log('A snapshot index could not be read; it is rebuilt from the snapshot listing.');
        return [];
    }
    async createBlob(content) {
        const { data } = await this.request('store a coverage snapshot blob', () => create_once_repeatable('store a coverage snapshot blob', () => this.github.rest.git.createBlob({ ...this.repo, content, encoding: 'utf-8', request: create_once_ONE_ATTEMPT }), { ...create_once_clientOptions(this.github), log: this.log }));
        return data.sha;
    }
    async moveRef(from, to) {
        const raced = (error, pattern) => (0,client/* httpStatus */.nG)(error) === 422 && pattern.test((0,client/* errorData */.ZO)(error).message ?? '');
        if (from) {
            return this.request(`move ${SNAPSHOT_REF}`, async () => {
                try {
                    await this.github.rest.git.updateRef({ ...this.repo, ref: SNAPSHOT_REF.slice('refs/'.length), sha: to, force: false });
                    return true;
                }
                catch (error) {
                    if (raced(error, /not a fast.forward/i))
                        return false;
                    throw error;
                }
            });
        }
        return this.request(`create ${SNAPSHOT_REF}`, async () => {
            try {
                await this.github.rest.git.createRef({ ...this.repo, ref: SNAPSHOT_REF, sha: to });
                return true;
            }
            catch (error) {
                if (raced(error, /already exists/i))
                    return false;
                throw error;
            }
        });
    }
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./dist.tmp-js/coverage/gate/snapshot.js

const SNAPSHOT_VERSION = 1;
const GZIP_ABOVE = (/* unused pure expression or super */ null && (64 * 1024));
function encodeSnapshot(snapshot) {
    const files = {};
    for (const [path, figures] of snapshot.files) {
        files[path] = [figures.lines.covered, figures.lines.total, figures.branches.covered, figures.branches.total];
    }
    const json = JSON.stringify({
        v: SNAPSHOT_VERSION,
        sha: snapshot.sha,
        at: snapshot.recordedAt,
        l: [snapshot.lines.covered, snapshot.lines.total],
        b: [snapshot.branches.covered, snapshot.branches.total],
        f: files,
    });
    if (json.length <= GZIP_ABOVE)
        return json;
    return JSON.stringify({ v: SNAPSHOT_VERSION, gz: gzipSync(json, { level: 9 }).toString('base64') });
}
class SnapshotFormatError extends Error {
    name = 'SnapshotFormatError';
}
const isCount = (value) => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
function ratio(value, what) {
    if (!Array.isArray(value) || !isCount(value[0]) || !isCount(value[1]) || value[0] > value[1]) {
        throw new SnapshotFormatError(`${what} must be [covered, total] with 0 <= covered <= total`);
    }
    return { covered: value[0], total: value[1] };
}
function decodeSnapshot(text) {
    let data;
    try {
        data = JSON.parse(text);
        if (typeof data?.gz === 'string')
            data = JSON.parse((0,external_node_zlib_.gunzipSync)(Buffer.from(data.gz, 'base64')).toString('utf8'));
    }
    catch (error) {
        throw new SnapshotFormatError(`not a coverage snapshot (${error.message})`);
    }
    if (!data || typeof data !== 'object' || data.v !== SNAPSHOT_VERSION) {
        throw new SnapshotFormatError(`unknown snapshot version ${JSON.stringify(data?.v)}`);
    }
    if (typeof data.sha !== 'string' || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(data.sha))
        throw new SnapshotFormatError('sha must be a commit sha');
    const files = new Map();
    const raw = data.f;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw))
        throw new SnapshotFormatError('f must be an object of files');
    for (const [path, figures] of Object.entries(raw)) {
        if (!Array.isArray(figures) || figures.length !== 4)
            throw new SnapshotFormatError(`figures of ${path} must be [lc, lt, bc, bt]`);
        files.set(path, { lines: ratio(figures.slice(0, 2), `lines of ${path}`), branches: ratio(figures.slice(2), `branches of ${path}`) });
    }
    return {
        sha: data.sha,
        recordedAt: typeof data.at === 'string' ? data.at : '',
        lines: ratio(data.l, 'l'),
        branches: ratio(data.b, 'b'),
        files,
    };
}
function fileDeltas(base, current, currentLines) {
    const deltas = [];
    const p0 = base.lines.total > 0 ? base.lines.covered / base.lines.total : 0;
    const t1 = currentLines.total;
    const paths = new Set([...base.files.keys(), ...current.keys()]);
    for (const path of paths) {
        const before = base.files.get(path);
        const after = current.get(path);
        const dc = (after?.lines.covered ?? 0) - (before?.lines.covered ?? 0);
        const dt = (after?.lines.total ?? 0) - (before?.lines.total ?? 0);
        if (dc === 0 && dt === 0 && sameBranches(before, after))
            continue;
        const points = t1 > 0 ? (100 * (dc - p0 * dt)) / t1 : 0;
        deltas.push({ path, base: before, current: after, points });
    }
    return deltas.sort((a, b) => a.points - b.points || (a.path < b.path ? -1 : 1));
}
function sameBranches(a, b) {
    return (a?.branches.covered ?? 0) === (b?.branches.covered ?? 0) && (a?.branches.total ?? 0) === (b?.branches.total ?? 0);
}

;// CONCATENATED MODULE: ./dist.tmp-js/lib/sha.js
function sha_shortSha(shaOrRef) {
    return /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(shaOrRef) ? shaOrRef.slice(0, 7) : shaOrRef;
}

;// CONCATENATED MODULE: ./dist.tmp-js/readiness/read.js





const BUDGET = {
    repository: 1,
    deploymentPages: 2,
    statusReads: 30,
    stagingPages: 1,
    stagingStatusReads: 3,
    commitPages: 1,
    coverage: 4,
    environment: 1,
    checkRun: 1,
};
const MAX_REQUESTS = Object.values(BUDGET).reduce((sum, each) => sum + each, 0);
const PER_PAGE = 100;
function outcomeOf(statuses) {
    const final = [...statuses].sort((a, b) => a.id - b.id).find((status) => status.state === 'success' || status.state === 'failure' || status.state === 'error');
    if (!final)
        return {};
    return { outcome: final.state, finishedAt: Date.parse(final.created_at) };
}
function recordOf(deployment) {
    const payload = deployment.payload;
    const rolledBack = payload.rolled_back;
    return {
        id: deployment.id,
        sha: deployment.sha,
        environment: deployment.environment,
        createdAt: Date.parse(deployment.created_at),
        mode: payload.mode === 'rollback' ? 'rollback' : 'deploy',
        ...(rolledBack && typeof rolledBack.sha === 'string' ? { rolledBack: { id: typeof rolledBack.id === 'number' ? rolledBack.id : undefined, sha: rolledBack.sha } } : {}),
        ...(payload.previous && typeof payload.previous.sha === 'string' ? { previousSha: payload.previous.sha } : {}),
        ...(payload.version ? { version: String(payload.version) } : {}),
    };
}
class ReadinessReader {
    github;
    repo;
    requests = 0;
    constructor(github, repo) {
        this.github = github;
        this.repo = repo;
    }
    count(result) {
        this.requests += 1;
        return result;
    }
    async defaultBranch() {
        const { data } = await this.count((0,client/* api */.FH)('read the repository', () => this.github.rest.repos.get({ ...this.repo })));
        return data.default_branch;
    }
    async production(environment, window) {
        const listed = [];
        let complete = false;
        for (let page = 1; page <= BUDGET.deploymentPages; page++) {
            const batch = await this.count(listDeployments(this.github, this.repo, { environment, perPage: PER_PAGE, page }));
            listed.push(...batch);
            if (batch.length < PER_PAGE || batch.some((deployment) => Date.parse(deployment.created_at) < window.start)) {
                complete = true;
                break;
            }
        }
        const ours = listed.filter((deployment) => deployment.payload.shipgate !== undefined);
        const considered = ours.length > 0 ? ours : listed;
        const inWindow = considered.filter((deployment) => Date.parse(deployment.created_at) >= window.start);
        const read = inWindow.slice(0, BUDGET.statusReads);
        const deploys = [];
        for (const deployment of read) {
            const statuses = await this.count(listDeploymentStatuses(this.github, this.repo, deployment.id));
            deploys.push({ ...recordOf(deployment), ...outcomeOf(statuses) });
        }
        if (read.length < inWindow.length || (!complete && read.length > 0)) {
            const oldest = Math.min(...deploys.map((deploy) => deploy.createdAt));
            const total = complete ? `${inWindow.length}` : `at least ${inWindow.length}`;
            return { deploys, window: { start: oldest, end: window.end }, narrowed: `the newest ${read.length} of ${total} deployments in the window: the report reads a bounded number` };
        }
        return { deploys, window };
    }
    async rollbacks(environment) {
        const found = [];
        const batch = await this.count(listDeployments(this.github, this.repo, { environment, perPage: PER_PAGE, page: 1 }));
        const rollbacks = batch.filter((deployment) => deployment.payload.mode === 'rollback').slice(0, BUDGET.stagingStatusReads);
        for (const deployment of rollbacks) {
            const record = { ...recordOf(deployment), ...outcomeOf(await this.count(listDeploymentStatuses(this.github, this.repo, deployment.id))) };
            found.push(record);
            if (record.outcome)
                break;
        }
        return found;
    }
    async commits(branch) {
        const { data } = await this.count((0,client/* api */.FH)(`list the commits of ${branch}`, () => this.github.rest.repos.listCommits({ ...this.repo, sha: branch, per_page: PER_PAGE })));
        return data.map((commit) => ({
            sha: commit.sha,
            committedAt: Date.parse(commit.commit.committer?.date ?? commit.commit.author?.date ?? ''),
            parents: commit.parents.map((parent) => parent.sha),
        }));
    }
    async coverage(checkName, branch, commits) {
        const store = new SnapshotStore(this.github, this.repo, { checkName });
        try {
            const listing = await store.listing();
            if (!listing || listing.entries.size === 0) {
                return { found: false, reason: `the coverage gate "${checkName}" has recorded no snapshot yet (it records one on each push to ${branch})` };
            }
            const distance = commits.findIndex((commit) => listing.entries.has(commit.sha));
            if (distance < 0) {
                return { found: false, reason: `none of the ${commits.length} newest commits of ${branch} has a snapshot of the coverage gate "${checkName}"` };
            }
            const sha = commits[distance].sha;
            try {
                const snapshot = decodeSnapshot(await store.readBlob(listing.entries.get(sha)));
                return { found: true, sha, recordedAt: snapshot.recordedAt, lines: snapshot.lines, checkName, branch, distance };
            }
            catch (error) {
                if (error.name !== 'SnapshotFormatError')
                    throw error;
                return { found: false, reason: `the snapshot of ${sha_shortSha(sha)} could not be read (${error.message})` };
            }
        }
        finally {
            this.requests += store.requests;
        }
    }
    async environment(name) {
        try {
            const { data } = await this.count(this.github.rest.repos.getEnvironment({ ...this.repo, environment_name: name }));
            return { rules: data };
        }
        catch (error) {
            const status = (0,client/* httpStatus */.nG)(error);
            if (status === 404)
                return {};
            if (status === 403)
                return { forbidden: `the token may not read the environment "${name}" (give the job "permissions: actions: read")` };
            throw (0,client/* toApiError */.Gv)(`read the environment ${name}`, error);
        }
    }
}

;// CONCATENATED MODULE: ./dist.tmp-js/coverage/ratio.js
function ratio_percentFraction(percent) {
    if (!Number.isFinite(percent) || percent < 0)
        throw new RangeError(`Not a percentage: ${percent}`);
    const match = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(percent));
    if (!match)
        throw new RangeError(`Not a percentage: ${percent}`);
    const fraction = match[2] ?? '';
    const exponent = Number(match[3] ?? 0) - fraction.length;
    const digits = BigInt(match[1] + fraction);
    return exponent >= 0
        ? { numerator: digits * 10n ** BigInt(exponent), denominator: 1n }
        : { numerator: digits, denominator: 10n ** BigInt(-exponent) };
}
function compareToPercent(ratio, percent) {
    const { numerator, denominator } = ratio_percentFraction(percent);
    const covered = BigInt(ratio.total === 0 ? 1 : ratio.covered);
    const total = BigInt(ratio.total === 0 ? 1 : ratio.total);
    const left = covered * 100n * denominator;
    const right = numerator * total;
    return left < right ? -1 : left > right ? 1 : 0;
}
function meetsMinimum(ratio, minimum) {
    return compareToPercent(ratio, minimum) >= 0;
}
function ratio_compareDrop(base, head, maxDrop) {
    const { numerator, denominator } = ratio_percentFraction(maxDrop);
    const [bc, bt] = base.total === 0 ? [1n, 1n] : [BigInt(base.covered), BigInt(base.total)];
    const [hc, ht] = head.total === 0 ? [1n, 1n] : [BigInt(head.covered), BigInt(head.total)];
    const left = (bc * ht - hc * bt) * 100n * denominator;
    const right = numerator * bt * ht;
    return left < right ? -1 : left > right ? 1 : 0;
}
function percentOf(ratio) {
    return ratio.total === 0 ? 100 : (ratio.covered * 100) / ratio.total;
}
function formatPercent(ratio) {
    if (ratio.total === 0)
        return '100.00';
    const hundredths = (BigInt(ratio.covered) * 10000n) / BigInt(ratio.total);
    return `${hundredths / 100n}.${(hundredths % 100n).toString().padStart(2, '0')}`;
}

;// CONCATENATED MODULE: ./dist.tmp-js/coverage/gate/figures.js

function formatCount(value) {
    return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
function percentText(ratio) {
    return `${formatPercent(ratio)} %`;
}
function missingToMeet(ratio, percent) {
    const { numerator, denominator } = percentFraction(percent);
    const needed = numerator * BigInt(ratio.total);
    const per = 100n * denominator;
    const missing = (needed + per - 1n) / per - BigInt(ratio.covered);
    return missing > 0n ? Number(missing) : 0;
}
function shownHundredths(ratio) {
    return ratio.total === 0 ? 10000n : (BigInt(ratio.covered) * 10000n) / BigInt(ratio.total);
}
function hundredthsText(value) {
    const negative = value < 0n;
    const magnitude = negative ? -value : value;
    return `${negative ? '-' : ''}${magnitude / 100n}.${(magnitude % 100n).toString().padStart(2, '0')}`;
}
function deltaText(base, current) {
    const value = shownHundredths(current) - shownHundredths(base);
    return value > 0n ? `+${hundredthsText(value)}` : hundredthsText(value);
}
function dropText(base, current, maxDrop) {
    const exceeded = compareDrop(base, current, maxDrop) > 0;
    const shown = shownHundredths(base) - shownHundredths(current);
    const { numerator, denominator } = percentFraction(maxDrop);
    const shownExceeds = shown * denominator > numerator * 100n;
    if (shownExceeds === exceeded)
        return hundredthsText(shown);
    const top = 100n * (BigInt(base.covered) * BigInt(current.total) - BigInt(current.covered) * BigInt(base.total));
    const bottom = BigInt(base.total) * BigInt(current.total);
    const decimals = Math.max(3, String(denominator).length);
    const scale = 10n ** BigInt(decimals);
    const floor = (a, b) => (a >= 0n ? a / b : -((-a + b - 1n) / b));
    const scaled = exceeded ? -floor(-top * scale, bottom) : floor(top * scale, bottom);
    const negative = scaled < 0n;
    const magnitude = negative ? -scaled : scaled;
    return `${negative ? '-' : ''}${magnitude / scale}.${(magnitude % scale).toString().padStart(decimals, '0')}`;
}

;// CONCATENATED MODULE: ./dist.tmp-js/readiness/records.js




function coverageRow(finding, minCoverage) {
    const target = `≥ ${minCoverage} %`;
    if (!finding.found)
        return { metric: 'Test coverage', verdict: 'no data', figure: 'no data', target, how: `No coverage figure: ${finding.reason}.` };
    const { lines } = finding;
    const where = finding.distance === 0 ? `the head of ${finding.branch}` : `${finding.branch}, ${finding.distance} ${finding.distance === 1 ? 'commit' : 'commits'} behind its head`;
    return {
        metric: 'Test coverage',
        verdict: lines.total === 0 ? 'no data' : meetsMinimum(lines, minCoverage) ? 'pass' : 'fail',
        figure: lines.total === 0 ? 'no data' : `${percentText(lines)} of lines`,
        target,
        how: `${formatCount(lines.covered)} of ${formatCount(lines.total)} lines covered at ${sha_shortSha(finding.sha)} (${where}), recorded by the coverage gate ("${finding.checkName}") on ${isoDay(Date.parse(finding.recordedAt) || 0)}.`,
    };
}
function restoreTestRow(rollbacks, maxRestoreMs, environments) {
    const target = `≤ ${durationText(maxRestoreMs)}`;
    const finished = rollbacks
        .filter((deploy) => deploy.mode === 'rollback' && deploy.outcome !== undefined && deploy.finishedAt !== undefined)
        .sort((a, b) => b.finishedAt - a.finishedAt);
    const last = finished[0];
    if (!last) {
        return {
            metric: 'Tested restore',
            verdict: 'no data',
            figure: 'no data',
            target,
            how: `No rollback (rehearsed or real) was found among the newest deployments of ${environments.join(' and ')}: a restore that was never tried is not counted as working.`,
        };
    }
    const ms = last.finishedAt - last.createdAt;
    const what = `The last rollback, in ${last.environment} on ${isoDay(last.createdAt)} (deployment ${last.id}${last.version ? `, to ${last.version}` : ''})`;
    if (last.outcome !== 'success') {
        return { metric: 'Tested restore', verdict: 'fail', figure: `failed after ${durationText(ms)}`, target, how: `${what}, ended with ${last.outcome}.` };
    }
    return {
        metric: 'Tested restore',
        verdict: ms <= maxRestoreMs ? 'pass' : 'fail',
        figure: durationText(ms),
        target,
        how: `${what}: from its start to its verified success.`,
    };
}
function approvalRow(environment, rules, forbidden) {
    const target = 'required reviewers';
    if (forbidden)
        return { metric: 'Approval before production', verdict: 'no data', figure: 'no data', target, how: `Not known: ${forbidden}.` };
    if (!rules) {
        return {
            metric: 'Approval before production',
            verdict: 'fail',
            figure: 'no environment',
            target,
            how: `The environment "${environment}" does not exist, so nothing protects it (GitHub creates it on first use without rules).`,
        };
    }
    const reviewers = (rules.protection_rules ?? []).find((rule) => rule.type === 'required_reviewers');
    const count = reviewers?.reviewers?.length ?? 0;
    if (!reviewers || count === 0) {
        return { metric: 'Approval before production', verdict: 'fail', figure: 'none', target, how: `The environment "${environment}" has no required reviewers.` };
    }
    const wait = (rules.protection_rules ?? []).find((rule) => rule.type === 'wait_timer')?.wait_timer;
    return {
        metric: 'Approval before production',
        verdict: 'pass',
        figure: `${count} ${count === 1 ? 'reviewer' : 'reviewers'}`,
        target,
        how: `The environment "${environment}" requires a review (${reviewers.prevent_self_review ? 'self-review prevented' : 'self-review allowed'}${wait ? `, wait timer ${wait} min` : ''}).`,
    };
}

;// CONCATENATED MODULE: ./dist.tmp-js/lib/markdown.js
const MENTION = /@(?=[A-Za-z0-9])/g;
const ZWJ = '\u200d';
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/g;
function markdownText(text) {
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
function codeSpan(text) {
    const flat = text.replace(LINE_BREAK, ' ');
    if (flat === '' || flat.includes('|'))
        return markdownText(text);
    const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = /^[` ]|[` ]$/.test(flat) ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}

;// CONCATENATED MODULE: ./dist.tmp-js/readiness/render.js


const MARK = { pass: '✅ pass', fail: '❌ fail', 'no data': '⚪ no data' };
function metricsTable(rows) {
    const lines = ['| metric | result | figure | target | how it was computed |', '| --- | --- | --- | --- | --- |'];
    for (const row of rows)
        lines.push(`| ${markdownText(row.metric)} | ${MARK[row.verdict]} | ${markdownText(row.figure)} | ${markdownText(row.target)} | ${markdownText(row.how)}${row.query ? ` Query: ${codeSpan(row.query)}` : ''} |`);
    return lines.join('\n');
}
function weeklyChart(weeks) {
    const labels = weeks.map((week) => JSON.stringify(weekLabel(week))).join(', ');
    const top = Math.max(1, ...weeks.map((week) => Math.max(week.deploys, week.failures, week.restores)));
    return [
        '```mermaid',
        'xychart-beta',
        '    title "Deploys (bars), failed changes and restores (lines) per week"',
        `    x-axis [${labels}]`,
        `    y-axis "count" 0 --> ${top}`,
        `    bar [${weeks.map((week) => week.deploys).join(', ')}]`,
        `    line [${weeks.map((week) => week.failures).join(', ')}]`,
        `    line [${weeks.map((week) => week.restores).join(', ')}]`,
        '```',
    ].join('\n');
}
function weeklyTable(weeks) {
    const lines = ['| week from | deploys | failed changes | restores |', '| --- | ---: | ---: | ---: |'];
    for (const week of weeks)
        lines.push(`| ${weekLabel(week)} | ${week.deploys} | ${week.failures} | ${week.restores} |`);
    return lines.join('\n');
}
function renderPage(rows, weeks, environment) {
    const passing = rows.filter((row) => row.verdict === 'pass').length;
    const missing = rows.filter((row) => row.verdict === 'no data').length;
    const title = `Launch readiness: ${passing} of ${rows.length} metrics pass${missing ? `, ${missing} without data` : ''}`;
    const summary = rows.map((row) => `- ${MARK[row.verdict]} **${markdownText(row.metric)}**: ${markdownText(row.figure)} (target ${markdownText(row.target)})`).join('\n');
    const body = [
        `## ${title}`,
        '',
        metricsTable(rows),
        '',
        `### Delivery to ${markdownText(environment)}, per week`,
        '',
        '<table><tr><td>',
        '',
        weeklyChart(weeks),
        '',
        '</td><td>',
        '',
        weeklyTable(weeks),
        '',
        '</td></tr></table>',
        '',
        'A metric without data is not counted as met. See the readiness action\'s README for each definition.',
    ].join('\n');
    return { title, summary, body };
}

;// CONCATENATED MODULE: ./dist.tmp-js/readiness/row.js
const passed = (rows) => rows.length > 0 && rows.every((row) => row.verdict === 'pass');

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
const runtime_systemClock = { now: () => Date.now(), sleep };
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
            logger.info(`Verify window: ${formatDurationCompact(elapsed)} of ${formatDurationCompact(windowMs)} elapsed.`);
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

;// CONCATENATED MODULE: ./dist.tmp-js/readiness/service.js


const DEFAULT_UPTIME_QUERY = 'avg(avg_over_time(up[{window}]))';
function serviceRow(spec, query, answer, window) {
    const target = `${spec.direction === 'min' ? '≥' : '≤'} ${spec.limit}${spec.unit === '%' ? ' %' : ` ${spec.unit}`}`;
    const over = `the ${windowText(window)}`;
    if (!answer.ok)
        return { metric: spec.metric, verdict: 'no data', figure: 'no data', target, how: `No answer: ${answer.reason}.`, query };
    const values = answer.values.filter((value) => !Number.isNaN(value));
    if (values.length === 0) {
        return { metric: spec.metric, verdict: 'no data', figure: 'no data', target, how: `The query gave NaN: nothing was recorded in ${over}.`, query };
    }
    const worst = (spec.direction === 'min' ? Math.min(...values) : Math.max(...values)) * spec.scale;
    const ok = spec.direction === 'min' ? worst >= spec.limit : worst <= spec.limit;
    const shown = !Number.isFinite(worst)
        ? 'above the largest histogram bucket'
        : `${spec.direction === 'min' ? floorText(worst, spec.unit === '%' ? 3 : 0) : ceilText(worst, spec.unit === '%' ? 3 : 0)}${spec.unit === '%' ? ' %' : ` ${spec.unit}`}`;
    const series = values.length > 1 ? ` (the worst of ${values.length} series)` : '';
    return { metric: spec.metric, verdict: ok ? 'pass' : 'fail', figure: shown, target, how: `${spec.meaning} over ${over}${series}.`, query };
}
async function serviceRows(options) {
    const specs = [
        { metric: 'Uptime', template: options.uptimeQuery ?? DEFAULT_UPTIME_QUERY, scale: 100, unit: '%', limit: options.minUptime, direction: 'min', meaning: 'Share of time up' },
        { metric: 'Error rate', template: options.errorRateQuery ?? DEFAULT_ERROR_RATE_QUERY, scale: 100, unit: '%', limit: options.maxErrorRate, direction: 'max', meaning: 'Share of requests answered 5xx' },
        { metric: 'p95 latency', template: options.p95LatencyQuery ?? DEFAULT_P95_LATENCY_QUERY, scale: 1000, unit: 'ms', limit: options.maxP95Latency, direction: 'max', meaning: '95th percentile of request durations' },
    ];
    const windowMs = options.window.end - options.window.start;
    const rows = [];
    for (const spec of specs) {
        const query = renderQuery(spec.template, windowMs);
        if (!options.prometheusUrl) {
            const target = `${spec.direction === 'min' ? '≥' : '≤'} ${spec.limit}${spec.unit === '%' ? ' %' : ` ${spec.unit}`}`;
            rows.push({ metric: spec.metric, verdict: 'no data', figure: 'no data', target, how: 'No prometheus-url was given.' });
            continue;
        }
        const answer = await queryPrometheus(options.prometheusUrl, query, { fetch: options.fetch, signal: options.signal });
        rows.push(serviceRow(spec, query, answer, options.window));
    }
    return rows;
}

;// CONCATENATED MODULE: ./dist.tmp-js/readiness/report.js








async function buildReport(github, options, logger) {
    const end = options.now ?? Date.now();
    const window = { start: end - options.windowDays * history_DAY_MS, end };
    const reader = new ReadinessReader(github, options.repo);
    const branch = await reader.defaultBranch();
    const commits = await reader.commits(branch);
    const production = await reader.production(options.environment, window);
    logger.info(`Read ${production.deploys.length} deployments of ${options.environment} in the window${production.narrowed ? ` (${production.narrowed})` : ''}.`);
    const history = { deploys: production.deploys, commits, window: production.window, narrowed: production.narrowed };
    const staging = options.stagingEnvironment && options.stagingEnvironment !== options.environment ? await reader.rollbacks(options.stagingEnvironment) : [];
    const coverage = await reader.coverage(options.coverageCheckName, branch, commits);
    const environment = await reader.environment(options.environment);
    const rows = [
        ...(await serviceRows({ ...options.service, window })),
        coverageRow(coverage, options.minCoverage),
        restoreTestRow([...staging, ...production.deploys], options.maxRestoreMs, [options.stagingEnvironment, options.environment].filter(Boolean)),
        approvalRow(options.environment, environment.rules, environment.forbidden),
        ...deliveryRows(history, options, options.environment),
    ];
    const weeks = weeklyCounts(history);
    const page = renderPage(rows, weeks, options.environment);
    const ok = passed(rows);
    let checkRun;
    const published = await createCheckRun(github, options.repo, {
        name: options.checkName,
        headSha: options.sha,
        conclusion: ok ? 'success' : 'failure',
        title: page.title,
        summary: page.summary,
        text: page.body,
        annotations: [],
        detailsUrl: options.detailsUrl,
    });
    reader.requests += 1;
    if (published.ok)
        checkRun = { ok: true, url: published.url };
    else {
        checkRun = { ok: false, message: `The check run "${options.checkName}" was not created (${published.message}); give the job "permissions: checks: write".` };
        logger.warning(checkRun.message);
    }
    return { rows, weeks, page, passed: ok, requests: reader.requests, checkRun };
}

// EXTERNAL MODULE: ./dist.tmp-js/actions/readiness/inputs.js
var readiness_inputs = __webpack_require__(3829);
;// CONCATENATED MODULE: ./dist.tmp-js/actions/readiness/main.js








async function run(source = lib_inputs/* envInputSource */.l, early) {
    const inputs = (0,readiness_inputs/* readInputs */.K)(new lib_inputs/* InputReader */.i(source));
    const context = (0,github_context/* readRunContext */.$)();
    const repo = { owner: context.owner, repo: context.repo };
    const github = (0,client/* createGitHub */.Cl)({ token: inputs['github-token'], log: log.log.warning, early });
    const report = await buildReport(github, {
        repo,
        sha: context.sha,
        environment: inputs.environment,
        stagingEnvironment: inputs['staging-environment'],
        windowDays: inputs['window-days'],
        minCoverage: inputs['min-coverage'],
        coverageCheckName: inputs['coverage-check-name'],
        checkName: inputs['check-name'],
        minDeploysPerWeek: inputs['min-deploys-per-week'],
        maxChangeFailureRate: inputs['max-change-failure-rate'],
        maxLeadTimeMs: inputs['max-lead-time'] * 60_000,
        maxRestoreMs: inputs['max-restore-time'] * 60_000,
        service: {
            prometheusUrl: inputs['prometheus-url'],
            minUptime: inputs['min-uptime'],
            maxErrorRate: inputs['max-error-rate'],
            maxP95Latency: inputs['max-p95-latency'],
            uptimeQuery: inputs['uptime-query'],
            errorRateQuery: inputs['error-rate-query'],
            p95LatencyQuery: inputs['p95-latency-query'],
        },
        detailsUrl: context.runUrl,
    }, log.log);
    log.log.info(`The report made ${report.requests} GitHub API requests.`);
    const failing = report.rows.filter((row) => row.verdict !== 'pass').map((row) => row.metric);
    core.setOutput('passed', String(report.passed));
    core.setOutput('failing', failing.join(', '));
    core.setOutput('check-run-url', report.checkRun.ok ? report.checkRun.url : '');
    await core.summary.addRaw(report.page.body).write();
    if (!report.passed)
        throw new errors/* UserError */.yo(`${report.page.title}: not ready on ${failing.join(', ')}.`);
    log.log.info(report.page.title);
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
