export const id = 222;
export const ids = [222];
export const modules = {

/***/ 9301:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ dropText),
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   fL: () => (/* binding */ percentText),
/* harmony export */   mx: () => (/* binding */ deltaText),
/* harmony export */   pc: () => (/* binding */ missingToMeet)
/* harmony export */ });
/* harmony import */ var _ratio_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4621);

/**
 * Display helpers for the verdict. Verdicts are decided on exact ratios (../ratio.ts); these only
 * turn figures into text that agrees with the verdict they explain.
 */
/** 1900 → "1,900". */
function formatCount(value) {
    return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
/** "68.42 %" — truncated, so it never shows a failing figure as meeting its minimum. */
function percentText(ratio) {
    return `${(0,_ratio_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(ratio)} %`;
}
/** How many more lines must be covered (same total) to reach `percent`. */
function missingToMeet(ratio, percent) {
    const { numerator, denominator } = (0,_ratio_js__WEBPACK_IMPORTED_MODULE_0__/* .percentFraction */ .aO)(percent);
    const needed = numerator * BigInt(ratio.total);
    const per = 100n * denominator;
    const missing = (needed + per - 1n) / per - BigInt(ratio.covered);
    return missing > 0n ? Number(missing) : 0;
}
/** Hundredths of a percent as shown (truncated), for differences that add up on screen. */
function shownHundredths(ratio) {
    return ratio.total === 0 ? 10000n : (BigInt(ratio.covered) * 10000n) / BigInt(ratio.total);
}
function hundredthsText(value) {
    const negative = value < 0n;
    const magnitude = negative ? -value : value;
    return `${negative ? '-' : ''}${magnitude / 100n}.${(magnitude % 100n).toString().padStart(2, '0')}`;
}
/**
 * current − base in percentage points as the two shown figures subtract ("-2.31"), so that
 * `delta` equals `coverage` minus `base-coverage` as a reader computes it.
 */
function deltaText(base, current) {
    const value = shownHundredths(current) - shownHundredths(base);
    return value > 0n ? `+${hundredthsText(value)}` : hundredthsText(value);
}
/**
 * How far coverage fell, in points, as shown next to the allowed maximum. Normally the shown
 * figures' difference; when that would contradict the exact verdict (a drop of 1.004 shown as
 * "1.00" against a maximum of 1) the exact drop with as many decimals as it takes.
 */
function dropText(base, current, maxDrop) {
    const exceeded = (0,_ratio_js__WEBPACK_IMPORTED_MODULE_0__/* .compareDrop */ .HJ)(base, current, maxDrop) > 0;
    const shown = shownHundredths(base) - shownHundredths(current);
    const { numerator, denominator } = (0,_ratio_js__WEBPACK_IMPORTED_MODULE_0__/* .percentFraction */ .aO)(maxDrop);
    const shownExceeds = shown * denominator > numerator * 100n;
    if (shownExceeds === exceeded)
        return hundredthsText(shown);
    // The exact drop, 100 * (bc*ct - cc*bt) / (bt*ct), with one decimal more than the maximum has,
    // rounded away from the maximum (up when exceeded, down when not): always on the verdict's side.
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


/***/ }),

/***/ 4542:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SU: () => (/* binding */ fileDeltas),
/* harmony export */   hX: () => (/* binding */ encodeSnapshot),
/* harmony export */   pH: () => (/* binding */ decodeSnapshot)
/* harmony export */ });
/* unused harmony exports SNAPSHOT_VERSION, SnapshotFormatError */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);

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
    return JSON.stringify({ v: SNAPSHOT_VERSION, gz: (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.gzipSync)(json, { level: 9 }).toString('base64') });
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
/** Read a snapshot back, checking every figure; throws SnapshotFormatError on anything else. */
function decodeSnapshot(text) {
    let data;
    try {
        data = JSON.parse(text);
        if (typeof data?.gz === 'string')
            data = JSON.parse((0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.gunzipSync)(Buffer.from(data.gz, 'base64')).toString('utf8'));
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
/**
 * Per-file changes from base to current, with each file's exact share of the change of the
 * total: current%−base% = Σ_f [Δcovered_f − p₀·Δtotal_f] / T₁ (p₀ = base ratio, T₁ = current
 * total). So a removed well-covered file, a file that lost covered lines and a new file with
 * little coverage are all ranked by how much of the drop they explain. Largest drop first.
 */
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


/***/ }),

