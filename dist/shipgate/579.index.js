export const id = 579;
export const ids = [579,968];
export const modules = {

/***/ 2968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BUMPS: () => (/* binding */ BUMPS),
/* harmony export */   readInputs: () => (/* binding */ readInputs)
/* harmony export */ });
/* harmony import */ var _lib_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1967);
/* harmony import */ var _release_semver_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2161);


const BUMPS = ['auto', 'major', 'minor', 'patch'];
function readInputs(reader) {
    const inputs = {
        ref: reader.optional('ref'),
        version: reader.optional('version'),
        bump: reader.enum('bump', BUMPS, 'auto'),
        'tag-prefix': reader.string('tag-prefix', 'v'),
        'release-notes': reader.boolean('release-notes', true),
        prerelease: reader.boolean('prerelease', false),
        'dry-run': reader.boolean('dry-run', false),
        'github-token': reader.githubToken('release needs it to read the tags and to create the tag and its GitHub Release'),
    };
    const prefixProblem = (0,_lib_names_js__WEBPACK_IMPORTED_MODULE_0__/* .tagPrefixProblem */ .qp)(inputs['tag-prefix']);
    if (prefixProblem)
        reader.fail(`Input "tag-prefix" cannot be used: ${prefixProblem} (${JSON.stringify(inputs['tag-prefix'])}).`);
    if (inputs.version !== undefined) {
        const bare = inputs.version.startsWith(inputs['tag-prefix']) ? inputs.version.slice(inputs['tag-prefix'].length) : inputs.version;
        // Parsed by the same rules the release uses, so a version accepted here is never dropped later.
        const problem = (0,_release_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .versionProblem */ .Ec)(bare);
        if (problem === _release_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .NOT_SEMVER */ .hd)
            reader.fail(`Input "version" must be a semantic version like 1.4.0 or 2.0.0-rc.1, but was ${JSON.stringify(inputs.version)}.`);
        else if (problem)
            reader.fail(`Input "version" cannot be used: ${problem} (${JSON.stringify(inputs.version)}).`);
        inputs.version = bare;
    }
    return inputs;
}


/***/ }),

/***/ 6579:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 10 modules
var core = __webpack_require__(9469);
// EXTERNAL MODULE: ./src/lib/log.ts
var log = __webpack_require__(1025);
// EXTERNAL MODULE: ./src/lib/inputs.ts + 1 modules
var lib_inputs = __webpack_require__(688);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
// EXTERNAL MODULE: ./src/github/commits.ts
var commits = __webpack_require__(149);
// EXTERNAL MODULE: ./src/github/context.ts
var github_context = __webpack_require__(9556);
// EXTERNAL MODULE: ./src/lib/sha.ts
var lib_sha = __webpack_require__(3673);
// EXTERNAL MODULE: ./src/github/releases.ts
var releases = __webpack_require__(3425);
// EXTERNAL MODULE: ./src/github/tags.ts
var tags = __webpack_require__(8882);
;// CONCATENATED MODULE: ./src/release/conventional.ts
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

