// One PDF worker thread (see workers.ts): imports the module a job names and calls its export.
import { parentPort } from 'node:worker_threads';
import { type PdfJob, runPdfJob } from './pdf-job.js';

type Message = { type: 'share'; key: string; value: unknown } | ({ type: 'job'; id: number } & PdfJob);

const shared = new Map<string, unknown>();

parentPort!.on('message', async (message: Message) => {
  if (message.type === 'share') {
    shared.set(message.key, message.value);
    return;
  }
  const { id } = message;
  try {
    const bytes = await runPdfJob(message, shared);
    // A copy owns its memory, so it can be handed over (transferred) rather than copied again.
    const owned = new Uint8Array(bytes);
    parentPort!.postMessage({ id, bytes: owned }, [owned.buffer]);
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
