export const id = 277;
export const ids = [277];
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
        environment: reader.string('environment', 'production'),
        to: reader.optional('to'),
        reason: reader.optional('reason'),
        'migration-paths': reader.list('migration-paths', DEFAULT_MIGRATION_PATHS),
        force: reader.boolean('force', false),
        ...(0,_deploy_inputs_js__WEBPACK_IMPORTED_MODULE_0__.readVerifyInputs)(reader),
    };
}


/***/ }),

/***/ 5277:
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
// EXTERNAL MODULE: ./src/github/context.ts
var github_context = __webpack_require__(9556);
// EXTERNAL MODULE: ./src/github/releases.ts
var github_releases = __webpack_require__(3425);
// EXTERNAL MODULE: ./src/deploy/deploy.ts + 3 modules
var deploy = __webpack_require__(8045);
// EXTERNAL MODULE: ./src/deploy/ledger.ts
var deploy_ledger = __webpack_require__(5874);
// EXTERNAL MODULE: ./src/deploy/preflight.ts
var preflight = __webpack_require__(9536);
// EXTERNAL MODULE: ./src/release/history.ts
var release_history = __webpack_require__(5205);
// EXTERNAL MODULE: ./src/release/tags.ts
var release_tags = __webpack_require__(2788);
;// CONCATENATED MODULE: ./src/release/rolled-back.ts


