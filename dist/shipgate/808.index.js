export const id = 808;
export const ids = [808,950];
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


/***/ }),

/***/ 9808:
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
;// CONCATENATED MODULE: ./src/approval/approvers.ts
const teamName = (team) => `${team.org}/${team.slug}`;
const sameLogin = (a, b) => a.toLowerCase() === b.toLowerCase();
function parseApprovers(entries) {
    const users = [];
    const teams = [];
    for (const entry of entries) {
        const value = entry.replace(/^@/, '');
        const slash = value.indexOf('/');
        if (slash > 0) {
            const team = { org: value.slice(0, slash), slug: value.slice(slash + 1) };
            if (!teams.some((known) => sameLogin(teamName(known), teamName(team))))
                teams.push(team);
        }
        else if (!users.some((known) => sameLogin(known, value))) {
            users.push(value);
        }
    }
    return { users, teams };
}
/** The logins of whoever started the run: GITHUB_ACTOR, GITHUB_TRIGGERING_ACTOR and the payload's sender. */
function startedBy(actor, triggeringActor, payload) {
    const sender = payload.sender?.login;
    const logins = [actor, triggeringActor, typeof sender === 'string' ? sender : ''];
    return [...new Set(logins.filter(Boolean).map((login) => login.toLowerCase()))];
}
const isStarter = (rules, login) => rules.startedBy.includes(login.toLowerCase());
/** Listed users who can approve (the run's starter cannot, unless self-approval is allowed). */
function eligibleUsers(rules) {
    return rules.users.filter((user) => rules.allowSelfApproval || !isStarter(rules, user));
}
/**
 * A configuration that can never be approved, as one sentence, or undefined. Only decidable
 * when no team is listed: a team's size is not known without reading its member list.
 */
function impossibleApproval(rules) {
    if (rules.teams.length > 0)
        return undefined;
    const eligible = eligibleUsers(rules);
    if (eligible.length >= rules.minimumApprovals)
        return undefined;
    const excluded = rules.users.filter((user) => !eligible.includes(user));
    const who = eligible.length === 0 ? 'none of the listed approvers' : `only ${eligible.length} listed approver${eligible.length === 1 ? '' : 's'} (${eligible.join(', ')})`;
    const why = excluded.length > 0 ? ` since ${excluded.join(', ')} started the run and allow-self-approval is false` : '';
    return `Input "minimum-approvals" is ${rules.minimumApprovals}, but ${who} can approve${why}; list more approvers or an org/team slug, or lower minimum-approvals.`;
}
/**
 * Answers "may this login answer?" and remembers the answer per login for the run, so a busy
 * issue costs at most one membership request per commenter and team.
 */
class ApproverDirectory {
    rules;
    membership;
    cache = new Map();
    constructor(rules, membership) {
        this.rules = rules;
        this.membership = membership;
    }
    standing(login) {
        const key = login.toLowerCase();
        let found = this.cache.get(key);
        if (!found) {
            found = this.lookUp(login);
            // A failed lookup (an API error) is not remembered: the next poll asks again.
            found.catch(() => this.cache.delete(key));
            this.cache.set(key, found);
        }
        return found;
    }
    async lookUp(login) {
        if (this.rules.users.some((user) => sameLogin(user, login)))
            return { allowed: true, via: 'listed' };
        for (const team of this.rules.teams) {
            if (await this.membership(team, login))
                return { allowed: true, via: teamName(team) };
        }
        return { allowed: false };
    }
}

;// CONCATENATED MODULE: ./src/approval/changes.ts

/**
 * Two requests (the latest release, one short page of the comparison); undefined when there is no
 * release yet or the lookup fails: the issue is still worth opening without the list.
 */