/***/ 4621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HJ: () => (/* binding */ compareDrop),
/* harmony export */   J: () => (/* binding */ meetsMinimum),
/* harmony export */   aO: () => (/* binding */ percentFraction),
/* harmony export */   l9: () => (/* binding */ formatPercent)
/* harmony export */ });
/* unused harmony exports compareToPercent, percentOf */
/** A percentage as the exact fraction of its decimal spelling (70.5 → 705/10), in BigInt. */
function percentFraction(percent) {
    if (!Number.isFinite(percent) || percent < 0)
        throw new RangeError(`Not a percentage: ${percent}`);
    // Number#toString gives the shortest decimal that reads back as the same number, which is
    // what the user wrote in the workflow for any sensible threshold.
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
/**
 * Compare covered/total with a percentage: negative when below, 0 when equal, positive above.
 * A ratio with nothing to cover (0/0) counts as 100 %.
 */
function compareToPercent(ratio, percent) {
    const { numerator, denominator } = percentFraction(percent);
    const covered = BigInt(ratio.total === 0 ? 1 : ratio.covered);
    const total = BigInt(ratio.total === 0 ? 1 : ratio.total);
    const left = covered * 100n * denominator;
    const right = numerator * total;
    return left < right ? -1 : left > right ? 1 : 0;
}
/** True when the ratio is at least `minimum` percent, compared exactly. */
function meetsMinimum(ratio, minimum) {
    return compareToPercent(ratio, minimum) >= 0;
}
/**
 * Compare the drop from `base` to `head` (in percentage points) with `maxDrop`: positive when the
 * drop exceeds it. Exact: (base.c/base.t - head.c/head.t) * 100 vs maxDrop, cross-multiplied.
 */
function compareDrop(base, head, maxDrop) {
    const { numerator, denominator } = percentFraction(maxDrop);
    const [bc, bt] = base.total === 0 ? [1n, 1n] : [BigInt(base.covered), BigInt(base.total)];
    const [hc, ht] = head.total === 0 ? [1n, 1n] : [BigInt(head.covered), BigInt(head.total)];
    const left = (bc * ht - hc * bt) * 100n * denominator;
    const right = numerator * bt * ht;
    return left < right ? -1 : left > right ? 1 : 0;
}
/** The percentage as a floating number, for display and outputs only (100 when nothing to cover). */
function percentOf(ratio) {
    return ratio.total === 0 ? 100 : (ratio.covered * 100) / ratio.total;
}
/**
 * The percentage with two decimals, truncated (not rounded) from the exact ratio, so the figure
 * shown never contradicts a verdict: 69.996 % shows as "69.99" and fails a 70 % minimum, and
 * "100.00" means every line is covered.
 */
function formatPercent(ratio) {
    if (ratio.total === 0)
        return '100.00';
    const hundredths = (BigInt(ratio.covered) * 10000n) / BigInt(ratio.total);
    return `${hundredths / 100n}.${(hundredths % 100n).toString().padStart(2, '0')}`;
}


/***/ }),

