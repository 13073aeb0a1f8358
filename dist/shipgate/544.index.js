export const id = 544;
export const ids = [544];
export const modules = {

/***/ 544:
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
;// CONCATENATED MODULE: ./src/actions/coverage-gate/inputs.ts
const FORMATS = ['auto', 'lcov', 'cobertura', 'clover', 'jacoco', 'istanbul', 'go'];
function readInputs(reader) {
    return {
        reports: reader.list('reports'),
        format: reader.enum('format', FORMATS, 'auto'),
        'test-command': reader.optional('test-command'),
        'working-directory': reader.string('working-directory', '.'),
        'min-coverage': reader.percent('min-coverage', 70),
        'min-branch-coverage': reader.percent('min-branch-coverage', undefined),
        'min-file-coverage': reader.percent('min-file-coverage', undefined),
        'min-patch-coverage': reader.percent('min-patch-coverage', undefined),
        'max-coverage-drop': reader.number('max-coverage-drop', undefined, { min: 0, max: 100 }),
        exclude: reader.list('exclude'),
        comment: reader.boolean('comment', true),
        annotations: reader.boolean('annotations', true),
        'check-name': reader.string('check-name', 'coverage'),
        'github-token': reader.string('github-token'),
    };
}

;// CONCATENATED MODULE: ./src/actions/coverage-gate/main.ts



async function run(source = inputs/* envInputSource */.l) {
    readInputs(new inputs/* InputReader */.i(source));
    throw new errors/* UserError */.yo('The coverage-gate action is not implemented yet.');
}


/***/ })

};
