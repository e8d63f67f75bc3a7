// Writes packages/model/schema/<kind>.schema.json from src/schemas. Run after editing a schema:
//   pnpm --filter @rolekit/model schemas
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderSchemaFiles } from '../src/schemas/render.js';

const dir = fileURLToPath(new URL('../schema/', import.meta.url));
mkdirSync(dir, { recursive: true });
for (const [name, json] of renderSchemaFiles()) {
  writeFileSync(dir + name, json);
  console.log(`wrote schema/${name}`);
}