/***/ 6250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I8: () => (/* binding */ createCommitStatus),
/* harmony export */   _U: () => (/* binding */ createCheckRun)
/* harmony export */ });
/* unused harmony export ANNOTATIONS_PER_REQUEST */
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6584);
/* harmony import */ var _create_once_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4633);


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
    // external_id is the mark: after a lost answer, the check run is found by it (createOnce).
    const externalId = (0,_create_once_js__WEBPACK_IMPORTED_MODULE_1__/* .newMark */ .e0)();
    try {
        const made = await (0,_create_once_js__WEBPACK_IMPORTED_MODULE_1__/* .createOnce */ .Ur)({
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
                    request: _create_once_js__WEBPACK_IMPORTED_MODULE_1__/* .ONE_ATTEMPT */ .FY,
                });
                return { id: Number(response.data.id), html_url: response.data.html_url };
            },
            find: async () => {
                const { data } = await github.rest.checks.listForRef({ ...repo, ref: run.headSha, check_name: run.name, filter: 'all', per_page: 100 });
                const found = data.check_runs.find((each) => each.external_id === externalId);
                return found ? { id: found.id, html_url: found.html_url } : undefined;
            },
        }, (0,_create_once_js__WEBPACK_IMPORTED_MODULE_1__/* .clientOptions */ .s1)(github));
        created = made.value;
    }
    catch (error) {
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(error) === 403)
            return { ok: false, forbidden: true, message: message(error) };
        throw (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .toApiError */ .Gv)(`create the check run "${run.name}"`, error);
    }
    for (let i = 1; i < batches.length; i++) {
        // title, summary and text are sent again with each batch: an update replaces the output.
        await (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .api */ .FH)(`add annotations ${i * ANNOTATIONS_PER_REQUEST + 1}–${i * ANNOTATIONS_PER_REQUEST + batches[i].length} to the check run "${run.name}"`, () => github.rest.checks.update({ ...repo, check_run_id: created.id, output: output(batches[i]) }));
    }
    return { ok: true, id: created.id, url: created.html_url ?? '', requests: Math.max(1, batches.length) };
}
/** A commit status (descriptions are cut to GitHub's 140 characters). */
async function createCommitStatus(github, repo, status) {
    const description = status.description.length > 140 ? `${status.description.slice(0, 139)}…` : status.description;
    try {
        // A second copy of the newest status of a context changes nothing: resent after a lost answer.
        const response = await (0,_create_once_js__WEBPACK_IMPORTED_MODULE_1__/* .repeatable */ .EQ)(`set the commit status "${status.context}"`, () => github.rest.repos.createCommitStatus({
            ...repo,
            sha: status.sha,
            state: status.state,
            context: status.context,
            description,
            ...(status.targetUrl ? { target_url: status.targetUrl } : {}),
            request: _create_once_js__WEBPACK_IMPORTED_MODULE_1__/* .ONE_ATTEMPT */ .FY,
        }), (0,_create_once_js__WEBPACK_IMPORTED_MODULE_1__/* .clientOptions */ .s1)(github));
        return { ok: true, id: Number(response.data.id), url: response.data.url, requests: 1 };
    }
    catch (error) {
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(error) === 403)
            return { ok: false, forbidden: true, message: message(error) };
        throw (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .toApiError */ .Gv)(`set the commit status "${status.context}"`, error);
    }
}


/***/ }),

/***/ 3950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O$: () => (/* binding */ SnapshotStore),
/* harmony export */   fW: () => (/* binding */ SNAPSHOT_REF),
/* harmony export */   lw: () => (/* binding */ SnapshotWriteForbidden)
/* harmony export */ });
/* unused harmony exports KEEP, DEFAULT_CHECK_NAME, checkFolder */
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7268);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6584);
/* harmony import */ var _create_once_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4633);



/**
 * Coverage snapshots kept in the repository itself, with no external service: the git ref
 * `refs/shipgate/coverage` points to a commit whose tree holds one folder per check name, and in
 * it one blob per recorded commit (`<check-name>/<sha>.json`) and `<check-name>/index.json` (the
 * recorded shas, newest first, for pruning to the newest KEEP of that check). Several gates on one
 * push (a monorepo's packages, several languages), each with its own check name, so keep their own
 * baselines. Writes go through the git data API (blobs → tree on base_tree, the ref commit's tree
 * sha → commit → fast-forward ref update, recorded again on top when another run moved the ref
 * meanwhile); reads are three or four GETs.
 *
 * Snapshots recorded before check names were folders (`<sha>.json` and `index.json` at the top)
 * belong to the default check name, `coverage`: it still reads them, and prunes them as its own.
 *
 * Writing needs `contents: write` (push runs only); reading needs `contents: read`.
 */
const SNAPSHOT_REF = 'refs/shipgate/coverage';
const KEEP = 500;
const DEFAULT_CHECK_NAME = 'coverage';
const INDEX = 'index.json';
const ENTRY = /^([0-9a-f]{40}|[0-9a-f]{64})\.json$/;
/**
 * The check name as one safe path segment, one-to-one: letters, digits, `_`, `-` and (not first)
 * `.` stay; every other character is `~` and its UTF-8 bytes in hex (`coverage web` →
 * `coverage~20web`), so two check names never share a folder.
 */
