import { api, errorData, httpStatus, type GitHub } from './client.js';
import { clientOptions, createOnce, ONE_ATTEMPT } from './create-once.js';
import type { RepoRef } from '../lib/repo.js';

/** Typed wrappers over the Releases REST API. */
export interface Release {
  id: number;
  tag_name: string;
  name: string | null;
  body: string | null;
  html_url: string;
  draft: boolean;
  prerelease: boolean;
  created_at: string;
}

type ReleaseData = Awaited<ReturnType<GitHub['rest']['repos']['getReleaseByTag']>>['data'];

const asRelease = (data: ReleaseData): Release => ({
  id: data.id,
  tag_name: data.tag_name,
  name: data.name ?? null,
  body: data.body ?? null,
  html_url: data.html_url ?? '',
  draft: Boolean(data.draft),
  prerelease: Boolean(data.prerelease),
  created_at: data.created_at ?? '',
});

async function orUndefined<T>(call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call();
  } catch (error) {
    if (httpStatus(error) === 404) return undefined;
    throw error;
  }
}

/** The published release of a tag, or undefined when the tag has none. */
export async function getReleaseByTag(github: GitHub, repo: RepoRef, tag: string): Promise<Release | undefined> {
  return api(`read the release of ${tag}`, () =>
    orUndefined(async () => asRelease((await github.rest.repos.getReleaseByTag({ ...repo, tag })).data)),
  );
}

/** The repository's latest release (what GitHub badges "Latest"), or undefined when there is none. */
export async function getLatestRelease(github: GitHub, repo: RepoRef): Promise<Release | undefined> {
  return api('read the latest release', () =>
    orUndefined(async () => asRelease((await github.rest.repos.getLatestRelease(repo)).data)),
  );
}

/** One page of releases, newest first. */
export async function listReleases(github: GitHub, repo: RepoRef, page = 1, perPage = 100): Promise<Release[]> {
  return api('list the releases', async () => {
    const { data } = await github.rest.repos.listReleases({ ...repo, per_page: perPage, page });
    return data.map(asRelease);
  });
}

export interface ReleaseNotesParams {
  tag: string;
  target: string;
  previousTag: string | undefined;
}

/** POST /releases/generate-notes: GitHub's generated name and body, from the previous tag when given. */
export async function generateReleaseNotes(github: GitHub, repo: RepoRef, params: ReleaseNotesParams): Promise<{ name: string; body: string }> {
  return api(`generate the release notes of ${params.tag}`, async () => {
    const { data } = await github.rest.repos.generateReleaseNotes({
      ...repo,
      tag_name: params.tag,
      target_commitish: params.target,
      ...(params.previousTag ? { previous_tag_name: params.previousTag } : {}),
    });
    return { name: data.name, body: data.body };
  });
}

export type MakeLatest = 'true' | 'false';

export interface CreateReleaseParams {
  tag: string;
  target: string;
  name: string;
  body: string;
  prerelease: boolean;
  makeLatest: MakeLatest;
}

/**
 * POST /releases for an existing tag. 422 already_exists (another run was faster) gives undefined.
 * After a lost answer the tag name is the mark: GitHub keeps one release per tag, so the release
 * of the tag found then is the one this request created (createOnce). (A concurrent run of the
 * same commit whose POST lands in that same moment would be counted as this one: both describe
 * one and the same release, so nothing is duplicated either way.)
 */
export async function createRelease(github: GitHub, repo: RepoRef, params: CreateReleaseParams): Promise<Release | undefined> {
  const what = `create the release ${params.tag}`;
  return api(what, async () => {
    try {
      const created = await createOnce(
        {
          what,
          create: async () => {
            const { data } = await github.rest.repos.createRelease({
              ...repo,
              tag_name: params.tag,
              target_commitish: params.target,
              name: params.name,
              body: params.body,
              draft: false,
              prerelease: params.prerelease,
              // Drafts and pre-releases cannot be latest; GitHub rejects nothing but ignores it, so be exact.
              make_latest: params.prerelease ? 'false' : params.makeLatest,
              request: ONE_ATTEMPT,
            });
            return asRelease(data);
          },
          find: () => getReleaseByTag(github, repo, params.tag),
        },
        clientOptions(github),
      );
      return created.value;
    } catch (error) {
      const errors = errorData(error).errors ?? [];
      if (httpStatus(error) === 422 && errors.some((entry) => (entry as { code?: string } | null)?.code === 'already_exists')) return undefined;
      throw error;
    }
  });
}

export interface UpdateReleaseParams {
  name?: string;
  body?: string;
  makeLatest?: MakeLatest;
}

/** PATCH /releases/{id}: only the fields given change. */
export async function updateRelease(github: GitHub, repo: RepoRef, id: number, params: UpdateReleaseParams, what = `update release ${id}`): Promise<Release> {
  return api(what, async () => {
    const { data } = await github.rest.repos.updateRelease({
      ...repo,
      release_id: id,
      ...(params.name !== undefined ? { name: params.name } : {}),
      ...(params.body !== undefined ? { body: params.body } : {}),
      ...(params.makeLatest !== undefined ? { make_latest: params.makeLatest } : {}),
    });
    return asRelease(data);
  });
}
