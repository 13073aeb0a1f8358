export const id = 344;
export const ids = [344];
export const modules = {

/***/ 2344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 10 modules
var core = __webpack_require__(9469);
// EXTERNAL MODULE: ./src/lib/log.ts
var log = __webpack_require__(1025);
// EXTERNAL MODULE: ./src/lib/inputs.ts + 1 modules
var lib_inputs = __webpack_require__(688);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
// EXTERNAL MODULE: ./src/github/context.ts
var github_context = __webpack_require__(9556);
// EXTERNAL MODULE: ./src/deploy/deploy.ts + 8 modules
var deploy = __webpack_require__(5631);
// EXTERNAL MODULE: ./src/deploy/ledger.ts
var deploy_ledger = __webpack_require__(5874);
// EXTERNAL MODULE: ./src/rollback/plan.ts + 2 modules
var rollback_plan = __webpack_require__(9070);
// EXTERNAL MODULE: ./src/github/releases.ts
var releases = __webpack_require__(3425);
// EXTERNAL MODULE: ./src/release/rolled-back.ts
var rolled_back = __webpack_require__(1127);
;// CONCATENATED MODULE: ./src/rollback/record.ts


/**
 * Mark the release that was rolled back on its GitHub Release (creating a release for a tag that
 * had none), and hand the "Latest" badge back to the target when the rolled-back one held it.
 * A failure here does not undo a rollback that worked: it is reported as a warning.
 */
async function markRolledBack(plan, result, deps, warnings) {
    const { github, repo, logger } = deps;
    const tag = plan.live.release?.name;
    if (!tag) {
        const note = `${plan.live.label} has no release tag, so no GitHub Release was marked; its rollback deployment records it.`;
        logger.info(note);
        return { note };
    }
    const mark = {
        at: result.at,
        by: plan.actor,
        environment: plan.environment,
        to: plan.target.tag.name,
        reason: plan.reason,
        sha: plan.live.sha,
        ...(result.deploymentId !== undefined ? { deployment: result.deploymentId } : {}),
        restore_ms: result.restoreMs,
    };
    try {
        const current = plan.liveRelease;
        const marked = (0,rolled_back/* markedRelease */.Ee)(current ?? { name: tag, tag_name: tag, body: null }, mark);
        const release = current
            ? await (0,releases/* updateRelease */.BG)(github, repo, current.id, marked, `mark the release ${tag} as rolled back`)
            : await (0,releases/* createRelease */.YG)(github, repo, { tag, target: plan.live.sha, name: marked.name, body: marked.body, prerelease: false, makeLatest: 'false' });
        // Only a published full release can hold the badge or take it (drafts and pre-releases cannot);
        // the REST release objects do not say which one holds it, so that one question is asked.
        if (current && !current.prerelease && !current.draft && plan.targetRelease && !plan.targetRelease.prerelease && !plan.targetRelease.draft) {
            const latest = await (0,releases/* getLatestRelease */.Z0)(github, repo);
            if (latest?.id === current.id) {
                await (0,releases/* updateRelease */.BG)(github, repo, plan.targetRelease.id, { makeLatest: 'true' }, `make ${plan.target.tag.name} the latest release again`);
                logger.info(`${plan.target.tag.name} is the latest release again.`);
            }
        }
        const url = release?.html_url ?? '';
        logger.info(`Marked ${tag} as rolled back${url ? `: ${url}` : ''}.`);
        return { tag, url };
    }
    catch (error) {
        const warning = `${plan.environment} was rolled back, but the release ${tag} could not be marked as rolled back: ${error.message}`;
        warnings.push(warning);
        logger.warning(warning);
        return { note: warning };
    }
}

// EXTERNAL MODULE: ./src/rollback/safety.ts + 1 modules
var safety = __webpack_require__(762);
;// CONCATENATED MODULE: ./src/rollback/rollback.ts





/**
 * The rollback action's whole job, one way through: plan (read the ledger once: what is live, the
 * target, the safety check) → take the environment and deploy the target as deploy does
 * (runRollbackDeployment: turn, command, verification) → record what was rolled back.
 */
async function runRollback(request, deps) {
    const { logger } = deps;
    const now = deps.now ?? Date.now;
    const ledger = new deploy_ledger/* DeploymentLedger */.td(deps.github, deps.repo, request.environment);
    const plan = await (0,rollback_plan/* planRollback */.I)(request, deps, ledger);
    const what = `the rollback of ${plan.environment} from ${plan.live.label} to ${plan.target.label}`;
    const warnings = [];
    if (plan.safety.stop) {
        return { status: 'stopped', plan, message: (0,safety/* describeStop */.Cw)(plan.safety, what), warnings };
    }
    if (plan.safety.force && (plan.safety.risky.length > 0 || plan.safety.incomplete)) {
        warnings.push(`The range ${plan.safety.range} changes migration or workflow files; rolling back anyway because force is true.`);
    }
    for (const warning of warnings)
        logger.warning(warning);
    const rolledBack = {
        id: plan.live.deploymentId,
        ref: plan.live.ref,
        sha: plan.live.sha,
        version: plan.live.release?.name ?? '',
    };
    const deployment = await (0,deploy/* runRollbackDeployment */.xU)({
        environment: plan.environment,
        // The commit the comparison found (what the safety check looked at): no second lookup.
        target: { ref: plan.target.tag.name, sha: plan.target.sha, version: plan.target.tag.name },
        rolledBack,
        reason: plan.reason,
        command: request.command,
        url: request.url,
        commandTimeoutMs: request.commandTimeoutMs,
        dryRun: request.dryRun,
        verify: request.verify,
    }, ledger, deps);
    if (request.dryRun) {
        return {
            status: 'dry-run',
            plan,
            deployment,
            message: `Dry run: ${plan.environment} would be rolled back from ${plan.live.label} to ${plan.target.label}; nothing was changed.`,
            warnings,
        };
    }
    if (deployment.status !== 'success') {
        return { status: 'failure', plan, deployment, message: deployment.message, warnings };
    }
    const restoreMs = now() - request.startedAt;
    const marked = await markRolledBack(plan, { deploymentId: deployment.deploymentId, restoreMs, at: new Date(now()).toISOString() }, deps, warnings);
    return {
        status: 'success',
        plan,
        deployment,
        restoreMs,
        marked,
        message: `Rolled back ${plan.environment} from ${plan.live.label} to ${plan.target.label} (deployment ${deployment.deploymentId}).`,
        warnings,
    };
}

// EXTERNAL MODULE: ./src/rollback/render.ts
var render = __webpack_require__(7418);
// EXTERNAL MODULE: ./src/actions/deployment-steps/deployment.ts
var deployment = __webpack_require__(2310);
// EXTERNAL MODULE: ./src/actions/rollback/inputs.ts
var rollback_inputs = __webpack_require__(3843);
;// CONCATENATED MODULE: ./src/actions/rollback/main.ts











async function run(source = lib_inputs/* envInputSource */.l) {
    // Time to restore counts from the start of this step (the process), not from the first request.
    const startedAt = Math.round(performance.timeOrigin);
    const inputs = (0,rollback_inputs.readInputs)(new lib_inputs/* InputReader */.i(source));
    const context = (0,github_context/* readRunContext */.$)();
    const repo = { owner: context.owner, repo: context.repo };
    const github = (0,client/* createGitHub */.Cl)({ token: inputs['github-token'], log: log/* log */.R.warning });
    let outcome;
    try {
        outcome = await (0,deployment/* withCancellation */.an)((signal) => runRollback({
            environment: inputs.environment,
            to: inputs.to,
            reason: inputs.reason,
            migrationPaths: inputs['migration-paths'],
            force: inputs.force,
            dryRun: inputs['dry-run'],
            command: inputs.command,
            url: inputs.url,
            commandTimeoutMs: inputs.timeout === undefined ? undefined : inputs.timeout * 60_000,
            verify: (0,deployment/* verifySettings */.$z)(inputs),
            startedAt,
        }, {
            github,
            repo,
            run: { url: context.runUrl, actor: context.triggeringActor || context.actor, serverUrl: context.serverUrl },
            logger: deployment/* coreLogger */.Wj,
            signal,
        }));
    }
    catch (error) {
        if (error instanceof deploy/* DeploymentCancelled */.zd) {
            await (0,deployment/* reportCancelled */.AI)(error, { deploymentsUrl: (0,deploy/* deploymentsPage */.wL)(context.serverUrl, repo, inputs.environment), runUrl: context.runUrl });
        }
        throw error;
    }
    const summary = (0,render/* renderRollbackSummary */.Z)(outcome);
    if (outcome.status === 'dry-run')
        log/* log */.R.info(summary);
    core/* setOutput */.uH('from', outcome.plan.live.release?.name ?? outcome.plan.live.ref);
    core/* setOutput */.uH('to', outcome.plan.target.tag.name);
    // As deploy: a dry run sets no deployment-id or status; a stopped rollback is a failure.
    if (outcome.status !== 'dry-run') {
        core/* setOutput */.uH('deployment-id', String(outcome.deployment?.deploymentId ?? ''));
        core/* setOutput */.uH('status', outcome.status === 'success' ? 'success' : 'failure');
    }
    await core/* summary */.z.addRaw(summary).write();
    if (outcome.status === 'stopped' || outcome.status === 'failure')
        throw new errors/* UserError */.yo(outcome.message);
    log/* log */.R.info(outcome.message);
}


/***/ })

};
