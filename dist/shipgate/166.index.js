export const id = 166;
export const ids = [166];
export const modules = {

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

/***/ 2166:
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
// EXTERNAL MODULE: ./src/deploy/runtime.ts
var runtime = __webpack_require__(971);
// EXTERNAL MODULE: ./src/rollback/plan.ts + 2 modules
var rollback_plan = __webpack_require__(9070);
// EXTERNAL MODULE: ./src/rollback/safety.ts + 1 modules
var safety = __webpack_require__(762);
// EXTERNAL MODULE: ./src/readiness/format.ts
var format = __webpack_require__(1453);
;// CONCATENATED MODULE: ./src/rehearsal/rehearse.ts






const REASON = 'rollback rehearsal';
async function runRehearsal(request, deps) {
    const now = deps.now ?? Date.now;
    const { environment } = request;
    // The environment's deployments are read once: the plan and the rollback step answer from them.
    const ledger = new deploy_ledger/* DeploymentLedger */.td(deps.github, deps.repo, environment);
    const plan = await (0,rollback_plan/* planRollback */.I)({ ...request, to: undefined, reason: REASON }, deps, ledger);
    const risky = plan.safety.risky.length > 0 || plan.safety.incomplete;
    const productionRefusal = risky ? (0,safety/* describeStop */.Cw)({ ...plan.safety, force: false, stop: true }, 'a rollback over this range') : undefined;
    const base = { plan, maxRestoreMs: request.maxRestoreMs, productionRefusal };
    if (plan.safety.stop) {
        return { ...base, status: 'stopped', steps: [], message: `${(0,safety/* describeStop */.Cw)(plan.safety, `the rehearsal on ${environment}`)} Nothing was deployed.` };
    }
    if (request.dryRun) {
        return { ...base, status: 'dry-run', steps: [], message: `Dry run: ${environment} would be rolled back from ${plan.live.label} to ${plan.target.label} and forward again; nothing was changed.` };
    }
    const live = { id: plan.live.deploymentId, ref: plan.live.ref, sha: plan.live.sha, version: plan.live.release?.name ?? '' };
    const common = { environment, command: request.command, url: request.url, commandTimeoutMs: request.commandTimeoutMs, dryRun: false, verify: request.verify };
    const steps = [];
    const step = async (name, to, run) => {
        const started = now();
        try {
            const outcome = await run();
            const ms = now() - started;
            const ok = outcome.status === 'success';
            steps.push({ name, to, outcome, ms, ok, message: outcome.message });
            return { created: outcome.deploymentId !== undefined };
        }
        catch (error) {
            // A refusal creates nothing; a cancel leaves the deployment with its final status and ends the run.
            if ((0,runtime/* isCancelled */.mm)(error, deps.signal))
                throw error;
            steps.push({ name, to, ms: now() - started, ok: false, message: error.message });
            return { created: false };
        }
    };
    const back = await step('roll back', plan.target.label, () => (0,deploy/* runRollbackDeployment */.xU)({ ...common, target: { ref: plan.target.tag.name, sha: plan.target.sha, version: plan.target.tag.name }, rolledBack: live, reason: `${REASON}: back to ${plan.target.tag.name}` }, ledger, deps));
    // Whatever happened, what was live goes back, unless the rollback was refused before it changed anything.
    if (back.created) {
        await step('roll forward', plan.live.label, () => 
        // force: the rehearsal's own rollback deployment names the live commit as rolled back, and a
        // forced deploy that succeeds lifts that record (the rolled-back release is never marked).
        (0,deploy/* runDeployment */.pw)({ ...common, ref: plan.live.release?.name ?? plan.live.sha, version: plan.live.release?.name, autoRollback: false, force: true }, deps));
    }
    const slow = steps.filter((each) => each.ok && each.ms > request.maxRestoreMs);
    const failed = steps.filter((each) => !each.ok);
    const forward = steps.find((each) => each.name === 'roll forward');
    let message;
    if (failed.length > 0) {
        const left = !back.created ? `${environment} was not changed` : forward?.ok ? `${environment} runs ${plan.live.label} again` : `${environment} could NOT be put back on ${plan.live.label}; deploy it by hand`;
        message = `The rollback rehearsal on ${environment} failed at "${failed[0].name}" (${failed[0].message.replace(/\.$/, '')}); ${left}.`;
    }
    else if (slow.length > 0) {
        message = `The rollback rehearsal on ${environment} took longer than the ${(0,format/* durationText */.S5)(request.maxRestoreMs)} allowed to ${slow.map((each) => each.name).join(' and ')} (${slow.map((each) => (0,format/* durationText */.S5)(each.ms)).join(' and ')}); ${environment} runs ${plan.live.label} again.`;
    }
    else {
        message = `Rolled ${environment} back to ${plan.target.label} and forward to ${plan.live.label}, each verified within the time allowed.`;
    }
    return { ...base, status: failed.length === 0 && slow.length === 0 ? 'success' : 'failure', steps, message };
}

// EXTERNAL MODULE: ./src/deploy/report.ts
var report = __webpack_require__(5505);
// EXTERNAL MODULE: ./src/lib/markdown.ts
var markdown = __webpack_require__(3862);
// EXTERNAL MODULE: ./src/rollback/render.ts
var render = __webpack_require__(7418);
;// CONCATENATED MODULE: ./src/rehearsal/render.ts




const HEADLINE = {
    success: '✅ Rollback rehearsal passed',
    failure: '❌ Rollback rehearsal failed',
    stopped: '⛔ Rollback rehearsal stopped',
    'dry-run': '📝 Rollback rehearsal plan (dry run)',
};
/** The job summary: both steps with their times to restore, the safety check, and each deployment. */
function renderRehearsalSummary(outcome) {
    const { plan } = outcome;
    const lines = [`## ${HEADLINE[outcome.status]}: ${(0,markdown/* markdownText */.p)(plan.environment)}`, '', (0,markdown/* markdownText */.p)(outcome.message), ''];
    lines.push('| step | to | deployment | result | time to restore | allowed |', '| --- | --- | --- | --- | --- | --- |');
    for (const step of outcome.steps) {
        const id = step.outcome?.deploymentId;
        lines.push(`| ${step.name} | ${(0,markdown/* markdownText */.p)(step.to)} | ${id ?? '—'} | ${step.ok ? (step.ms <= outcome.maxRestoreMs ? '✅' : '⏱️ too slow') : '❌'} | ${(0,format/* durationText */.S5)(step.ms)} | ${(0,format/* durationText */.S5)(outcome.maxRestoreMs)} |`);
    }
    if (outcome.steps.length === 0)
        lines.push(`| roll back | ${(0,markdown/* markdownText */.p)(plan.target.label)} | — | not run | — | ${(0,format/* durationText */.S5)(outcome.maxRestoreMs)} |`);
    lines.push('', `Live before the rehearsal: ${(0,markdown/* markdownText */.p)(plan.live.label)} (deployment ${plan.live.deploymentId}). Time to restore runs from the start of a step to its verified deployment.`, '');
    lines.push(...(0,render/* renderSafety */.l)(plan.safety));
    lines.push(outcome.productionRefusal ? `In production, the rollback action would refuse this range: ${(0,markdown/* markdownText */.p)(outcome.productionRefusal)}` : 'In production, the rollback action would accept this range.', '');
    for (const step of outcome.steps)
        if (step.outcome)
            lines.push((0,report/* renderSummary */.B)(step.outcome), '');
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/actions/deployment-steps/deployment.ts
var deployment = __webpack_require__(2310);
// EXTERNAL MODULE: ./src/actions/rehearsal/inputs.ts
var rehearsal_inputs = __webpack_require__(9474);
;// CONCATENATED MODULE: ./src/actions/rehearsal/main.ts










async function run(source = lib_inputs/* envInputSource */.l) {
    const startedAt = Math.round(performance.timeOrigin);
    const inputs = (0,rehearsal_inputs.readInputs)(new lib_inputs/* InputReader */.i(source));
    const context = (0,github_context/* readRunContext */.$)();
    const repo = { owner: context.owner, repo: context.repo };
    const github = (0,client/* createGitHub */.Cl)({ token: inputs['github-token'], log: log/* log */.R.warning });
    // A cancelled run still says it failed (the step's deployment has its final status already).
    const outcome = await (0,deployment/* withCancellation */.an)((signal) => runRehearsal({
        environment: inputs.environment,
        migrationPaths: inputs['migration-paths'],
        force: inputs.force,
        dryRun: inputs['dry-run'],
        command: inputs.command,
        url: inputs.url,
        commandTimeoutMs: inputs.timeout === undefined ? undefined : inputs.timeout * 60_000,
        verify: (0,deployment/* verifySettings */.$z)(inputs),
        maxRestoreMs: inputs['max-restore-time'] * 60_000,
        startedAt,
    }, {
        github,
        repo,
        run: { url: context.runUrl, actor: context.triggeringActor || context.actor, serverUrl: context.serverUrl },
        logger: deployment/* coreLogger */.Wj,
        signal,
    })).catch((error) => {
        core/* setOutput */.uH('status', 'failure');
        throw error;
    });
    const summary = renderRehearsalSummary(outcome);
    if (outcome.status === 'dry-run')
        log/* log */.R.info(summary);
    const [back, forward] = [outcome.steps.find((each) => each.name === 'roll back'), outcome.steps.find((each) => each.name === 'roll forward')];
    core/* setOutput */.uH('from', outcome.plan.live.release?.name ?? outcome.plan.live.ref);
    core/* setOutput */.uH('to', outcome.plan.target.tag.name);
    core/* setOutput */.uH('restore-seconds', back ? String(Math.round(back.ms / 1000)) : '');
    core/* setOutput */.uH('forward-seconds', forward ? String(Math.round(forward.ms / 1000)) : '');
    if (outcome.status !== 'dry-run')
        core/* setOutput */.uH('status', outcome.status === 'success' ? 'success' : 'failure');
    await core/* summary */.z.addRaw(summary).write();
    if (outcome.status === 'stopped' || outcome.status === 'failure')
        throw new errors/* UserError */.yo(outcome.message);
    log/* log */.R.info(outcome.message);
}


/***/ }),

