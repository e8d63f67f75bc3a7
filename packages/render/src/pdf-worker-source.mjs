// The PDF worker from source (tests, `tsx`): on Node 20 neither the parent's loader nor a worker's
// own `--import` serves a worker thread, so this registers tsx itself before loading pdf-worker.ts.
// piscina awaits the default export, so a promise of the handler will do.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

// tsx's ESM API (its package exports map names the file for `import`).
const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
const { exports } = JSON.parse(readFileSync(manifest, 'utf8'));
const tsx = new URL(exports['./esm/api'].import.default, pathToFileURL(manifest)).href;

export default import(tsx)
  .then((api) => {
    api.register();
    return import(new URL('./pdf-worker.ts', import.meta.url).href);
  })
  .then((worker) => worker.default);
