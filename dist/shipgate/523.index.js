export const id = 523;
export const ids = [523];
export const modules = {

/***/ 3843:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_MIGRATION_PATHS: () => (/* binding */ DEFAULT_MIGRATION_PATHS),
/* harmony export */   readInputs: () => (/* binding */ readInputs)
/* harmony export */ });
/* harmony import */ var _deploy_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5422);

/** Used when migration-paths is empty: common migration folders of popular frameworks, and SQL files. */
const DEFAULT_MIGRATION_PATHS = [
    '**/migrations/**',
    '**/migrate/**',
    '**/db/migrate/**',
    '**/alembic/versions/**',
    '**/prisma/migrations/**',
    '**/flyway/**',
    '**/liquibase/**',
    '**/*.sql',
];
function readInputs(reader) {
    return {
        environment: reader.environment('environment', 'production'),
        to: reader.optional('to'),
        reason: reader.optional('reason'),
        'migration-paths': reader.list('migration-paths', DEFAULT_MIGRATION_PATHS),
        force: reader.boolean('force', false),
        ...(0,_deploy_inputs_js__WEBPACK_IMPORTED_MODULE_0__.readVerifyInputs)(reader, 'rollback needs it to find the live deployment and its release, and to record the rollback'),
    };
}


/***/ }),

/***/ 3425:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BG: () => (/* binding */ updateRelease),
/* harmony export */   YG: () => (/* binding */ createRelease),
/* harmony export */   Z0: () => (/* binding */ getLatestRelease),
/* harmony export */   h5: () => (/* binding */ getReleaseByTag),
/* harmony export */   tH: () => (/* binding */ listReleases),
/* harmony export */   yK: () => (/* binding */ generateReleaseNotes)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6584);
/* harmony import */ var _create_once_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4633);


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
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(error) === 404)
            return undefined;
        throw error;
    }
}
/** The published release of a tag, or undefined when the tag has none. */
async function getReleaseByTag(github, repo, tag) {
    return (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .api */ .FH)(`read the release of ${tag}`, () => orUndefined(async () => asRelease((await github.rest.repos.getReleaseByTag({ ...repo, tag })).data)));
}
/** The repository's latest release (what GitHub badges "Latest"), or undefined when there is none. */
async function getLatestRelease(github, repo) {
    return (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .api */ .FH)('read the latest release', () => orUndefined(async () => asRelease((await github.rest.repos.getLatestRelease(repo)).data)));
}
/** One page of releases, newest first. */
async function listReleases(github, repo, page = 1, perPage = 100) {
    return (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .api */ .FH)('list the releases', async () => {
        const { data } = await github.rest.repos.listReleases({ ...repo, per_page: perPage, page });
        return data.map(asRelease);
    });
}
/** POST /releases/generate-notes: GitHub's generated name and body, from the previous tag when given. */
async function generateReleaseNotes(github, repo, params) {
    return (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .api */ .FH)(`generate the release notes of ${params.tag}`, async () => {
        const { data } = await github.rest.repos.generateReleaseNotes({
            ...repo,
            tag_name: params.tag,
            target_commitish: params.target,
            ...(params.previousTag ? { previous_tag_name: params.previousTag } : {}),
        });
        return { name: data.name, body: data.body };
    });
}
/**
 * POST /releases for an existing tag. 422 already_exists (another run was faster) gives undefined.
 * After a lost answer the tag name is the mark: GitHub keeps one release per tag, so the release
 * of the tag found then is the one this request created (createOnce). (A concurrent run of the
 * same commit whose POST lands in that same moment would be counted as this one: both describe
 * one and the same release, so nothing is duplicated either way.)
 */
