export const id = 763;
export const ids = [763,415];
export const modules = {

/***/ 2415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readInputs: () => (/* binding */ readInputs)
/* harmony export */ });
function readInputs(reader) {
    const inputs = {
        environment: reader.environment('environment', 'production'),
        'staging-environment': reader.environment('staging-environment', 'staging'),
        'window-days': reader.number('window-days', 30, { min: 1, max: 366, integer: true }),
        'prometheus-url': reader.optional('prometheus-url'),
        'uptime-query': reader.optional('uptime-query'),
        'error-rate-query': reader.optional('error-rate-query'),
        'p95-latency-query': reader.optional('p95-latency-query'),
        'min-uptime': reader.percent('min-uptime', 99),
        'max-error-rate': reader.percent('max-error-rate', 1),
        'max-p95-latency': reader.number('max-p95-latency', 500, { min: 0 }),
        'min-coverage': reader.percent('min-coverage', 70),
        'coverage-check-name': reader.string('coverage-check-name', 'coverage'),
        'max-restore-time': reader.duration('max-restore-time', 240),
        'max-lead-time': reader.duration('max-lead-time', 7 * 24 * 60),
        'min-deploys-per-week': reader.number('min-deploys-per-week', 1, { min: 0 }),
        'max-change-failure-rate': reader.percent('max-change-failure-rate', 15),
        'check-name': reader.string('check-name', 'launch readiness'),
        'github-token': reader.githubToken('readiness needs it to read the deployments, releases and check runs it judges'),
    };
    const url = inputs['prometheus-url'];
    if (url && !/^https?:\/\/[^\s/]+/.test(url))
        reader.fail(`Input "prometheus-url" must be an http(s) URL, but was ${JSON.stringify(url)}.`);
    return inputs;
}


/***/ }),

/***/ 9763:
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
// EXTERNAL MODULE: ./src/github/context.ts
var github_context = __webpack_require__(9556);
// EXTERNAL MODULE: ./src/github/checks.ts
var checks = __webpack_require__(6250);
;// CONCATENATED MODULE: ./src/readiness/history.ts
/**
 * The delivery history the launch report judges, in plain data: what src/readiness/read.ts
 * gathers from GitHub (bounded) and what the tests build by hand. Times are epoch milliseconds.
 */
const history_DAY_MS = 24 * 60 * 60 * 1000;
const WEEK_MS = 7 * history_DAY_MS;

// EXTERNAL MODULE: ./src/readiness/format.ts
var format = __webpack_require__(1453);
;// CONCATENATED MODULE: ./src/readiness/delivery.ts


