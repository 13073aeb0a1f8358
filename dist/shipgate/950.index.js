export const id = 950;
export const ids = [950];
export const modules = {

/***/ 1569:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_WAIT_MINUTES: () => (/* binding */ MAX_WAIT_MINUTES),
/* harmony export */   readInputs: () => (/* binding */ readInputs)
/* harmony export */ });
/**
 * The longest wait a job allows: GitHub-hosted runners stop a job after 360 minutes; self-hosted
 * runners allow up to 5 days when the job's timeout-minutes says so.
 */
const MAX_WAIT_MINUTES = { 'github-hosted': 360, 'self-hosted': 5 * 24 * 60 };
/**
 * issue: open an issue and poll it in this job (bounded by the job limit); environment: check
 * that required reviewers hold the environment; request: open the issue, record the request and
 * end at once; listen: answer a comment on an approval issue, or close expired ones on a schedule.
 */
const MODES = ['issue', 'environment', 'request', 'listen'];
/** `runnerEnvironment` is RUNNER_ENVIRONMENT ('github-hosted' or 'self-hosted'); unknown counts as hosted. */
function readInputs(reader, runnerEnvironment = '') {
    const mode = reader.string('mode', 'issue');
    if (!MODES.includes(mode))
        reader.fail(`Input "mode" must be issue, environment, request or listen, but was ${JSON.stringify(mode)}.`);
    const approvers = reader.list('approvers');
    if (mode === 'environment' && approvers.length > 0) {
        reader.fail('Input "approvers" is not used with mode environment (the environment\'s required reviewers approve); remove it or use mode issue.');
    }
    if (mode === 'environment' && !reader.optional('environment'))
        reader.fail('Input "environment" is required with mode environment (the environment whose required reviewers must approve).');
    if (mode !== 'environment' && approvers.length === 0)
        reader.fail('Input "approvers" is required (users or org/team slugs) but was not given.');
    for (const approver of approvers) {
        if (!/^@?[A-Za-z0-9][A-Za-z0-9-]*(\/[A-Za-z0-9_.-]+)?$/.test(approver)) {
            reader.fail(`Input "approvers" takes GitHub logins and org/team slugs, but ${JSON.stringify(approver)} is neither.`);
        }
    }
    const timeout = reader.duration('timeout-minutes', 60);
    const selfHosted = runnerEnvironment === 'self-hosted';
    const limit = MAX_WAIT_MINUTES[selfHosted ? 'self-hosted' : 'github-hosted'];
    // Only mode issue waits inside the job; request and listen hold no runner while they wait.
    if (mode === 'issue' && timeout > limit) {
        reader.fail(selfHosted
            ? `Input "timeout-minutes" is ${timeout}, but a job stops after at most ${limit} minutes (5 days) even on a self-hosted runner; use at most ${limit}.`
            : `Input "timeout-minutes" is ${timeout}, but a job on a GitHub-hosted runner stops after ${limit} minutes; use at most ${limit}, or Environment required reviewers (approval: environment), which wait up to 30 days without a runner.`);
    }
    return {
        mode: mode,
        approvers: approvers.map((approver) => approver.replace(/^@/, '')),
        'minimum-approvals': reader.number('minimum-approvals', 1, { min: 1, integer: true }),
        'timeout-minutes': timeout,
        'allow-self-approval': reader.boolean('allow-self-approval', false),
        title: reader.optional('title'),
        body: reader.optional('body'),
        environment: reader.environment('environment') || undefined,
        version: reader.optional('version'),
        'poll-interval': reader.duration('poll-interval', 10),
        'dry-run': reader.boolean('dry-run', false),
        'github-token': reader.githubToken('approval needs it to open the approval issue and read its comments'),
        'teams-token': reader.string('teams-token'),
    };
}


/***/ })

};