async function createRelease(github, repo, params) {
    const what = `create the release ${params.tag}`;
    return (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .api */ .FH)(what, async () => {
        try {
            const created = await (0,_create_once_js__WEBPACK_IMPORTED_MODULE_1__/* .createOnce */ .Ur)({
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
                        // Drafts and pre-releases cannot be latest; GitHub rejects nothing but ignores it, so be exact.
                        make_latest: params.prerelease ? 'false' : params.makeLatest,
                        request: _create_once_js__WEBPACK_IMPORTED_MODULE_1__/* .ONE_ATTEMPT */ .FY,
                    });
                    return asRelease(data);
                },
                find: () => getReleaseByTag(github, repo, params.tag),
            }, (0,_create_once_js__WEBPACK_IMPORTED_MODULE_1__/* .clientOptions */ .s1)(github));
            return created.value;
        }
        catch (error) {
            const errors = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .errorData */ .ZO)(error).errors ?? [];
            if ((0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(error) === 422 && errors.some((entry) => entry?.code === 'already_exists'))
                return undefined;
            throw error;
        }
    });
}
/** PATCH /releases/{id}: only the fields given change. */
async function updateRelease(github, repo, id, params, what = `update release ${id}`) {
    return (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .api */ .FH)(what, async () => {
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


/***/ }),

/***/ 2952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cu: () => (/* binding */ literalParentheses),
/* harmony export */   gu: () => (/* binding */ GLOB_OPTIONS),
/* harmony export */   h0: () => (/* binding */ pathPatterns)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The one meaning of a path pattern in shipgate (coverage `exclude`, rollback `migration-paths`,
 * coverage `reports`): picomatch globs — `*` and `?` within a segment, `**` across segments,
 * `{a,b}` alternatives, `[abc]`/`[!abc]` classes — with .gitignore-style rules on top:
 * - a pattern without a slash matches at any depth (`*.sql`, `generated`);
 * - a leading `/` anchors at the repository root, a leading `./` is dropped;
 * - a pattern that matches a directory matches everything under it (`db/`, `src/generated`);
 * - `!pattern` takes paths back; the last pattern that applies decides.
 * Paths are POSIX repository paths; dot files and folders match like any other (`db/**` covers
 * `db/.keep`): a safety check or an exclude list that skipped them would silently miss files.
 */
/**
 * picomatch options. `posix: true` because picomatch 4.0.7 reads `[!abc]` as a class containing
 * "!" unless it is set (micromatch/picomatch#187, fixed upstream by #196 after 4.0.7).
 */
const GLOB_OPTIONS = { dot: true, posix: true };
/**
 * picomatch reads a bare `(...)` as a regular-expression group, so `app/(auth)/**` (a Next.js
 * route group) would match `app/auth/...` and never the real folder. In shipgate's syntax, as in
 * .gitignore, parentheses are literal unless they open an extglob (`@(`, `*(`, `+(`, `?(`, `!(`):
 * escape the others, and the `)` that closes them, before picomatch sees the pattern.
 */
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
    return { pattern: raw, negated, test: picomatch__WEBPACK_IMPORTED_MODULE_0___default()(literalParentheses(pattern), GLOB_OPTIONS) };
}
/** Compile a list of patterns (empty ones ignored) into one matcher. */
function pathPatterns(patterns) {
    const rules = patterns
        .map((raw) => raw.trim())
        .filter(Boolean)
        .map(compileRule);
    if (rules.length === 0)
        return { match: () => undefined };
    return {
        match(path) {
            // The path itself and every directory above it: a pattern naming a directory covers its files.
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


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ee: () => (/* binding */ markedRelease),
/* harmony export */   OC: () => (/* binding */ neutralizeMarks),
/* harmony export */   _t: () => (/* binding */ parseMarks)
/* harmony export */ });
/* unused harmony exports NAME_PREFIX, formatMark, isReleaseRolledBack */
/* harmony import */ var _github_releases_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3425);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2788);
/* harmony import */ var _lib_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3862);