function checkFolder(checkName) {
    let folder = '';
    for (const character of checkName) {
        const keep = /^[A-Za-z0-9_-]$/.test(character) || (character === '.' && folder !== '');
        folder += keep ? character : [...Buffer.from(character, 'utf8')].map((byte) => `~${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');
    }
    return folder || '~';
}
/** Thrown when the token may not write the ref (no `contents: write`). */
class SnapshotWriteForbidden extends Error {
    name = 'SnapshotWriteForbidden';
}
class SnapshotStore {
    github;
    repo;
    /** Requests made, for the log (and the bound the docs promise). */
    requests = 0;
    checkName;
    /** The folder of this check's snapshots in the ref's tree. */
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
        return (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .api */ .FH)(operation, call);
    }
    /** This check's snapshots recorded so far, or undefined when none ever was (the ref does not exist). */
    async listing() {
        let commit;
        try {
            const { data } = await this.request('read the coverage snapshot ref', () => this.github.rest.git.getRef({ ...this.repo, ref: SNAPSHOT_REF.slice('refs/'.length) }));
            commit = data.object.sha;
        }
        catch (error) {
            if ((0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .httpStatus */ .nG)(error) === 404)
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
        // A snapshot in the check's folder wins over an older top-level one of the same commit.
        for (const [sha, blob] of legacy) {
            listing.legacy.add(sha);
            if (!listing.entries.has(sha))
                listing.entries.set(sha, blob);
        }
        return listing;
    }
    /**
     * The whole tree of the ref's commit (`recursive`: the check folders' entries too): a commit sha
     * is a tree-ish, so one request, with a fallback.
     */
    async tree(commit) {
        const list = (treeSha) => this.request('list the coverage snapshots', () => this.github.rest.git.getTree({ ...this.repo, tree_sha: treeSha, recursive: '1' }));
        try {
            return (await list(commit)).data;
        }
        catch (error) {
            const status = (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .httpStatus */ .nG)(error);
            if (status !== 404 && status !== 422)
                throw error;
            // A server that wants the tree's own sha: read it from the commit.
            const { data } = await this.request('read the coverage snapshot commit', () => this.github.rest.git.getCommit({ ...this.repo, commit_sha: commit }));
            return (await list(data.tree.sha)).data;
        }
    }
    async readBlob(sha) {
        const { data } = await this.request('read a coverage snapshot', () => this.github.rest.git.getBlob({ ...this.repo, file_sha: sha }));
        return Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8');
    }
    /**
     * Record `content` as this check's snapshot of `sha` (replacing one recorded before), keep the
     * check's newest KEEP, and move the ref. Other checks' folders are left as they are. Retries when
     * the ref moved under us (another push run).
     */
    async write(sha, content, attempts = 5) {
        let blob;
        for (let attempt = 1;; attempt++) {
            const listing = await this.listing();
            const order = [...(await this.order(listing?.index)), ...(await this.order(listing?.legacyIndex))];
            const present = listing?.entries ?? new Map();
            // Entries missing from the index (written by hand, or an index lost) count as the oldest.
            const known = [...new Set(order.filter((entry) => present.has(entry)))];
            const unindexed = [...present.keys()].filter((entry) => !known.includes(entry)).sort();
            const newest = [sha, ...[...known, ...unindexed].filter((entry) => entry !== sha)];
            const keep = newest.slice(0, this.keep);
            const prune = newest.slice(this.keep);
            const legacy = listing?.legacy ?? new Set();
            const inFolder = listing?.inFolder ?? new Set();
            // sha: null deletes the entry from base_tree (only entries that are there).
            const deleted = [
                ...prune.filter((entry) => inFolder.has(entry)).map((entry) => `${this.folder}/${entry}.json`),
                // A top-level snapshot of the default check goes when pruned or re-recorded in its folder.
                ...[...prune, sha].filter((entry) => legacy.has(entry)).map((entry) => `${entry}.json`),
                // The top-level index goes with the last top-level snapshot.
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
                const { data: newTree } = await this.request('write the coverage snapshot tree', () => (0,_create_once_js__WEBPACK_IMPORTED_MODULE_2__/* .repeatable */ .EQ)('write the coverage snapshot tree', () => this.github.rest.git.createTree({ ...this.repo, ...(listing ? { base_tree: listing.tree } : {}), tree, request: _create_once_js__WEBPACK_IMPORTED_MODULE_2__/* .ONE_ATTEMPT */ .FY }), { ...(0,_create_once_js__WEBPACK_IMPORTED_MODULE_2__/* .clientOptions */ .s1)(this.github), log: this.log }));
                const { data: commit } = await this.request('commit the coverage snapshot', () => 
                // No ref points at the commit yet: a second one after a lost answer is never seen.
                (0,_create_once_js__WEBPACK_IMPORTED_MODULE_2__/* .repeatable */ .EQ)('commit the coverage snapshot', () => this.github.rest.git.createCommit({
                    ...this.repo,
                    message: `Coverage snapshot of ${sha} (${this.checkName})`,
                    tree: newTree.sha,
                    parents: listing ? [listing.commit] : [],
                    request: _create_once_js__WEBPACK_IMPORTED_MODULE_2__/* .ONE_ATTEMPT */ .FY,
                }), { ...(0,_create_once_js__WEBPACK_IMPORTED_MODULE_2__/* .clientOptions */ .s1)(this.github), log: this.log }));
                if (await this.moveRef(listing?.commit, commit.sha))
                    return { commit: commit.sha, pruned: prune.length, attempts: attempt };
            }
            catch (error) {
                if ((0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .httpStatus */ .nG)(error) === 403) {
                    throw new SnapshotWriteForbidden(`the token may not write ${SNAPSHOT_REF} (give the push job "permissions: contents: write")`);
                }
                // Any other refusal (a 422 for the tree or the commit included) is an error, said once:
                // retrying the same request cannot change GitHub's answer.
                throw error;
            }
            // Only the ref update itself tells that another run recorded first: record again on top of it.
            if (attempt >= attempts) {
                throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${SNAPSHOT_REF} was moved by other runs during each of ${attempts} attempts to record the snapshot of ${sha}; re-run this job to record it.`);
            }
            this.log(`${SNAPSHOT_REF} moved while recording (attempt ${attempt} of ${attempts}); retrying on top of it.`);
            await new Promise((resolve) => setTimeout(resolve, 200 * attempt + Math.floor(Math.random() * 300)));
        }
    }
    /** The shas an index blob lists, newest first ([] when there is none or it cannot be read). */
    async order(index) {
        if (!index)
            return [];
        try {
            const parsed = JSON.parse(await this.readBlob(index));
            if (Array.isArray(parsed.order))
                return parsed.order.filter((entry) => typeof entry === 'string');
        }
        catch {
            // fall through
        }
        this.log('A snapshot index could not be read; it is rebuilt from the snapshot listing.');
        return [];
    }
    async createBlob(content) {
        const { data } = await this.request('store a coverage snapshot blob', () => 
        // Content-addressed: the same content is the same blob, so a lost answer is simply resent.
        (0,_create_once_js__WEBPACK_IMPORTED_MODULE_2__/* .repeatable */ .EQ)('store a coverage snapshot blob', () => this.github.rest.git.createBlob({ ...this.repo, content, encoding: 'utf-8', request: _create_once_js__WEBPACK_IMPORTED_MODULE_2__/* .ONE_ATTEMPT */ .FY }), { ...(0,_create_once_js__WEBPACK_IMPORTED_MODULE_2__/* .clientOptions */ .s1)(this.github), log: this.log }));
        return data.sha;
    }
    /**
     * Move the ref from `from` to `to` (create it when `from` is undefined). False when another run
     * moved it first: GitHub answers 422 "Update is not a fast forward" to the update (force: false
     * keeps the other run's snapshot) or "Reference already exists" to the creation.
     */
    async moveRef(from, to) {
        const raced = (error, pattern) => (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .httpStatus */ .nG)(error) === 422 && pattern.test((0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .errorData */ .ZO)(error).message ?? '');
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


/***/ })

};
