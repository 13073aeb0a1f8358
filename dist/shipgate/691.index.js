export const id = 691;
export const ids = [691,968];
export const modules = {

/***/ 2968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BUMPS: () => (/* binding */ BUMPS),
/* harmony export */   readInputs: () => (/* binding */ readInputs)
/* harmony export */ });
const BUMPS = ['auto', 'major', 'minor', 'patch'];
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
function readInputs(reader) {
    const inputs = {
        ref: reader.optional('ref'),
        version: reader.optional('version'),
        bump: reader.enum('bump', BUMPS, 'auto'),
        'tag-prefix': reader.string('tag-prefix', 'v'),
        'release-notes': reader.boolean('release-notes', true),
        prerelease: reader.boolean('prerelease', false),
        'dry-run': reader.boolean('dry-run', false),
        'github-token': reader.string('github-token'),
    };
    if (inputs.version !== undefined) {
        const bare = inputs.version.startsWith(inputs['tag-prefix']) ? inputs.version.slice(inputs['tag-prefix'].length) : inputs.version;
        if (!SEMVER.test(bare)) {
            reader.fail(`Input "version" must be a semantic version like 1.4.0 or 2.0.0-rc.1, but was ${JSON.stringify(inputs.version)}.`);
        }
        inputs.version = bare;
    }
    return inputs;
}


/***/ }),

/***/ 9691:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 20 modules
var core = __webpack_require__(3218);
// EXTERNAL MODULE: ./src/lib/inputs.ts
var lib_inputs = __webpack_require__(1662);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
// EXTERNAL MODULE: ./src/github/commits.ts
var commits = __webpack_require__(149);
// EXTERNAL MODULE: ./src/github/context.ts
var github_context = __webpack_require__(9556);
// EXTERNAL MODULE: ./src/github/releases.ts
var releases = __webpack_require__(3425);
// EXTERNAL MODULE: ./src/github/tags.ts
var tags = __webpack_require__(8882);
// EXTERNAL MODULE: ./src/release/conventional.ts
var conventional = __webpack_require__(4255);
// EXTERNAL MODULE: ./src/release/history.ts
var release_history = __webpack_require__(5205);
// EXTERNAL MODULE: ./src/release/render.ts
var render = __webpack_require__(5365);
// EXTERNAL MODULE: ./src/release/semver.ts
var semver = __webpack_require__(2161);
// EXTERNAL MODULE: ./src/release/tags.ts
var release_tags = __webpack_require__(2788);
;// CONCATENATED MODULE: ./src/release/version.ts



/** The first release when nothing is tagged yet and bump is auto: production software starts at 1.0.0. */
const FIRST_VERSION = { major: 1, minor: 0, patch: 0, prerelease: [], build: [] };
const ZERO = { major: 0, minor: 0, patch: 0, prerelease: [], build: [] };
function planVersion(input) {
    const { previous } = input;
    if (input.explicit) {
        // Versions only grow along history: that is what lets the next run find its previous
        // release as the highest reachable tag, and what a reader of the tags expects.
        if (previous && (0,semver/* compareVersions */.Zy)(input.explicit, previous.version) <= 0) {
            throw new errors/* UserError */.yo(`Input "version" ${(0,semver/* formatVersion */.qh)(input.explicit)} is not above ${previous.name}, the previous release reachable from the ref; give a higher version.`);
        }
        return { version: input.explicit, bump: undefined, reason: 'the version input' };
    }
    let decision;
    if (input.bump !== 'auto') {
        decision = { version: (0,semver/* bumpVersion */.Bx)(previous?.version ?? ZERO, input.bump), bump: input.bump, reason: `bump: ${input.bump}` };
    }
    else if (!previous) {
        decision = { version: FIRST_VERSION, bump: undefined, reason: 'the first release' };
    }
    else {
        const { bump, reason } = (0,conventional/* decideBump */.DP)(input.messages, previous.version.major);
        decision = { version: (0,semver/* bumpVersion */.Bx)(previous.version, bump), bump, reason: `${reason} since ${previous.name}` };
    }
    if (input.prerelease) {
        decision.version = { ...decision.version, prerelease: ['rc', nextCandidate(decision.version, input)] };
        decision.reason += ', release candidate';
    }
    return decision;
}
/** 1 + the highest N of the existing `<prefix><version>-rc.N` tags. */
function nextCandidate(version, input) {
    const core = `${input.prefix}${version.major}.${version.minor}.${version.patch}-rc.`;
    let highest = 0;
    for (const name of input.existingNames) {
        if (name.startsWith(core) && /^\d+$/.test(name.slice(core.length)))
            highest = Math.max(highest, Number(name.slice(core.length)));
    }
    return highest + 1;
}
/**
 * GitHub's make_latest, always explicit: never for a pre-release, and never for a version below
 * the current latest (a patch of an older line must not take the badge from the newest one).
 */
function decideMakeLatest(version, prerelease, latest) {
    if (prerelease || (0,semver/* isPrerelease */.V1)(version))
        return 'false';
    if (latest && (0,semver/* compareVersions */.Zy)(version, latest) < 0)
        return 'false';
    return 'true';
}

