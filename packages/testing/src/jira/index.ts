export {
  isJiraProjectPermission,
  JIRA_PROJECT_PERMISSION_INFO,
  JIRA_PROJECT_PERMISSIONS,
  type JiraProjectPermission,
  type JiraProjectPermissionCategory,
  type JiraProjectPermissionInfo,
} from './permissions.js';
export {
  JIRA_HOLDER_TYPES,
  type JiraHolderType,
  type JiraSchemas,
  jiraSchemas,
  PERMISSION_SCHEME_EXPANDS,
} from './schemas.js';
export {
  DEFAULT_JIRA_CREDENTIALS,
  type JiraCredentials,
  type JiraStandIn,
  type JiraStandInOptions,
  startJiraStandIn,
} from './server.js';
export {
  DEFAULT_SCHEME_ID,
  type GrantInput,
  type HolderInput,
  type JiraGrant,
  type JiraGroup,
  type JiraHolder,
  type JiraPermissionScheme,
  type JiraProject,
  type JiraProjectRole,
  JiraState,
  type JiraUser,
} from './state.js';
export type {
  FaultHandle,
  FaultInjector,
  FaultSpec,
  RecordedRequest,
  Violation,
  ViolationKind,
} from './types.js';