const NAME_PREFIX = '[rolled back] ';
const MARK = /<!-- shipgate:rolled-back (\{.*?\}) -->/g;
/** The machine-readable comment; `-->` can never end it early because `>` is escaped inside the JSON. */
const formatMark = (mark) => `<!-- shipgate:rolled-back ${JSON.stringify(mark).replace(/>/g, '\\u003e')} -->`;
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
    const why = mark.reason ? `: ${mark.reason.replace(/\r?\n/g, ' ')}` : '';
    const banner = [
        '> [!CAUTION]',
        `> **Rolled back** in \`${mark.environment}\` to \`${mark.to}\` on ${when} by @${mark.by || 'unknown'}${why}`,
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

;// CONCATENATED MODULE: ./src/rollback/globs.ts
/**
 * Path globs as in .gitignore-style tools: `*` and `?` stay within a path segment, `**` spans
 * segments (`**\/` may match none), a trailing `/` means everything below, a pattern without a
 * slash matches a file name at any depth (`*.sql`), and a leading `/` anchors at the root.
 */
function globToRegExp(glob) {
    let pattern = glob.trim();
    if (pattern.endsWith('/'))
        pattern += '**';
    const anchored = pattern.startsWith('/');
    if (anchored)
        pattern = pattern.slice(1);
    let source = '';
    for (let i = 0; i < pattern.length; i++) {
        const char = pattern[i];
        if (char === '*' && pattern[i + 1] === '*') {
            const slashAfter = pattern[i + 2] === '/';
            const atSegmentStart = i === 0 || pattern[i - 1] === '/';
            if (atSegmentStart && slashAfter) {
                source += '(?:.*/)?';
                i += 2;
            }
            else if (atSegmentStart && i + 2 === pattern.length) {
                source = source.endsWith('/') ? `${source.slice(0, -1)}(?:/.*)?` : '.*';
                i += 1;
            }
            else {
                source += '.*';
                i += 1;
            }
        }
        else if (char === '*') {
            source += '[^/]*';
        }
        else if (char === '?') {
            source += '[^/]';
        }
        else {
            source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
        }
    }
    const prefix = !anchored && !pattern.includes('/') ? '(?:.*/)?' : '';
    return new RegExp(`^${prefix}${source}$`);
}
function globSet(patterns) {
    const compiled = patterns.filter((pattern) => pattern.trim()).map((pattern) => ({ pattern, regex: globToRegExp(pattern) }));
    return { match: (path) => compiled.find((entry) => entry.regex.test(path))?.pattern };
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

;// CONCATENATED MODULE: ./src/rollback/rollback.ts










const labelOf = (ref, sha, tag) => (0,preflight/* describeRef */.Ro)(ref, sha, tag);
/**
 * Read everything and decide; every refusal happens here, before anything is created. `ledger`
 * (the environment's deployments) is read once: what is live, which candidates were rolled back,
 * and then the deploy's pre-flight checks all answer from it.
 */
async function planRollback(github, request, deps, ledger = new deploy_ledger/* DeploymentLedger */.td(github, request.repo, request.environment)) {
    const { repo, environment } = request;
    const { logger } = deps;
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
    const skipped = [];
    let target;
    let range;
    if (request.to) {
        target = chooseExplicitTarget(request.to, prefix, tags, liveRelease);
        range = await (0,release_history/* compareRange */.NM)(github, repo, target.name, live.sha);
        if (range.status === 'identical') {
            throw new errors/* UserError */.yo(`Input "to" names ${target.name}, which is the commit live already (${live.label}); give an older release to roll back to.`);
        }
        const marks = parseMarks((await releaseOf(target.name))?.body);
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
            const marks = parseMarks((await releaseOf(candidate.name))?.body);
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
    const safety = checkSafety({
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
/** The rollback action's whole job: plan, check, deploy the target as deploy does, mark what was rolled back. */
async function runRollback(github, request, deps) {
    const { logger } = deps;
    const now = deps.now ?? Date.now;
    const ledger = new deploy_ledger/* DeploymentLedger */.td(github, request.repo, request.environment);
    const plan = await planRollback(github, request, deps, ledger);
    const what = `the rollback of ${plan.environment} from ${plan.live.label} to ${plan.target.label}`;
    const warnings = [];
    if (plan.safety.stop) {
        return { status: 'stopped', plan, message: describeStop(plan.safety, what), warnings };
    }
    if (plan.safety.force && (plan.safety.risky.length > 0 || plan.safety.incomplete)) {
        warnings.push(`The range ${plan.safety.range} changes migration or workflow files; rolling back anyway because force is true.`);
    }
    for (const warning of warnings)
        logger.warning(warning);
    const rolledBack = {
        id: plan.live.deploymentId,
        ref: plan.live.ref,
        sha: plan.live.sha,
        version: plan.live.release?.name ?? '',
    };
    const deployment = await (0,deploy/* runDeployment */.pw)({
        environment: plan.environment,
        ref: plan.target.tag.name,
        // The commit the comparison found (what the safety check looked at): no second lookup.
        sha: plan.target.sha,
        version: plan.target.tag.name,
        command: request.command,
        url: request.url,
        autoRollback: false,
        commandTimeoutMs: request.commandTimeoutMs,
        force: false,
        dryRun: request.dryRun,
        verify: request.verify,
        mode: 'rollback',
        reason: plan.reason,
        rolledBack,
        ledger,
    }, deps);
    if (request.dryRun) {
        return {
            status: 'dry-run',
            plan,
            deployment,
            message: `Dry run: ${plan.environment} would be rolled back from ${plan.live.label} to ${plan.target.label}; nothing was changed.`,
            warnings,
        };
    }
    if (deployment.status !== 'success') {
        return { status: 'failure', plan, deployment, message: deployment.message, warnings };
    }
    const restoreMs = now() - request.startedAt;
    const marked = await markRolledBack(github, request, plan, { deploymentId: deployment.deploymentId, restoreMs, at: new Date(now()).toISOString() }, logger, warnings);
    return {
        status: 'success',
        plan,
        deployment,
        restoreMs,
        marked,
        message: `Rolled back ${plan.environment} from ${plan.live.label} to ${plan.target.label} (deployment ${deployment.deploymentId}).`,
        warnings,
    };
}
/**
 * Mark the release that was rolled back on its GitHub Release (creating a release for a tag that
 * had none), and hand the "Latest" badge back to the target when the rolled-back one held it.
 * A failure here does not undo a rollback that worked: it is reported as a warning.
 */
async function markRolledBack(github, request, plan, result, logger, warnings) {
    const tag = plan.live.release?.name;
    if (!tag) {
        const note = `${plan.live.label} has no release tag, so no GitHub Release was marked; its rollback deployment records it.`;
        logger.info(note);
        return { note };
    }
    const mark = {
        at: result.at,
        by: plan.actor,
        environment: plan.environment,
        to: plan.target.tag.name,
        reason: plan.reason,
        sha: plan.live.sha,
        ...(result.deploymentId !== undefined ? { deployment: result.deploymentId } : {}),
        restore_ms: result.restoreMs,
    };
    try {
        const { repo } = request;
        const current = plan.liveRelease;
        const marked = markedRelease(current ?? { name: tag, tag_name: tag, body: null }, mark);
        const release = current
            ? await (0,github_releases/* updateRelease */.BG)(github, repo, current.id, marked, `mark the release ${tag} as rolled back`)
            : await (0,github_releases/* createRelease */.YG)(github, repo, { tag, target: plan.live.sha, name: marked.name, body: marked.body, prerelease: false, makeLatest: 'false' });
        // Only a published full release can hold the badge or take it (drafts and pre-releases cannot);
        // the REST release objects do not say which one holds it, so that one question is asked.
        if (current && !current.prerelease && !current.draft && plan.targetRelease && !plan.targetRelease.prerelease && !plan.targetRelease.draft) {
            const latest = await (0,github_releases/* getLatestRelease */.Z0)(github, repo);
            if (latest?.id === current.id) {
                await (0,github_releases/* updateRelease */.BG)(github, repo, plan.targetRelease.id, { makeLatest: 'true' }, `make ${plan.target.tag.name} the latest release again`);
                logger.info(`${plan.target.tag.name} is the latest release again.`);
            }
        }
        const url = release?.html_url ?? '';
        logger.info(`Marked ${tag} as rolled back${url ? `: ${url}` : ''}.`);
        return { tag, url };
    }
    catch (error) {
        const warning = `${plan.environment} was rolled back, but the release ${tag} could not be marked as rolled back: ${error.message}`;
        warnings.push(warning);
        logger.warning(warning);
        return { note: warning };
    }
}

// EXTERNAL MODULE: ./src/deploy/report.ts
var report = __webpack_require__(5505);
// EXTERNAL MODULE: ./src/deploy/runtime.ts
var runtime = __webpack_require__(971);
// EXTERNAL MODULE: ./src/release/render.ts
var render = __webpack_require__(5365);
;// CONCATENATED MODULE: ./src/rollback/render.ts



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
    const lines = [`## ${HEADLINE[outcome.status]}: ${plan.environment} from ${plan.live.release?.name ?? plan.live.label} to ${plan.target.tag.name}`, '', (0,render/* escapeMarkdown */.FV)(outcome.message), ''];
    lines.push('| | |', '| --- | --- |');
    lines.push(`| Who | @${(0,render/* escapeMarkdown */.FV)(plan.actor || 'unknown')} |`);
    lines.push(`| When | ${plan.at} |`);
    lines.push(`| From | ${(0,render/* escapeMarkdown */.FV)(plan.live.label)}, deployment ${plan.live.deploymentId}, live since ${plan.live.since} |`);
    lines.push(`| To | ${(0,render/* escapeMarkdown */.FV)(plan.target.label)} |`);
    lines.push(`| Why | ${plan.reason ? (0,render/* escapeMarkdown */.FV)(plan.reason) : '_no reason given_'} |`);
    if (deployment?.deploymentId !== undefined)
        lines.push(`| Deployment | [${deployment.deploymentId}](${deployment.deploymentsUrl}) — ${deployment.status} |`);
    if (outcome.restoreMs !== undefined)
        lines.push(`| Time to restore | ${(0,runtime/* formatDuration */.a3)(outcome.restoreMs)} (start of the rollback to a verified healthy environment) |`);
    if (outcome.status === 'dry-run') {
        lines.push(`| Would mark | ${plan.live.release ? `${plan.live.release.name} as rolled back (name prefixed "[rolled back]", banner and marker on its GitHub Release)` : 'nothing (the live commit has no release tag)'} |`);
    }
    else if (outcome.marked) {
        lines.push(`| Marked rolled back | ${'url' in outcome.marked ? `[${outcome.marked.tag}](${outcome.marked.url})` : (0,render/* escapeMarkdown */.FV)(outcome.marked.note)} |`);
    }
    if (plan.skipped.length > 0)
        lines.push(`| Skipped | ${plan.skipped.map((each) => `${each.tag} (${(0,render/* escapeMarkdown */.FV)(each.why)})`).join('; ')} |`);
    lines.push('');
    for (const warning of outcome.warnings)
        lines.push(`> ⚠️ ${(0,render/* escapeMarkdown */.FV)(warning)}`, '');
    lines.push(...renderSafety(plan.safety));
    if (deployment?.plan?.length) {
        lines.push('### Deployment plan', '', ...deployment.plan.map((step) => `- ${(0,render/* escapeMarkdown */.FV)(step)}`), '');
    }
    else if (deployment && deployment.status !== 'dry-run') {
        lines.push((0,report/* renderSummary */.B)(deployment));
    }
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/actions/deploy/main.ts
var main = __webpack_require__(2282);
// EXTERNAL MODULE: ./src/actions/rollback/inputs.ts
var rollback_inputs = __webpack_require__(3843);
;// CONCATENATED MODULE: ./src/actions/rollback/main.ts









async function run(source = lib_inputs/* envInputSource */.l) {
    // Time to restore counts from the start of this step (the process), not from the first request.
    const startedAt = Math.round(performance.timeOrigin);
    const inputs = (0,rollback_inputs.readInputs)(new lib_inputs/* InputReader */.i(source));
    const context = (0,github_context/* readRunContext */.$)();
    const repo = { owner: context.owner, repo: context.repo };
    const github = (0,client/* createGitHub */.Cl)({ token: inputs['github-token'], log: core/* warning */.$e });
    const outcome = await (0,main.withCancellation)((signal) => runRollback(github, {
        repo,
        environment: inputs.environment,
        to: inputs.to,
        reason: inputs.reason,
        migrationPaths: inputs['migration-paths'],
        force: inputs.force,
        dryRun: inputs['dry-run'],
        command: inputs.command,
        url: inputs.url,
        commandTimeoutMs: inputs.timeout === undefined ? undefined : inputs.timeout * 60_000,
        verify: (0,main.verifySettings)(inputs),
        startedAt,
    }, {
        github,
        repo,
        run: { url: context.runUrl, actor: context.triggeringActor || context.actor, serverUrl: context.serverUrl },
        logger: main.coreLogger,
        signal,
    }));
    const summary = renderRollbackSummary(outcome);
    if (outcome.status === 'dry-run')
        core/* info */.pq(summary);
    core/* setOutput */.uH('from', outcome.plan.live.release?.name ?? outcome.plan.live.ref);
    core/* setOutput */.uH('to', outcome.plan.target.tag.name);
    // As deploy: a dry run sets no deployment-id or status; a stopped rollback is a failure.
    if (outcome.status !== 'dry-run') {
        core/* setOutput */.uH('deployment-id', String(outcome.deployment?.deploymentId ?? ''));
        core/* setOutput */.uH('status', outcome.status === 'success' ? 'success' : 'failure');
    }
    await core/* summary */.z.addRaw(summary).write();
    if (outcome.status === 'stopped' || outcome.status === 'failure')
        throw new errors/* UserError */.yo(outcome.message);
    core/* info */.pq(outcome.message);
}


/***/ })

};