const NAME_PREFIX = '[rolled back] ';
const MARK = /<!-- shipgate:rolled-back (\{.*?\}) -->/g;
/** The machine-readable comment; `-->` can never end it early because `>` is escaped inside the JSON. */
const formatMark = (mark) => `<!-- shipgate:rolled-back ${JSON.stringify(mark).replace(/>/g, '\\u003e')} -->`;
/**
 * Text from commits (GitHub's generated notes copy commit subjects raw) made inert: anything that
 * opens a shipgate marker comment shows as text instead (`&lt;!--`), so a commit message cannot
 * plant a rolled-back mark in a release body. Marks are also confirmed against the rollback
 * deployment they name before they count (src/rollback/marks.ts); this keeps the body honest too.
 */
const neutralizeMarks = (text) => text.replace(/<!--(\s*shipgate:)/gi, '&lt;!--$1');
/** Every rollback recorded in a release body, oldest first. Malformed comments are ignored. */
function parseMarks(body) {
    const marks = [];
    for (const match of (body ?? '').matchAll(MARK)) {
        try {
            const value = JSON.parse(match[1]);
            if (value && typeof value.at === 'string' && typeof value.environment === 'string')
                marks.push(value);
        }
        catch {
            // Not ours, or edited by hand beyond reading: the visible banner is still there for people.
        }
    }
    return marks.sort((a, b) => a.at.localeCompare(b.at));
}
/** The name and body a release gets when it is rolled back (idempotent for the name; one banner per rollback). */
function markedRelease(release, mark) {
    const name = release.name || release.tag_name;
    const when = mark.at.replace('T', ' ').replace(/(\.\d+)?Z$/, ' UTC');
    // Who and why are user text: escaped, so a reason can neither mention anyone nor open HTML.
    const why = mark.reason ? `: ${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p)(mark.reason)}` : '';
    const banner = [
        '> [!CAUTION]',
        `> **Rolled back** in ${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .S)(mark.environment)} to ${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .S)(mark.to)} on ${when} by ${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p)(`@${mark.by || 'unknown'}`)}${why}`,
        formatMark(mark),
    ].join('\n');
    return {
        name: name.startsWith(NAME_PREFIX) ? name : `${NAME_PREFIX}${name}`,
        body: release.body ? `${banner}\n\n${release.body}` : banner,
    };
}
/**
 * Was this release rolled back? For deploy's forward-only rule and rollback's target choice.
 * `shaOrTag` is a release tag ("v1.2.0") or a commit sha (its release tag is found by ancestry).
 * Resolves to the rolled-back release with its marks (truthy), or undefined when it was not
 * rolled back or is not a release. Requests: a tag costs 1; a sha costs about 3 (the tag list,
 * one comparison, the release).
 */
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


/***/ }),

/***/ 9070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I: () => (/* binding */ planRollback)
});

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: ./src/github/releases.ts
var github_releases = __webpack_require__(3425);
// EXTERNAL MODULE: ./src/deploy/ledger.ts
var deploy_ledger = __webpack_require__(5874);
// EXTERNAL MODULE: ./src/deploy/preflight.ts
var preflight = __webpack_require__(9536);
// EXTERNAL MODULE: ./src/release/history.ts
var release_history = __webpack_require__(5205);
// EXTERNAL MODULE: ./src/release/tags.ts
var release_tags = __webpack_require__(2788);
// EXTERNAL MODULE: ./src/github/deployments.ts
var deployments = __webpack_require__(6887);
// EXTERNAL MODULE: ./src/release/rolled-back.ts
var rolled_back = __webpack_require__(1127);
;// CONCATENATED MODULE: ./src/rollback/marks.ts



/**
 * A release's rolled-back marks, counted only when the record shipgate wrote confirms them.
 * Anyone who can edit a release (or write a commit message that ends up in generated notes) can
 * write the marker comment, so the comment is only a pointer: it counts when the deployment it
 * names is a shipgate rollback (task and payload as shipgate writes them) of this very release in
 * the mark's environment. The rollback deployment is what the action writes and nobody edits
 * (deployments cannot be changed once created). A mark of the environment being rolled back is
 * answered from the ledger's pages; a mark of another environment costs one request.
 */
