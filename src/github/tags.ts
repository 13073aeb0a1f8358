import { api, errorData, httpStatus, type GitHub } from './client.js';
import type { RepoRef } from '../lib/repo.js';
import { clientOptions, createOnce, ONE_ATTEMPT, repeatable } from './create-once.js';
import { TAGS_PER_PAGE } from './well-known.js';

/**
 * Typed wrappers over the git tag API: tag refs and annotated tag objects. A ref of an annotated
 * tag points at the tag object, not at the commit: `type: 'tag'` says so.
 */
export interface TagRef {
  /** The tag name, without refs/tags/. */
  name: string;
  /** The object the ref points at: the commit for a lightweight tag, the tag object for an annotated one. */
  sha: string;
  type: 'commit' | 'tag' | 'tree' | 'blob';
}

type RefData = Awaited<ReturnType<GitHub['rest']['git']['getRef']>>['data'];

const asTagRef = (data: RefData): TagRef => ({
  name: data.ref.replace(/^refs\/tags\//, ''),
  sha: data.object.sha,
  type: data.object.type as TagRef['type'],
});

export interface TagList {
  tags: TagRef[];
  /** Requests it took (GitHub answers matching-refs in one response; a paginating server may take more). */
  requests: number;
}

/** Every tag whose name starts with `prefix` (GET /git/matching-refs/tags/<prefix>), all pages. */
export async function listTagRefs(github: GitHub, repo: RepoRef, prefix: string): Promise<TagList> {
  return api(`list the tags starting with ${JSON.stringify(prefix)}`, async () => {
    const tags: TagRef[] = [];
    let requests = 0;
    const pages = github.paginate.iterator(github.rest.git.listMatchingRefs, {
      ...repo,
      ref: `tags/${prefix}`,
      per_page: TAGS_PER_PAGE,
    });
    for await (const page of pages) {
      requests += 1;
      for (const entry of page.data) {
        if (entry.ref.startsWith('refs/tags/')) tags.push(asTagRef(entry));
      }
    }
    return { tags, requests };
  });
}

/** One tag ref, or undefined when there is no such tag. */
export async function getTagRef(github: GitHub, repo: RepoRef, name: string): Promise<TagRef | undefined> {
  return api(`look up the tag ${name}`, async () => {
    try {
      const { data } = await github.rest.git.getRef({ ...repo, ref: `tags/${name}` });
      return asTagRef(data);
    } catch (error) {
      if (httpStatus(error) === 404) return undefined;
      throw error;
    }
  });
}

/** The commit a tag ref finally points at (an annotated tag is read once per level, normally one). */
export async function peelTag(github: GitHub, repo: RepoRef, tag: TagRef): Promise<string | undefined> {
  let { sha, type } = tag;
  for (let depth = 0; type === 'tag' && depth < 5; depth++) {
    const { data } = await api(`read the annotated tag ${tag.name}`, () =>
      github.rest.git.getTag({ ...repo, tag_sha: sha }),
    );
    sha = data.object.sha;
    type = data.object.type as TagRef['type'];
  }
  return type === 'commit' ? sha : undefined;
}

export interface AnnotatedTagParams {
  name: string;
  message: string;
  sha: string;
}

/** POST /git/tags: the annotated tag object (not yet a ref); returns its sha. */
export async function createTagObject(github: GitHub, repo: RepoRef, params: AnnotatedTagParams): Promise<string> {
  const what = `create the annotated tag object ${params.name}`;
  return api(what, async () => {
    // No ref points at a tag object yet: a second one after a lost answer is invisible.
    const { data } = await repeatable(
      what,
      () => github.rest.git.createTag({ ...repo, tag: params.name, message: params.message, object: params.sha, type: 'commit', request: ONE_ATTEMPT }),
      clientOptions(github),
    );
    return data.sha;
  });
}

/**
 * POST /git/refs for refs/tags/<name>. Returns false (instead of failing) when the ref already
 * exists, so a caller racing another run can look at what is there. After a lost answer, a ref
 * that points at `sha` (this run's own tag object) is the one this request created.
 */
export async function createTagRef(github: GitHub, repo: RepoRef, name: string, sha: string): Promise<boolean> {
  const what = `create the tag ref refs/tags/${name}`;
  return api(what, async () => {
    try {
      const created = await createOnce(
        {
          what,
          create: async () => {
            await github.rest.git.createRef({ ...repo, ref: `refs/tags/${name}`, sha, request: ONE_ATTEMPT });
            return true;
          },
          find: async () => ((await getTagRef(github, repo, name))?.sha === sha ? true : undefined),
        },
        clientOptions(github),
      );
      return created.value;
    } catch (error) {
      const message = errorData(error).message ?? '';
      if (httpStatus(error) === 422 && /already exists/i.test(message)) return false;
      throw error;
    }
  });
}

/**
 * GET /tags: every tag with the commit it points at (annotated tags peeled), 100 per page, up to
 * maxPages pages. The only listing that peels tags in bulk; its order is not by version on GitHub,
 * so it is read whole, which is why callers only use it when a cheaper way did not answer.
 */
export async function listPeeledTags(github: GitHub, repo: RepoRef, maxPages = 100): Promise<{ commits: Map<string, string>; requests: number }> {
  return api('list the tags with their commits', async () => {
    const commits = new Map<string, string>();
    let requests = 0;
    const pages = github.paginate.iterator(github.rest.repos.listTags, { ...repo, per_page: 100 });
    for await (const page of pages) {
      requests += 1;
      for (const tag of page.data) commits.set(tag.name, tag.commit.sha);
      if (requests >= maxPages) break;
    }
    return { commits, requests };
  });
}
