import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { type PdfJob, runPdfJob } from './pdf-job.js';

export type { PdfJob };

export interface PdfWorkers {
  readonly size: number;
  /** Gives every worker `value` under `key` once (a large matrix), instead of with every job. */
  share(key: string, value: unknown): void;
  render(job: PdfJob): Promise<Uint8Array>;
  /** Stops the workers; a job not yet finished is rejected. The pool must be closed for the process to exit. */
  close(): Promise<void>;
}

// Built, pdf-worker.js next to this file; from source, a plain module that registers tsx first
// (see pdf-worker-source.mjs), with workspace packages resolved to their source too.
const fromSource = extname(fileURLToPath(import.meta.url)) === '.ts';
const workerFile = new URL(fromSource ? './pdf-worker-source.mjs' : './pdf-worker.js', import.meta.url).href;

/**
 * V8's own flags (Node's `--max-semi-space-size`, which the PDF generators run with, and the like)
 * are the whole process's, so a worker has them anyway; Node refuses them in a worker's execArgv
 * (ERR_WORKER_INVALID_EXEC_ARGV, which failed every PDF job). The other flags (conditions, loaders)
 * are passed on.
 */
const V8_FLAG =
  /^--(?:max-semi-space-size|min-semi-space-size|max-old-space-size|max-heap-size|stack-size|stack-trace-limit|interpreted-frames-native-stack|enable-etw-stack-walking|expose[-_]gc|v8-pool-size)(?:=|$)/;

export function workerExecArgv(execArgv: readonly string[]): string[] {
  return execArgv.filter((flag) => !V8_FLAG.test(flag));
}

/**
 * How many workers a PDF generator should use: ROLEKIT_PDF_WORKERS when set (0 or 1 renders in
 * the generator's own thread), else one per core. `rolekit generate` (and `pnpm generate`'s one
 * task) runs the generators one after another in one process, so while a generator's workers
 * render, its own thread mostly waits. (When turbo ran the three PDF generators side by side, a
 * process each, one per core but one was faster: on two cores, none.) On two cores, the three
 * generators of a 500-role model took 87 s of CPU in one process with two workers, against 78 s
 * in three processes without, and about half the time the one thread alone would.
 */
export function pdfWorkerCount(env: NodeJS.ProcessEnv = process.env): number {
  const set = env['ROLEKIT_PDF_WORKERS'];
  if (set !== undefined && /^\d+$/.test(set)) return Number(set);
  return availableParallelism();
}

/**
 * A pool of worker threads (piscina) that render PDFs, so that one generator keeps every core busy.
 * pdfmake lays out a document on one thread, synchronously; a large RACI matrix is hundreds of
 * documents. Each job's bytes are exactly what renderPdf gives in the generator's own thread. A job
 * that fails, a worker that throws or exits, fails that job only; the pool starts another worker.
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
  const idleTimeout = options.retireAfterMs ?? 250;
  const shared = new Map<string, unknown>();
  // Shared values reach a worker as its workerData, so the threads start at the first job that needs
  // one (after the generator has shared what it shares); a value shared later starts a new pool.
  let pool: Piscina<PdfJob, Uint8Array> | undefined;
  const retiring: Promise<void>[] = [];
  let closed = false;

  const start = () => {
    const started = new Piscina<PdfJob, Uint8Array>({
      filename: workerFile,
      minThreads: 0,
      maxThreads: size,
      idleTimeout,
      // Jobs take tens of milliseconds, so waking a worker by message costs nothing worth saving; and a
      // waiting worker's event loop runs, so one that dies between jobs is replaced before its next.
      atomics: 'disabled',
      workerData: Object.fromEntries(shared),
      execArgv: workerExecArgv(
        fromSource ? [...process.execArgv, '--conditions=rolekit-source'] : process.execArgv,
      ),
    });
    // A worker that dies between jobs is reported here rather than to a job: the pool replaces it.
    started.on('error', () => {});
    return started;
  };

  return {
    size,
    share(key, value) {
      if (shared.get(key) === value) return;
      shared.set(key, value);
      if (pool) {
        // Jobs already given to the old pool finish there, with the value they were given.
        retiring.push(pool.close());
        pool = undefined;
      }
    },
    async render(job) {
      if (closed) throw new Error('the PDF workers are closed');
      if (inline > 0 || size < 1) {
        inline--;
        return runPdfJob(job, shared);
      }
      pool ??= start();
      return pool.run(job);
    },
    async close() {
      closed = true;
      const last = pool;
      pool = undefined;
      await Promise.all([...retiring, last?.destroy()]);
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
