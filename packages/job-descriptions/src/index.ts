import { defineGenerator } from '@rolekit/core';
import { declaration } from './declaration.js';
import { generate, validate } from './generate.js';

/** The generator with its code, for tests and programs that run it directly (the CLI loads the declaration). */
export const jobDescriptionsGenerator = defineGenerator(declaration, { validate, generate });

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
export { declaration };