async function confirmedMarks(github, repo, release, ledger) {
    const confirmed = [];
    for (const mark of (0,rolled_back/* parseMarks */._t)(release?.body)) {
        if (!release || typeof mark.deployment !== 'number')
            continue;
        const deployment = ledger.known(mark.deployment) ?? (await (0,deployments/* getDeployment */.i8)(github, repo, mark.deployment));
        if (deployment && confirms(deployment, mark, release.tag_name))
            confirmed.push(mark);
    }
    return confirmed;
}
const confirms = (deployment, mark, tag) => (0,deploy_ledger/* isShipgate */.uo)(deployment) &&
    deployment.payload.mode === 'rollback' &&
    deployment.environment === mark.environment &&
    deployment.payload.rolled_back?.version === tag &&
    (mark.sha === undefined || deployment.payload.rolled_back?.sha === mark.sha);

// EXTERNAL MODULE: ./src/rollback/safety.ts + 1 modules
var rollback_safety = __webpack_require__(762);
// EXTERNAL MODULE: ./src/release/semver.ts
var semver = __webpack_require__(2161);
;// CONCATENATED MODULE: ./src/rollback/target.ts


/**
 * Which release a rollback returns to. Pure, so every rule is a row in a table test.
 * - Automatic: release tags below the live one by version (semver order), newest first, skipping
 *   pre-releases (a release candidate is not a known-good production version); the caller then
 *   skips the ones marked rolled back (on their GitHub Release, or by a rollback Deployment of
 *   the environment, which is all deploy's automatic rollback leaves).
 * - `to`: must be a release tag that exists and is not what is live.
 */
