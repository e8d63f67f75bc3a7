// The site's worker thread (see worker.ts): the jobs that read only plain data and take seconds at
// 2,000 roles run here while the generator's own thread renders the pages. Each message is one
// job; each answer names the job it answers.
import { parentPort } from 'node:worker_threads';
import type { Renderer } from '@rolekit/render';
import { ByteArena } from './bytes.js';
import { partnerLayout, treeLayout } from './layouts.js';
import { searchIndexScript } from './search.js';
import type { JobAnswer, JobRequest, PagesInput } from './worker.js';

let last: { key: string; renderer: Renderer } | undefined;

/** The pages, rendered as the generator's thread would (see PagesInput). */
async function pages(input: PagesInput): Promise<Uint8Array[]> {
  // Loaded for the first such job only: the layouts and the index need neither.
  const [{ templateStore }, { createRenderer }] = await Promise.all([
    import('@rolekit/core'),
    import('@rolekit/render'),
  ]);
  const key = JSON.stringify([input.folder, input.templates]);
  if (last?.key !== key)
    last = { key, renderer: createRenderer(templateStore(input.templates), input.folder, 'html') };
  const { renderer } = last;
  const arena = new ByteArena();
  return input.pages.map(({ template, data }) => arena.encode(renderer.render(template, data)));
}

async function answer(request: JobRequest): Promise<JobAnswer> {
  try {
    switch (request.name) {
      case 'tree':
        return { id: request.id, output: await treeLayout(request.input) };
      case 'partners':
        return { id: request.id, output: await partnerLayout(request.input) };
      case 'searchIndex':
        return { id: request.id, output: new TextEncoder().encode(searchIndexScript(request.input)) };
      case 'pages':
        return { id: request.id, output: await pages(request.input) };
    }
  } catch (error) {
    return { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
}

parentPort?.on('message', async (request: JobRequest) => {
  const reply = await answer(request);
  // Bytes (the index, pages) are handed over (transferred), not copied.
  const output = 'output' in reply ? reply.output : undefined;
  const bytes = output instanceof Uint8Array ? [output] : Array.isArray(output) ? output : [];
  // Pages share buffers (bytes.ts): each is handed over once.
  parentPort!.postMessage(reply, [...new Set(bytes.map((b) => b.buffer as ArrayBuffer))]);
});
