import { declareGenerator } from '@rolekit/core';
import { defaultOptions, optionsSchema, type RaciOptions } from './options.js';

/** What the CLI, the cache and the docs know of this generator; the code loads when it runs. */
export const declaration = declareGenerator<RaciOptions>({
  name: 'raci',
  description:
    'RACI matrix of every activity against every role (PDF, CSV, Markdown) and a one-page sheet per role',
  templates: 'raci',
  options: optionsSchema,
  defaultOptions,
  checks: [
    { code: 'RK070', description: 'templates/raci/raci.md.hbs does not compile' },
    { code: 'RK100', description: 'an unknown option or value, or an unknown role in --role' },
  ],
  commands: [{ name: 'explain', description: 'who holds which letter for an activity, and why' }],
  artifacts: [
    { path: 'raci.pdf', mediaType: 'application/pdf', description: 'the matrix, in bands of role columns' },
    { path: 'raci.csv', mediaType: 'text/csv; charset=utf-8; header=present', description: 'the matrix' },
    { path: 'raci.md', mediaType: 'text/markdown; charset=utf-8', description: 'the matrix' },
    { path: 'roles/<role>.pdf', mediaType: 'application/pdf', description: 'one sheet per role' },
  ],
  // A role's sheet is a unit, raci.pdf another; the CSV and Markdown take milliseconds: shard 1.
  shardUnit(path) {
    if (path.startsWith('roles/')) return path.slice('roles/'.length).replace(/\.pdf$/, '');
    return path === 'raci.pdf' ? path : undefined;
  },
  load: () => import('./generate.js'),
});
