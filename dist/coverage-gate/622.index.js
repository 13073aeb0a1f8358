export const id = 622;
export const ids = [622,139];
export const modules = {

/***/ 7622:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ main_run)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 9 modules
var core = __webpack_require__(4317);
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
;// CONCATENATED MODULE: ./dist.tmp-js/coverage/gate/event.js
const object = (value) => (value && typeof value === 'object' ? value : {});
const event_text = (value) => (typeof value === 'string' ? value : '');
function readGateEvent(eventName, payload, sha, ref, repository) {
    const pull = object(payload.pull_request);
    if (pull.head && pull.base && Number.isInteger(Number(pull.number ?? payload.number))) {
        const head = object(pull.head);
        const base = object(pull.base);
        const headRepo = event_text(object(head.repo).full_name);
        const baseRepo = event_text(object(base.repo).full_name) || repository;
        return {
            kind: 'pull_request',
            number: Number(pull.number ?? payload.number),
            headSha: event_text(head.sha) || sha,
            headRef: event_text(head.ref),
            headRepo,
            baseSha: event_text(base.sha),
            baseRef: event_text(base.ref),
            baseRepo,
            fork: headRepo.toLowerCase() !== baseRepo.toLowerCase(),
        };
    }
    if (eventName === 'workflow_run' && payload.workflow_run) {
        const run = object(payload.workflow_run);
        const headRepository = object(run.head_repository);
        const pulls = Array.isArray(run.pull_requests) ? run.pull_requests : [];
        return {
            kind: 'workflow_run',
            runEvent: event_text(run.event),
            runId: Number(run.id ?? 0),
            headSha: event_text(run.head_sha),
            headBranch: event_text(run.head_branch),
            headRepo: event_text(headRepository.full_name),
            headOwner: event_text(object(headRepository.owner).login),
            pullNumbers: pulls.map((pull) => Number(object(pull).number)).filter((number) => Number.isInteger(number) && number > 0),
        };
    }
    if (eventName === 'push' && ref.startsWith('refs/heads/')) {
        const defaultBranch = event_text(object(payload.repository).default_branch) || event_text(object(payload.repository).master_branch) || undefined;
        return { kind: 'push', sha: event_text(payload.after) || sha, branch: ref.slice('refs/heads/'.length), defaultBranch };
    }
    return { kind: 'other', name: eventName, sha };
}

;// CONCATENATED MODULE: ./dist.tmp-js/lib/sha.js
function shortSha(shaOrRef) {
    return /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(shaOrRef) ? shaOrRef.slice(0, 7) : shaOrRef;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./dist.tmp-js/lib/http.js
var http = __webpack_require__(4521);
;// CONCATENATED MODULE: ./dist.tmp-js/github/create-once.js



const ONE_ATTEMPT = { retries: 0 };
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
    const externalId = newMark();
    try {
        const made = await createOnce({
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
                    request: ONE_ATTEMPT,
                });
                return { id: Number(response.data.id), html_url: response.data.html_url };
            },
            find: async () => {
                const { data } = await github.rest.checks.listForRef({ ...repo, ref: run.headSha, check_name: run.name, filter: 'all', per_page: 100 });
                const found = data.check_runs.find((each) => each.external_id === externalId);
                return found ? { id: found.id, html_url: found.html_url } : undefined;
            },
        }, clientOptions(github));
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
        if ((0,client/* httpStatus */.nG)(error) === 403)
            return { ok: false, forbidden: true, message: message(error) };
        throw (0,client/* toApiError */.Gv)(`set the commit status "${status.context}"`, error);
    }
}

;// CONCATENATED MODULE: ./dist.tmp-js/github/comments.js


async function findMarkedComment(github, repo, issueNumber, marker) {
    let pagesRead = 0;
    let found;
    try {
        await github.paginate(github.rest.issues.listComments, { ...repo, issue_number: issueNumber, per_page: 100 }, (response, done) => {
            pagesRead++;
            found = response.data.find((comment) => comment.body?.includes(marker));
            if (found)
                done();
            return [];
        });
    }
    catch (error) {
        throw (0,client/* toApiError */.Gv)(`list the comments of pull request #${issueNumber}`, error);
    }
    return { comment: found, pagesRead };
}
async function upsertStickyComment(github, repo, issueNumber, marker, body) {
    if (!body.includes(marker))
        throw new Error('A sticky comment body must carry its marker.');
    const { comment, pagesRead } = await findMarkedComment(github, repo, issueNumber, marker);
    try {
        if (comment) {
            if (comment.body === body)
                return { ok: true, action: 'unchanged', id: comment.id, url: comment.html_url, pagesRead };
            const { data } = await github.rest.issues.updateComment({ ...repo, comment_id: comment.id, body });
            return { ok: true, action: 'updated', id: Number(data.id), url: data.html_url, pagesRead };
        }
        const created = await createOnce({
            what: `create the coverage comment on pull request #${issueNumber}`,
            create: async () => (await github.rest.issues.createComment({ ...repo, issue_number: issueNumber, body, request: ONE_ATTEMPT })).data,
            find: async () => (await findMarkedComment(github, repo, issueNumber, marker)).comment,
        }, clientOptions(github));
        return { ok: true, action: 'created', id: Number(created.value.id), url: created.value.html_url, pagesRead };
    }
    catch (error) {
        if ((0,client/* httpStatus */.nG)(error) === 403) {
            return { ok: false, forbidden: true, message: (0,client/* errorData */.ZO)(error).message ?? 'forbidden' };
        }
        throw (0,client/* toApiError */.Gv)(`${comment ? 'update' : 'create'} the coverage comment on pull request #${issueNumber}`, error);
    }
}

;// CONCATENATED MODULE: ./dist.tmp-js/coverage/ratio.js
function percentFraction(percent) {
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
    const { numerator, denominator } = percentFraction(percent);
    const covered = BigInt(ratio.total === 0 ? 1 : ratio.covered);
    const total = BigInt(ratio.total === 0 ? 1 : ratio.total);
    const left = covered * 100n * denominator;
    const right = numerator * total;
    return left < right ? -1 : left > right ? 1 : 0;
}
function meetsMinimum(ratio, minimum) {
    return compareToPercent(ratio, minimum) >= 0;
}
function compareDrop(base, head, maxDrop) {
    const { numerator, denominator } = percentFraction(maxDrop);
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

;// CONCATENATED MODULE: ./dist.tmp-js/coverage/gate/ranges.js
function groupRanges(lines, bridgeable = () => false) {
    const sorted = [...new Set(lines)].sort((a, b) => a - b);
    const ranges = [];
    for (const line of sorted) {
        const last = ranges[ranges.length - 1];
        if (last && canJoin(last.end, line, bridgeable))
            last.end = line;
        else
            ranges.push({ start: line, end: line });
    }
    return ranges;
}
const MAX_GAP = 20;
function canJoin(end, line, bridgeable) {
    if (line === end + 1)
        return true;
    if (line - end - 1 > MAX_GAP)
        return false;
    for (let gap = end + 1; gap < line; gap++)
        if (!bridgeable(gap))
            return false;
    return true;
}
function rangeText(range) {
    return range.start === range.end ? String(range.start) : `${range.start}–${range.end}`;
}
function rangesText(ranges, max = 8) {
    const shown = ranges.slice(0, max).map(rangeText).join(', ');
    return ranges.length > max ? `${shown} and ${ranges.length - max} more` : shown;
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

;// CONCATENATED MODULE: ./dist.tmp-js/coverage/gate/text.js

const MAX_PATH = 160;
function code(path) {
    const clean = path.replace(/[\r\n\t]/g, ' ');
    return codeSpan(clean.length > MAX_PATH ? `${clean.slice(0, 60)}…${clean.slice(-(MAX_PATH - 61))}` : clean);
}
function listText(items, max, separator = ', ') {
    if (items.length <= max)
        return items.length > 1 ? `${items.slice(0, -1).join(separator)} and ${items[items.length - 1]}` : (items[0] ?? '');
    return `${items.slice(0, max).join(separator)} and ${items.length - max} more`;
}

;// CONCATENATED MODULE: ./dist.tmp-js/lib/plural.js
function plural(count, one, many = `${one}s`) {
    return count === 1 ? one : many;
}
function counted(count, one, many = `${one}s`) {
    return `${count} ${plural(count, one, many)}`;
}

;// CONCATENATED MODULE: ./dist.tmp-js/coverage/gate/render.js






const reportPassed = (report) => report.verdict.passed && (report.testCommand?.exitCode ?? 0) === 0;
const ICON = { pass: '✅', fail: '❌', skip: '⚠️', info: 'ℹ️' };
function renderTitle(report) {
    const parts = [`lines ${percentOrDash(report.figures.lines)}`];
    if (report.figures.branches.total > 0)
        parts.push(`branches ${percentOrDash(report.figures.branches)}`);
    if (report.figures.patch && report.figures.patch.lines.total > 0)
        parts.push(`patch ${percentOrDash(report.figures.patch.lines)}`);
    const base = report.figures.base?.snapshot.lines;
    if (base && base.total > 0 && report.figures.lines.total > 0)
        parts.push(`${deltaText(base, report.figures.lines)} vs base`);
    const failed = report.verdict.checks.filter((check) => check.status === 'fail').length;
    const testFailed = (report.testCommand?.exitCode ?? 0) !== 0;
    const outcome = reportPassed(report)
        ? 'Passed'
        : `Failed (${[failed > 0 ? `${failed} ${plural(failed, 'threshold')}` : '', testFailed ? 'test command' : ''].filter(Boolean).join(' and ')})`;
    return `${outcome}: ${parts.join(', ')}`;
}
const percentOrDash = (ratio) => (ratio.total > 0 ? percentText(ratio) : '—');
function figuresTable(figures) {
    const base = figures.base?.snapshot;
    const rows = [['Lines', figures.lines, base?.lines], ['Branches', figures.branches, base?.branches]];
    const lines = ['| | Coverage | Covered | Base | Change |', '|---|---:|---:|---:|---:|'];
    for (const [name, ratio, before] of rows) {
        if (name === 'Branches' && ratio.total === 0 && !before?.total)
            continue;
        const change = before && before.total > 0 && ratio.total > 0 ? `${deltaText(before, ratio)} pts` : '';
        lines.push(`| ${name} | ${percentOrDash(ratio)} | ${formatCount(ratio.covered)} / ${formatCount(ratio.total)} | ${before && before.total > 0 ? percentText(before) : '—'} | ${change} |`);
    }
    const patch = figures.patch?.lines;
    if (patch)
        lines.push(`| Patch | ${percentOrDash(patch)} | ${formatCount(patch.covered)} / ${formatCount(patch.total)} | | |`);
    return lines.join('\n');
}
function renderVerdict(report, heading = '###') {
    const out = [];
    const where = report.pullNumber ? ` for #${report.pullNumber}` : report.sha ? ` for ${shortSha(report.sha)}` : '';
    out.push(`${heading} ${reportPassed(report) ? '✅' : '❌'} ${report.checkName}: coverage gate ${reportPassed(report) ? 'passed' : 'failed'}${where}`, '');
    out.push(figuresTable(report.figures), '');
    for (const check of report.verdict.checks)
        out.push(`- ${ICON[check.status]} ${check.message}`);
    if (report.testCommand) {
        const { command, exitCode } = report.testCommand;
        const shown = command.length > 200 ? `${command.slice(0, 197)}...` : command;
        out.push(exitCode === 0 ? `- ✅ The test command succeeded: ${code(shown)}.` : `- ❌ The test command failed with exit code ${exitCode}: ${code(shown)}.`);
    }
    if (report.figures.base) {
        const at = report.figures.base.snapshot.recordedAt ? `, recorded ${report.figures.base.snapshot.recordedAt}` : '';
        out.push('', `Base: the snapshot of ${report.figures.base.label}${at}.`);
    }
    if (report.notes.length > 0)
        out.push('', ...report.notes.map((note) => `> ${note}`));
    return out.join('\n');
}
function fileTable(report) {
    const deltas = new Map(report.verdict.deltas.map((delta) => [delta.path, delta]));
    const patch = report.figures.patch;
    if (patch) {
        const changed = new Set(patch.files.map((file) => file.path));
        const moved = report.verdict.deltas.filter((delta) => !changed.has(delta.path));
        if (patch.files.length === 0 && moved.length === 0)
            return undefined;
        const rows = patch.files.map((file) => {
            const current = report.fileLines.get(file.path);
            const coverage = file.inReport && current ? `${percentText(current)} (${formatCount(current.covered)}/${formatCount(current.total)})` : 'not in report';
            const delta = deltas.get(file.path);
            const versus = delta ? baseChange(delta) : report.figures.base ? '—' : '';
            const lines = `${formatCount(file.lines.covered)} of ${formatCount(file.lines.total)}`;
            return `| ${code(file.path)} | ${coverage} | ${versus} | ${lines} | ${markdownText(rangesText(file.ranges))} |`;
        });
        for (const delta of moved) {
            const current = delta.current?.lines;
            const coverage = current ? `${percentText(current)} (${formatCount(current.covered)}/${formatCount(current.total)})` : 'removed';
            rows.push(`| ${code(delta.path)} | ${coverage} | ${baseChange(delta)} | not changed | |`);
        }
        return {
            title: 'Changed files',
            header: '| File | Coverage | Covered lines vs base | Changed lines covered | Not covered (changed lines) |\n|---|---:|---:|---:|---|',
            rows,
        };
    }
    if (report.verdict.deltas.length === 0)
        return undefined;
    const rows = report.verdict.deltas.map((delta) => {
        const current = delta.current?.lines;
        const coverage = current ? `${percentText(current)} (${formatCount(current.covered)}/${formatCount(current.total)})` : 'removed';
        const sign = delta.points < 0 ? '-' : '+';
        return `| ${code(delta.path)} | ${coverage} | ${baseChange(delta)} | ${sign}${Math.abs(delta.points).toFixed(2)} |`;
    });
    return { title: 'Files changed since the base', header: '| File | Coverage | Covered lines vs base | Share of the change (pts) |\n|---|---:|---:|---:|', rows };
}
function baseChange(delta) {
    const before = delta.base?.lines;
    const after = delta.current?.lines;
    if (!before)
        return 'new';
    if (!after)
        return `removed (${formatCount(before.covered)}/${formatCount(before.total)})`;
    return `${formatCount(before.covered)}/${formatCount(before.total)} → ${formatCount(after.covered)}/${formatCount(after.total)}`;
}
function renderFitted(head, table, limit, footer = '') {
    const tail = footer ? `\n\n${footer}` : '';
    if (!table)
        return `${head}${tail}`;
    const top = `${head}\n\n#### ${table.title}\n\n${table.header}`;
    const rows = [];
    const reserve = 200 + tail.length;
    let length = top.length;
    for (const row of table.rows) {
        if (length + 1 + row.length + reserve > limit)
            break;
        rows.push(row);
        length += 1 + row.length;
    }
    const omitted = table.rows.length - rows.length;
    const note = omitted > 0
        ? `\n\n_${formatCount(omitted)} more ${plural(omitted, 'file')} not shown here (${formatCount(table.rows.length)} in all); the job summary and the report file have more._`
        : '';
    const text = `${top}${rows.length > 0 ? `\n${rows.join('\n')}` : ''}${note}${tail}`;
    return text.length <= limit ? text : `${head}${tail}`.slice(0, limit);
}
const COMMENT_LIMIT = 65_536;
const CHECK_TEXT_LIMIT = 65_535;
const SUMMARY_LIMIT = 1_000_000;
function stickyMarker(checkName) {
    return `<!-- shipgate:coverage-gate:${checkName.replace(/--+/g, '-').replace(/>/g, '')} -->`;
}
function renderComment(report, limit = COMMENT_LIMIT) {
    const marker = stickyMarker(report.checkName);
    const footer = report.runUrl ? `<sub>[Workflow run](${report.runUrl}) · updated on each push · shipgate coverage-gate</sub>` : '';
    return `${marker}\n${renderFitted(renderVerdict(report, '###'), fileTable(report), limit - marker.length - 1, footer)}`;
}
function renderCheckOutput(report) {
    const table = fileTable(report);
    return {
        title: renderTitle(report),
        summary: renderFitted(renderVerdict(report, '###'), undefined, CHECK_TEXT_LIMIT),
        text: table ? renderFitted('', table, CHECK_TEXT_LIMIT).replace(/^\n\n/, '') : '',
    };
}
function renderSummary(report, limit = SUMMARY_LIMIT) {
    let characters = limit;
    for (;;) {
        const text = `${renderFitted(renderVerdict(report, '##'), fileTable(report), characters)}\n`;
        const bytes = Buffer.byteLength(text);
        if (bytes <= limit || characters <= 1)
            return text;
        characters = Math.max(1, Math.floor((characters * limit) / bytes) - 64);
    }
}
function renderReportFile(report) {
    return `${renderFitted(renderVerdict(report, '#'), fileTable(report), Number.MAX_SAFE_INTEGER)}\n`;
}

;// CONCATENATED MODULE: ./dist.tmp-js/coverage/gate/publish.js







const MAX_ANNOTATIONS = 250;
function patchAnnotations(patch, toHeadLine) {
    const annotations = [];
    for (const file of patch.files) {
        for (const range of file.ranges) {
            const start = toHeadLine(file.path, range.start);
            const end = toHeadLine(file.path, range.end);
            if (start === null || end === null || end < start)
                continue;
            const lines = range.start === range.end ? `Line ${rangeText(range)} was` : `Lines ${rangeText(range)} were`;
            annotations.push({
                path: file.path,
                startLine: start,
                endLine: end,
                message: file.inReport
                    ? `${lines} added or changed and not covered by tests.`
                    : `${lines} added or changed in a file the coverage report does not include; they count as not covered.`,
            });
        }
    }
    return annotations;
}
function forbiddenNote(refused, plan, message) {
    const what = refused.length === 1 ? `${refused[0]} was` : `${refused.slice(0, -1).join(', ')} and ${refused[refused.length - 1]} were`;
    const why = plan.forkOf
        ? `this pull request comes from the fork ${plan.forkOf}, and GitHub gives workflows of fork pull requests a read-only token`
        : `the token was refused (${message}); give the job \`permissions: checks: write, statuses: write, pull-requests: write\``;
    return `${what[0].toUpperCase()}${what.slice(1)} not posted: ${why}. The verdict stands in this summary and in the step's exit code` +
        (plan.forkOf ? '; docs/coverage-gate.md describes a workflow_run follow-up that publishes it.' : '.');
}
async function publish(report, plan) {
    const outcome = { notes: [], unpublishedAnnotations: [], log: [] };
    const refused = [];
    let refusal = '';
    const passed = reportPassed(report);
    const all = plan.annotations && report.figures.patch ? patchAnnotations(report.figures.patch, plan.toHeadLine) : [];
    const annotations = all.slice(0, MAX_ANNOTATIONS);
    if (all.length > MAX_ANNOTATIONS) {
        outcome.notes.push(`${formatCount(all.length)} uncovered changed ranges were found; the first ${formatCount(MAX_ANNOTATIONS)} are annotated (a cap that keeps the check run readable), all are in the table.`);
    }
    const output = renderCheckOutput(report);
    const checkAnnotations = annotations.map((annotation) => ({
        path: annotation.path,
        start_line: annotation.startLine,
        end_line: annotation.endLine,
        annotation_level: 'warning',
        title: 'Not covered by tests',
        message: annotation.message,
    }));
    const onCommit = async () => {
        const part = { log: [], notes: [], refused: [], refusal: '' };
        const check = await createCheckRun(plan.github, plan.repo, {
            name: report.checkName,
            headSha: plan.sha,
            conclusion: passed ? 'success' : 'failure',
            title: output.title,
            summary: output.summary,
            text: output.text,
            annotations: checkAnnotations,
            detailsUrl: plan.runUrl,
        });
        if (check.ok) {
            part.log.push(`Check run "${report.checkName}" on ${shortSha(plan.sha)}: ${passed ? 'success' : 'failure'}, ${formatCount(annotations.length)} ${plural(annotations.length, 'annotation')} in ${check.requests} ${plural(check.requests, 'request')}.`);
            return part;
        }
        const status = await createCommitStatus(plan.github, plan.repo, {
            sha: plan.sha,
            context: report.checkName,
            state: passed ? 'success' : 'failure',
            description: output.title,
            targetUrl: plan.runUrl,
        });
        outcome.unpublishedAnnotations = annotations;
        if (status.ok) {
            part.log.push(`Check runs are not allowed for this token (${check.message}); set the commit status "${report.checkName}" instead.`);
            part.notes.push(`The check run could not be created (${check.message}), so the verdict is the commit status "${report.checkName}" and the annotations are not on the pull request.`);
        }
        else {
            part.refused.push('the check run', 'the commit status');
            part.refusal = check.message;
        }
        return part;
    };
    const onPull = async (pullNumber) => {
        const part = { log: [], notes: [], refused: [], refusal: '' };
        const body = renderComment(report);
        const sticky = await upsertStickyComment(plan.github, plan.repo, pullNumber, stickyMarker(report.checkName), body);
        if (sticky.ok) {
            part.log.push(`Comment ${sticky.action} on #${pullNumber} (${sticky.url || sticky.id}; ${sticky.pagesRead} ${plural(sticky.pagesRead, 'page')} of comments read).`);
        }
        else {
            part.refused.push('the pull request comment');
            part.refusal = sticky.message;
        }
        return part;
    };
    const settled = await Promise.allSettled([onCommit(), plan.pullNumber && plan.comment ? onPull(plan.pullNumber) : undefined]);
    for (const each of settled) {
        if (each.status === 'rejected')
            throw each.reason;
        if (!each.value)
            continue;
        outcome.log.push(...each.value.log);
        outcome.notes.push(...each.value.notes);
        refused.push(...each.value.refused);
        refusal ||= each.value.refusal;
    }
    if (refused.length > 0)
        outcome.notes.push(forbiddenNote(refused, plan, refusal));
    return outcome;
}
function fallbackAnnotations(unpublished, room) {
    if (unpublished.length === 0)
        return { annotations: [] };
    const ranges = (count) => `${formatCount(count)} uncovered changed ${plural(count, 'range')}`;
    if (room <= 0) {
        return {
            annotations: [],
            skipped: `${ranges(unpublished.length)} are not shown as annotations: GitHub shows 10 warnings per step and this step used them all; every range is in the job summary.`,
        };
    }
    if (unpublished.length <= room)
        return { annotations: [...unpublished] };
    const shown = unpublished.slice(0, room - 1);
    const more = unpublished.length - shown.length;
    return {
        annotations: shown,
        overflow: `${formatCount(more)} more uncovered changed ${plural(more, 'range')} ${more === 1 ? 'is' : 'are'} not annotated (GitHub shows 10 warnings per step); every range is in the job summary.`,
    };
}

;// CONCATENATED MODULE: ./dist.tmp-js/lib/logger.js
const silentLogger = { info: () => undefined, warning: () => undefined };
function inLogGroup(log, title, run) {
    return log.group ? log.group(title, run) : run();
}

;// CONCATENATED MODULE: ./dist.tmp-js/github/pulls.js


const PULL_FILES_LIMIT = 3000;
async function listPullFiles(github, repo, pullNumber) {
    let requests = 0;
    const files = await (0,client/* api */.FH)(`list the files of pull request #${pullNumber}`, () => github.paginate(github.rest.pulls.listFiles, { ...repo, pull_number: pullNumber, per_page: 100 }, (response) => {
        requests++;
        return response.data.map((file) => ({
            filename: file.filename,
            previousFilename: file.previous_filename,
            status: file.status,
            additions: file.additions,
            patch: file.patch,
        }));
    }));
    return { files, capped: files.length >= PULL_FILES_LIMIT, requests };
}
async function compareMergeBase(github, repo, base, head) {
    return (0,client/* api */.FH)(`compare ${shortSha(base)}...${shortSha(head)}`, async () => {
        try {
            const { data } = await github.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: `${base}...${head}`, per_page: 1 });
            return data.merge_base_commit?.sha;
        }
        catch (error) {
            if ((0,client/* httpStatus */.nG)(error) === 404)
                return undefined;
            throw error;
        }
    });
}
async function listAncestors(github, repo, sha, pages) {
    const shas = [];
    for (let page = 1; page <= pages; page++) {
        const { data } = await (0,client/* api */.FH)(`list the history of ${shortSha(sha)}`, () => github.rest.repos.listCommits({ ...repo, sha, per_page: 100, page }));
        shas.push(...data.map((commit) => commit.sha));
        if (data.length < 100)
            break;
    }
    return shas;
}
async function findOpenPull(github, repo, headOwner, headBranch, sha) {
    const { data } = await (0,client/* api */.FH)(`find the pull request of ${headOwner}:${headBranch}`, () => github.rest.pulls.list({ ...repo, state: 'open', head: `${headOwner}:${headBranch}`, per_page: 100 }));
    const pull = data.find((candidate) => candidate.head.sha === sha);
    return pull
        ? { number: pull.number, headSha: pull.head.sha, headRepo: pull.head.repo?.full_name ?? '', baseRepo: pull.base.repo.full_name }
        : undefined;
}
async function getPull(github, repo, pullNumber) {
    const { data } = await (0,client/* api */.FH)(`read pull request #${pullNumber}`, () => github.rest.pulls.get({ ...repo, pull_number: pullNumber }));
    return { number: data.number, headSha: data.head.sha, baseSha: data.base.sha, baseRef: data.base.ref, state: data.state };
}

