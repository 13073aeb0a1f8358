export const id = 162;
export const ids = [162,139];
export const modules = {

/***/ 2162:
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
// EXTERNAL MODULE: ./dist.tmp-js/lib/inputs.js + 1 modules
var lib_inputs = __webpack_require__(4172);
// EXTERNAL MODULE: ./dist.tmp-js/lib/errors.js
var errors = __webpack_require__(1778);
// EXTERNAL MODULE: ./dist.tmp-js/github/client.js + 22 modules
var client = __webpack_require__(3073);
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
    return api(`look up the tag ${name}`, async () => {
        try {
            await github.rest.git.getRef({ ...repo, ref: `tags/${name}` });
            return true;
        }
        catch (error) {
            if (httpStatus(error) === 404)
                return false;
            throw error;
        }
    });
}
async function compareCommits(github, repo, base, head) {
    return api(`compare ${shortSha(base)}...${shortSha(head)}`, async () => {
        const { data } = await github.rest.repos.compareCommitsWithBasehead({
            ...repo,
            basehead: `${base}...${head}`,
            per_page: 1,
        });
        return { status: data.status, aheadBy: data.ahead_by, behindBy: data.behind_by };
    });
}

// EXTERNAL MODULE: ./dist.tmp-js/github/context.js + 1 modules
var github_context = __webpack_require__(7646);
;// CONCATENATED MODULE: ./dist.tmp-js/lib/sha.js
function sha_shortSha(shaOrRef) {
    return /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(shaOrRef) ? shaOrRef.slice(0, 7) : shaOrRef;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./dist.tmp-js/lib/http.js
var http = __webpack_require__(4521);
;// CONCATENATED MODULE: ./dist.tmp-js/github/create-once.js



const ONE_ATTEMPT = { retries: 0 };
const newMark = () => randomUUID();
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
async function createOnce(spec, options = {}) {
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
async function repeatable(what, send, options = {}) {
    return (await createOnce({ what, create: send, find: () => Promise.resolve(undefined) }, options)).value;
}
function clientOptions(github) {
    const log = (message) => {
        github.log.warn(message);
    };
    return { attempts: (0,client/* retriesOf */.Ko)(github) + 1, log, sleep: (0,client/* sleepOf */.l)(github) };
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
    return api('list the releases', async () => {
        const { data } = await github.rest.repos.listReleases({ ...repo, per_page: perPage, page });
        return data.map(asRelease);
    });
}
async function generateReleaseNotes(github, repo, params) {
    return (0,client/* api */.FH)(`generate the release notes of ${params.tag}`, async () => {
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
    return (0,client/* api */.FH)(what, async () => {
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
            const errors = (0,client/* errorData */.ZO)(error).errors ?? [];
            if ((0,client/* httpStatus */.nG)(error) === 422 && errors.some((entry) => entry?.code === 'already_exists'))
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

// EXTERNAL MODULE: ./dist.tmp-js/github/well-known.js
var well_known = __webpack_require__(6619);
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
    return (0,client/* api */.FH)(`look up the tag ${name}`, async () => {
        try {
            const { data } = await github.rest.git.getRef({ ...repo, ref: `tags/${name}` });
            return asTagRef(data);
        }
        catch (error) {
            if ((0,client/* httpStatus */.nG)(error) === 404)
                return undefined;
            throw error;
        }
    });
}
async function peelTag(github, repo, tag) {
    let { sha, type } = tag;
    for (let depth = 0; type === 'tag' && depth < 5; depth++) {
        const { data } = await (0,client/* api */.FH)(`read the annotated tag ${tag.name}`, () => github.rest.git.getTag({ ...repo, tag_sha: sha }));
        sha = data.object.sha;
        type = data.object.type;
    }
    return type === 'commit' ? sha : undefined;
}
async function createTagObject(github, repo, params) {
    const what = `create the annotated tag object ${params.name}`;
    return (0,client/* api */.FH)(what, async () => {
        const { data } = await repeatable(what, () => github.rest.git.createTag({ ...repo, tag: params.name, message: params.message, object: params.sha, type: 'commit', request: ONE_ATTEMPT }), clientOptions(github));
        return data.sha;
    });
}
async function createTagRef(github, repo, name, sha) {
    const what = `create the tag ref refs/tags/${name}`;
    return (0,client/* api */.FH)(what, async () => {
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
            const message = (0,client/* errorData */.ZO)(error).message ?? '';
            if ((0,client/* httpStatus */.nG)(error) === 422 && /already exists/i.test(message))
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

;// CONCATENATED MODULE: ./dist.tmp-js/lib/plural.js
function plural(count, one, many = `${one}s`) {
    return count === 1 ? one : many;
}
function counted(count, one, many = `${one}s`) {
    return `${count} ${plural(count, one, many)}`;
}

;// CONCATENATED MODULE: ./dist.tmp-js/release/conventional.js

const HEADER = /^([A-Za-z][\w-]*)(?:\(([^()]*)\))?(!)?:[ \t]+(\S.*)$/;
const BREAKING_FOOTER = /^BREAKING[ -]CHANGE:[ \t]*\S/m;
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
function decideBump(messages, currentMajor) {
    const counts = { major: 0, minor: 0, patch: 0 };
    let bump;
    for (const message of messages) {
        const wanted = bumpOf(parseConventionalCommit(message));
        if (wanted)
            counts[wanted] += 1;
        bump = higherBump(bump, wanted);
    }
    if (bump === 'major') {
        const why = counted(counts.major, 'breaking change');
        return currentMajor === 0 ? { bump: 'minor', reason: `${why} (minor while the major version is 0)` } : { bump, reason: why };
    }
    if (bump === 'minor')
        return { bump, reason: counted(counts.minor, 'feature') };
    if (bump === 'patch')
        return { bump, reason: counted(counts.patch, 'fix', 'fixes') };
    return { bump: 'patch', reason: messages.length ? 'no feat, fix or breaking change: patch' : 'no new commits: patch' };
}

;// CONCATENATED MODULE: ./dist.tmp-js/release/history.js


const MAX_COMPARE_FILES = 300;
const COMPARE_PAGE = 100;
async function compareRange(github, repo, base, head, page = 1) {
    return (0,client/* api */.FH)(`compare ${sha_shortSha(base)}...${sha_shortSha(head)}`, async () => {
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
    return (0,client/* api */.FH)(`list the history of ${sha_shortSha(sha)}`, async () => {
        const { data } = await github.rest.repos.listCommits({ ...repo, sha, per_page: COMPARE_PAGE, page });
        return data.map((commit) => ({ sha: commit.sha, message: commit.commit.message }));
    });
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

;// CONCATENATED MODULE: ./dist.tmp-js/release/render.js



const subjectOf = (message) => message.split('\n', 1)[0].trim();
const SECTIONS = [
    { title: 'Breaking changes', test: (_type, breaking) => breaking },
    { title: 'Features', test: (type) => type === 'feat' },
    { title: 'Fixes', test: (type) => type === 'fix' || type === 'perf' },
    { title: 'Other changes', test: () => true },
];
function renderChangelog(commits, previousTag) {
    if (commits.length === 0)
        return previousTag ? `No commits since ${previousTag}.` : 'First release.';
    const groups = new Map();
    for (const commit of commits) {
        const parsed = parseConventionalCommit(commit.message);
        const section = SECTIONS.find((each) => each.test(parsed?.type ?? '', parsed?.breaking ?? false));
        const scope = parsed?.scope ? `**${markdown_markdownText(parsed.scope)}:** ` : '';
        const line = `- ${scope}${markdown_markdownText(parsed?.subject ?? subjectOf(commit.message))} (${sha_shortSha(commit.sha)})`;
        groups.set(section.title, [...(groups.get(section.title) ?? []), line]);
    }
    const parts = SECTIONS.filter((section) => groups.has(section.title)).map((section) => `### ${section.title}\n${(groups.get(section.title) ?? []).join('\n')}`);
    return `${parts.join('\n\n')}\n\n${previousTag ? `Changes since ${previousTag}.` : ''}`.trim();
}
const MAX_LISTED = 30;
function renderReleaseSummary(outcome) {
    const { plan } = outcome;
    const lines = [];
    if (outcome.dryRun) {
        lines.push(`## Release (dry run): ${plan.existing ? `${plan.tag} already exists` : `would create ${plan.tag}`}`, '');
        lines.push('Nothing was changed. The plan:', '');
        if (plan.existing) {
            lines.push(`- ${sha_shortSha(plan.sha)} already carries ${plan.tag}${plan.release ? `, released at ${plan.release.html_url}` : '; its missing GitHub Release would be published'}.`);
        }
        else {
            lines.push(`- Create the annotated tag ${markdown_codeSpan(plan.tag)} on ${sha_shortSha(plan.sha)} (POST /git/tags, POST /git/refs).`);
            lines.push(`- Publish the GitHub Release ${plan.tag} with ${plan.previousTag ? `notes since ${plan.previousTag}` : 'notes of the first release'}, make_latest ${plan.makeLatest}${plan.prerelease ? ', pre-release' : ''}.`);
        }
    }
    else if (outcome.concurrent) {
        lines.push(`## Release ${plan.tag}: published by a concurrent run`, '', `Another run released ${sha_shortSha(plan.sha)} as ${plan.tag} at the same time; GitHub keeps one release per tag, so this run created nothing more.`);
    }
    else if (!outcome.created && !outcome.repaired) {
        lines.push(`## Release ${plan.tag}: already released`, '', `${sha_shortSha(plan.sha)} already carries ${plan.tag}; nothing was created.`);
    }
    else {
        lines.push(`## Released ${plan.tag}`);
    }
    lines.push('', '| | |', '|---|---|');
    lines.push(`| Tag | ${markdown_codeSpan(plan.tag)} on ${sha_shortSha(plan.sha)} |`);
    lines.push(`| Version | ${plan.version} |`);
    lines.push(`| Previous release | ${plan.previousTag ? markdown_codeSpan(plan.previousTag) : 'none (first release)'} |`);
    lines.push(`| Why this version | ${markdown_markdownText(plan.reason)} |`);
    if (outcome.releaseUrl)
        lines.push(`| GitHub Release | ${outcome.releaseUrl} |`);
    if (!plan.existing || outcome.repaired)
        lines.push(`| Latest | ${plan.makeLatest === 'true' ? 'yes' : 'no'}${plan.prerelease ? ' (pre-release)' : plan.makeLatest === 'false' && plan.latestTag ? ` (${markdown_markdownText(plan.latestTag)} stays latest)` : ''} |`);
    lines.push(`| Created | ${outcome.created ? 'yes' : outcome.repaired ? 'the missing GitHub Release' : 'no'} |`);
    if (plan.commits.length > 0) {
        lines.push('', `<details><summary>${plan.commits.length} commit${plan.commits.length === 1 ? '' : 's'} since ${plan.previousTag ?? 'the start'}${plan.truncated ? ' (history truncated)' : ''}</summary>`, '');
        for (const commit of plan.commits.slice(-MAX_LISTED).reverse()) {
            const bump = bumpOf(parseConventionalCommit(commit.message));
            lines.push(`- ${sha_shortSha(commit.sha)} ${markdown_markdownText(subjectOf(commit.message))}${bump ? ` — ${bump}` : ''}`);
        }
        if (plan.commits.length > MAX_LISTED)
            lines.push(`- … and ${plan.commits.length - MAX_LISTED} older`);
        lines.push('', '</details>');
    }
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./dist.tmp-js/release/semver.js
var semver = __webpack_require__(9091);
;// CONCATENATED MODULE: ./dist.tmp-js/release/tags.js




const MAX_PROBES = 8;
const MAX_WALK_PAGES = 10;
async function tags_listReleaseTags(github, repo, prefix) {
    const { tags, requests } = await listTagRefs(github, repo, prefix);
    const release = [];
    for (const ref of tags) {
        const parsed = (0,semver/* parseReleaseTag */.rE)(ref.name, prefix);
        if (parsed)
            release.push({ ...parsed, ref });
    }
    return { tags: (0,semver/* sortNewestFirst */.BP)(release), requests };
}
const stableOnly = (tag) => !(0,semver/* isPrerelease */.V1)(tag.version);
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
            options.log?.(`${requests} newer release tags are not reachable from ${sha_shortSha(sha)}; walking its history instead.`);
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
    options.log?.(`No release tag found within ${MAX_WALK_PAGES * 100} commits of ${sha_shortSha(sha)}.`);
    return { onCommit, previous: undefined, requests, method: 'walk' };
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

;// CONCATENATED MODULE: ./dist.tmp-js/release/version.js



const FIRST_VERSION = { major: 1, minor: 0, patch: 0, prerelease: [], build: [] };
const ZERO = { major: 0, minor: 0, patch: 0, prerelease: [], build: [] };
function planVersion(input) {
    const { previous } = input;
    if (input.explicit) {
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
        const { bump, reason } = decideBump(input.messages, previous.version.major);
        decision = { version: (0,semver/* bumpVersion */.Bx)(previous.version, bump), bump, reason: `${reason} since ${previous.name}` };
    }
    if (input.prerelease) {
        decision.version = { ...decision.version, prerelease: ['rc', nextCandidate(decision.version, input)] };
        decision.reason += ', release candidate';
    }
    return decision;
}
function nextCandidate(version, input) {
    const core = `${input.prefix}${version.major}.${version.minor}.${version.patch}-rc.`;
    let highest = 0;
    for (const name of input.existingNames) {
        if (name.startsWith(core) && /^\d+$/.test(name.slice(core.length)))
            highest = Math.max(highest, Number(name.slice(core.length)));
    }
    return highest + 1;
}
function decideMakeLatest(version, prerelease, latest) {
    if (prerelease || (0,semver/* isPrerelease */.V1)(version))
        return 'false';
    if (latest && (0,semver/* compareVersions */.Zy)(version, latest) < 0)
        return 'false';
    return 'true';
}

;// CONCATENATED MODULE: ./dist.tmp-js/release/release.js











async function planRelease(github, request, log) {
    const { repo, sha, prefix } = request;
    const explicit = request.version !== undefined ? (0,semver/* parseVersion */.ot)(request.version) : undefined;
    if (request.version !== undefined && !explicit) {
        throw new errors/* UserError */.yo(`Input "version" cannot be used: ${(0,semver/* versionProblem */.Ec)(request.version) ?? semver/* NOT_SEMVER */.hd} (${JSON.stringify(request.version)}).`);
    }
    const prerelease = request.prerelease || (explicit !== undefined && (0,semver/* isPrerelease */.V1)(explicit));
    const all = await tags_listReleaseTags(github, repo, prefix);
    const candidates = prerelease ? all.tags : all.tags.filter(stableOnly);
    const location = await tags_locateRelease(github, repo, sha, candidates, { wantPrevious: true, log: log.info });
    const previous = location.previous?.tag;
    log.info(`Previous release reachable from ${sha_shortSha(sha)}: ${previous?.name ?? 'none'} (${location.requests} comparison request${location.requests === 1 ? '' : 's'}, by ${location.method}).`);
    if (location.onCommit) {
        if (explicit && (0,semver/* formatVersion */.qh)(explicit) !== (0,semver/* formatVersion */.qh)(location.onCommit.version)) {
            log.warning(`${sha_shortSha(sha)} is already released as ${location.onCommit.name}; the version input ${request.version} is not applied.`);
        }
        return existingPlan(github, request, location.onCommit, previous, prerelease, location.previous?.range?.commits ?? []);
    }
    let commits = [];
    let truncated = false;
    const range = location.previous?.range;
    if (range) {
        const pages = await compareCommitPages(github, repo, range, {
            enough: (seen) => request.bump === 'auto' && !explicit && seen.some((commit) => bumpOf(parseConventionalCommit(commit.message)) === 'major'),
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
        const commit = await peelTag(github, repo, taken.ref);
        if (commit !== sha) {
            throw new errors/* UserError */.yo(`Tag ${tag} already exists on commit ${sha_shortSha(commit ?? taken.ref.sha)}, not on ${sha_shortSha(sha)} (${request.ref}); give another version, or release the commit it tags.`);
        }
        return existingPlan(github, request, taken, previous, prerelease);
    }
    const latest = await getLatestRelease(github, repo);
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
    const release = await releases_getReleaseByTag(github, request.repo, tag.name);
    let makeLatest = 'false';
    if (!release) {
        const latest = await getLatestRelease(github, request.repo);
        makeLatest = decideMakeLatest(tag.version, prerelease, latest ? (0,semver/* parseReleaseTag */.rE)(latest.tag_name, request.prefix)?.version : undefined);
    }
    return {
        sha: request.sha,
        tag: tag.name,
        version: (0,semver/* formatVersion */.qh)(tag.version),
        previousTag: previous?.name,
        existing: true,
        bump: undefined,
        reason: `${sha_shortSha(request.sha)} already carries ${tag.name}`,
        prerelease: prerelease || (0,semver/* isPrerelease */.V1)(tag.version),
        makeLatest,
        latestTag: undefined,
        commits,
        truncated: false,
        release,
    };
}
async function publishRelease(github, request, plan, log) {
    const { repo } = request;
    if (plan.existing && plan.release) {
        log.info(`${sha_shortSha(plan.sha)} already carries ${plan.tag} with its release ${plan.release.html_url}: nothing to create.`);
        return { plan, created: false, releaseUrl: plan.release.html_url, repaired: false, dryRun: false };
    }
    const generated = request.releaseNotes
        ? await generateReleaseNotes(github, repo, { tag: plan.tag, target: plan.sha, previousTag: plan.previousTag })
        : { name: plan.tag, body: renderChangelog(plan.commits, plan.previousTag) };
    const notes = { ...generated, body: neutralizeMarks(generated.body) };
    if (!plan.existing) {
        const tagObject = await createTagObject(github, repo, {
            name: plan.tag,
            message: `${plan.tag}\n\nReleased by shipgate: ${plan.reason}.\n`,
            sha: plan.sha,
        });
        const tagged = await createTagRef(github, repo, plan.tag, tagObject);
        if (!tagged) {
            const ref = await getTagRef(github, repo, plan.tag);
            const commit = ref ? await peelTag(github, repo, ref) : undefined;
            if (commit !== plan.sha) {
                throw new errors/* UserError */.yo(`Tag ${plan.tag} was just created on commit ${sha_shortSha(commit ?? '?')} by someone else, not on ${sha_shortSha(plan.sha)}; run the release again.`);
            }
            log.info(`${plan.tag} was created on ${sha_shortSha(plan.sha)} by a concurrent run; publishing its release if missing.`);
        }
        else {
            log.info(`Created the annotated tag ${plan.tag} on ${sha_shortSha(plan.sha)}.`);
        }
    }
    const published = await createRelease(github, repo, {
        tag: plan.tag,
        target: plan.sha,
        name: plan.tag,
        body: notes.body,
        prerelease: plan.prerelease,
        makeLatest: plan.makeLatest,
    });
    if (!published) {
        const existing = await releases_getReleaseByTag(github, repo, plan.tag);
        if (!existing)
            throw new Error(`GitHub reported a release for ${plan.tag} that cannot be read back.`);
        log.info(`${plan.tag} was published by a concurrent run meanwhile: ${existing.html_url}; nothing more to create.`);
        return { plan, created: false, concurrent: true, releaseUrl: existing.html_url, repaired: false, dryRun: false };
    }
    const release = published;
    const repaired = plan.existing;
    log.info(repaired
        ? `${plan.tag} had no GitHub Release (an interrupted run?): published ${release.html_url}.`
        : `Published ${release.html_url} (make_latest ${plan.makeLatest}${plan.prerelease ? ', pre-release' : ''}).`);
    return { plan, created: !repaired, releaseUrl: release.html_url, repaired, dryRun: false };
}
async function runRelease(github, request, log) {
    const plan = await planRelease(github, request, log);
    if (request.dryRun) {
        return { plan, created: false, releaseUrl: plan.release?.html_url ?? '', repaired: false, dryRun: true };
    }
    return publishRelease(github, request, plan, log);
}

// EXTERNAL MODULE: ./dist.tmp-js/actions/release/inputs.js
var release_inputs = __webpack_require__(9102);
;// CONCATENATED MODULE: ./dist.tmp-js/actions/release/main.js










async function run(source = lib_inputs/* envInputSource */.l, early) {
    const inputs = (0,release_inputs/* readInputs */.K)(new lib_inputs/* InputReader */.i(source));
    const context = (0,github_context/* readRunContext */.$)();
    const repo = { owner: context.owner, repo: context.repo };
    const github = (0,client/* createGitHub */.Cl)({ token: inputs['github-token'], log: log.log.warning, early });
    const ref = inputs.ref ?? context.sha;
    if (!ref)
        throw new errors/* UserError */.yo('Input "ref" is empty and GITHUB_SHA is not set; give the commit, branch or tag to release.');
    const sha = /^[0-9a-f]{40}$/.test(ref) ? ref : await resolveCommit(github, repo, ref);
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
    }, log.log);
    const summary = renderReleaseSummary(outcome);
    if (outcome.dryRun)
        log.log.info(summary);
    core.setOutput('tag', outcome.plan.tag);
    core.setOutput('version', outcome.plan.version);
    core.setOutput('previous-tag', outcome.plan.previousTag ?? '');
    core.setOutput('release-url', outcome.releaseUrl);
    core.setOutput('created', String(outcome.created));
    await core.summary.addRaw(summary).write();
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
