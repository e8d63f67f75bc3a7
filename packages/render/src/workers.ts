import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type PdfJob, runPdfJob } from './pdf-job.js';

export type { PdfJob };

export interface PdfWorkers {
  readonly size: number;
  /** Gives every worker `value` under `key` once (a large matrix), instead of with every job. */
  share(key: string, value: unknown): void;
  render(job: PdfJob): Promise<Uint8Array>;
  /** Stops the workers; the pool must be closed for the process to exit. */
  close(): Promise<void>;
}

interface Pending {
  job: PdfJob;
  resolve(bytes: Uint8Array): void;
  reject(error: Error): void;
}

// pdf-worker.ts next to this file from source, pdf-worker.js once built.
const workerUrl = new URL(`./pdf-worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url);

/**
 * How many workers a PDF generator should use: ROLEKIT_PDF_WORKERS when set (0 or 1 renders in
 * the generator's own thread), else one per core but one. The core left over runs the generator's
 * own thread and its garbage collector (which already keep a second core a quarter busy), and
 * `pnpm generate` runs the PDF generators side by side, a process each. On two cores that means
 * no workers: each worker starts, warms up and caches fonts on its own, and the three generators
 * at once took 147 s of CPU with two workers each against 116 s without.
 */
export function pdfWorkerCount(env: NodeJS.ProcessEnv = process.env): number {
  const set = env['ROLEKIT_PDF_WORKERS'];
  if (set !== undefined && /^\d+$/.test(set)) return Number(set);
  return availableParallelism() - 1;
}

/**
 * A worker thread. From source (.ts), the worker registers tsx itself before loading its module:
 * on Node 20 neither the parent's loader (tsx, `--import tsx`) nor a worker's own `--import`
 * serves a worker thread.
 */
function startWorker(): Worker {
  if (!workerUrl.pathname.endsWith('.ts')) return new Worker(workerUrl);
  // tsx's ESM API (its package exports map names the file for `import`).
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as {
    exports: Record<string, { import: { default: string } }>;
  };
  const tsx = new URL(exports['./esm/api']!.import.default, pathToFileURL(manifest)).href;
  const boot = `import(${JSON.stringify(tsx)}).then((t) => { t.register(); return import(${JSON.stringify(workerUrl.href)}); })`;
  // From source, its workspace packages must resolve to source too (their default is the build).
  return new Worker(boot, { eval: true, execArgv: [...process.execArgv, '--conditions=rolekit-source'] });
}

/**
 * A pool of worker threads that render PDFs, so that one generator keeps every core busy. pdfmake
 * lays out a document on one thread, synchronously; a large RACI matrix is hundreds of documents.
 * Each job's bytes are exactly what renderPdf gives in the generator's own thread.
 */
export function pdfWorkers(
  size: number,
  options: { inlineFirst?: number; retireAfterMs?: number } = {},
): PdfWorkers {
  // The first few jobs render in this thread: a run that renders a handful of PDFs again (one role
  // edited, the rest from the cache) should not pay for starting threads and loading pdfmake in each.
  let inline = options.inlineFirst ?? 8;
  // A worker keeps the heap of its largest document; one with nothing to do stops, so that a
  // phase with less work (raci.pdf's page frame after its bands) does not hold every worker's heap.
  const retireAfterMs = options.retireAfterMs ?? 250;
  const shared = new Map<string, unknown>();
  const queue: Pending[] = [];
  const idle: Worker[] = [];
  const all = new Set<Worker>();
  const busy = new Map<Worker, Pending>();
  const ids = new Map<number, Pending>();
  let next = 0;
  let closed = false;

  const retire = (worker: Worker) => {
    const at = idle.indexOf(worker);
    if (at < 0) return;
    idle.splice(at, 1);
    all.delete(worker);
    void worker.terminate();
  };

  const dispatch = () => {
    while (queue.length > idle.length && all.size < size) spawn();
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!;
      const pending = queue.shift()!;
      const id = next++;
      ids.set(id, pending);
      busy.set(worker, pending);
      worker.postMessage({ type: 'job', id, ...pending.job });
    }
  };

  const spawn = () => {
    const worker = startWorker();
    all.add(worker);
    for (const [key, value] of shared) worker.postMessage({ type: 'share', key, value });
    worker.on('message', (m: { id: number; bytes?: Uint8Array; error?: string }) => {
      const pending = ids.get(m.id)!;
      ids.delete(m.id);
      busy.delete(worker);
      if (m.error !== undefined) pending.reject(new Error(m.error));
      else pending.resolve(m.bytes!);
      idle.push(worker);
      dispatch();
      if (idle.includes(worker)) setTimeout(() => retire(worker), retireAfterMs).unref();
    });
    // A worker that dies takes only its job with it; the others (or new ones) finish the queue.
    worker.on('error', (error) => {
      busy.get(worker)?.reject(error);
      busy.delete(worker);
      all.delete(worker);
      if (!closed) dispatch();
    });
    idle.push(worker);
  };

  return {
    size,
    share(key, value) {
      if (shared.get(key) === value) return;
      shared.set(key, value);
      for (const worker of all) worker.postMessage({ type: 'share', key, value });
    },
    async render(job) {
      if (closed) throw new Error('the PDF workers are closed');
      if (inline > 0 || size < 1) {
        inline--;
        return runPdfJob(job, shared);
      }
      return new Promise((resolve, reject) => {
        queue.push({ job, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closed = true;
      await Promise.all([...all].map((w) => w.terminate()));
      all.clear();
    },
  };
}

/** Below this many PDFs, starting worker threads costs more than it saves. */
export const WORKERS_FROM = 40;

/**
 * Worker threads for a generator about to render `pdfs` PDFs: a pool of pdfWorkerCount() threads
 * when there are WORKERS_FROM or more and more than one thread to use, else none (render in this
 * thread). A pool must be closed.
 */
export function pdfWorkersFor(pdfs: number, env: NodeJS.ProcessEnv = process.env): PdfWorkers | undefined {
  const count = pdfWorkerCount(env);
  return count > 1 && pdfs >= WORKERS_FROM ? pdfWorkers(count) : undefined;
}
