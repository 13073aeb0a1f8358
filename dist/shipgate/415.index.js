export const id = 415;
export const ids = [415];
export const modules = {

/***/ 2415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readInputs: () => (/* binding */ readInputs)
/* harmony export */ });
function readInputs(reader) {
    const inputs = {
        environment: reader.environment('environment', 'production'),
        'staging-environment': reader.environment('staging-environment', 'staging'),
        'window-days': reader.number('window-days', 30, { min: 1, max: 366, integer: true }),
        'prometheus-url': reader.optional('prometheus-url'),
        'uptime-query': reader.optional('uptime-query'),
        'error-rate-query': reader.optional('error-rate-query'),
        'p95-latency-query': reader.optional('p95-latency-query'),
        'min-uptime': reader.percent('min-uptime', 99),
        'max-error-rate': reader.percent('max-error-rate', 1),
        'max-p95-latency': reader.number('max-p95-latency', 500, { min: 0 }),
        'min-coverage': reader.percent('min-coverage', 70),
        'coverage-check-name': reader.string('coverage-check-name', 'coverage'),
        'max-restore-time': reader.duration('max-restore-time', 240),
        'max-lead-time': reader.duration('max-lead-time', 7 * 24 * 60),
        'min-deploys-per-week': reader.number('min-deploys-per-week', 1, { min: 0 }),
        'max-change-failure-rate': reader.percent('max-change-failure-rate', 15),
        'check-name': reader.string('check-name', 'launch readiness'),
        'github-token': reader.githubToken('readiness needs it to read the deployments, releases and check runs it judges'),
    };
    const url = inputs['prometheus-url'];
    if (url && !/^https?:\/\/[^\s/]+/.test(url))
        reader.fail(`Input "prometheus-url" must be an http(s) URL, but was ${JSON.stringify(url)}.`);
    return inputs;
}


/***/ })

};
