export const id = 123;
export const ids = [123];
export const modules = {

/***/ 123:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/lib/inputs.ts
var inputs = __webpack_require__(662);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(268);
;// CONCATENATED MODULE: ./src/actions/release/inputs.ts
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

;// CONCATENATED MODULE: ./src/actions/release/main.ts



async function run(source = inputs/* envInputSource */.l) {
    readInputs(new inputs/* InputReader */.i(source));
    throw new errors/* UserError */.yo('The release action is not implemented yet.');
}


/***/ })

};