// EXTERNAL MODULE: ./dist.tmp-js/github/well-known.js
var well_known = __webpack_require__(6619);
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
            const { data } = await this.request('read the coverage snapshot ref', () => this.github.rest.git.getRef({ ...this.repo, ref: well_known/* SNAPSHOT_REF */.fW.slice('refs/'.length) }));
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
                const { data: newTree } = await this.request('write the coverage snapshot tree', () => repeatable('write the coverage snapshot tree', () => this.github.rest.git.createTree({ ...this.repo, ...(listing ? { base_tree: listing.tree } : {}), tree, request: ONE_ATTEMPT }), { ...clientOptions(this.github), log: this.log }));
                const { data: commit } = await this.request('commit the coverage snapshot', () => repeatable('commit the coverage snapshot', () => this.github.rest.git.createCommit({
                    ...this.repo,
                    message: `Coverage snapshot of ${sha} (${this.checkName})`,
                    tree: newTree.sha,
                    parents: listing ? [listing.commit] : [],
                    request: ONE_ATTEMPT,
                }), { ...clientOptions(this.github), log: this.log }));
                if (await this.moveRef(listing?.commit, commit.sha))
                    return { commit: commit.sha, pruned: prune.length, attempts: attempt };
            }
            catch (error) {
                if ((0,client/* httpStatus */.nG)(error) === 403) {
                    throw new SnapshotWriteForbidden(`the token may not write ${well_known/* SNAPSHOT_REF */.fW} (give the push job "permissions: contents: write")`);
                }
                throw error;
            }
            if (attempt >= attempts) {
                throw new errors/* UserError */.yo(`${well_known/* SNAPSHOT_REF */.fW} was moved by other runs during each of ${attempts} attempts to record the snapshot of ${sha}; re-run this job to record it.`);
            }
            this.log(`${well_known/* SNAPSHOT_REF */.fW} moved while recording (attempt ${attempt} of ${attempts}); retrying on top of it.`);
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
        const { data } = await this.request('store a coverage snapshot blob', () => repeatable('store a coverage snapshot blob', () => this.github.rest.git.createBlob({ ...this.repo, content, encoding: 'utf-8', request: ONE_ATTEMPT }), { ...clientOptions(this.github), log: this.log }));
        return data.sha;
    }
    async moveRef(from, to) {
        const raced = (error, pattern) => (0,client/* httpStatus */.nG)(error) === 422 && pattern.test((0,client/* errorData */.ZO)(error).message ?? '');
        if (from) {
            return this.request(`move ${well_known/* SNAPSHOT_REF */.fW}`, async () => {
                try {
                    await this.github.rest.git.updateRef({ ...this.repo, ref: well_known/* SNAPSHOT_REF */.fW.slice('refs/'.length), sha: to, force: false });
                    return true;
                }
                catch (error) {
                    if (raced(error, /not a fast.forward/i))
                        return false;
                    throw error;
                }
            });
        }
        return this.request(`create ${well_known/* SNAPSHOT_REF */.fW}`, async () => {
            try {
                await this.github.rest.git.createRef({ ...this.repo, ref: well_known/* SNAPSHOT_REF */.fW, sha: to });
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

;// CONCATENATED MODULE: ./dist.tmp-js/coverage/glob.js

function createPathMatcher(patterns) {
    const compiled = pathPatterns(patterns);
    return (path) => compiled.match(path) !== undefined;
}

;// CONCATENATED MODULE: ./dist.tmp-js/coverage/arena.js
const PAGE = 1 << 22;
const MAX_HITS = 0xfffe;
function clampHits(hits) {
    return hits >= MAX_HITS ? MAX_HITS : hits > 0 ? Math.floor(hits) : 0;
}
class Arena {
    create;
    page;
    used = 0;
    nextPageLength = 4096;
    offset = 0;
    constructor(create) {
        this.create = create;
    }
    newPage(minimum) {
        while (this.nextPageLength < minimum)
            this.nextPageLength *= 2;
        this.page = this.create(this.nextPageLength);
        this.nextPageLength = Math.min(PAGE, this.nextPageLength * 2);
        this.used = 0;
    }
    alloc(length) {
        if (length > PAGE / 8) {
            this.offset = 0;
            return this.create(length);
        }
        if (!this.page || this.used + length > this.page.length)
            this.newPage(length);
        this.offset = this.used;
        this.used += length;
        return this.page;
    }
    tail(minimum) {
        if (!this.page || this.page.length - this.used < minimum)
            this.newPage(minimum);
        this.offset = this.used;
        return this.page;
    }
    claim(length) {
        this.used += length;
    }
}

;// CONCATENATED MODULE: ./dist.tmp-js/coverage/arm-layout.js

function grow(array) {
    const grown = new Float64Array(array.length * 2);
    grown.set(array);
    return grown;
}
class ArmLayout {
    triplets = new Float64Array(3 * 64);
    count = 0;
    lines = new Float64Array(64);
    offsets = new Float64Array(65);
    hits = new Float64Array(128);
    lineCount = 0;
    add(line, arm, hits) {
        if (this.count + 3 > this.triplets.length)
            this.triplets = grow(this.triplets);
        this.triplets[this.count++] = line;
        this.triplets[this.count++] = arm;
        this.triplets[this.count++] = hits;
    }
    collect() {
        const scratch = this.triplets;
        const count = this.count;
        let sorted = true;
        for (let at = 3; at < count && sorted; at += 3) {
            sorted = scratch[at - 3] < scratch[at] || (scratch[at - 3] === scratch[at] && scratch[at - 2] <= scratch[at + 1]);
        }
        let order;
        if (!sorted) {
            order = new Uint32Array(count / 3).map((_value, i) => i * 3);
            order.sort((x, y) => scratch[x] - scratch[y] || scratch[x + 1] - scratch[y + 1]);
        }
        let lineCount = 0;
        let armTotal = 0;
        for (let i = 0; i < count / 3; i++) {
            const at = order ? order[i] : i * 3;
            const line = scratch[at];
            const arm = scratch[at + 1];
            if (lineCount === 0 || this.lines[lineCount - 1] !== line) {
                if (lineCount + 1 >= this.lines.length) {
                    this.lines = grow(this.lines);
                    this.offsets = grow(this.offsets);
                }
                this.lines[lineCount] = line;
                this.offsets[lineCount++] = armTotal;
            }
            const first = this.offsets[lineCount - 1];
            while (armTotal <= first + arm) {
                if (armTotal === this.hits.length)
                    this.hits = grow(this.hits);
                this.hits[armTotal++] = 0;
            }
            this.hits[first + arm] = Math.min(MAX_HITS, this.hits[first + arm] + clampHits(scratch[at + 2]));
        }
        this.offsets[lineCount] = armTotal;
        this.lineCount = lineCount;
    }
    clear() {
        this.count = 0;
        this.lineCount = 0;
    }
}

;// CONCATENATED MODULE: ./dist.tmp-js/coverage/branch-table.js


const WINDOW = 1 << 14;
class BranchTable {
    index;
    indexOffset = 0;
    lineCount = 0;
    arms;
    armsOffset = 0;
    total = 0;
    covered = 0;
    lineAt(k) {
        return this.index[this.indexOffset + 2 * k];
    }
    startAt(k) {
        return this.index[this.indexOffset + 2 * k + 1];
    }
    find(line) {
        let low = 0;
        let high = this.lineCount - 1;
        while (low <= high) {
            const middle = (low + high) >>> 1;
            const value = this.lineAt(middle);
            if (value === line)
                return middle;
            if (value < line)
                low = middle + 1;
            else
                high = middle - 1;
        }
        return -1;
    }
    armsOf(k) {
        return Array.from(this.arms.subarray(this.armsOffset + this.startAt(k), this.armsOffset + this.startAt(k + 1)));
    }
    armsAt(line) {
        const k = this.find(line);
        return k < 0 ? [] : this.armsOf(k);
    }
    forEach(visit) {
        for (let k = 0; k < this.lineCount; k++)
            visit(this.lineAt(k), this.armsOf(k));
    }
    ratio() {
        return { covered: this.covered, total: this.total };
    }
    addStored(k, arm, hits) {
        const start = this.startAt(k);
        if (arm >= this.startAt(k + 1) - start)
            return false;
        const at = this.armsOffset + start + arm;
        const current = this.arms[at];
        if (current === 0 && hits > 0)
            this.covered++;
        this.arms[at] = Math.min(MAX_HITS, current + hits);
        return true;
    }
    commit(layout, index, arms) {
        if (layout.lineCount === 0)
            return;
        const lines = [];
        const merged = [];
        let a = 0;
        let b = 0;
        while (a < this.lineCount || b < layout.lineCount) {
            const takeOld = b >= layout.lineCount || (a < this.lineCount && this.lineAt(a) <= layout.lines[b]);
            const takeNew = a >= this.lineCount || (b < layout.lineCount && layout.lines[b] <= this.lineAt(a));
            const list = takeOld ? this.armsOf(a) : [];
            if (takeNew) {
                for (let at = layout.offsets[b]; at < layout.offsets[b + 1]; at++) {
                    const arm = at - layout.offsets[b];
                    list[arm] = Math.min(MAX_HITS, (list[arm] ?? 0) + layout.hits[at]);
                }
            }
            lines.push(takeOld ? this.lineAt(a) : layout.lines[b]);
            merged.push(list);
            if (takeOld)
                a++;
            if (takeNew)
                b++;
        }
        this.store(lines, merged, index, arms);
    }
    store(lines, merged, index, arms) {
        const armCount = merged.reduce((sum, list) => sum + list.length, 0);
        const page = index.alloc(lines.length * 2 + 2);
        const offset = index.offset;
        const hits = arms.alloc(Math.max(1, armCount));
        const hitsOffset = arms.offset;
        let at = 0;
        let covered = 0;
        for (let k = 0; k < lines.length; k++) {
            page[offset + 2 * k] = lines[k];
            page[offset + 2 * k + 1] = at;
            for (const value of merged[k]) {
                if (value > 0)
                    covered++;
                hits[hitsOffset + at++] = value;
            }
        }
        page[offset + 2 * lines.length + 1] = at;
        this.index = page;
        this.indexOffset = offset;
        this.lineCount = lines.length;
        this.arms = hits;
        this.armsOffset = hitsOffset;
        this.total = at;
        this.covered = covered;
    }
}
class BranchWriter {
    indexArena;
    armsArena;
    table;
    direct = false;
    fresh = false;
    index = new Uint32Array(0);
    indexOffset = 0;
    indexCapacity = 0;
    arms = new Uint16Array(0);
    armsOffset = 0;
    armsCapacity = 0;
    lines = 0;
    armCount = 0;
    lastLine = -1;
    lastLineArms = 0;
    cursor = 0;
    scratch = new ArmLayout();
    constructor(indexArena, armsArena) {
        this.indexArena = indexArena;
        this.armsArena = armsArena;
    }
    begin(table) {
        this.table = table;
        this.direct = true;
        this.fresh = table.index === undefined;
        this.cursor = 0;
        if (this.fresh) {
            this.index = this.indexArena.tail(WINDOW);
            this.indexOffset = this.indexArena.offset;
            this.indexCapacity = this.index.length - this.indexOffset;
            this.arms = this.armsArena.tail(WINDOW);
            this.armsOffset = this.armsArena.offset;
            this.armsCapacity = this.arms.length - this.armsOffset;
            this.lines = 0;
            this.armCount = 0;
            this.lastLine = -1;
            this.lastLineArms = 0;
        }
    }
    add(line, arm, hits) {
        if (this.direct) {
            if (this.fresh ? this.append(line, arm, hits) : this.addStored(line, arm, hits))
                return;
            this.leaveWindow();
        }
        this.scratch.add(line, arm, hits);
    }
    append(line, arm, hits) {
        if (this.armCount >= this.armsCapacity)
            return false;
        if (line !== this.lastLine) {
            if (line < this.lastLine || arm !== 0 || 2 * this.lines + 4 > this.indexCapacity)
                return false;
            this.index[this.indexOffset + 2 * this.lines] = line;
            this.index[this.indexOffset + 2 * this.lines + 1] = this.armCount;
            this.lines++;
            this.lastLine = line;
            this.lastLineArms = 0;
        }
        else if (arm !== this.lastLineArms) {
            return false;
        }
        const added = clampHits(hits);
        this.arms[this.armsOffset + this.armCount++] = added;
        this.lastLineArms++;
        const table = this.table;
        table.total++;
        if (added > 0)
            table.covered++;
        return true;
    }
    addStored(line, arm, hits) {
        const table = this.table;
        let k = this.cursor;
        if (k >= table.lineCount || table.lineAt(k) !== line) {
            k = k + 1 < table.lineCount && table.lineAt(k + 1) === line ? k + 1 : table.find(line);
            if (k < 0)
                return false;
        }
        this.cursor = k;
        return table.addStored(k, arm, clampHits(hits));
    }
    leaveWindow() {
        if (this.fresh) {
            for (let k = 0; k < this.lines; k++) {
                const line = this.index[this.indexOffset + 2 * k];
                const start = this.index[this.indexOffset + 2 * k + 1];
                const end = k + 1 < this.lines ? this.index[this.indexOffset + 2 * k + 3] : this.armCount;
                for (let at = start; at < end; at++) {
                    this.scratch.add(line, at - start, this.arms[this.armsOffset + at]);
                    this.arms[this.armsOffset + at] = 0;
                }
                this.index[this.indexOffset + 2 * k] = 0;
                this.index[this.indexOffset + 2 * k + 1] = 0;
            }
            this.table.total = 0;
            this.table.covered = 0;
            this.lines = 0;
        }
        this.direct = false;
    }
    end() {
        const table = this.table;
        if (!table)
            return;
        if (this.direct && this.fresh && this.lines > 0) {
            this.index[this.indexOffset + 2 * this.lines + 1] = this.armCount;
            this.indexArena.claim(2 * this.lines + 2);
            this.armsArena.claim(this.armCount);
            table.index = this.index;
            table.indexOffset = this.indexOffset;
            table.lineCount = this.lines;
            table.arms = this.arms;
            table.armsOffset = this.armsOffset;
        }
        this.direct = false;
        if (this.scratch.count > 0) {
            this.scratch.collect();
            table.commit(this.scratch, this.indexArena, this.armsArena);
            this.scratch.clear();
        }
        this.table = undefined;
    }
}

;// CONCATENATED MODULE: ./dist.tmp-js/coverage/line-table.js

const SCRATCH_LIMIT = 1 << 22;
const line_table_WINDOW = 1 << 14;
class LineTable {
    page;
    offset = 0;
    base = 0;
    length = 0;
    sparse;
    total = 0;
    covered = 0;
    get(line) {
        if (this.sparse)
            return this.sparse.get(line);
        const index = line - this.base;
        if (!this.page || index < 0 || index >= this.length)
            return undefined;
        const value = this.page[this.offset + index];
        return value === 0 ? undefined : value - 1;
    }
    forEach(visit) {
        if (this.sparse) {
            for (const line of [...this.sparse.keys()].sort((a, b) => a - b))
                visit(line, this.sparse.get(line));
            return;
        }
        for (let i = 0; this.page && i < this.length; i++) {
            const value = this.page[this.offset + i];
            if (value !== 0)
                visit(this.base + i, value - 1);
        }
    }
    ratio() {
        return { covered: this.covered, total: this.total };
    }
    addSparse(line, hits) {
        const sparse = this.sparse;
        const current = sparse.get(line);
        const added = clampHits(hits);
        if (current === undefined)
            this.total++;
        if ((current ?? 0) === 0 && added > 0)
            this.covered++;
        sparse.set(line, Math.min(MAX_HITS, (current ?? 0) + added));
    }
    commit(scratch, arena) {
        if (scratch.count === 0)
            return;
        const dense = scratch.dense;
        if (!this.sparse) {
            const min = this.page ? Math.min(scratch.min, this.base) : scratch.min;
            const max = this.page ? Math.max(scratch.max, this.base + this.length - 1) : scratch.max;
            const length = max - min + 1;
            if (scratch.far.length === 0 && length <= 64 * (scratch.count + this.length) + 4096) {
                if (!this.page || min < this.base || length > this.length)
                    this.relocate(min, length, arena);
                this.addDense(scratch);
                return;
            }
            this.toSparse();
        }
        for (let line = scratch.min; line <= scratch.max; line++)
            if (dense[line] !== 0)
                this.addSparse(line, dense[line] - 1);
        for (let i = 0; i < scratch.far.length; i += 2)
            this.addSparse(scratch.far[i], scratch.far[i + 1]);
    }
    relocate(min, length, arena) {
        const page = arena.alloc(length);
        const offset = arena.offset;
        if (this.page)
            page.set(this.page.subarray(this.offset, this.offset + this.length), offset + this.base - min);
        this.page = page;
        this.offset = offset;
        this.base = min;
        this.length = length;
    }
    addDense(scratch) {
        const page = this.page;
        const dense = scratch.dense;
        const shift = this.offset - this.base;
        for (let line = scratch.min; line <= scratch.max; line++) {
            const value = dense[line];
            if (value === 0)
                continue;
            const at = shift + line;
            const current = page[at];
            if (current === 0) {
                this.total++;
                if (value > 1)
                    this.covered++;
                page[at] = value > MAX_HITS ? MAX_HITS + 1 : value;
            }
            else {
                if (current === 1 && value > 1)
                    this.covered++;
                page[at] = Math.min(MAX_HITS + 1, current + value - 1);
            }
        }
    }
    toSparse() {
        const sparse = new Map();
        this.forEach((line, hits) => sparse.set(line, hits));
        this.sparse = sparse;
        this.page = undefined;
        this.length = 0;
    }
}
class LineScratch {
    dense = new Uint32Array(1024);
    min = Number.MAX_SAFE_INTEGER;
    max = -1;
    count = 0;
    far = [];
    add(line, hits) {
        if (line >= this.dense.length) {
            if (line >= SCRATCH_LIMIT) {
                this.far.push(line, clampHits(hits));
                this.count++;
                return;
            }
            const grown = new Uint32Array(Math.max(line + 1, this.dense.length * 2));
            grown.set(this.dense);
            this.dense = grown;
        }
        const value = this.dense[line];
        const added = hits >= 0xfffffffe ? 0xfffffffe : hits > 0 ? hits : 0;
        if (value === 0) {
            this.count++;
            if (line < this.min)
                this.min = line;
            if (line > this.max)
                this.max = line;
            this.dense[line] = added + 1;
        }
        else {
            this.dense[line] = Math.min(0xffffffff, value + added);
        }
    }
    clear() {
        if (this.max >= 0)
            this.dense.fill(0, this.min, this.max + 1);
        this.min = Number.MAX_SAFE_INTEGER;
        this.max = -1;
        this.count = 0;
        this.far.length = 0;
    }
}
class LineWriter {
    arena;
    table;
    window;
    windowOffset = 0;
    windowBase = -1;
    windowCapacity = 0;
    windowMax = -1;
    fresh = false;
    scratch = new LineScratch();
    constructor(arena) {
        this.arena = arena;
    }
    begin(table) {
        this.table = table;
        this.window = undefined;
        this.windowMax = -1;
        if (table.sparse)
            return;
        if (table.page) {
            this.window = table.page;
            this.windowOffset = table.offset;
            this.windowBase = table.base;
            this.windowCapacity = table.length;
            this.fresh = false;
        }
        else {
            this.window = this.arena.tail(line_table_WINDOW);
            this.windowOffset = this.arena.offset;
            this.windowBase = -1;
            this.windowCapacity = this.window.length - this.windowOffset;
            this.fresh = true;
        }
    }
    add(line, hits) {
        const page = this.window;
        if (page !== undefined) {
            if (this.windowBase < 0)
                this.windowBase = line;
            const index = line - this.windowBase;
            if (index >= 0 && index < this.windowCapacity) {
                const table = this.table;
                const at = this.windowOffset + index;
                const current = page[at];
                const added = hits >= MAX_HITS ? MAX_HITS : hits > 0 ? hits : 0;
                if (current === 0) {
                    table.total++;
                    if (added > 0)
                        table.covered++;
                    page[at] = added + 1;
                }
                else {
                    if (current === 1 && added > 0)
                        table.covered++;
                    const sum = current + added;
                    page[at] = sum > MAX_HITS ? MAX_HITS + 1 : sum;
                }
                if (index > this.windowMax)
                    this.windowMax = index;
                return;
            }
            this.leaveWindow();
        }
        this.scratch.add(line, hits);
    }
    leaveWindow() {
        const page = this.window;
        if (this.fresh) {
            for (let index = 0; index <= this.windowMax; index++) {
                const at = this.windowOffset + index;
                if (page[at] !== 0) {
                    this.scratch.add(this.windowBase + index, page[at] - 1);
                    page[at] = 0;
                }
            }
            this.table.total = 0;
            this.table.covered = 0;
        }
        this.window = undefined;
    }
    end() {
        const table = this.table;
        if (!table)
            return;
        if (this.window !== undefined && this.fresh && this.windowMax >= 0) {
            this.arena.claim(this.windowMax + 1);
            table.page = this.window;
            table.offset = this.windowOffset;
            table.base = this.windowBase;
            table.length = this.windowMax + 1;
        }
        this.window = undefined;
        table.commit(this.scratch, this.arena);
        this.scratch.clear();
        this.table = undefined;
    }
}

;// CONCATENATED MODULE: ./dist.tmp-js/coverage/store.js



class store_CoverageStore {
    hits = new Arena((length) => new Uint16Array(length));
    index = new Arena((length) => new Uint32Array(length));
    arms = new Arena((length) => new Uint16Array(length));
    lineWriter = new LineWriter(this.hits);
    branchWriter = new BranchWriter(this.index, this.arms);
    pending;
    switchTo(tables) {
        this.flush();
        this.pending = tables;
        this.lineWriter.begin(tables.lineTable);
        this.branchWriter.begin(tables.branchTable);
    }
    flush() {
        if (!this.pending)
            return;
        this.pending = undefined;
        this.lineWriter.end();
        this.branchWriter.end();
    }
}
class FileTables {
    store;
    lineTable = new LineTable();
    branchTable = new BranchTable();
    constructor(store) {
        this.store = store;
    }
    addLine(line, hits) {
        const store = this.store;
        if (store.pending !== this)
            store.switchTo(this);
        store.lineWriter.add(line, hits);
    }
    addBranch(line, arm, hits) {
        const store = this.store;
        if (store.pending !== this)
            store.switchTo(this);
        store.branchWriter.add(line, arm, hits);
    }
    lineHits(line) {
        this.store.flush();
        return this.lineTable.get(line);
    }
    forEachLine(visit) {
        this.store.flush();
        this.lineTable.forEach(visit);
    }
    lineTableRatio() {
        this.store.flush();
        return this.lineTable.ratio();
    }
    branchArms(line) {
        this.store.flush();
        return this.branchTable.armsAt(line);
    }
    forEachBranchLine(visit) {
        this.store.flush();
        this.branchTable.forEach(visit);
    }
    branchTableRatio() {
        this.store.flush();
        return this.branchTable.ratio();
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./dist.tmp-js/coverage/detect.js


const HEAD_BYTES = 64 * 1024;
function detectFormatFromHead(head) {
    const text = head.replace(/^\uFEFF/, '').trimStart();
    if (text.startsWith('mode:'))
        return 'go';
    if (text.startsWith('{'))
        return /"statementMap"\s*:/.test(text) ? 'istanbul' : undefined;
    if (text.startsWith('<')) {
        const doctype = /<!DOCTYPE\s+([^>]*)>/i.exec(text)?.[1] ?? '';
        const root = /<([A-Za-z_][\w.-]*)/.exec(text.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, ''));
        const rootName = root?.[1] ?? doctype.split(/\s/)[0];
        if (rootName === 'report' || /JACOCO/i.test(doctype))
            return 'jacoco';
        if (rootName !== 'coverage')
            return undefined;
        const rootTag = /<coverage\b[^>]*>/.exec(text)?.[0] ?? '';
        return /\bclover\s*=/.test(rootTag) || /<project[\s>]/.test(text) ? 'clover' : 'cobertura';
    }
    const firstLine = text.slice(0, text.search(/\r?\n|$/));
    if (/^[A-Z][A-Z0-9_]*:/.test(firstLine) && /^SF:/m.test(text))
        return 'lcov';
    if (/^(TN|SF):/.test(firstLine))
        return 'lcov';
    return undefined;
}
async function detectFormat(path, displayPath = path) {
    const handle = await (0,promises_.open)(path, 'r');
    let head;
    try {
        const buffer = Buffer.alloc(HEAD_BYTES);
        const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
        head = buffer.toString('utf8', 0, bytesRead);
    }
    finally {
        await handle.close();
    }
    if (!head.trim())
        throw new errors/* UserError */.yo(`${displayPath} is empty: the tests recorded no coverage.`);
    const format = detectFormatFromHead(head);
    if (format)
        return format;
    const what = head.trimStart().startsWith('{')
        ? 'JSON without istanbul\'s "statementMap" (coverage.py\'s JSON is not supported: use "coverage xml" or "coverage lcov")'
        : 'not a coverage report shipgate reads';
    throw new errors/* UserError */.yo(`${displayPath} line 1: the file is ${what}; accepted are lcov, Cobertura, Clover and JaCoCo XML, istanbul's coverage-final.json and Go coverprofiles.`);
}

;// CONCATENATED MODULE: ./dist.tmp-js/coverage/discover.js






const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);
const AUTO_REPORTS = [
    { pattern: 'coverage/lcov.info', family: 'istanbul' },
    { pattern: 'coverage/*/lcov.info', family: 'istanbul' },
    { pattern: 'lcov.info', family: 'istanbul' },
    { pattern: 'coverage/coverage-final.json', family: 'istanbul' },
    { pattern: 'coverage/cobertura-coverage.xml', family: 'istanbul' },
    { pattern: 'coverage/clover.xml', family: 'istanbul' },
    { pattern: 'coverage.xml', family: 'cobertura' },
    { pattern: 'cobertura.xml', family: 'cobertura' },
    { pattern: 'clover.xml', family: 'clover' },
    { pattern: 'jacoco.xml', family: 'jacoco' },
    { pattern: 'target/site/jacoco/jacoco.xml', family: 'jacoco' },
    { pattern: 'build/reports/jacoco/**/*.xml', family: 'jacoco', content: /^jacoco$/ },
    { pattern: 'coverage.out', family: 'go' },
    { pattern: 'cover.out', family: 'go' },
    { pattern: 'coverage.txt', family: 'go', content: /^go$/ },
];
const toPosix = (value) => value.replace(/\\/g, '/');
function displayPathOf(file, workingDirectory) {
    const relative = external_node_path_.relative(workingDirectory, file);
    return relative && !relative.startsWith('..') && !external_node_path_.isAbsolute(relative) ? toPosix(relative) : toPosix(file);
}
async function entriesOf(directory) {
    try {
        return await (0,promises_.readdir)(directory, { withFileTypes: true });
    }
    catch {
        return [];
    }
}
async function kindOf(file) {
    try {
        const info = await (0,promises_.stat)(file);
        return info.isFile() ? 'file' : info.isDirectory() ? 'directory' : undefined;
    }
    catch {
        return undefined;
    }
}
async function walk(directory, relative, depth, how, found) {
    for (const entry of (await entriesOf(directory)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        const target = external_node_path_.join(directory, entry.name);
        const rel = relative ? `${relative}/${entry.name}` : entry.name;
        let kind = entry.isFile() ? 'file' : entry.isDirectory() ? 'directory' : undefined;
        if (entry.isSymbolicLink()) {
            kind = await kindOf(target);
            if (kind === 'directory' && how.maxDepth === Infinity)
                continue;
        }
        if (kind === 'file') {
            if (how.matches(rel))
                found.push(target);
        }
        else if (kind === 'directory' && depth + 1 < how.maxDepth) {
            if (SKIPPED_DIRECTORIES.has(entry.name) && !how.named(entry.name))
                continue;
            if (entry.name.startsWith('.') && !how.enterDot)
                continue;
            await walk(target, rel, depth + 1, how, found);
        }
    }
}
async function expandGlob(pattern, directory) {
    let glob = pattern.trim().replace(/^(\.\/)+/, '');
    if (process.platform === 'win32')
        glob = glob.replace(/\\/g, '/');
    const scan = picomatch.scan(literalParentheses(glob));
    const base = external_node_path_.resolve(directory, scan.base.replace(/\\(.)/g, '$1') || '.');
    if (!scan.isGlob)
        return (await kindOf(base)) === 'file' ? [base] : [];
    const rest = scan.glob;
    const found = [];
    await walk(base, '', 0, {
        matches: picomatch(rest, { ...GLOB_OPTIONS, dot: false }),
        maxDepth: rest.includes('**') ? Infinity : rest.split('/').length,
        enterDot: /(^|\/|\{|,)\./.test(rest),
        named: (name) => rest.includes(name),
    }, found);
    return found.sort();
}
async function findReports(patterns, workingDirectory) {
    const reports = new Map();
    for (const pattern of patterns) {
        const files = await expandGlob(pattern, workingDirectory);
        if (files.length === 0)
            throw new errors/* UserError */.yo(`No coverage report matches "${pattern}" in ${toPosix(workingDirectory)}.`);
        for (const file of files)
            reports.set(file, { path: file, displayPath: displayPathOf(file, workingDirectory) });
    }
    return [...reports.values()];
}
async function readHead(file) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const buffer = Buffer.alloc(4096);
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        return buffer.toString('utf8', 0, bytesRead);
    }
    finally {
        await handle.close();
    }
}
async function discoverReports(workingDirectory) {
    const reports = [];
    const taken = new Set();
    for (const { pattern, family, content } of AUTO_REPORTS) {
        for (const file of await expandGlob(pattern, workingDirectory)) {
            const key = `${external_node_path_.dirname(file)}\0${family}`;
            if (taken.has(key))
                continue;
            if (content && !content.test(detectFormatFromHead(await readHead(file)) ?? ''))
                continue;
            taken.add(key);
            reports.push({ path: file, displayPath: displayPathOf(file, workingDirectory) });
        }
    }
    if (reports.length === 0) {
        throw new errors/* UserError */.yo(`No coverage report was found in ${toPosix(workingDirectory)} (looked for ${AUTO_REPORTS.map((report) => report.pattern).join(', ')}); set the "reports" input to where your tests write coverage.`);
    }
    return reports;
}

;// CONCATENATED MODULE: ./dist.tmp-js/coverage/model.js

const REPORT_FORMATS = (/* unused pure expression or super */ null && (['lcov', 'cobertura', 'clover', 'jacoco', 'istanbul', 'go']));
class FileCoverage extends FileTables {
    path;
    statements;
    constructor(path, store = new store_CoverageStore()) {
        super(store);
        this.path = path;
    }
    get lines() {
        return {
            add: (line, hits) => this.addLine(line, hits),
            get: (line) => this.lineHits(line),
            forEach: (visit) => this.forEachLine(visit),
            ratio: () => this.lineTableRatio(),
        };
    }
    get branches() {
        return {
            add: (line, arm, hits) => this.addBranch(line, arm, hits),
            armsAt: (line) => this.branchArms(line),
            forEach: (visit) => this.forEachBranchLine(visit),
            ratio: () => this.branchTableRatio(),
        };
    }
    lineRatio() {
        return this.statements ? this.statements.ratio() : this.lineTableRatio();
    }
    branchRatio() {
        return this.branchTableRatio();
    }
}
function fileTotals(model) {
    return [...model.files.values()].map((file) => ({ path: file.path, lines: file.lineRatio(), branches: file.branchRatio() }));
}
function totals(model) {
    const sum = { lines: { covered: 0, total: 0 }, branches: { covered: 0, total: 0 } };
    for (const file of model.files.values()) {
        const lines = file.lineRatio();
        const branches = file.branchRatio();
        sum.lines.covered += lines.covered;
        sum.lines.total += lines.total;
        sum.branches.covered += branches.covered;
        sum.branches.total += branches.total;
    }
    return sum;
}
class CoverageCollector {
    store = new CoverageStore();
    files = new Map();
    file(reportPath) {
        let file = this.files.get(reportPath);
        if (!file)
            this.files.set(reportPath, (file = new FileCoverage(reportPath, this.store)));
        return file;
    }
    finish() {
        return finishFiles(this.files, this.store);
    }
}
function finishFiles(files, store) {
    const stores = new Set(store ? [store] : [...files.values()].map((file) => file.store));
    for (const each of stores)
        each.flush();
    const sorted = inOrder(files) ? files : new Map([...files.keys()].sort().map((path) => [path, files.get(path)]));
    for (const file of sorted.values()) {
        if (file.statements) {
            file.statements.projectOnto(file);
            file.store.flush();
        }
    }
    return sorted;
}
function inOrder(files) {
    let previous;
    for (const path of files.keys()) {
        if (previous !== undefined && !(previous < path))
            return false;
        previous = path;
    }
    return true;
}

;// CONCATENATED MODULE: ./dist.tmp-js/coverage/stream.js


const DEFAULT_CHUNK_SIZE = 1 << 20;
class ReportSyntaxError extends Error {
    offset;
    line;
    constructor(offset, message, line) {
        super(message);
        this.offset = offset;
        this.line = line;
    }
}
const MAX_LINE_BYTES = 1 << 20;
const LINE_LIMIT = { bytes: MAX_LINE_BYTES, unit: 'a line' };
function formatBytes(bytes) {
    return bytes >= 1 << 20 ? `${bytes / (1 << 20)} MiB` : `${bytes / 1024} KiB`;
}
function tooLongMessage(limit) {
    return `${limit.unit} longer than ${formatBytes(limit.bytes)} starts here, more than any coverage report needs, so the file is refused (is it damaged, or not a coverage report?).`;
}
class ChunkReader {
    handle;
    chunkSize;
    limit;
    reserve;
    buffers;
    which = 0;
    pending;
    chunk;
    fileOffset = 0;
    offset = 0;
    linesBefore;
    constructor(handle, chunkSize, limit, regularFile) {
        this.handle = handle;
        this.chunkSize = chunkSize;
        this.limit = limit;
        if (!regularFile)
            this.linesBefore = 0;
        this.reserve = Math.min(1 << 16, Math.max(4, chunkSize >> 4));
        this.buffers = [Buffer.allocUnsafe(this.reserve + chunkSize), Buffer.allocUnsafe(this.reserve + chunkSize)];
        this.pending = handle.read(this.buffers[0], this.reserve, chunkSize, null);
    }
    static async open(path, chunkSize = DEFAULT_CHUNK_SIZE, limit = LINE_LIMIT) {
        const handle = await (0,promises_.open)(path, 'r');
        try {
            return new ChunkReader(handle, chunkSize, limit, (await handle.stat()).isFile());
        }
        catch (error) {
            await handle.close();
            throw error;
        }
    }
    async next(consumed = this.chunk?.length ?? 0) {
        const previous = this.chunk;
        const keep = previous ? previous.length - consumed : 0;
        if (previous && this.linesBefore !== undefined)
            this.linesBefore += countNewlines(previous, 0, consumed);
        if (keep > this.limit.bytes) {
            throw new ReportSyntaxError(this.offset + consumed, tooLongMessage(this.limit), this.linesBefore === undefined ? undefined : this.linesBefore + 1);
        }
        const { bytesRead } = await this.pending;
        if (bytesRead === 0) {
            this.chunk = undefined;
            return undefined;
        }
        const buffer = this.buffers[this.which];
        let chunk;
        if (keep === 0)
            chunk = buffer.subarray(this.reserve, this.reserve + bytesRead);
        else if (keep <= this.reserve) {
            previous.copy(buffer, this.reserve - keep, consumed);
            chunk = buffer.subarray(this.reserve - keep, this.reserve + bytesRead);
        }
        else {
            chunk = Buffer.concat([previous.subarray(consumed), buffer.subarray(this.reserve, this.reserve + bytesRead)]);
        }
        this.offset = this.fileOffset - keep;
        this.fileOffset += bytesRead;
        this.which ^= 1;
        this.pending = this.handle.read(this.buffers[this.which], this.reserve, this.chunkSize, null);
        this.chunk = chunk;
        return chunk;
    }
    async close() {
        await this.pending.catch(() => undefined);
        await this.handle.close();
    }
}
function countNewlines(buf, start, end) {
    let count = 0;
    for (let i = buf.indexOf(10, start); i >= 0 && i < end; i = buf.indexOf(10, i + 1))
        count++;
    return count;
}
async function* readChunks(path, chunkSize = DEFAULT_CHUNK_SIZE) {
    const reader = await ChunkReader.open(path, chunkSize);
    try {
        for (let chunk = await reader.next(); chunk; chunk = await reader.next())
            yield chunk;
    }
    finally {
        await reader.close();
    }
}
async function parseLineChunks(path, chunkSize, parse) {
    const reader = await ChunkReader.open(path, chunkSize);
    try {
        let consumed = 0;
        let last;
        let lastOffset = 0;
        for (let chunk = await reader.next(); chunk; chunk = await reader.next(consumed)) {
            consumed = parse(chunk, reader.offset);
            last = chunk;
            lastOffset = reader.offset;
        }
        if (last && consumed < last.length)
            parse(Buffer.concat([last.subarray(consumed), Buffer.from('\n')]), lastOffset + consumed);
    }
    finally {
        await reader.close();
    }
}
async function lineNumberAt(path, offset) {
    if (!(await (0,promises_.stat)(path)).isFile())
        return undefined;
    let line = 1;
    let position = 0;
    for await (const chunk of readChunks(path)) {
        const end = Math.min(chunk.length, offset - position);
        for (let i = chunk.indexOf(10); i >= 0 && i < end; i = chunk.indexOf(10, i + 1))
            line++;
        position += chunk.length;
        if (position >= offset)
            break;
    }
    return line;
}
async function withReportErrors(path, options, parse) {
    try {
        await parse();
    }
    catch (error) {
        const code = error?.code;
        if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
            throw new errors/* UserError */.yo(`${options.displayPath ?? path} could not be read (${code}): check that the tests wrote it and that it is a file.`, { cause: error });
        }
        if (!(error instanceof ReportSyntaxError))
            throw error;
        const line = error.line ?? (await lineNumberAt(path, error.offset));
        throw new errors/* UserError */.yo(`${options.displayPath ?? path} ${line === undefined ? `at byte ${error.offset}` : `line ${line}`}: ${error.message}`);
    }
}
async function scanLines(path, chunkSize, onLine) {
    await parseLineChunks(path, chunkSize, (buf, base) => {
        let start = 0;
        for (let newline = buf.indexOf(10); newline >= 0; newline = buf.indexOf(10, start)) {
            onLine(buf, start, newline > start && buf[newline - 1] === 13 ? newline - 1 : newline, base + start);
            start = newline + 1;
        }
        return start;
    });
}
function parseUint(buf, start, end) {
    if (start >= end)
        return -1;
    let value = 0;
    for (let i = start; i < end; i++) {
        const digit = buf[i] - 48;
        if (digit < 0 || digit > 9)
            return -1;
        value = value * 10 + digit;
    }
    return value;
}
function quoteBytes(buf, start, end) {
    const text = buf.toString('utf8', start, Math.min(end, start + 80));
    return JSON.stringify(end - start > 80 ? `${text}...` : text);
}

;// CONCATENATED MODULE: ./dist.tmp-js/coverage/parsers/xml.js

const START = 1;
const END = 2;
const EMPTY = 3;
const LT = 60, GT = 62, SLASH = 47, BANG = 33, QUESTION = 63, EQUALS = 61, QUOTE = 34, APOSTROPHE = 39, AMP = 38;
const DASH = 45, BRACKET = 91, ZERO = 48, NINE = 57;
const MAX_ATTRIBUTES = 64;
const TAG_LIMIT = { bytes: MAX_LINE_BYTES, unit: 'an XML tag or comment' };
const TEXT_LIMIT = { bytes: MAX_LINE_BYTES, unit: 'a text between XML tags' };
function isSpace(c) {
    return c <= 32;
}
function sameBytes(buf, start, end, name) {
    if (end - start !== name.length)
        return false;
    for (let i = 0; i < name.length; i++)
        if (buf[start + i] !== name[i])
            return false;
    return true;
}
class XmlTag {
    kind = 0;
    name = -1;
    offset = 0;
    buf = Buffer.alloc(0);
    count = 0;
    bounds = new Int32Array(MAX_ATTRIBUTES * 4);
    read(buf, from, names) {
        const n = buf.length;
        this.buf = buf;
        this.count = 0;
        let i = from + 1;
        this.kind = START;
        if (buf[i] === SLASH) {
            this.kind = END;
            i++;
        }
        const nameStart = i;
        while (i < n) {
            const c = buf[i];
            if (c <= 32 || c === GT || c === SLASH)
                break;
            i++;
        }
        if (i >= n)
            return -1;
        this.name = findName(buf, nameStart, i, names);
        for (;;) {
            while (i < n && isSpace(buf[i]))
                i++;
            if (i >= n)
                return -1;
            const c = buf[i];
            if (c === GT)
                return i + 1;
            if (c === SLASH) {
                if (i + 1 >= n)
                    return -1;
                if (buf[i + 1] !== GT)
                    throw this.malformed(buf, from, i);
                this.kind = EMPTY;
                return i + 2;
            }
            const attributeStart = i;
            while (i < n) {
                const a = buf[i];
                if (a === EQUALS || a <= 32 || a === GT)
                    break;
                i++;
            }
            const attributeEnd = i;
            while (i < n && isSpace(buf[i]))
                i++;
            if (i + 1 >= n)
                return -1;
            if (buf[i] !== EQUALS || attributeEnd === attributeStart)
                throw this.malformed(buf, from, i);
            i++;
            while (i < n && isSpace(buf[i]))
                i++;
            if (i >= n)
                return -1;
            const quote = buf[i];
            if (quote !== QUOTE && quote !== APOSTROPHE)
                throw this.malformed(buf, from, i);
            let valueEnd = i + 1;
            while (valueEnd < n && buf[valueEnd] !== quote)
                valueEnd++;
            if (valueEnd >= n)
                return -1;
            if (this.count < MAX_ATTRIBUTES) {
                const at = this.count++ * 4;
                this.bounds[at] = attributeStart;
                this.bounds[at + 1] = attributeEnd;
                this.bounds[at + 2] = i + 1;
                this.bounds[at + 3] = valueEnd;
            }
            i = valueEnd + 1;
        }
    }
    malformed(buf, from, at) {
        const text = buf.toString('utf8', from, Math.min(buf.length, at + 1, from + 80));
        return new ReportSyntaxError(this.offset, `the XML tag ${JSON.stringify(text)} is malformed.`);
    }
    find(name) {
        for (let at = 0; at < this.count * 4; at += 4)
            if (sameBytes(this.buf, this.bounds[at], this.bounds[at + 1], name))
                return at;
        return -1;
    }
    attribute(name) {
        const at = this.find(name);
        if (at < 0)
            return undefined;
        const start = this.bounds[at + 2];
        const end = this.bounds[at + 3];
        const raw = this.buf.toString('utf8', start, end);
        for (let i = start; i < end; i++)
            if (this.buf[i] === AMP)
                return decodeEntities(raw);
        return raw;
    }
    integer(name) {
        const at = this.find(name);
        if (at < 0)
            return -1;
        const end = this.bounds[at + 3];
        let i = this.bounds[at + 2];
        if (i === end)
            return -2;
        let value = 0;
        for (; i < end; i++) {
            const c = this.buf[i];
            if (c < ZERO || c > NINE)
                return -2;
            value = value * 10 + c - ZERO;
        }
        return value;
    }
    attributeIs(name, value) {
        const at = this.find(name);
        return at >= 0 && sameBytes(this.buf, this.bounds[at + 2], this.bounds[at + 3], value);
    }
}
function findName(buf, start, end, names) {
    for (let index = 0; index < names.length; index++)
        if (sameBytes(buf, start, end, names[index]))
            return index;
    return -1;
}
function decodeEntities(text) {
    return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_entity, body) => {
        if (body[0] === '#')
            return String.fromCodePoint(body[1] === 'x' ? parseInt(body.slice(2), 16) : Number(body.slice(1)));
        return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[body];
    });
}
function specialEnd(buf, lt) {
    if (buf[lt + 1] === QUESTION) {
        const end = buf.indexOf('?>', lt + 2, 'latin1');
        return end < 0 ? undefined : [end + 2, 0, 0];
    }
    if (lt + 3 >= buf.length)
        return undefined;
    if (buf[lt + 2] === DASH) {
        const end = buf.indexOf('-->', lt + 4, 'latin1');
        return end < 0 ? undefined : [end + 3, 0, 0];
    }
    if (buf[lt + 2] === BRACKET) {
        const end = buf.indexOf(']]>', lt + 9, 'latin1');
        return end < 0 ? undefined : [end + 3, lt + 9, end];
    }
    const gt = buf.indexOf(GT, lt);
    if (gt < 0)
        return undefined;
    const bracket = buf.indexOf(BRACKET, lt);
    if (bracket >= 0 && bracket < gt) {
        const end = buf.indexOf(']>', bracket, 'latin1');
        return end < 0 ? undefined : [end + 2, 0, 0];
    }
    return [gt + 1, 0, 0];
}
async function scanXml(path, handler, chunkSize) {
    const names = handler.names.map((name) => Buffer.from(name, 'latin1'));
    const tag = new XmlTag();
    let text = [];
    let textBytes = 0;
    let textOffset = 0;
    let depth = 0;
    let root;
    const takeText = () => {
        const value = decodeEntities(Buffer.concat(text).toString('utf8'));
        text = [];
        textBytes = 0;
        return value;
    };
    const nameAt = (buf, lt) => {
        let end = lt + 1;
        while (end < buf.length && buf[end] > 32 && buf[end] !== GT && buf[end] !== SLASH)
            end++;
        return buf.toString('utf8', lt + 1, end);
    };
    const keepText = (buf, start, end, offset) => {
        if (textBytes === 0)
            textOffset = offset;
        textBytes += end - start;
        if (textBytes > TEXT_LIMIT.bytes)
            throw new ReportSyntaxError(textOffset, tooLongMessage(TEXT_LIMIT));
        text.push(Buffer.from(buf.subarray(start, end)));
    };
    const reader = await ChunkReader.open(path, chunkSize, TAG_LIMIT);
    let consumed = 0;
    let last;
    let lastOffset = 0;
    try {
        for (let buf = await reader.next(); buf; buf = await reader.next(consumed)) {
            const base = reader.offset;
            const n = buf.length;
            let at = 0;
            for (;;) {
                let lt = at;
                while (lt < n && buf[lt] !== LT)
                    lt++;
                if (lt + 1 >= n) {
                    if (handler.captureText && lt > at)
                        keepText(buf, at, lt, base + at);
                    at = lt;
                    break;
                }
                if (handler.captureText && lt > at)
                    keepText(buf, at, lt, base + at);
                const next = buf[lt + 1];
                if (next === BANG || next === QUESTION) {
                    const special = specialEnd(buf, lt);
                    if (!special) {
                        at = lt;
                        break;
                    }
                    if (special[2] > special[1] && handler.captureText)
                        keepText(buf, special[1], special[2], base + special[1]);
                    at = special[0];
                    continue;
                }
                tag.offset = base + lt;
                const after = tag.read(buf, lt, names);
                if (after < 0) {
                    at = lt;
                    break;
                }
                if (tag.kind !== END && depth === 0)
                    root = nameAt(buf, lt);
                if (tag.kind === START)
                    depth++;
                else if (tag.kind === END)
                    depth--;
                handler.tag(tag, handler.captureText ? takeText() : '');
                at = after;
            }
            consumed = at;
            last = buf;
            lastOffset = base;
        }
    }
    finally {
        await reader.close();
    }
    if (last && consumed < last.length)
        throw new ReportSyntaxError(lastOffset + consumed, 'the XML ends inside a tag (truncated report?).');
    if (root === undefined)
        throw new ReportSyntaxError(0, 'the file has no XML root element.');
    if (depth !== 0)
        throw new ReportSyntaxError(lastOffset + (last?.length ?? 0), `the XML ends before its closing </${root}> tag (truncated report?).`);
}

;// CONCATENATED MODULE: ./dist.tmp-js/coverage/parsers/cobertura.js


const SOURCE = 0, CLASS = 1, METHOD = 2, LINE = 3;
const NAMES = ['source', 'class', 'method', 'line'];
const FILENAME = Buffer.from('filename');
const NUMBER = Buffer.from('number');
const HITS = Buffer.from('hits');
const BRANCH = Buffer.from('branch');
const TRUE = Buffer.from('true');
const CONDITION_COVERAGE = Buffer.from('condition-coverage');
async function parseCobertura(path, sink, options = {}) {
    const roots = [];
    let file;
    let methodDepth = 0;
    const handler = {
        names: NAMES,
        captureText: false,
        tag(tag, text) {
            switch (tag.name) {
                case SOURCE:
                    if (tag.kind === START)
                        handler.captureText = true;
                    else if (tag.kind === END) {
                        handler.captureText = false;
                        if (text.trim())
                            roots.push(text.trim());
                    }
                    break;
                case CLASS:
                    if (tag.kind === END)
                        file = undefined;
                    else {
                        const filename = tag.attribute(FILENAME);
                        if (!filename)
                            throw new ReportSyntaxError(tag.offset, 'a <class> element has no filename attribute.');
                        file = sink.file(filename, roots);
                    }
                    break;
                case METHOD:
                    if (tag.kind === START)
                        methodDepth++;
                    else if (tag.kind === END)
                        methodDepth--;
                    break;
                case LINE:
                    if (tag.kind !== END && methodDepth === 0 && file)
                        addLine(tag, file);
                    break;
            }
        },
    };
    await withReportErrors(path, options, () => scanXml(path, handler, options.chunkSize));
}
function addLine(tag, file) {
    const line = tag.integer(NUMBER);
    const hits = tag.integer(HITS);
    if (line < 0 || hits < 0) {
        throw new ReportSyntaxError(tag.offset, 'a <line> element needs whole-number "number" and "hits" attributes.');
    }
    file.addLine(line, hits);
    if (!tag.attributeIs(BRANCH, TRUE))
        return;
    const conditions = tag.attribute(CONDITION_COVERAGE);
    if (conditions === undefined)
        return;
    const match = /\((\d+)\/(\d+)\)/.exec(conditions);
    if (!match || Number(match[1]) > Number(match[2])) {
        throw new ReportSyntaxError(tag.offset, `condition-coverage ${JSON.stringify(conditions)} is not "<percent>% (<covered>/<total>)".`);
    }
    const covered = Number(match[1]);
    const total = Number(match[2]);
    for (let arm = 0; arm < total; arm++)
        file.addBranch(line, arm, arm < covered ? 1 : 0);
}

;// CONCATENATED MODULE: ./dist.tmp-js/coverage/parsers/clover.js


const TEST_PROJECT = 0, FILE = 1, clover_LINE = 2;
const clover_NAMES = ['testproject', 'file', 'line'];
const PATH = Buffer.from('path');
const NAME = Buffer.from('name');
const NUM = Buffer.from('num');
const TYPE = Buffer.from('type');
const COND = Buffer.from('cond');
const COUNT = Buffer.from('count');
const TRUE_COUNT = Buffer.from('truecount');
const FALSE_COUNT = Buffer.from('falsecount');
async function parseClover(path, sink, options = {}) {
    let file;
    let inTests = false;
    const handler = {
        names: clover_NAMES,
        captureText: false,
        tag(tag) {
            switch (tag.name) {
                case TEST_PROJECT:
                    if (tag.kind === START)
                        inTests = true;
                    else if (tag.kind === END)
                        inTests = false;
                    break;
                case FILE:
                    if (tag.kind === END || inTests)
                        file = undefined;
                    else {
                        const name = tag.attribute(PATH) ?? tag.attribute(NAME);
                        if (!name)
                            throw new ReportSyntaxError(tag.offset, 'a <file> element has neither a path nor a name attribute.');
                        file = sink.file(name);
                    }
                    break;
                case clover_LINE:
                    if (tag.kind !== END && file)
                        clover_addLine(tag, file);
                    break;
            }
        },
    };
    await withReportErrors(path, options, () => scanXml(path, handler, options.chunkSize));
}
function clover_addLine(tag, file) {
    const line = tag.integer(NUM);
    const count = tag.integer(COUNT);
    if (line < 0 || count === -2)
        throw new ReportSyntaxError(tag.offset, 'a <line> element needs a whole-number "num" attribute and, when given, a whole-number "count".');
    if (count >= 0)
        file.addLine(line, count);
    if (!tag.attributeIs(TYPE, COND))
        return;
    const trueCount = Math.max(0, tag.integer(TRUE_COUNT));
    const falseCount = Math.max(0, tag.integer(FALSE_COUNT));
    if (count >= 0) {
        for (let arm = 0; arm < trueCount + falseCount; arm++)
            file.addBranch(line, arm, arm < trueCount ? 1 : 0);
    }
    else {
        file.addBranch(line, 0, trueCount);
        file.addBranch(line, 1, falseCount);
    }
}

;// CONCATENATED MODULE: ./dist.tmp-js/coverage/statements.js
class StatementBlocks {
    blocks = new Map();
    add(position, startLine, endLine, statements, count, setMode) {
        const known = this.blocks.get(position);
        if (!known) {
            this.blocks.set(position, { startLine, endLine, statements, count });
            return true;
        }
        if (known.statements !== statements)
            return false;
        known.count = setMode ? Math.max(known.count, count) : known.count + count;
        return true;
    }
    get size() {
        return this.blocks.size;
    }
    ratio() {
        let covered = 0;
        let total = 0;
        for (const block of this.blocks.values()) {
            total += block.statements;
            if (block.count > 0)
                covered += block.statements;
        }
        return { covered, total };
    }
    projectOnto(lines) {
        const byLine = new Map();
        for (const block of this.blocks.values()) {
            if (block.statements === 0)
                continue;
            for (let line = block.startLine; line <= block.endLine; line++) {
                const known = byLine.get(line);
                if (known === undefined || known < block.count)
                    byLine.set(line, block.count);
            }
        }
        for (const line of [...byLine.keys()].sort((a, b) => a - b))
            lines.addLine(line, byLine.get(line));
    }
}

;// CONCATENATED MODULE: ./dist.tmp-js/coverage/parsers/go.js


const SPACE = 32, COLON = 58, COMMA = 44, DOT = 46;
const MODES = new Set(['set', 'count', 'atomic']);
async function parseGoProfile(path, sink, options = {}) {
    let setMode;
    let lastName;
    let blocks;
    const onLine = (buf, start, end, offset) => {
        if (start === end)
            return;
        if (buf[start] === 109 && buf.toString('latin1', start, Math.min(end, start + 5)) === 'mode:') {
            const mode = buf.toString('latin1', start + 5, end).trim();
            if (!MODES.has(mode))
                throw new ReportSyntaxError(offset, `mode ${JSON.stringify(mode)} is not one of set, count, atomic.`);
            setMode = (setMode ?? false) || mode === 'set';
            return;
        }
        if (setMode === undefined)
            throw new ReportSyntaxError(offset, 'a Go coverage profile must start with a "mode: set|count|atomic" line.');
        const countSpace = buf.lastIndexOf(SPACE, end - 1);
        const statementsSpace = countSpace > start ? buf.lastIndexOf(SPACE, countSpace - 1) : -1;
        const colon = statementsSpace > start ? buf.lastIndexOf(COLON, statementsSpace - 1) : -1;
        const count = statementsSpace < start ? -1 : parseUint(buf, countSpace + 1, end);
        const statements = count < 0 ? -1 : parseUint(buf, statementsSpace + 1, countSpace);
        const position = colon <= start ? undefined : parsePosition(buf, colon + 1, statementsSpace);
        if (statements < 0 || !position) {
            throw new ReportSyntaxError(offset, `block ${quoteBytes(buf, start, end)} is not "<file>:<line>.<column>,<line>.<column> <statements> <count>".`);
        }
        if (!blocks || !lastName || lastName.length !== colon - start || lastName.compare(buf, start, colon) !== 0) {
            lastName = Buffer.from(buf.subarray(start, colon));
            const file = sink.file(lastName.toString('utf8'));
            blocks = file.statements ??= new StatementBlocks();
        }
        const key = buf.toString('latin1', colon + 1, statementsSpace);
        if (!blocks.add(key, position[0], position[1], statements, count, setMode)) {
            throw new ReportSyntaxError(offset, `block ${quoteBytes(buf, start, end)} has another statement count than the same block seen before (profiles of different builds?).`);
        }
    };
    await withReportErrors(path, options, async () => {
        await scanLines(path, options.chunkSize, onLine);
        if (setMode === undefined)
            throw new ReportSyntaxError(0, 'the Go coverage profile is empty: it has no "mode:" line.');
    });
}
function parsePosition(buf, start, end) {
    const comma = buf.indexOf(COMMA, start);
    if (comma < 0 || comma >= end)
        return undefined;
    const firstDot = buf.indexOf(DOT, start);
    const secondDot = buf.indexOf(DOT, comma);
    if (firstDot < 0 || firstDot >= comma || secondDot < 0 || secondDot >= end)
        return undefined;
    const startLine = parseUint(buf, start, firstDot);
    const endLine = parseUint(buf, comma + 1, secondDot);
    const valid = startLine >= 0 && endLine >= startLine && parseUint(buf, firstDot + 1, comma) >= 0 && parseUint(buf, secondDot + 1, end) >= 0;
    return valid ? [startLine, endLine] : undefined;
}

;// CONCATENATED MODULE: ./dist.tmp-js/coverage/parsers/istanbul-layout.js
const istanbul_layout_QUOTE = 34, istanbul_layout_COLON = 58, istanbul_layout_COMMA = 44, OPEN_BRACE = 123, CLOSE_BRACE = 125, OPEN_BRACKET = 91, CLOSE_BRACKET = 93, BACKSLASH = 92;
const istanbul_layout_ZERO = 48, istanbul_layout_NINE = 57;
const FAIL = -1;
const MAX_DIGITS = 15;
const MAX_ID = 1 << 22;
const bytes = (text) => {
    const buf = Buffer.from(text, 'latin1');
    const words = new Uint32Array(buf.length >> 2);
    for (let k = 0; k < words.length; k++)
        words[k] = buf.readUInt32LE(4 * k);
    return { bytes: buf, words };
};
const LOC_START = bytes('{"start":{"line":'), LOC_COLUMN = bytes(',"column":'), LOC_END = bytes('},"end":{"line":');
const BRANCH_LOC = bytes('{"loc":'), BRANCH_TYPE = bytes(',"type":'), BRANCH_LOCATIONS = bytes(',"locations":['), istanbul_layout_LINE = bytes(',"line":');
const NO_LOCATION = bytes('{"start":{},"end":{}}');
const FN_NAME = bytes('{"name":'), FN_DECL = bytes(',"decl":'), FN_LOC = bytes(',"loc":');
let at = 0;
let value = 0;
let view = new DataView(new ArrayBuffer(0));
let viewOf;
function see(buf) {
    if (buf === viewOf)
        return;
    view = new DataView(buf.buffer, buf.byteOffset, buf.length);
    viewOf = buf;
}
function startsWith(buf, j, end, pattern) {
    const bytes = pattern.bytes;
    if (j + bytes.length > end)
        return false;
    const words = pattern.words;
    let k = 0;
    for (; k < words.length; k++)
        if (view.getUint32(j + 4 * k, true) !== words[k])
            return false;
    for (k *= 4; k < bytes.length; k++)
        if (buf[j + k] !== bytes[k])
            return false;
    return true;
}
function whole(buf, j, end) {
    const first = j;
    let n = 0;
    for (; j < end; j++) {
        const c = buf[j];
        if (c < istanbul_layout_ZERO || c > istanbul_layout_NINE)
            break;
        n = n * 10 + c - istanbul_layout_ZERO;
    }
    if (j === first || j - first > MAX_DIGITS || (buf[first] === istanbul_layout_ZERO && j > first + 1))
        return false;
    value = n;
    at = j;
    return true;
}
const layoutEnd = () => at;
const layoutValue = () => value;
function idKey(buf, j, end, id) {
    if (j >= end || buf[j] !== istanbul_layout_QUOTE || !whole(buf, j + 1, end) || value !== id)
        return false;
    j = at;
    if (j + 1 >= end || buf[j] !== istanbul_layout_QUOTE || buf[j + 1] !== istanbul_layout_COLON)
        return false;
    at = j + 2;
    return true;
}
function istanbul_layout_location(buf, j, end) {
    see(buf);
    if (!startsWith(buf, j, end, LOC_START) || !whole(buf, j + LOC_START.bytes.length, end))
        return false;
    const line = value;
    if (!startsWith(buf, at, end, LOC_COLUMN) || !whole(buf, at + LOC_COLUMN.bytes.length, end))
        return false;
    if (!startsWith(buf, at, end, LOC_END) || !whole(buf, at + LOC_END.bytes.length, end))
        return false;
    if (!startsWith(buf, at, end, LOC_COLUMN) || !whole(buf, at + LOC_COLUMN.bytes.length, end))
        return false;
    j = at;
    if (j + 1 >= end || buf[j] !== CLOSE_BRACE || buf[j + 1] !== CLOSE_BRACE)
        return false;
    value = line;
    at = j + 2;
    return true;
}
function branchLocation(buf, j, end) {
    if (!startsWith(buf, j, end, NO_LOCATION))
        return istanbul_layout_location(buf, j, end);
    value = -1;
    at = j + NO_LOCATION.bytes.length;
    return true;
}
function plainString(buf, j, end) {
    if (j >= end || buf[j] !== istanbul_layout_QUOTE)
        return false;
    for (j++; j < end; j++) {
        const c = buf[j];
        if (c === istanbul_layout_QUOTE) {
            at = j + 1;
            return true;
        }
        if (c === BACKSLASH || c < 32)
            return false;
    }
    return false;
}
const STATEMENTS = 0, COUNTS = 1, SKIPPED_COUNTS = 2, BRANCHES = 3, ARMS = 4, FUNCTIONS = 5;
function idTable(buf, j, end, kind, tables) {
    see(buf);
    if (j + 1 >= end || buf[j] !== OPEN_BRACE)
        return FAIL;
    if (buf[j + 1] === CLOSE_BRACE)
        return j + 2;
    at = j + 1;
    for (let id = 0; id < MAX_ID; id++) {
        if (!idKey(buf, at, end, id))
            return FAIL;
        let read;
        switch (kind) {
            case STATEMENTS:
                read = istanbul_layout_location(buf, at, end) && tables.setStatementLine(id, value);
                break;
            case COUNTS:
                read = whole(buf, at, end) && tables.setStatementCount(id, value);
                break;
            case SKIPPED_COUNTS:
                read = whole(buf, at, end);
                break;
            case BRANCHES:
                read = branchItem(buf, end, id, tables);
                break;
            case ARMS:
                read = armItem(buf, end, id, tables);
                break;
            default:
                read = functionItem(buf, end);
        }
        if (!read)
            return FAIL;
        j = at;
        if (j >= end)
            return FAIL;
        if (buf[j] === CLOSE_BRACE)
            return j + 1;
        if (buf[j] !== istanbul_layout_COMMA)
            return FAIL;
        at = j + 1;
    }
    return FAIL;
}
const statementTable = (buf, j, end, tables) => idTable(buf, j, end, STATEMENTS, tables);
const countTable = (buf, j, end, tables) => idTable(buf, j, end, COUNTS, tables);
const skipCountTable = (buf, j, end) => idTable(buf, j, end, SKIPPED_COUNTS, undefined);
const branchTable = (buf, j, end, tables) => idTable(buf, j, end, BRANCHES, tables);
const armTable = (buf, j, end, tables) => idTable(buf, j, end, ARMS, tables);
const skipFunctionTable = (buf, j, end) => idTable(buf, j, end, FUNCTIONS, undefined);
function branchItem(buf, end, id, tables) {
    if (!startsWith(buf, at, end, BRANCH_LOC) || !branchLocation(buf, at + BRANCH_LOC.bytes.length, end))
        return false;
    const loc = value;
    if (!startsWith(buf, at, end, BRANCH_TYPE) || !plainString(buf, at + BRANCH_TYPE.bytes.length, end))
        return false;
    if (!startsWith(buf, at, end, BRANCH_LOCATIONS))
        return false;
    let first;
    at += BRANCH_LOCATIONS.bytes.length;
    if (at < end && buf[at] === CLOSE_BRACKET)
        at++;
    else {
        for (;;) {
            if (!branchLocation(buf, at, end))
                return false;
            if (first === undefined)
                first = value;
            if (at >= end)
                return false;
            const c = buf[at++];
            if (c === CLOSE_BRACKET)
                break;
            if (c !== istanbul_layout_COMMA)
                return false;
        }
    }
    if (!startsWith(buf, at, end, istanbul_layout_LINE) || !whole(buf, at + istanbul_layout_LINE.bytes.length, end))
        return false;
    const line = value;
    if (at >= end || buf[at] !== CLOSE_BRACE)
        return false;
    at++;
    return tables.setBranchMapping(id, line, loc, first ?? -1);
}
function armItem(buf, end, id, tables) {
    if (at >= end || buf[at] !== OPEN_BRACKET)
        return false;
    at++;
    if (!tables.openArms(id))
        return false;
    if (at < end && buf[at] === CLOSE_BRACKET)
        at++;
    else {
        for (;;) {
            if (!whole(buf, at, end))
                return false;
            tables.addArm(value);
            if (at >= end)
                return false;
            const c = buf[at++];
            if (c === CLOSE_BRACKET)
                break;
            if (c !== istanbul_layout_COMMA)
                return false;
        }
    }
    tables.closeArms(id);
    return true;
}
function functionItem(buf, end) {
    if (!startsWith(buf, at, end, FN_NAME) || !plainString(buf, at + FN_NAME.bytes.length, end))
        return false;
    if (!startsWith(buf, at, end, FN_DECL) || !istanbul_layout_location(buf, at + FN_DECL.bytes.length, end))
        return false;
    if (!startsWith(buf, at, end, FN_LOC) || !istanbul_layout_location(buf, at + FN_LOC.bytes.length, end))
        return false;
    if (!startsWith(buf, at, end, istanbul_layout_LINE) || !whole(buf, at + istanbul_layout_LINE.bytes.length, end))
        return false;
    if (at >= end || buf[at] !== CLOSE_BRACE)
        return false;
    at++;
    return true;
}

;// CONCATENATED MODULE: ./dist.tmp-js/coverage/parsers/istanbul-tables.js
class EntryTables {
    stmtLine = new Int32Array(1024).fill(-1);
    stmtCount = new Float64Array(1024).fill(-1);
    stmtTop = -1;
    countTop = -1;
    brLine = new Int32Array(256).fill(-1);
    brLocLine = new Int32Array(256).fill(-1);
    brLocationsLine = new Int32Array(256).fill(-1);
    brMapped = new Uint8Array(256);
    armStart = new Int32Array(256).fill(-1);
    armCount = new Int32Array(256);
    arms = new Float64Array(4096);
    armsUsed = 0;
    armFirst = 0;
    armsOnLine = new Map();
    brTop = -1;
    reset() {
        this.clearStatementLines();
        this.clearStatementCounts();
        this.clearBranchMappings();
        this.clearArms();
        this.brTop = -1;
    }
    clearStatementLines() {
        if (this.stmtTop >= 0)
            this.stmtLine.fill(-1, 0, this.stmtTop + 1);
        this.stmtTop = -1;
    }
    clearStatementCounts() {
        if (this.countTop >= 0)
            this.stmtCount.fill(-1, 0, this.countTop + 1);
        this.countTop = -1;
    }
    clearBranchMappings() {
        if (this.brTop < 0)
            return;
        this.brLine.fill(-1, 0, this.brTop + 1);
        this.brLocLine.fill(-1, 0, this.brTop + 1);
        this.brLocationsLine.fill(-1, 0, this.brTop + 1);
        this.brMapped.fill(0, 0, this.brTop + 1);
    }
    clearArms() {
        if (this.brTop >= 0)
            this.armStart.fill(-1, 0, this.brTop + 1);
        this.armsUsed = 0;
    }
    setStatementLine(id, line) {
        if (id >= this.stmtLine.length)
            this.growStatements(id);
        if (this.stmtLine[id] >= 0)
            return false;
        this.stmtLine[id] = line;
        if (id > this.stmtTop)
            this.stmtTop = id;
        return true;
    }
    setStatementCount(id, count) {
        if (id >= this.stmtCount.length)
            this.growStatements(id);
        if (this.stmtCount[id] >= 0)
            return false;
        this.stmtCount[id] = count;
        if (id > this.countTop)
            this.countTop = id;
        return true;
    }
    mapBranch(id) {
        if (id >= this.brMapped.length)
            this.growBranches(id);
        if (this.brMapped[id])
            return false;
        this.brMapped[id] = 1;
        if (id > this.brTop)
            this.brTop = id;
        return true;
    }
    setBranchLine(id, line) {
        this.brLine[id] = line;
    }
    setBranchLocLine(id, line) {
        this.brLocLine[id] = line;
    }
    setBranchLocationsLine(id, line) {
        this.brLocationsLine[id] = line;
    }
    setBranchMapping(id, line, locLine, locationsLine) {
        if (!this.mapBranch(id))
            return false;
        this.brLine[id] = line;
        this.brLocLine[id] = locLine;
        this.brLocationsLine[id] = locationsLine;
        return true;
    }
    openArms(id) {
        if (id >= this.armStart.length)
            this.growBranches(id);
        if (this.armStart[id] >= 0)
            return false;
        if (id > this.brTop)
            this.brTop = id;
        this.armFirst = this.armsUsed;
        return true;
    }
    addArm(hits) {
        if (this.armsUsed === this.arms.length) {
            const grown = new Float64Array(this.arms.length * 2);
            grown.set(this.arms);
            this.arms = grown;
        }
        this.arms[this.armsUsed++] = hits;
    }
    closeArms(id) {
        this.armStart[id] = this.armFirst;
        this.armCount[id] = this.armsUsed - this.armFirst;
    }
    finish() {
        for (let id = 0; id <= this.brTop; id++) {
            if (this.armStart[id] < 0)
                continue;
            if (!this.brMapped[id])
                return false;
            const line = this.brLine[id] > 0 ? this.brLine[id] : this.brLocLine[id] > 0 ? this.brLocLine[id] : this.brLocationsLine[id];
            if (line <= 0)
                return false;
            this.brLine[id] = line;
        }
        return true;
    }
    apply(file, lines) {
        for (let id = 0; id <= this.countTop; id++) {
            const count = this.stmtCount[id];
            if (count >= 0 && id <= this.stmtTop && this.stmtLine[id] >= 0)
                lines.add(this.stmtLine[id], count);
        }
        lines.addTo(file);
        const armsOnLine = this.armsOnLine;
        armsOnLine.clear();
        for (let id = 0; id <= this.brTop; id++) {
            const first = this.armStart[id];
            if (first < 0)
                continue;
            const line = this.brLine[id];
            let arm = armsOnLine.get(line) ?? 0;
            for (let k = first; k < first + this.armCount[id]; k++)
                file.addBranch(line, arm++, this.arms[k]);
            armsOnLine.set(line, arm);
        }
    }
    growStatements(id) {
        const size = Math.max(id + 1, this.stmtLine.length * 2);
        this.stmtLine = grownInt(this.stmtLine, size, -1);
        this.stmtCount = grownFloat(this.stmtCount, size, -1);
    }
    growBranches(id) {
        const size = Math.max(id + 1, this.brLine.length * 2);
        this.brLine = grownInt(this.brLine, size, -1);
        this.brLocLine = grownInt(this.brLocLine, size, -1);
        this.brLocationsLine = grownInt(this.brLocationsLine, size, -1);
        this.armStart = grownInt(this.armStart, size, -1);
        this.armCount = grownInt(this.armCount, size, 0);
        const mapped = new Uint8Array(size);
        mapped.set(this.brMapped);
        this.brMapped = mapped;
    }
}
function grownInt(from, size, fill) {
    const grown = new Int32Array(size).fill(fill);
    grown.set(from);
    return grown;
}
function grownFloat(from, size, fill) {
    const grown = new Float64Array(size).fill(fill);
    grown.set(from);
    return grown;
}

;// CONCATENATED MODULE: ./dist.tmp-js/coverage/parsers/json-bytes.js
const json_bytes_QUOTE = 34, json_bytes_BACKSLASH = 92, json_bytes_COLON = 58, json_bytes_COMMA = 44, json_bytes_OPEN_BRACE = 123, json_bytes_CLOSE_BRACE = 125, json_bytes_OPEN_BRACKET = 91, json_bytes_CLOSE_BRACKET = 93;
const MINUS = 45, PLUS = 43, json_bytes_DOT = 46, json_bytes_ZERO = 48, json_bytes_NINE = 57, LOWER_E = 101, UPPER_E = 69;
const NOT_READ = new Error('not read here: left to JSON.parse');
const json_bytes_TRUE = Buffer.from('true'), FALSE = Buffer.from('false'), NULL = Buffer.from('null');
let stack = new Uint8Array(64);
function json_bytes_startsWith(buf, j, end, word) {
    if (j + word.length > end)
        return false;
    for (let k = 0; k < word.length; k++)
        if (buf[j + k] !== word[k])
            return false;
    return true;
}
function skipValue(buf, at, end) {
    let depth = 0;
    let j = at;
    let state = 0;
    for (;;) {
        if (j >= end)
            throw NOT_READ;
        let c = buf[j];
        while (c === 32 || c === 10 || c === 13 || c === 9) {
            if (++j >= end)
                throw NOT_READ;
            c = buf[j];
        }
        if (state === 0) {
            if (c === json_bytes_QUOTE) {
                j = skipString(buf, j, end);
                state = 1;
            }
            else if (c === json_bytes_OPEN_BRACE || c === json_bytes_OPEN_BRACKET) {
                if (depth === stack.length)
                    stack = growStack(stack);
                stack[depth++] = c;
                j++;
                while (j < end && (buf[j] === 32 || buf[j] === 10 || buf[j] === 13 || buf[j] === 9))
                    j++;
                if (j < end && buf[j] === (c === json_bytes_OPEN_BRACE ? json_bytes_CLOSE_BRACE : json_bytes_CLOSE_BRACKET)) {
                    j++;
                    depth--;
                    state = 1;
                }
                else
                    state = c === json_bytes_OPEN_BRACE ? 2 : 0;
            }
            else if (c === MINUS || (c >= json_bytes_ZERO && c <= json_bytes_NINE)) {
                j = skipNumber(buf, j, end);
                state = 1;
            }
            else {
                const word = c === 116 ? json_bytes_TRUE : c === 102 ? FALSE : c === 110 ? NULL : undefined;
                if (!word || !json_bytes_startsWith(buf, j, end, word))
                    throw NOT_READ;
                j += word.length;
                state = 1;
            }
        }
        else if (state === 1) {
            if (depth === 0)
                break;
            const open = stack[depth - 1];
            if (c === json_bytes_COMMA) {
                j++;
                state = open === json_bytes_OPEN_BRACE ? 2 : 0;
            }
            else if (c === (open === json_bytes_OPEN_BRACE ? json_bytes_CLOSE_BRACE : json_bytes_CLOSE_BRACKET)) {
                j++;
                depth--;
            }
            else
                throw NOT_READ;
        }
        else {
            if (c !== json_bytes_QUOTE)
                throw NOT_READ;
            j = skipString(buf, j, end);
            while (j < end && (buf[j] === 32 || buf[j] === 10 || buf[j] === 13 || buf[j] === 9))
                j++;
            if (j >= end || buf[j] !== json_bytes_COLON)
                throw NOT_READ;
            j++;
            state = 0;
        }
    }
    return j;
}
function skipNumber(buf, at, end) {
    let j = at;
    if (j < end && buf[j] === MINUS)
        j++;
    if (j < end && buf[j] === json_bytes_ZERO)
        j++;
    else if (j < end && buf[j] > json_bytes_ZERO && buf[j] <= json_bytes_NINE)
        while (j < end && buf[j] >= json_bytes_ZERO && buf[j] <= json_bytes_NINE)
            j++;
    else
        throw NOT_READ;
    if (j < end && buf[j] === json_bytes_DOT) {
        const digits = ++j;
        while (j < end && buf[j] >= json_bytes_ZERO && buf[j] <= json_bytes_NINE)
            j++;
        if (j === digits)
            throw NOT_READ;
    }
    if (j < end && (buf[j] === LOWER_E || buf[j] === UPPER_E)) {
        j++;
        if (j < end && (buf[j] === PLUS || buf[j] === MINUS))
            j++;
        const digits = j;
        while (j < end && buf[j] >= json_bytes_ZERO && buf[j] <= json_bytes_NINE)
            j++;
        if (j === digits)
            throw NOT_READ;
    }
    return j;
}
let stringEscaped = false;
const lastStringEscaped = () => stringEscaped;
function skipString(buf, at, end) {
    let escaped = false;
    let j = at + 1;
    for (;;) {
        if (j >= end)
            throw NOT_READ;
        const c = buf[j];
        if (c === json_bytes_QUOTE)
            break;
        if (c < 32)
            throw NOT_READ;
        if (c === json_bytes_BACKSLASH) {
            escaped = true;
            if (j + 1 >= end)
                throw NOT_READ;
            const e = buf[j + 1];
            if (e === 117) {
                if (j + 6 > end)
                    throw NOT_READ;
                for (let k = j + 2; k < j + 6; k++)
                    if (!isHex(buf[k]))
                        throw NOT_READ;
                j += 6;
                continue;
            }
            if (e !== json_bytes_QUOTE && e !== json_bytes_BACKSLASH && e !== 47 && e !== 98 && e !== 102 && e !== 110 && e !== 114 && e !== 116)
                throw NOT_READ;
            j += 2;
            continue;
        }
        j++;
    }
    stringEscaped = escaped;
    return j + 1;
}
function growStack(stack) {
    if (stack.length >= 1 << 16)
        throw NOT_READ;
    const grown = new Uint8Array(stack.length * 2);
    grown.set(stack);
    return grown;
}
function isHex(c) {
    return (c >= json_bytes_ZERO && c <= json_bytes_NINE) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

;// CONCATENATED MODULE: ./dist.tmp-js/coverage/parsers/istanbul-entry.js



const istanbul_entry_QUOTE = 34, istanbul_entry_COLON = 58, istanbul_entry_COMMA = 44, istanbul_entry_OPEN_BRACE = 123, istanbul_entry_CLOSE_BRACE = 125, istanbul_entry_OPEN_BRACKET = 91, istanbul_entry_CLOSE_BRACKET = 93;
const istanbul_entry_DOT = 46, istanbul_entry_ZERO = 48, istanbul_entry_NINE = 57, istanbul_entry_LOWER_E = 101, istanbul_entry_UPPER_E = 69;
const OTHER_SHAPE = NOT_READ;
const istanbul_entry_bytes = (text) => Buffer.from(text, 'latin1');
const istanbul_entry_PATH = istanbul_entry_bytes('path'), STATEMENT_MAP = istanbul_entry_bytes('statementMap'), S = istanbul_entry_bytes('s'), BRANCH_MAP = istanbul_entry_bytes('branchMap'), B = istanbul_entry_bytes('b');
const DATA = istanbul_entry_bytes('data'), istanbul_entry_START = istanbul_entry_bytes('start'), istanbul_entry_LINE = istanbul_entry_bytes('line'), LOC = istanbul_entry_bytes('loc'), LOCATIONS = istanbul_entry_bytes('locations');
const FN_MAP = istanbul_entry_bytes('fnMap'), F = istanbul_entry_bytes('f');
class IstanbulEntryReader {
    buf = Buffer.alloc(0);
    i = 0;
    end = 0;
    path;
    tables = new EntryTables();
    seen = 0;
    keyStart = 0;
    read(buf, start, end) {
        this.reset();
        this.buf = buf;
        this.i = start;
        this.end = end;
        try {
            this.entry();
            this.space();
            return this.i === end && this.finish();
        }
        catch (error) {
            if (error === OTHER_SHAPE || error instanceof RangeError)
                return false;
            throw error;
        }
    }
    readAt(buf, start, limit) {
        this.reset();
        this.buf = buf;
        this.i = start;
        this.end = limit;
        try {
            this.entry();
            return this.finish() ? this.i : -1;
        }
        catch (error) {
            if (error === OTHER_SHAPE || error instanceof RangeError)
                return -1;
            throw error;
        }
    }
    apply(file, lines) {
        this.tables.apply(file, lines);
    }
    reset() {
        this.tables.reset();
        this.seen = 0;
        this.path = undefined;
    }
    finish() {
        return (this.seen & 3) === 3 && this.tables.finish();
    }
    entry() {
        this.expect(istanbul_entry_OPEN_BRACE);
        if (this.peek() === istanbul_entry_CLOSE_BRACE) {
            this.i++;
            return;
        }
        for (;;) {
            const keyEnd = this.key();
            const keyStart = this.keyStart;
            this.expect(istanbul_entry_COLON);
            this.space();
            if (this.is(keyStart, keyEnd, STATEMENT_MAP)) {
                this.once(1);
                if (!this.table(statementTable(this.buf, this.i, this.end, this.tables))) {
                    this.tables.clearStatementLines();
                    this.statementMap();
                }
            }
            else if (this.is(keyStart, keyEnd, S)) {
                this.once(2);
                if (!this.table(countTable(this.buf, this.i, this.end, this.tables))) {
                    this.tables.clearStatementCounts();
                    this.counts();
                }
            }
            else if (this.is(keyStart, keyEnd, BRANCH_MAP)) {
                this.once(4);
                if (!this.table(branchTable(this.buf, this.i, this.end, this.tables))) {
                    this.tables.clearBranchMappings();
                    this.branchMap();
                }
            }
            else if (this.is(keyStart, keyEnd, B)) {
                this.once(8);
                if (!this.table(armTable(this.buf, this.i, this.end, this.tables))) {
                    this.tables.clearArms();
                    this.branchCounts();
                }
            }
            else if (this.is(keyStart, keyEnd, istanbul_entry_PATH)) {
                this.once(16);
                this.pathValue();
            }
            else if (this.is(keyStart, keyEnd, FN_MAP)) {
                if (!this.table(skipFunctionTable(this.buf, this.i, this.end)))
                    this.i = skipValue(this.buf, this.i, this.end);
            }
            else if (this.is(keyStart, keyEnd, F)) {
                if (!this.table(skipCountTable(this.buf, this.i, this.end)))
                    this.i = skipValue(this.buf, this.i, this.end);
            }
            else if (this.is(keyStart, keyEnd, DATA))
                throw OTHER_SHAPE;
            else
                this.i = skipValue(this.buf, this.i, this.end);
            if (this.next(istanbul_entry_CLOSE_BRACE))
                return;
        }
    }
    table(after) {
        if (after === FAIL)
            return false;
        this.i = after;
        return true;
    }
    once(bit) {
        if (this.seen & bit)
            throw OTHER_SHAPE;
        this.seen |= bit;
    }
    pathValue() {
        if (this.peek() !== istanbul_entry_QUOTE)
            throw OTHER_SHAPE;
        const start = this.i + 1;
        const escaped = this.string();
        this.path = escaped ? JSON.parse(this.buf.toString('utf8', start - 1, this.i)) : this.buf.toString('utf8', start, this.i - 1);
    }
    statementMap() {
        this.objectOfIds((id) => {
            const line = this.location();
            if (line < 0 || !this.tables.setStatementLine(id, line))
                throw OTHER_SHAPE;
        });
    }
    counts() {
        this.objectOfIds((id) => {
            this.space();
            if (!this.tables.setStatementCount(id, this.wholeNumber()))
                throw OTHER_SHAPE;
        });
    }
    branchMap() {
        this.objectOfIds((id) => {
            this.expect(istanbul_entry_OPEN_BRACE);
            if (!this.tables.mapBranch(id))
                throw OTHER_SHAPE;
            if (this.peek() === istanbul_entry_CLOSE_BRACE) {
                this.i++;
                return;
            }
            for (;;) {
                const keyEnd = this.key();
                const keyStart = this.keyStart;
                this.expect(istanbul_entry_COLON);
                if (this.is(keyStart, keyEnd, istanbul_entry_LINE)) {
                    this.space();
                    this.tables.setBranchLine(id, this.wholeNumber());
                }
                else if (this.is(keyStart, keyEnd, LOC))
                    this.tables.setBranchLocLine(id, this.location());
                else if (this.is(keyStart, keyEnd, LOCATIONS))
                    this.tables.setBranchLocationsLine(id, this.locations());
                else
                    this.i = skipValue(this.buf, this.i, this.end);
                if (this.next(istanbul_entry_CLOSE_BRACE))
                    return;
            }
        });
    }
    branchCounts() {
        this.objectOfIds((id) => {
            this.expect(istanbul_entry_OPEN_BRACKET);
            if (!this.tables.openArms(id))
                throw OTHER_SHAPE;
            if (this.peek() === istanbul_entry_CLOSE_BRACKET)
                this.i++;
            else {
                for (;;) {
                    this.space();
                    this.tables.addArm(this.wholeNumber());
                    if (this.next(istanbul_entry_CLOSE_BRACKET))
                        break;
                }
            }
            this.tables.closeArms(id);
        });
    }
    objectOfIds(each) {
        this.expect(istanbul_entry_OPEN_BRACE);
        if (this.peek() === istanbul_entry_CLOSE_BRACE) {
            this.i++;
            return;
        }
        for (;;) {
            this.space();
            if (this.i >= this.end || this.buf[this.i] !== istanbul_entry_QUOTE)
                throw OTHER_SHAPE;
            let j = this.i + 1;
            let id = 0;
            const first = j;
            for (; j < this.end; j++) {
                const c = this.buf[j];
                if (c < istanbul_entry_ZERO || c > istanbul_entry_NINE)
                    break;
                id = id * 10 + c - istanbul_entry_ZERO;
            }
            if (j === first || j >= this.end || this.buf[j] !== istanbul_entry_QUOTE || (this.buf[first] === istanbul_entry_ZERO && j > first + 1) || id >= MAX_ID)
                throw OTHER_SHAPE;
            this.i = j + 1;
            this.expect(istanbul_entry_COLON);
            each(id);
            if (this.next(istanbul_entry_CLOSE_BRACE))
                return;
        }
    }
    location() {
        this.space();
        if (istanbul_layout_location(this.buf, this.i, this.end)) {
            this.i = layoutEnd();
            return layoutValue();
        }
        this.expect(istanbul_entry_OPEN_BRACE);
        let line = -1;
        if (this.peek() === istanbul_entry_CLOSE_BRACE) {
            this.i++;
            return line;
        }
        for (;;) {
            const keyEnd = this.key();
            const keyStart = this.keyStart;
            this.expect(istanbul_entry_COLON);
            if (this.is(keyStart, keyEnd, istanbul_entry_START))
                line = this.startLine();
            else
                this.i = skipValue(this.buf, this.i, this.end);
            if (this.next(istanbul_entry_CLOSE_BRACE))
                return line;
        }
    }
    locations() {
        this.expect(istanbul_entry_OPEN_BRACKET);
        let line = -1;
        if (this.peek() === istanbul_entry_CLOSE_BRACKET) {
            this.i++;
            return line;
        }
        let first = true;
        for (;;) {
            this.space();
            if (first && this.i < this.end && this.buf[this.i] === istanbul_entry_OPEN_BRACE)
                line = this.location();
            else
                this.i = skipValue(this.buf, this.i, this.end);
            first = false;
            if (this.next(istanbul_entry_CLOSE_BRACKET))
                return line;
        }
    }
    startLine() {
        this.expect(istanbul_entry_OPEN_BRACE);
        let line = -1;
        if (this.peek() === istanbul_entry_CLOSE_BRACE) {
            this.i++;
            return line;
        }
        for (;;) {
            const keyEnd = this.key();
            const keyStart = this.keyStart;
            this.expect(istanbul_entry_COLON);
            if (this.is(keyStart, keyEnd, istanbul_entry_LINE)) {
                this.space();
                line = this.wholeNumber();
            }
            else
                this.i = skipValue(this.buf, this.i, this.end);
            if (this.next(istanbul_entry_CLOSE_BRACE))
                return line;
        }
    }
    key() {
        this.space();
        if (this.i >= this.end || this.buf[this.i] !== istanbul_entry_QUOTE)
            throw OTHER_SHAPE;
        this.keyStart = this.i + 1;
        if (this.string())
            throw OTHER_SHAPE;
        return this.i - 1;
    }
    is(start, end, name) {
        if (end - start !== name.length || end > this.end)
            return false;
        for (let k = 0; k < name.length; k++)
            if (this.buf[start + k] !== name[k])
                return false;
        return true;
    }
    string() {
        const start = this.i;
        this.i = skipString(this.buf, start, this.end);
        return lastStringEscaped();
    }
    wholeNumber() {
        const buf = this.buf;
        let j = this.i;
        let value = 0;
        const first = j;
        for (; j < this.end; j++) {
            const c = buf[j];
            if (c < istanbul_entry_ZERO || c > istanbul_entry_NINE)
                break;
            value = value * 10 + c - istanbul_entry_ZERO;
        }
        const c = j < this.end ? buf[j] : -1;
        if (j === first || j - first > MAX_DIGITS || (buf[first] === istanbul_entry_ZERO && j > first + 1) || c === istanbul_entry_DOT || c === istanbul_entry_LOWER_E || c === istanbul_entry_UPPER_E)
            throw OTHER_SHAPE;
        this.i = j;
        return value;
    }
    space() {
        const buf = this.buf;
        let j = this.i;
        while (j < this.end) {
            const c = buf[j];
            if (c !== 32 && c !== 10 && c !== 13 && c !== 9)
                break;
            j++;
        }
        this.i = j;
    }
    peek() {
        this.space();
        return this.i < this.end ? this.buf[this.i] : -1;
    }
    expect(c) {
        if (this.peek() !== c)
            throw OTHER_SHAPE;
        this.i++;
    }
    next(close) {
        const c = this.peek();
        this.i++;
        if (c === istanbul_entry_COMMA)
            return false;
        if (c === close)
            return true;
        throw OTHER_SHAPE;
    }
}

;// CONCATENATED MODULE: ./dist.tmp-js/coverage/parsers/istanbul.js


const istanbul_QUOTE = 34, istanbul_BACKSLASH = 92, istanbul_COLON = 58, istanbul_COMMA = 44, istanbul_OPEN_BRACE = 123, istanbul_CLOSE_BRACE = 125, istanbul_OPEN_BRACKET = 91, istanbul_CLOSE_BRACKET = 93;
const BEFORE_ROOT = 0, BEFORE_KEY = 1, IN_KEY = 2, BEFORE_COLON = 3, BEFORE_VALUE = 4, IN_VALUE = 5, AFTER_VALUE = 6, DONE = 7;
const MAX_ENTRY_BYTES = 64 << 20;
const ENTRY_LIMIT = { bytes: MAX_ENTRY_BYTES, unit: 'a file entry' };
const KEY_LIMIT = { bytes: MAX_LINE_BYTES, unit: 'a file name key' };
function istanbul_isSpace(c) {
    return c === 32 || c === 10 || c === 13 || c === 9;
}
class LineMaxima {
    dense = new Float64Array(1024).fill(-1);
    min = Number.MAX_SAFE_INTEGER;
    max = -1;
    other = new Map();
    add(line, count) {
        if (!Number.isInteger(line) || line < 0 || line >= 1 << 22) {
            const known = this.other.get(line);
            if (known === undefined || known < count)
                this.other.set(line, count);
            return;
        }
        if (line >= this.dense.length) {
            const grown = new Float64Array(Math.max(line + 1, this.dense.length * 2)).fill(-1);
            grown.set(this.dense);
            this.dense = grown;
        }
        if (this.dense[line] < count)
            this.dense[line] = count;
        if (line < this.min)
            this.min = line;
        if (line > this.max)
            this.max = line;
    }
    addTo(file) {
        for (let line = this.min; line <= this.max; line++) {
            if (this.dense[line] >= 0) {
                file.addLine(line, this.dense[line]);
                this.dense[line] = -1;
            }
        }
        for (const [line, count] of this.other)
            file.addLine(line, count);
        this.other.clear();
        this.min = Number.MAX_SAFE_INTEGER;
        this.max = -1;
    }
}
const isCount = (value) => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
function shown(value) {
    const text = JSON.stringify(value) ?? 'undefined';
    return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
function parseObject(buf, start, end) {
    try {
        const value = JSON.parse(buf.toString('utf8', start, end));
        return value !== null && typeof value === 'object' ? value : undefined;
    }
    catch {
        return undefined;
    }
}
function entryInPlace(chunk, keyStart, reader, useRead) {
    const n = chunk.length;
    let j = keyStart + 1;
    for (; j < n; j++) {
        const c = chunk[j];
        if (c === istanbul_QUOTE)
            break;
        if (c === istanbul_BACKSLASH || c < 32)
            return -1;
    }
    const keyEnd = j;
    j++;
    while (j < n && istanbul_isSpace(chunk[j]))
        j++;
    if (j >= n || chunk[j] !== istanbul_COLON)
        return -1;
    j++;
    while (j < n && istanbul_isSpace(chunk[j]))
        j++;
    if (j >= n || chunk[j] !== istanbul_OPEN_BRACE)
        return -1;
    const after = reader.readAt(chunk, j, n);
    if (after < 0)
        return -1;
    useRead(undefined, chunk, keyStart, keyEnd);
    return after;
}
async function parseIstanbulJson(path, sink, options = {}) {
    const maxima = new LineMaxima();
    const reader = new IstanbulEntryReader();
    const useRead = (key, chunk, keyStart = 0, keyEnd = 0) => reader.apply(sink.file(reader.path ?? key ?? chunk.toString('utf8', keyStart + 1, keyEnd)), maxima);
    const addEntry = (key, value, offset) => {
        if (reader.read(value, 0, value.length)) {
            useRead(key);
            return;
        }
        const parsed = parseObject(value, 0, value.length);
        if (!parsed)
            throw new ReportSyntaxError(offset, `the coverage entry for ${JSON.stringify(key)} is not valid JSON.`);
        useEntry(key, parsed, offset);
    };
    const useEntry = (key, parsed, offset) => {
        const entry = parsed.statementMap === undefined && parsed.data ? parsed.data : parsed;
        if (!entry.statementMap || !entry.s || typeof entry.s !== 'object') {
            throw new ReportSyntaxError(offset, `the entry for ${JSON.stringify(key)} has no statementMap and s (is this istanbul's coverage-final.json?).`);
        }
        const file = sink.file(typeof entry.path === 'string' ? entry.path : key);
        const malformed = (what) => new ReportSyntaxError(offset, `the entry for ${JSON.stringify(key)} has ${what}.`);
        for (const id in entry.s) {
            const count = entry.s[id];
            if (!isCount(count))
                throw malformed(`a statement count that is not a whole number (s[${JSON.stringify(id)}] is ${shown(count)})`);
            const statement = entry.statementMap[id];
            if (statement === undefined)
                continue;
            const line = statement?.start?.line;
            if (!isCount(line))
                throw malformed(`a malformed statementMap entry ${JSON.stringify(id)} (it needs start.line, a whole number)`);
            maxima.add(line, count);
        }
        maxima.addTo(file);
        const armsOnLine = new Map();
        const branchMap = entry.branchMap ?? {};
        for (const id in entry.b ?? {}) {
            const arms = entry.b[id];
            if (!Array.isArray(arms) || !arms.every(isCount)) {
                throw malformed(`branch counts that are not a list of whole numbers (b[${JSON.stringify(id)}] is ${shown(arms)})`);
            }
            const mapping = branchMap[id];
            const line = mapping?.line || mapping?.loc?.start?.line || mapping?.locations?.[0]?.start?.line;
            if (!isCount(line) || line === 0)
                throw malformed(`a missing or malformed branchMap entry ${JSON.stringify(id)} (it needs line or loc.start.line, a whole number)`);
            let arm = armsOnLine.get(line) ?? 0;
            for (const hits of arms)
                file.addBranch(line, arm++, hits);
            armsOnLine.set(line, arm);
        }
    };
    await withReportErrors(path, options, async () => {
        let state = BEFORE_ROOT;
        let position = 0;
        let parts = [];
        let partsBytes = 0;
        let partsOffset = 0;
        let key = '';
        let entryOffset = 0;
        let depth = 0;
        let inString = false;
        let escaped = false;
        for await (const chunk of readChunks(path, options.chunkSize)) {
            let i = position === 0 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? 3 : 0;
            let partStart = 0;
            const n = chunk.length;
            const unexpected = (what) => new ReportSyntaxError(position + i, `expected ${what} but found ${JSON.stringify(String.fromCharCode(chunk[i]))} in the JSON.`);
            while (i < n) {
                const c = chunk[i];
                if (state === IN_VALUE || state === IN_KEY) {
                    for (; i < n; i++) {
                        const b = chunk[i];
                        if (inString) {
                            if (escaped)
                                escaped = false;
                            else if (b === istanbul_BACKSLASH)
                                escaped = true;
                            else if (b === istanbul_QUOTE) {
                                inString = false;
                                if (state === IN_KEY)
                                    break;
                            }
                        }
                        else if (b === istanbul_QUOTE)
                            inString = true;
                        else if (b === istanbul_OPEN_BRACE || b === istanbul_OPEN_BRACKET)
                            depth++;
                        else if ((b === istanbul_CLOSE_BRACE || b === istanbul_CLOSE_BRACKET) && --depth === 0)
                            break;
                    }
                    if (i === n)
                        break;
                    parts.push(chunk.subarray(partStart, i + 1));
                    const text = parts.length === 1 ? parts[0] : Buffer.concat(parts);
                    parts = [];
                    partsBytes = 0;
                    if (state === IN_KEY) {
                        key = JSON.parse(text.toString('utf8'));
                        state = BEFORE_COLON;
                    }
                    else {
                        addEntry(key, text, entryOffset);
                        state = AFTER_VALUE;
                    }
                    i++;
                    continue;
                }
                if (istanbul_isSpace(c)) {
                    i++;
                    continue;
                }
                if (state === BEFORE_ROOT) {
                    if (c !== istanbul_OPEN_BRACE)
                        throw unexpected('"{" (a JSON object of files)');
                    state = BEFORE_KEY;
                }
                else if (state === BEFORE_KEY || state === AFTER_VALUE) {
                    if (c === istanbul_CLOSE_BRACE)
                        state = DONE;
                    else if (state === AFTER_VALUE && c === istanbul_COMMA)
                        state = BEFORE_KEY;
                    else if (state === BEFORE_KEY && c === istanbul_QUOTE) {
                        const next = entryInPlace(chunk, i, reader, useRead);
                        if (next >= 0) {
                            i = next;
                            state = AFTER_VALUE;
                            continue;
                        }
                        state = IN_KEY;
                        inString = true;
                        partStart = i;
                        partsOffset = position + i;
                    }
                    else
                        throw unexpected(state === BEFORE_KEY ? 'a file path key' : '"," or "}"');
                }
                else if (state === BEFORE_COLON) {
                    if (c !== istanbul_COLON)
                        throw unexpected('":"');
                    state = BEFORE_VALUE;
                }
                else if (state === BEFORE_VALUE) {
                    if (c !== istanbul_OPEN_BRACE)
                        throw unexpected(`an object for ${JSON.stringify(key)}`);
                    state = IN_VALUE;
                    depth = 1;
                    partStart = i;
                    entryOffset = position + i;
                }
                else {
                    throw unexpected('the end of the file');
                }
                i++;
            }
            if (state === IN_VALUE || state === IN_KEY) {
                const limit = state === IN_KEY ? KEY_LIMIT : ENTRY_LIMIT;
                partsBytes += n - partStart;
                if (partsBytes > limit.bytes) {
                    throw new ReportSyntaxError(state === IN_KEY ? partsOffset : entryOffset, state === IN_KEY ? tooLongMessage(limit) : `the entry for ${JSON.stringify(key.slice(0, 200))} is longer than ${MAX_ENTRY_BYTES >> 20} MiB, more than any source file's coverage needs, so the file is refused (is it damaged? leave generated bundles out of the coverage run).`);
                }
                parts.push(Buffer.from(chunk.subarray(partStart)));
            }
            position += n;
        }
        if (state !== DONE)
            throw new ReportSyntaxError(position, 'the JSON ends before its closing "}" (truncated report?).');
    });
}

;// CONCATENATED MODULE: ./dist.tmp-js/coverage/parsers/jacoco.js


const GROUP = 0, PACKAGE = 1, SOURCE_FILE = 2, jacoco_LINE = 3;
const jacoco_NAMES = ['group', 'package', 'sourcefile', 'line'];
const jacoco_NAME = Buffer.from('name');
const NR = Buffer.from('nr');
const MI = Buffer.from('mi');
const CI = Buffer.from('ci');
const MB = Buffer.from('mb');
const CB = Buffer.from('cb');
async function parseJacoco(path, sink, options = {}) {
    const groups = [];
    let packageName = '';
    let file;
    const handler = {
        names: jacoco_NAMES,
        captureText: false,
        tag(tag) {
            switch (tag.name) {
                case GROUP:
                    if (tag.kind === START)
                        groups.push(tag.attribute(jacoco_NAME) ?? '');
                    else if (tag.kind === END)
                        groups.pop();
                    break;
                case PACKAGE:
                    packageName = tag.kind === END ? '' : (tag.attribute(jacoco_NAME) ?? '');
                    break;
                case SOURCE_FILE:
                    if (tag.kind === END)
                        file = undefined;
                    else {
                        const name = tag.attribute(jacoco_NAME);
                        if (!name)
                            throw new ReportSyntaxError(tag.offset, 'a <sourcefile> element has no name attribute.');
                        const hints = groups.filter(Boolean);
                        file = sink.file(packageName ? `${packageName}/${name}` : name, hints.length ? [hints.join('/')] : undefined);
                    }
                    break;
                case jacoco_LINE:
                    if (tag.kind !== END && file)
                        jacoco_addLine(tag, file);
                    break;
            }
        },
    };
    await withReportErrors(path, options, () => scanXml(path, handler, options.chunkSize));
}
function jacoco_addLine(tag, file) {
    const line = tag.integer(NR);
    const covered = tag.integer(CI);
    const missedBranches = tag.integer(MB);
    const coveredBranches = tag.integer(CB);
    if (line < 0 || covered < 0 || missedBranches === -2 || coveredBranches === -2 || tag.integer(MI) === -2) {
        throw new ReportSyntaxError(tag.offset, 'a <line> element needs whole-number "nr", "mi", "ci", "mb" and "cb" attributes.');
    }
    file.addLine(line, covered);
    const arms = Math.max(0, coveredBranches) + Math.max(0, missedBranches);
    for (let arm = 0; arm < arms; arm++)
        file.addBranch(line, arm, arm < coveredBranches ? 1 : 0);
}

;// CONCATENATED MODULE: ./dist.tmp-js/coverage/parsers/lcov.js

const A = 65, lcov_B = 66, D = 68, lcov_F = 70, N = 78, R = 82, lcov_S = 83, Z = 90, lcov_LOWER_E = 101;
const LF = 10, CR = 13, lcov_COLON = 58, lcov_COMMA = 44, lcov_MINUS = 45, lcov_ZERO = 48, lcov_NINE = 57, UNDERSCORE = 95;
async function parseLcov(path, sink, options = {}) {
    const parser = new LcovParser(sink);
    await withReportErrors(path, options, () => parseLineChunks(path, options.chunkSize, (buf, base) => parser.parse(buf, base)));
}
class LcovParser {
    sink;
    file;
    armCounts = new Uint32Array(256);
    touched = [];
    farArms = new Map();
    constructor(sink) {
        this.sink = sink;
    }
    parse(buf, base) {
        const n = buf.lastIndexOf(LF) + 1;
        let i = 0;
        while (i < n) {
            const start = i;
            const c0 = buf[i];
            if (c0 === D && buf[i + 1] === A && buf[i + 2] === lcov_COLON) {
                let j = i + 3;
                let line = 0;
                let c = buf[j];
                while (c >= lcov_ZERO && c <= lcov_NINE) {
                    line = line * 10 + c - lcov_ZERO;
                    c = buf[++j];
                }
                const lineEnd = j;
                const negative = c === lcov_COMMA && buf[j + 1] === lcov_MINUS;
                if (c === lcov_COMMA)
                    j += negative ? 2 : 1;
                const hitsStart = j;
                let hits = 0;
                c = buf[j];
                while (c >= lcov_ZERO && c <= lcov_NINE) {
                    hits = hits * 10 + c - lcov_ZERO;
                    c = buf[++j];
                }
                const hitsEnd = j;
                while (buf[j] !== LF)
                    j++;
                if (lineEnd === i + 3 || buf[lineEnd] !== lcov_COMMA || hitsEnd === hitsStart || (c !== LF && c !== CR && c !== lcov_COMMA)) {
                    throw new ReportSyntaxError(base + start, `DA record ${this.quote(buf, start, j)} is not "DA:<line>,<hits>".`);
                }
                this.target(buf, start, j, base).addLine(line, negative ? 0 : hits);
                i = j + 1;
            }
            else if (c0 === lcov_B && buf[i + 1] === R && buf[i + 2] === D && buf[i + 3] === A && buf[i + 4] === lcov_COLON) {
                let j = i + 5;
                let line = 0;
                let c = buf[j];
                while (c >= lcov_ZERO && c <= lcov_NINE) {
                    line = line * 10 + c - lcov_ZERO;
                    c = buf[++j];
                }
                const lineEnd = j;
                let commas = 0;
                let lastComma = -1;
                while (buf[j] !== LF) {
                    if (buf[j] === lcov_COMMA) {
                        commas++;
                        lastComma = j;
                    }
                    j++;
                }
                const end = buf[j - 1] === CR ? j - 1 : j;
                let taken = -1;
                if (lineEnd > i + 5 && buf[lineEnd] === lcov_COMMA && commas >= 3) {
                    if (lastComma + 2 === end && buf[lastComma + 1] === lcov_MINUS)
                        taken = 0;
                    else if (lastComma + 1 < end) {
                        taken = 0;
                        for (let k = lastComma + 1; k < end && taken >= 0; k++) {
                            const digit = buf[k] - lcov_ZERO;
                            taken = digit >= 0 && digit <= 9 ? taken * 10 + digit : -1;
                        }
                    }
                }
                if (taken < 0) {
                    throw new ReportSyntaxError(base + start, `BRDA record ${this.quote(buf, start, j)} is not "BRDA:<line>,<block>,<branch>,<taken>".`);
                }
                this.target(buf, start, j, base).addBranch(line, this.nextArm(line), taken);
                i = j + 1;
            }
            else if (c0 === lcov_F && buf[i + 1] === N) {
                i = buf.indexOf(LF, i) + 1;
            }
            else {
                let j = i;
                while (buf[j] !== LF)
                    j++;
                this.otherLine(buf, start, buf[j - 1] === CR && j > start ? j - 1 : j, base);
                i = j + 1;
            }
        }
        return n;
    }
    quote(buf, start, newline) {
        return quoteBytes(buf, start, newline > start && buf[newline - 1] === CR ? newline - 1 : newline);
    }
    target(buf, start, newline, base) {
        if (!this.file)
            throw new ReportSyntaxError(base + start, `${this.quote(buf, start, newline)} comes before any SF record naming its source file.`);
        return this.file;
    }
    nextArm(line) {
        if (line >= this.armCounts.length) {
            if (line >= 1 << 22) {
                const arm = this.farArms.get(line) ?? 0;
                this.farArms.set(line, arm + 1);
                return arm;
            }
            const grown = new Uint32Array(Math.max(line + 1, this.armCounts.length * 2));
            grown.set(this.armCounts);
            this.armCounts = grown;
        }
        const arm = this.armCounts[line];
        if (arm === 0)
            this.touched.push(line);
        this.armCounts[line] = arm + 1;
        return arm;
    }
    startRecord(file) {
        this.file = file;
        for (const line of this.touched)
            this.armCounts[line] = 0;
        this.touched.length = 0;
        this.farArms.clear();
    }
    otherLine(buf, start, end, base) {
        if (buf[start] === lcov_S && buf[start + 1] === lcov_F && buf[start + 2] === lcov_COLON) {
            const name = buf.toString('utf8', start + 3, end).trim();
            if (!name)
                throw new ReportSyntaxError(base + start, 'SF record has no source file path.');
            this.startRecord(this.sink.file(name));
        }
        else if (buf[start] === lcov_LOWER_E && end - start === 13 && buf.toString('latin1', start, end) === 'end_of_record') {
            this.startRecord(undefined);
        }
        else if (!isOtherRecord(buf, start, end)) {
            throw new ReportSyntaxError(base + start, `${quoteBytes(buf, start, end)} is not an lcov record (KEY:value or end_of_record).`);
        }
    }
}
function isOtherRecord(buf, start, end) {
    let i = start;
    while (i < end && (buf[i] === 32 || buf[i] === 9))
        i++;
    if (i === end)
        return true;
    const keyStart = i;
    for (; i < end; i++) {
        const c = buf[i];
        if (c === lcov_COLON)
            return i > keyStart;
        const isKeyChar = (c >= A && c <= Z) || (c >= lcov_ZERO && c <= lcov_NINE) || c === UNDERSCORE;
        if (!isKeyChar)
            return false;
    }
    return false;
}

;// CONCATENATED MODULE: ./dist.tmp-js/coverage/paths.js


const paths_toPosix = (value) => value.replace(/\\/g, '/');
const isAbsolute = (value) => value.startsWith('/') || /^[A-Za-z]:\//.test(value);
function normalize(value) {
    const drive = /^[A-Za-z]:/.exec(value)?.[0] ?? '';
    const normalized = external_node_path_.posix.normalize(value.slice(drive.length));
    return drive + (normalized === '.' ? '' : normalized.replace(/\/$/, ''));
}
function isPlain(value) {
    return (!value.includes('\\') && !value.includes('//') && !value.includes('/./') && !value.includes('/../') &&
        !/\s/.test(value.charAt(0)) && !/\s/.test(value.charAt(value.length - 1)));
}
function inside(root, absolute) {
    if (absolute === root)
        return '';
    const prefix = root.endsWith('/') ? root : `${root}/`;
    const caseless = /^[A-Za-z]:/.test(root);
    const within = caseless ? absolute.toLowerCase().startsWith(prefix.toLowerCase()) : absolute.startsWith(prefix);
    return within ? absolute.slice(prefix.length) : undefined;
}
class RepoPathMapper {
    root;
    rootPrefix;
    workingDirectory;
    tracked;
    modules;
    cache = new Map();
    byBasename;
    constructor(options) {
        this.root = normalize(paths_toPosix(options.repoRoot));
        this.rootPrefix = this.root.endsWith('/') ? this.root : `${this.root}/`;
        this.workingDirectory = normalize(paths_toPosix(options.workingDirectory ?? options.repoRoot));
        this.tracked = new Set(options.trackedFiles ?? []);
        this.modules = [...(options.goModules ?? [])].sort((a, b) => b.module.length - a.module.length);
    }
    map(reportPath, context = {}) {
        const contextKey = context.roots?.length ? `${context.reportDirectory ?? ''}\0${context.roots.join('\0')}` : (context.reportDirectory ?? '');
        let inContext = this.cache.get(contextKey);
        if (!inContext)
            this.cache.set(contextKey, (inContext = new Map()));
        let mapped = inContext.get(reportPath);
        if (!mapped)
            inContext.set(reportPath, (mapped = this.resolve(reportPath, context)));
        return mapped;
    }
    resolve(reportPath, context) {
        if (reportPath.startsWith(this.rootPrefix) && isPlain(reportPath)) {
            const relative = reportPath.slice(this.rootPrefix.length);
            if (this.tracked.has(relative))
                return { path: relative, resolved: true };
        }
        let given = paths_toPosix(reportPath.trim()).replace(/^file:\/\//, '');
        if (given.startsWith('_/'))
            given = given.slice(1);
        const absolute = isAbsolute(given);
        const normalized = normalize(given);
        const candidates = [];
        const add = (candidate) => {
            if (candidate && !candidates.includes(candidate))
                candidates.push(candidate);
        };
        for (const { module, directory } of this.modules) {
            if (normalized.startsWith(`${module}/`))
                add(external_node_path_.posix.join(directory, normalized.slice(module.length + 1)));
        }
        if (absolute)
            add(inside(this.root, normalized));
        else {
            const bases = [
                ...(context.roots ?? []).map((root) => (isAbsolute(paths_toPosix(root)) ? paths_toPosix(root) : `${this.workingDirectory}/${paths_toPosix(root)}`)),
                this.workingDirectory,
                context.reportDirectory ? paths_toPosix(context.reportDirectory) : undefined,
                this.root,
            ];
            for (const base of bases)
                if (base)
                    add(inside(this.root, normalize(`${base}/${normalized}`)));
        }
        if (this.tracked.size === 0)
            return candidates.length ? { path: candidates[0], resolved: true } : { path: normalized, resolved: false };
        const tracked = candidates.find((candidate) => this.tracked.has(candidate));
        if (tracked)
            return { path: tracked, resolved: true };
        const bySuffix = this.matchSuffix(normalized, absolute, context.roots ?? []);
        if (bySuffix)
            return { path: bySuffix, resolved: true };
        return { path: candidates[0] ?? normalized, resolved: false };
    }
    matchSuffix(normalized, absolute, roots) {
        const segments = normalized.split('/').filter((segment) => segment && segment !== '..' && !/^[A-Za-z]:$/.test(segment));
        if (segments.length === 0)
            return undefined;
        const index = (this.byBasename ??= this.indexByBasename());
        const loose = absolute || (segments.length > 1 && /^[\w-]+(\.[\w-]+)+$/.test(segments[0]));
        let best = [];
        let bestScore = 0;
        for (const candidate of index.get(segments[segments.length - 1]) ?? []) {
            const parts = candidate.split('/');
            let score = 0;
            while (score < parts.length && score < segments.length && parts[parts.length - 1 - score] === segments[segments.length - 1 - score])
                score++;
            const acceptable = loose ? score >= 2 || score === parts.length : score === segments.length;
            if (!acceptable || score < bestScore)
                continue;
            if (score > bestScore)
                best = [];
            bestScore = score;
            best.push(candidate);
        }
        if (best.length > 1)
            best = this.preferred(best, roots);
        return best.length === 1 ? best[0] : undefined;
    }
    preferred(candidates, roots) {
        const workingDirectory = inside(this.root, this.workingDirectory);
        if (workingDirectory) {
            const under = candidates.filter((candidate) => candidate.startsWith(`${workingDirectory}/`));
            if (under.length > 0)
                candidates = under;
        }
        const hints = roots.map((root) => normalize(paths_toPosix(root))).filter((root) => root && !isAbsolute(root));
        if (candidates.length > 1 && hints.length > 0) {
            const hinted = candidates.filter((candidate) => hints.some((hint) => `/${candidate}`.includes(`/${hint}/`)));
            if (hinted.length > 0)
                candidates = hinted;
        }
        return candidates;
    }
    indexByBasename() {
        const index = new Map();
        for (const file of this.tracked) {
            const name = file.slice(file.lastIndexOf('/') + 1);
            const list = index.get(name);
            if (list)
                list.push(file);
            else
                index.set(name, [file]);
        }
        return index;
    }
}
function mapToRepoPath(reportPath, options) {
    return new RepoPathMapper(options).map(reportPath, options);
}
function parseGoModulePath(goMod) {
    const match = /^\s*module\s+("([^"]+)"|`([^`]+)`|(\S+))/m.exec(goMod.replace(/\/\/[^\n]*/g, ''));
    return match ? (match[2] ?? match[3] ?? match[4]) : undefined;
}
async function readGoModules(repoRoot, trackedFiles, directories = []) {
    const goMods = trackedFiles.filter((file) => file === 'go.mod' || file.endsWith('/go.mod'));
    if (goMods.length === 0) {
        const root = external_node_path_.resolve(repoRoot);
        for (const directory of [root, ...directories.map((d) => external_node_path_.resolve(root, d))]) {
            const relative = paths_toPosix(external_node_path_.relative(root, directory));
            if (!relative.startsWith('..'))
                goMods.push(relative ? `${relative}/go.mod` : 'go.mod');
        }
    }
    const modules = [];
    for (const goMod of new Set(goMods)) {
        const text = await (0,promises_.readFile)(external_node_path_.join(repoRoot, goMod), 'utf8').catch(() => undefined);
        const module = text === undefined ? undefined : parseGoModulePath(text);
        if (module)
            modules.push({ module, directory: external_node_path_.posix.dirname(goMod) === '.' ? '' : external_node_path_.posix.dirname(goMod) });
    }
    return modules;
}

;// CONCATENATED MODULE: ./dist.tmp-js/coverage/load.js













const PARSERS = {
    lcov: parseLcov,
    cobertura: parseCobertura,
    clover: parseClover,
    jacoco: parseJacoco,
    istanbul: parseIstanbulJson,
    go: parseGoProfile,
};
const FORMAT_PREFERENCE = ['istanbul', 'go', 'jacoco', 'cobertura', 'clover', 'lcov'];
async function loadCoverage(options) {
    const repoRoot = external_node_path_.resolve(options.repoRoot);
    const workingDirectory = external_node_path_.resolve(repoRoot, options.workingDirectory ?? '.');
    const trackedFiles = options.trackedFiles ?? [];
    const found = options.reports.length > 0 ? await findReports(options.reports, workingDirectory) : await discoverReports(workingDirectory);
    const reports = [];
    for (const report of found) {
        const format = !options.format || options.format === 'auto' ? await detectFormat(report.path, report.displayPath) : options.format;
        reports.push({ ...report, format });
    }
    const goModules = reports.some((report) => report.format === 'go')
        ? await readGoModules(repoRoot, trackedFiles, [external_node_path_.relative(repoRoot, workingDirectory)])
        : [];
    const mapper = new RepoPathMapper({ repoRoot, workingDirectory, trackedFiles, goModules });
    const isExcluded = createPathMatcher(options.exclude ?? []);
    const workingPrefix = external_node_path_.relative(repoRoot, workingDirectory).replace(/\\/g, '/');
    const excludes = (repoPath) => isExcluded(repoPath) || (workingPrefix !== '' && repoPath.startsWith(`${workingPrefix}/`) && isExcluded(repoPath.slice(workingPrefix.length + 1)));
    const store = new store_CoverageStore();
    const files = new Map();
    const unresolved = new Set();
    const excluded = new Set();
    const owners = new Map();
    const overlaps = new Map();
    const byPreference = [...reports].sort((a, b) => FORMAT_PREFERENCE.indexOf(a.format) - FORMAT_PREFERENCE.indexOf(b.format));
    for (const report of byPreference) {
        const reportDirectory = external_node_path_.dirname(report.path);
        const seen = new Map();
        const discarded = new store_CoverageStore();
        const sink = {
            file(reportPath, roots) {
                const key = roots?.length ? `${reportPath}\0${roots.join('\0')}` : reportPath;
                let file = seen.get(key);
                if (file)
                    return file;
                const mapped = mapper.map(reportPath, { reportDirectory, roots });
                if (!mapped.resolved)
                    unresolved.add(reportPath);
                if (excludes(mapped.path)) {
                    excluded.add(mapped.path);
                    file = new FileCoverage(mapped.path, discarded);
                }
                else {
                    let owner = owners.get(mapped.path);
                    if (!owner)
                        owners.set(mapped.path, (owner = report));
                    if (owner.format !== report.format) {
                        const key = `${owner.path}\0${report.path}`;
                        let overlap = overlaps.get(key);
                        if (!overlap)
                            overlaps.set(key, (overlap = { kept: owner, dropped: report, files: [] }));
                        if (!overlap.files.includes(mapped.path))
                            overlap.files.push(mapped.path);
                        file = new FileCoverage(mapped.path, discarded);
                    }
                    else {
                        file = files.get(mapped.path);
                        if (!file)
                            files.set(mapped.path, (file = new FileCoverage(mapped.path, store)));
                    }
                }
                seen.set(key, file);
                return file;
            },
        };
        await PARSERS[report.format](report.path, sink, { displayPath: report.displayPath, chunkSize: options.chunkSize });
    }
    return {
        files: finishFiles(files, store),
        reports,
        unresolvedPaths: [...unresolved].sort(),
        excludedPaths: [...excluded].sort(),
        notes: [...overlaps.values()].map(overlapNote),
    };
}
function overlapNote({ kept, dropped, files }) {
    const count = files.length === 1 ? '1 file' : `${files.length} files`;
    return (`${kept.displayPath} (${kept.format}) and ${dropped.displayPath} (${dropped.format}) describe the same ${count} (${files.slice(0, 3).join(', ')}${files.length > 3 ? ', ...' : ''}): ` +
        `one test run written in two formats, so ${files.length === 1 ? 'it is' : 'they are'} counted once, from ${kept.displayPath} (${kept.format} is preferred over ${dropped.format}); reports in one format are added up as shards.`);
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./dist.tmp-js/coverage/gate/snapshot.js

const SNAPSHOT_VERSION = 1;
const GZIP_ABOVE = 64 * 1024;
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
    return JSON.stringify({ v: SNAPSHOT_VERSION, gz: (0,external_node_zlib_.gzipSync)(json, { level: 9 }).toString('base64') });
}
class SnapshotFormatError extends Error {
    name = 'SnapshotFormatError';
}
const snapshot_isCount = (value) => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
function ratio(value, what) {
    if (!Array.isArray(value) || !snapshot_isCount(value[0]) || !snapshot_isCount(value[1]) || value[0] > value[1]) {
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

;// CONCATENATED MODULE: ./dist.tmp-js/coverage/gate/baseline.js




const LOCAL_DEPTH = 200;
const API_PAGES = 2;
async function findBaseline(store, ancestry, query) {
    const listing = await (query.listing ?? store.listing());
    if (!listing || listing.entries.size === 0) {
        const where = listing ? `${well_known/* SNAPSHOT_REF */.fW} has none under ${store.folder}/` : `${well_known/* SNAPSHOT_REF */.fW} is empty`;
        return {
            reason: `no snapshot has been recorded yet for the check "${store.checkName}" (${where}; the gate records one on each push to ${query.branch})`,
            walked: 'no snapshots to look for',
        };
    }
    const pick = (shas) => shas.find((sha, index) => listing.entries.has(sha) && !(query.excludeStart && index === 0 && sha === query.start));
    let found = !query.excludeStart && listing.entries.has(query.start) ? query.start : undefined;
    let walked = found ? 'the merge-base itself has a snapshot' : '';
    let depth = 0;
    if (!found) {
        const local = await ancestry.local(query.start, LOCAL_DEPTH);
        if (local && local.shas.length > 0) {
            found = pick(local.shas);
            depth = local.shas.length;
            walked = `${local.shas.length} ${plural(local.shas.length, 'commit')} of local history`;
        }
        if (!found && (!local || local.shas.length === 0 || !local.complete)) {
            const remote = await ancestry.remote(query.start, API_PAGES);
            found = pick(remote);
            depth = Math.max(depth, remote.length);
            walked = `${walked ? `${walked}, then ` : ''}${remote.length} ${plural(remote.length, 'commit')} listed through the API`;
        }
    }
    if (!found)
        return { reason: notFound(query, depth, listing.entries.has(query.start), listing.entries.size), walked };
    let snapshot;
    try {
        snapshot = decodeSnapshot(await store.readBlob(listing.entries.get(found)));
    }
    catch (error) {
        if (error.name !== 'SnapshotFormatError')
            throw error;
        return { reason: `the snapshot of ${shortSha(found)} could not be read (${error.message})`, walked };
    }
    const distance = found === query.start ? '' : `, the nearest ancestor of ${shortSha(query.start)} with a snapshot`;
    return { baseline: { snapshot, label: `${query.branch} (${shortSha(found)}${distance})` }, walked };
}
function notFound(query, listed, startHasSnapshot, recorded) {
    const start = shortSha(query.start);
    const before = Math.max(0, listed - 1);
    const snapshots = `${recorded} ${plural(recorded, 'snapshot is', 'snapshots are')} recorded`;
    if (!query.excludeStart) {
        const searched = before === 0 ? 'no commit before it is in the history that could be read' : `none was found in the ${before} ${plural(before, 'commit')} before it`;
        return `${start} has no snapshot, and ${searched} (${snapshots})`;
    }
    const searched = before === 0 ? `no commit before ${start} is in the history that could be read` : `no snapshot was found in the ${before} ${plural(before, 'commit')} before ${start}`;
    const own = startHasSnapshot ? ', although it has a snapshot from an earlier run of this commit' : '';
    return `${searched} (${snapshots}); ${start} itself is left out on purpose, since a push is compared with what came before it${own}`;
}

// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 3 modules
var exec = __webpack_require__(1260);
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

;// CONCATENATED MODULE: ./dist.tmp-js/coverage/gate/diff.js
const HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
function unquoteGitPath(text) {
    if (!text.startsWith('"') || !text.endsWith('"') || text.length < 2)
        return text;
    const bytes = [];
    const body = text.slice(1, -1);
    const simple = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
    for (let i = 0; i < body.length; i++) {
        const ch = body[i];
        if (ch !== '\\') {
            bytes.push(...Buffer.from(ch, 'utf8'));
            continue;
        }
        const next = body[i + 1];
        if (/[0-7]/.test(next ?? '')) {
            const octal = /^[0-7]{1,3}/.exec(body.slice(i + 1))[0];
            bytes.push(parseInt(octal, 8));
            i += octal.length;
        }
        else {
            bytes.push(simple[next] ?? next.charCodeAt(0));
            i += 1;
        }
    }
    return Buffer.from(bytes).toString('utf8');
}
function stripPrefix(path, prefix) {
    const unquoted = unquoteGitPath(path.replace(/\t.*$/, ''));
    return unquoted.startsWith(prefix) ? unquoted.slice(prefix.length) : unquoted;
}
function headerPaths(rest) {
    if (rest.startsWith('"')) {
        const match = /^("(?:[^"\\]|\\.)*") ("(?:[^"\\]|\\.)*"|.*)$/.exec(rest);
        return match ? [stripPrefix(match[1], 'a/'), stripPrefix(match[2], 'b/')] : undefined;
    }
    const half = (rest.length - 1) / 2;
    if (Number.isInteger(half) && rest.slice(0, half).slice(2) === rest.slice(half + 1).slice(2)) {
        return [rest.slice(2, half), rest.slice(half + 3)];
    }
    const split = rest.lastIndexOf(' b/');
    return split > 0 ? [stripPrefix(rest.slice(0, split), 'a/'), stripPrefix(rest.slice(split + 1), 'b/')] : undefined;
}
function newFile() {
    return { path: '', status: 'modified', added: [], blank: [], hunks: [], binary: false };
}
class DiffParser {
    files = [];
    file;
    oldLeft = 0;
    newLeft = 0;
    newLine = 0;
    oldPath = '';
    startFile(path, status, previousPath) {
        this.close();
        this.file = { ...newFile(), path, status, previousPath };
    }
    push(line) {
        if (this.oldLeft > 0 || this.newLeft > 0) {
            this.hunkLine(line);
            return;
        }
        const hunk = HUNK.exec(line);
        if (hunk && this.file) {
            const oldStart = Number(hunk[1]);
            const oldCount = hunk[2] === undefined ? 1 : Number(hunk[2]);
            const newStart = Number(hunk[3]);
            const newCount = hunk[4] === undefined ? 1 : Number(hunk[4]);
            this.file.hunks.push([oldStart, oldCount, newStart, newCount]);
            this.oldLeft = oldCount;
            this.newLeft = newCount;
            this.newLine = newStart;
            return;
        }
        if (line.startsWith('diff --git ')) {
            this.close();
            this.file = newFile();
            const paths = headerPaths(line.slice('diff --git '.length));
            if (paths) {
                this.oldPath = paths[0];
                this.file.path = paths[1];
            }
            return;
        }
        const file = this.file;
        if (!file)
            return;
        if (line.startsWith('--- ')) {
            const path = line.slice(4);
            if (path === '/dev/null')
                file.status = 'added';
            else
                this.oldPath = stripPrefix(path, 'a/');
        }
        else if (line.startsWith('+++ ')) {
            const path = line.slice(4);
            if (path === '/dev/null')
                file.status = 'deleted';
            else
                file.path = stripPrefix(path, 'b/');
        }
        else if (line.startsWith('new file mode')) {
            file.status = 'added';
        }
        else if (line.startsWith('deleted file mode')) {
            file.status = 'deleted';
        }
        else if (line.startsWith('rename from ')) {
            file.status = 'renamed';
            this.oldPath = unquoteGitPath(line.slice('rename from '.length));
        }
        else if (line.startsWith('rename to ')) {
            file.path = unquoteGitPath(line.slice('rename to '.length));
        }
        else if (line.startsWith('copy from ')) {
            file.status = 'copied';
            this.oldPath = unquoteGitPath(line.slice('copy from '.length));
        }
        else if (line.startsWith('copy to ')) {
            file.path = unquoteGitPath(line.slice('copy to '.length));
        }
        else if (line.startsWith('Binary files ') || line === 'GIT binary patch') {
            file.binary = true;
        }
    }
    hunkLine(line) {
        const file = this.file;
        const kind = line[0];
        if (kind === '+') {
            file.added.push(this.newLine);
            if (line.slice(1).trim() === '')
                file.blank.push(this.newLine);
            this.newLine++;
            this.newLeft--;
        }
        else if (kind === '-') {
            this.oldLeft--;
        }
        else if (kind === '\\') {
        }
        else {
            this.newLine++;
            this.newLeft--;
            this.oldLeft--;
        }
        if (this.oldLeft < 0)
            this.oldLeft = 0;
        if (this.newLeft < 0)
            this.newLeft = 0;
    }
    close() {
        const file = this.file;
        this.file = undefined;
        this.oldLeft = this.newLeft = 0;
        if (!file)
            return;
        if (file.status === 'deleted') {
            file.path = '';
            file.previousPath = this.oldPath || file.previousPath;
        }
        else if (this.oldPath && this.oldPath !== file.path && !file.previousPath) {
            file.previousPath = this.oldPath;
        }
        this.oldPath = '';
        this.files.push(file);
    }
    finish() {
        this.close();
        return this.files;
    }
}
function parseUnifiedDiff(text) {
    const parser = new DiffParser();
    for (const line of text.split('\n'))
        parser.push(line.endsWith('\r') ? line.slice(0, -1) : line);
    return parser.finish();
}
function parseFilePatch(path, patch, status = 'modified', previousPath) {
    const parser = new DiffParser();
    parser.startFile(path, status, previousPath);
    for (const line of patch.split('\n'))
        parser.push(line.endsWith('\r') ? line.slice(0, -1) : line);
    return parser.finish()[0];
}
function mapLine(hunks, line) {
    let offset = 0;
    for (const [oldStart, oldCount, newStart, newCount] of hunks) {
        const firstOld = oldCount === 0 ? oldStart + 1 : oldStart;
        if (line < firstOld)
            break;
        if (oldCount > 0 && line < oldStart + oldCount)
            return null;
        offset = newStart + newCount - (oldStart + oldCount) + (newCount === 0 ? 1 : 0) - (oldCount === 0 ? 1 : 0);
    }
    return line + offset;
}

;// CONCATENATED MODULE: ./dist.tmp-js/coverage/gate/git.js




const BASE_ARGS = ['-c', 'safe.directory=*', '-c', 'core.quotePath=false'];
const MAX_STDERR = 4096;
async function run(cwd, args, onLine) {
    const decoder = new external_node_string_decoder_.StringDecoder('utf8');
    let stdout = '';
    let stderr = '';
    const take = (text, end) => {
        stdout += text;
        if (!onLine)
            return;
        let start = 0;
        for (let newline = stdout.indexOf('\n'); newline >= 0; newline = stdout.indexOf('\n', start)) {
            onLine(stdout.slice(start, newline > start && stdout[newline - 1] === '\r' ? newline - 1 : newline));
            start = newline + 1;
        }
        stdout = stdout.slice(start);
        if (end && stdout)
            onLine(stdout.replace(/\r$/, ''));
        if (end)
            stdout = '';
    };
    try {
        const code = await (0,exec/* exec */.m)('git', [...BASE_ARGS, ...args], {
            cwd,
            env: { ...runStepEnvironment(process.env), GIT_TERMINAL_PROMPT: '0' },
            silent: true,
            ignoreReturnCode: true,
            listeners: {
                stdout: (data) => take(decoder.write(data), false),
                stderr: (data) => {
                    if (stderr.length < MAX_STDERR)
                        stderr += data.toString('utf8', 0, Math.min(data.length, MAX_STDERR - stderr.length));
                },
            },
        });
        take(decoder.end(), true);
        return { code, stdout, stderr };
    }
    catch {
        return { code: 127, stdout: '', stderr: 'git could not be started' };
    }
}
async function answer(cwd, args) {
    const result = await run(cwd, args);
    return result.code === 0 ? result.stdout.trim() : undefined;
}
class LocalGit {
    cwd;
    constructor(cwd) {
        this.cwd = cwd;
    }
    root() {
        return answer(this.cwd, ['rev-parse', '--show-toplevel']);
    }
    async commit(rev) {
        if (!rev)
            return undefined;
        return answer(this.cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
    }
    async isShallow() {
        return (await answer(this.cwd, ['rev-parse', '--is-shallow-repository'])) === 'true';
    }
    mergeBase(a, b) {
        return answer(this.cwd, ['merge-base', a, b]);
    }
    async ancestors(sha, max) {
        const text = await answer(this.cwd, ['rev-list', `--max-count=${max}`, sha]);
        return text ? text.split('\n').filter(Boolean) : [];
    }
    async trackedFiles() {
        const root = await this.root();
        if (!root)
            return undefined;
        const text = await answer(root, ['ls-files', '-z']);
        return text === undefined ? undefined : text.split('\0').filter(Boolean);
    }
    async diff(from, to, paths = []) {
        const root = (await this.root()) ?? this.cwd;
        const parser = new DiffParser();
        const args = ['diff', '--no-color', '--no-ext-diff', '--no-textconv', '--unified=0', '-M', '--src-prefix=a/', '--dst-prefix=b/', from, to];
        if (paths.length > 0)
            args.push('--', ...paths.map((path) => `:(literal)${path}`));
        const result = await run(root, args, (line) => parser.push(line));
        return result.code === 0 ? parser.finish() : undefined;
    }
}

;// CONCATENATED MODULE: ./dist.tmp-js/coverage/gate/patch.js

class SourcePolicy {
    isExcluded;
    extensions = new Set();
    topFolders = new Set();
    scope;
    anyFolder = false;
    constructor(reported, isExcluded = () => false, workingDirectory = '') {
        this.isExcluded = isExcluded;
        const paths = [...reported];
        const directory = workingDirectory.replace(/\\/g, '/').replace(/^(\.\/)+|\/+$/g, '');
        let scope = directory === '.' ? '' : directory;
        if (scope !== '' && !paths.some((path) => isUnder(path, scope))) {
            scope = commonFolder(paths);
            this.anyFolder = scope !== '';
        }
        this.scope = scope;
        for (const path of paths) {
            const extension = extensionOf(path);
            if (extension)
                this.extensions.add(extension);
            if (isUnder(path, scope))
                this.topFolders.add(topFolder(relativeTo(path, scope)));
        }
    }
    whyNotSource(path) {
        if (this.isExcluded(path))
            return 'excluded';
        if (isTestPath(path))
            return 'test';
        if (GENERATED.test(`/${path}`) || /\.d\.[cm]?ts$/.test(path) || /\.min\.[cm]?js$/.test(path))
            return 'generated or vendored';
        const extension = extensionOf(path);
        if (!extension || !this.extensions.has(extension))
            return 'not a source file type the reports cover';
        if (!isUnder(path, this.scope))
            return this.anyFolder ? `outside the folder the reports cover (${this.scope}/)` : `outside the working directory (${this.scope}/)`;
        if (!this.anyFolder && !this.topFolders.has(topFolder(relativeTo(path, this.scope))))
            return 'outside the folders the reports cover';
        return undefined;
    }
}
function isUnder(path, folder) {
    return folder === '' || path.startsWith(`${folder}/`);
}
function relativeTo(path, folder) {
    return folder === '' ? path : path.slice(folder.length + 1);
}
function commonFolder(paths) {
    if (paths.length === 0)
        return '';
    let common = paths[0].split('/').slice(0, -1);
    for (const path of paths.slice(1)) {
        const parts = path.split('/').slice(0, -1);
        let n = 0;
        while (n < common.length && n < parts.length && common[n] === parts[n])
            n++;
        common = common.slice(0, n);
        if (n === 0)
            break;
    }
    return common.join('/');
}
const GENERATED = /\/(node_modules|vendor|third_party|dist|build|out|target|coverage|\.git|\.github|generated|__generated__)\//;
const TEST_PATH = [
    /(^|\/)(__tests__|__mocks__|__snapshots__|__fixtures__|tests?|spec|specs|testdata|test-data|fixtures|e2e)\//,
    /\.(test|spec|e2e|cy)\.[^/]+$/,
    /_test\.go$/,
    /(^|\/)test_[^/]+\.py$/,
    /_test\.py$/,
    /(^|\/)conftest\.py$/,
    /(Test|Tests|IT|Spec)\.(java|kt|scala|groovy|cs)$/,
];
function isTestPath(path) {
    return TEST_PATH.some((pattern) => pattern.test(path));
}
function extensionOf(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    const dot = name.lastIndexOf('.');
    return dot > 0 ? name.slice(dot).toLowerCase() : '';
}
function topFolder(path) {
    const slash = path.indexOf('/');
    return slash < 0 ? '' : path.slice(0, slash);
}
function computePatchCoverage(diffs, coverage, policy) {
    const result = { files: [], lines: { covered: 0, total: 0 }, ignored: [] };
    for (const diff of diffs) {
        if (diff.status === 'deleted' || !diff.path || diff.added.length === 0)
            continue;
        const file = coverage.files.get(diff.path);
        if (file) {
            const uncovered = [];
            let covered = 0;
            for (const line of diff.added) {
                const hits = file.lineHits(line);
                if (hits === undefined)
                    continue;
                if (hits > 0)
                    covered++;
                else
                    uncovered.push(line);
            }
            const total = covered + uncovered.length;
            if (total === 0)
                continue;
            const ranges = groupRanges(uncovered, (line) => file.lineHits(line) === undefined);
            result.files.push({ path: diff.path, status: diff.status, inReport: true, lines: { covered, total }, uncovered, ranges });
            result.lines.covered += covered;
            result.lines.total += total;
            continue;
        }
        const reason = policy.whyNotSource(diff.path);
        if (reason) {
            result.ignored.push({ path: diff.path, reason });
            continue;
        }
        const blank = new Set(diff.blank);
        const uncovered = diff.added.filter((line) => !blank.has(line));
        if (uncovered.length === 0)
            continue;
        const ranges = groupRanges(uncovered, (line) => blank.has(line));
        result.files.push({ path: diff.path, status: diff.status, inReport: false, lines: { covered: 0, total: uncovered.length }, uncovered, ranges });
        result.lines.total += uncovered.length;
    }
    result.files.sort((a, b) => b.lines.total - b.lines.covered - (a.lines.total - a.lines.covered) || (a.path < b.path ? -1 : 1));
    return result;
}

;// CONCATENATED MODULE: ./dist.tmp-js/coverage/gate/pull-diff.js







const identity = (_path, line) => line;
async function readPullDiff(git, github, repo, pull, log) {
    const local = await localDiff(git, pull, log);
    if (local.diff)
        return local.diff;
    if (!github) {
        throw new errors/* UserError */.yo(`The changed lines could not be found: ${local.why}, and there is no token (input github-token) to read them from the API; give actions/checkout fetch-depth: 0.`);
    }
    return apiDiff(git, github, repo, pull, local.why);
}
async function localDiff(git, pull, log) {
    const root = await git.root();
    if (!root)
        return { why: 'the working directory is not a git checkout' };
    const tested = await git.commit('HEAD');
    if (!tested)
        return { why: 'the checkout has no HEAD commit' };
    const base = (await git.commit(pull.baseSha)) ??
        (pull.baseRef ? ((await git.commit(`refs/remotes/origin/${pull.baseRef}`)) ?? undefined) : undefined);
    if (!base)
        return { why: `the base commit ${shortSha(pull.baseSha)} is not in the local history (a shallow clone)` };
    const mergeBase = await git.mergeBase(base, tested);
    if (!mergeBase)
        return { why: `the local history does not reach the merge-base of ${shortSha(base)} and ${shortSha(tested)} (a shallow clone)` };
    const diffs = await git.diff(mergeBase, tested);
    if (!diffs)
        return { why: 'git diff failed' };
    let toHeadLine = identity;
    const notes = [];
    if (tested !== pull.headSha) {
        const head = await git.commit(pull.headSha);
        if (head) {
            toHeadLine = await headLineMapper(git, tested, head, diffs);
            log(`The tests ran on ${shortSha(tested)} (not the head ${shortSha(pull.headSha)}); annotation lines are mapped onto the head.`);
        }
        else {
            notes.push(`The head commit ${shortSha(pull.headSha)} is not in the local history, so annotation lines are those of the tested commit ${shortSha(tested)}.`);
        }
    }
    log(`Changed lines: git diff ${shortSha(mergeBase)}..${shortSha(tested)} (${formatCount(diffs.length)} ${diffs.length === 1 ? 'file' : 'files'}).`);
    return { diff: { diffs, mergeBase, source: 'git', toHeadLine, notes, requests: 0 }, why: '' };
}
async function headLineMapper(git, tested, head, diffs) {
    const paths = diffs.filter((diff) => diff.added.length > 0 && diff.path).map((diff) => diff.path);
    const between = await git.diff(tested, head, paths.length <= 500 ? paths : []);
    if (!between)
        return identity;
    const hunks = new Map(between.map((diff) => [diff.previousPath ?? diff.path, diff.hunks]));
    return (file, line) => {
        const fileHunks = hunks.get(file);
        return fileHunks ? mapLine(fileHunks, line) : line;
    };
}
const STATUS = { added: 'added', removed: 'deleted', renamed: 'renamed', copied: 'copied' };
async function apiDiff(git, github, repo, pull, why) {
    const notes = [
        `Changed lines were read through the API because ${why}; give actions/checkout \`fetch-depth: 0\` so that git answers locally (no file limit, no requests).`,
    ];
    const listed = await listPullFiles(github, repo, pull.number);
    let requests = listed.requests;
    if (listed.capped) {
        notes.push(`GitHub lists at most ${formatCount(PULL_FILES_LIMIT)} files of a pull request; files beyond them are not in the patch coverage.`);
    }
    const root = (await git.root()) ?? process.cwd();
    const diffs = [];
    let withoutPatch = 0;
    for (const file of listed.files) {
        const status = STATUS[file.status] ?? 'modified';
        if (status === 'deleted')
            continue;
        if (file.patch !== undefined) {
            diffs.push(parseFilePatch(file.filename, file.patch, status, file.previousFilename));
        }
        else if (status === 'added' && file.additions > 0) {
            const whole = await wholeFile(external_node_path_.join(root, file.filename));
            if (whole)
                diffs.push({ ...whole, path: file.filename, status });
            else
                withoutPatch++;
        }
        else if (file.additions > 0) {
            withoutPatch++;
        }
    }
    if (withoutPatch > 0) {
        notes.push(`${formatCount(withoutPatch)} changed ${withoutPatch === 1 ? 'file has' : 'files have'} no diff in the API (too large or binary) and ${withoutPatch === 1 ? 'is' : 'are'} not in the patch coverage.`);
    }
    const mergeBase = pull.baseSha && pull.headSha ? await compareMergeBase(github, repo, pull.baseSha, pull.headSha) : undefined;
    requests += 1;
    return { diffs, mergeBase, source: 'api', toHeadLine: identity, notes, requests };
}
async function wholeFile(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch {
        return undefined;
    }
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    const added = lines.map((_line, index) => index + 1);
    const blank = added.filter((line) => lines[line - 1].trim() === '');
    return { added, blank, hunks: [[0, 0, 1, lines.length]], binary: false };
}

;// CONCATENATED MODULE: ./dist.tmp-js/coverage/gate/result.js
const RESULT_SCHEMA = 'shipgate/coverage-gate-result';
const RESULT_VERSION = 1;
const RESULT_FILE = 'coverage-gate-result.json';
const pair = (ratio) => [ratio.covered, ratio.total];
function buildResultFile(report, repo, files, baseSha) {
    const patch = report.figures.patch;
    return {
        schema: RESULT_SCHEMA,
        version: RESULT_VERSION,
        repository: `${repo.owner}/${repo.repo}`,
        checkName: report.checkName,
        pullNumber: report.pullNumber ?? null,
        headSha: report.sha ?? '',
        baseSha: baseSha || null,
        passed: report.verdict.passed && (report.testCommand?.exitCode ?? 0) === 0,
        testExitCode: report.testCommand ? report.testCommand.exitCode : null,
        lines: pair(report.figures.lines),
        branches: pair(report.figures.branches),
        files: files.map((file) => [file.path, file.lines.covered, file.lines.total, file.branches.covered, file.branches.total]),
        patch: patch
            ? {
                lines: pair(patch.lines),
                ignored: patch.ignored.length,
                files: patch.files.map((file) => ({ path: file.path, inReport: file.inReport, lines: pair(file.lines), uncovered: file.ranges.map((range) => [range.start, range.end]) })),
            }
            : null,
    };
}
class ResultFileError extends Error {
    name = 'ResultFileError';
}
const MAX_FILES = 1_000_000;
const SHA = /^[0-9a-f]{40}$/;
function fail(what) {
    throw new ResultFileError(what);
}
function count(value, what) {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0)
        fail(`${what} must be a whole number of at least 0`);
    return value;
}
function ratioOf(value, what) {
    if (!Array.isArray(value) || value.length !== 2)
        fail(`${what} must be [covered, total]`);
    const covered = count(value[0], `${what}[0]`);
    const total = count(value[1], `${what}[1]`);
    if (covered > total)
        fail(`${what} covers more than its total`);
    return [covered, total];
}
function isSafeRepoPath(value) {
    return (typeof value === 'string' &&
        value.length > 0 &&
        value.length <= 4096 &&
        !value.startsWith('/') &&
        ![...value].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f) &&
        !value.split('/').some((segment) => segment === '..' || segment === ''));
}
function keysOnly(value, keys, what) {
    if (!value || typeof value !== 'object' || Array.isArray(value))
        fail(`${what} must be an object`);
    const extra = Object.keys(value).filter((key) => !keys.includes(key));
    if (extra.length > 0)
        fail(`${what} has unknown fields: ${extra.slice(0, 3).join(', ')}`);
    return value;
}
function parseResultFile(text, expect) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        fail(`not JSON (${error.message})`);
    }
    const top = keysOnly(data, ['schema', 'version', 'repository', 'checkName', 'pullNumber', 'headSha', 'baseSha', 'passed', 'testExitCode', 'lines', 'branches', 'files', 'patch'], 'the result');
    if (top.schema !== RESULT_SCHEMA || top.version !== RESULT_VERSION)
        fail(`schema must be ${RESULT_SCHEMA} version ${RESULT_VERSION}`);
    if (typeof top.headSha !== 'string' || !SHA.test(top.headSha))
        fail('headSha must be a commit sha');
    if (top.headSha !== expect.headSha)
        fail(`headSha ${top.headSha} is not the commit of the run that made it (${expect.headSha})`);
    if (top.baseSha !== null && (typeof top.baseSha !== 'string' || !SHA.test(top.baseSha)))
        fail('baseSha must be a commit sha or null');
    if (typeof top.repository !== 'string' || !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(top.repository))
        fail('repository must be owner/name');
    if (expect.repository && top.repository.toLowerCase() !== expect.repository.toLowerCase())
        fail(`repository must be ${expect.repository}`);
    if (typeof top.checkName !== 'string' || !/^[A-Za-z0-9 ._/()-]{1,100}$/.test(top.checkName))
        fail('checkName must be a short plain name');
    if (top.pullNumber !== null && (count(top.pullNumber, 'pullNumber') === 0))
        fail('pullNumber must be positive');
    if (typeof top.passed !== 'boolean')
        fail('passed must be true or false');
    if (top.testExitCode !== null)
        count(top.testExitCode, 'testExitCode');
    const lines = ratioOf(top.lines, 'lines');
    const branches = ratioOf(top.branches, 'branches');
    if (!Array.isArray(top.files) || top.files.length > MAX_FILES)
        fail('files must be a list');
    const seen = new Set();
    const files = top.files.map((entry, index) => {
        if (!Array.isArray(entry) || entry.length !== 5 || !isSafeRepoPath(entry[0]))
            fail(`files[${index}] must be [path, lc, lt, bc, bt] with a repository path`);
        if (seen.has(entry[0]))
            fail(`files[${index}] repeats ${entry[0]}`);
        seen.add(entry[0]);
        const [lc, lt] = ratioOf(entry.slice(1, 3), `files[${index}] lines`);
        const [bc, bt] = ratioOf(entry.slice(3, 5), `files[${index}] branches`);
        return [entry[0], lc, lt, bc, bt];
    });
    const sum = files.reduce((total, file) => [total[0] + file[1], total[1] + file[2]], [0, 0]);
    if (sum[0] !== lines[0] || sum[1] !== lines[1])
        fail('lines must be the sum of the files');
    let patch = null;
    if (top.patch !== null) {
        const raw = keysOnly(top.patch, ['lines', 'ignored', 'files'], 'patch');
        if (!Array.isArray(raw.files) || raw.files.length > MAX_FILES)
            fail('patch.files must be a list');
        const patchFiles = raw.files.map((entry, index) => {
            const file = keysOnly(entry, ['path', 'inReport', 'lines', 'uncovered'], `patch.files[${index}]`);
            if (!isSafeRepoPath(file.path))
                fail(`patch.files[${index}].path must be a repository path`);
            if (typeof file.inReport !== 'boolean')
                fail(`patch.files[${index}].inReport must be true or false`);
            const fileLines = ratioOf(file.lines, `patch.files[${index}].lines`);
            if (!Array.isArray(file.uncovered))
                fail(`patch.files[${index}].uncovered must be a list`);
            const uncovered = file.uncovered.map((range, at) => {
                const what = `patch.files[${index}].uncovered[${at}]`;
                if (!Array.isArray(range) || range.length !== 2)
                    fail(`${what} must be [start, end] lines`);
                const [start, end] = [count(range[0], what), count(range[1], what)];
                if (start < 1 || end < start)
                    fail(`${what} must be [start, end] lines with 1 <= start <= end`);
                return [start, end];
            });
            return { path: file.path, inReport: file.inReport, lines: fileLines, uncovered };
        });
        patch = { lines: ratioOf(raw.lines, 'patch.lines'), ignored: count(raw.ignored, 'patch.ignored'), files: patchFiles };
    }
    return {
        schema: RESULT_SCHEMA,
        version: RESULT_VERSION,
        repository: top.repository,
        checkName: top.checkName,
        pullNumber: top.pullNumber,
        headSha: top.headSha,
        baseSha: top.baseSha,
        passed: top.passed,
        testExitCode: top.testExitCode,
        lines,
        branches,
        files,
        patch,
    };
}
function patchFromResult(result) {
    if (!result.patch)
        return undefined;
    const files = result.patch.files.map((file) => ({
        path: file.path,
        status: 'modified',
        inReport: file.inReport,
        lines: { covered: file.lines[0], total: file.lines[1] },
        uncovered: [],
        ranges: file.uncovered.map(([start, end]) => ({ start, end })),
    }));
    return { files, lines: { covered: result.patch.lines[0], total: result.patch.lines[1] }, ignored: [] };
}
function filesFromResult(result) {
    return result.files.map(([path, lc, lt, bc, bt]) => ({ path, lines: { covered: lc, total: lt }, branches: { covered: bc, total: bt } }));
}

;// CONCATENATED MODULE: ./dist.tmp-js/coverage/gate/outcome.js






async function finishOutcome(report, env, settings, files, baseSha, unpublishedAnnotations, publishError) {
    const { figures, verdict, testCommand } = report;
    const passed = reportPassed(report);
    const reportPath = await writeReportFiles(report, env, settings, files, baseSha);
    const summary = renderSummary(report);
    const outputs = {
        coverage: formatPercent0(figures.lines),
        'branch-coverage': formatPercent0(figures.branches),
        'patch-coverage': figures.patch ? formatPercent0(figures.patch.lines) : '',
        'base-coverage': figures.base ? formatPercent0(figures.base.snapshot.lines) : '',
        delta: figures.base && figures.base.snapshot.lines.total > 0 && figures.lines.total > 0 ? deltaText(figures.base.snapshot.lines, figures.lines) : '',
        passed: String(passed),
        report: reportPath,
    };
    const failures = [
        ...(testCommand && testCommand.exitCode !== 0 ? [`The test command failed with exit code ${testCommand.exitCode}.`] : []),
        ...verdict.checks.filter((check) => check.status === 'fail').map((check) => check.message.replace(/`/g, '')),
    ];
    return { report, passed, outputs, summary, failures, unpublishedAnnotations, publishError };
}
const formatPercent0 = (ratio) => (ratio.total > 0 ? formatPercent(ratio) : '');
async function writeReportFiles(report, env, settings, files, baseSha) {
    const folder = external_node_path_.join(env.outputDirectory, `shipgate-coverage-gate-${settings.checkName.replace(/[^A-Za-z0-9._-]+/g, '_')}`);
    await (0,promises_.mkdir)(folder, { recursive: true });
    const reportPath = external_node_path_.join(folder, 'coverage-gate-report.md');
    await (0,promises_.writeFile)(reportPath, renderReportFile(report));
    await (0,promises_.writeFile)(external_node_path_.join(folder, RESULT_FILE), `${JSON.stringify(buildResultFile(report, env.repo, files, baseSha))}\n`);
    return reportPath;
}

;// CONCATENATED MODULE: ./dist.tmp-js/coverage/gate/verdict.js





const MAX_LISTED = 10;
function decideVerdict(figures, thresholds) {
    const checks = [linesCheck(figures.lines, thresholds.minCoverage)];
    if (thresholds.minBranchCoverage !== undefined)
        checks.push(branchesCheck(figures.branches, thresholds.minBranchCoverage));
    if (thresholds.minFileCoverage !== undefined)
        checks.push(filesCheck(figures.files, thresholds.minFileCoverage));
    const patch = patchCheck(figures, thresholds.minPatchCoverage);
    if (patch)
        checks.push(patch);
    let deltas = [];
    if (figures.base) {
        const current = new Map(figures.files.map((file) => [file.path, { lines: file.lines, branches: file.branches }]));
        deltas = fileDeltas(figures.base.snapshot, current, figures.lines);
    }
    const drop = dropCheck(figures, deltas, thresholds.maxCoverageDrop);
    if (drop)
        checks.push(drop);
    return { passed: checks.every((check) => check.status !== 'fail'), checks, deltas };
}
function minimumSentence(what, ratio, unit, minimum, needed) {
    const figure = `${what} ${percentText(ratio)} (${formatCount(ratio.covered)} of ${formatCount(ratio.total)} ${unit})`;
    if (meetsMinimum(ratio, minimum))
        return { ok: true, message: `${figure} meets the minimum of ${minimum} %.` };
    const missing = missingToMeet(ratio, minimum);
    return { ok: false, message: `${figure} is below the minimum of ${minimum} %: ${formatCount(missing)} more ${needed}.` };
}
function linesCheck(lines, minimum) {
    if (lines.total === 0) {
        const ok = minimum === 0;
        return {
            id: 'lines',
            status: ok ? 'pass' : 'fail',
            message: `The reports record no executable lines (after exclude), so line coverage cannot meet the minimum of ${minimum} %.`,
        };
    }
    const { ok, message } = minimumSentence('Line coverage', lines, 'lines', minimum, `covered ${plural(missingToMeet(lines, minimum), 'line is', 'lines are')} needed`);
    return { id: 'lines', status: ok ? 'pass' : 'fail', message };
}
function branchesCheck(branches, minimum) {
    if (branches.total === 0) {
        return {
            id: 'branches',
            status: minimum === 0 ? 'pass' : 'fail',
            message: `Branch coverage cannot be checked against the minimum of ${minimum} %: the reports record no branches (set min-branch-coverage only for reports that carry branch data).`,
        };
    }
    const { ok, message } = minimumSentence('Branch coverage', branches, 'branches', minimum, `covered ${plural(missingToMeet(branches, minimum), 'branch is', 'branches are')} needed`);
    return { id: 'branches', status: ok ? 'pass' : 'fail', message };
}
const fileFigure = (file) => `${code(file.path)} ${percentText(file.lines)} (${formatCount(file.lines.covered)} of ${formatCount(file.lines.total)} lines)`;
function filesCheck(files, minimum) {
    const measured = files.filter((file) => file.lines.total > 0);
    if (measured.length === 0) {
        return { id: 'files', status: 'pass', message: `No file has executable lines, so every file meets the minimum file coverage of ${minimum} %.` };
    }
    const byCoverage = (a, b) => a.lines.covered * b.lines.total - b.lines.covered * a.lines.total || (a.path < b.path ? -1 : 1);
    const failing = measured.filter((file) => !meetsMinimum(file.lines, minimum)).sort(byCoverage);
    if (failing.length === 0) {
        const lowest = [...measured].sort(byCoverage)[0];
        return {
            id: 'files',
            status: 'pass',
            message: `All ${formatCount(measured.length)} ${plural(measured.length, 'file meets', 'files meet')} the minimum file coverage of ${minimum} % (lowest: ${fileFigure(lowest)}).`,
        };
    }
    return {
        id: 'files',
        status: 'fail',
        message: `${formatCount(failing.length)} of ${formatCount(measured.length)} ${plural(measured.length, 'file is', 'files are')} below the minimum file coverage of ${minimum} %: ` +
            `${listText(failing.map(fileFigure), MAX_LISTED)}.`,
    };
}
function patchCheck(figures, minimum) {
    const patch = figures.patch;
    if (!patch) {
        if (minimum === undefined)
            return undefined;
        return { id: 'patch', status: 'skip', message: `Patch coverage was not checked: ${figures.patchMissingReason ?? 'this run is not for a pull request'}.` };
    }
    const missing = patch.files.filter((file) => !file.inReport);
    const missingNote = missing.length > 0
        ? ` ${listText(missing.map((file) => `${code(file.path)} (${formatCount(file.lines.total)} ${plural(file.lines.total, 'line')})`), 5)} ` +
            `${missing.length === 1 ? 'is a changed source file missing from the report; it counts' : 'are changed source files missing from the report; they count'} as uncovered.`
        : '';
    if (patch.lines.total === 0) {
        const ignored = patch.ignored.length > 0 ? ` (${formatCount(patch.ignored.length)} changed ${plural(patch.ignored.length, 'file is', 'files are')} not source code and not counted)` : '';
        return { id: 'patch', status: minimum === undefined ? 'info' : 'pass', message: `No executable lines were added or changed${ignored}, so there is no patch coverage to check.` };
    }
    const what = `Patch coverage ${percentText(patch.lines)} (${formatCount(patch.lines.covered)} of ${formatCount(patch.lines.total)} changed lines)`;
    if (minimum === undefined)
        return { id: 'patch', status: 'info', message: `${what}.${missingNote}` };
    const { ok, message } = minimumSentence('Patch coverage', patch.lines, 'changed lines', minimum, `changed ${plural(missingToMeet(patch.lines, minimum), 'line needs', 'lines need')} tests`);
    return { id: 'patch', status: ok ? 'pass' : 'fail', message: `${message}${missingNote}` };
}
function signedPoints(points) {
    const rounded = Math.abs(points) < 0.005 ? 0 : points;
    return `${rounded > 0 ? '+' : rounded < 0 ? '-' : '±'}${Math.abs(rounded).toFixed(2)} points`;
}
function deltaSentence(delta) {
    const path = code(delta.path);
    const points = signedPoints(delta.points);
    const before = delta.base?.lines;
    const after = delta.current?.lines;
    if (!after)
        return `${path} was removed (it had ${formatCount(before.covered)} of ${formatCount(before.total)} lines covered; ${points})`;
    if (!before)
        return `${path} is new with ${formatCount(after.covered)} of ${formatCount(after.total)} lines covered (${points})`;
    const change = before.total === after.total
        ? `${formatCount(before.covered)} → ${formatCount(after.covered)} of ${formatCount(after.total)} lines`
        : `${formatCount(before.covered)} of ${formatCount(before.total)} → ${formatCount(after.covered)} of ${formatCount(after.total)} lines`;
    const lost = before.covered - after.covered;
    if (lost > 0)
        return `${path} lost ${formatCount(lost)} covered ${plural(lost, 'line')} (${change}; ${points})`;
    const uncovered = after.total - after.covered - (before.total - before.covered);
    if (uncovered > 0)
        return `${path} gained ${formatCount(uncovered)} uncovered ${plural(uncovered, 'line')} (${change}; ${points})`;
    return `${path} changed (${change}; ${points})`;
}
function dropCheck(figures, deltas, maxDrop) {
    const base = figures.base;
    if (!base || base.snapshot.lines.total === 0 || figures.lines.total === 0) {
        if (maxDrop === undefined)
            return undefined;
        const reason = base ? 'the base or this run has no executable lines' : (figures.baseMissingReason ?? 'no baseline was found');
        return { id: 'drop', status: 'skip', message: `The drop against the base was not checked: ${reason}.` };
    }
    const before = base.snapshot.lines;
    const now = figures.lines;
    const delta = deltaText(before, now);
    const from = `from ${percentText(before)} on ${base.label} to ${percentText(now)}`;
    const fell = delta.startsWith('-');
    const movement = fell ? `fell ${delta.slice(1)} points ${from}` : delta === '0.00' ? `held at ${percentText(now)} (${base.label}: ${percentText(before)})` : `rose ${delta.slice(1)} points ${from}`;
    const culprits = deltas.filter((entry) => entry.points < 0);
    const behind = culprits.length > 0 ? `; lines behind the drop: ${listText(culprits.map(deltaSentence), 5, '; ')}` : '';
    if (maxDrop === undefined)
        return { id: 'drop', status: 'info', message: `Line coverage ${movement}.` };
    const allowed = `${maxDrop} ${plural(maxDrop, 'point')}`;
    if (compareDrop(before, now, maxDrop) > 0) {
        return {
            id: 'drop',
            status: 'fail',
            message: `Line coverage fell ${dropText(before, now, maxDrop)} points ${from}, more than the allowed drop of ${allowed}${behind}.`,
        };
    }
    return { id: 'drop', status: 'pass', message: `Line coverage ${movement}, within the allowed drop of ${allowed}.` };
}

;// CONCATENATED MODULE: ./dist.tmp-js/coverage/gate/follow-up.js











async function runFollowUp(settings, env, log) {
    const { event, github } = env;
    if (event.runEvent !== 'pull_request') {
        log.info(`The finished run was for a ${event.runEvent || 'non-pull-request'} event; there is no pull request result to publish.`);
        return undefined;
    }
    if (!github)
        throw new errors/* UserError */.yo('The workflow_run follow-up needs a token with write permission (input github-token) to publish the result.');
    const result = await readResult(settings.workingDirectory, event, `${env.repo.owner}/${env.repo.repo}`);
    let number = event.pullNumbers[0];
    if (!number) {
        const found = await findOpenPull(github, env.repo, event.headOwner, event.headBranch, event.headSha);
        if (!found) {
            throw new errors/* UserError */.yo(`No open pull request has the head ${event.headOwner}:${event.headBranch} at ${shortSha(event.headSha)}, so the result has nowhere to go (the pull request may have been closed or pushed to since).`);
        }
        number = found.number;
    }
    if (result.pullNumber !== null && result.pullNumber !== number) {
        throw new errors/* UserError */.yo(`The coverage result names pull request #${result.pullNumber}, but the run that made it belongs to #${number}; it was not published.`);
    }
    const pull = await getPull(github, env.repo, number);
    if (pull.headSha !== event.headSha) {
        throw new errors/* UserError */.yo(`Pull request #${number} has moved on to ${shortSha(pull.headSha)} since the run for ${shortSha(event.headSha)}; its newer run will publish instead.`);
    }
    const files = filesFromResult(result);
    const figures = {
        lines: { covered: result.lines[0], total: result.lines[1] },
        branches: { covered: result.branches[0], total: result.branches[1] },
        files,
        patch: patchFromResult(result),
        patchMissingReason: 'the pull request run recorded no patch coverage',
    };
    const mergeBase = await compareMergeBase(github, env.repo, pull.baseSha, pull.headSha);
    if (mergeBase) {
        const store = new SnapshotStore(github, env.repo, { checkName: settings.checkName });
        const answer = await findBaseline(store, { local: () => Promise.resolve(undefined), remote: (sha, pages) => listAncestors(github, env.repo, sha, pages) }, { start: mergeBase, branch: pull.baseRef });
        figures.base = answer.baseline;
        figures.baseMissingReason = answer.reason;
    }
    else {
        figures.baseMissingReason = 'the merge-base of the pull request could not be found';
    }
    const report = {
        checkName: settings.checkName,
        verdict: decideVerdict(figures, settings.thresholds),
        figures,
        fileLines: new Map(files.map((file) => [file.path, file.lines])),
        testCommand: result.testExitCode === null ? undefined : { command: 'the test command of the pull request run', exitCode: result.testExitCode },
        notes: [`Published by a workflow_run follow-up from the result of run ${event.runId} (validated: numbers and repository paths only; thresholds and baseline from this workflow).`],
        pullNumber: number,
        sha: event.headSha,
        runUrl: env.runUrl,
    };
    let publishError;
    let unpublished = [];
    try {
        const outcome = await publish(report, {
            github,
            repo: env.repo,
            sha: event.headSha,
            pullNumber: number,
            comment: settings.comment,
            annotations: settings.annotations,
            runUrl: env.runUrl,
            toHeadLine: (_path, line) => line,
        });
        outcome.log.forEach((line) => log.info(line));
        report.notes.push(...outcome.notes);
        unpublished = outcome.unpublishedAnnotations;
    }
    catch (error) {
        if (!(error instanceof Error))
            throw error;
        publishError = error;
    }
    return finishOutcome(report, env, settings, files, pull.baseSha, unpublished, publishError);
}
async function readResult(directory, event, repository) {
    const candidates = [external_node_path_.join(directory, RESULT_FILE)];
    for (const entry of await (0,promises_.readdir)(directory, { withFileTypes: true }).catch(() => [])) {
        if (entry.isDirectory())
            candidates.push(external_node_path_.join(directory, entry.name, RESULT_FILE));
    }
    for (const candidate of candidates) {
        let text;
        try {
            text = await (0,promises_.readFile)(candidate, 'utf8');
        }
        catch {
            continue;
        }
        try {
            return parseResultFile(text, { headSha: event.headSha, repository });
        }
        catch (error) {
            if (error instanceof ResultFileError)
                throw new errors/* UserError */.yo(`The coverage result ${candidate} was refused: ${error.message}.`);
            throw error;
        }
    }
    throw new errors/* UserError */.yo(`No ${RESULT_FILE} was found in ${directory}: download the artifact the pull request run uploaded (actions/download-artifact with run-id: the workflow_run's id) into the working directory first.`);
}

;// CONCATENATED MODULE: ./dist.tmp-js/coverage/gate/test-command.js


async function runTestCommand(command, cwd) {
    try {
        const code = await (0,exec/* exec */.m)('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', command], {
            cwd,
            env: runStepEnvironment(process.env),
            silent: true,
            ignoreReturnCode: true,
            listeners: {
                stdout: (data) => process.stdout.write(data),
                stderr: (data) => process.stderr.write(data),
            },
        });
        return code ?? 1;
    }
    catch (error) {
        process.stderr.write(`The test command could not be started: ${error.message}\n`);
        return 127;
    }
}

;// CONCATENATED MODULE: ./dist.tmp-js/coverage/gate/run.js




















async function runGate(settings, env, log) {
    if (env.event.kind === 'workflow_run')
        return runFollowUp(settings, { ...env, event: env.event }, log);
    let testCommand;
    if (settings.testCommand) {
        const command = settings.testCommand;
        const exitCode = await inLogGroup(log, `Test command: ${command.split('\n')[0]}`, () => runTestCommand(command, settings.workingDirectory));
        testCommand = { command, exitCode };
        if (exitCode !== 0)
            log.warning(`The test command failed with exit code ${exitCode}; the coverage report is still made, and the gate fails.`);
    }
    const store = env.github ? new SnapshotStore(env.github, env.repo, { checkName: settings.checkName }) : undefined;
    const listing = store?.listing();
    listing?.catch(() => undefined);
    const git = new LocalGit(settings.workingDirectory);
    const repoRoot = (await git.root()) ?? settings.workingDirectory;
    const model = await readModel(settings, git, repoRoot, testCommand);
    const summed = totals(model);
    const files = fileTotals(model);
    log.info(`Read ${model.reports.map((report) => `${report.displayPath} (${report.format})`).join(', ')}: ` +
        `${formatCount(files.length)} files, lines ${formatCount(summed.lines.covered)}/${formatCount(summed.lines.total)}, branches ${formatCount(summed.branches.covered)}/${formatCount(summed.branches.total)}.`);
    model.notes.forEach((note) => log.info(note));
    if (model.unresolvedPaths.length > 0) {
        log.warning(`${formatCount(model.unresolvedPaths.length)} report paths match no file in the repository and are kept as written (first: ${model.unresolvedPaths[0]}).`);
    }
    const figures = { lines: summed.lines, branches: summed.branches, files };
    const notes = [];
    const { github } = env;
    const { event } = env;
    let toHeadLine = (_path, line) => line;
    let baselineStart;
    if (event.kind === 'pull_request') {
        const pullDiff = await readPullDiff(git, github, env.repo, event, (message) => log.info(message));
        notes.push(...pullDiff.notes);
        pullDiff.notes.forEach((note) => log.info(note));
        toHeadLine = pullDiff.toHeadLine;
        const isExcluded = excludeMatcher(settings.exclude, repoRoot, settings.workingDirectory);
        const excludedFromReport = new Set(model.excludedPaths);
        const policy = new SourcePolicy(model.files.keys(), (file) => isExcluded(file) || excludedFromReport.has(file), repoPath(repoRoot, settings.workingDirectory));
        if (policy.scope)
            log.info(`Changed files outside ${policy.scope}/ are not counted as source missing from the report.`);
        figures.patch = computePatchCoverage(pullDiff.diffs, model, policy);
        const missing = figures.patch.files.filter((file) => !file.inReport);
        if (missing.length > 0)
            log.info(`Changed source files missing from the report (counted as uncovered): ${missing.map((file) => file.path).join(', ')}.`);
        if (pullDiff.mergeBase)
            baselineStart = { sha: pullDiff.mergeBase, excludeStart: false, branch: event.baseRef || 'the base branch' };
        else
            figures.baseMissingReason = 'the merge-base of the pull request could not be found';
    }
    else {
        figures.patchMissingReason = `this run is for a ${event.kind === 'push' ? 'push' : `${event.name} event`}, not a pull request`;
        baselineStart = { sha: event.sha, excludeStart: true, branch: event.kind === 'push' ? event.branch : 'the branch' };
    }
    if (baselineStart && github && store) {
        Object.assign(figures, await lookupBaseline(store, ancestry(git, github, env.repo), { ...baselineStart, listing }, settings.thresholds.maxCoverageDrop !== undefined, log));
    }
    else if (baselineStart) {
        figures.baseMissingReason = 'there is no GitHub token to read the snapshots with';
    }
    const verdict = decideVerdict(figures, settings.thresholds);
    const report = {
        checkName: settings.checkName,
        verdict,
        figures,
        fileLines: new Map(files.map((file) => [file.path, file.lines])),
        testCommand,
        notes,
        pullNumber: event.kind === 'pull_request' ? event.number : undefined,
        sha: event.kind === 'pull_request' ? event.headSha : event.sha,
        runUrl: env.runUrl,
    };
    let unpublishedAnnotations = [];
    let publishError;
    try {
        if (github) {
            const outcome = await publish(report, {
                github,
                repo: env.repo,
                sha: report.sha,
                pullNumber: report.pullNumber,
                comment: settings.comment,
                annotations: settings.annotations,
                forkOf: event.kind === 'pull_request' && event.fork ? event.headRepo || 'a fork' : undefined,
                runUrl: env.runUrl,
                toHeadLine,
            });
            outcome.log.forEach((line) => log.info(line));
            notes.push(...outcome.notes);
            outcome.notes.forEach((line) => log.warning(line));
            unpublishedAnnotations = outcome.unpublishedAnnotations;
            if (event.kind === 'push')
                await recordSnapshot(github, env, event, settings.checkName, model, testCommand, notes, log);
        }
        else {
            notes.push('Nothing was posted to GitHub: no token was given (input github-token).');
        }
    }
    catch (error) {
        if (!(error instanceof Error))
            throw error;
        publishError = error;
    }
    return finishOutcome(report, env, settings, files, event.kind === 'pull_request' ? event.baseSha : undefined, unpublishedAnnotations, publishError);
}
async function lookupBaseline(store, history, start, required, log) {
    try {
        const answer = await findBaseline(store, history, { start: start.sha, excludeStart: start.excludeStart, branch: start.branch, listing: start.listing });
        if (answer.baseline) {
            log.info(`Baseline: ${answer.baseline.label} (${answer.walked}; ${store.requests} requests).`);
            return { base: answer.baseline };
        }
        log.info(`No baseline: ${answer.reason} (${answer.walked}).`);
        return { baseMissingReason: answer.reason };
    }
    catch (error) {
        if (required)
            throw error;
        log.warning(`The baseline could not be read: ${error.message}`);
        return { baseMissingReason: `the snapshots could not be read (${error.message})` };
    }
}
async function readModel(settings, git, repoRoot, testCommand) {
    try {
        return await loadCoverage({
            reports: settings.reports,
            format: settings.format,
            workingDirectory: settings.workingDirectory,
            repoRoot,
            trackedFiles: (await git.trackedFiles()) ?? [],
            exclude: settings.exclude,
        });
    }
    catch (error) {
        if (testCommand && testCommand.exitCode !== 0 && error instanceof errors/* UserError */.yo) {
            throw new errors/* UserError */.yo(`The test command failed with exit code ${testCommand.exitCode}, and no coverage could be read: ${error.message}`);
        }
        throw error;
    }
}
function repoPath(repoRoot, workingDirectory) {
    const relative = external_node_path_.relative(repoRoot, external_node_path_.resolve(workingDirectory)).replace(/\\/g, '/');
    return relative.startsWith('..') || external_node_path_.isAbsolute(relative) ? '' : relative;
}
function excludeMatcher(exclude, repoRoot, workingDirectory) {
    const matches = createPathMatcher(exclude);
    const prefix = external_node_path_.relative(repoRoot, workingDirectory).replace(/\\/g, '/');
    return (file) => matches(file) || (prefix !== '' && file.startsWith(`${prefix}/`) && matches(file.slice(prefix.length + 1)));
}
function ancestry(git, github, repo) {
    return {
        async local(sha, max) {
            if (!(await git.commit(sha)))
                return undefined;
            const shas = await git.ancestors(sha, max);
            return { shas, complete: shas.length >= max || !(await git.isShallow()) };
        },
        remote: (sha, pages) => listAncestors(github, repo, sha, pages),
    };
}
async function recordSnapshot(github, env, event, checkName, model, testCommand, notes, log) {
    let defaultBranch = event.defaultBranch;
    if (!defaultBranch) {
        const { data } = await github.rest.repos.get({ ...env.repo });
        defaultBranch = data.default_branch;
    }
    if (event.branch !== defaultBranch) {
        log.info(`No snapshot recorded: ${event.branch} is not the default branch (${defaultBranch}).`);
        return;
    }
    if (testCommand && testCommand.exitCode !== 0) {
        notes.push(`No baseline snapshot was recorded for ${shortSha(event.sha)}: the test command failed, so its coverage may be incomplete.`);
        return;
    }
    const summed = totals(model);
    const snapshot = {
        sha: event.sha,
        recordedAt: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
        lines: summed.lines,
        branches: summed.branches,
        files: new Map(fileTotals(model).map((file) => [file.path, { lines: file.lines, branches: file.branches }])),
    };
    const store = new SnapshotStore(github, env.repo, { checkName, log: (message) => log.info(message) });
    try {
        const written = await store.write(event.sha, encodeSnapshot(snapshot));
        log.info(`Recorded the coverage snapshot of ${shortSha(event.sha)} in refs/shipgate/coverage under ${store.folder}/ (${store.requests} requests${written.pruned ? `, ${written.pruned} old snapshots pruned` : ''}).`);
    }
    catch (error) {
        if (!(error instanceof SnapshotWriteForbidden))
            throw error;
        notes.push(`No baseline snapshot was recorded for ${shortSha(event.sha)}: ${error.message}.`);
        log.warning(`No baseline snapshot was recorded: ${error.message}.`);
    }
}

;// CONCATENATED MODULE: ./dist.tmp-js/lib/step-annotations.js
const ANNOTATIONS_PER_STEP = 10;
class WarningBudget {
    emit;
    used = 0;
    constructor(emit) {
        this.emit = emit;
    }
    warning = (message, properties) => {
        this.used += 1;
        this.emit(message, properties);
    };
    get remaining() {
        return Math.max(0, ANNOTATIONS_PER_STEP - this.used);
    }
}

// EXTERNAL MODULE: ./dist.tmp-js/actions/coverage-gate/inputs.js
var coverage_gate_inputs = __webpack_require__(6451);
;// CONCATENATED MODULE: ./dist.tmp-js/actions/coverage-gate/main.js













async function main_run(source = lib_inputs/* envInputSource */.l, early) {
    const inputs = (0,coverage_gate_inputs/* readInputs */.Ko)(new lib_inputs/* InputReader */.i(source));
    const context = (0,github_context/* readRunContext */.$)();
    const token = inputs['github-token'];
    const warnings = new WarningBudget(log.log.warning);
    if (!token)
        warnings.warning(coverage_gate_inputs/* EMPTY_TOKEN_NOTE */.rD);
    const outcome = await runGate({
        reports: inputs.reports,
        format: inputs.format,
        testCommand: inputs['test-command'],
        workingDirectory: external_node_path_.resolve(inputs['working-directory']),
        exclude: inputs.exclude,
        thresholds: {
            minCoverage: inputs['min-coverage'],
            minBranchCoverage: inputs['min-branch-coverage'],
            minFileCoverage: inputs['min-file-coverage'],
            minPatchCoverage: inputs['min-patch-coverage'],
            maxCoverageDrop: inputs['max-coverage-drop'],
        },
        comment: inputs.comment,
        annotations: inputs.annotations,
        checkName: inputs['check-name'],
    }, {
        repo: { owner: context.owner, repo: context.repo },
        event: readGateEvent(context.eventName, context.payload, context.sha, context.ref, `${context.owner}/${context.repo}`),
        github: token ? (0,client/* createGitHub */.Cl)({ token, log: warnings.warning, early }) : undefined,
        outputDirectory: process.env.RUNNER_TEMP || external_node_os_.tmpdir(),
        runUrl: context.runUrl,
    }, { ...log.log, warning: (message) => warnings.warning(message) });
    if (!outcome)
        return;
    for (const [name, value] of Object.entries(outcome.outputs))
        core.setOutput(name, value);
    if (process.env.GITHUB_STEP_SUMMARY)
        await core.summary.addRaw(outcome.summary).write();
    const fallback = fallbackAnnotations(outcome.unpublishedAnnotations, warnings.remaining);
    for (const annotation of fallback.annotations) {
        warnings.warning(annotation.message, { title: 'Not covered by tests', file: annotation.path, startLine: annotation.startLine, endLine: annotation.endLine });
    }
    if (fallback.overflow)
        warnings.warning(fallback.overflow);
    if (fallback.skipped)
        log.log.info(fallback.skipped);
    if (outcome.publishError)
        throw outcome.publishError;
    if (outcome.failures.length > 0)
        throw new errors/* UserError */.yo(outcome.failures.join(' '));
    log.log.info(`Coverage gate passed: ${outcome.report.verdict.checks.map((check) => check.message.replace(/`/g, '')).join(' ')}`);
}


/***/ }),

/***/ 7139:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   log: () => (/* binding */ log),
/* harmony export */   neutralizeCommands: () => (/* binding */ neutralizeCommands)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4317);

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