/** The tag prefix to use: the one in front of the first name that ends in a semantic version, else "v". */
function inferPrefix(names) {
    for (const name of names) {
        if (!name)
            continue;
        const bare = name.replace(/^refs\/tags\//, '');
        for (let i = 0; i < bare.length; i++) {
            if (/\d/.test(bare[i]) && (0,semver/* parseVersion */.ot)(bare.slice(i)))
                return bare.slice(0, i);
        }
    }
    return 'v';
}
/** `to` as a tag name: "1.1.0" gets the prefix, "refs/tags/v1.1.0" loses refs/tags/. */
function normalizeTo(to, prefix) {
    const bare = to.trim().replace(/^refs\/tags\//, '');
    return (0,semver/* parseVersion */.ot)(bare) && !(0,semver/* parseReleaseTag */.rE)(bare, prefix) ? `${prefix}${bare}` : bare;
}
/** Candidates for an automatic rollback, best first. */
function rollbackCandidates(tags, live) {
    const ceiling = live.tag ?? live.below;
    if (!ceiling)
        return [];
    // With an untagged commit live, the nearest release before it is itself a candidate.
    const inclusive = !live.tag;
    return tags
        .filter((tag) => !(0,semver/* isPrerelease */.V1)(tag.version))
        .filter((tag) => {
        const order = (0,semver/* compareVersions */.Zy)(tag.version, ceiling.version);
        return order < 0 || (inclusive && order === 0);
    })
        .sort((a, b) => (0,semver/* compareVersions */.Zy)(b.version, a.version));
}
/** The `to` input checked against the release tags; throws a one-sentence UserError when it cannot be a target. */
function chooseExplicitTarget(to, prefix, tags, live) {
    const name = normalizeTo(to, prefix);
    if (!(0,semver/* parseReleaseTag */.rE)(name, prefix)) {
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

;// CONCATENATED MODULE: ./src/rollback/plan.ts









const labelOf = (ref, sha, tag) => (0,preflight/* describeRef */.Ro)(ref, sha, tag);
/**
 * Read everything and decide; every refusal happens here, before anything is created. `ledger`
 * (the environment's deployments) is read once: what is live, which candidates were rolled back,
 * and then the deploy's pre-flight checks all answer from it.
 */
async function planRollback(request, deps, ledger = new deploy_ledger/* DeploymentLedger */.td(deps.github, deps.repo, request.environment)) {
    const { environment } = request;
    const { github, repo, logger } = deps;
    const state = await ledger.scan();
    const liveDeployment = state.live?.deployment;
    if (!liveDeployment) {
        throw new errors/* UserError */.yo(`Nothing is live in ${environment}: it has no successful deployment, so there is nothing to roll back; check the environment name.`);
    }
    const prefix = inferPrefix([request.to, (0,deploy_ledger/* versionOf */.E4)(liveDeployment), (0,deploy_ledger/* refOf */.H8)(liveDeployment)]);
    const { tags } = await (0,release_tags/* listReleaseTags */.LA)(github, repo, prefix);
    // The live release: the version its deployment recorded, else the release tag on its commit.
    let liveTag = tags.find((tag) => tag.name === (0,deploy_ledger/* versionOf */.E4)(liveDeployment) || tag.name === (0,deploy_ledger/* refOf */.H8)(liveDeployment));
    let below;
    if (!liveTag) {
        // Without wantPrevious the search stops at the first reachable release: on the commit, or the one below it.
        const located = await (0,release_tags/* locateRelease */.Ev)(github, repo, liveDeployment.sha, tags, { wantPrevious: false, log: logger.info });
        liveTag = located.onCommit;
        below = located.previous?.tag;
    }
    const live = {
        deploymentId: liveDeployment.id,
        sha: liveDeployment.sha,
        ref: (0,deploy_ledger/* refOf */.H8)(liveDeployment),
        since: liveDeployment.created_at,
        release: liveTag,
        label: labelOf((0,deploy_ledger/* refOf */.H8)(liveDeployment), liveDeployment.sha, liveTag?.name),
    };
    const liveRelease = { tag: liveTag, below, label: live.label };
    logger.info(`Live in ${environment}: ${live.label} (deployment ${live.deploymentId}, since ${live.since}).`);
    // Rolled-back marks live on the GitHub Releases: the newest 100 in one request, older ones one by one.
    const releases = new Map((await (0,github_releases/* listReleases */.tH)(github, repo)).map((release) => [release.tag_name, release]));
    const releaseOf = async (tag) => {
        if (!releases.has(tag))
            releases.set(tag, await (0,github_releases/* getReleaseByTag */.h5)(github, repo, tag));
        return releases.get(tag);
    };
    const marksOf = async (tag) => confirmedMarks(github, repo, await releaseOf(tag), ledger);
    const skipped = [];
    let target;
    let range;
    if (request.to) {
        target = chooseExplicitTarget(request.to, prefix, tags, liveRelease);
        range = await (0,release_history/* compareRange */.NM)(github, repo, target.name, live.sha);
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
    }
    else {
        for (const candidate of rollbackCandidates(tags, liveRelease)) {
            const marks = await marksOf(candidate.name);
            if (marks.length > 0) {
                const last = marks[marks.length - 1];
                skipped.push({ tag: candidate.name, why: `rolled back in ${last.environment} on ${last.at} by @${last.by}` });
                continue;
            }
            const candidateRange = await (0,release_history/* compareRange */.NM)(github, repo, candidate.name, live.sha);
            if (candidateRange.status === 'identical') {
                skipped.push({ tag: candidate.name, why: 'the same commit as what is live' });
                continue;
            }
            // deploy's automatic rollback records what it took out on the Deployment only.
            const record = await ledger.rolledBack(candidateRange.baseSha);
            if (record) {
                skipped.push({ tag: candidate.name, why: `rolled back in ${environment} by deployment ${record.deployment.id}${record.reason ? ` (${record.reason})` : ''}` });
                continue;
            }
            target = candidate;
            range = candidateRange;
            break;
        }
        if (!target || !range) {
            const passed = skipped.length ? ` (${skipped.map((each) => `${each.tag}: ${each.why}`).join('; ')})` : '';
            throw new errors/* UserError */.yo(`No release below ${live.label} is left to roll back ${environment} to${passed}; give one with the "to" input.`);
        }
    }
    // What the rollback reverts: target...live, plus the target's own side when the two diverged.
    let files = range.files;
    let incomplete = range.files.length >= release_history/* MAX_COMPARE_FILES */.ts;
    if (range.status !== 'ahead') {
        const other = await (0,release_history/* compareRange */.NM)(github, repo, live.sha, target.name);
        files = [...files, ...other.files];
        incomplete ||= other.files.length >= release_history/* MAX_COMPARE_FILES */.ts;
        if (range.status === 'behind') {
            if (!request.force) {
                throw new errors/* UserError */.yo(`${target.name} is newer than ${live.label}, which is live in ${environment}, so this rollback would move it forward; set force: true to do that anyway, or give an older release.`);
            }
            logger.warning(`${target.name} is newer than ${live.label}: this "rollback" moves ${environment} forward because force is true.`);
        }
    }
    const safety = (0,rollback_safety/* checkSafety */.VE)({
        range: `${target.name}...${live.release?.name ?? live.sha.slice(0, 7)}`,
        files,
        incomplete,
        migrationPaths: request.migrationPaths,
        force: request.force,
    });
    return {
        environment,
        live,
        target: { tag: target, sha: range.baseSha, label: labelOf(target.name, range.baseSha, target.name) },
        skipped,
        safety,
        liveRelease: live.release ? await releaseOf(live.release.name) : undefined,
        targetRelease: await releaseOf(target.name),
        reason: request.reason ?? '',
        actor: deps.run.actor,
        at: new Date(request.startedAt).toISOString(),
    };
}


/***/ }),

/***/ 7418:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ renderRollbackSummary),
/* harmony export */   l: () => (/* binding */ renderSafety)
/* harmony export */ });
/* harmony import */ var _deploy_report_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5505);
/* harmony import */ var _lib_duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2543);
/* harmony import */ var _lib_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3862);



