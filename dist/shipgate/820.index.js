export const id = 820;
export const ids = [820,950];
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


/***/ }),

/***/ 2820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 20 modules
var core = __webpack_require__(3218);
// EXTERNAL MODULE: ./src/lib/inputs.ts
var lib_inputs = __webpack_require__(1662);
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
        const { data: release } = await (0,client/* api */.FH)('read the latest release', () => github.request('GET /repos/{owner}/{repo}/releases/latest', repo));
        const { data } = await (0,client/* api */.FH)('compare the latest release with the commit waiting for approval', () => github.request('GET /repos/{owner}/{repo}/compare/{basehead}', { ...repo, basehead: `${release.tag_name}...${sha}`, per_page: limit }));
        const compare = data;
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

;// CONCATENATED MODULE: ./src/approval/render.ts



const shortSha = (sha) => sha.slice(0, 7);
/** "v1.4.0 to production", "abc1234 to staging", "v1.4.0", "this run". */
function describeSubject(subject) {
    const what = subject.version || (subject.sha ? shortSha(subject.sha) : '');
    if (what && subject.environment)
        return `${what} to ${subject.environment}`;
    if (subject.environment)
        return `the deployment to ${subject.environment}`;
    return what || 'this run';
}
function defaultTitle(subject) {
    return `Approval needed: ${describeSubject(subject)}`;
}
/** "90 seconds", "5 minutes", "2.5 hours". */
function formatDuration(ms) {
    const plural = (value, unit) => {
        const rounded = Math.round(value * 10) / 10;
        return `${rounded} ${unit}${rounded === 1 ? '' : 's'}`;
    };
    if (ms < 120_000)
        return plural(ms / 1000, 'second');
    if (ms < 120 * 60_000)
        return plural(ms / 60_000, 'minute');
    return plural(ms / 3_600_000, 'hour');
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
        rows.push(['Environment', `\`${subject.environment}\``]);
    if (subject.version)
        rows.push(['Version', `\`${subject.version}\``]);
    if (subject.sha)
        rows.push(['Commit', `${subject.serverUrl}/${subject.repository}/commit/${subject.sha}`]);
    rows.push(['Workflow run', `[${subject.workflow || 'workflow run'}](${subject.runUrl})`]);
    if (rules.startedBy.length > 0)
        rows.push(['Started by', joinNames(rules.startedBy)]);
    rows.push(['Who may answer', describeApprovers(rules)]);
    rows.push(['Approvals needed', rules.minimumApprovals === 1 ? '1' : `${rules.minimumApprovals}, from different people`]);
    rows.push(['Times out', `${deadline.toISOString().replace(/\.\d{3}Z$/, 'Z')} (after ${formatDuration(timeoutMs)})`]);
    const lines = [
        `**${describeSubject(subject)}** is waiting for approval.`,
        '',
        '| | |',
        '|---|---|',
        ...rows.map(([name, value]) => `| ${name} | ${value.replace(/\|/g, '\\|')} |`),
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
            lines.push(`- ${shortSha(commit.sha)} ${commit.subject}${commit.author ? ` (${commit.author})` : ''}`);
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
            return `No approval of ${what} within ${formatDuration(plan.timeoutMs)}: ${approvalsOf(result, plan)} in ${issue.htmlUrl}, and ${silent}.`;
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
            return `⌛ **Timed out** after ${formatDuration(plan.timeoutMs)} with ${approvalsOf(result, plan)}${silent}. The [workflow run](${run}) stops; answers here no longer count.`;
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
const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
function renderSummary(result, plan) {
    const { tally, issue } = result;
    const lines = [
        `## Approval: ${TITLES[result.outcome]}`,
        '',
        `**${cell(describeSubject(plan.subject))}** — issue [#${issue.number}](${issue.htmlUrl}), decided ${result.decidedAt}.`,
        '',
        result.message,
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
            lines.push(`| ${cell(ballot.login)} | ${ballot.vote} | ${ballot.at} | [comment](${ballot.htmlUrl}) | ${cell(counted)} |`);
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
const APPROVAL_LABEL = { name: 'shipgate-approval', color: 'd93f0b', description: 'A shipgate run waits for approval here' };
/** Backoff: each quiet poll waits 1.5 times longer, up to a minute; any new answer resets it. */
const MAX_POLL_MS = 60_000;
const BACKOFF = 1.5;
/**
 * `since` is set this far before the newest updated_at seen: GitHub's timestamps have whole
 * seconds and a comment can become visible shortly after a newer one. Re-reading a few comments
 * is harmless (they are merged by id).
 */
const SINCE_OVERLAP_MS = 30_000;
/** GitHub allows at most 10 assignees on an issue. */
const MAX_ASSIGNEES = 10;
/** Refuse, in one sentence, approvers that can never reach minimum-approvals. */
function checkRules(rules) {
    const impossible = impossibleApproval(rules);
    if (impossible)
        throw new errors/* UserError */.yo(impossible);
}
function planApproval(options) {
    const { subject, rules, timeoutMs, pollIntervalMs } = options;
    checkRules(rules);
    const content = renderIssue(subject, rules, timeoutMs, new Date(options.now + timeoutMs), options.title);
    const assignees = rules.users.filter((user) => rules.allowSelfApproval || !rules.startedBy.includes(user.toLowerCase())).slice(0, MAX_ASSIGNEES);
    return { subject, rules, issue: { ...content, labels: [APPROVAL_LABEL.name], assignees }, timeoutMs, pollIntervalMs };
}
/** The plan as the dry run prints it. */
function describePlan(plan) {
    return [
        `Dry run: no issue is opened. The plan for ${describeSubject(plan.subject)}:`,
        `Issue title: ${plan.issue.title}`,
        `Labels: ${plan.issue.labels.join(', ')}; assignees: ${plan.issue.assignees.join(', ') || 'none'}`,
        `Who may approve: ${describeRules(plan.rules)}.`,
        `Waits up to ${formatDuration(plan.timeoutMs)}, checking the comments every ${formatDuration(plan.pollIntervalMs)} at first and backing off to ${formatDuration(Math.max(plan.pollIntervalMs, MAX_POLL_MS))}.`,
        'Issue body:',
        plan.issue.body,
    ].join('\n');
}
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
    const deadline = started + plan.timeoutMs;
    log.info(`Waiting for approval of ${what} in ${issue.htmlUrl}: ${describeRules(rules)}; times out after ${formatDuration(plan.timeoutMs)}.`);
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
            log.info(`${describeProgress(current, rules)}; next check in ${formatDuration(wait)}, ${formatDuration(Math.max(0, deadline - clock.now()))} left.`);
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

;// CONCATENATED MODULE: ./src/github/issues.ts

/**
 * Create a label unless it exists. Returns false (and does not throw) when it could not be
 * created: GitHub also creates a missing label when an issue names it, just without our colour.
 */
async function ensureLabel(github, repo, label) {
    try {
        // No retries: the label is a nicety, not worth a backoff before the issue is opened.
        await github.request('POST /repos/{owner}/{repo}/labels', { ...repo, ...label, request: { retries: 0 } });
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
    if (assignees.length > 0) {
        try {
            const { data } = await github.request('POST /repos/{owner}/{repo}/issues', { ...repo, ...issue, assignees });
            return { ...toIssue(data), assigned: true };
        }
        catch (error) {
            if ((0,client/* httpStatus */.nG)(error) !== 422)
                throw (0,client/* toApiError */.Gv)('create the approval issue', error);
        }
    }
    const { title, body, labels } = issue;
    const { data } = await (0,client/* api */.FH)('create the approval issue', () => github.request('POST /repos/{owner}/{repo}/issues', { ...repo, title, body, labels }));
    return { ...toIssue(data), assigned: assignees.length === 0 };
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
    const raw = await (0,client/* api */.FH)('list the approval issue comments', () => github.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        ...repo,
        issue_number: issueNumber,
        per_page: 100,
        ...(since ? { since } : {}),
    }));
    return raw.map(toComment);
}
async function addIssueComment(github, repo, issueNumber, body) {
    await (0,client/* api */.FH)('comment on the approval issue', () => github.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: issueNumber, body }));
}
async function closeIssue(github, repo, issueNumber, reason) {
    await (0,client/* api */.FH)('close the approval issue', () => github.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
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
        const { data } = await github.request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', {
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

;// CONCATENATED MODULE: ./src/approval/github.ts



/** The approval gate's GitHub calls, over the typed wrappers of src/github. */
function githubApprovalPort(github, repo) {
    return {
        createIssue: async (issue) => {
            // Best-effort: without it GitHub still creates the label from the issue, without colour.
            await ensureLabel(github, repo, APPROVAL_LABEL);
            return createIssue(github, repo, issue);
        },
        listComments: (issueNumber, since) => listIssueComments(github, repo, issueNumber, since),
        comment: (issueNumber, body) => addIssueComment(github, repo, issueNumber, body),
        close: (issueNumber, reason) => closeIssue(github, repo, issueNumber, reason),
        membership: (team, login) => isActiveTeamMember(github, team.org, team.slug, login),
    };
}

// EXTERNAL MODULE: ./src/actions/approval/inputs.ts
var approval_inputs = __webpack_require__(3950);
;// CONCATENATED MODULE: ./src/actions/approval/main.ts











async function run(source = lib_inputs/* envInputSource */.l) {
    const inputs = (0,approval_inputs.readInputs)(new lib_inputs/* InputReader */.i(source));
    const context = (0,github_context/* readRunContext */.$)();
    const repo = { owner: context.owner, repo: context.repo };
    const github = (0,client/* createGitHub */.Cl)({ token: inputs['github-token'], log: core/* warning */.$e });
    const rules = {
        ...parseApprovers(inputs.approvers),
        minimumApprovals: inputs['minimum-approvals'],
        allowSelfApproval: inputs['allow-self-approval'],
        startedBy: startedBy(context.actor, context.triggeringActor, context.payload),
    };
    checkRules(rules);
    const subject = {
        environment: inputs.environment,
        version: inputs.version,
        sha: context.sha,
        repository: `${context.owner}/${context.repo}`,
        serverUrl: context.serverUrl,
        runUrl: context.runUrl,
        workflow: context.workflow,
        details: inputs.body,
        changes: await changesSinceLatestRelease(github, repo, context.sha, core/* info */.pq),
    };
    const plan = planApproval({
        subject,
        rules,
        title: inputs.title,
        timeoutMs: inputs['timeout-minutes'] * 60_000,
        pollIntervalMs: inputs['poll-interval'] * 1000,
        now: Date.now(),
    });
    if (inputs['dry-run']) {
        core/* info */.pq(describePlan(plan));
        core/* setOutput */.uH('approved', 'false');
        core/* setOutput */.uH('approvers', '');
        core/* setOutput */.uH('issue-number', '');
        await core/* summary */.z.addRaw(`## Approval: dry run\n\nWould open "${plan.issue.title}" and wait for approval; nothing was created.\n`).write();
        return;
    }
    // The runner cancels a job with SIGINT, then SIGTERM: either one closes the issue as not planned.
    const cancelled = new AbortController();
    const cancel = (signal) => {
        core/* info */.pq(`Received ${signal}: closing the approval issue as cancelled.`);
        cancelled.abort();
    };
    process.once('SIGTERM', cancel).once('SIGINT', cancel);
    const result = await awaitApproval(plan, {
        port: githubApprovalPort(github, repo),
        log: { info: core/* info */.pq, warning: core/* warning */.$e },
        signal: cancelled.signal,
        onIssueOpened: (issue) => core/* setOutput */.uH('issue-number', String(issue.number)),
    }).finally(() => process.off('SIGTERM', cancel).off('SIGINT', cancel));
    core/* setOutput */.uH('approved', String(result.outcome === 'approved'));
    core/* setOutput */.uH('approvers', result.tally.approvals.map((ballot) => ballot.login).join(','));
    await core/* summary */.z.addRaw(renderSummary(result, plan)).write();
    if (result.outcome !== 'approved')
        throw new errors/* UserError */.yo(result.message);
    core/* info */.pq(result.message);
}


/***/ }),

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cl: () => (/* binding */ createGitHub),
/* harmony export */   FH: () => (/* binding */ api),
/* harmony export */   Gv: () => (/* binding */ toApiError),
/* harmony export */   nG: () => (/* binding */ httpStatus)
/* harmony export */ });
/* unused harmony exports API_VERSION, apiBaseUrl, isTransient, retryDelaySeconds */
/* harmony import */ var _octokit_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5194);
/* harmony import */ var _octokit_plugin_paginate_rest__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3779);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6856);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3251);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7268);





