export const id = 950;
export const ids = [950];
export const modules = {

/***/ 3950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readInputs: () => (/* binding */ readInputs)
/* harmony export */ });
function readInputs(reader) {
    const approvers = reader.list('approvers');
    if (approvers.length === 0)
        reader.fail('Input "approvers" is required (users or org/team slugs) but was not given.');
    for (const approver of approvers) {
        if (!/^@?[A-Za-z0-9][A-Za-z0-9-]*(\/[A-Za-z0-9_.-]+)?$/.test(approver)) {
            reader.fail(`Input "approvers" takes GitHub logins and org/team slugs, but ${JSON.stringify(approver)} is neither.`);
        }
    }
    return {
        approvers: approvers.map((approver) => approver.replace(/^@/, '')),
        'minimum-approvals': reader.number('minimum-approvals', 1, { min: 1, integer: true }),
        'timeout-minutes': reader.duration('timeout-minutes', 'm', 60),
        'allow-self-approval': reader.boolean('allow-self-approval', false),
        title: reader.optional('title'),
        body: reader.optional('body'),
        environment: reader.optional('environment'),
        version: reader.optional('version'),
        'poll-interval': reader.duration('poll-interval', 's', 10),
        'dry-run': reader.boolean('dry-run', false),
        'github-token': reader.string('github-token'),
    };
}


/***/ })

};