;// CONCATENATED MODULE: ./src/release/release.ts









/** Read everything and decide: no write request is made here. */
async function planRelease(github, request, log) {
    const { repo, sha, prefix } = request;
    const explicit = request.version !== undefined ? (0,semver/* parseVersion */.ot)(request.version) : undefined;
    const prerelease = request.prerelease || (explicit !== undefined && (0,semver/* isPrerelease */.V1)(explicit));
    const all = await (0,release_tags/* listReleaseTags */.LA)(github, repo, prefix);
    // A stable release looks past release candidates: an rc on this commit is promoted, not "already released".
    const candidates = prerelease ? all.tags : all.tags.filter(release_tags/* stableOnly */.uA);
    const location = await (0,release_tags/* locateRelease */.Ev)(github, repo, sha, candidates, { wantPrevious: true, log: log.info });
    const previous = location.previous?.tag;
    log.info(`Previous release reachable from ${(0,release_history/* shortName */.EU)(sha)}: ${previous?.name ?? 'none'} (${location.requests} comparison request${location.requests === 1 ? '' : 's'}, by ${location.method}).`);
    if (location.onCommit) {
        if (explicit && (0,semver/* formatVersion */.qh)(explicit) !== (0,semver/* formatVersion */.qh)(location.onCommit.version)) {
            log.warning(`${(0,release_history/* shortName */.EU)(sha)} is already released as ${location.onCommit.name}; the version input ${request.version} is not applied.`);
        }
        return existingPlan(github, request, location.onCommit, previous, prerelease, location.previous?.range?.commits ?? []);
    }
    let commits = [];
    let truncated = false;
    const range = location.previous?.range;
    if (range) {
        // A breaking change is the highest bump there is: stop reading history once one is seen.
        const pages = await (0,release_history/* compareCommitPages */.j)(github, repo, range, {
            enough: (seen) => request.bump === 'auto' && !explicit && seen.some((commit) => (0,conventional/* bumpOf */.uM)((0,conventional/* parseConventionalCommit */.h$)(commit.message)) === 'major'),
        });
        commits = pages.commits;
        truncated = pages.truncated;
        if (truncated)
            log.warning(`Only the first ${commits.length} of ${range.aheadBy} commits since ${previous?.name} were read for the bump.`);
    }
    const decision = planVersion({
        explicit,
        bump: request.bump,
        previous,
        messages: commits.map((commit) => commit.message),
        prerelease: prerelease && !explicit,
        existingNames: new Set(all.tags.map((tag) => tag.name)),
        prefix,
    });
    const version = (0,semver/* formatVersion */.qh)(decision.version);
    const tag = `${prefix}${version}`;
    const taken = all.tags.find((each) => each.name === tag);
    if (taken) {
        const commit = await (0,tags/* peelTag */.xq)(github, repo, taken.ref);
        if (commit !== sha) {
            throw new errors/* UserError */.yo(`Tag ${tag} already exists on commit ${(0,release_history/* shortName */.EU)(commit ?? taken.ref.sha)}, not on ${(0,release_history/* shortName */.EU)(sha)} (${request.ref}); give another version, or release the commit it tags.`);
        }
        return existingPlan(github, request, taken, previous, prerelease);
    }
    const latest = await (0,releases/* getLatestRelease */.Z0)(github, repo);
    const latestVersion = latest ? (0,semver/* parseReleaseTag */.rE)(latest.tag_name, prefix)?.version : undefined;
    return {
        sha,
        tag,
        version,
        previousTag: previous?.name,
        existing: false,
        bump: decision.bump,
        reason: decision.reason,
        prerelease,
        makeLatest: decideMakeLatest(decision.version, prerelease, latestVersion),
        latestTag: latest?.tag_name,
        commits,
        truncated,
        release: undefined,
    };
}
async function existingPlan(github, request, tag, previous, prerelease, commits = []) {
    const release = await (0,releases/* getReleaseByTag */.h5)(github, request.repo, tag.name);
    let makeLatest = 'false';
    if (!release) {
        const latest = await (0,releases/* getLatestRelease */.Z0)(github, request.repo);
        makeLatest = decideMakeLatest(tag.version, prerelease, latest ? (0,semver/* parseReleaseTag */.rE)(latest.tag_name, request.prefix)?.version : undefined);
    }
    return {
        sha: request.sha,
        tag: tag.name,
        version: (0,semver/* formatVersion */.qh)(tag.version),
        previousTag: previous?.name,
        existing: true,
        bump: undefined,
        reason: `${(0,release_history/* shortName */.EU)(request.sha)} already carries ${tag.name}`,
        prerelease: prerelease || (0,semver/* isPrerelease */.V1)(tag.version),
        makeLatest,
        latestTag: undefined,
        commits,
        truncated: false,
        release,
    };
}
/** Make the plan real: annotated tag (POST /git/tags, POST /git/refs), then the GitHub Release. */
async function publishRelease(github, request, plan, log) {
    const { repo } = request;
    if (plan.existing && plan.release) {
        log.info(`${(0,release_history/* shortName */.EU)(plan.sha)} already carries ${plan.tag} with its release ${plan.release.html_url}: nothing to create.`);
        return { plan, created: false, releaseUrl: plan.release.html_url, repaired: false, dryRun: false };
    }
    const notes = request.releaseNotes
        ? await (0,releases/* generateReleaseNotes */.yK)(github, repo, { tag: plan.tag, target: plan.sha, previousTag: plan.previousTag })
        : { name: plan.tag, body: (0,render/* renderChangelog */.R8)(plan.commits, plan.previousTag) };
    let created = false;
    if (!plan.existing) {
        const tagObject = await (0,tags/* createTagObject */.CM)(github, repo, {
            name: plan.tag,
            message: `${plan.tag}\n\nReleased by shipgate: ${plan.reason}.\n`,
            sha: plan.sha,
        });
        created = await (0,tags/* createTagRef */.ET)(github, repo, plan.tag, tagObject);
        if (!created) {
            // Another run created the tag between our read and our write: fine if it tags this commit.
            const ref = await (0,tags/* getTagRef */.k2)(github, repo, plan.tag);
            const commit = ref ? await (0,tags/* peelTag */.xq)(github, repo, ref) : undefined;
            if (commit !== plan.sha) {
                throw new errors/* UserError */.yo(`Tag ${plan.tag} was just created on commit ${(0,release_history/* shortName */.EU)(commit ?? '?')} by someone else, not on ${(0,release_history/* shortName */.EU)(plan.sha)}; run the release again.`);
            }
            log.info(`${plan.tag} was created on ${(0,release_history/* shortName */.EU)(plan.sha)} by a concurrent run; publishing its release if missing.`);
        }
        else {
            log.info(`Created the annotated tag ${plan.tag} on ${(0,release_history/* shortName */.EU)(plan.sha)}.`);
        }
    }
    const release = (await (0,releases/* createRelease */.YG)(github, repo, {
        tag: plan.tag,
        target: plan.sha,
        name: plan.tag,
        body: notes.body,
        prerelease: plan.prerelease,
        makeLatest: plan.makeLatest,
    })) ?? (await (0,releases/* getReleaseByTag */.h5)(github, repo, plan.tag));
    if (!release)
        throw new Error(`GitHub reported a release for ${plan.tag} that cannot be read back.`);
    const repaired = plan.existing;
    log.info(repaired
        ? `${plan.tag} had no GitHub Release (an interrupted run?): published ${release.html_url}.`
        : `Published ${release.html_url} (make_latest ${plan.makeLatest}${plan.prerelease ? ', pre-release' : ''}).`);
    return { plan, created, releaseUrl: release.html_url, repaired, dryRun: false };
}
/** The release action's whole job: plan, then (unless dry-run) publish. */
async function runRelease(github, request, log) {
    const plan = await planRelease(github, request, log);
    if (request.dryRun) {
        return { plan, created: false, releaseUrl: plan.release?.html_url ?? '', repaired: false, dryRun: true };
    }
    return publishRelease(github, request, plan, log);
}

