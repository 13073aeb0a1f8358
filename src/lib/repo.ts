/**
 * owner/repo of the repository an action works on. A type alias, not an interface, so it can be
 * spread into request parameters: aliases satisfy Octokit's index-signature parameter type.
 */
export type RepoRef = {
  owner: string;
  repo: string;
};