// EXTERNAL MODULE: ./src/release/history.ts
var release_history = __webpack_require__(5205);
// EXTERNAL MODULE: ./src/lib/markdown.ts
var markdown = __webpack_require__(3862);
;// CONCATENATED MODULE: ./src/release/render.ts



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
        const parsed = parseConventionalCommit(commit.message);
        const section = SECTIONS.find((each) => each.test(parsed?.type ?? '', parsed?.breaking ?? false));
        const scope = parsed?.scope ? `**${(0,markdown/* markdownText */.p)(parsed.scope)}:** ` : '';
        const line = `- ${scope}${(0,markdown/* markdownText */.p)(parsed?.subject ?? subjectOf(commit.message))} (${(0,lib_sha/* shortSha */.F)(commit.sha)})`;
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
            lines.push(`- ${(0,lib_sha/* shortSha */.F)(plan.sha)} already carries ${plan.tag}${plan.release ? `, released at ${plan.release.html_url}` : '; its missing GitHub Release would be published'}.`);
        }
        else {
            lines.push(`- Create the annotated tag ${(0,markdown/* codeSpan */.S)(plan.tag)} on ${(0,lib_sha/* shortSha */.F)(plan.sha)} (POST /git/tags, POST /git/refs).`);
            lines.push(`- Publish the GitHub Release ${plan.tag} with ${plan.previousTag ? `notes since ${plan.previousTag}` : 'notes of the first release'}, make_latest ${plan.makeLatest}${plan.prerelease ? ', pre-release' : ''}.`);
        }
    }
    else if (outcome.concurrent) {
        lines.push(`## Release ${plan.tag}: published by a concurrent run`, '', `Another run released ${(0,lib_sha/* shortSha */.F)(plan.sha)} as ${plan.tag} at the same time; GitHub keeps one release per tag, so this run created nothing more.`);
    }
    else if (!outcome.created && !outcome.repaired) {
        lines.push(`## Release ${plan.tag}: already released`, '', `${(0,lib_sha/* shortSha */.F)(plan.sha)} already carries ${plan.tag}; nothing was created.`);
    }
    else {
        lines.push(`## Released ${plan.tag}`);
    }
    lines.push('', '| | |', '|---|---|');
    lines.push(`| Tag | ${(0,markdown/* codeSpan */.S)(plan.tag)} on ${(0,lib_sha/* shortSha */.F)(plan.sha)} |`);
    lines.push(`| Version | ${plan.version} |`);
    lines.push(`| Previous release | ${plan.previousTag ? (0,markdown/* codeSpan */.S)(plan.previousTag) : 'none (first release)'} |`);
    lines.push(`| Why this version | ${(0,markdown/* markdownText */.p)(plan.reason)} |`);
    if (outcome.releaseUrl)
        lines.push(`| GitHub Release | ${outcome.releaseUrl} |`);
    if (!plan.existing || outcome.repaired)
        lines.push(`| Latest | ${plan.makeLatest === 'true' ? 'yes' : 'no'}${plan.prerelease ? ' (pre-release)' : plan.makeLatest === 'false' && plan.latestTag ? ` (${(0,markdown/* markdownText */.p)(plan.latestTag)} stays latest)` : ''} |`);
    lines.push(`| Created | ${outcome.created ? 'yes' : outcome.repaired ? 'the missing GitHub Release' : 'no'} |`);
    if (plan.commits.length > 0) {
        lines.push('', `<details><summary>${plan.commits.length} commit${plan.commits.length === 1 ? '' : 's'} since ${plan.previousTag ?? 'the start'}${plan.truncated ? ' (history truncated)' : ''}</summary>`, '');
        for (const commit of plan.commits.slice(-MAX_LISTED).reverse()) {
            const bump = bumpOf(parseConventionalCommit(commit.message));
            lines.push(`- ${(0,lib_sha/* shortSha */.F)(commit.sha)} ${(0,markdown/* markdownText */.p)(subjectOf(commit.message))}${bump ? ` — ${bump}` : ''}`);
        }
        if (plan.commits.length > MAX_LISTED)
            lines.push(`- … and ${plan.commits.length - MAX_LISTED} older`);
        lines.push('', '</details>');
    }
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/release/rolled-back.ts
var rolled_back = __webpack_require__(1127);
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
        const { bump, reason } = decideBump(input.messages, previous.version.major);
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
    // An explicit version that cannot be used is an error, never a fallback to the computed one.
    if (request.version !== undefined && !explicit) {
        throw new errors/* UserError */.yo(`Input "version" cannot be used: ${(0,semver/* versionProblem */.Ec)(request.version) ?? semver/* NOT_SEMVER */.hd} (${JSON.stringify(request.version)}).`);
    }
    const prerelease = request.prerelease || (explicit !== undefined && (0,semver/* isPrerelease */.V1)(explicit));
    const all = await (0,release_tags/* listReleaseTags */.LA)(github, repo, prefix);
    // A stable release looks past release candidates: an rc on this commit is promoted, not "already released".
    const candidates = prerelease ? all.tags : all.tags.filter(release_tags/* stableOnly */.uA);
    const location = await (0,release_tags/* locateRelease */.Ev)(github, repo, sha, candidates, { wantPrevious: true, log: log.info });
    const previous = location.previous?.tag;
    log.info(`Previous release reachable from ${(0,lib_sha/* shortSha */.F)(sha)}: ${previous?.name ?? 'none'} (${location.requests} comparison request${location.requests === 1 ? '' : 's'}, by ${location.method}).`);
    if (location.onCommit) {
        if (explicit && (0,semver/* formatVersion */.qh)(explicit) !== (0,semver/* formatVersion */.qh)(location.onCommit.version)) {
            log.warning(`${(0,lib_sha/* shortSha */.F)(sha)} is already released as ${location.onCommit.name}; the version input ${request.version} is not applied.`);
        }
        return existingPlan(github, request, location.onCommit, previous, prerelease, location.previous?.range?.commits ?? []);
    }
    let commits = [];
    let truncated = false;
    const range = location.previous?.range;
    if (range) {
        // A breaking change is the highest bump there is: stop reading history once one is seen.
        const pages = await (0,release_history/* compareCommitPages */.j)(github, repo, range, {
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
        const commit = await (0,tags/* peelTag */.xq)(github, repo, taken.ref);
        if (commit !== sha) {
            throw new errors/* UserError */.yo(`Tag ${tag} already exists on commit ${(0,lib_sha/* shortSha */.F)(commit ?? taken.ref.sha)}, not on ${(0,lib_sha/* shortSha */.F)(sha)} (${request.ref}); give another version, or release the commit it tags.`);
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
        reason: `${(0,lib_sha/* shortSha */.F)(request.sha)} already carries ${tag.name}`,
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
        log.info(`${(0,lib_sha/* shortSha */.F)(plan.sha)} already carries ${plan.tag} with its release ${plan.release.html_url}: nothing to create.`);
        return { plan, created: false, releaseUrl: plan.release.html_url, repaired: false, dryRun: false };
    }
    const generated = request.releaseNotes
        ? await (0,releases/* generateReleaseNotes */.yK)(github, repo, { tag: plan.tag, target: plan.sha, previousTag: plan.previousTag })
        : { name: plan.tag, body: renderChangelog(plan.commits, plan.previousTag) };
    const notes = { ...generated, body: (0,rolled_back/* neutralizeMarks */.OC)(generated.body) };
    if (!plan.existing) {
        const tagObject = await (0,tags/* createTagObject */.CM)(github, repo, {
            name: plan.tag,
            message: `${plan.tag}\n\nReleased by shipgate: ${plan.reason}.\n`,
            sha: plan.sha,
        });
        const tagged = await (0,tags/* createTagRef */.ET)(github, repo, plan.tag, tagObject);
        if (!tagged) {
            // Another run created the tag between our read and our write: fine if it tags this commit.
            const ref = await (0,tags/* getTagRef */.k2)(github, repo, plan.tag);
            const commit = ref ? await (0,tags/* peelTag */.xq)(github, repo, ref) : undefined;
            if (commit !== plan.sha) {
                throw new errors/* UserError */.yo(`Tag ${plan.tag} was just created on commit ${(0,lib_sha/* shortSha */.F)(commit ?? '?')} by someone else, not on ${(0,lib_sha/* shortSha */.F)(plan.sha)}; run the release again.`);
            }
            log.info(`${plan.tag} was created on ${(0,lib_sha/* shortSha */.F)(plan.sha)} by a concurrent run; publishing its release if missing.`);
        }
        else {
            log.info(`Created the annotated tag ${plan.tag} on ${(0,lib_sha/* shortSha */.F)(plan.sha)}.`);
        }
    }
    const published = await (0,releases/* createRelease */.YG)(github, repo, {
        tag: plan.tag,
        target: plan.sha,
        name: plan.tag,
        body: notes.body,
        prerelease: plan.prerelease,
        makeLatest: plan.makeLatest,
    });
    if (!published) {
        // GitHub keeps one release per tag and refused ours (already_exists): another run of this
        // commit published it first. Its release is this run's answer too; nothing is duplicated.
        const existing = await (0,releases/* getReleaseByTag */.h5)(github, repo, plan.tag);
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
    const github = (0,client/* createGitHub */.Cl)({ token: inputs['github-token'], log: log/* log */.R.warning });
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
    }, log/* log */.R);
    const summary = renderReleaseSummary(outcome);
    if (outcome.dryRun)
        log/* log */.R.info(summary);
    core/* setOutput */.uH('tag', outcome.plan.tag);
    core/* setOutput */.uH('version', outcome.plan.version);
    core/* setOutput */.uH('previous-tag', outcome.plan.previousTag ?? '');
    core/* setOutput */.uH('release-url', outcome.releaseUrl);
    core/* setOutput */.uH('created', String(outcome.created));
    await core/* summary */.z.addRaw(summary).write();
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
