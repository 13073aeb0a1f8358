// The repository, its history and comparisons, and its tags — answered from the git repository.
import { EMPTY_TREE } from '../git.mjs';
import { HttpError, notFound, pageParams, linkHeader, paginate } from '../http.mjs';

/** @import { HandlerRequest, Routes } from '../server.mjs' */
/** @import { Hub } from '../state.mjs' */

const R = '/repos/{owner}/{repo}';
const MAX_COMPARE_FILES = 300;
const MAX_COMPARE_COMMITS = 250;

/**
 * Resolve a commit-ish or answer GitHub's 422 "No commit found for SHA".
 * @param {Hub} hub
 * @param {string} ref
 */
export async function commitOr422(hub, ref) {
  const sha = await hub.git.resolveCommit(ref);
  if (!sha) throw new HttpError(422, `No commit found for SHA: ${ref}`);
  return sha;
}

/** The compare endpoint accepts 'owner:branch' for the fork side; the simulator has one repository. */
/** @param {string} side */
function stripOwner(side) {
  return side.includes(':') ? side.slice(side.indexOf(':') + 1) : side;
}

/** @param {Record<string, string | undefined>} query */
function hasPaging(query) {
  return query.per_page !== undefined || query.page !== undefined;
}

/** @type {Routes} */
export const repositoryRoutes = {
  [`GET ${R}`]: (request, hub) => ({
    body: hub.repository(
      request.readOnly
        ? { admin: false, maintain: false, push: false, triage: false, pull: true }
        : { admin: false, maintain: false, push: true, triage: true, pull: true },
    ),
  }),

  [`GET ${R}/commits/{ref}`]: async (request, hub) => {
    const sha = await commitOr422(hub, request.params.ref);
    const commit = await hub.git.commit(sha);
    const files = await hub.git.diffFiles(commit.parents[0] ?? EMPTY_TREE, sha);
    const additions = files.reduce((sum, file) => sum + file.additions, 0);
    const deletions = files.reduce((sum, file) => sum + file.deletions, 0);
    const page = hasPaging(request.query) ? paginate(request, files) : { body: files.slice(0, MAX_COMPARE_FILES), headers: {} };
    return {
      body: {
        ...(await hub.restCommit(sha)),
        stats: { additions, deletions, total: additions + deletions },
        files: page.body.map((file) => hub.diffEntry(file, sha)),
      },
      headers: page.headers,
    };
  },

  [`GET ${R}/commits`]: async (request, hub) => {
    const { query } = request;
    const start = query.sha || hub.defaultBranch;
    const sha = await hub.git.resolveCommit(start);
    if (!sha) throw new HttpError(404, `No commit found for SHA: ${start}`);
    const filters = [
      ...(query.since ? [`--since=${query.since}`] : []),
      ...(query.until ? [`--until=${query.until}`] : []),
      ...(query.author ? [`--author=${query.author}`] : []),
    ];
    const paths = query.path ? ['--', query.path] : ['--'];
    const { perPage, page } = pageParams(query);
    const total = Number((await hub.git.run(['rev-list', '--count', ...filters, sha, ...paths])).trim());
    const listed = await hub.git.run(['rev-list', `--skip=${(page - 1) * perPage}`, `--max-count=${perPage}`, ...filters, sha, ...paths]);
    const shas = listed.split('\n').filter(Boolean);
    const body = await hub.restCommits(shas);
    const link = linkHeader(request.origin, request.rawPath, query, page, perPage, total);
    /** @type {Record<string, string>} */
    const headers = link ? { link } : {};
    return { body, headers };
  },

  [`GET ${R}/compare/{basehead}`]: async (request, hub) => {
    const match = /^(.+?)(\.{2,3})(.+)$/.exec(request.params.basehead);
    if (!match) throw notFound();
    const [, base = '', , head = ''] = match;
    return compare(request, hub, base, head);
  },

  [`GET ${R}/compare/{base}...{head}`]: (request, hub) => compare(request, hub, request.params.base, request.params.head),

  [`GET ${R}/tags`]: async (request, hub) => {
    const tags = (await hub.git.tags()).map((tag) => ({
      name: tag.name,
      commit: { sha: tag.commit, url: hub.api(`/commits/${tag.commit}`) },
      zipball_url: hub.api(`/zipball/refs/tags/${tag.name}`),
      tarball_url: hub.api(`/tarball/refs/tags/${tag.name}`),
      node_id: `REF_${Buffer.from(`refs/tags/${tag.name}`).toString('base64url')}`,
    }));
    return paginate(request, tags);
  },
};

/**
 * @param {HandlerRequest} request
 * @param {Hub} hub
 * @param {string} baseName
 * @param {string} headName
 */
async function compare(request, hub, baseName, headName) {
  const { git } = hub;
  const base = await git.resolveCommit(stripOwner(baseName));
  const head = await git.resolveCommit(stripOwner(headName));
  if (!base || !head) throw notFound();
  const mergeBase = await git.mergeBase(base, head);
  if (!mergeBase) throw new HttpError(404, `No common ancestor between ${baseName} and ${headName}.`);
  const [aheadBy, behindBy] = await Promise.all([git.count([`${base}..${head}`]), git.count([`${head}..${base}`])]);
  const status = aheadBy === 0 && behindBy === 0 ? 'identical' : behindBy === 0 ? 'ahead' : aheadBy === 0 ? 'behind' : 'diverged';
  const allCommits = await git.revList(['--reverse', `${base}..${head}`]);

  let shas;
  /** @type {Record<string, string>} */
  let headers = {};
  let firstPage = true;
  if (hasPaging(request.query)) {
    const { perPage, page } = pageParams(request.query);
    shas = allCommits.slice((page - 1) * perPage, page * perPage);
    firstPage = page === 1;
    const link = linkHeader(request.origin, request.rawPath, request.query, page, perPage, allCommits.length);
    if (link) headers = { link };
  } else {
    shas = allCommits.slice(0, MAX_COMPARE_COMMITS);
  }
  // Like GitHub, the files are those of the three-dot diff, shown on the first page only.
  const files = firstPage ? (await git.diffFiles(mergeBase, head)).slice(0, MAX_COMPARE_FILES) : [];
  const range = `${baseName}...${headName}`;
  return {
    headers,
    body: {
      url: hub.api(`/compare/${range}`),
      html_url: hub.html(`/compare/${range}`),
      permalink_url: hub.html(`/compare/${base}...${head}`),
      diff_url: hub.html(`/compare/${range}.diff`),
      patch_url: hub.html(`/compare/${range}.patch`),
      base_commit: await hub.restCommit(base),
      merge_base_commit: await hub.restCommit(mergeBase),
      status,
      ahead_by: aheadBy,
      behind_by: behindBy,
      total_commits: allCommits.length,
      commits: await hub.restCommits(shas),
      files: files.map((file) => hub.diffEntry(file, head)),
    },
  };
}