/**
 * The only place an Octokit is built (STYLE.md habit 4).
 * - base URL from GITHUB_API_URL (GitHub Enterprise Server and the local simulator work alike);
 * - primary and secondary rate limits waited out, honouring retry-after (@octokit/plugin-throttling);
 * - 5xx and bare 429 answers retried by the hook below: after `retry-after` when the answer has
 *   one, else after 1, 4, 9 s. (@octokit/plugin-retry was used first, but it always waits
 *   (n+1)² s and ignores retry-after, which the runtime contract requires be respected);
 * - the REST API version is pinned so GitHub cannot change a shape under us.
 * Only @octokit/core and two small plugins are bundled: the endpoint-methods plugin would add
 * hundreds of kilobytes to every action's start-up for no behaviour.
 */
const API_VERSION = '2022-11-28';
const Octokit = _octokit_core__WEBPACK_IMPORTED_MODULE_2__/* .Octokit */ .E.plugin(_octokit_plugin_paginate_rest__WEBPACK_IMPORTED_MODULE_3__/* .paginateRest */ .ud, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__/* .throttling */ .A);
const MAX_WAIT_SECONDS = 15 * 60;
function apiBaseUrl(env = process.env) {
    return (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}
function isLoopback(baseUrl) {
    try {
        const host = new URL(baseUrl).hostname;
        return host === 'localhost' || host === '[::1]' || /^127\./.test(host);
    }
    catch {
        return false;
    }
}
/** 5xx answers and a bare 429 are worth another try; other 4xx answers are final. */
const isTransient = (status) => status === 429 || (status >= 500 && status <= 599);
/** Seconds to wait before retry number `attempt + 1`: the answer's retry-after, else 1, 4, 9 s. */
function retryDelaySeconds(retryAfter, attempt) {
    const seconds = retryAfter === undefined || retryAfter === '' ? Number.NaN : Number(retryAfter);
    if (Number.isFinite(seconds) && seconds >= 0)
        return Math.min(seconds, MAX_WAIT_SECONDS);
    const date = retryAfter ? Date.parse(retryAfter) : Number.NaN;
    if (Number.isFinite(date))
        return Math.min(Math.max(0, Math.ceil((date - Date.now()) / 1000)), MAX_WAIT_SECONDS);
    return (attempt + 1) ** 2;
}
function createGitHub(options) {
    const baseUrl = options.baseUrl ?? apiBaseUrl();
    const log = options.log ?? (() => undefined);
    const retries = options.retries ?? 3;
    const throttle = {
        onRateLimit: (retryAfter, request, _octokit, retryCount) => {
            if (retryCount >= retries || retryAfter > MAX_WAIT_SECONDS)
                return false;
            log(`Rate limit reached on ${request.method} ${request.url}; waiting ${retryAfter}s before retrying.`);
            return true;
        },
        onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => {
            if (retryCount >= retries || retryAfter > MAX_WAIT_SECONDS)
                return false;
            log(`Secondary rate limit on ${request.method} ${request.url}; waiting ${retryAfter}s (retry-after) before retrying.`);
            return true;
        },
    };
    // GitHub asks for one second between mutating requests (three for ones that notify, such as
    // issues and comments) to api.github.com; a server on this machine (the simulator) has no
    // secondary limits to protect, so the spacing is dropped there.
    if (isLoopback(baseUrl)) {
        throttle.write = new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0___default().Group)({ maxConcurrent: 1, minTime: 0 });
        throttle.notifications = new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0___default().Group)({ maxConcurrent: 1, minTime: 0 });
    }
    const octokit = new Octokit({
        auth: options.token || undefined,
        baseUrl,
        userAgent: 'shipgate',
        request: options.fetch ? { fetch: options.fetch } : {},
        throttle: throttle,
        log: { debug: () => undefined, info: () => undefined, warn: log, error: log },
    });
    octokit.hook.before('request', (request) => {
        request.headers['x-github-api-version'] = API_VERSION;
    });
    octokit.hook.wrap('request', async (request, endpoint) => {
        // A request may ask for fewer retries (`request: { retries: 0 }`) when it retries itself.
        const limit = endpoint.request?.retries ?? retries;
        for (let attempt = 0;; attempt++) {
            try {
                return await request(endpoint);
            }
            catch (error) {
                const status = error.status ?? 0;
                const headers = error.response?.headers ?? {};
                if (!isTransient(status) || attempt >= limit)
                    throw error;
                const wait = retryDelaySeconds(headers['retry-after'], attempt);
                log(`HTTP ${status} on ${endpoint.method} ${endpoint.url}; retrying in ${wait}s${headers['retry-after'] ? ' (retry-after)' : ''} (attempt ${attempt + 2} of ${limit + 1}).`);
                await new Promise((resolve) => setTimeout(resolve, wait * 1000));
            }
        }
    });
    return octokit;
}
/**
 * Run one API operation and turn a final failure into an ApiError that names the operation
 * ("create the deployment"), the HTTP status and GitHub's own message.
 */
