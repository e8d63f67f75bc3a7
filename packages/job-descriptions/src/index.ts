import { defineGenerator } from '@rolekit/core';
import { generate, validate } from './generate.js';
import { defaultOptions, type JobDescriptionsOptions } from './options.js';

export const jobDescriptionsGenerator = defineGenerator<JobDescriptionsOptions>({
  name: 'job-descriptions',
  description: 'job descriptions for every role as Markdown, self-contained HTML (with JSON-LD) and PDF',
  defaultOptions,
  validate,
  generate,
  // A role's files (both audiences, every format) are made on one machine; the indexes on shard 1.
  shardUnit(path) {
    const id = path.replace(/^internal\//, '').replace(/\.[a-z]+$/, '');
    return id === 'index' ? undefined : id;
  },
});

// Moved to @rolekit/core; still exported here for existing callers.
export { mapLimit } from '@rolekit/core';
export * from './document.js';
export { AUDIENCE_DIR } from './generate.js';
export * from './layout.js';
export {
  FORMATS,
  type JobDescriptionFormat,
  type JobDescriptionsOptions,
  resolveOptions,
} from './options.js';
export { jobDescriptionPdfDefinition, jobDescriptionPdfMeta, renderJobDescriptionPdf } from './pdf.js';
export { renderersFor, TEMPLATE_FOLDER } from './render.js';
export * from './view.js';
