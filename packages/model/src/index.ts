export type { Draft } from './checks/index.js';
export { codeownersPatternProblem } from './checks/index.js';
export {
  CODE_SECTIONS,
  type CodeInfo,
  type CodeSection,
  DIAGNOSTIC_CODES,
  type DiagnosticCode,
  isDiagnosticCode,
} from './codes/index.js';
export * from './diagnostics.js';
export {
  isJiraProjectPermission,
  JIRA_PROJECT_PERMISSION_INFO,
  JIRA_PROJECT_PERMISSIONS,
  type JiraProjectPermissionCategory,
  type JiraProjectPermissionInfo,
} from './jira-permissions.js';
export {
  kindOf,
  type LoadOptions,
  loadModel,
  loadModelFromSources,
  type ModelSources,
  type ParseCache,
  readModelSources,
} from './load.js';
export { LETTER_NAMES, LETTERS_BY_VARIANT, letterName } from './normalise.js';
export { parsePeopleCsv } from './people-csv.js';
export {
  type ActivitiesFile,
  type CodeownersFile,
  type FileKind,
  type JiraFile,
  type OnboardingFile,
  type OrganisationFile,
  type PeopleFile,
  type PoliciesFile,
  type RoleFile,
  schemasByKind,
} from './schemas/files.js';
export { type FieldRow, fieldRows } from './schemas/reference.js';
export { renderSchemaFiles } from './schemas/render.js';
export { closest, didYouMean } from './suggest.js';
export type * from './types.js';
