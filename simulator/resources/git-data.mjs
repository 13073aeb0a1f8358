// The Git database API (refs, commits, trees, blobs, annotated tags). Reads come from the
// repository; writes really write into it, so `git` in a test sees the same objects and refs.
import { HttpError, notFound } from '../http.mjs';
import { unverified } from '../state.mjs';

/** @import { Routes } from '../server.mjs' */
/** @import { Hub } from '../state.mjs' */
/** @import { GitRef } from '../git.mjs' */

const R = '/repos/{owner}/{repo}';

/**
 * 'heads/main', 'refs/heads/main' → 'refs/heads/main'.
 * @param {string} ref
 */
function fullRef(ref) {
  return ref.startsWith('refs/') ? ref : `refs/${ref}`;
}

/**
 * @param {Hub} hub
 * @param {GitRef} entry
 */
function refShape(hub, entry) {
  const kind = entry.type === 'tag' ? 'tags' : entry.type === 'tree' ? 'trees' : entry.type === 'blob' ? 'blobs' : 'commits';
  return {
    ref: entry.ref,
    node_id: `REF_${Buffer.from(entry.ref).toString('base64url')}`,
    url: hub.api(`/git/${entry.ref}`),
    object: { type: entry.type, sha: entry.sha, url: hub.api(`/git/${kind}/${entry.sha}`) },
  };
}

/**
 * A commit in the Git database shape (GET /git/commits/{sha}).
 * @param {Hub} hub
 * @param {string} sha
 */
export async function gitCommitShape(hub, sha) {
  const commit = await hub.git.commit(sha);
  return {
    sha: commit.sha,
    node_id: `C_${commit.sha}`,
    url: hub.api(`/git/commits/${commit.sha}`),
    html_url: hub.html(`/commit/${commit.sha}`),
    author: commit.author,
    committer: commit.committer,
    message: commit.message,
    tree: { sha: commit.tree, url: hub.api(`/git/trees/${commit.tree}`) },
    parents: commit.parents.map((parent) => ({
      sha: parent,
      url: hub.api(`/git/commits/${parent}`),
      html_url: hub.html(`/commit/${parent}`),
    })),
    verification: unverified(),
  };
}

/**
 * @param {Hub} hub
 * @param {string} sha
 */
async function tagShape(hub, sha) {
  const tag = await hub.git.readTag(sha);
  const kind = tag.object.type === 'tag' ? 'tags' : `${tag.object.type}s`;
  return {
    node_id: `TAG_${sha}`,
    tag: tag.tag,
    sha,
    url: hub.api(`/git/tags/${sha}`),
    message: tag.message,
    tagger: tag.tagger,
    object: { ...tag.object, url: hub.api(`/git/${kind}/${tag.object.sha}`) },
    verification: unverified(),
  };
}

/**
 * @param {Hub} hub
 * @param {string} sha
 * @param {boolean} recursive
 */
async function treeShape(hub, sha, recursive) {
  const entries = await hub.git.lsTree(sha, recursive);
  return {
    sha,
    url: hub.api(`/git/trees/${sha}`),
    tree: entries.map((entry) => ({
      ...entry,
      url: hub.api(`/git/${entry.type === 'tree' ? 'trees' : entry.type === 'blob' ? 'blobs' : 'commits'}/${entry.sha}`),
    })),
    truncated: false,
  };
}

/**
 * @param {Hub} hub
 * @param {string} sha
 * @param {string} [type]  the object type required
 */
async function objectOr422(hub, sha, type) {
  const actual = await hub.git.objectType(sha);
  if (!actual || (type && actual !== type)) throw new HttpError(422, 'Object does not exist');
  return actual;
}

