export const id = 106;
export const ids = [106,139];
export const modules = {

/***/ 106:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 13 modules
var core = __webpack_require__(1889);
// EXTERNAL MODULE: ./dist.tmp-js/lib/log.js
var log = __webpack_require__(7139);
// EXTERNAL MODULE: ./dist.tmp-js/lib/inputs.js + 2 modules
var lib_inputs = __webpack_require__(255);
// EXTERNAL MODULE: ./dist.tmp-js/lib/errors.js
var errors = __webpack_require__(1778);
// EXTERNAL MODULE: ./dist.tmp-js/github/client.js + 22 modules
var client = __webpack_require__(3073);
// EXTERNAL MODULE: ./dist.tmp-js/github/context.js + 1 modules
var github_context = __webpack_require__(7646);
;// CONCATENATED MODULE: ./dist.tmp-js/approval/changes.js

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

// EXTERNAL MODULE: ./dist.tmp-js/approval/approvers.js
var approvers = __webpack_require__(4131);
;// CONCATENATED MODULE: ./dist.tmp-js/approval/comments.js
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
function isBot(user) {
    return user.userType === 'Bot' || /\[bot\]$/i.test(user.login);
}

;// CONCATENATED MODULE: ./dist.tmp-js/approval/tally.js


const written = (comment) => Date.parse(comment.updatedAt || comment.createdAt) || 0;
const wasEdited = (comment) => Boolean(comment.updatedAt) && Boolean(comment.createdAt) && Date.parse(comment.updatedAt) > Date.parse(comment.createdAt);
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
            denials.push({ ...ballot, via: standing.via });
        }
        else if (!rules.allowSelfApproval && (0,approvers/* isStarter */.io)(rules, ballot.login)) {
            ignored.push({ ...ballot, reason: 'started the run' });
        }
        else {
            approvals.push({ ...ballot, via: standing.via });
        }
    }
    const denial = denials[0];
    const waitingFor = (0,approvers/* eligibleUsers */.GO)(rules)
        .filter((user) => !approvals.some((ballot) => (0,approvers/* sameLogin */.Up)(ballot.login, user)))
        .concat(rules.teams.map((team) => approvals.some((ballot) => ballot.via === (0,approvers/* teamName */.Ps)(team)) ? `another member of ${(0,approvers/* teamName */.Ps)(team)}` : `a member of ${(0,approvers/* teamName */.Ps)(team)}`));
    return {
        approvals,
        denial,
        ignored,
        approved: !denial && approvals.length >= rules.minimumApprovals,
        waitingFor,
    };
}
function joinNames(names, conjunction = 'and') {
    if (names.length <= 1)
        return names[0] ?? '';
    return `${names.slice(0, -1).join(', ')} ${conjunction} ${names[names.length - 1]}`;
}

;// CONCATENATED MODULE: ./dist.tmp-js/approval/environment.js


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

;// CONCATENATED MODULE: ./dist.tmp-js/lib/duration.js
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

;// CONCATENATED MODULE: ./dist.tmp-js/lib/sha.js
function shortSha(shaOrRef) {
    return /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(shaOrRef) ? shaOrRef.slice(0, 7) : shaOrRef;
}

