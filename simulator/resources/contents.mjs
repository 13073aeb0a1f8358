// Branches, file contents (read and commit a file, as the Contents API does) and the pull
// requests associated with a commit.
import path from 'node:path/posix';
import { HttpError, notFound } from '../http.mjs';
import { gitCommitShape } from './git-data.mjs';
import { pullsForCommit } from './pulls.mjs';

/** @import { Routes } from '../server.mjs' */
/** @import { Hub } from '../state.mjs' */

const R = '/repos/{owner}/{repo}';

/**
 * @param {Hub} hub
 * @param {string} filePath
 * @param {string} sha
 * @param {'file' | 'dir' | 'submodule'} type
 * @param {number} size
 * @param {string} ref
 */
function contentEntry(hub, filePath, sha, type, size, ref) {
  const api = hub.api(`/contents/${filePath}?ref=${encodeURIComponent(ref)}`);
  const html = hub.html(`/${type === 'dir' ? 'tree' : 'blob'}/${ref}/${filePath}`);
  const git = hub.api(`/git/${type === 'dir' ? 'trees' : 'blobs'}/${sha}`);
  return {
    type,
    size,
    name: path.basename(filePath),
    path: filePath,
    sha,
    url: api,
    git_url: git,
    html_url: html,
    download_url: type === 'file' ? hub.html(`/raw/${ref}/${filePath}`) : null,
    _links: { self: api, git, html },
  };
}

/** @type {Routes} */
export const contentRoutes = {
  [`GET ${R}/branches/{branch}`]: async ({ params }, hub) => {
    const sha = await hub.git.resolveCommit(`refs/heads/${params.branch}`);
    if (!sha) throw new HttpError(404, 'Branch not found');
    return {
      body: {
        name: params.branch,
        commit: await hub.restCommit(sha),
        _links: { self: hub.api(`/branches/${params.branch}`), html: hub.html(`/tree/${params.branch}`) },
        protected: false,
        protection: { enabled: false, required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] } },
        protection_url: hub.api(`/branches/${params.branch}/protection`),
      },
    };
  },

  [`GET ${R}/contents/{path}`]: async ({ params, query }, hub) => {
    const ref = query.ref || hub.defaultBranch;
    const commit = await hub.git.resolveCommit(ref);
    if (!commit) throw new HttpError(404, `No commit found for the ref ${ref}`);
    const filePath = params.path.replace(/^\/+|\/+$/g, '');
    const sha = await hub.git.resolveObject(`${commit}:${filePath}`);
    if (!sha) throw notFound();
    const type = await hub.git.objectType(sha);
    if (type === 'tree') {
      const entries = await hub.git.lsTree(sha);
      return {
        body: entries.map((entry) =>
          contentEntry(hub, `${filePath}/${entry.path}`, entry.sha, entry.type === 'tree' ? 'dir' : entry.type === 'commit' ? 'submodule' : 'file', entry.size ?? 0, ref),
        ),
      };
    }
    const content = await hub.git.readBlob(sha);
    return {
      body: {
        ...contentEntry(hub, filePath, sha, 'file', content.length, ref),
        content: (content.toString('base64').match(/.{1,60}/g) ?? []).join('\n'),
        encoding: 'base64',
      },
    };
  },

  [`PUT ${R}/contents/{path}`]: async ({ params, body }, hub) => {
    const branch = body.branch ?? hub.defaultBranch;
    const head = await hub.git.resolveCommit(`refs/heads/${branch}`);
    if (!head) throw new HttpError(404, `Branch ${branch} not found`);
    const filePath = params.path.replace(/^\/+|\/+$/g, '');
    const existing = await hub.git.resolveObject(`${head}:${filePath}`);
    if (existing && !body.sha) throw new HttpError(422, 'Invalid request.\n\n"sha" wasn\'t supplied.', { errors: ['"sha" wasn\'t supplied.'] });
    if (existing && body.sha !== existing) throw new HttpError(409, `${filePath} does not match ${body.sha}`);
    const blob = await hub.git.hashObject(Buffer.from(body.content, 'base64'));
    const { tree: baseTree } = await hub.git.commit(head);
    const tree = await hub.git.makeTree(baseTree, [{ path: filePath, mode: '100644', type: 'blob', sha: blob }]);
    const commit = await hub.git.commitTree({ tree, parents: [head], message: body.message, author: body.author ?? body.committer, committer: body.committer });
    try {
      await hub.git.updateRef(`refs/heads/${branch}`, commit, head);
    } catch {
      throw new HttpError(409, `${branch} moved while the file was written; try again.`);
    }
    const size = (await hub.git.readBlob(blob)).length;
    return {
      status: existing ? 200 : 201,
      body: { content: contentEntry(hub, filePath, blob, 'file', size, branch), commit: await gitCommitShape(hub, commit) },
    };
  },

  [`GET ${R}/commits/{commit_sha}/pulls`]: async (request, hub) => {
    const sha = await hub.git.resolveCommit(request.params.commit_sha);
    if (!sha) throw new HttpError(422, `No commit found for SHA: ${request.params.commit_sha}`);
    return { body: await pullsForCommit(hub, sha) };
  },
};
