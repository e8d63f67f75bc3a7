import type { Options } from 'ajv/dist/2020.js';

/**
 * How rolekit runs ajv, shared by the generated quick validators and the thorough one, so that both
 * read the schemas the same way. Quick stops at the first error; thorough collects every error with
 * the schema at hand, for messages.
 *
 * Lengths count code points. Quick compares a string's UTF-16 length instead (`unicode: false`):
 * counting code points walked every string of every file (a tenth of validating a large model).
 * A UTF-16 length is never smaller than the code point count, so quick never accepts a string
 * that is too long, and for `minLength: 1` (the only minimum the schemas use; a test keeps it so)
 * both counts agree. A string of astral characters (emoji) that fits only by code points fails
 * quick, and thorough, which counts code points, then accepts it.
 */
export function ajvOptions(mode: 'quick' | 'thorough'): Options {
  return {
    allErrors: mode === 'thorough',
    verbose: mode === 'thorough',
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
    // ajv calls the option deprecated (it still honours it, and a test checks that it does); thorough
    // leaves it out, so that ajv warns only when the quick validators are generated.
    ...(mode === 'quick' ? { unicode: false } : {}),
  };
}
