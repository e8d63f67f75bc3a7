/**
 * A PDF to render in a worker: export `name` of `module` (a file URL), called with the value shared
 * under `context` (if any) and then `args`; it returns the PDF's bytes. Everything crosses threads
 * by structured clone, so a job names its module and passes data, never a pdfmake definition
 * (definitions hold functions: table layouts, footers).
 */
export interface PdfJob {
  module: string;
  name: string;
  context?: string;
  args: unknown[];
}

/** Runs a job in this thread: what a worker does with each job, and the pool with its first ones. */
export async function runPdfJob(job: PdfJob, shared: ReadonlyMap<string, unknown>): Promise<Uint8Array> {
  const exports = (await import(job.module)) as Record<string, unknown>;
  const render = exports[job.name];
  if (typeof render !== 'function') throw new Error(`${job.module} has no export '${job.name}'`);
  return render(...(job.context === undefined ? job.args : [shared.get(job.context), ...job.args]));
}
