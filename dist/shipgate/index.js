import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 268:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   WP: () => (/* binding */ describeBug),
/* harmony export */   hD: () => (/* binding */ ApiError),
/* harmony export */   iU: () => (/* binding */ isUserError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/**
 * Two kinds of failure (habit 3 of STYLE.md): a UserError is something the user can fix
 * (bad input, threshold not met, missing tag) and is reported as one sentence without a stack;
 * anything else is a bug and keeps its stack and cause.
 */
class UserError extends Error {
    name = 'UserError';
}
/** An API call that still failed after retries; names the operation that failed. */
class ApiError extends UserError {
    operation;
    status;
    name = 'ApiError';
    constructor(operation, status, detail) {
        super(`GitHub API request failed while trying to ${operation}${status ? ` (HTTP ${status})` : ''}: ${detail}`);
        this.operation = operation;
        this.status = status;
    }
}
function isUserError(error) {
    return error instanceof UserError;
}
/** Describe anything that was thrown, Error or not, keeping the stack and cause of bugs. */
function describeBug(error) {
    if (error instanceof Error) {
        let text = error.stack ?? `${error.name}: ${error.message}`;
        let cause = error.cause;
        for (let depth = 0; cause !== undefined && depth < 5; depth++) {
            text += `\nCaused by: ${cause instanceof Error ? (cause.stack ?? cause.message) : String(cause)}`;
            cause = cause instanceof Error ? cause.cause : undefined;
        }
        return text;
    }
    try {
        return `A non-Error value was thrown: ${typeof error === 'string' ? error : JSON.stringify(error)}`;
    }
    catch {
        return `A non-Error value was thrown: ${String(error)}`;
    }
}


/***/ }),

/***/ 662:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ InputReader),
/* harmony export */   l: () => (/* binding */ envInputSource)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(268);

/** The runner's way: INPUT_<NAME> with spaces as underscores, upper-cased (as @actions/core does). */
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
    /** Reject the inputs with one sentence (or record it, when collecting problems). */
    fail(sentence) {
        if (this.options.collectProblems)
            this.problems.push(sentence);
        else
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(sentence);
    }
    /** The trimmed raw value, '' when not given. */
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
    /** The raw value or undefined when empty: for inputs that are "off" unless given. */
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
    duration(name, unit, fallback) {
        const value = this.raw(name);
        if (!value)
            return fallback;
        const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(value);
        const seconds = { ms: 0.001, s: 1, m: 60, h: 3600 };
        if (!match || Number(match[1]) <= 0) {
            const unitName = unit === 's' ? 'seconds' : 'minutes';
            this.fail(`Input "${name}" must be a positive duration in ${unitName} (like 30, or with a unit: 90s, 5m, 1h), but was ${quote(value)}.`);
            return fallback;
        }
        const inSeconds = Number(match[1]) * seconds[(match[2] ?? unit)];
        return unit === 's' ? inSeconds : inSeconds / 60;
    }
    /**
     * Newline- or comma-separated values, trimmed, empties dropped. A comma inside braces belongs
     * to a glob alternation (`coverage/{unit,e2e}/lcov.info`) and does not split.
     */
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
    /** Newline-separated values only (for values that may contain commas, such as PromQL or URLs). */
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

/***/ 203:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  N4: () => (/* binding */ endGroup),
  Os: () => (/* binding */ group),
  pq: () => (/* binding */ info),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ setSecret),
  Oh: () => (/* binding */ startGroup),
  z: () => (/* binding */ summary),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: Summary, debug, error, exportVariable, getState, isDebug, issueCommand, notice, saveState

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(161);
;// CONCATENATED MODULE: ./src/lib/runner.ts



