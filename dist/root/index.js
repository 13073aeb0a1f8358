import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 1091:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ COMMANDS)
/* harmony export */ });
const COMMANDS = ['coverage-gate', 'deploy', 'approval', 'release', 'rollback', 'readiness', 'rehearsal'];


/***/ }),

/***/ 1778:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   WP: () => (/* binding */ describeBug),
/* harmony export */   iU: () => (/* binding */ isUserError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/* unused harmony export ApiError */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);

class UserError extends Error {
    name = 'UserError';
}
class ApiError extends UserError {
    operation;
    status;
    name = 'ApiError';
    constructor(operation, status, detail, options) {
        super(`GitHub API request failed while trying to ${operation}${status ? ` (HTTP ${status})` : ''}: ${detail}`, options);
        this.operation = operation;
        this.status = status;
    }
}
function isUserError(error) {
    return error instanceof UserError;
}
function describeBug(error) {
    if (error instanceof Error) {
        let text = error.stack ?? `${error.name}: ${error.message}`;
        let cause = error.cause;
        for (let depth = 0; cause !== undefined && depth < 5; depth++) {
            text += `\nCaused by: ${cause instanceof Error ? (cause.stack ?? cause.message) : describeValue(cause)}`;
            cause = cause instanceof Error ? cause.cause : undefined;
        }
        return text;
    }
    return `A non-Error value was thrown: ${describeValue(error)}`;
}
function describeValue(value) {
    if (typeof value === 'string')
        return value;
    try {
        return JSON.stringify(value) ?? (0,node_util__WEBPACK_IMPORTED_MODULE_0__.inspect)(value);
    }
    catch {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.inspect)(value);
    }
}


/***/ }),

/***/ 255:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ InputReader)
});

// UNUSED EXPORTS: envInputSource

// EXTERNAL MODULE: ./dist.tmp-js/lib/errors.js
var errors = __nccwpck_require__(1778);
;// CONCATENATED MODULE: ./dist.tmp-js/lib/durations.js
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MAX_WAIT_MS = 5 * DAY;
const MAX_LIMIT_MS = 366 * DAY;
const DURATION_INPUTS = {
    'health-check-timeout': { kind: 'wait', unit: 's', minMs: SECOND, maxMs: MAX_WAIT_MS, meaning: 'How long the health checks may take to pass' },
    'health-check-interval': { kind: 'wait', unit: 's', minMs: 100, maxMs: HOUR, meaning: 'Time between two health-check attempts' },
    'verify-window': { kind: 'wait', unit: 's', minMs: SECOND, maxMs: MAX_WAIT_MS, meaning: 'How much of the service metrics after the command is judged' },
    timeout: { kind: 'wait', unit: 'm', minMs: SECOND, maxMs: MAX_WAIT_MS, meaning: 'How long the deploy command may run', note: 'Empty means no limit.' },
    'timeout-minutes': {
        kind: 'wait',
        unit: 'm',
        minMs: SECOND,
        maxMs: MAX_WAIT_MS,
        meaning: 'How long to wait for approval before failing',
        note: 'At most 360 minutes on a GitHub-hosted runner (its job limit); the wait ends up to a minute early (a tenth of a short wait) so the outcome is recorded before a job with the same timeout-minutes stops.',
    },
    'poll-interval': {
        kind: 'wait',
        unit: 's',
        minMs: 100,
        maxMs: HOUR,
        meaning: "Time between the first polls of the issue's comments (it backs off up to a minute)",
    },
    'max-restore-time': {
        kind: 'limit',
        unit: 'm',
        minMs: SECOND,
        maxMs: MAX_LIMIT_MS,
        meaning: 'The recovery time objective',
        note: 'Judges each time to restore: readiness the last rollback and the failed changes, rehearsal both of its steps.',
    },
    'max-lead-time': { kind: 'limit', unit: 'm', minMs: SECOND, maxMs: MAX_LIMIT_MS, meaning: 'Maximum median lead time from commit to production' },
};
const isDurationInput = (name) => Object.hasOwn(DURATION_INPUTS, name);
const UNIT_MS = { ms: 1, s: SECOND, m: MINUTE, h: HOUR };
const UNIT_NAME = { s: 'seconds', m: 'minutes' };
function durationSyntax(unit) {
    return `in ${UNIT_NAME[unit]} or with a unit (500ms, 90s, 5m, 1.5h)`;
}
function formatBound(ms) {
    if (ms >= DAY && ms % DAY === 0)
        return `${ms / DAY} day${ms === DAY ? '' : 's'}`;
    if (ms >= HOUR && ms % HOUR === 0)
        return `${ms / HOUR}h`;
    if (ms >= MINUTE && ms % MINUTE === 0)
        return `${ms / MINUTE}m`;
    if (ms >= SECOND && ms % SECOND === 0)
        return `${ms / SECOND}s`;
    return `${ms}ms`;
}
function describeDuration(name) {
    const spec = DURATION_INPUTS[name];
    const tail = spec.note ? ` ${spec.note}` : '';
    return `${spec.meaning}, ${durationSyntax(spec.unit)}, from ${formatBound(spec.minMs)} to ${formatBound(spec.maxMs)}.${tail}`;
}
function parseDuration(name, value) {
    const spec = DURATION_INPUTS[name];
    const match = /^(\d{1,15}(?:\.\d{1,9})?|\.\d{1,9})\s*(ms|s|m|h)?$/.exec(value);
    const ms = match ? Number(match[1]) * UNIT_MS[(match[2] ?? spec.unit)] : Number.NaN;
    if (Number.isFinite(ms) && ms >= spec.minMs && ms <= spec.maxMs)
        return { ms };
    return { problem: `a duration from ${formatBound(spec.minMs)} to ${formatBound(spec.maxMs)}, ${durationSyntax(spec.unit)}` };
}

