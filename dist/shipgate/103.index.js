export const id = 103;
export const ids = [103];
export const modules = {

/***/ 103:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/lib/inputs.ts
var inputs = __webpack_require__(285);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(595);
;// CONCATENATED MODULE: ./src/actions/approval/inputs.ts
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

;// CONCATENATED MODULE: ./src/actions/approval/main.ts



async function run(source = inputs/* envInputSource */.l) {
    readInputs(new inputs/* InputReader */.i(source));
    throw new errors/* UserError */.yo('The approval action is not implemented yet.');
}


/***/ })

};
