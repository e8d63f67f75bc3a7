import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { pdfWorkerCount, pdfWorkersFor, WORKERS_FROM } from './workers.js';

describe('how many PDF worker threads a generator uses', () => {
  it('takes ROLEKIT_PDF_WORKERS when set, else every core but one', () => {
    expect(pdfWorkerCount({ ROLEKIT_PDF_WORKERS: '3' })).toBe(3);
    expect(pdfWorkerCount({ ROLEKIT_PDF_WORKERS: '0' })).toBe(0);
    expect(pdfWorkerCount({ ROLEKIT_PDF_WORKERS: 'many' })).toBe(availableParallelism() - 1);
    expect(pdfWorkerCount({})).toBe(availableParallelism() - 1);
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
