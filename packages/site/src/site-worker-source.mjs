// The site's worker from source (tests, `tsx`): on Node 20 neither the parent's loader nor a
// worker's own `--import` serves a worker thread, so this registers tsx itself before loading
// site-worker.ts (as @rolekit/render's pdf-worker-source.mjs does). Jobs posted meanwhile wait
// in the thread's port.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
const { exports } = JSON.parse(readFileSync(manifest, 'utf8'));
const tsx = new URL(exports['./esm/api'].import.default, pathToFileURL(manifest)).href;
(await import(tsx)).register();
await import(new URL('./site-worker.ts', import.meta.url).href);
