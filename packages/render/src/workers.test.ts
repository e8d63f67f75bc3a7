import { availableParallelism } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import {
  type PdfJob,
  pdfWorkerCount,
  pdfWorkers,
  pdfWorkersFor,
  WORKERS_FROM,
  workerExecArgv,
} from './workers.js';

describe('how many PDF worker threads a generator uses', () => {
  it('takes ROLEKIT_PDF_WORKERS when set, else one per core', () => {
    expect(pdfWorkerCount({ ROLEKIT_PDF_WORKERS: '3' })).toBe(3);
    expect(pdfWorkerCount({ ROLEKIT_PDF_WORKERS: '0' })).toBe(0);
    expect(pdfWorkerCount({ ROLEKIT_PDF_WORKERS: 'many' })).toBe(availableParallelism());
    expect(pdfWorkerCount({})).toBe(availableParallelism());
  });

  it('passes on to its threads the flags a worker accepts, not V8 flags (the process has those anyway)', async () => {
    const flags = [
      '--max-semi-space-size=64',
      '--conditions=rolekit-source',
      '--stack-size=2000',
      '--enable-source-maps',
    ];
    expect(workerExecArgv(flags)).toEqual(['--conditions=rolekit-source', '--enable-source-maps']);
    // What Node says of the V8 flag itself: the reason they are left out.
    expect(() => new Worker('0', { eval: true, execArgv: ['--max-semi-space-size=64'] })).toThrow(/execArgv/);
    const worker = new Worker('0', { eval: true, execArgv: workerExecArgv(flags) });
    expect(await new Promise((done) => worker.once('exit', done))).toBe(0);
  });

  it('starts a pool only for enough PDFs and more than one thread', async () => {
    const two = { ROLEKIT_PDF_WORKERS: '2' };
    expect(pdfWorkersFor(WORKERS_FROM - 1, two)).toBeUndefined();
    expect(pdfWorkersFor(10_000, { ROLEKIT_PDF_WORKERS: '1' })).toBeUndefined();
    const pool = pdfWorkersFor(WORKERS_FROM, two);
    expect(pool?.size).toBe(2);
    await pool?.close();
  });
});

// Jobs from test/worker-jobs.ts, every one in a worker thread (none in this one).
const module = new URL('../test/worker-jobs.ts', import.meta.url).href;
const job = (name: string, ...args: unknown[]): PdfJob => ({ module, name, args });
// What a promise that never settles gives instead of hanging the test.
const within = <T>(promise: Promise<T>, ms = 15_000) =>
  Promise.race([
    promise.then(
      (value) => ({ value }),
      (error: Error) => ({ error: error.message }),
    ),
    sleep(ms).then(() => 'never settled' as const),
  ]);

describe('the PDF worker pool when a job or a worker fails', () => {
  it('fails the one job whose worker exits, and renders the next in a new worker', async () => {
    const pool = pdfWorkers(1, { inlineFirst: 0 });
    try {
      expect(await within(pool.render(job('exitWorker', 3)))).toEqual({
        error: expect.stringContaining('exited with code: 3'),
      });
      expect(await within(pool.render(job('bytes', 7)))).toEqual({ value: Uint8Array.of(7) });
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('fails the job whose worker throws outside it, with the error, and goes on', async () => {
    const pool = pdfWorkers(1, { inlineFirst: 0 });
    try {
      expect(await within(pool.render(job('throwMidJob', 'font table torn')))).toEqual({
        error: 'font table torn',
      });
      expect(await within(pool.render(job('bytes', 8)))).toEqual({ value: Uint8Array.of(8) });
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('does not hand a job to a worker that died while it waited for one', async () => {
    // Waiting workers stay (no idle timeout to hide the dead one behind).
    const pool = pdfWorkers(1, { inlineFirst: 0, retireAfterMs: 60_000 });
    try {
      expect(await within(pool.render(job('throwAfterJob', 1, 'died idle')))).toEqual({
        value: Uint8Array.of(1),
      });
      // Long enough for the worker to die even on a loaded machine; the old pool then hung here.
      await sleep(2_000);
      expect(await within(pool.render(job('bytes', 2)))).toEqual({ value: Uint8Array.of(2) });
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('settles every job, running or queued, when it is closed', async () => {
    const pool = pdfWorkers(1, { inlineFirst: 0 });
    const jobs = [1, 2, 3, 4].map((n) => within(pool.render(job('bytes', n, 2_000))));
    await sleep(50);
    await pool.close();
    const settled = await Promise.all(jobs);
    expect(settled).not.toContain('never settled');
    expect(settled.filter((s) => typeof s === 'object' && 'error' in s)).toHaveLength(4);
    await expect(pool.render(job('bytes', 5))).rejects.toThrow('the PDF workers are closed');
  }, 60_000);
});

describe('values shared with every PDF worker', () => {
  it('reaches jobs in workers, and a value shared again reaches the jobs after it', async () => {
    const pool = pdfWorkers(2, { inlineFirst: 1 });
    const text = async (p: Promise<Uint8Array>) => new TextDecoder().decode(await p);
    try {
      pool.share('matrix', { roles: ['cto'] });
      const shared = { ...job('sharedText'), context: 'matrix' };
      // The first in this thread, the rest in workers: all see the same value.
      const first = await Promise.all([1, 2, 3].map(() => text(pool.render(shared))));
      expect(first).toEqual(Array(3).fill('{"roles":["cto"]}'));
      pool.share('matrix', { roles: ['cto', 'ciso'] });
      expect(await text(pool.render(shared))).toBe('{"roles":["cto","ciso"]}');
    } finally {
      await pool.close();
    }
  }, 60_000);
});
