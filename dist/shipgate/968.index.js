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
const BUMPS = ['auto', 'major', 'minor', 'patch'];
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
function readInputs(reader) {
    const inputs = {
        ref: reader.optional('ref'),
        version: reader.optional('version'),
        bump: reader.enum('bump', BUMPS, 'auto'),
        'tag-prefix': reader.string('tag-prefix', 'v'),
        'release-notes': reader.boolean('release-notes', true),
        prerelease: reader.boolean('prerelease', false),
        'dry-run': reader.boolean('dry-run', false),
        'github-token': reader.string('github-token'),
    };
    if (inputs.version !== undefined) {
        const bare = inputs.version.startsWith(inputs['tag-prefix']) ? inputs.version.slice(inputs['tag-prefix'].length) : inputs.version;
        if (!SEMVER.test(bare)) {
            reader.fail(`Input "version" must be a semantic version like 1.4.0 or 2.0.0-rc.1, but was ${JSON.stringify(inputs.version)}.`);
        }
        inputs.version = bare;
    }
    return inputs;
}


/***/ })

};
