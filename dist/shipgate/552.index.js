export const id = 552;
export const ids = [552];
export const modules = {

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

const asRelease = (data) => {
    const raw = data;
    return {
        id: raw.id,
        tag_name: raw.tag_name,
        name: raw.name ?? null,
        body: raw.body ?? null,
        html_url: raw.html_url ?? '',
        draft: Boolean(raw.draft),
        prerelease: Boolean(raw.prerelease),
        created_at: raw.created_at ?? '',
    };
};
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
    return (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .api */ .FH)(`read the release of ${tag}`, () => orUndefined(async () => asRelease((await github.request('GET /repos/{owner}/{repo}/releases/tags/{tag}', { ...repo, tag })).data)));
}
/** The repository's latest release (what GitHub badges "Latest"), or undefined when there is none. */
async function getLatestRelease(github, repo) {
    return (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .api */ .FH)('read the latest release', () => orUndefined(async () => asRelease((await github.request('GET /repos/{owner}/{repo}/releases/latest', repo)).data)));
}
/** One page of releases, newest first. */
async function listReleases(github, repo, page = 1, perPage = 100) {
    return (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .api */ .FH)('list the releases', async () => {
        const { data } = await github.request('GET /repos/{owner}/{repo}/releases', { ...repo, per_page: perPage, page });
        return data.map(asRelease);
    });
}
/** POST /releases/generate-notes: GitHub's generated name and body, from the previous tag when given. */
async function generateReleaseNotes(github, repo, params) {
    return (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .api */ .FH)(`generate the release notes of ${params.tag}`, async () => {
        const { data } = await github.request('POST /repos/{owner}/{repo}/releases/generate-notes', {
            ...repo,
            tag_name: params.tag,
            target_commitish: params.target,
            ...(params.previousTag ? { previous_tag_name: params.previousTag } : {}),
        });
        return { name: data.name, body: data.body };
    });
}
/** POST /releases for an existing tag. 422 already_exists (another run was faster) gives undefined. */
async function createRelease(github, repo, params) {
    return (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .api */ .FH)(`create the release ${params.tag}`, async () => {
        try {
            const { data } = await github.request('POST /repos/{owner}/{repo}/releases', {
                ...repo,
                tag_name: params.tag,
                target_commitish: params.target,
                name: params.name,
                body: params.body,
                draft: false,
                prerelease: params.prerelease,
                // Drafts and pre-releases cannot be latest; GitHub rejects nothing but ignores it, so be exact.
                make_latest: params.prerelease ? 'false' : params.makeLatest,
            });
            return asRelease(data);
        }
        catch (error) {
            const errors = error.response?.data?.errors ?? [];
            if ((0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(error) === 422 && errors.some((entry) => entry?.code === 'already_exists'))
                return undefined;
            throw error;
        }
    });
}
/** PATCH /releases/{id}: only the fields given change. */
async function updateRelease(github, repo, id, params, what = `update release ${id}`) {
    return (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .api */ .FH)(what, async () => {
        const { data } = await github.request('PATCH /repos/{owner}/{repo}/releases/{release_id}', {
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
        const pages = github.paginate.iterator('GET /repos/{owner}/{repo}/git/matching-refs/{ref}', {
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
            const { data } = await github.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...repo, ref: `tags/${name}` });
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
        const { data } = await (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .api */ .FH)(`read the annotated tag ${tag.name}`, () => github.request('GET /repos/{owner}/{repo}/git/tags/{tag_sha}', { ...repo, tag_sha: sha }));
        sha = data.object.sha;
        type = data.object.type;
    }
    return type === 'commit' ? sha : undefined;
}
/** POST /git/tags: the annotated tag object (not yet a ref); returns its sha. */
async function createTagObject(github, repo, params) {
    return (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .api */ .FH)(`create the annotated tag object ${params.name}`, async () => {
        const { data } = await github.request('POST /repos/{owner}/{repo}/git/tags', {
            ...repo,
            tag: params.name,
            message: params.message,
            object: params.sha,
            type: 'commit',
        });
        return data.sha;
    });
}
/**
 * POST /git/refs for refs/tags/<name>. Returns false (instead of failing) when the ref already
 * exists, so a caller racing another run can look at what is there.
 */
async function createTagRef(github, repo, name, sha) {
    return (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .api */ .FH)(`create the tag ref refs/tags/${name}`, async () => {
        try {
            await github.request('POST /repos/{owner}/{repo}/git/refs', { ...repo, ref: `refs/tags/${name}`, sha });
            return true;
        }
        catch (error) {
            const message = error.response?.data?.message ?? '';
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
        const pages = github.paginate.iterator('GET /repos/{owner}/{repo}/tags', { ...repo, per_page: 100 });
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

/***/ 4255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DP: () => (/* binding */ decideBump),
/* harmony export */   h$: () => (/* binding */ parseConventionalCommit),
/* harmony export */   uM: () => (/* binding */ bumpOf)
/* harmony export */ });
/* unused harmony export higherBump */
const HEADER = /^([A-Za-z][\w-]*)(?:\(([^()]*)\))?(!)?:[ \t]+(\S.*)$/;
const BREAKING_FOOTER = /^BREAKING[ -]CHANGE:[ \t]*\S/m;
/** GitHub's merge commit ("Merge pull request #12 from owner/branch"): the pull request title is the body's first line. */
const MERGE_HEADER = /^Merge (pull request|branch|remote-tracking branch) /;
function parseConventionalCommit(message) {
    const lines = message.replace(/\r\n/g, '\n').split('\n');
    let headerIndex = 0;
    if (MERGE_HEADER.test(lines[0] ?? '')) {
        headerIndex = lines.findIndex((line, index) => index > 0 && line.trim() !== '');
        if (headerIndex < 0)
            return undefined;
    }
    const match = HEADER.exec(lines[headerIndex].trim());
    if (!match)
        return undefined;
    const body = lines.slice(headerIndex + 1).join('\n');
    return {
        type: match[1].toLowerCase(),
        scope: match[2] || undefined,
        breaking: match[3] === '!' || BREAKING_FOOTER.test(body),
        subject: match[4].trim(),
    };
}
/** The bump one commit asks for, or undefined when it asks for none (docs, chore, non-conventional). */
function bumpOf(commit) {
    if (!commit)
        return undefined;
    if (commit.breaking)
        return 'major';
    if (commit.type === 'feat')
        return 'minor';
    if (commit.type === 'fix' || commit.type === 'perf')
        return 'patch';
    return undefined;
}
const RANK = { patch: 1, minor: 2, major: 3 };
const higherBump = (a, b) => !a ? b : !b ? a : RANK[a] >= RANK[b] ? a : b;
/**
 * The bump for a set of commit messages. Two decisions, both documented in the README:
 * - Pre-1.0: while the major version is 0 a breaking change bumps the minor version (0.3.1 → 0.4.0),
 *   as semver's "anything may change" 0.y.z range intends; 1.0.0 is a deliberate `version: 1.0.0`
 *   (or `bump: major`), never an accident of a commit footer.
 * - Commits that ask for no bump (only docs/chore/...) still give a patch release: release tags what
 *   reached production, and every deployed commit needs a release for rollback to return to.
 */
function decideBump(messages, currentMajor) {
    const counts = { major: 0, minor: 0, patch: 0 };
    let bump;
    for (const message of messages) {
        const wanted = bumpOf(parseConventionalCommit(message));
        if (wanted)
            counts[wanted] += 1;
        bump = higherBump(bump, wanted);
    }
    const plural = (count, what) => `${count} ${what}${count === 1 ? '' : what.endsWith('x') ? 'es' : 's'}`;
    if (bump === 'major') {
        const why = plural(counts.major, 'breaking change');
        return currentMajor === 0 ? { bump: 'minor', reason: `${why} (minor while the major version is 0)` } : { bump, reason: why };
    }
    if (bump === 'minor')
        return { bump, reason: plural(counts.minor, 'feature') };
    if (bump === 'patch')
        return { bump, reason: plural(counts.patch, 'fix') };
    return { bump: 'patch', reason: messages.length ? 'no feat, fix or breaking change: patch' : 'no new commits: patch' };
}


/***/ }),

/***/ 5205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EU: () => (/* binding */ shortName),
/* harmony export */   NM: () => (/* binding */ compareRange),
/* harmony export */   a0: () => (/* binding */ listHistoryPage),
/* harmony export */   j: () => (/* binding */ compareCommitPages),
/* harmony export */   ts: () => (/* binding */ MAX_COMPARE_FILES)
/* harmony export */ });
/* unused harmony export COMPARE_PAGE */
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6584);

/** GitHub lists at most this many files of a comparison. */
const MAX_COMPARE_FILES = 300;
const COMPARE_PAGE = 100;
/** One page of a comparison (per_page 100: commits of later pages come from compareCommitPages). */
async function compareRange(github, repo, base, head, page = 1) {
    return (0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__/* .api */ .FH)(`compare ${shortName(base)}...${shortName(head)}`, async () => {
        const { data } = await github.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
            ...repo,
            basehead: `${base}...${head}`,
            per_page: COMPARE_PAGE,
            page,
        });
        const compare = data;
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
const shortName = (name) => (/^[0-9a-f]{40}$/.test(name) ? name.slice(0, 7) : name);
/** One page of the history from `sha` (GET /commits?sha=, newest first, 100 per page). */
async function listHistoryPage(github, repo, sha, page) {
    return (0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__/* .api */ .FH)(`list the history of ${shortName(sha)}`, async () => {
        const { data } = await github.request('GET /repos/{owner}/{repo}/commits', { ...repo, sha, per_page: COMPARE_PAGE, page });
        return data.map((commit) => ({ sha: commit.sha, message: commit.commit.message }));
    });
}


/***/ }),