const HEADLINE = {
    success: '↩️ Rolled back',
    failure: '❌ Rollback failed',
    stopped: '⛔ Rollback stopped',
    'dry-run': '📝 Rollback plan (dry run)',
};
const MAX_FILES = 50;
/** The safety check, shown whether it passed, stopped the rollback or was forced. */
function renderSafety(check) {
    const verdict = check.risky.length === 0 && !check.incomplete
        ? `✅ \`${check.range}\` changes ${check.changed} file${check.changed === 1 ? '' : 's'}, none of them a migration or a workflow file.`
        : check.stop
            ? `⛔ \`${check.range}\` changes ${check.risky.length ? `${check.risky.length} migration or workflow file${check.risky.length === 1 ? '' : 's'}` : 'more files than GitHub lists (300)'}: the rollback stopped; run again with \`force: true\` once they are checked.`
            : `⚠️ \`${check.range}\` changes ${check.risky.length ? `${check.risky.length} migration or workflow file${check.risky.length === 1 ? '' : 's'}` : 'more files than GitHub lists (300)'}; rolled back anyway because \`force: true\`.`;
    const lines = ['### Safety check', '', verdict, ''];
    if (check.risky.length > 0) {
        lines.push('| File | Kind | Matched |', '| --- | --- | --- |');
        for (const file of check.risky.slice(0, MAX_FILES))
            lines.push(`| \`${file.path.replace(/`/g, "'")}\` | ${file.kind} | \`${file.pattern}\` |`);
        if (check.risky.length > MAX_FILES)
            lines.push(`| … ${check.risky.length - MAX_FILES} more | | |`);
        lines.push('');
    }
    return lines;
}
/** The job summary: the audit trail (who, when, from, to, why, time to restore), the safety check and the deployment. */
function renderRollbackSummary(outcome) {
    const { plan } = outcome;
    const deployment = outcome.deployment;
    const lines = [`## ${HEADLINE[outcome.status]}: ${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p)(`${plan.environment} from ${plan.live.release?.name ?? plan.live.label} to ${plan.target.tag.name}`)}`, '', (0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p)(outcome.message), ''];
    lines.push('| | |', '| --- | --- |');
    lines.push(`| Who | ${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p)(`@${plan.actor || 'unknown'}`)} |`);
    lines.push(`| When | ${plan.at} |`);
    lines.push(`| From | ${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p)(plan.live.label)}, deployment ${plan.live.deploymentId}, live since ${plan.live.since} |`);
    lines.push(`| To | ${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p)(plan.target.label)} |`);
    lines.push(`| Why | ${plan.reason ? (0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p)(plan.reason) : '_no reason given_'} |`);
    if (deployment?.deploymentId !== undefined)
        lines.push(`| Deployment | [${deployment.deploymentId}](${deployment.deploymentsUrl}) — ${deployment.status} |`);
    if (outcome.restoreMs !== undefined)
        lines.push(`| Time to restore | ${(0,_lib_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDurationCompact */ .z)(outcome.restoreMs)} (start of the rollback to a verified healthy environment) |`);
    if (outcome.status === 'dry-run') {
        lines.push(`| Would mark | ${plan.live.release ? `${plan.live.release.name} as rolled back (name prefixed "[rolled back]", banner and marker on its GitHub Release)` : 'nothing (the live commit has no release tag)'} |`);
    }
    else if (outcome.marked) {
        lines.push(`| Marked rolled back | ${'url' in outcome.marked ? `[${outcome.marked.tag}](${outcome.marked.url})` : (0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p)(outcome.marked.note)} |`);
    }
    if (plan.skipped.length > 0)
        lines.push(`| Skipped | ${plan.skipped.map((each) => `${each.tag} (${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p)(each.why)})`).join('; ')} |`);
    lines.push('');
    for (const warning of outcome.warnings)
        lines.push(`> ⚠️ ${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p)(warning)}`, '');
    lines.push(...renderSafety(plan.safety));
    if (deployment?.plan?.length) {
        lines.push('### Deployment plan', '', ...deployment.plan.map((step) => `- ${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p)(step)}`), '');
    }
    else if (deployment && deployment.status !== 'dry-run') {
        lines.push((0,_deploy_report_js__WEBPACK_IMPORTED_MODULE_0__/* .renderSummary */ .B)(deployment));
    }
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 762:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VE: () => (/* binding */ checkSafety),
  Cw: () => (/* binding */ describeStop)
});

