export const id = 282;
export const ids = [282];
export const modules = {

/***/ 2282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _lib_log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1025);
/* harmony import */ var _lib_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(688);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7268);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6584);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9556);
/* harmony import */ var _deploy_deploy_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5631);
/* harmony import */ var _deployment_steps_deployment_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2310);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5422);








async function run(source = _lib_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .envInputSource */ .l) {
    const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__.readInputs)(new _lib_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .InputReader */ .i(source));
    const context = (0,_github_context_js__WEBPACK_IMPORTED_MODULE_4__/* .readRunContext */ .$)();
    const ref = inputs.ref ?? context.sha;
    if (!ref)
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('Input "ref" is empty and GITHUB_SHA is not set, so there is nothing to deploy; give a ref (sha, branch or tag).');
    // The workflow's own tag names the version when the run was started by a tag push.
    const version = !inputs.ref && context.ref.startsWith('refs/tags/') ? context.ref.slice('refs/tags/'.length) : undefined;
    const github = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_3__/* .createGitHub */ .Cl)({ token: inputs['github-token'], log: (message) => _lib_log_js__WEBPACK_IMPORTED_MODULE_0__/* .log */ .R.info(message) });
    const repo = { owner: context.owner, repo: context.repo };
    let outcome;
    try {
        outcome = await (0,_deployment_steps_deployment_js__WEBPACK_IMPORTED_MODULE_6__/* .withCancellation */ .an)((signal) => (0,_deploy_deploy_js__WEBPACK_IMPORTED_MODULE_5__/* .runDeployment */ .pw)({
            environment: inputs.environment,
            ref,
            version,
            command: inputs.command,
            url: inputs.url,
            production: inputs.production,
            requireDeployedTo: inputs['require-deployed-to'],
            autoRollback: inputs['auto-rollback'],
            tagPrefix: inputs['tag-prefix'],
            commandTimeoutMs: inputs.timeout === undefined ? undefined : inputs.timeout * 60_000,
            force: inputs.force,
            dryRun: inputs['dry-run'],
            verify: (0,_deployment_steps_deployment_js__WEBPACK_IMPORTED_MODULE_6__/* .verifySettings */ .$z)(inputs),
        }, {
            github,
            repo,
            run: { url: context.runUrl, actor: context.triggeringActor || context.actor, serverUrl: context.serverUrl },
            logger: _deployment_steps_deployment_js__WEBPACK_IMPORTED_MODULE_6__/* .coreLogger */ .Wj,
            signal,
        }));
    }
    catch (error) {
        if (error instanceof _deploy_deploy_js__WEBPACK_IMPORTED_MODULE_5__/* .DeploymentCancelled */ .zd) {
            await (0,_deployment_steps_deployment_js__WEBPACK_IMPORTED_MODULE_6__/* .reportCancelled */ .AI)(error, { deploymentsUrl: (0,_deploy_deploy_js__WEBPACK_IMPORTED_MODULE_5__/* .deploymentsPage */ .wL)(context.serverUrl, repo, inputs.environment), runUrl: context.runUrl });
        }
        throw error;
    }
    await (0,_deployment_steps_deployment_js__WEBPACK_IMPORTED_MODULE_6__/* .report */ .z8)(outcome);
}


/***/ })

};
