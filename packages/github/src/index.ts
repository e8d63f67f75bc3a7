export {
  createGitHubClient,
  DEFAULT_GITHUB_API_URL,
  type GitHubClient,
  type GitHubClientExtras,
  type GitHubClientOptions,
  GitHubConfigError,
  type GitHubLog,
  type GitHubOctokit,
  githubFromEnv,
  type RequestStats,
} from './client.js';
export { createOnce, mayHaveGoneThrough, NO_RETRY } from './create-once.js';
export { type CachedResponse, EtagCache, useEtagCache } from './etag-cache.js';
export {
  describeGitHubError,
  type GitHubRequestErrorLike,
  isRequestError,
  redact,
  sanitiseError,
  scrubInPlace,
} from './redact.js';
