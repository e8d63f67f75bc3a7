// Writes packages/model/schema/<kind>.schema.json, the quick validators generated from them and
// docs/model.md (the model reference), all from src/schemas. Run after editing a schema:
//   pnpm --filter @rolekit/model schemas
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MODEL_REFERENCE_FILE, renderModelReference } from '../src/schemas/reference.js';
import { renderSchemaFiles } from '../src/schemas/render.js';
import { QUICK_VALIDATORS_FILE, renderQuickValidators } from '../src/schemas/standalone.js';

const dir = fileURLToPath(new URL('../schema/', import.meta.url));
mkdirSync(dir, { recursive: true });
for (const [name, json] of renderSchemaFiles()) {
  writeFileSync(dir + name, json);
  console.log(`wrote schema/${name}`);
}
writeFileSync(new URL(`../src/schemas/${QUICK_VALIDATORS_FILE}`, import.meta.url), renderQuickValidators());
console.log(`wrote src/schemas/${QUICK_VALIDATORS_FILE}`);
writeFileSync(MODEL_REFERENCE_FILE, renderModelReference());
console.log('wrote docs/model.md');
