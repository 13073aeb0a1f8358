// Releases: create (creating the tag when missing, as GitHub does on publish), list, latest
// (make_latest semantics), by tag, update, delete, and generated release notes.
import { HttpError, notFound, paginate, validationFailed } from '../http.mjs';
import { loginFor, removeWhere } from '../state.mjs';

/** @import { Routes } from '../server.mjs' */
/** @import { Hub, Release } from '../state.mjs' */

const R = '/repos/{owner}/{repo}';

/**
 * @param {Hub} hub
 * @param {string | number} id
 */
function findRelease(hub, id) {
  const release = hub.state.releases.find((each) => each.id === Number(id));
  if (!release) throw notFound();
  return release;
}

/**
 * @param {Release} a
 * @param {Release} b
 */
function newestFirst(a, b) {
  return b.id - a.id;
}

/**
 * @param {string} tag
 * @returns {[number, number, number]}
 */
function semverKey(tag) {
  const match = /(\d+)\.(\d+)\.(\d+)/.exec(tag);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [-1, -1, -1];
}

/**
 * GitHub's latest release: the one marked by make_latest, else the newest published non-prerelease.
 * @param {Hub} hub
 * @returns {Release | undefined}
 */
export function latestRelease(hub) {
  const eligible = hub.state.releases.filter((release) => !release.draft && !release.prerelease);
  const marked = eligible.find((release) => release.id === hub.state.latestReleaseId);
  if (marked) return marked;
  return [...eligible].sort((a, b) => {
    const [x, y] = [semverKey(a.tag_name), semverKey(b.tag_name)];
    return b.created_at.localeCompare(a.created_at) || y[0] - x[0] || y[1] - x[1] || y[2] - x[2] || b.id - a.id;
  })[0];
}

/**
 * @param {Hub} hub
 * @param {Release} release
 * @param {'true' | 'false' | 'legacy'} [makeLatest]
 */
function applyMakeLatest(hub, release, makeLatest = 'true') {
  if (release.draft || release.prerelease) return;
  if (makeLatest === 'true') hub.state.latestReleaseId = release.id;
  if (makeLatest === 'legacy' && hub.state.latestReleaseId !== undefined) hub.state.latestReleaseId = undefined;
}

/**
 * Publishing a release whose tag does not exist creates a lightweight tag at target_commitish.
 * @param {Hub} hub
 * @param {Release} release
 */
async function ensureTag(hub, release) {
  if (release.draft) return;
  if (await hub.git.getRef(`refs/tags/${release.tag_name}`)) return;
  const sha = await hub.git.resolveCommit(release.target_commitish);
  if (!sha) throw validationFailed('Release', 'target_commitish', 'invalid');
  await hub.git.updateRef(`refs/tags/${release.tag_name}`, sha);
}

/**
 * @param {Hub} hub
 * @param {string} tag
 * @param {number} [exceptId]
 */
function assertTagFree(hub, tag, exceptId) {
  if (hub.state.releases.some((release) => release.tag_name === tag && release.id !== exceptId)) {
    throw validationFailed('Release', 'tag_name', 'already_exists');
  }
}

/**
 * @param {Hub} hub
 * @param {{ id: number, tag_name: string, draft: boolean }} release
 */
function urlsFor(hub, release) {
  const { id, tag_name: tag } = release;
  return {
    url: hub.api(`/releases/${id}`),
    html_url: hub.html(release.draft ? `/releases/tag/untagged-${id}` : `/releases/tag/${tag}`),
    assets_url: hub.api(`/releases/${id}/assets`),
    upload_url: `${hub.origin}/uploads/repos/${hub.owner}/${hub.repo}/releases/${id}/assets{?name,label}`,
    tarball_url: hub.api(`/tarball/${tag}`),
    zipball_url: hub.api(`/zipball/${tag}`),
  };
}

/**
 * The release notes GitHub would generate: the commits since the previous tag.
 * @param {Hub} hub
 * @param {{ tag_name: string, target_commitish?: string, previous_tag_name?: string }} request
 */
async function generateNotes(hub, { tag_name: tag, target_commitish: target, previous_tag_name: previousName }) {
  const head = (await hub.git.resolveCommit(`refs/tags/${tag}`)) ?? (await hub.git.resolveCommit(target ?? hub.defaultBranch));
  if (!head) throw validationFailed('Release', 'target_commitish', 'invalid');
  let previous = previousName;
  if (previous === undefined) previous = await previousReleaseTag(hub, head, tag);
  else if (!(await hub.git.resolveCommit(`refs/tags/${previous}`))) throw validationFailed('Release', 'previous_tag_name', 'invalid');
  const range = previous ? [`refs/tags/${previous}..${head}`] : [head];
  const shas = await hub.git.revList(['--reverse', '--no-merges', ...range]);
  const lines = [];
  for (const sha of shas) {
    const commit = await hub.git.commit(sha);
    lines.push(`* ${commit.message.split('\n')[0]} by @${loginFor(commit.author)}`);
  }
  const changelog = previous ? hub.html(`/compare/${previous}...${tag}`) : hub.html(`/commits/${tag}`);
  const body = [
    "## What's Changed",
    ...(lines.length ? lines : ['* No changes']),
    '',
    '',
    `**Full Changelog**: ${changelog}`,
  ].join('\n');
  return { name: tag, body };
}