/***/ 1453:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ew: () => (/* binding */ dayText),
/* harmony export */   JZ: () => (/* binding */ median),
/* harmony export */   Kn: () => (/* binding */ windowText),
/* harmony export */   S5: () => (/* binding */ durationText),
/* harmony export */   _v: () => (/* binding */ floorText),
/* harmony export */   kh: () => (/* binding */ isoDay),
/* harmony export */   n: () => (/* binding */ ceilText)
/* harmony export */ });
/**
 * How the launch report writes its figures. Durations judged against a maximum are rounded up to
 * the unit shown, and rates judged against a minimum are rounded down, so a figure never reads as
 * meeting a target its exact value misses.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** "42 s", "12 min", "3 h 05 min", "2 d 4 h" (rounded up to the unit shown). */
function durationText(ms) {
    if (!Number.isFinite(ms) || ms < 0)
        return 'unknown';
    if (ms < MINUTE)
        return `${Math.ceil(ms / 1000)} s`;
    if (ms < HOUR)
        return `${Math.ceil(ms / MINUTE)} min`;
    if (ms < 48 * HOUR) {
        const minutes = Math.ceil(ms / MINUTE);
        const rest = minutes % 60;
        return rest === 0 ? `${minutes / 60} h` : `${Math.floor(minutes / 60)} h ${String(rest).padStart(2, '0')} min`;
    }
    const hours = Math.ceil(ms / HOUR);
    return hours % 24 === 0 ? `${hours / 24} d` : `${Math.floor(hours / 24)} d ${hours % 24} h`;
}
/** A number rounded down to at most `digits` decimals, without trailing zeros. */
function floorText(value, digits = 2) {
    const scale = 10 ** digits;
    return String(Math.floor(value * scale + 1e-9) / scale);
}
/** A number rounded up to at most `digits` decimals, without trailing zeros. */
function ceilText(value, digits = 2) {
    const scale = 10 ** digits;
    return String(Math.ceil(value * scale - 1e-9) / scale);
}
/** "Nov 6" in UTC (the report's weeks are UTC). */
function dayText(ms) {
    return new Date(ms).toLocaleDateString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
}
/** "2026-11-06" in UTC. */
function isoDay(ms) {
    return new Date(ms).toISOString().slice(0, 10);
}
/** "30 days to 2026-12-06" */
function windowText(window) {
    const days = (window.end - window.start) / (24 * HOUR);
    return `${Number.isInteger(days) ? days : floorText(days, 1)} days to ${isoDay(window.end)}`;
}
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}


/***/ })

};
