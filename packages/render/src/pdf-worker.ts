// One PDF worker thread (see workers.ts): piscina calls the default export with each job; the
// values shared with every worker (a large matrix) arrive once, as the pool's workerData.
import { Piscina } from 'piscina';
import { type PdfJob, runPdfJob } from './pdf-job.js';

const shared = new Map<string, unknown>(
  Object.entries((Piscina.workerData ?? {}) as Record<string, unknown>),
);

export default async function renderJob(job: PdfJob): Promise<Uint8Array> {
  const bytes = await runPdfJob(job, shared);
  // A copy owns its memory, so it can be handed over (transferred) rather than copied again.
  return Piscina.move(new Uint8Array(bytes)) as Uint8Array;
}