;// CONCATENATED MODULE: ./dist.tmp-js/lib/names.js
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
function refNameProblem(ref) {
    const components = ref.split('/');
    if (CONTROL.test(ref))
        return 'it contains a control character';
    if (/[ ~^:]/.test(ref))
        return `it contains "${/[ ~^:]/.exec(ref)[0]}" (no space, ~, ^ or : in a git ref)`;
    if (/[?*[]/.test(ref))
        return `it contains "${/[?*[]/.exec(ref)[0]}" (no ?, * or [ in a git ref)`;
    if (ref.includes('\\'))
        return 'it contains a backslash';
    if (ref.includes('..'))
        return 'it contains ".." (two dots in a row)';
    if (ref.includes('@{'))
        return 'it contains "@{"';
    if (ref === '@')
        return 'it is "@" alone';
    if (ref.startsWith('/') || ref.endsWith('/'))
        return 'it starts or ends with "/"';
    if (ref.includes('//'))
        return 'it contains "//" (an empty path component)';
    if (ref.endsWith('.'))
        return 'it ends with "."';
    const dotted = components.find((part) => part.startsWith('.'));
    if (dotted !== undefined)
        return `its component "${dotted}" starts with "."`;
    const locked = components.find((part) => part.endsWith('.lock'));
    if (locked !== undefined)
        return `its component "${locked}" ends with ".lock"`;
    return undefined;
}
function tagPrefixProblem(prefix) {
    if (prefix.startsWith('-'))
        return 'a tag name cannot start with "-"';
    if (/^refs\//i.test(prefix))
        return 'it starts with "refs/": give the tag name\'s own prefix, such as v or releases/v';
    const problem = refNameProblem(`refs/tags/${prefix}1.0.0`);
    return problem && `the tag names it makes (like ${JSON.stringify(`${prefix}1.0.0`)}) are not valid git refs: ${problem}`;
}
const MAX_ENVIRONMENT_NAME = 255;
function environmentNameProblem(name) {
    if (CONTROL.test(name))
        return 'it contains a control character (such as a line break)';
    const length = [...name].length;
    if (length > MAX_ENVIRONMENT_NAME)
        return `it has ${length} characters and GitHub allows at most ${MAX_ENVIRONMENT_NAME}`;
    return undefined;
}

;// CONCATENATED MODULE: ./dist.tmp-js/lib/inputs.js



const envInputSource = (name) => process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
const quote = (value) => JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
const TRUE = new Set(['true', 'True', 'TRUE', 'yes', 'on', '1']);
const FALSE = new Set(['false', 'False', 'FALSE', 'no', 'off', '0']);
class InputReader {
    source;
    options;
    names = new Set();
    problems = [];
    constructor(source = envInputSource, options = {}) {
        this.source = source;
        this.options = options;
    }
    fail(sentence) {
        if (this.options.collectProblems)
            this.problems.push(sentence);
        else
            throw new errors/* UserError */.yo(sentence);
    }
    raw(name) {
        this.names.add(name);
        return this.source(name).trim();
    }
    string(name, fallback = '') {
        return this.raw(name) || fallback;
    }
    required(name, why = '') {
        const value = this.raw(name);
        if (!value)
            this.fail(`Input "${name}" is required${why ? ` ${why}` : ''} but was not given.`);
        return value;
    }
    optional(name) {
        return this.raw(name) || undefined;
    }
    boolean(name, fallback) {
        const value = this.raw(name);
        if (!value)
            return fallback;
        if (TRUE.has(value))
            return true;
        if (FALSE.has(value))
            return false;
        this.fail(`Input "${name}" must be true or false, but was ${quote(value)}.`);
        return fallback;
    }
    number(name, fallback, options = {}) {
        const value = this.raw(name);
        if (!value)
            return fallback;
        const kind = options.integer ? 'a whole number' : 'a number';
        const range = options.min !== undefined && options.max !== undefined
            ? ` from ${options.min} to ${options.max}`
            : options.min !== undefined
                ? ` of at least ${options.min}`
                : options.max !== undefined
                    ? ` of at most ${options.max}`
                    : '';
        const parsed = /^[+-]?(\d+\.?\d*|\.\d+)$/.test(value) ? Number(value) : Number.NaN;
        if (!Number.isFinite(parsed) ||
            (options.integer && !Number.isInteger(parsed)) ||
            (options.min !== undefined && parsed < options.min) ||
            (options.max !== undefined && parsed > options.max)) {
            this.fail(`Input "${name}" must be ${kind}${range}, but was ${quote(value)}.`);
            return fallback;
        }
        return parsed;
    }
    percent(name, fallback) {
        const value = this.raw(name).replace(/%$/, '').trim();
        if (!value)
            return fallback;
        const parsed = /^[+-]?(\d+\.?\d*|\.\d+)$/.test(value) ? Number(value) : Number.NaN;
        if (!Number.isFinite(parsed) || parsed < 0 || parsed > 100) {
            this.fail(`Input "${name}" must be a percentage from 0 to 100, but was ${quote(this.raw(name))}.`);
            return fallback;
        }
        return parsed;
    }
    duration(name, fallback) {
        const value = this.raw(name);
        if (!value)
            return fallback;
        const parsed = parseDuration(name, value);
        if ('problem' in parsed) {
            this.fail(`Input "${name}" must be ${parsed.problem}, but was ${quote(value)}.`);
            return fallback;
        }
        return parsed.ms / (DURATION_INPUTS[name].unit === 's' ? 1000 : 60_000);
    }
    environment(name, fallback = '') {
        const value = this.raw(name) || fallback;
        const problem = value ? environmentNameProblem(value) : undefined;
        if (problem)
            this.fail(`Input "${name}" must be a GitHub environment name, but ${problem}: ${quote(value)}.`);
        return value;
    }
    githubToken(needs) {
        const value = this.raw('github-token');
        if (!value && needs) {
            this.fail(`Input "github-token" is empty, but ${needs}; leave it at its default (the workflow's GITHUB_TOKEN) or give a token.`);
        }
        return value;
    }
    list(name, fallback = []) {
        const value = this.raw(name);
        if (!value)
            return fallback;
        const items = [];
        let depth = 0;
        let current = '';
        for (const char of value) {
            if (char === '{')
                depth += 1;
            else if (char === '}')
                depth = Math.max(0, depth - 1);
            if (char === '\n' || (char === ',' && depth === 0)) {
                items.push(current);
                current = '';
                if (char === '\n')
                    depth = 0;
            }
            else {
                current += char;
            }
        }
        items.push(current);
        return items.map((item) => item.trim()).filter(Boolean);
    }
    lines(name, fallback = []) {
        const value = this.raw(name);
        if (!value)
            return fallback;
        return value
            .split('\n')
            .map((item) => item.trim())
            .filter(Boolean);
    }
    enum(name, allowed, fallback) {
        const value = this.raw(name);
        if (!value)
            return fallback;
        const found = allowed.find((option) => option.toLowerCase() === value.toLowerCase());
        if (!found) {
            this.fail(`Input "${name}" must be one of ${allowed.join(', ')}, but was ${quote(value)}.`);
            return fallback;
        }
        return found;
    }
}


/***/ }),