async function api(operation, call) {
    try {
        return await call();
    }
    catch (error) {
        throw toApiError(operation, error);
    }
}
function toApiError(operation, error) {
    if (error instanceof _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD)
        return error;
    const status = error.status;
    if (typeof status !== 'number')
        return error;
    const data = error.response?.data;
    const details = (data?.errors ?? [])
        .map((entry) => (typeof entry === 'string' ? entry : (entry.message ?? JSON.stringify(entry))))
        .filter(Boolean);
    const message = [data?.message ?? error.message, ...details].filter(Boolean).join('; ');
    return new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD(operation, status, message || 'no message');
}
function httpStatus(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : error instanceof _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD ? error.status : undefined;
}


/***/ }),

/***/ 9556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ readRunContext)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7268);


function readRunContext(env = process.env) {
    const repository = env.GITHUB_REPOSITORY ?? '';
    const [owner, repo] = repository.split('/');
    if (!owner || !repo) {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`GITHUB_REPOSITORY must be set to "owner/repo" (the runner sets it), but was ${JSON.stringify(repository)}.`);
    }
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch (error) {
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`The event payload at ${env.GITHUB_EVENT_PATH} could not be read: ${error.message}.`);
        }
    }
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const runId = env.GITHUB_RUN_ID ?? '';
    return {
        owner,
        repo,
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        eventName: env.GITHUB_EVENT_NAME ?? '',
        payload,
        actor: env.GITHUB_ACTOR ?? '',
        triggeringActor: env.GITHUB_TRIGGERING_ACTOR || env.GITHUB_ACTOR || '',
        runId,
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
        serverUrl,
        apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        workflow: env.GITHUB_WORKFLOW ?? '',
        runUrl: runId ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` : `${serverUrl}/${owner}/${repo}`,
    };
}


/***/ })

};
