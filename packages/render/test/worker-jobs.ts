// Jobs for the worker pool's own tests (workers.test.ts): a worker thread imports this module by
// URL, as it imports a generator's pdf-jobs module. They return bytes, not PDFs.
import { setTimeout as sleep } from 'node:timers/promises';

/** `[n]`, after `ms`. */
export async function bytes(n: number, ms = 0): Promise<Uint8Array> {
  if (ms > 0) await sleep(ms);
  return Uint8Array.of(n);
}

/** The value shared under the job's context, as text. */
export function sharedText(value: unknown): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(value ?? null));
}

/** Ends the worker thread in the middle of its job. */
export function exitWorker(code: number): Promise<Uint8Array> {
  process.exit(code);
}

/** Throws outside the job (nothing awaits it), so the worker dies while the job waits forever. */
export function throwMidJob(message: string): Promise<Uint8Array> {
  setImmediate(() => {
    throw new Error(message);
  });
  return new Promise(() => {});
}

/** Finishes its job, then throws outside it: the worker dies idle, after handing back `[n]`. */
export function throwAfterJob(n: number, message: string): Uint8Array {
  setTimeout(() => {
    throw new Error(message);
  }, 50);
  return Uint8Array.of(n);
}
