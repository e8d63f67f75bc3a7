// The site's worker thread (see worker.ts): the jobs that read only plain data and take seconds at
// 2,000 roles run here while the generator's own thread renders the pages. Each message is one
// job; each answer names the job it answers.
import { parentPort } from 'node:worker_threads';
import { partnerLayout, treeLayout } from './layouts.js';
import { searchIndexScript } from './search.js';
import type { JobAnswer, JobRequest } from './worker.js';

async function answer(request: JobRequest): Promise<JobAnswer> {
  try {
    switch (request.name) {
      case 'tree':
        return { id: request.id, output: await treeLayout(request.input) };
      case 'partners':
        return { id: request.id, output: await partnerLayout(request.input) };
      case 'searchIndex':
        return { id: request.id, output: new TextEncoder().encode(searchIndexScript(request.input)) };
    }
  } catch (error) {
    return { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
}

parentPort?.on('message', async (request: JobRequest) => {
  const reply = await answer(request);
  // The index's bytes are handed over (transferred), not copied.
  const output = 'output' in reply ? reply.output : undefined;
  parentPort!.postMessage(reply, output instanceof Uint8Array ? [output.buffer as ArrayBuffer] : []);
});