/***/ 5365:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   R8: () => (/* binding */ renderChangelog),
/* harmony export */   iL: () => (/* binding */ renderReleaseSummary)
/* harmony export */ });
/* harmony import */ var _conventional_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4255);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5205);


/** Text from commits and users goes into markdown tables: keep it from breaking them or injecting HTML. */
const escapeMarkdown = (text) => text.replace(/[\\|`*_[\]<>]/g, (char) => `\\${char}`).replace(/\r?\n/g, ' ');
const subjectOf = (message) => message.split('\n', 1)[0].trim();
const SECTIONS = [
    { title: 'Breaking changes', test: (_type, breaking) => breaking },
    { title: 'Features', test: (type) => type === 'feat' },
    { title: 'Fixes', test: (type) => type === 'fix' || type === 'perf' },
    { title: 'Other changes', test: () => true },
];
/** A short changelog from the commits, for `release-notes: false` (GitHub's generated notes are not used). */
function renderChangelog(commits, previousTag) {
    if (commits.length === 0)
        return previousTag ? `No commits since ${previousTag}.` : 'First release.';
    const groups = new Map();
    for (const commit of commits) {
        const parsed = (0,_conventional_js__WEBPACK_IMPORTED_MODULE_0__/* .parseConventionalCommit */ .h$)(commit.message);
        const section = SECTIONS.find((each) => each.test(parsed?.type ?? '', parsed?.breaking ?? false));
        const scope = parsed?.scope ? `**${escapeMarkdown(parsed.scope)}:** ` : '';
        const line = `- ${scope}${escapeMarkdown(parsed?.subject ?? subjectOf(commit.message))} (${(0,_history_js__WEBPACK_IMPORTED_MODULE_1__/* .shortName */ .EU)(commit.sha)})`;
        groups.set(section.title, [...(groups.get(section.title) ?? []), line]);
    }
    const parts = SECTIONS.filter((section) => groups.has(section.title)).map((section) => `### ${section.title}\n${(groups.get(section.title) ?? []).join('\n')}`);
    return `${parts.join('\n\n')}\n\n${previousTag ? `Changes since ${previousTag}.` : ''}`.trim();
}
const MAX_LISTED = 30;
/** The job summary of a release run (or of its dry run). */
function renderReleaseSummary(outcome) {
    const { plan } = outcome;
    const lines = [];
    if (outcome.dryRun) {
        lines.push(`## Release (dry run): ${plan.existing ? `${plan.tag} already exists` : `would create ${plan.tag}`}`, '');
        lines.push('Nothing was changed. The plan:', '');
        if (plan.existing) {
            lines.push(`- ${(0,_history_js__WEBPACK_IMPORTED_MODULE_1__/* .shortName */ .EU)(plan.sha)} already carries ${plan.tag}${plan.release ? `, released at ${plan.release.html_url}` : '; its missing GitHub Release would be published'}.`);
        }
        else {
            lines.push(`- Create the annotated tag \`${plan.tag}\` on ${(0,_history_js__WEBPACK_IMPORTED_MODULE_1__/* .shortName */ .EU)(plan.sha)} (POST /git/tags, POST /git/refs).`);
            lines.push(`- Publish the GitHub Release ${plan.tag} with ${plan.previousTag ? `notes since ${plan.previousTag}` : 'notes of the first release'}, make_latest ${plan.makeLatest}${plan.prerelease ? ', pre-release' : ''}.`);
        }
    }
    else if (!outcome.created && !outcome.repaired) {
        lines.push(`## Release ${plan.tag}: already released`, '', `${(0,_history_js__WEBPACK_IMPORTED_MODULE_1__/* .shortName */ .EU)(plan.sha)} already carries ${plan.tag}; nothing was created.`);
    }
    else {
        lines.push(`## Released ${plan.tag}`);
    }
    lines.push('', '| | |', '|---|---|');
    lines.push(`| Tag | \`${plan.tag}\` on ${(0,_history_js__WEBPACK_IMPORTED_MODULE_1__/* .shortName */ .EU)(plan.sha)} |`);
    lines.push(`| Version | ${plan.version} |`);
    lines.push(`| Previous release | ${plan.previousTag ? `\`${plan.previousTag}\`` : 'none (first release)'} |`);
    lines.push(`| Why this version | ${escapeMarkdown(plan.reason)} |`);
    if (outcome.releaseUrl)
        lines.push(`| GitHub Release | ${outcome.releaseUrl} |`);
    if (!plan.existing || outcome.repaired)
        lines.push(`| Latest | ${plan.makeLatest === 'true' ? 'yes' : 'no'}${plan.prerelease ? ' (pre-release)' : plan.makeLatest === 'false' && plan.latestTag ? ` (${escapeMarkdown(plan.latestTag)} stays latest)` : ''} |`);
    lines.push(`| Created | ${outcome.created ? 'yes' : outcome.repaired ? 'the missing GitHub Release' : 'no'} |`);
    if (plan.commits.length > 0) {
        lines.push('', `<details><summary>${plan.commits.length} commit${plan.commits.length === 1 ? '' : 's'} since ${plan.previousTag ?? 'the start'}${plan.truncated ? ' (history truncated)' : ''}</summary>`, '');
        for (const commit of plan.commits.slice(-MAX_LISTED).reverse()) {
            const bump = (0,_conventional_js__WEBPACK_IMPORTED_MODULE_0__/* .bumpOf */ .uM)((0,_conventional_js__WEBPACK_IMPORTED_MODULE_0__/* .parseConventionalCommit */ .h$)(commit.message));
            lines.push(`- ${(0,_history_js__WEBPACK_IMPORTED_MODULE_1__/* .shortName */ .EU)(commit.sha)} ${escapeMarkdown(subjectOf(commit.message))}${bump ? ` — ${bump}` : ''}`);
        }
        if (plan.commits.length > MAX_LISTED)
            lines.push(`- … and ${plan.commits.length - MAX_LISTED} older`);
        lines.push('', '</details>');
    }
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 2161:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BP: () => (/* binding */ sortNewestFirst),
/* harmony export */   Bx: () => (/* binding */ bumpVersion),
/* harmony export */   V1: () => (/* binding */ isPrerelease),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   ot: () => (/* binding */ parseVersion),
/* harmony export */   qh: () => (/* binding */ formatVersion),
/* harmony export */   rE: () => (/* binding */ parseReleaseTag)
/* harmony export */ });
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;
/** A strict semantic version without prefix ("1.4.0", "2.0.0-rc.1"), or undefined. */
function parseVersion(text) {
    const match = SEMVER.exec(text);
    if (!match)
        return undefined;
    const numbers = [match[1], match[2], match[3]].map(Number);
    if (!numbers.every(Number.isSafeInteger))
        return undefined;
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
            options.log?.(`${requests} newer release tags are not reachable from ${sha.slice(0, 7)}; walking its history instead.`);
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
    options.log?.(`No release tag found within ${MAX_WALK_PAGES * 100} commits of ${sha.slice(0, 7)}.`);
    return { onCommit, previous: undefined, requests, method: 'walk' };
}


/***/ })

};
