export const id = 474;
export const ids = [474,422,843];
export const modules = {

/***/ 5422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readInputs: () => (/* binding */ readInputs),
/* harmony export */   readVerifyInputs: () => (/* binding */ readVerifyInputs)
/* harmony export */ });
/** `needs`: what the action cannot do without a token, for the sentence that refuses an empty one. */
function readVerifyInputs(reader, needs) {
    const inputs = {
        command: reader.string('command'),
        url: reader.optional('url'),
        'health-check-url': reader.list('health-check-url'),
        'health-check-timeout': reader.duration('health-check-timeout', 300),
        'health-check-interval': reader.duration('health-check-interval', 5),
        'prometheus-url': reader.optional('prometheus-url'),
        'max-error-rate': reader.percent('max-error-rate', 1),
        'max-p95-latency': reader.number('max-p95-latency', 500, { min: 0 }),
        'verify-window': reader.duration('verify-window', 60),
        'error-rate-query': reader.optional('error-rate-query'),
        'p95-latency-query': reader.optional('p95-latency-query'),
        timeout: reader.duration('timeout', undefined),
        'dry-run': reader.boolean('dry-run', false),
        'github-token': reader.githubToken(needs),
    };
    for (const url of [...inputs['health-check-url'], ...(inputs['prometheus-url'] ? [inputs['prometheus-url']] : [])]) {
        if (!/^https?:\/\/[^\s/]+/.test(url)) {
            reader.fail(`Input "${url === inputs['prometheus-url'] ? 'prometheus-url' : 'health-check-url'}" must be an http(s) URL, but was ${JSON.stringify(url)}.`);
        }
    }
    if (!inputs.command && !inputs['dry-run'])
        reader.fail('Input "command" is required unless dry-run is true, but was not given.');
    return inputs;
}
function readInputs(reader) {
    const environment = reader.required('environment') && reader.environment('environment');
    const production = reader.raw('production') === '' ? undefined : reader.boolean('production', false);
    return {
        environment,
        ref: reader.optional('ref'),
        production,
        'require-deployed-to': reader.optional('require-deployed-to'),
        'auto-rollback': reader.boolean('auto-rollback', true),
        'tag-prefix': reader.string('tag-prefix', 'v'),
        force: reader.boolean('force', false),
        ...readVerifyInputs(reader, 'deploy needs it to read and record the deployments of the environment'),
    };
}


/***/ }),

/***/ 9474:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readInputs: () => (/* binding */ readInputs)
/* harmony export */ });
/* harmony import */ var _deploy_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5422);
/* harmony import */ var _rollback_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3843);


function readInputs(reader) {
    const environment = reader.environment('environment', 'staging');
    // A rehearsal puts an environment's previous release back: production is rolled back by the rollback action only.
    if (/^(production|prod)$/i.test(environment)) {
        reader.fail(`Input "environment" names ${environment}: rehearse on a staging environment; production is rolled back by the rollback action.`);
    }
    return {
        environment,
        'migration-paths': reader.list('migration-paths', _rollback_inputs_js__WEBPACK_IMPORTED_MODULE_0__.DEFAULT_MIGRATION_PATHS),
        force: reader.boolean('force', false),
        'max-restore-time': reader.duration('max-restore-time', 240),
        ...(0,_deploy_inputs_js__WEBPACK_IMPORTED_MODULE_1__.readVerifyInputs)(reader, 'rehearsal needs it to find the live deployment and its release, and to record both deployments'),
    };
}


/***/ }),

/***/ 3843:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_MIGRATION_PATHS: () => (/* binding */ DEFAULT_MIGRATION_PATHS),
/* harmony export */   readInputs: () => (/* binding */ readInputs)
/* harmony export */ });
/* harmony import */ var _deploy_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5422);

/** Used when migration-paths is empty: common migration folders of popular frameworks, and SQL files. */
const DEFAULT_MIGRATION_PATHS = [
    '**/migrations/**',
    '**/migrate/**',
    '**/db/migrate/**',
    '**/alembic/versions/**',
    '**/prisma/migrations/**',
    '**/flyway/**',
    '**/liquibase/**',
    '**/*.sql',
];
function readInputs(reader) {
    return {
        environment: reader.environment('environment', 'production'),
        to: reader.optional('to'),
        reason: reader.optional('reason'),
        'migration-paths': reader.list('migration-paths', DEFAULT_MIGRATION_PATHS),
        force: reader.boolean('force', false),
        ...(0,_deploy_inputs_js__WEBPACK_IMPORTED_MODULE_0__.readVerifyInputs)(reader, 'rollback needs it to find the live deployment and its release, and to record the rollback'),
    };
}


/***/ })

};