;// CONCATENATED MODULE: ./dist.tmp-js/lib/markdown.js
const MENTION = /@(?=[A-Za-z0-9])/g;
const ZWJ = '\u200d';
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/g;
function markdownText(text) {
    return (text
        .replace(LINE_BREAK, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '&#124;')
        .replace(/[\\`*_[\]~]/g, (char) => `\\${char}`)
        .replace(/^(#{1,6}|[+-])(?=\s|$)/, '\\$1')
        .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
        .replace(/^([=-])(?=[=-]*\s*$)/, '\\$1')
        .replace(MENTION, `@${ZWJ}`));
}
function codeSpan(text) {
    const flat = text.replace(LINE_BREAK, ' ');
    if (flat === '' || flat.includes('|'))
        return markdownText(text);
    const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = /^[` ]|[` ]$/.test(flat) ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}

;// CONCATENATED MODULE: ./dist.tmp-js/approval/render.js






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
function describeApprovers(rules, mention = true) {
    const at = mention ? '@' : '';
    const names = [...rules.users.map((user) => `${at}${user}`), ...rules.teams.map((team) => `a member of ${at}${(0,approvers/* teamName */.Ps)(team)}`)];
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
        rows.push(['Environment', codeSpan(subject.environment)]);
    if (subject.version)
        rows.push(['Version', codeSpan(subject.version)]);
    if (subject.sha)
        rows.push(['Commit', `${subject.serverUrl}/${subject.repository}/commit/${subject.sha}`]);
    rows.push(['Workflow run', `[${markdownText(subject.workflow || 'workflow run')}](${subject.runUrl})`]);
    if (rules.startedBy.length > 0)
        rows.push(['Started by', joinNames(rules.startedBy)]);
    rows.push(['Who may answer', describeApprovers(rules)]);
    rows.push(['Approvals needed', rules.minimumApprovals === 1 ? '1' : `${rules.minimumApprovals}, from different people`]);
    rows.push(['Times out', `${deadline.toISOString().replace(/\.\d{3}Z$/, 'Z')} (after ${formatDurationInWords(timeoutMs)})`]);
    const lines = [
        `**${markdownText(describeSubject(subject))}** is waiting for approval.`,
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
            lines.push(`- ${shortSha(commit.sha)} ${markdownText(commit.subject)}${commit.author ? ` (${markdownText(commit.author)})` : ''}`);
        }
        if (total > commits.length)
            lines.push(`- … and ${total - commits.length} more: ${compareUrl}`);
        else
            lines.push('', `Compare: ${compareUrl}`);
    }
    if (subject.details)
        lines.push('', ...(subject.details.startsWith('#') ? [] : ['### Details', '']), subject.details);
    lines.push('', '<sub>Opened by shipgate approval; it closes this issue with the outcome.</sub>');
    return { title: title || defaultTitle(subject), body: lines.join('\n') };
}
function describeProgress(tally, rules) {
    const have = `${tally.approvals.length} of ${rules.minimumApprovals} approval${rules.minimumApprovals === 1 ? '' : 's'}`;
    const who = tally.approvals.length > 0 ? ` (${joinNames(tally.approvals.map((ballot) => ballot.login))})` : '';
    const waiting = tally.waitingFor.length > 0 ? `; waiting for ${joinNames(tally.waitingFor, 'or')}` : '';
    return `${have}${who}${waiting}`;
}
function describeRules(rules) {
    const eligible = (0,approvers/* eligibleUsers */.GO)(rules);
    const excluded = rules.users.filter((user) => (0,approvers/* isStarter */.io)(rules, user) && !rules.allowSelfApproval);
    const names = [...eligible, ...rules.teams.map((team) => `any member of ${(0,approvers/* teamName */.Ps)(team)}`)];
    const note = excluded.length > 0 ? ` (${joinNames(excluded)} started the run and cannot approve it)` : '';
    return `${rules.minimumApprovals} distinct approval${rules.minimumApprovals === 1 ? '' : 's'} from ${joinNames(names, 'or') || 'nobody'}${note}`;
}

;// CONCATENATED MODULE: ./dist.tmp-js/approval/plan.js




const APPROVAL_LABEL = { name: 'shipgate-approval', color: 'd93f0b', description: 'A shipgate run waits for approval here' };
const MAX_POLL_MS = 60_000;
const MAX_ASSIGNEES = 10;
const closingReserveMs = (timeoutMs) => Math.min(60_000, Math.floor(timeoutMs / 10));
async function checkTeamsVisible(rules, visible) {
    for (const team of rules.teams) {
        if (!(await visible(team))) {
            throw new errors/* UserError */.yo(`Team ${(0,approvers/* teamName */.Ps)(team)} is not visible to the github-token (GitHub answers 404 to a token that may not read the organization's teams, GITHUB_TOKEN included), so its members' answers could never count: pass a token with read:org as teams-token (the approval-token secret of pipeline.yml), or list the approvers' logins.`);
        }
    }
}
function checkRules(rules) {
    const impossible = (0,approvers/* impossibleApproval */.xV)(rules);
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
function describePlan(plan) {
    return [
        `Dry run: no issue is opened. The plan for ${describeSubject(plan.subject)}:`,
        `Issue title: ${plan.issue.title}`,
        `Labels: ${plan.issue.labels.join(', ')}; assignees: ${plan.issue.assignees.join(', ') || 'none'}`,
        `Who may approve: ${describeRules(plan.rules)}.`,
        `Waits up to ${formatDurationInWords(plan.timeoutMs)}, checking the comments every ${formatDurationInWords(plan.pollIntervalMs)} at first and backing off to ${formatDurationInWords(Math.max(plan.pollIntervalMs, MAX_POLL_MS))}.`,
        'Issue body:',
        plan.issue.body,
    ].join('\n');
}

;// CONCATENATED MODULE: ./dist.tmp-js/approval/record.js




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
            return `No approval of ${what} within ${formatDurationInWords(plan.timeoutMs)}: ${approvalsOf(result, plan)} in ${issue.htmlUrl}, and ${silent}.`;
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
            return `⌛ **Timed out** after ${formatDurationInWords(plan.timeoutMs)} with ${approvalsOf(result, plan)}${silent}. The [workflow run](${run}) stops; answers here no longer count.`;
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
        `**${markdownText(describeSubject(plan.subject))}** — issue [#${issue.number}](${issue.htmlUrl}), decided ${result.decidedAt}.`,
        '',
        markdownText(result.message),
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
            lines.push(`| ${markdownText(ballot.login)} | ${ballot.vote} | ${ballot.at} | [comment](${ballot.htmlUrl}) | ${markdownText(counted)} |`);
        }
    }
    else {
        lines.push('Nobody answered.');
    }
    lines.push('', `Needed ${plan.rules.minimumApprovals} distinct approval${plan.rules.minimumApprovals === 1 ? '' : 's'}; started by ${joinNames(plan.rules.startedBy) || 'unknown'}; [workflow run](${plan.subject.runUrl}).`);
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./dist.tmp-js/approval/gate.js






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
const BACKOFF = 1.5;
const SINCE_OVERLAP_MS = 30_000;
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
async function awaitApproval(plan, deps) {
    const { port, log, signal } = deps;
    const clock = deps.clock ?? systemClock;
    const { rules } = plan;
    const directory = new approvers/* ApproverDirectory */.xx(rules, port.membership);
    const what = describeSubject(plan.subject);
    const issue = await port.createIssue(plan.issue);
    deps.onIssueOpened?.(issue);
    if (!issue.assigned)
        log.warning(`Issue #${issue.number} was opened without assignees: GitHub refused to assign ${plan.issue.assignees.join(', ')}.`);
    const started = clock.now();
    const deadline = started + plan.timeoutMs - plan.closingReserveMs;
    log.info(`Waiting for approval of ${what} in ${issue.htmlUrl}: ${describeRules(rules)}; times out after ${formatDurationInWords(plan.timeoutMs)}.`);
    const known = new Map();
    const reported = new Set();
    let newest = Date.parse(issue.createdAt) || started;
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
            log.info(`${describeProgress(current, rules)}; next check in ${formatDurationInWords(wait)}, ${formatDurationInWords(Math.max(0, deadline - clock.now()))} left.`);
            await clock.sleep(wait, signal);
        }
    }
    catch (error) {
        await port
            .comment(issue.number, `⚠️ shipgate stopped waiting for approval because of an error: ${error instanceof Error ? error.message : String(error)}`)
            .then(() => port.close(issue.number, 'not_planned'))
            .catch(() => undefined);
        throw error;
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./dist.tmp-js/lib/http.js
var http = __webpack_require__(4521);
;// CONCATENATED MODULE: ./dist.tmp-js/github/create-once.js



const create_once_ONE_ATTEMPT = { retries: 0 };
const create_once_newMark = () => (0,external_node_crypto_.randomUUID)();
const hiddenMarker = (mark) => `<!-- shipgate:create {"id":"${mark.replace(/[^A-Za-z0-9-]/g, '')}"} -->`;
function mayHaveBeenCreated(error) {
    if (error instanceof http/* NetworkError */.Dr)
        return error.passing;
    const status = (0,client/* httpStatus */.nG)(error);
    return status !== undefined && (status >= 500 || status === 429);
}
function retryAfter(error) {
    return error.response?.headers?.['retry-after'];
}
function describe(error) {
    if (error instanceof http/* NetworkError */.Dr)
        return `No answer (${error.message.replace(/\.$/, '')})`;
    return `HTTP ${(0,client/* httpStatus */.nG)(error)}`;
}
async function create_once_createOnce(spec, options = {}) {
    const attempts = options.attempts ?? 4;
    const log = options.log ?? (() => undefined);
    const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    for (let attempt = 1;; attempt++) {
        try {
            return { value: await spec.create(), found: false, attempts: attempt };
        }
        catch (error) {
            if (!mayHaveBeenCreated(error) || attempt >= attempts)
                throw error;
            const wait = (0,client/* retryDelaySeconds */.jN)(retryAfter(error), attempt - 1);
            log(`${describe(error)} while trying to ${spec.what}; it may have been created all the same, so shipgate looks for it in ${wait}s before sending it again (attempt ${attempt + 1} of ${attempts}).`);
            await sleep(wait * 1000);
            const found = await spec.find();
            if (found !== undefined) {
                log(`Found what the attempt whose answer was lost created; it is not created a second time (${spec.what}).`);
                return { value: found, found: true, attempts: attempt };
            }
        }
    }
}
async function repeatable(what, send, options = {}) {
    return (await create_once_createOnce({ what, create: send, find: () => Promise.resolve(undefined) }, options)).value;
}
function create_once_clientOptions(github) {
    const log = (message) => {
        github.log.warn(message);
    };
    return { attempts: (0,client/* retriesOf */.Ko)(github) + 1, log, sleep: (0,client/* sleepOf */.l)(github) };
}

;// CONCATENATED MODULE: ./dist.tmp-js/github/checks.js


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
    const externalId = newMark();
    try {
        const made = await createOnce({
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
                    request: ONE_ATTEMPT,
                });
                return { id: Number(response.data.id), html_url: response.data.html_url };
            },
            find: async () => {
                const { data } = await github.rest.checks.listForRef({ ...repo, ref: run.headSha, check_name: run.name, filter: 'all', per_page: 100 });
                const found = data.check_runs.find((each) => each.external_id === externalId);
                return found ? { id: found.id, html_url: found.html_url } : undefined;
            },
        }, clientOptions(github));
        created = made.value;
    }
    catch (error) {
        if (httpStatus(error) === 403)
            return { ok: false, forbidden: true, message: message(error) };
        throw toApiError(`create the check run "${run.name}"`, error);
    }
    const sent = await Promise.allSettled(batches.slice(1).map((batch, index) => api(`add annotations ${(index + 1) * ANNOTATIONS_PER_REQUEST + 1}–${(index + 1) * ANNOTATIONS_PER_REQUEST + batch.length} to the check run "${run.name}"`, () => github.rest.checks.update({ ...repo, check_run_id: created.id, output: output(batch) }))));
    const failed = sent.find((each) => each.status === 'rejected');
    if (failed)
        throw failed.reason;
    return { ok: true, id: created.id, url: created.html_url ?? '', requests: Math.max(1, batches.length) };
}
async function createCommitStatus(github, repo, status) {
    const description = status.description.length > 140 ? `${status.description.slice(0, 139)}…` : status.description;
    try {
        const response = await repeatable(`set the commit status "${status.context}"`, () => github.rest.repos.createCommitStatus({
            ...repo,
            sha: status.sha,
            state: status.state,
            context: status.context,
            description,
            ...(status.targetUrl ? { target_url: status.targetUrl } : {}),
            request: create_once_ONE_ATTEMPT,
        }), create_once_clientOptions(github));
        return { ok: true, id: Number(response.data.id), url: response.data.url, requests: 1 };
    }
    catch (error) {
        if ((0,client/* httpStatus */.nG)(error) === 403)
            return { ok: false, forbidden: true, message: message(error) };
        throw (0,client/* toApiError */.Gv)(`set the commit status "${status.context}"`, error);
    }
}