async function changesSinceLatestRelease(github, repo, sha, log, limit = 20) {
    if (!sha)
        return undefined;
    try {
        const { data: release } = await (0,client/* api */.FH)('read the latest release', () => github.rest.repos.getLatestRelease(repo));
        const { data: compare } = await (0,client/* api */.FH)('compare the latest release with the commit waiting for approval', () => github.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: `${release.tag_name}...${sha}`, per_page: limit }));
        return {
            base: release.tag_name,
            total: compare.total_commits,
            commits: compare.commits.slice(0, limit).map((commit) => ({
                sha: commit.sha,
                subject: commit.commit.message.split('\n', 1)[0],
                author: commit.author?.login ?? commit.commit.author?.name ?? '',
            })),
            compareUrl: compare.html_url,
        };
    }
    catch (error) {
        if ((0,client/* httpStatus */.nG)(error) !== 404)
            log(`The commits since the latest release are left out of the issue: ${error.message}`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/approval/comments.ts
const APPROVE_WORDS = ['approve', 'approved', 'lgtm', 'yes'];
const DENY_WORDS = ['deny', 'denied', 'no'];
const WORDS = new Map([
    ...APPROVE_WORDS.map((word) => [word, 'approve']),
    ...DENY_WORDS.map((word) => [word, 'deny']),
]);
const ANSWER = /^\/?([a-z]+)[.!]*$/;
function classifyComment(body) {
    const firstLine = body.replace(/^\uFEFF/, '').trimStart().split(/\r?\n/, 1)[0].trim().toLowerCase();
    const match = ANSWER.exec(firstLine);
    return match ? WORDS.get(match[1]) : undefined;
}
/** Bots never vote: GitHub Apps have type Bot, and their logins end in [bot]. */
function isBot(user) {
    return user.userType === 'Bot' || /\[bot\]$/i.test(user.login);
}

;// CONCATENATED MODULE: ./src/approval/tally.ts


const written = (comment) => Date.parse(comment.updatedAt || comment.createdAt) || 0;
/** A comment whose text changed after it was posted (GitHub moves updated_at on every edit). */
const wasEdited = (comment) => Boolean(comment.updatedAt) && Boolean(comment.createdAt) && Date.parse(comment.updatedAt) > Date.parse(comment.createdAt);
/** Each person's last word, keyed by lower-cased login; bots and vote-less comments are skipped. */
function lastWords(comments) {
    const ordered = [...comments].sort((a, b) => written(a) - written(b) || a.id - b.id);
    const ballots = new Map();
    for (const comment of ordered) {
        if (!comment.login || isBot(comment))
            continue;
        const vote = classifyComment(comment.body);
        if (!vote || (vote === 'approve' && wasEdited(comment)))
            continue;
        ballots.set(comment.login.toLowerCase(), {
            login: comment.login,
            vote,
            at: comment.updatedAt || comment.createdAt,
            commentId: comment.id,
            htmlUrl: comment.htmlUrl,
        });
    }
    return ballots;
}
function tally(ballots, standings, rules) {
    const approvals = [];
    const denials = [];
    const ignored = [];
    const byTime = [...ballots].sort((a, b) => (Date.parse(a.at) || 0) - (Date.parse(b.at) || 0) || a.commentId - b.commentId);
    for (const ballot of byTime) {
        const standing = standings.get(ballot.login.toLowerCase());
        if (!standing?.allowed) {
            ignored.push({ ...ballot, reason: 'not an approver' });
        }
        else if (ballot.vote === 'deny') {
            // Stopping one's own run is always allowed: self-approval is the conflict of interest.
            denials.push({ ...ballot, via: standing.via });
        }
        else if (!rules.allowSelfApproval && isStarter(rules, ballot.login)) {
            ignored.push({ ...ballot, reason: 'started the run' });
        }
        else {
            approvals.push({ ...ballot, via: standing.via });
        }
    }
    const denial = denials[0];
    const waitingFor = eligibleUsers(rules)
        .filter((user) => !approvals.some((ballot) => sameLogin(ballot.login, user)))
        .concat(rules.teams.map((team) => approvals.some((ballot) => ballot.via === teamName(team)) ? `another member of ${teamName(team)}` : `a member of ${teamName(team)}`));
    return {
        approvals,
        denial,
        ignored,
        approved: !denial && approvals.length >= rules.minimumApprovals,
        waitingFor,
    };
}
/** "a", "a and b", "a, b and c"; joined with `or` for alternatives. */
function joinNames(names, conjunction = 'and') {
    if (names.length <= 1)
        return names[0] ?? '';
    return `${names.slice(0, -1).join(', ')} ${conjunction} ${names[names.length - 1]}`;
}

;// CONCATENATED MODULE: ./src/approval/environment.ts


/**
 * `approval: environment` relies on the environment's required reviewers to hold the deploy job.
 * GitHub creates a missing environment on first use with no protection rules, and required
 * reviewers are not offered on every plan, so without this check such a deploy would run
 * unapproved. A wait timer alone is no human. Returns the sentence the step logs when a human
 * must approve; throws a one-sentence UserError when nobody would be asked.
 */
function requireEnvironmentReviewers(name, protection) {
    const fix = `add required reviewers to it (Settings → Environments → ${name}), or use approval: issue in pipeline.yml (only approval: none ships without a human)`;
    if (!protection) {
        throw new errors/* UserError */.yo(`Environment "${name}" does not exist, so GitHub would create it without required reviewers and the deploy would run unapproved: ${fix}.`);
    }
    if (protection.reviewers.length === 0) {
        throw new errors/* UserError */.yo(`Environment "${name}" has no required reviewers, so the deploy would run unapproved: ${fix}.`);
    }
    const self = protection.preventSelfReview ? '; whoever started the run cannot approve it' : '';
    return `Environment "${name}" holds each deploy until one of ${joinNames(protection.reviewers, 'or')} approves it${self}.`;
}

// EXTERNAL MODULE: ./src/lib/duration.ts
var duration = __webpack_require__(2543);
// EXTERNAL MODULE: ./src/lib/sha.ts
var lib_sha = __webpack_require__(3673);
// EXTERNAL MODULE: ./src/lib/markdown.ts
var markdown = __webpack_require__(3862);
;// CONCATENATED MODULE: ./src/approval/render.ts






/** "v1.4.0 to production", "abc1234 to staging", "v1.4.0", "this run". */
function describeSubject(subject) {
    const what = subject.version || (subject.sha ? (0,lib_sha/* shortSha */.F)(subject.sha) : '');
    if (what && subject.environment)
        return `${what} to ${subject.environment}`;
    if (subject.environment)
        return `the deployment to ${subject.environment}`;
    return what || 'this run';
}
function defaultTitle(subject) {
    return `Approval needed: ${describeSubject(subject)}`;
}
/** Who may answer, for people: "@alice, @bob or a member of @acme/release". */
function describeApprovers(rules, mention = true) {
    const at = mention ? '@' : '';
    const names = [...rules.users.map((user) => `${at}${user}`), ...rules.teams.map((team) => `a member of ${at}${teamName(team)}`)];
    return joinNames(names, 'or');
}
function selfRule(rules) {
    if (rules.allowSelfApproval)
        return 'The person who started the run may approve it (allow-self-approval).';
    return rules.startedBy.length > 0
        ? `${joinNames(rules.startedBy)} started the run and cannot approve it (a deny still counts).`
        : 'The person who started the run cannot approve it.';
}
const code = (words) => joinNames(words.map((word) => `\`${word}\``), 'or');
function renderIssue(subject, rules, timeoutMs, deadline, title) {
    const rows = [];
    if (subject.environment)
        rows.push(['Environment', (0,markdown/* codeSpan */.S)(subject.environment)]);
    if (subject.version)
        rows.push(['Version', (0,markdown/* codeSpan */.S)(subject.version)]);
    if (subject.sha)
        rows.push(['Commit', `${subject.serverUrl}/${subject.repository}/commit/${subject.sha}`]);
    rows.push(['Workflow run', `[${(0,markdown/* markdownText */.p)(subject.workflow || 'workflow run')}](${subject.runUrl})`]);
    if (rules.startedBy.length > 0)
        rows.push(['Started by', joinNames(rules.startedBy)]);
    rows.push(['Who may answer', describeApprovers(rules)]);
    rows.push(['Approvals needed', rules.minimumApprovals === 1 ? '1' : `${rules.minimumApprovals}, from different people`]);
    rows.push(['Times out', `${deadline.toISOString().replace(/\.\d{3}Z$/, 'Z')} (after ${(0,duration/* formatDurationInWords */.c)(timeoutMs)})`]);
    const lines = [
        `**${(0,markdown/* markdownText */.p)(describeSubject(subject))}** is waiting for approval.`,
        '',
        '| | |',
        '|---|---|',
        ...rows.map(([name, value]) => `| ${name} | ${value} |`),
        '',
        '### How to answer',
        '',
        `Comment ${code(APPROVE_WORDS)} to approve, or ${code(DENY_WORDS)} to deny; a leading \`/\` (\`/approve\`) and a trailing \`.\` or \`!\` are fine.`,
        'The word must be alone on the first line of the comment; a reason can follow on the next lines.',
        'Each person\'s last word counts; deleting a comment withdraws its answer. An edited comment never approves (GitHub does not say who edited it): to approve after all, post a new comment.',
        `A deny from anyone who may answer stops the run. ${selfRule(rules)} Comments from bots and from people who may not answer are ignored.`,
    ];
    if (subject.changes) {
        const { base, total, commits, compareUrl } = subject.changes;
        lines.push('', `### ${total} commit${total === 1 ? '' : 's'} since ${base}`, '');
        for (const commit of commits) {
            lines.push(`- ${(0,lib_sha/* shortSha */.F)(commit.sha)} ${(0,markdown/* markdownText */.p)(commit.subject)}${commit.author ? ` (${(0,markdown/* markdownText */.p)(commit.author)})` : ''}`);
        }
        if (total > commits.length)
            lines.push(`- … and ${total - commits.length} more: ${compareUrl}`);
        else
            lines.push('', `Compare: ${compareUrl}`);
    }
    // The body input usually brings its own headings (coverage, staging verification).
    if (subject.details)
        lines.push('', ...(subject.details.startsWith('#') ? [] : ['### Details', '']), subject.details);
    lines.push('', '<sub>Opened by shipgate approval; it closes this issue with the outcome.</sub>');
    return { title: title || defaultTitle(subject), body: lines.join('\n') };
}
/** One progress line per poll. */
function describeProgress(tally, rules) {
    const have = `${tally.approvals.length} of ${rules.minimumApprovals} approval${rules.minimumApprovals === 1 ? '' : 's'}`;
    const who = tally.approvals.length > 0 ? ` (${joinNames(tally.approvals.map((ballot) => ballot.login))})` : '';
    const waiting = tally.waitingFor.length > 0 ? `; waiting for ${joinNames(tally.waitingFor, 'or')}` : '';
    return `${have}${who}${waiting}`;
}
/** Who may approve, for the dry-run plan and the log. */
function describeRules(rules) {
    const eligible = eligibleUsers(rules);
    const excluded = rules.users.filter((user) => isStarter(rules, user) && !rules.allowSelfApproval);
    const names = [...eligible, ...rules.teams.map((team) => `any member of ${teamName(team)}`)];
    const note = excluded.length > 0 ? ` (${joinNames(excluded)} started the run and cannot approve it)` : '';
    return `${rules.minimumApprovals} distinct approval${rules.minimumApprovals === 1 ? '' : 's'} from ${joinNames(names, 'or') || 'nobody'}${note}`;
}

;// CONCATENATED MODULE: ./src/approval/plan.ts
/** What the gate will do, decided before any issue is opened: the issue, who may answer, how long to wait. */




const APPROVAL_LABEL = { name: 'shipgate-approval', color: 'd93f0b', description: 'A shipgate run waits for approval here' };
/** The longest wait between two polls of the comments (the gate backs off up to it). */
const MAX_POLL_MS = 60_000;
/** GitHub allows at most 10 assignees on an issue. */
const MAX_ASSIGNEES = 10;
/**
 * A job whose `timeout-minutes` equals the approval's timeout is stopped by the runner at that
 * minute, and the job started a little before the action did: ending the wait up to a minute
 * early (a tenth of a short wait) leaves time to record the outcome in the issue. GitHub's
 * expressions have no arithmetic, so pipeline.yml cannot give the job the extra minute instead.
 */
const closingReserveMs = (timeoutMs) => Math.min(60_000, Math.floor(timeoutMs / 10));
/**
 * Refuse, before any issue is opened, a listed team the token cannot see: GitHub answers 404 to
 * GITHUB_TOKEN for every org team, which would otherwise read as "not a member" and ignore every
 * team member's answer until the gate times out.
 */
async function checkTeamsVisible(rules, visible) {
    for (const team of rules.teams) {
        if (!(await visible(team))) {
            throw new errors/* UserError */.yo(`Team ${teamName(team)} is not visible to the github-token (GitHub answers 404 to a token that may not read the organization's teams, GITHUB_TOKEN included), so its members' answers could never count: pass a token with read:org as teams-token (the approval-token secret of pipeline.yml), or list the approvers' logins.`);
        }
    }
}
/** Refuse, in one sentence, approvers that can never reach minimum-approvals. */
function checkRules(rules) {
    const impossible = impossibleApproval(rules);
    if (impossible)
        throw new errors/* UserError */.yo(impossible);
}
function planApproval(options) {
    const { subject, rules, timeoutMs, pollIntervalMs } = options;
    const reserve = options.closingReserveMs ?? 0;
    checkRules(rules);
    const content = renderIssue(subject, rules, timeoutMs, new Date(options.now + timeoutMs - reserve), options.title);
    const assignees = rules.users.filter((user) => rules.allowSelfApproval || !rules.startedBy.includes(user.toLowerCase())).slice(0, MAX_ASSIGNEES);
    return { subject, rules, issue: { ...content, labels: [APPROVAL_LABEL.name], assignees }, timeoutMs, closingReserveMs: reserve, pollIntervalMs };
}
/** The plan as the dry run prints it. */
function describePlan(plan) {
    return [
        `Dry run: no issue is opened. The plan for ${describeSubject(plan.subject)}:`,
        `Issue title: ${plan.issue.title}`,
        `Labels: ${plan.issue.labels.join(', ')}; assignees: ${plan.issue.assignees.join(', ') || 'none'}`,
        `Who may approve: ${describeRules(plan.rules)}.`,
        `Waits up to ${(0,duration/* formatDurationInWords */.c)(plan.timeoutMs)}, checking the comments every ${(0,duration/* formatDurationInWords */.c)(plan.pollIntervalMs)} at first and backing off to ${(0,duration/* formatDurationInWords */.c)(Math.max(plan.pollIntervalMs, MAX_POLL_MS))}.`,
        'Issue body:',
        plan.issue.body,
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/approval/record.ts




const approvalsOf = (result, plan) => {
    const { approvals } = result.tally;
    const count = `${approvals.length} of ${plan.rules.minimumApprovals} approval${plan.rules.minimumApprovals === 1 ? '' : 's'}`;
    return approvals.length > 0 ? `${count} (${joinNames(approvals.map((ballot) => ballot.login))})` : count;
};
function outcomeSentence(result, plan) {
    const what = describeSubject(plan.subject);
    const { tally, issue } = result;
    switch (result.outcome) {
        case 'approved':
            return `${what} was approved by ${joinNames(tally.approvals.map((ballot) => ballot.login))} in ${issue.htmlUrl}.`;
        case 'denied':
            return `${tally.denial?.login ?? 'An approver'} denied ${what} in ${tally.denial?.htmlUrl ?? issue.htmlUrl}.`;
        case 'timed-out': {
            const silent = tally.waitingFor.length > 0 ? `${joinNames(tally.waitingFor)} did not answer` : 'nobody else may approve';
            return `No approval of ${what} within ${(0,duration/* formatDurationInWords */.c)(plan.timeoutMs)}: ${approvalsOf(result, plan)} in ${issue.htmlUrl}, and ${silent}.`;
        }
        case 'cancelled':
            return `The run was cancelled while ${what} waited for approval with ${approvalsOf(result, plan)}; ${issue.htmlUrl} was closed.`;
    }
}
const record_link = (ballot) => `${ballot.login} ([comment](${ballot.htmlUrl}))`;
function outcomeComment(result, plan) {
    const { tally } = result;
    const run = plan.subject.runUrl;
    switch (result.outcome) {
        case 'approved':
            return `✅ **Approved** by ${joinNames(tally.approvals.map(record_link))}. The [workflow run](${run}) continues.`;
        case 'denied':
            return `❌ **Denied** by ${tally.denial ? record_link(tally.denial) : 'an approver'}. The [workflow run](${run}) stops.`;
        case 'timed-out': {
            const silent = tally.waitingFor.length > 0 ? `; ${joinNames(tally.waitingFor)} did not answer` : '';
            return `⌛ **Timed out** after ${(0,duration/* formatDurationInWords */.c)(plan.timeoutMs)} with ${approvalsOf(result, plan)}${silent}. The [workflow run](${run}) stops; answers here no longer count.`;
        }
        case 'cancelled':
            return `🚫 **Cancelled**: the [workflow run](${run}) was cancelled before a decision; answers here no longer count.`;
    }
}
const TITLES = {
    approved: '✅ Approved',
    denied: '❌ Denied',
    'timed-out': '⌛ Timed out',
    cancelled: '🚫 Cancelled',
};
function renderSummary(result, plan) {
    const { tally, issue } = result;
    const lines = [
        `## Approval: ${TITLES[result.outcome]}`,
        '',
        `**${(0,markdown/* markdownText */.p)(describeSubject(plan.subject))}** — issue [#${issue.number}](${issue.htmlUrl}), decided ${result.decidedAt}.`,
        '',
        (0,markdown/* markdownText */.p)(result.message),
        '',
    ];
    const rows = [
        ...tally.approvals.map((ballot) => ({ ballot, counted: `yes (${ballot.via === 'listed' ? 'listed approver' : `member of ${ballot.via}`})` })),
        ...(tally.denial ? [{ ballot: tally.denial, counted: `yes: decides (${tally.denial.via === 'listed' ? 'listed approver' : `member of ${tally.denial.via}`})` }] : []),
        ...tally.ignored.map((ballot) => ({ ballot, counted: `no: ${ballot.reason}` })),
    ].sort((a, b) => a.ballot.at.localeCompare(b.ballot.at));
    if (rows.length > 0) {
        lines.push('| Who | Answer | When | Comment | Counted |', '|---|---|---|---|---|');
        for (const { ballot, counted } of rows) {
            lines.push(`| ${(0,markdown/* markdownText */.p)(ballot.login)} | ${ballot.vote} | ${ballot.at} | [comment](${ballot.htmlUrl}) | ${(0,markdown/* markdownText */.p)(counted)} |`);
        }
    }
    else {
        lines.push('Nobody answered.');
    }
    lines.push('', `Needed ${plan.rules.minimumApprovals} distinct approval${plan.rules.minimumApprovals === 1 ? '' : 's'}; started by ${joinNames(plan.rules.startedBy) || 'unknown'}; [workflow run](${plan.subject.runUrl}).`);
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/approval/gate.ts






const systemClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => new Promise((resolve) => {
        if (signal?.aborted)
            return resolve();
        const done = () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        };
        const timer = setTimeout(done, ms);
        signal?.addEventListener('abort', done, { once: true });
    }),
};
/** Backoff: each quiet poll waits 1.5 times longer, up to MAX_POLL_MS; any new answer resets it. */
const BACKOFF = 1.5;
/**
 * `since` is set this far before the newest updated_at seen: GitHub's timestamps have whole
 * seconds and a comment can become visible shortly after a newer one. Re-reading a few comments
 * is harmless (they are merged by id).
 */
const SINCE_OVERLAP_MS = 30_000;
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
async function awaitApproval(plan, deps) {
    const { port, log, signal } = deps;
    const clock = deps.clock ?? systemClock;
    const { rules } = plan;
    const directory = new ApproverDirectory(rules, port.membership);
    const what = describeSubject(plan.subject);
    const issue = await port.createIssue(plan.issue);
    deps.onIssueOpened?.(issue);
    if (!issue.assigned)
        log.warning(`Issue #${issue.number} was opened without assignees: GitHub refused to assign ${plan.issue.assignees.join(', ')}.`);
    const started = clock.now();
    const deadline = started + plan.timeoutMs - plan.closingReserveMs;
    log.info(`Waiting for approval of ${what} in ${issue.htmlUrl}: ${describeRules(rules)}; times out after ${(0,duration/* formatDurationInWords */.c)(plan.timeoutMs)}.`);
    const known = new Map();
    const reported = new Set();
    let newest = Date.parse(issue.createdAt) || started;
    /** Read comments (all of them, or those updated since the newest seen); true when any changed. */
    const read = async (full) => {
        const since = full ? undefined : iso(newest - SINCE_OVERLAP_MS);
        const comments = await port.listComments(issue.number, since);
        const previous = new Map(known);
        let changed = false;
        if (full) {
            changed = comments.length !== known.size;
            known.clear();
        }
        for (const comment of comments) {
            const before = previous.get(comment.id);
            if (!before || before.body !== comment.body || before.updatedAt !== comment.updatedAt)
                changed = true;
            known.set(comment.id, comment);
            newest = Math.max(newest, Date.parse(comment.updatedAt) || 0);
        }
        return changed;
    };
    const count = async () => {
        const ballots = lastWords([...known.values()]);
        const standings = new Map();
        for (const [key, ballot] of ballots)
            standings.set(key, await directory.standing(ballot.login));
        const result = tally(ballots.values(), standings, rules);
        for (const ballot of result.ignored) {
            const key = `${ballot.commentId}@${ballot.at}`;
            if (reported.has(key))
                continue;
            reported.add(key);
            const why = ballot.reason === 'started the run'
                ? 'started the run and allow-self-approval is false'
                : rules.teams.length > 0
                    ? 'is not a listed approver or an active member of a listed team (as far as the github-token can see team membership)'
                    : 'is not a listed approver';
            log.info(`Ignoring ${ballot.vote} from ${ballot.login} (${ballot.htmlUrl}): ${ballot.login} ${why}.`);
        }
        return result;
    };
    const finish = async (outcome, result) => {
        const decided = { outcome, issue, tally: result, decidedAt: iso(clock.now()), message: '' };
        decided.message = outcomeSentence(decided, plan);
        try {
            await port.comment(issue.number, outcomeComment(decided, plan));
            await port.close(issue.number, outcome === 'approved' ? 'completed' : 'not_planned');
        }
        catch (error) {
            // The decision stands; an issue left open is tidied by hand.
            log.warning(`Issue #${issue.number} could not be closed with the outcome: ${error.message}`);
        }
        return decided;
    };
    let interval = plan.pollIntervalMs;
    let current = tally([], new Map(), rules);
    try {
        for (;;) {
            if (signal?.aborted)
                return await finish('cancelled', current);
            const final = clock.now() >= deadline;
            const changed = await read(final);
            current = await count();
            if ((current.denial || current.approved) && !final) {
                // Confirm a decision on the full list: a comment deleted since it was read leaves no trace
                // in a `since` listing.
                await read(true);
                current = await count();
            }
            if (current.denial)
                return await finish('denied', current);
            if (current.approved)
                return await finish('approved', current);
            if (final)
                return await finish('timed-out', current);
            if (changed)
                interval = plan.pollIntervalMs;
            const wait = Math.max(0, Math.min(interval, deadline - clock.now()));
            interval = Math.min(Math.max(plan.pollIntervalMs, MAX_POLL_MS), interval * BACKOFF);
            log.info(`${describeProgress(current, rules)}; next check in ${(0,duration/* formatDurationInWords */.c)(wait)}, ${(0,duration/* formatDurationInWords */.c)(Math.max(0, deadline - clock.now()))} left.`);
            await clock.sleep(wait, signal);
        }
    }
    catch (error) {
        // Nothing is left half-done: the issue says why nobody needs to answer any more.
        await port
            .comment(issue.number, `⚠️ shipgate stopped waiting for approval because of an error: ${error instanceof Error ? error.message : String(error)}`)
            .then(() => port.close(issue.number, 'not_planned'))
            .catch(() => undefined);
        throw error;
    }
}

// EXTERNAL MODULE: ./src/github/checks.ts
var checks = __webpack_require__(6250);
// EXTERNAL MODULE: ./src/github/create-once.ts
var create_once = __webpack_require__(4633);
;// CONCATENATED MODULE: ./src/github/issues.ts


/**
 * Create a label unless it exists. Returns false (and does not throw) when it could not be
 * created: GitHub also creates a missing label when an issue names it, just without our colour.
 */
async function ensureLabel(github, repo, label) {
    try {
        // No retries: the label is a nicety, not worth a backoff before the issue is opened.
        await github.rest.issues.createLabel({ ...repo, ...label, request: { retries: 0 } });
        return true;
    }
    catch (error) {
        // 422 already_exists is the common case on every run after the first.
        return (0,client/* httpStatus */.nG)(error) === 422;
    }
}
function toIssue(data) {
    return { number: data.number, htmlUrl: data.html_url, createdAt: data.created_at, state: data.state };
}
/**
 * Open an issue. Assignees are best-effort: GitHub answers 422 when one of them cannot be
 * assigned (not a collaborator, unknown login), so the issue is then created without them and
 * `assigned` says so.
 */
async function createIssue(github, repo, issue) {
    const assignees = issue.assignees ?? [];
    // A hidden marker finds the issue again when the answer of its creation is lost (createOnce).
    const mark = (0,create_once/* hiddenMarker */.z0)((0,create_once/* newMark */.e0)());
    const body = `${issue.body}\n\n${mark}`;
    const since = sinceNow();
    const open = (withAssignees) => (0,create_once/* createOnce */.Ur)({
        what: 'create the approval issue',
        create: async () => toIssue((await github.rest.issues.create({ ...repo, title: issue.title, body, labels: issue.labels, ...(withAssignees ? { assignees } : {}), request: create_once/* ONE_ATTEMPT */.FY })).data),
        find: async () => {
            const { data } = await github.rest.issues.listForRepo({ ...repo, state: 'all', sort: 'created', direction: 'desc', since, per_page: 100 });
            const found = data.find((each) => each.body?.includes(mark));
            return found ? toIssue(found) : undefined;
        },
    }, (0,create_once/* clientOptions */.s1)(github));
    if (assignees.length > 0) {
        try {
            return { ...(await open(true)).value, assigned: true };
        }
        catch (error) {
            if ((0,client/* httpStatus */.nG)(error) !== 422)
                throw (0,client/* toApiError */.Gv)('create the approval issue', error);
        }
    }
    const created = await (0,client/* api */.FH)('create the approval issue', () => open(false));
    return { ...created.value, assigned: assignees.length === 0 };
}
function toComment(raw) {
    return {
        id: raw.id,
        body: raw.body ?? '',
        login: raw.user?.login ?? '',
        userType: raw.user?.type ?? '',
        htmlUrl: raw.html_url,
        createdAt: raw.created_at,
        updatedAt: raw.updated_at,
    };
}
/**
 * The comments of an issue, all pages. With `since`, only those whose updated_at is at or after
 * it: an edit moves updated_at, so edited comments come back with their current text.
 */
async function listIssueComments(github, repo, issueNumber, since) {
    const raw = await (0,client/* api */.FH)('list the approval issue comments', () => github.paginate(github.rest.issues.listComments, {
        ...repo,
        issue_number: issueNumber,
        per_page: 100,
        ...(since ? { since } : {}),
    }));
    return raw.map(toComment);
}
async function addIssueComment(github, repo, issueNumber, body) {
    // A hidden marker finds the comment again when the answer of its creation is lost (createOnce).
    const mark = (0,create_once/* hiddenMarker */.z0)((0,create_once/* newMark */.e0)());
    const since = sinceNow();
    await (0,client/* api */.FH)('comment on the approval issue', () => (0,create_once/* createOnce */.Ur)({
        what: `comment on the approval issue #${issueNumber}`,
        create: async () => {
            await github.rest.issues.createComment({ ...repo, issue_number: issueNumber, body: `${body}\n\n${mark}`, request: create_once/* ONE_ATTEMPT */.FY });
            return true;
        },
        find: async () => ((await listIssueComments(github, repo, issueNumber, since)).some((comment) => comment.body.includes(mark)) ? true : undefined),
    }, (0,create_once/* clientOptions */.s1)(github)));
}
/**
 * A `since` for finding what this run is about to create: a few minutes before now, as the
 * runner's clock and GitHub's may disagree a little.
 */
function sinceNow() {
    return new Date(Date.now() - 5 * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
async function closeIssue(github, repo, issueNumber, reason) {
    await (0,client/* api */.FH)('close the approval issue', () => github.rest.issues.update({
        ...repo,
        issue_number: issueNumber,
        state: 'closed',
        state_reason: reason,
    }));
}

;// CONCATENATED MODULE: ./src/github/teams.ts


/**
 * Whether `username` is an active member of the team `org/teamSlug`. GitHub answers 404 for a
 * non-member (and for a pending invitation the state is `pending`, which is not membership).
 * A token that may not read the organization's teams (the default GITHUB_TOKEN cannot) gets
 * 401/403: that is a setup problem worth one clear sentence, not a silent "not a member".
 */
async function isActiveTeamMember(github, org, teamSlug, username) {
    try {
        const { data } = await github.rest.teams.getMembershipForUserInOrg({
            org,
            team_slug: teamSlug,
            username,
        });
        return data.state === 'active';
    }
    catch (error) {
        const status = (0,client/* httpStatus */.nG)(error);
        if (status === 404)
            return false;
        if (status === 401 || status === 403) {
            throw new errors/* UserError */.yo(`The github-token may not read the members of team ${org}/${teamSlug} (HTTP ${status}); team approvers need a token that can read organization members (a GitHub App token or a personal access token with read:org), or list the approvers' logins instead.`);
        }
        throw (0,client/* toApiError */.Gv)(`check whether ${username} is a member of team ${org}/${teamSlug}`, error);
    }
}
/**
 * Whether the token can see the team `org/teamSlug` at all. GitHub answers 404 both for a team
 * that does not exist and for one the token may not read (GITHUB_TOKEN cannot read org teams),
 * and the membership endpoint answers the same 404 for "not a member": only this check tells a
 * token problem from a non-member.
 */
async function isTeamVisible(github, org, teamSlug) {
    try {
        await github.rest.teams.getByName({ org, team_slug: teamSlug });
        return true;
    }
    catch (error) {
        const status = (0,client/* httpStatus */.nG)(error);
        if (status === 404 || status === 401 || status === 403)
            return false;
        throw (0,client/* toApiError */.Gv)(`read team ${org}/${teamSlug}`, error);
    }
}

;// CONCATENATED MODULE: ./src/approval/request.ts

/**
 * The record of an approval request that holds no runner while it waits (issue 14).
 *
 * The request step opens the issue and sets a commit status on the commit that waits: context
 * `shipgate/approval`, state pending, target_url the issue, description naming the issue and who
 * started the run. A commit status cannot be edited, names the commit itself, and says who
 * created it (the workflow's bot, not a person's token), so the listener reads the commit and the
 * starters from it, never from the issue's text, which anyone with write access can edit. The
 * issue's text only says which commit to look at; a commit whose statuses do not name this issue
 * deploys nothing.
 */
const REQUEST_CONTEXT = 'shipgate/approval';
/** GitHub keeps 140 characters of a status description. */
const MAX_DESCRIPTION = 140;
function requestDescription(issue, startedBy) {
    const text = `Waiting for approval in #${issue}; started by ${startedBy.join(', ') || 'nobody'}`;
    // Cutting it would drop a starter, who could then approve their own run: refuse instead.
    if (text.length > MAX_DESCRIPTION)
        throw new Error(`The approval record "${text}" is longer than a commit status description.`);
    return text;
}
function parseRequestDescription(text) {
    const match = /^Waiting for approval in #(\d+); started by (.*)$/.exec(text);
    if (!match)
        return undefined;
    const startedBy = match[2] === 'nobody' ? [] : match[2].split(', ').map((login) => login.toLowerCase());
    return { issue: Number(match[1]), startedBy };
}
/** The commit the issue says waits (a hint only: the record decides). */
function commitHint(issueBody) {
    return /\/commit\/([0-9a-f]{40})\b/.exec(issueBody)?.[1];
}
/**
 * The request for `issue` among the commit's statuses: the oldest `shipgate/approval` status a
 * bot created that points at this issue. Statuses anyone else created are ignored.
 */
function findRequest(statuses, sha, issue) {
    const ours = statuses
        .filter((status) => status.context === REQUEST_CONTEXT && status.creatorType === 'Bot' && status.targetUrl === issue.htmlUrl)
        .sort((a, b) => a.id - b.id);
    const first = ours[0];
    const parsed = first && parseRequestDescription(first.description);
    if (!first || !parsed || parsed.issue !== issue.number)
        return undefined;
    return { issue: issue.number, sha, startedBy: parsed.startedBy, requestedAt: first.createdAt, state: ours[ours.length - 1].state };
}
/** What the outcome status says, as the commit's status list shows it. */
function outcomeDescription(outcome, issue, who) {
    const text = outcome === 'approved'
        ? `Approved in #${issue} by ${joinNames(who)}`
        : outcome === 'denied'
            ? `Denied in #${issue} by ${joinNames(who)}`
            : `Timed out in #${issue}`;
    return text.length > MAX_DESCRIPTION ? `${text.slice(0, MAX_DESCRIPTION - 1)}…` : text;
}

;// CONCATENATED MODULE: ./src/approval/github.ts







/**
 * The approval gate's GitHub calls, over the typed wrappers of src/github. Team membership is read
 * with `teams` (a token with read:org) when given; everything else is written with `github`, so
 * the records the listener trusts are created by the workflow's own bot.
 */
function githubApprovalPort(github, repo, teams = github) {
    return {
        createIssue: async (issue) => {
            // Best-effort: without it GitHub still creates the label from the issue, without colour.
            await ensureLabel(github, repo, APPROVAL_LABEL);
            return createIssue(github, repo, issue);
        },
        listComments: (issueNumber, since) => listIssueComments(github, repo, issueNumber, since),
        comment: (issueNumber, body) => addIssueComment(github, repo, issueNumber, body),
        close: (issueNumber, reason) => closeIssue(github, repo, issueNumber, reason),
        membership: (team, login) => isActiveTeamMember(teams, team.org, team.slug, login),
        teamVisible: (team) => isTeamVisible(teams, team.org, team.slug),
    };
}
const toApprovalIssue = (data) => ({
    number: data.number,
    htmlUrl: data.html_url,
    body: data.body ?? '',
    state: data.state,
    labels: data.labels.map((label) => (typeof label === 'string' ? label : (label.name ?? ''))),
});
/** The approval listener's GitHub calls (issue, the request's commit status, the claim ref). */
function githubListenerPort(github, repo, teams = github) {
    const approvalPort = githubApprovalPort(github, repo, teams);
    return {
        readIssue: async (issueNumber) => {
            const { data } = await (0,client/* api */.FH)(`read issue #${issueNumber}`, () => github.rest.issues.get({ ...repo, issue_number: issueNumber }));
            return toApprovalIssue(data);
        },
        openApprovalIssues: async () => {
            const issues = await (0,client/* api */.FH)('list the open approval issues', () => github.paginate(github.rest.issues.listForRepo, { ...repo, labels: APPROVAL_LABEL.name, state: 'open', per_page: 100 }));
            return issues.filter((issue) => !issue.pull_request).map(toApprovalIssue);
        },
        statuses: async (sha) => {
            const statuses = await (0,client/* api */.FH)(`read the statuses of commit ${sha.slice(0, 7)}`, () => github.paginate(github.rest.repos.listCommitStatusesForRef, { ...repo, ref: sha, per_page: 100 }));
            return statuses.map((status) => ({
                id: status.id,
                context: status.context,
                state: status.state,
                description: status.description ?? '',
                targetUrl: status.target_url ?? '',
                creatorType: status.creator?.type ?? '',
                createdAt: status.created_at,
            }));
        },
        setStatus: async (sha, state, description, targetUrl) => {
            const published = await (0,checks/* createCommitStatus */.I8)(github, repo, { sha, context: REQUEST_CONTEXT, state, description, targetUrl });
            if (!published.ok)
                throw new errors/* UserError */.yo(`The github-token may not set commit statuses (${published.message}); the approval jobs need "statuses: write".`);
        },
        claim: async (issueNumber, sha) => (0,client/* api */.FH)(`claim the approval of issue #${issueNumber}`, async () => {
            try {
                await github.rest.git.createRef({ ...repo, ref: `refs/shipgate/approvals/${issueNumber}`, sha });
                return true;
            }
            catch (error) {
                if ((0,client/* httpStatus */.nG)(error) === 422 && /already exists/i.test((0,client/* errorData */.ZO)(error).message ?? ''))
                    return false;
                throw error;
            }
        }),
        listComments: (issueNumber) => approvalPort.listComments(issueNumber),
        comment: approvalPort.comment,
        close: approvalPort.close,
        membership: approvalPort.membership,
        teamVisible: approvalPort.teamVisible,
    };
}

;// CONCATENATED MODULE: ./src/github/environments.ts


/**
 * Read an environment's protection rules; undefined when the environment does not exist (GitHub
 * answers 404 and creates it, with no rules, when a job first uses it). Reading needs
 * `actions: read` in the job's permissions: a 403 says so in one sentence.
 */
async function readEnvironmentProtection(github, repo, name) {
    try {
        const { data } = await github.rest.repos.getEnvironment({ ...repo, environment_name: name });
        const protection = { name: data.name, reviewers: [], preventSelfReview: false, waitTimerMinutes: 0 };
        for (const rule of data.protection_rules ?? []) {
            if (rule.type === 'wait_timer' && 'wait_timer' in rule)
                protection.waitTimerMinutes = rule.wait_timer ?? 0;
            if (rule.type !== 'required_reviewers' || !('reviewers' in rule))
                continue;
            protection.preventSelfReview = ('prevent_self_review' in rule && rule.prevent_self_review) || false;
            for (const { reviewer } of rule.reviewers ?? []) {
                if (!reviewer)
                    continue;
                if ('login' in reviewer)
                    protection.reviewers.push(reviewer.login);
                else if ('slug' in reviewer)
                    protection.reviewers.push(`${repo.owner}/${reviewer.slug}`);
            }
        }
        return protection;
    }
    catch (error) {
        const status = (0,client/* httpStatus */.nG)(error);
        if (status === 404)
            return undefined;
        if (status === 401 || status === 403) {
            throw new errors/* UserError */.yo(`The github-token may not read environment "${name}" (HTTP ${status}); give the job "actions: read" in its permissions.`);
        }
        throw (0,client/* toApiError */.Gv)(`read the protection rules of environment "${name}"`, error);
    }
}

// EXTERNAL MODULE: ./src/actions/approval/inputs.ts
var approval_inputs = __webpack_require__(1569);
;// CONCATENATED MODULE: ./src/approval/listener.ts








/** The request behind an issue, or why there is none (the issue deploys nothing then). */
async function requestOf(issue, port) {
    const sha = commitHint(issue.body);
    const request = sha ? findRequest(await port.statuses(sha), sha, issue) : undefined;
    if (!sha || !request) {
        throw new errors/* UserError */.yo(`Issue #${issue.number} has no approval record${sha ? ` on commit ${(0,lib_sha/* shortSha */.F)(sha)}` : ''} (a ${REQUEST_CONTEXT} status that shipgate set for this issue), so nothing is deployed; its text may have been edited.`);
    }
    return request;
}
async function count(issue, rules, port) {
    const directory = new ApproverDirectory(rules, port.membership);
    const ballots = lastWords(await port.listComments(issue.number));
    const standings = new Map();
    for (const [key, ballot] of ballots)
        standings.set(key, await directory.standing(ballot.login));
    return tally(ballots.values(), standings, rules);
}
async function finish(issue, request, outcome, result, options) {
    const { port } = options;
    const who = outcome === 'denied' && result.denial ? [result.denial.login] : [];
    const body = outcome === 'denied'
        ? `❌ **Denied** by ${result.denial ? `${result.denial.login} ([comment](${result.denial.htmlUrl}))` : 'an approver'}. Nothing is deployed.`
        : `⌛ **Timed out** after ${(0,duration/* formatDurationInWords */.c)(options.timeoutMs)} with ${result.approvals.length} of ${options.rules.minimumApprovals} approvals. Nothing is deployed; answers here no longer count.`;
    await port.comment(issue.number, body);
    await port.close(issue.number, 'not_planned');
    await port.setStatus(request.sha, 'failure', outcomeDescription(outcome, issue.number, who), issue.htmlUrl);
    const message = outcome === 'denied'
        ? `${who[0] ?? 'An approver'} denied ${(0,lib_sha/* shortSha */.F)(request.sha)} in ${issue.htmlUrl}; nothing is deployed.`
        : `No approval of ${(0,lib_sha/* shortSha */.F)(request.sha)} within ${(0,duration/* formatDurationInWords */.c)(options.timeoutMs)} in ${issue.htmlUrl}; the issue is closed and nothing is deployed.`;
    return { outcome, issue: issue.number, approvers: [], message };
}
const expired = (request, options) => options.now >= (Date.parse(request.requestedAt) || 0) + options.timeoutMs;
/** A comment on an approval issue: count, and decide when the answers or the clock say so. */
async function answerComment(issueNumber, options) {
    const { port, log } = options;
    const issue = await port.readIssue(issueNumber);
    if (!issue.labels.includes(APPROVAL_LABEL.name)) {
        return { outcome: 'ignored', issue: issueNumber, approvers: [], message: `Issue #${issueNumber} is not an approval issue; nothing to do.` };
    }
    if (issue.state !== 'open') {
        return { outcome: 'ignored', issue: issueNumber, approvers: [], message: `Issue #${issueNumber} is closed: its approval was already decided.` };
    }
    const request = await requestOf(issue, port);
    if (request.state !== 'pending') {
        return { outcome: 'ignored', issue: issueNumber, approvers: [], message: `The approval in #${issueNumber} was already decided (${request.state}).` };
    }
    const rules = { ...options.rules, startedBy: request.startedBy };
    await checkTeamsVisible(rules, port.teamVisible);
    const result = await count(issue, rules, port);
    if (expired(request, options))
        return finish(issue, request, 'timed-out', result, options);
    if (result.denial)
        return finish(issue, request, 'denied', result, options);
    if (!result.approved) {
        const message = `${describeProgress(result, rules)} in ${issue.htmlUrl}; production keeps waiting.`;
        log.info(message);
        return { outcome: 'waiting', issue: issueNumber, approvers: [], message };
    }
    // Of two runs that both counted enough approvals, only the one that creates the ref deploys.
    if (!(await port.claim(issue.number, request.sha))) {
        return { outcome: 'ignored', issue: issueNumber, approvers: [], message: `Another run already took the approval in #${issueNumber}; it deploys ${(0,lib_sha/* shortSha */.F)(request.sha)}.` };
    }
    const approvers = result.approvals.map((ballot) => ballot.login);
    await port.comment(issue.number, `✅ **Approved** by ${joinNames(approvers)}. The [approval run](${options.runUrl}) deploys ${(0,lib_sha/* shortSha */.F)(request.sha)} to production.`);
    await port.close(issue.number, 'completed');
    await port.setStatus(request.sha, 'success', outcomeDescription('approved', issue.number, approvers), issue.htmlUrl);
    return { outcome: 'approved', issue: issueNumber, sha: request.sha, approvers, message: `${(0,lib_sha/* shortSha */.F)(request.sha)} was approved by ${joinNames(approvers)} in ${issue.htmlUrl}.` };
}
/** A scheduled run: close every open approval issue past its deadline, with the outcome. */
async function closeExpired(options) {
    const closed = [];
    for (const issue of await options.port.openApprovalIssues()) {
        let request;
        try {
            request = await requestOf(issue, options.port);
        }
        catch (error) {
            options.log.warning(error.message);
            continue;
        }
        if (request.state !== 'pending' || !expired(request, options))
            continue;
        const rules = { ...options.rules, startedBy: request.startedBy };
        closed.push(await finish(issue, request, 'timed-out', await count(issue, rules, options.port), options));
    }
    return closed;
}

;// CONCATENATED MODULE: ./src/actions/approval/waiting.ts










/**
 * Modes request and listen: approval that holds no runner while it waits. The request opens the
 * issue (or finds the open one for this commit), records it as a commit status and ends; the
 * listener runs per comment and per schedule.
 */
async function requestApproval(inputs, context, github, teams) {
    const repo = { owner: context.owner, repo: context.repo };
    const rules = {
        ...parseApprovers(inputs.approvers),
        minimumApprovals: inputs['minimum-approvals'],
        allowSelfApproval: inputs['allow-self-approval'],
        startedBy: startedBy(context.actor, context.triggeringActor, context.payload),
    };
    checkRules(rules);
    const approvalPort = githubApprovalPort(github, repo, teams);
    const listenerPort = githubListenerPort(github, repo, teams);
    await checkTeamsVisible(rules, approvalPort.teamVisible);
    // A re-run of the same commit reuses its open issue instead of opening a second one.
    let issue;
    for (const status of await listenerPort.statuses(context.sha)) {
        const recorded = status.context === REQUEST_CONTEXT && status.creatorType === 'Bot' && status.state === 'pending' ? parseRequestDescription(status.description) : undefined;
        if (!recorded)
            continue;
        const open = await listenerPort.readIssue(recorded.issue);
        if (open.state === 'open' && open.htmlUrl === status.targetUrl)
            issue = open;
        break;
    }
    const subject = {
        environment: inputs.environment,
        version: inputs.version,
        sha: context.sha,
        repository: `${context.owner}/${context.repo}`,
        serverUrl: context.serverUrl,
        runUrl: context.runUrl,
        workflow: context.workflow,
        details: inputs.body,
        changes: issue ? undefined : await changesSinceLatestRelease(github, repo, context.sha, log/* log */.R.info),
    };
    if (!issue) {
        const plan = planApproval({ subject, rules, title: inputs.title, timeoutMs: inputs['timeout-minutes'] * 60_000, pollIntervalMs: 0, now: Date.now() });
        const opened = await approvalPort.createIssue(plan.issue);
        await listenerPort.setStatus(context.sha, 'pending', requestDescription(opened.number, rules.startedBy), opened.htmlUrl);
        issue = opened;
    }
    const waiting = `${describeSubject(subject)} is waiting for approval in ${issue.htmlUrl}; the approval listener deploys it once approved. No runner waits meanwhile.`;
    log/* log */.R.notice(waiting);
    core/* setOutput */.uH('approved', 'false');
    core/* setOutput */.uH('approvers', '');
    core/* setOutput */.uH('issue-number', String(issue.number));
    core/* setOutput */.uH('sha', '');
    await core/* summary */.z.addRaw(`## Approval: waiting\n\n${describeSubject(subject)} is waiting for approval in [#${issue.number}](${issue.htmlUrl}). Comment \`approve\` there; the approval listener deploys it. No runner waits meanwhile.\n`).write();
}
function report(result) {
    core/* setOutput */.uH('approved', String(result.outcome === 'approved'));
    core/* setOutput */.uH('approvers', result.approvers.join(','));
    core/* setOutput */.uH('issue-number', result.issue ? String(result.issue) : '');
    core/* setOutput */.uH('sha', result.sha ?? '');
    log/* log */.R.info(result.message);
}
async function listen(inputs, context, github, teams) {
    const repo = { owner: context.owner, repo: context.repo };
    const options = {
        rules: { ...parseApprovers(inputs.approvers), minimumApprovals: inputs['minimum-approvals'], allowSelfApproval: inputs['allow-self-approval'] },
        timeoutMs: inputs['timeout-minutes'] * 60_000,
        now: Date.now(),
        runUrl: context.runUrl,
        port: githubListenerPort(github, repo, teams),
        log: { info: log/* log */.R.info, warning: log/* log */.R.warning },
    };
    if (context.eventName === 'issue_comment') {
        const payload = context.payload;
        // Edits never approve and pull requests are never approval issues: end before any request.
        // Any new comment on an approval issue counts the answers again, answer or not: the listener's
        // concurrency group cancels a pending run when another comment queues, and the run that
        // replaces it must not miss the answer the cancelled one carried.
        if (payload.action !== 'created' || !payload.issue?.number || payload.issue.pull_request) {
            report({ outcome: 'ignored', approvers: [], message: 'Only a new comment on an approval issue is counted; nothing to do.' });
            return;
        }
        if (!classifyComment(payload.comment?.body ?? ''))
            log/* log */.R.info('This comment is not an answer; counting the answers already given.');
        const result = await answerComment(payload.issue.number, options);
        report(result);
        await core/* summary */.z.addRaw(`## Approval: ${result.outcome}\n\n${result.message}\n`).write();
        return;
    }
    const closed = await closeExpired(options);
    report({ outcome: 'ignored', approvers: [], message: closed.length > 0 ? closed.map((result) => result.message).join('\n') : 'No approval issue is past its deadline.' });
    await core/* summary */.z.addRaw(`## Approval: time-outs\n\n${closed.length} approval issue${closed.length === 1 ? '' : 's'} closed as timed out.\n`).write();
}

;// CONCATENATED MODULE: ./src/actions/approval/main.ts

















async function run(source = lib_inputs/* envInputSource */.l) {
    const inputs = (0,approval_inputs.readInputs)(new lib_inputs/* InputReader */.i(source), process.env.RUNNER_ENVIRONMENT);
    const context = (0,github_context/* readRunContext */.$)();
    const repo = { owner: context.owner, repo: context.repo };
    const github = (0,client/* createGitHub */.Cl)({ token: inputs['github-token'], log: log/* log */.R.warning });
    const teams = inputs['teams-token'] ? (0,client/* createGitHub */.Cl)({ token: inputs['teams-token'], log: log/* log */.R.warning }) : github;
    if (inputs.mode === 'request')
        return requestApproval(inputs, context, github, teams);
    if (inputs.mode === 'listen')
        return listen(inputs, context, github, teams);
    if (inputs.mode === 'environment') {
        // The environment's required reviewers hold the deploy job itself; this step only makes sure
        // there are some, so a missing or unprotected environment cannot let production go unapproved.
        const name = inputs.environment ?? '';
        const holds = requireEnvironmentReviewers(name, await readEnvironmentProtection(github, repo, name));
        log/* log */.R.info(holds);
        core/* setOutput */.uH('approved', 'false');
        core/* setOutput */.uH('approvers', '');
        core/* setOutput */.uH('issue-number', '');
        await core/* summary */.z.addRaw(`## Approval: by the ${name} environment's required reviewers\n\n${holds}\n`).write();
        return;
    }
    const rules = {
        ...parseApprovers(inputs.approvers),
        minimumApprovals: inputs['minimum-approvals'],
        allowSelfApproval: inputs['allow-self-approval'],
        startedBy: startedBy(context.actor, context.triggeringActor, context.payload),
    };
    checkRules(rules);
    const port = githubApprovalPort(github, repo, teams);
    await checkTeamsVisible(rules, (team) => port.teamVisible(team));
    const subject = {
        environment: inputs.environment,
        version: inputs.version,
        sha: context.sha,
        repository: `${context.owner}/${context.repo}`,
        serverUrl: context.serverUrl,
        runUrl: context.runUrl,
        workflow: context.workflow,
        details: inputs.body,
        changes: await changesSinceLatestRelease(github, repo, context.sha, log/* log */.R.info),
    };
    const plan = planApproval({
        subject,
        rules,
        title: inputs.title,
        timeoutMs: inputs['timeout-minutes'] * 60_000,
        closingReserveMs: closingReserveMs(inputs['timeout-minutes'] * 60_000),
        pollIntervalMs: inputs['poll-interval'] * 1000,
        now: Date.now(),
    });
    if (inputs['dry-run']) {
        log/* log */.R.info(describePlan(plan));
        core/* setOutput */.uH('approved', 'false');
        core/* setOutput */.uH('approvers', '');
        core/* setOutput */.uH('issue-number', '');
        await core/* summary */.z.addRaw(`## Approval: dry run\n\nWould open "${(0,markdown/* markdownText */.p)(plan.issue.title)}" and wait for approval; nothing was created.\n`).write();
        return;
    }
    // The runner cancels a job with SIGINT, then SIGTERM: either one closes the issue as not planned.
    const cancelled = new AbortController();
    const cancel = (signal) => {
        log/* log */.R.info(`Received ${signal}: closing the approval issue as cancelled.`);
        cancelled.abort();
    };
    process.once('SIGTERM', cancel).once('SIGINT', cancel);
    const result = await awaitApproval(plan, {
        port,
        log: log/* log */.R,
        signal: cancelled.signal,
        onIssueOpened: (issue) => core/* setOutput */.uH('issue-number', String(issue.number)),
    }).finally(() => process.off('SIGTERM', cancel).off('SIGINT', cancel));
    core/* setOutput */.uH('approved', String(result.outcome === 'approved'));
    core/* setOutput */.uH('approvers', result.tally.approvals.map((ballot) => ballot.login).join(','));
    await core/* summary */.z.addRaw(renderSummary(result, plan)).write();
    if (result.outcome !== 'approved')
        throw new errors/* UserError */.yo(result.message);
    log/* log */.R.info(result.message);
}


/***/ }),

/***/ 6250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I8: () => (/* binding */ createCommitStatus),
/* harmony export */   _U: () => (/* binding */ createCheckRun)
/* harmony export */ });
/* unused harmony export ANNOTATIONS_PER_REQUEST */
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6584);
/* harmony import */ var _create_once_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4633);


