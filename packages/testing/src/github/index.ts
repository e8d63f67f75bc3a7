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
