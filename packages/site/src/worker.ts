import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type Layout, type LayoutInput, partnerLayout, treeLayout } from './layouts.js';

// At 2,000 roles ELK's layouts took a sixth of the site's time, on data that nothing else waits
// for until the end. With more than one core they run in a worker thread
// (site-worker.ts) while this thread renders the pages; the results are the same. A small site
// does them here: starting the thread would cost more than it saves.
//
// A bare worker_threads Worker, not a pool such as piscina: this thread renders without yielding
// to its event loop until the end, so a pool that waits for its worker's "ready" message before
// handing it a job would hand it none until then. A job posted to a Worker waits in the thread's
// port and starts as soon as the thread has loaded; only the answers wait for this thread.

/** From this many roles the jobs go to the worker thread (when there is a second core). */
export const WORKER_FROM = 200;

/** Jobs the worker thread answered, by name: tests check that a large site used it. */
export const workerJobs = new Map<string, number>();

export type JobRequest = { id: number } & { name: 'tree' | 'partners'; input: LayoutInput };
export type JobAnswer = { id: number } & ({ output: Layout } | { error: string });

export interface SiteJobs {
  tree(input: LayoutInput): Promise<Layout>;
  partners(input: LayoutInput): Promise<Layout>;
  /** Stops the worker thread, if one was started. */
  close(): Promise<void>;
}

const fromSource = extname(fileURLToPath(import.meta.url)) === '.ts';
const workerFile = new URL(fromSource ? './site-worker-source.mjs' : './site-worker.js', import.meta.url);

/**
 * Whether a site of `roles` roles uses the worker thread: ROLEKIT_SITE_WORKER=1 always, =0 never,
 * else from WORKER_FROM roles on a machine with more than one core.
 */
export function usesWorker(roles: number, env: NodeJS.ProcessEnv = process.env): boolean {
  const set = env['ROLEKIT_SITE_WORKER'];
  if (set === '0' || set === '1') return set === '1';
  return roles >= WORKER_FROM && availableParallelism() > 1;
}

/** The jobs, here or in a worker thread (of `file`, for tests) started at the first one. */
export function siteJobs(threaded: boolean, file: URL = workerFile): SiteJobs {
  const here = { tree: treeLayout, partners: partnerLayout };
  if (!threaded) return { ...here, close: async () => {} };

  let worker: Worker | undefined;
  let broken = false;
  let closed = false;
  const waiting = new Map<number, { resolve(answer: JobAnswer): void }>();
  let next = 0;
  // A thread that fails to start or dies answers every job it has with an error.
  const fail = (message: string) => {
    broken = true;
    for (const [id, job] of waiting) job.resolve({ id, error: message });
    waiting.clear();
  };
  const start = () => {
    const started = new Worker(file, {
      // No flag of this process's: V8's are the process's anyway (and refused here), and from
      // source the thread registers tsx itself; workspace packages resolve to their source too.
      execArgv: fromSource ? ['--conditions=rolekit-source'] : [],
    });
    started.on('message', (answer: JobAnswer) => {
      waiting.get(answer.id)?.resolve(answer);
      waiting.delete(answer.id);
    });
    started.on('error', (error) => fail(error.message));
    started.on('exit', (code) => fail(`the site's worker thread stopped (exit code ${code})`));
    return started;
  };
  const run = async <I, O>(name: JobRequest['name'], input: I, fallback: (input: I) => Promise<O>) => {
    if (broken) return fallback(input);
    worker ??= start();
    const id = next++;
    const answer = new Promise<JobAnswer>((resolve) => waiting.set(id, { resolve }));
    worker.postMessage({ id, name, input });
    const reply = await answer;
    if (closed) throw new Error('the site generator stopped before this job was done');
    // A job the thread could not do is done here, which throws what it throws.
    if ('error' in reply) return fallback(input);
    workerJobs.set(name, (workerJobs.get(name) ?? 0) + 1);
    return reply.output as O;
  };
  return {
    tree: (input) => run('tree', input, here.tree),
    partners: (input) => run('partners', input, here.partners),
    // Called when the run ends, or stops early (a template error): jobs still waiting are not done.
    async close() {
      closed = true;
      await worker?.terminate();
      fail('closed');
    },
  };
}
