import { api, httpStatus, type GitHub } from './client.js';
import type { RepoRef } from './commits.js';

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

const asRelease = (data: unknown): Release => {
  const raw = data as Record<string, unknown>;
  return {
    id: raw.id as number,
    tag_name: raw.tag_name as string,
    name: (raw.name as string | null) ?? null,
    body: (raw.body as string | null) ?? null,
    html_url: (raw.html_url as string) ?? '',
    draft: Boolean(raw.draft),
    prerelease: Boolean(raw.prerelease),
    created_at: (raw.created_at as string) ?? '',
  };
};

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
    orUndefined(async () => asRelease((await github.request('GET /repos/{owner}/{repo}/releases/tags/{tag}', { ...repo, tag })).data)),
  );
}

/** The repository's latest release (what GitHub badges "Latest"), or undefined when there is none. */
export async function getLatestRelease(github: GitHub, repo: RepoRef): Promise<Release | undefined> {
  return api('read the latest release', () =>
    orUndefined(async () => asRelease((await github.request('GET /repos/{owner}/{repo}/releases/latest', repo)).data)),
  );
}

/** One page of releases, newest first. */
export async function listReleases(github: GitHub, repo: RepoRef, page = 1, perPage = 100): Promise<Release[]> {
  return api('list the releases', async () => {
    const { data } = await github.request('GET /repos/{owner}/{repo}/releases', { ...repo, per_page: perPage, page });
    return (data as unknown[]).map(asRelease);
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
    const { data } = await github.request('POST /repos/{owner}/{repo}/releases/generate-notes', {
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

/** POST /releases for an existing tag. 422 already_exists (another run was faster) gives undefined. */
export async function createRelease(github: GitHub, repo: RepoRef, params: CreateReleaseParams): Promise<Release | undefined> {
  return api(`create the release ${params.tag}`, async () => {
    try {
      const { data } = await github.request('POST /repos/{owner}/{repo}/releases', {
        ...repo,
        tag_name: params.tag,
        target_commitish: params.target,
        name: params.name,
        body: params.body,
        draft: false,
        prerelease: params.prerelease,
        // Drafts and pre-releases cannot be latest; GitHub rejects nothing but ignores it, so be exact.
        make_latest: params.prerelease ? 'false' : params.makeLatest,
      });
      return asRelease(data);
    } catch (error) {
      const errors = (error as { response?: { data?: { errors?: Array<{ code?: string }> } } }).response?.data?.errors ?? [];
      if (httpStatus(error) === 422 && errors.some((entry) => entry?.code === 'already_exists')) return undefined;
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
    const { data } = await github.request('PATCH /repos/{owner}/{repo}/releases/{release_id}', {
      ...repo,
      release_id: id,
      ...(params.name !== undefined ? { name: params.name } : {}),
      ...(params.body !== undefined ? { body: params.body } : {}),
      ...(params.makeLatest !== undefined ? { make_latest: params.makeLatest } : {}),
    });
    return asRelease(data);
  });
}