// UNUSED EXPORTS: WORKFLOW_PATHS

// EXTERNAL MODULE: ./src/lib/globs.ts
var globs = __webpack_require__(2952);
;// CONCATENATED MODULE: ./src/rollback/globs.ts

function globSet(patterns) {
    return (0,globs/* pathPatterns */.h0)(patterns);
}

;// CONCATENATED MODULE: ./src/rollback/safety.ts

/**
 * The rollback safety check: what the rollback would revert. Migrations do not roll back with the
 * code (the schema stays migrated), and workflow files change how the pipeline itself behaves,
 * so a range that touches either stops the rollback until someone says it is safe (force: true).
 */
const WORKFLOW_PATHS = ['.github/workflows/**'];
function checkSafety(input) {
    const migrations = globSet(input.migrationPaths);
    const workflows = globSet(WORKFLOW_PATHS);
    const risky = [];
    const seen = new Set();
    for (const file of input.files) {
        // A rename touches both paths: moving a migration away is as risky as adding one.
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
/** One sentence for a stopped rollback (the list goes to the summary). */
function describeStop(check, what) {
    const kinds = [...new Set(check.risky.map((file) => (file.kind === 'migration' ? 'migration' : 'workflow')))].join(' and ');
    const shown = check.risky.slice(0, 5).map((file) => file.path);
    const more = check.risky.length > shown.length ? ` and ${check.risky.length - shown.length} more` : '';
    if (check.risky.length > 0) {
        return `Stopped ${what}: the range ${check.range} changes ${check.risky.length} ${kinds} file${check.risky.length === 1 ? '' : 's'} (${shown.join(', ')}${more}) that a rollback does not undo safely; check them and run again with force: true.`;
    }
    return `Stopped ${what}: the range ${check.range} changes more files than GitHub lists (300), so migrations and workflow files cannot be ruled out; check the range and run again with force: true.`;
}


/***/ })

};