;// CONCATENATED MODULE: ./dist.tmp-js/github/issues.js


async function ensureLabel(github, repo, label) {
    try {
        await github.rest.issues.createLabel({ ...repo, ...label, request: { retries: 0 } });
        return true;
    }
    catch (error) {
        return (0,client/* httpStatus */.nG)(error) === 422;
    }
}
function toIssue(data) {
    return { number: data.number, htmlUrl: data.html_url, createdAt: data.created_at, state: data.state };
}
async function createIssue(github, repo, issue) {
    const assignees = issue.assignees ?? [];
    const mark = hiddenMarker(create_once_newMark());
    const body = `${issue.body}\n\n${mark}`;
    const since = sinceNow();
    const open = (withAssignees) => create_once_createOnce({
        what: 'create the approval issue',
        create: async () => toIssue((await github.rest.issues.create({ ...repo, title: issue.title, body, labels: issue.labels, ...(withAssignees ? { assignees } : {}), request: create_once_ONE_ATTEMPT })).data),
        find: async () => {
            const { data } = await github.rest.issues.listForRepo({ ...repo, state: 'all', sort: 'created', direction: 'desc', since, per_page: 100 });
            const found = data.find((each) => each.body?.includes(mark));
            return found ? toIssue(found) : undefined;
        },
    }, create_once_clientOptions(github));
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
    const mark = hiddenMarker(create_once_newMark());
    const since = sinceNow();
    await (0,client/* api */.FH)('comment on the approval issue', () => create_once_createOnce({
        what: `comment on the approval issue #${issueNumber}`,
        create: async () => {
            await github.rest.issues.createComment({ ...repo, issue_number: issueNumber, body: `${body}\n\n${mark}`, request: create_once_ONE_ATTEMPT });
            return true;
        },
        find: async () => ((await listIssueComments(github, repo, issueNumber, since)).some((comment) => comment.body.includes(mark)) ? true : undefined),
    }, create_once_clientOptions(github)));
}
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