/***/ 5604:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ runAction)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1778);

async function runAction(main) {
    try {
        await main();
    }
    catch (error) {
        const core = await __nccwpck_require__.e(/* import() */ 421).then(__nccwpck_require__.bind(__nccwpck_require__, 6421));
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isUserError */ .iU)(error)) {
            core.setFailed(error.message);
        }
        else {
            core.setFailed(`shipgate hit an unexpected error (a bug; please report it with this log):\n${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeBug */ .WP)(error)}`);
        }
    }
}


/***/ }),

/***/ 9957:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1091);
/* harmony import */ var _lib_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(255);
/* harmony import */ var _lib_run_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5604);



/**
 * The root action (`uses: shipgate-dev/shipgate@<sha>` with `command:`): it checks `command`,
 * then runs that action's own bundle beside it (dist/<command>/index.js), so the root action
 * behaves exactly as the named action. The named action reads its deploy command from its
 * `command` input, which in the root action is `deploy-command`: it is handed over as such.
 */
await (0,_lib_run_js__WEBPACK_IMPORTED_MODULE_1__/* .runAction */ .C)(async () => {
    const reader = new _lib_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputReader */ .i();
    const name = reader.enum('command', _commands_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMANDS */ .L, undefined);
    if (!name)
        reader.required('command', `(one of ${_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMANDS */ .L.join(', ')})`);
    process.env['INPUT_COMMAND'] = process.env['INPUT_DEPLOY-COMMAND'] ?? '';
    // Resolved at run time against dist/root/index.js, not bundled: each action is its own bundle.
    await import(/* webpackIgnore: true */ `../${name}/index.js`);
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9957);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
