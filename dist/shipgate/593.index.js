export const id = 593;
export const ids = [593];
export const modules = {

/***/ 6593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EMPTY_TOKEN_NOTE: () => (/* binding */ EMPTY_TOKEN_NOTE),
/* harmony export */   FORMATS: () => (/* binding */ FORMATS),
/* harmony export */   readInputs: () => (/* binding */ readInputs)
/* harmony export */ });
const FORMATS = ['auto', 'lcov', 'cobertura', 'clover', 'jacoco', 'istanbul', 'go'];
/** Said in the log when the token is empty: the gate still judges, but nothing reaches GitHub. */
const EMPTY_TOKEN_NOTE = 'Input "github-token" is empty, so coverage-gate posts no pull-request comment and no check run, and neither reads nor stores the coverage baseline (no coverage-drop figure); the figures are in the log and the job summary only.';
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
        'github-token': reader.githubToken(),
    };
}


/***/ })

};
