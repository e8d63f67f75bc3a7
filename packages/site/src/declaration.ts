import { declareGenerator } from '@rolekit/core';
import { defaultOptions, optionsSchema, type SiteOptions } from './options.js';

const HTML = 'text/html; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';
const JS = 'text/javascript; charset=utf-8';

/** What the CLI, the cache and the docs know of this generator; the code loads when it runs. */
export const declaration = declareGenerator<SiteOptions>({
  name: 'site',
  description:
    'the role directory as a static website: search, a page per role and person, the RACI matrix, the org chart and a JSON API',
  templates: 'site',
  options: optionsSchema,
  defaultOptions,
  checks: [
    { code: 'RK070', description: 'a template under templates/site/ does not compile' },
    { code: 'RK100', description: 'an unknown option, mode, language tag or limit' },
  ],
  commands: [],
  artifacts: [
    { path: 'index.html', mediaType: HTML, description: 'the role families, search and the downloads' },
    { path: 'families/<family>.html', mediaType: HTML, description: 'a family’s roles and their files' },
    { path: 'roles/<role>.html', mediaType: HTML, description: 'a page per role' },
    { path: 'people/<person>.html', mediaType: HTML, description: 'a page per person (internal mode)' },
    { path: 'raci.html', mediaType: HTML, description: 'the RACI matrix (internal mode)' },
    { path: 'org-chart.html', mediaType: HTML, description: 'the org chart' },
    { path: 'api/roles.json', mediaType: JSON_TYPE, description: 'every role, as JSON' },
    { path: 'api/roles/<role>.json', mediaType: JSON_TYPE, description: 'a role, as JSON' },
    { path: 'assets/site.css', mediaType: 'text/css; charset=utf-8', description: 'the style sheet' },
    { path: 'assets/<script>.js', mediaType: JS, description: 'search and the interactive RACI matrix' },
  ],
  load: () => import('./generate.js'),
});
