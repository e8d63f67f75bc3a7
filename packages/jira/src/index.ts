import { defineGenerator } from '@rolekit/core';
import { generate } from './generate.js';
import { defaultOptions, type JiraOptions } from './options.js';
import { validate } from './validate.js';

export const jiraGenerator = defineGenerator<JiraOptions>({
  name: 'jira',
  description:
    'Jira permission schemes: a REST create body per scheme, and a roles x permissions matrix (md, pdf)',
  defaultOptions,
  validate,
  generate,
});

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
export {
  type DesiredScheme,
  desiredSchemes,
  type Grant,
  grantKey,
  type Holder,
  holderLabel,
} from './desired.js';
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
export type { JiraOptions };