/**
 * The nearest earlier release tag reachable from head (else the nearest tag of any kind).
 * @param {Hub} hub
 * @param {string} head
 * @param {string} tag
 * @returns {Promise<string | undefined>}
 */
async function previousReleaseTag(hub, head, tag) {
  const parentOfHead = await hub.git.resolveCommit(`${head}^`);
  if (!parentOfHead) return undefined;
  const releaseTags = hub.state.releases.filter((release) => !release.draft && release.tag_name !== tag).map((release) => release.tag_name);
  /** @type {Array<{ name: string, sha: string }>} */
  const candidates = [];
  for (const name of releaseTags) {
    const sha = await hub.git.resolveCommit(`refs/tags/${name}`);
    if (sha && sha !== head && (await hub.git.isAncestor(sha, parentOfHead))) candidates.push({ name, sha });
  }
  if (candidates.length) {
    // The nearest: the candidate that every other candidate is an ancestor of.
    let best = /** @type {{ name: string, sha: string }} */ (candidates[0]);
    for (const candidate of candidates.slice(1)) if (await hub.git.isAncestor(best.sha, candidate.sha)) best = candidate;
    return best.name;
  }
  const described = await hub.git.tryRun(['describe', '--tags', '--abbrev=0', parentOfHead]);
  return described?.trim() || undefined;
}

/** @type {Routes} */
export const releaseRoutes = {
  [`POST ${R}/releases`]: async ({ body }, hub) => {
    assertTagFree(hub, body.tag_name);
    const id = hub.nextId('release');
    const now = hub.now();
    const draft = body.draft ?? false;
    let notes;
    if (body.generate_release_notes) notes = await generateNotes(hub, body);
    /** @type {Release} */
    const release = {
      ...urlsFor(hub, { id, tag_name: body.tag_name, draft }),
      id,
      node_id: `RE_${id}`,
      tag_name: body.tag_name,
      target_commitish: body.target_commitish ?? hub.defaultBranch,
      name: body.name ?? notes?.name ?? null,
      draft,
      immutable: false,
      prerelease: body.prerelease ?? false,
      created_at: now,
      updated_at: now,
      published_at: draft ? null : now,
      author: hub.actor(),
      assets: [],
      body: notes ? [body.body, notes.body].filter(Boolean).join('\n\n') : (body.body ?? null),
    };
    await ensureTag(hub, release);
    hub.state.releases.push(release);
    applyMakeLatest(hub, release, body.make_latest);
    return { status: 201, body: release };
  },

  [`GET ${R}/releases`]: (request, hub) => paginate(request, [...hub.state.releases].sort(newestFirst)),

  [`GET ${R}/releases/latest`]: (_request, hub) => {
    const release = latestRelease(hub);
    if (!release) throw notFound();
    return { body: release };
  },

  [`GET ${R}/releases/tags/{tag}`]: ({ params }, hub) => {
    const release = hub.state.releases.find((each) => each.tag_name === params.tag && !each.draft);
    if (!release) throw notFound();
    return { body: release };
  },

  [`GET ${R}/releases/{release_id}`]: ({ params }, hub) => ({ body: findRelease(hub, params.release_id) }),

  [`PATCH ${R}/releases/{release_id}`]: async ({ params, body }, hub) => {
    const release = findRelease(hub, params.release_id);
    if (body.tag_name !== undefined) assertTagFree(hub, body.tag_name, release.id);
    const publishing = release.draft && body.draft === false;
    if (body.tag_name !== undefined) release.tag_name = body.tag_name;
    if (body.target_commitish !== undefined) release.target_commitish = body.target_commitish;
    if (body.name !== undefined) release.name = body.name;
    if (body.body !== undefined) release.body = body.body;
    if (body.draft !== undefined) release.draft = body.draft;
    if (body.prerelease !== undefined) release.prerelease = body.prerelease;
    if (publishing) release.published_at = hub.now();
    release.updated_at = hub.now();
    await ensureTag(hub, release);
    Object.assign(release, urlsFor(hub, release));
    if (release.draft || release.prerelease) {
      if (hub.state.latestReleaseId === release.id) hub.state.latestReleaseId = undefined;
    } else if (body.make_latest !== undefined || publishing) {
      applyMakeLatest(hub, release, body.make_latest);
    }
    return { body: release };
  },

  [`DELETE ${R}/releases/{release_id}`]: ({ params }, hub) => {
    const release = findRelease(hub, params.release_id);
    removeWhere(hub.state.releases, (each) => each === release);
    if (hub.state.latestReleaseId === release.id) hub.state.latestReleaseId = undefined;
    return { status: 204 };
  },

  [`POST ${R}/releases/generate-notes`]: async ({ body }, hub) => {
    if (body.previous_tag_name !== undefined && body.previous_tag_name === body.tag_name) {
      throw new HttpError(422, 'Validation Failed', { errors: [{ resource: 'Release', field: 'previous_tag_name', code: 'invalid' }] });
    }
    return { body: await generateNotes(hub, body) };
  },
};
