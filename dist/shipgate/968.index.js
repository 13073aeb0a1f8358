export const id = 968;
export const ids = [968];
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


/***/ })

};
