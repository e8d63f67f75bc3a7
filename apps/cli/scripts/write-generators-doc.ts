// Writes docs/generators.md from the generators' declarations: pnpm --filter rolekit docs
import { writeFileSync } from 'node:fs';
import { builtIn } from '../src/generators.js';
import { GENERATORS_DOC, renderGeneratorsDoc } from '../src/generators-doc.js';

writeFileSync(GENERATORS_DOC, renderGeneratorsDoc(builtIn));
console.log('wrote docs/generators.md');
