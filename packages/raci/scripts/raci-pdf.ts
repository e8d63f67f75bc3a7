// Renders raci.pdf for a model directory in this process and prints time, pages, bytes and peak RSS.
//   node --import tsx packages/raci/scripts/raci-pdf.ts MODEL_DIR [OUT.pdf] [A4|A3]
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { loadModel } from '@rolekit/model';
import { PDFDocument } from 'pdf-lib';
import { raciPdf } from '../src/generate.js';
import { defaultOptions } from '../src/options.js';

const [dir = 'model', out, pageSize = 'A4'] = process.argv.slice(2);
const loaded = await loadModel(dir);
if (!loaded.ok) throw new Error(`cannot load ${dir}`);
const model = loaded.value;
const date = new Date(`${model.organisation.date}T00:00:00Z`);
const start = performance.now();
const bytes = await raciPdf({
  model,
  options: { ...defaultOptions, pageSize: pageSize as 'A4' | 'A3' },
  date,
});
const ms = performance.now() - start;
if (out) writeFileSync(out, bytes);
const pages = (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();
console.log(
  JSON.stringify({
    model: dir,
    roles: model.roles.length,
    activities: model.activities.length,
    seconds: Number((ms / 1000).toFixed(2)),
    pages,
    bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex').slice(0, 16),
    maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
