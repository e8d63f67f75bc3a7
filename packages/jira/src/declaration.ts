import { declareGenerator } from '@rolekit/core';
import { defaultOptions, type JiraOptions, optionsSchema } from './options.js';

/**
 * What the CLI, the cache and the docs know of this generator. `load` imports generate.ts only:
 * `rolekit generate jira` never loads the Jira client (jira.js and axios), which sync uses.
 */
export const declaration = declareGenerator<JiraOptions>({
  name: 'jira',
  description:
    'Jira permission schemes: a REST create body per scheme, and a roles x permissions matrix (md, pdf)',
  templates: null,
  options: optionsSchema,
  defaultOptions,
  checks: [
    { code: 'RK045', description: 'roles that share a Jira holder with different grants' },
    { code: 'RK055', description: 'a two-person rule broken through a shared holder' },
    { code: 'RK056', description: 'a forbidden permission through a shared holder' },
    { code: 'RK100', description: 'an unknown option or value' },
  ],
  commands: [
    {
      name: 'sync',
      description: 'compare a Jira Cloud site with the model, and bring it in step with --apply',
    },
    { name: 'diff', description: 'the same as `jira sync` (a dry run)' },
    { name: 'apply', description: 'the same as `jira sync --apply`' },
    { name: 'actors', description: 'who holds each project role on the site (access audit)' },
  ],
  artifacts: [
    {
      path: 'schemes/<scheme>.json',
      mediaType: 'application/json',
      description: 'a REST create body per scheme',
    },
    { path: 'matrix.md', mediaType: 'text/markdown', description: 'roles x permissions per scheme' },
    { path: 'matrix.pdf', mediaType: 'application/pdf', description: 'the same as a PDF' },
  ],
  load: () => import('./generate.js'),
});
