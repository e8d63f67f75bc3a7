// The site's worker thread (see worker.ts): ELK's layouts, which read only plain data and take a
// second or more, run here while the generator's own thread renders the pages. Each message is one
// job; each answer names the job it answers.
import { parentPort } from 'node:worker_threads';
import { partnerLayout, treeLayout } from './layouts.js';
import type { JobAnswer, JobRequest } from './worker.js';

async function answer(request: JobRequest): Promise<JobAnswer> {
  try {
    switch (request.name) {
      case 'tree':
        return { id: request.id, output: await treeLayout(request.input) };
      case 'partners':
        return { id: request.id, output: await partnerLayout(request.input) };
    }
  } catch (error) {
    return { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
}

parentPort?.on('message', async (request: JobRequest) => {
  parentPort!.postMessage(await answer(request));
});
