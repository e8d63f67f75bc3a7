import { defineGenerator } from '@rolekit/core';
import { generate, validate } from './generate.js';
import { defaultOptions, type SiteOptions } from './options.js';

export const siteGenerator = defineGenerator<SiteOptions>({
  name: 'site',
  description:
    'the role directory as a static website: search, a page per role and person, the RACI matrix, the org chart and a JSON API',
  defaultOptions,
  validate,
  generate,
});

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
export { SEARCH_GLOBAL, SEARCH_OPTIONS, type SearchDocument, searchIndexScript } from './search.js';
