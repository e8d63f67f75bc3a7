import type { JiraOptions } from './options.js';

export {
  type ApplyOptions,
  type ApplyResult,
  applyPlan,
  type ClientOptions,
  JiraApi,
  JiraRequestError,
  outcomeLine,
  type RequestStats,
  readSite,
  type SchemeOutcome,
  type SchemeStatus,
} from './apply.js';
export {
  type ConnectionResult,
  connectionFromEnv,
  type JiraConnection,
  redact,
  secretsOf,
} from './connection.js';
export { declaration } from './declaration.js';
/** The generator with its code, for tests and programs that run it directly (the CLI loads the declaration). */
export { jiraGenerator } from './generator.js';
export { formatMarker, MARKER_PREFIX, parseMarker } from './marker.js';
export {
  formatPlan,
  hasChanges,
  type Plan,
  type PlanOptions,
  plan,
  planSummaryLine,
  type RemoteScheme,
  type RemoteState,
  type SchemePlan,
  summarisePlan,
} from './plan.js';
export { type PermissionSchemeBody, schemeFileBody } from './scheme-body.js';
export { jiraPolicyProblems } from './validate.js';
export {
  type DesiredScheme,
  desiredSchemes,
  type Grant,
  grantKey,
  type Holder,
  holderLabel,
} from './view.js';
export type { JiraOptions };
