/**
 * A local GitHub stand-in for tests, checked against GitHub's OpenAPI description.
 *
 *   const gh = await startGitHubStandIn({ validateResponses: true });
 *   gh.state.addRepo('acme/handbook', { files: { 'README.md': 'hi' } });
 *   gh.state.addTeam('acme', 'eng', { members: ['alice'] });
 *   gh.state.grantTeam('acme', 'eng', 'acme/handbook', 'push');
 *   const octokit = new Octokit({ auth: gh.token, baseUrl: gh.url });
 *   // ... run the code under test ...
 *   expect(gh.violations).toEqual([]);
 *   await gh.close();
 */
export { CODEOWNERS_LOCATIONS, type CodeownersError, checkCodeowners } from './codeowners.js';
export { type Fault, FaultInjector, type FaultSpec } from './faults.js';
export { GitHubApi, loadGitHubOpenApi, type OpenApiDocument, toJsonSchema } from './openapi.js';
export {
  type GitHubStandIn,
  type GitHubStandInOptions,
  type RecordedRequest,
  startGitHubStandIn,
  type Violation,
} from './server.js';
export {
  type AccountRecord,
  type AddRepoOptions,
  type BranchProtection,
  type BranchRecord,
  type CommitRecord,
  type FileRecord,
  GitHubState,
  GitHubStateError,
  type GitHubStateOptions,
  gitBlobSha,
  type IssueRecord,
  type LabelRecord,
  type PullRecord,
  type PutFileOptions,
  type RepoPermission,
  type RepoRecord,
  type TeamRecord,
} from './state.js';
