// Writes the quick validators as ajv standalone code, so that loading a model does not compile the
// JSON Schemas (about 150 ms on every run). Used by scripts/write-schemas.ts and by the test that
// keeps the committed file in step with the schemas.
import { Ajv2020 } from 'ajv/dist/2020.js';
import standalone from 'ajv/dist/standalone/index.js';
import { ajvOptions } from './ajv-options.js';
import { schemasByKind } from './files.js';

/** Where the generated module lives, relative to this file. */
export const QUICK_VALIDATORS_FILE = 'quick-validators.generated.ts';

/** The source of quick-validators.generated.ts: one export per file kind, named after the kind. */
export function renderQuickValidators(): string {
  const ajv = new Ajv2020({
    ...ajvOptions('quick'),
    code: { source: true, esm: true, lines: true },
    // Not the deprecation notice of `unicode`, which ajv-options.ts sets on purpose.
    logger: {
      log: console.log,
      warn: (...args: unknown[]) => {
        if (!String(args[0]).includes('option unicode')) console.warn(...args);
      },
      error: console.error,
    },
  });
  const exports: Record<string, string> = {};
  for (const [kind, schema] of Object.entries(schemasByKind)) {
    ajv.addSchema(schema);
    exports[kind] = String(schema['$id']);
  }
  // The CommonJS module is the function; its `default` is the same function, with types.
  const code = standalone.default(ajv, exports).replace(/^"use strict";\n/, '');
  return [
    '// @ts-nocheck',
    '// Generated from src/schemas by `pnpm --filter @rolekit/model schemas` (ajv standalone code). Do not edit.',
    '// biome-ignore-all lint: generated code',
    '// biome-ignore-all format: generated code',
    // ajv's ESM output still calls require() for its runtime helpers (such as ucs2length).
    "import { createRequire } from 'node:module';",
    '',
    'const require = createRequire(import.meta.url);',
    code,
  ].join('\n');
}