;// CONCATENATED MODULE: ./dist.tmp-js/github/teams.js


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

;// CONCATENATED MODULE: ./dist.tmp-js/approval/request.js

const REQUEST_CONTEXT = 'shipgate/approval';
const MAX_DESCRIPTION = 140;
function requestDescription(issue, startedBy) {
    const text = `Waiting for approval in #${issue}; started by ${startedBy.join(', ') || 'nobody'}`;
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
function commitHint(issueBody) {
    return /\/commit\/([0-9a-f]{40})\b/.exec(issueBody)?.[1];
}
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
function outcomeDescription(outcome, issue, who) {
    const text = outcome === 'approved'
        ? `Approved in #${issue} by ${joinNames(who)}`
        : outcome === 'denied'
            ? `Denied in #${issue} by ${joinNames(who)}`
            : `Timed out in #${issue}`;
    return text.length > MAX_DESCRIPTION ? `${text.slice(0, MAX_DESCRIPTION - 1)}…` : text;
}

;// CONCATENATED MODULE: ./dist.tmp-js/approval/github.js








function githubApprovalPort(github, repo, teams = github) {
    return {
        createIssue: async (issue) => {
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
            const statuses = await (0,client/* api */.FH)(`read the statuses of commit ${shortSha(sha)}`, () => github.paginate(github.rest.repos.listCommitStatusesForRef, { ...repo, ref: sha, per_page: 100 }));
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
            const published = await createCommitStatus(github, repo, { sha, context: REQUEST_CONTEXT, state, description, targetUrl });
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

;// CONCATENATED MODULE: ./dist.tmp-js/github/environments.js


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

// EXTERNAL MODULE: ./dist.tmp-js/actions/approval/inputs.js
var approval_inputs = __webpack_require__(6280);
// EXTERNAL MODULE: ./dist.tmp-js/actions/approval/subject.js
var approval_subject = __webpack_require__(5965);
;// CONCATENATED MODULE: ./dist.tmp-js/approval/listener.js








async function requestOf(issue, port) {
    const sha = commitHint(issue.body);
    const request = sha ? findRequest(await port.statuses(sha), sha, issue) : undefined;
    if (!sha || !request) {
        throw new errors/* UserError */.yo(`Issue #${issue.number} has no approval record${sha ? ` on commit ${shortSha(sha)}` : ''} (a ${REQUEST_CONTEXT} status that shipgate set for this issue), so nothing is deployed; its text may have been edited.`);
    }
    return request;
}
async function count(issue, rules, port) {
    const directory = new approvers/* ApproverDirectory */.xx(rules, port.membership);
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
        : `⌛ **Timed out** after ${formatDurationInWords(options.timeoutMs)} with ${result.approvals.length} of ${options.rules.minimumApprovals} approvals. Nothing is deployed; answers here no longer count.`;
    await port.comment(issue.number, body);
    await port.close(issue.number, 'not_planned');
    await port.setStatus(request.sha, 'failure', outcomeDescription(outcome, issue.number, who), issue.htmlUrl);
    const message = outcome === 'denied'
        ? `${who[0] ?? 'An approver'} denied ${shortSha(request.sha)} in ${issue.htmlUrl}; nothing is deployed.`
        : `No approval of ${shortSha(request.sha)} within ${formatDurationInWords(options.timeoutMs)} in ${issue.htmlUrl}; the issue is closed and nothing is deployed.`;
    return { outcome, issue: issue.number, approvers: [], message };
}
const expired = (request, options) => options.now >= (Date.parse(request.requestedAt) || 0) + options.timeoutMs;
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
    if (!(await port.claim(issue.number, request.sha))) {
        return { outcome: 'ignored', issue: issueNumber, approvers: [], message: `Another run already took the approval in #${issueNumber}; it deploys ${shortSha(request.sha)}.` };
    }
    const approvers = result.approvals.map((ballot) => ballot.login);
    await port.comment(issue.number, `✅ **Approved** by ${joinNames(approvers)}. The [approval run](${options.runUrl}) deploys ${shortSha(request.sha)} to production.`);
    await port.close(issue.number, 'completed');
    await port.setStatus(request.sha, 'success', outcomeDescription('approved', issue.number, approvers), issue.htmlUrl);
    return { outcome: 'approved', issue: issueNumber, sha: request.sha, approvers, message: `${shortSha(request.sha)} was approved by ${joinNames(approvers)} in ${issue.htmlUrl}.` };
}
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

;// CONCATENATED MODULE: ./dist.tmp-js/actions/approval/waiting.js











async function requestApproval(inputs, context, github, teams) {
    const repo = { owner: context.owner, repo: context.repo };
    const rules = (0,approval_subject/* approverRules */.n)(inputs, context);
    checkRules(rules);
    const approvalPort = githubApprovalPort(github, repo, teams);
    const listenerPort = githubListenerPort(github, repo, teams);
    await checkTeamsVisible(rules, approvalPort.teamVisible);
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
    const subject = (0,approval_subject/* approvalSubject */.q)(inputs, context, issue ? undefined : await changesSinceLatestRelease(github, repo, context.sha, log.log.info));
    if (!issue) {
        const plan = planApproval({ subject, rules, title: inputs.title, timeoutMs: inputs['timeout-minutes'] * 60_000, pollIntervalMs: 0, now: Date.now() });
        const opened = await approvalPort.createIssue(plan.issue);
        await listenerPort.setStatus(context.sha, 'pending', requestDescription(opened.number, rules.startedBy), opened.htmlUrl);
        issue = opened;
    }
    const waiting = `${describeSubject(subject)} is waiting for approval in ${issue.htmlUrl}; the approval listener deploys it once approved. No runner waits meanwhile.`;
    log.log.notice(waiting);
    core.setOutput('approved', 'false');
    core.setOutput('approvers', '');
    core.setOutput('issue-number', String(issue.number));
    core.setOutput('sha', '');
    await core.summary.addRaw(`## Approval: waiting\n\n${describeSubject(subject)} is waiting for approval in [#${issue.number}](${issue.htmlUrl}). Comment \`approve\` there; the approval listener deploys it. No runner waits meanwhile.\n`).write();
}
function report(result) {
    core.setOutput('approved', String(result.outcome === 'approved'));
    core.setOutput('approvers', result.approvers.join(','));
    core.setOutput('issue-number', result.issue ? String(result.issue) : '');
    core.setOutput('sha', result.sha ?? '');
    log.log.info(result.message);
}
async function listen(inputs, context, github, teams) {
    const repo = { owner: context.owner, repo: context.repo };
    const options = {
        rules: { ...(0,approvers/* parseApprovers */.CR)(inputs.approvers), minimumApprovals: inputs['minimum-approvals'], allowSelfApproval: inputs['allow-self-approval'] },
        timeoutMs: inputs['timeout-minutes'] * 60_000,
        now: Date.now(),
        runUrl: context.runUrl,
        port: githubListenerPort(github, repo, teams),
        log: log.log,
    };
    if (context.eventName === 'issue_comment') {
        const payload = context.payload;
        if (payload.action !== 'created' || !payload.issue?.number || payload.issue.pull_request) {
            report({ outcome: 'ignored', approvers: [], message: 'Only a new comment on an approval issue is counted; nothing to do.' });
            return;
        }
        if (!classifyComment(payload.comment?.body ?? ''))
            log.log.info('This comment is not an answer; counting the answers already given.');
        const result = await answerComment(payload.issue.number, options);
        report(result);
        await core.summary.addRaw(`## Approval: ${result.outcome}\n\n${result.message}\n`).write();
        return;
    }
    const closed = await closeExpired(options);
    report({ outcome: 'ignored', approvers: [], message: closed.length > 0 ? closed.map((result) => result.message).join('\n') : 'No approval issue is past its deadline.' });
    await core.summary.addRaw(`## Approval: time-outs\n\n${closed.length} approval issue${closed.length === 1 ? '' : 's'} closed as timed out.\n`).write();
}

;// CONCATENATED MODULE: ./dist.tmp-js/actions/approval/main.js

















async function run(source = lib_inputs/* envInputSource */.l, early) {
    const inputs = (0,approval_inputs/* readInputs */.K)(new lib_inputs/* InputReader */.i(source), process.env.RUNNER_ENVIRONMENT);
    const context = (0,github_context/* readRunContext */.$)();
    const repo = { owner: context.owner, repo: context.repo };
    const github = (0,client/* createGitHub */.Cl)({ token: inputs['github-token'], log: log.log.warning, early });
    const teams = inputs['teams-token'] ? (0,client/* createGitHub */.Cl)({ token: inputs['teams-token'], log: log.log.warning }) : github;
    if (inputs.mode === 'request')
        return requestApproval(inputs, context, github, teams);
    if (inputs.mode === 'listen')
        return listen(inputs, context, github, teams);
    if (inputs.mode === 'environment') {
        const name = inputs.environment ?? '';
        const holds = requireEnvironmentReviewers(name, await readEnvironmentProtection(github, repo, name));
        log.log.info(holds);
        core.setOutput('approved', 'false');
        core.setOutput('approvers', '');
        core.setOutput('issue-number', '');
        await core.summary.addRaw(`## Approval: by the ${name} environment's required reviewers\n\n${holds}\n`).write();
        return;
    }
    const rules = (0,approval_subject/* approverRules */.n)(inputs, context);
    checkRules(rules);
    const port = githubApprovalPort(github, repo, teams);
    await checkTeamsVisible(rules, (team) => port.teamVisible(team));
    const subject = (0,approval_subject/* approvalSubject */.q)(inputs, context, await changesSinceLatestRelease(github, repo, context.sha, log.log.info));
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
        log.log.info(describePlan(plan));
        core.setOutput('approved', 'false');
        core.setOutput('approvers', '');
        core.setOutput('issue-number', '');
        await core.summary.addRaw(`## Approval: dry run\n\nWould open "${markdownText(plan.issue.title)}" and wait for approval; nothing was created.\n`).write();
        return;
    }
    const cancelled = new AbortController();
    const cancel = (signal) => {
        log.log.info(`Received ${signal}: closing the approval issue as cancelled.`);
        cancelled.abort();
    };
    process.once('SIGTERM', cancel).once('SIGINT', cancel);
    const result = await awaitApproval(plan, {
        port,
        log: log.log,
        signal: cancelled.signal,
        onIssueOpened: (issue) => core.setOutput('issue-number', String(issue.number)),
    }).finally(() => process.off('SIGTERM', cancel).off('SIGINT', cancel));
    core.setOutput('approved', String(result.outcome === 'approved'));
    core.setOutput('approvers', result.tally.approvals.map((ballot) => ballot.login).join(','));
    await core.summary.addRaw(renderSummary(result, plan)).write();
    if (result.outcome !== 'approved')
        throw new errors/* UserError */.yo(result.message);
    log.log.info(result.message);
}


/***/ }),

/***/ 7139:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   log: () => (/* binding */ log),
/* harmony export */   neutralizeCommands: () => (/* binding */ neutralizeCommands)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1889);

const COMMAND_START = /^([\s\u0085]*)(::|##\[)/u;
function neutralizeCommands(text) {
    return text
        .split(/\r\n|\r|\n/)
        .map((line) => line.replace(COMMAND_START, (_match, space, marker) => `${space}${marker[0]}\u200b${marker.slice(1)}`))
        .join('\n');
}
const log = {
    info: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(neutralizeCommands(message)),
    debug: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.debug(neutralizeCommands(message)),
    warning: (message, properties) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(message, properties),
    error: (message, properties) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.error(message, properties),
    notice: (message, properties) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.notice(message, properties),
    startGroup: (name) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.startGroup(name),
    endGroup: () => _actions_core__WEBPACK_IMPORTED_MODULE_0__.endGroup(),
    group: (name, work) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.group(name, work),
};


/***/ })

};