const inWindow = (time, window) => time >= window.start && time <= window.end;
/** Forward deploys created in the window that reached a final status, oldest first. */
function finishedDeploys(history) {
    return history.deploys
        .filter((deploy) => deploy.mode === 'deploy' && deploy.outcome !== undefined && inWindow(deploy.createdAt, history.window))
        .sort((a, b) => a.createdAt - b.createdAt || a.id - b.id);
}
/** Is this forward deploy a failed change (failed its checks, or rolled back later)? */
function isFailedChange(deploy, all) {
    if (deploy.outcome === 'failure' || deploy.outcome === 'error')
        return true;
    return all.some((other) => other.mode === 'rollback' &&
        other.createdAt >= deploy.createdAt &&
        (other.rolledBack?.id !== undefined ? other.rolledBack.id === deploy.id : other.rolledBack?.sha === deploy.sha));
}
/** The restore of each failed change: the first later successful deployment of another commit. */
function restoresOf(failures, all, end) {
    return failures.map((failed) => {
        const restoredBy = all
            .filter((other) => other.id !== failed.id && other.sha !== failed.sha && other.outcome === 'success' && other.finishedAt !== undefined)
            .filter((other) => other.createdAt > failed.createdAt || (other.createdAt === failed.createdAt && other.id > failed.id))
            .sort((a, b) => a.finishedAt - b.finishedAt)[0];
        return { failed, restoredBy, durationMs: (restoredBy ? restoredBy.finishedAt : end) - failed.createdAt };
    });
}
/** Ancestors of `sha` (itself included) among the listed commits. */
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
/** Lead time of each commit first deployed (successfully) by a deploy of the window. */
function leadTimes(history) {
    const bySha = new Map(history.commits.map((commit) => [commit.sha, commit]));
    const live = history.deploys
        .filter((deploy) => deploy.outcome === 'success' && deploy.finishedAt !== undefined)
        .sort((a, b) => a.finishedAt - b.finishedAt);
    const shipped = new Set();
    const times = [];
    for (const deploy of live) {
        const fresh = inWindow(deploy.finishedAt, history.window) && deploy.mode === 'deploy';
        // What was live before this deploy was shipped already, even when that deploy was not read.
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
/** Deploys, failed changes and restores per week, the last week ending at the window's end. */
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
const plural = (count, one, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
/** The four rows. Each says how it was computed and over which window; no data never passes. */
function deliveryRows(history, targets, environment) {
    const span = `${(0,format/* windowText */.Kn)(history.window)}${history.narrowed ? ` (${history.narrowed})` : ''}`;
    const deploys = finishedDeploys(history);
    const live = deploys.filter((deploy) => deploy.outcome === 'success');
    const weeks = (history.window.end - history.window.start) / WEEK_MS;
    const failures = deploys.filter((deploy) => isFailedChange(deploy, history.deploys));
    const rows = [];
    const perWeek = weeks > 0 ? live.length / weeks : 0;
    rows.push({
        metric: 'Deployment frequency',
        verdict: deploys.length === 0 ? 'no data' : perWeek >= targets.minDeploysPerWeek ? 'pass' : 'fail',
        figure: deploys.length === 0 ? 'no data' : `${(0,format/* floorText */._v)(perWeek)} per week`,
        target: `≥ ${targets.minDeploysPerWeek} per week`,
        how: deploys.length === 0
            ? `No forward deployment to ${environment} finished in the ${span}.`
            : `${plural(live.length, 'deploy')} to ${environment} went live in ${(0,format/* floorText */._v)(weeks, 2)} weeks, the ${span}.`,
    });
    rows.push({
        metric: 'Change failure rate',
        verdict: deploys.length === 0 ? 'no data' : failures.length * 100 <= targets.maxChangeFailureRate * deploys.length ? 'pass' : 'fail',
        figure: deploys.length === 0 ? 'no data' : `${(0,format/* ceilText */.n)((failures.length * 100) / deploys.length, 1)} %`,
        target: `≤ ${targets.maxChangeFailureRate} %`,
        how: deploys.length === 0
            ? `No forward deployment to ${environment} finished in the ${span}.`
            : `${failures.length} of ${plural(deploys.length, 'deploy')} to ${environment} in the ${span} failed their checks or were rolled back.`,
    });
    const leads = leadTimes(history);
    const leadMedian = leads.length ? (0,format/* median */.JZ)(leads.map((lead) => lead.ms)) : 0;
    rows.push({
        metric: 'Lead time for changes',
        verdict: leads.length === 0 ? 'no data' : leadMedian <= targets.maxLeadTimeMs ? 'pass' : 'fail',
        figure: leads.length === 0 ? 'no data' : `${(0,format/* durationText */.S5)(leadMedian)} (median)`,
        target: `≤ ${(0,format/* durationText */.S5)(targets.maxLeadTimeMs)}`,
        how: leads.length === 0
            ? `No commit of the ${history.commits.length} newest on the default branch reached ${environment} in the ${span}.`
            : `Commit time to the deploy that first brought it to ${environment} live, for ${plural(leads.length, 'commit')} in the ${span}; longest ${(0,format/* durationText */.S5)(Math.max(...leads.map((lead) => lead.ms)))}.`,
    });
    const restores = restoresOf(failures, history.deploys, history.window.end);
    const worst = restores.reduce((longest, restore) => (!longest || restore.durationMs > longest.durationMs ? restore : longest), undefined);
    const open = restores.filter((restore) => !restore.restoredBy).length;
    rows.push({
        metric: 'Time to restore',
        verdict: !worst ? 'no data' : worst.durationMs <= targets.maxRestoreMs && open === 0 ? 'pass' : 'fail',
        figure: !worst ? 'no data' : `${(0,format/* durationText */.S5)(worst.durationMs)} (longest)`,
        target: `≤ ${(0,format/* durationText */.S5)(targets.maxRestoreMs)}`,
        how: !worst
            ? `No failed change in ${environment} in the ${span}, so no restore to time.`
            : `From the failed deploy's start to the next deploy of another commit live, for ${plural(restores.length, 'failed change')} in the ${span}; median ${(0,format/* durationText */.S5)((0,format/* median */.JZ)(restores.map((restore) => restore.durationMs)))}${open ? `; ${open} not restored yet` : ''}.`,
    });
    return rows;
}
/** Week labels for the chart ("Nov 6"): the first day of each week. */
const weekLabel = (week) => (0,format/* dayText */.Ew)(week.start);
/** Whole days in a window, for inputs given in days. */
const daysToMs = (days) => days * DAY_MS;

// EXTERNAL MODULE: ./src/github/deployments.ts
var deployments = __webpack_require__(6887);
// EXTERNAL MODULE: ./src/github/snapshots.ts
var snapshots = __webpack_require__(3950);
// EXTERNAL MODULE: ./src/coverage/gate/snapshot.ts
var gate_snapshot = __webpack_require__(4542);
// EXTERNAL MODULE: ./src/lib/sha.ts
var lib_sha = __webpack_require__(3673);
;// CONCATENATED MODULE: ./src/readiness/read.ts





/**
 * Everything the launch report reads from GitHub, within a fixed budget of requests whatever the
 * length of the history: the report is a scheduled job, and a repository with years of
 * deployments must cost what a new one costs. When the budget ends before the window does, the
 * delivery metrics cover the part that was read and say so.
 */
const BUDGET = {
    /** GET /repos/{owner}/{repo}: the default branch. */
    repository: 1,
    /** Pages of 100 of the production environment's deployments, newest first. */
    deploymentPages: 2,
    /** Deployments of production whose statuses are read (one request each), newest first. */
    statusReads: 30,
    /** One page of the staging environment's deployments, for its newest rollback. */
    stagingPages: 1,
    /** Staging rollbacks whose statuses are read, newest first, until one has finished. */
    stagingStatusReads: 3,
    /** One page of 100 commits of the default branch (lead times, and the coverage snapshot's commit). */
    commitPages: 1,
    /** The snapshot ref, its tree (a second read of the tree on servers that want the tree sha), one snapshot. */
    coverage: 4,
    /** GET /environments/{name}: the protection rules. */
    environment: 1,
    /** The check run `launch readiness`. */
    checkRun: 1,
};
/** The most requests one report makes. */
const MAX_REQUESTS = Object.values(BUDGET).reduce((sum, each) => sum + each, 0);
const PER_PAGE = 100;
/** The first final status (oldest first): when the deployment went live or failed. */
function outcomeOf(statuses) {
    const final = [...statuses].sort((a, b) => a.id - b.id).find((status) => status.state === 'success' || status.state === 'failure' || status.state === 'error');
    if (!final)
        return {};
    return { outcome: final.state, finishedAt: Date.parse(final.created_at) };
}
/** A deployment as the report sees it (before its statuses are read). */
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
    /** Requests made so far (for the log, and the bound the docs promise). */
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
    /**
     * The production deployments of the window with their outcomes, newest first. Returns the
     * window actually covered: narrowed to the oldest deployment read when the budget ran out first.
     */
    async production(environment, window) {
        const listed = [];
        let complete = false;
        for (let page = 1; page <= BUDGET.deploymentPages; page++) {
            const batch = await this.count((0,deployments/* listDeployments */.Jn)(this.github, this.repo, { environment, perPage: PER_PAGE, page }));
            listed.push(...batch);
            if (batch.length < PER_PAGE || batch.some((deployment) => Date.parse(deployment.created_at) < window.start)) {
                complete = true;
                break;
            }
        }
        // A job that declares `environment:` makes GitHub record a deployment of its own beside the one
        // shipgate's deploy creates: where shipgate's records exist, only they count, so one deploy is
        // one deploy. A repository deploying with other tools is judged on all its deployments.
        const ours = listed.filter((deployment) => deployment.payload.shipgate !== undefined);
        const considered = ours.length > 0 ? ours : listed;
        const inWindow = considered.filter((deployment) => Date.parse(deployment.created_at) >= window.start);
        const read = inWindow.slice(0, BUDGET.statusReads);
        const deploys = [];
        for (const deployment of read) {
            const statuses = await this.count((0,deployments/* listDeploymentStatuses */.oJ)(this.github, this.repo, deployment.id));
            deploys.push({ ...recordOf(deployment), ...outcomeOf(statuses) });
        }
        if (read.length < inWindow.length || (!complete && read.length > 0)) {
            const oldest = Math.min(...deploys.map((deploy) => deploy.createdAt));
            const total = complete ? `${inWindow.length}` : `at least ${inWindow.length}`;
            return { deploys, window: { start: oldest, end: window.end }, narrowed: `the newest ${read.length} of ${total} deployments in the window: the report reads a bounded number` };
        }
        return { deploys, window };
    }
    /** The newest finished rollbacks of another environment (a rehearsal on staging), at most a few reads. */
    async rollbacks(environment) {
        const found = [];
        const batch = await this.count((0,deployments/* listDeployments */.Jn)(this.github, this.repo, { environment, perPage: PER_PAGE, page: 1 }));
        const rollbacks = batch.filter((deployment) => deployment.payload.mode === 'rollback').slice(0, BUDGET.stagingStatusReads);
        for (const deployment of rollbacks) {
            const record = { ...recordOf(deployment), ...outcomeOf(await this.count((0,deployments/* listDeploymentStatuses */.oJ)(this.github, this.repo, deployment.id))) };
            found.push(record);
            if (record.outcome)
                break;
        }
        return found;
    }
    /** The newest commits of the branch, newest first, with their parents. */
    async commits(branch) {
        const { data } = await this.count((0,client/* api */.FH)(`list the commits of ${branch}`, () => this.github.rest.repos.listCommits({ ...this.repo, sha: branch, per_page: PER_PAGE })));
        return data.map((commit) => ({
            sha: commit.sha,
            committedAt: Date.parse(commit.commit.committer?.date ?? commit.commit.author?.date ?? ''),
            parents: commit.parents.map((parent) => parent.sha),
        }));
    }
    /** The coverage gate's snapshot of the newest listed commit that has one. */
    async coverage(checkName, branch, commits) {
        const store = new snapshots/* SnapshotStore */.O$(this.github, this.repo, { checkName });
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
                const snapshot = (0,gate_snapshot/* decodeSnapshot */.pH)(await store.readBlob(listing.entries.get(sha)));
                return { found: true, sha, recordedAt: snapshot.recordedAt, lines: snapshot.lines, checkName, branch, distance };
            }
            catch (error) {
                if (error.name !== 'SnapshotFormatError')
                    throw error;
                return { found: false, reason: `the snapshot of ${(0,lib_sha/* shortSha */.F)(sha)} could not be read (${error.message})` };
            }
        }
        finally {
            this.requests += store.requests;
        }
    }
    /** The environment's protection rules; undefined when it does not exist, a sentence when the token may not read it. */
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

// EXTERNAL MODULE: ./src/coverage/ratio.ts
var ratio = __webpack_require__(4621);
// EXTERNAL MODULE: ./src/coverage/gate/figures.ts
var figures = __webpack_require__(9301);
;// CONCATENATED MODULE: ./src/readiness/records.ts




/** Current line coverage of the default branch: its newest commit with a coverage-gate snapshot. */
function coverageRow(finding, minCoverage) {
    const target = `≥ ${minCoverage} %`;
    if (!finding.found)
        return { metric: 'Test coverage', verdict: 'no data', figure: 'no data', target, how: `No coverage figure: ${finding.reason}.` };
    const { lines } = finding;
    const where = finding.distance === 0 ? `the head of ${finding.branch}` : `${finding.branch}, ${finding.distance} ${finding.distance === 1 ? 'commit' : 'commits'} behind its head`;
    return {
        metric: 'Test coverage',
        verdict: lines.total === 0 ? 'no data' : (0,ratio/* meetsMinimum */.J)(lines, minCoverage) ? 'pass' : 'fail',
        figure: lines.total === 0 ? 'no data' : `${(0,figures/* percentText */.fL)(lines)} of lines`,
        target,
        how: `${(0,figures/* formatCount */.B4)(lines.covered)} of ${(0,figures/* formatCount */.B4)(lines.total)} lines covered at ${(0,lib_sha/* shortSha */.F)(finding.sha)} (${where}), recorded by the coverage gate ("${finding.checkName}") on ${(0,format/* isoDay */.kh)(Date.parse(finding.recordedAt) || 0)}.`,
    };
}
/**
 * The newest finished rollback (a rehearsal on staging or a real one) is the latest evidence that
 * a restore works and how long it takes: from its deployment's creation to its verified success.
 */
function restoreTestRow(rollbacks, maxRestoreMs, environments) {
    const target = `≤ ${(0,format/* durationText */.S5)(maxRestoreMs)}`;
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
    const what = `The last rollback, in ${last.environment} on ${(0,format/* isoDay */.kh)(last.createdAt)} (deployment ${last.id}${last.version ? `, to ${last.version}` : ''})`;
    if (last.outcome !== 'success') {
        return { metric: 'Tested restore', verdict: 'fail', figure: `failed after ${(0,format/* durationText */.S5)(ms)}`, target, how: `${what}, ended with ${last.outcome}.` };
    }
    return {
        metric: 'Tested restore',
        verdict: ms <= maxRestoreMs ? 'pass' : 'fail',
        figure: (0,format/* durationText */.S5)(ms),
        target,
        how: `${what}: from its start to its verified success.`,
    };
}
/** Is production behind a human approval? Required reviewers on the GitHub environment. */
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

// EXTERNAL MODULE: ./src/lib/markdown.ts
var markdown = __webpack_require__(3862);
;// CONCATENATED MODULE: ./src/readiness/render.ts


/** The launch report as markdown: the job summary, and the check run's summary and text. */
const MARK = { pass: '✅ pass', fail: '❌ fail', 'no data': '⚪ no data' };
function metricsTable(rows) {
    const lines = ['| metric | result | figure | target | how it was computed |', '| --- | --- | --- | --- | --- |'];
    for (const row of rows)
        lines.push(`| ${(0,markdown/* markdownText */.p)(row.metric)} | ${MARK[row.verdict]} | ${(0,markdown/* markdownText */.p)(row.figure)} | ${(0,markdown/* markdownText */.p)(row.target)} | ${(0,markdown/* markdownText */.p)(row.how)}${row.query ? ` Query: ${(0,markdown/* codeSpan */.S)(row.query)}` : ''} |`);
    return lines.join('\n');
}
/**
 * A Mermaid xychart, which GitHub renders in job summaries and check runs: deploys as bars,
 * failed changes and restores as lines (Mermaid draws several bar series on top of each other,
 * and has no legend, so the weekly table beside it carries the exact figures).
 */
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
    const summary = rows.map((row) => `- ${MARK[row.verdict]} **${(0,markdown/* markdownText */.p)(row.metric)}**: ${(0,markdown/* markdownText */.p)(row.figure)} (target ${(0,markdown/* markdownText */.p)(row.target)})`).join('\n');
    // The table sits beside the chart where the page is wide enough (an HTML table of two cells;
    // GitHub renders markdown inside it when blank lines surround it), under it elsewhere.
    const body = [
        `## ${title}`,
        '',
        metricsTable(rows),
        '',
        `### Delivery to ${(0,markdown/* markdownText */.p)(environment)}, per week`,
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

;// CONCATENATED MODULE: ./src/readiness/row.ts
/** Only `pass` passes: a metric without data never reads as met. */
const passed = (rows) => rows.length > 0 && rows.every((row) => row.verdict === 'pass');

// EXTERNAL MODULE: ./src/deploy/metrics.ts
var metrics = __webpack_require__(4110);
;// CONCATENATED MODULE: ./src/readiness/service.ts


/**
 * The service-level rows from Prometheus, over the report's whole window (instant queries whose
 * range is the window, so one query per metric however long the window is). The error-rate and
 * latency queries are the deploy action's own, so the report and the deploys judge alike.
 */
/** The share of scrapes in the window whose target was up, averaged over the targets. */
const DEFAULT_UPTIME_QUERY = 'avg(avg_over_time(up[{window}]))';
/** One row from one answer. Several series are judged by the worst one. */
function serviceRow(spec, query, answer, window) {
    const target = `${spec.direction === 'min' ? '≥' : '≤'} ${spec.limit}${spec.unit === '%' ? ' %' : ` ${spec.unit}`}`;
    const over = `the ${(0,format/* windowText */.Kn)(window)}`;
    if (!answer.ok)
        return { metric: spec.metric, verdict: 'no data', figure: 'no data', target, how: `No answer: ${answer.reason}.`, query };
    const values = answer.values.filter((value) => !Number.isNaN(value));
    if (values.length === 0) {
        return { metric: spec.metric, verdict: 'no data', figure: 'no data', target, how: `The query gave NaN: nothing was recorded in ${over}.`, query };
    }
    const worst = (spec.direction === 'min' ? Math.min(...values) : Math.max(...values)) * spec.scale;
    const ok = spec.direction === 'min' ? worst >= spec.limit : worst <= spec.limit;
    // Rounded towards failing, so the figure never reads as meeting a target it misses.
    const shown = !Number.isFinite(worst)
        ? 'above the largest histogram bucket'
        : `${spec.direction === 'min' ? (0,format/* floorText */._v)(worst, spec.unit === '%' ? 3 : 0) : (0,format/* ceilText */.n)(worst, spec.unit === '%' ? 3 : 0)}${spec.unit === '%' ? ' %' : ` ${spec.unit}`}`;
    const series = values.length > 1 ? ` (the worst of ${values.length} series)` : '';
    return { metric: spec.metric, verdict: ok ? 'pass' : 'fail', figure: shown, target, how: `${spec.meaning} over ${over}${series}.`, query };
}
async function serviceRows(options) {
    const specs = [
        { metric: 'Uptime', template: options.uptimeQuery ?? DEFAULT_UPTIME_QUERY, scale: 100, unit: '%', limit: options.minUptime, direction: 'min', meaning: 'Share of time up' },
        { metric: 'Error rate', template: options.errorRateQuery ?? metrics/* DEFAULT_ERROR_RATE_QUERY */.VE, scale: 100, unit: '%', limit: options.maxErrorRate, direction: 'max', meaning: 'Share of requests answered 5xx' },
        { metric: 'p95 latency', template: options.p95LatencyQuery ?? metrics/* DEFAULT_P95_LATENCY_QUERY */.RY, scale: 1000, unit: 'ms', limit: options.maxP95Latency, direction: 'max', meaning: '95th percentile of request durations' },
    ];
    const windowMs = options.window.end - options.window.start;
    const rows = [];
    for (const spec of specs) {
        const query = (0,metrics/* renderQuery */.no)(spec.template, windowMs);
        if (!options.prometheusUrl) {
            const target = `${spec.direction === 'min' ? '≥' : '≤'} ${spec.limit}${spec.unit === '%' ? ' %' : ` ${spec.unit}`}`;
            rows.push({ metric: spec.metric, verdict: 'no data', figure: 'no data', target, how: 'No prometheus-url was given.' });
            continue;
        }
        const answer = await (0,metrics/* queryPrometheus */.$k)(options.prometheusUrl, query, { fetch: options.fetch, signal: options.signal });
        rows.push(serviceRow(spec, query, answer, options.window));
    }
    return rows;
}

;// CONCATENATED MODULE: ./src/readiness/report.ts








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
    const published = await (0,checks/* createCheckRun */._U)(github, options.repo, {
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

// EXTERNAL MODULE: ./src/actions/readiness/inputs.ts
var readiness_inputs = __webpack_require__(2415);
;// CONCATENATED MODULE: ./src/actions/readiness/main.ts








const logger = { info: log/* log */.R.info, warning: log/* log */.R.warning };
async function run(source = lib_inputs/* envInputSource */.l) {
    const inputs = (0,readiness_inputs.readInputs)(new lib_inputs/* InputReader */.i(source));
    const context = (0,github_context/* readRunContext */.$)();
    const repo = { owner: context.owner, repo: context.repo };
    const github = (0,client/* createGitHub */.Cl)({ token: inputs['github-token'], log: log/* log */.R.warning });
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
    }, logger);
    log/* log */.R.info(`The report made ${report.requests} GitHub API requests.`);
    const failing = report.rows.filter((row) => row.verdict !== 'pass').map((row) => row.metric);
    core/* setOutput */.uH('passed', String(report.passed));
    core/* setOutput */.uH('failing', failing.join(', '));
    core/* setOutput */.uH('check-run-url', report.checkRun.ok ? report.checkRun.url : '');
    await core/* summary */.z.addRaw(report.page.body).write();
    if (!report.passed)
        throw new errors/* UserError */.yo(`${report.page.title}: not ready on ${failing.join(', ')}.`);
    log/* log */.R.info(report.page.title);
}


/***/ }),