const escapeData = (value) => value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (value) => escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
function toCommandValue(input) {
    if (input === null || input === undefined)
        return '';
    if (typeof input === 'string' || input instanceof String)
        return input;
    return JSON.stringify(input);
}
function issueCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter(([, value]) => value !== undefined && value !== null && value !== '')
        .map(([key, value]) => `${key}=${escapeProperty(toCommandValue(value))}`)
        .join(',');
    process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(toCommandValue(message))}${external_node_os_.EOL}`);
}
function issueFileCommand(variable, name, value) {
    const file = process.env[`GITHUB_${variable}`];
    if (!file)
        return false;
    const delimiter = `ghadelimiter_${(0,external_node_crypto_namespaceObject.randomUUID)()}`;
    const text = toCommandValue(value);
    if (name.includes(delimiter) || text.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_.EOL}${text}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, { encoding: 'utf8' });
    return true;
}
const annotationProperties = (properties = {}) => ({
    title: properties.title,
    file: properties.file,
    line: properties.startLine,
    endLine: properties.endLine,
    col: properties.startColumn,
    endColumn: properties.endColumn,
});
function setOutput(name, value) {
    if (!issueFileCommand('OUTPUT', name, value)) {
        process.stdout.write(external_node_os_.EOL);
        issueCommand('set-output', { name }, toCommandValue(value));
    }
}
function saveState(name, value) {
    if (!issueFileCommand('STATE', name, value))
        issueCommand('save-state', { name }, toCommandValue(value));
}
function getState(name) {
    return process.env[`STATE_${name}`] ?? '';
}
function exportVariable(name, value) {
    process.env[name] = toCommandValue(value);
    if (!issueFileCommand('ENV', name, value))
        issueCommand('set-env', { name }, toCommandValue(value));
}
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
const isDebug = () => process.env.RUNNER_DEBUG === '1';
const debug = (message) => issueCommand('debug', {}, message);
const info = (message) => {
    process.stdout.write(message + external_node_os_.EOL);
};
const messageOf = (message) => (message instanceof Error ? message.toString() : message);
function error(message, properties = {}) {
    issueCommand('error', annotationProperties(properties), messageOf(message));
}
function warning(message, properties = {}) {
    issueCommand('warning', annotationProperties(properties), messageOf(message));
}
function notice(message, properties = {}) {
    issueCommand('notice', annotationProperties(properties), messageOf(message));
}
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
function startGroup(name) {
    issueCommand('group', {}, name);
}
function endGroup() {
    issueCommand('endgroup', {}, '');
}
async function group(name, fn) {
    startGroup(name);
    try {
        return await fn();
    }
    finally {
        endGroup();
    }
}
/** The job summary (GITHUB_STEP_SUMMARY), built like @actions/core's and written on write(). */
class Summary {
    buffer = '';
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        return content ? `<${tag}${htmlAttrs}>${content}</${tag}>` : `<${tag}${htmlAttrs}>`;
    }
    async write(options = {}) {
        const file = process.env.GITHUB_STEP_SUMMARY;
        if (!file) {
            throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
        }
        await (options.overwrite ? external_node_fs_.promises.writeFile : external_node_fs_.promises.appendFile)(file, this.buffer, { encoding: 'utf8' });
        return this.emptyBuffer();
    }
    async clear() {
        return this.emptyBuffer().write({ overwrite: true });
    }
    stringify() {
        return this.buffer;
    }
    isEmptyBuffer() {
        return this.buffer.length === 0;
    }
    emptyBuffer() {
        this.buffer = '';
        return this;
    }
    addRaw(text, addEOL = false) {
        this.buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    addEOL() {
        return this.addRaw(external_node_os_.EOL);
    }
    addCodeBlock(code, lang) {
        return this.addRaw(this.wrap('pre', this.wrap('code', code), lang ? { lang } : {})).addEOL();
    }
    addList(items, ordered = false) {
        return this.addRaw(this.wrap(ordered ? 'ol' : 'ul', items.map((item) => this.wrap('li', item)).join(''))).addEOL();
    }
    addTable(rows) {
        const body = rows
            .map((row) => this.wrap('tr', row
            .map((cell) => {
            if (typeof cell === 'string')
                return this.wrap('td', cell);
            const attrs = {};
            if (cell.colspan)
                attrs.colspan = cell.colspan;
            if (cell.rowspan)
                attrs.rowspan = cell.rowspan;
            return this.wrap(cell.header ? 'th' : 'td', cell.data, attrs);
        })
            .join('')))
            .join('');
        return this.addRaw(this.wrap('table', body)).addEOL();
    }
    addDetails(label, content) {
        return this.addRaw(this.wrap('details', this.wrap('summary', label) + content)).addEOL();
    }
    addHeading(text, level = 1) {
        const tag = `h${level}`;
        return this.addRaw(this.wrap(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag) ? tag : 'h1', text)).addEOL();
    }
    addSeparator() {
        return this.addRaw(this.wrap('hr', null)).addEOL();
    }
    addBreak() {
        return this.addRaw(this.wrap('br', null)).addEOL();
    }
    addQuote(text, cite) {
        return this.addRaw(this.wrap('blockquote', text, cite ? { cite } : {})).addEOL();
    }
    addLink(text, href) {
        return this.addRaw(this.wrap('a', text, { href })).addEOL();
    }
}
const summary = new Summary();


/***/ }),

/***/ 421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

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
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
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
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
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
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Lo: () => (/* binding */ COMMANDS),
  gg: () => (/* binding */ rootInputSource),
  d1: () => (/* binding */ runCommand)
});

// EXTERNAL MODULE: ./src/lib/inputs.ts
var inputs = __nccwpck_require__(662);
// EXTERNAL MODULE: ./src/lib/runner.ts + 1 modules
var runner = __nccwpck_require__(203);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __nccwpck_require__(268);
;// CONCATENATED MODULE: ./src/lib/run.ts


/**
 * The one wrapper every action runs in: a user error becomes `setFailed` with its one sentence
 * (no stack trace); anything else is a bug and is reported with its stack and cause.
 */
async function runAction(main) {
    try {
        await main();
    }
    catch (error) {
        if ((0,errors/* isUserError */.iU)(error)) {
            runner/* setFailed */.C1(error.message);
        }
        else {
            runner/* setFailed */.C1(`shipgate hit an unexpected error (a bug; please report it with this log):\n${(0,errors/* describeBug */.WP)(error)}`);
        }
    }
}

;// CONCATENATED MODULE: ./src/shipgate.ts



/**
 * The shared bundle's entry. Each action's dist entry calls runCommand with its name; the root
 * action passes none and the `command` input names the action. Actions are loaded lazily, so a
 * deploy never loads the coverage parsers (ncc splits them into their own chunks).
 */
const COMMANDS = ['coverage-gate', 'deploy', 'approval', 'release', 'rollback'];
/**
 * Each action's inputs are checked before its main module loads: a bad input fails in the time
 * of a bare `node` start, without loading the GitHub client (the benchmark's start-up figure).
 */
const loaders = {
    'coverage-gate': { inputs: () => __nccwpck_require__.e(/* import() */ 593).then(__nccwpck_require__.bind(__nccwpck_require__, 593)), main: () => Promise.all(/* import() */[__nccwpck_require__.e(395), __nccwpck_require__.e(97)]).then(__nccwpck_require__.bind(__nccwpck_require__, 97)) },
    deploy: { inputs: () => __nccwpck_require__.e(/* import() */ 422).then(__nccwpck_require__.bind(__nccwpck_require__, 422)), main: () => Promise.all(/* import() */[__nccwpck_require__.e(395), __nccwpck_require__.e(282)]).then(__nccwpck_require__.bind(__nccwpck_require__, 282)) },
    approval: { inputs: () => __nccwpck_require__.e(/* import() */ 950).then(__nccwpck_require__.bind(__nccwpck_require__, 950)), main: () => Promise.all(/* import() */[__nccwpck_require__.e(395), __nccwpck_require__.e(820)]).then(__nccwpck_require__.bind(__nccwpck_require__, 820)) },
    release: { inputs: () => __nccwpck_require__.e(/* import() */ 968).then(__nccwpck_require__.bind(__nccwpck_require__, 968)), main: () => Promise.all(/* import() */[__nccwpck_require__.e(395), __nccwpck_require__.e(552), __nccwpck_require__.e(691)]).then(__nccwpck_require__.bind(__nccwpck_require__, 691)) },
    rollback: { inputs: () => __nccwpck_require__.e(/* import() */ 843).then(__nccwpck_require__.bind(__nccwpck_require__, 843)), main: () => Promise.all(/* import() */[__nccwpck_require__.e(395), __nccwpck_require__.e(282), __nccwpck_require__.e(552), __nccwpck_require__.e(277)]).then(__nccwpck_require__.bind(__nccwpck_require__, 277)) },
};
/** In the root action `command` names the sub-action, so the deploy command arrives as `deploy-command`. */
const rootInputSource = (name) => (0,inputs/* envInputSource */.l)(name === 'command' ? 'deploy-command' : name);
async function runCommand(command) {
    await runAction(async () => {
        let source = inputs/* envInputSource */.l;
        let name = command;
        if (!name) {
            name = new inputs/* InputReader */.i().enum('command', COMMANDS, undefined);
            if (!name)
                new inputs/* InputReader */.i().required('command', `(one of ${COMMANDS.join(', ')})`);
            source = rootInputSource;
        }
        // Every action takes the token as `github-token`: masked before anything can print it.
        const token = source('github-token').trim();
        if (token)
            (0,runner/* setSecret */.Pq)(token);
        (await loaders[name].inputs()).readInputs(new inputs/* InputReader */.i(source));
        const action = await loaders[name].main();
        await action.run(source);
    });
}

var __webpack_exports__COMMANDS = __webpack_exports__.Lo;
var __webpack_exports__rootInputSource = __webpack_exports__.gg;
var __webpack_exports__runCommand = __webpack_exports__.d1;
export { __webpack_exports__COMMANDS as COMMANDS, __webpack_exports__rootInputSource as rootInputSource, __webpack_exports__runCommand as runCommand };
