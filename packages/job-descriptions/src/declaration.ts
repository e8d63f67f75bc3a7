import { declareGenerator } from '@rolekit/core';
import { defaultOptions, type JobDescriptionsOptions, optionsSchema } from './options.js';

const MD = 'text/markdown; charset=utf-8';
const HTML = 'text/html; charset=utf-8';
const PDF = 'application/pdf';

/** What the CLI, the cache and the docs know of this generator; the code loads when it runs. */
export const declaration = declareGenerator<JobDescriptionsOptions>({
  name: 'job-descriptions',
  description: 'job descriptions for every role as Markdown, self-contained HTML (with JSON-LD) and PDF',
  templates: 'job-description',
  options: optionsSchema,
  defaultOptions,
  checks: [
    { code: 'RK070', description: 'a template under templates/job-description/ does not compile' },
    { code: 'RK100', description: 'an unknown option, format, audience or language tag' },
    { code: 'RK111', description: 'a candidate job posting lacks what Google for Jobs needs' },
    { code: 'RK170', description: 'a character no embedded font can draw' },
  ],
  commands: [],
  artifacts: [
    { path: '<role>.md', mediaType: MD, description: 'the candidate version of a role' },
    { path: '<role>.html', mediaType: HTML, description: 'the same, self-contained, with JSON-LD' },
    { path: '<role>.pdf', mediaType: PDF, description: 'the same as a PDF' },
    { path: 'index.md', mediaType: MD, description: 'every role, by family' },
    { path: 'index.html', mediaType: HTML, description: 'every role, by family' },
    { path: 'internal/<role>.md', mediaType: MD, description: 'the internal version (access, code, RACI)' },
    { path: 'internal/<role>.html', mediaType: HTML, description: 'the internal version' },
    { path: 'internal/<role>.pdf', mediaType: PDF, description: 'the internal version' },
    { path: 'internal/index.md', mediaType: MD, description: 'every role, internal versions' },
    { path: 'internal/index.html', mediaType: HTML, description: 'every role, internal versions' },
  ],
  // A role's files (both audiences, every format) are made on one machine; the indexes on shard 1.
  shardUnit(path) {
    const id = path.replace(/^internal\//, '').replace(/\.[a-z]+$/, '');
    return id === 'index' ? undefined : id;
  },
  load: () => import('./generate.js'),
});