/***/ 1453:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ew: () => (/* binding */ dayText),
/* harmony export */   JZ: () => (/* binding */ median),
/* harmony export */   Kn: () => (/* binding */ windowText),
/* harmony export */   S5: () => (/* binding */ durationText),
/* harmony export */   _v: () => (/* binding */ floorText),
/* harmony export */   kh: () => (/* binding */ isoDay),
/* harmony export */   n: () => (/* binding */ ceilText)
/* harmony export */ });
/**
 * How the launch report writes its figures. Durations judged against a maximum are rounded up to
 * the unit shown, and rates judged against a minimum are rounded down, so a figure never reads as
 * meeting a target its exact value misses.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** "42 s", "12 min", "3 h 05 min", "2 d 4 h" (rounded up to the unit shown). */
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
/** A number rounded down to at most `digits` decimals, without trailing zeros. */
function floorText(value, digits = 2) {
    const scale = 10 ** digits;
    return String(Math.floor(value * scale + 1e-9) / scale);
}
/** A number rounded up to at most `digits` decimals, without trailing zeros. */
function ceilText(value, digits = 2) {
    const scale = 10 ** digits;
    return String(Math.ceil(value * scale - 1e-9) / scale);
}
/** "Nov 6" in UTC (the report's weeks are UTC). */
function dayText(ms) {
    return new Date(ms).toLocaleDateString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
}
/** "2026-11-06" in UTC. */
function isoDay(ms) {
    return new Date(ms).toISOString().slice(0, 10);
}
/** "30 days to 2026-12-06" */
function windowText(window) {
    const days = (window.end - window.start) / (24 * HOUR);
    return `${Number.isInteger(days) ? days : floorText(days, 1)} days to ${isoDay(window.end)}`;
}
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}


/***/ })

};
