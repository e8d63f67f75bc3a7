// Writes docs/diagnostics.md from the diagnostics catalogue in src/codes. Run after adding a code:
//   pnpm --filter @rolekit/model diagnostics
import { writeFileSync } from 'node:fs';
import { DIAGNOSTICS_DOC, renderDiagnosticsDoc } from '../src/codes/render.js';

writeFileSync(new URL(`../../../${DIAGNOSTICS_DOC}`, import.meta.url), renderDiagnosticsDoc());
console.log(`wrote ${DIAGNOSTICS_DOC}`);