// EXTERNAL MODULE: ./src/actions/release/inputs.ts
var release_inputs = __webpack_require__(2968);
;// CONCATENATED MODULE: ./src/actions/release/main.ts









async function run(source = lib_inputs/* envInputSource */.l) {
    const inputs = (0,release_inputs.readInputs)(new lib_inputs/* InputReader */.i(source));
    const context = (0,github_context/* readRunContext */.$)();
    const repo = { owner: context.owner, repo: context.repo };
    const github = (0,client/* createGitHub */.Cl)({ token: inputs['github-token'], log: core/* warning */.$e });
    const ref = inputs.ref ?? context.sha;
    if (!ref)
        throw new errors/* UserError */.yo('Input "ref" is empty and GITHUB_SHA is not set; give the commit, branch or tag to release.');
    const sha = /^[0-9a-f]{40}$/.test(ref) ? ref : await (0,commits/* resolveCommit */.WL)(github, repo, ref);
    const outcome = await runRelease(github, {
        repo,
        sha,
        ref,
        version: inputs.version,
        bump: inputs.bump,
        prefix: inputs['tag-prefix'],
        releaseNotes: inputs['release-notes'],
        prerelease: inputs.prerelease,
        dryRun: inputs['dry-run'],
    }, { info: core/* info */.pq, warning: core/* warning */.$e });
    const summary = (0,render/* renderReleaseSummary */.iL)(outcome);
    if (outcome.dryRun)
        core/* info */.pq(summary);
    core/* setOutput */.uH('tag', outcome.plan.tag);
    core/* setOutput */.uH('version', outcome.plan.version);
    core/* setOutput */.uH('previous-tag', outcome.plan.previousTag ?? '');
    core/* setOutput */.uH('release-url', outcome.releaseUrl);
    core/* setOutput */.uH('created', String(outcome.created));
    await core/* summary */.z.addRaw(summary).write();
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


/***/ })

};
