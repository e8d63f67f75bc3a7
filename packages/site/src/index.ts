import { defineGenerator } from '@rolekit/core';
import { declaration } from './declaration.js';
import { generate, validate } from './generate.js';

/** The generator with its code, for tests and programs that run it directly (the CLI loads the declaration). */
export const siteGenerator = defineGenerator(declaration, { validate, generate });

export { API_VERSION, roleJson, rolesJson } from './api.js';
export { TEMPLATE_FOLDER } from './generate.js';
export {
  defaultOptions,
  MODES,
  type ResolvedOptions,
  resolveOptions,
  type SiteMode,
  type SiteOptions,
} from './options.js';
export { chartedRoles, type OrgChart, orgChart } from './org-chart.js';
export { safeJson } from './safe-json.js';
export {
  SEARCH_GLOBAL,
  SEARCH_OPTIONS,
  type SearchDocument,
  type SearchPayload,
  searchDocumentsScript,
} from './search.js';
export { declaration };