const ANNOTATIONS_PER_REQUEST = 50;
function message(error) {
    return error.response?.data?.message ?? error.message;
}
async function createCheckRun(github, repo, run) {
    const batches = [];
    for (let i = 0; i < run.annotations.length; i += ANNOTATIONS_PER_REQUEST)
        batches.push(run.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
    const output = (annotations) => ({
        title: run.title,
        summary: run.summary,
        ...(run.text ? { text: run.text } : {}),
        ...(annotations && annotations.length > 0 ? { annotations } : {}),
    });
    let created;
    // external_id is the mark: after a lost answer, the check run is found by it (createOnce).
    const externalId = (0,_create_once_js__WEBPACK_IMPORTED_MODULE_1__/* .newMark */ .e0)();
    try {
        const made = await (0,_create_once_js__WEBPACK_IMPORTED_MODULE_1__/* .createOnce */ .Ur)({
            what: `create the check run "${run.name}"`,
            create: async () => {
                const response = await github.rest.checks.create({
                    ...repo,
                    name: run.name,
                    head_sha: run.headSha,
                    external_id: externalId,
                    status: 'completed',
                    conclusion: run.conclusion,
                    completed_at: new Date().toISOString(),
                    ...(run.detailsUrl ? { details_url: run.detailsUrl } : {}),
                    output: output(batches[0]),
                    request: _create_once_js__WEBPACK_IMPORTED_MODULE_1__/* .ONE_ATTEMPT */ .FY,
                });
                return { id: Number(response.data.id), html_url: response.data.html_url };
            },
            find: async () => {
                const { data } = await github.rest.checks.listForRef({ ...repo, ref: run.headSha, check_name: run.name, filter: 'all', per_page: 100 });
                const found = data.check_runs.find((each) => each.external_id === externalId);
                return found ? { id: found.id, html_url: found.html_url } : undefined;
            },
        }, (0,_create_once_js__WEBPACK_IMPORTED_MODULE_1__/* .clientOptions */ .s1)(github));
        created = made.value;
    }
    catch (error) {
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(error) === 403)
            return { ok: false, forbidden: true, message: message(error) };
        throw (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .toApiError */ .Gv)(`create the check run "${run.name}"`, error);
    }
    for (let i = 1; i < batches.length; i++) {
        // title, summary and text are sent again with each batch: an update replaces the output.
        await (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .api */ .FH)(`add annotations ${i * ANNOTATIONS_PER_REQUEST + 1}–${i * ANNOTATIONS_PER_REQUEST + batches[i].length} to the check run "${run.name}"`, () => github.rest.checks.update({ ...repo, check_run_id: created.id, output: output(batches[i]) }));
    }
    return { ok: true, id: created.id, url: created.html_url ?? '', requests: Math.max(1, batches.length) };
}
/** A commit status (descriptions are cut to GitHub's 140 characters). */
async function createCommitStatus(github, repo, status) {
    const description = status.description.length > 140 ? `${status.description.slice(0, 139)}…` : status.description;
    try {
        // A second copy of the newest status of a context changes nothing: resent after a lost answer.
        const response = await (0,_create_once_js__WEBPACK_IMPORTED_MODULE_1__/* .repeatable */ .EQ)(`set the commit status "${status.context}"`, () => github.rest.repos.createCommitStatus({
            ...repo,
            sha: status.sha,
            state: status.state,
            context: status.context,
            description,
            ...(status.targetUrl ? { target_url: status.targetUrl } : {}),
            request: _create_once_js__WEBPACK_IMPORTED_MODULE_1__/* .ONE_ATTEMPT */ .FY,
        }), (0,_create_once_js__WEBPACK_IMPORTED_MODULE_1__/* .clientOptions */ .s1)(github));
        return { ok: true, id: Number(response.data.id), url: response.data.url, requests: 1 };
    }
    catch (error) {
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(error) === 403)
            return { ok: false, forbidden: true, message: message(error) };
        throw (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .toApiError */ .Gv)(`set the commit status "${status.context}"`, error);
    }
}


/***/ }),

/***/ 2543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ formatDurationInWords),
/* harmony export */   z: () => (/* binding */ formatDurationCompact)
/* harmony export */ });
/**
 * Two ways to write a duration, named by their output: compact figures for measured times in
 * logs and tables, words for the limits people set (in an issue or a sentence).
 */
/** "850 ms", "1.2s", "45s", "3m 05s". */
function formatDurationCompact(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    const seconds = ms / 1000;
    if (seconds < 60)
        return `${seconds < 10 ? seconds.toFixed(1) : Math.round(seconds)}s`;
    const whole = Math.round(seconds);
    const minutes = Math.floor(whole / 60);
    return `${minutes}m ${String(whole % 60).padStart(2, '0')}s`;
}
/** "90 seconds", "5 minutes", "2.5 hours". */
function formatDurationInWords(ms) {
    const amount = (value, unit) => {
        const rounded = Math.round(value * 10) / 10;
        return `${rounded} ${unit}${rounded === 1 ? '' : 's'}`;
    };
    if (ms < 120_000)
        return amount(ms / 1000, 'second');
    if (ms < 120 * 60_000)
        return amount(ms / 60_000, 'minute');
    return amount(ms / 3_600_000, 'hour');
}


/***/ })

};
