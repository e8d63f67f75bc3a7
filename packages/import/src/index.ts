export {
  type CodeownersImport,
  type CodeownersSource,
  importCodeowners,
  type KeptLine,
} from './codeowners.js';
export {
  type CodeownersLine,
  type ImportProblem,
  ownersKey,
  ownersOfPath,
  type ParsedCodeowners,
  parseCodeowners,
} from './codeowners-file.js';
export {
  type FileChange,
  ImportWriteError,
  type MergeOptions,
  type MergeResult,
  mergeFragments,
  readKnown,
  writeChanges,
} from './folder.js';
export { emptyFragment, emptyKnown, type Fragment, type Known } from './fragment.js';
export { importGitHub, type OrgRead, type OrgTeam, type Profile } from './github.js';
export { importJira, type JiraImport, type JiraSite, type SiteScheme } from './jira.js';
export { compareOwners, type Difference, generatedCodeowners, pathsToProve } from './prove.js';
export {
  type Cell,
  importRaci,
  type RaciImport,
  type RaciOptions,
  type RaciTable,
  readCsv,
  readMarkdown,
} from './raci.js';
