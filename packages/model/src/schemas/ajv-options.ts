import type { Options } from 'ajv/dist/2020.js';

/**
 * How rolekit runs ajv, shared by the generated quick validators and the thorough one, so that both
 * read the schemas the same way. Quick stops at the first error; thorough collects every error with
 * the schema at hand, for messages.
 */
export function ajvOptions(mode: 'quick' | 'thorough'): Options {
  return {
    allErrors: mode === 'thorough',
    verbose: mode === 'thorough',
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
  };
}
