import { schemasByKind } from './files.js';

/** The committed schema files: name -> pretty JSON (stable key order, trailing newline). */
export function renderSchemaFiles(): Array<[string, string]> {
  return Object.entries(schemasByKind).map(([kind, schema]) => [
    `${kind}.schema.json`,
    `${JSON.stringify(schema, null, 2)}\n`,
  ]);
}