/** @type {Routes} */
export const gitDataRoutes = {
  [`GET ${R}/git/ref/{ref}`]: async (request, hub) => {
    const entry = await hub.git.getRef(fullRef(request.params.ref));
    if (!entry) throw notFound();
    return { body: refShape(hub, entry) };
  },

  [`GET ${R}/git/matching-refs/{ref}`]: async (request, hub) => {
    const prefix = fullRef(request.params.ref);
    const refs = (await hub.git.refs()).filter((entry) => entry.ref.startsWith(prefix));
    return { body: refs.map((entry) => refShape(hub, entry)) };
  },

  [`POST ${R}/git/refs`]: async ({ body }, hub) => {
    if (!/^refs\/[^/]+\/.+/.test(body.ref)) {
      throw new HttpError(422, 'Reference name must start with "refs/" and have at least two slashes.');
    }
    if ((await hub.git.tryRun(['check-ref-format', body.ref])) === undefined) throw new HttpError(422, `${body.ref} is not a valid ref name.`);
    const type = await objectOr422(hub, body.sha);
    if (await hub.git.getRef(body.ref)) throw new HttpError(422, 'Reference already exists');
    await hub.git.updateRef(body.ref, body.sha);
    return { status: 201, body: refShape(hub, { ref: body.ref, sha: body.sha, type }) };
  },

  [`PATCH ${R}/git/refs/{ref}`]: async ({ params, body }, hub) => {
    const ref = fullRef(params.ref);
    const current = await hub.git.getRef(ref);
    if (!current) throw new HttpError(422, 'Reference does not exist');
    const type = await objectOr422(hub, body.sha);
    // GitHub's reference: without `force`, the update must be a fast-forward ("make sure you're
    // not overwriting work"), for every ref, not only branches: refs/shipgate/coverage relies on it.
    if (!body.force && current.sha !== body.sha && !(await hub.git.isAncestor(current.sha, body.sha))) {
      throw new HttpError(422, 'Update is not a fast forward');
    }
    await hub.git.updateRef(ref, body.sha);
    return { body: refShape(hub, { ref, sha: body.sha, type }) };
  },

  [`DELETE ${R}/git/refs/{ref}`]: async ({ params }, hub) => {
    const ref = fullRef(params.ref);
    if (!(await hub.git.getRef(ref))) throw new HttpError(422, 'Reference does not exist');
    await hub.git.deleteRef(ref);
    return { status: 204 };
  },

  [`GET ${R}/git/commits/{commit_sha}`]: async ({ params }, hub) => {
    if ((await hub.git.objectType(params.commit_sha)) !== 'commit') throw notFound();
    return { body: await gitCommitShape(hub, params.commit_sha) };
  },

  [`POST ${R}/git/commits`]: async ({ body }, hub) => {
    await objectOr422(hub, body.tree, 'tree');
    for (const parent of body.parents ?? []) await objectOr422(hub, parent, 'commit');
    const sha = await hub.git.commitTree({
      tree: body.tree,
      parents: body.parents ?? [],
      message: body.message,
      author: body.author,
      committer: body.committer ?? body.author,
    });
    return { status: 201, body: await gitCommitShape(hub, sha) };
  },

  [`POST ${R}/git/tags`]: async ({ body }, hub) => {
    await objectOr422(hub, body.object, body.type);
    if ((await hub.git.tryRun(['check-ref-format', `refs/tags/${body.tag}`])) === undefined) {
      throw new HttpError(422, `${body.tag} is not a valid tag name.`);
    }
    const sha = await hub.git.makeTag({ object: body.object, type: body.type, tag: body.tag, message: body.message, tagger: body.tagger });
    return { status: 201, body: await tagShape(hub, sha) };
  },

  [`GET ${R}/git/tags/{tag_sha}`]: async ({ params }, hub) => {
    if ((await hub.git.objectType(params.tag_sha)) !== 'tag') throw notFound();
    return { body: await tagShape(hub, params.tag_sha) };
  },

  [`POST ${R}/git/blobs`]: async ({ body }, hub) => {
    const content = Buffer.from(body.content, body.encoding === 'base64' ? 'base64' : 'utf8');
    const sha = await hub.git.hashObject(content);
    return { status: 201, body: { url: hub.api(`/git/blobs/${sha}`), sha } };
  },

  [`GET ${R}/git/blobs/{file_sha}`]: async ({ params }, hub) => {
    if ((await hub.git.objectType(params.file_sha)) !== 'blob') throw notFound();
    const content = await hub.git.readBlob(params.file_sha);
    return {
      body: {
        content: (content.toString('base64').match(/.{1,60}/g) ?? []).join('\n'),
        encoding: 'base64',
        url: hub.api(`/git/blobs/${params.file_sha}`),
        sha: params.file_sha,
        size: content.length,
        node_id: `B_${params.file_sha}`,
      },
    };
  },

  [`POST ${R}/git/trees`]: async ({ body }, hub) => {
    let base;
    if (body.base_tree !== undefined) {
      // GitHub's reference: base_tree is "the SHA1 of an existing Git tree object". A commit sha
      // (a tree-ish that `git` itself would peel) is refused, unlike GET /git/trees/{sha}.
      if (!/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(body.base_tree) || (await hub.git.objectType(body.base_tree)) !== 'tree') {
        throw new HttpError(422, 'base_tree is not a valid tree oid');
      }
      base = body.base_tree;
    }
    for (const entry of body.tree) {
      if (!entry.path || !entry.mode || !entry.type) throw new HttpError(422, 'Invalid tree info', { errors: ['Must supply tree.path, tree.mode and tree.type'] });
      if (entry.sha != null && entry.content !== undefined) {
        throw new HttpError(422, 'Invalid tree info', { errors: ['Must supply either tree.sha or tree.content, not both'] });
      }
      if (entry.sha === undefined && entry.content === undefined) {
        throw new HttpError(422, 'Invalid tree info', { errors: ['Must supply either tree.sha or tree.content'] });
      }
      if (entry.sha && entry.type !== 'commit') await objectOr422(hub, entry.sha, entry.type);
    }
    const sha = await hub.git.makeTree(base, body.tree);
    return { status: 201, body: await treeShape(hub, sha, false) };
  },

  [`GET ${R}/git/trees/{tree_sha}`]: async ({ params, query }, hub) => {
    const sha = await hub.git.resolveObject(`${params.tree_sha}^{tree}`);
    if (!sha) throw notFound();
    // Like GitHub, any value of `recursive` (even 0 or false) asks for the whole tree.
    return { body: await treeShape(hub, sha, query.recursive !== undefined) };
  },
};
