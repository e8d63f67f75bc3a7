import { type Artifact, loadTemplates, outputDate, runGenerator, type TemplateStore } from '@rolekit/core';
import type { Model } from '@rolekit/model';
import { defaultTemplatesDir } from '@rolekit/templates';
import { exampleModel } from '@rolekit/testing';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ByteArena, CHUNK } from './bytes.js';
import { siteGenerator } from './index.js';
import { siteJobs, usesWorker, WORKER_FROM, workerJobs } from './worker.js';

// The site's fast paths for large models: the worker thread that lays out the org chart while the
// pages render, and the shared buffers pages are encoded into.
// Each must give the bytes of the plain way, and each test fails if the fast path stops being taken.

let templates: TemplateStore;
let model: Model;
beforeAll(async () => {
  templates = await loadTemplates([defaultTemplatesDir]);
  model = await exampleModel();
});

const saved = process.env['ROLEKIT_SITE_WORKER'];
afterEach(() => {
  if (saved === undefined) delete process.env['ROLEKIT_SITE_WORKER'];
  else process.env['ROLEKIT_SITE_WORKER'] = saved;
});

async function site(worker: '0' | '1'): Promise<Map<string, string>> {
  process.env['ROLEKIT_SITE_WORKER'] = worker;
  const run = await runGenerator(siteGenerator, {
    model,
    templates,
    options: { ...siteGenerator.defaultOptions },
    date: outputDate(model, {}),
  });
  expect(run.diagnostics).toEqual([]);
  return new Map(run.artifacts.map((a: Artifact) => [a.path, Buffer.from(a.bytes).toString('hex')]));
}

describe('the worker thread', () => {
  it('is used from WORKER_FROM roles on more than one core, or when ROLEKIT_SITE_WORKER says', () => {
    expect(usesWorker(WORKER_FROM - 1, {})).toBe(false);
    expect(usesWorker(WORKER_FROM, { ROLEKIT_SITE_WORKER: '0' })).toBe(false);
    expect(usesWorker(1, { ROLEKIT_SITE_WORKER: '1' })).toBe(true);
  });

  it('lays out the charts, with the bytes of a run without it', async () => {
    const without = await site('0');
    workerJobs.clear();
    const withWorker = await site('1');
    // Each job was answered by the thread, not done here after it failed.
    expect(Object.fromEntries(workerJobs)).toEqual({ tree: 1, partners: 1 });
    expect([...withWorker.keys()]).toEqual([...without.keys()]);
    for (const [path, hex] of without) expect(withWorker.get(path), path).toBe(hex);
    const page = Buffer.from(withWorker.get('org-chart.html')!, 'hex').toString('utf8');
    expect(page).toContain('<svg id="org-chart"');
    expect(page).toContain('<svg id="partner-map"');
  }, 60_000);

  it('does a job here when the thread cannot start, with the same answer', async () => {
    const input = {
      nodes: ['a', 'b'],
      edges: [['a', 'b']] as Array<[string, string]>,
      sizes: { a: { width: 120, height: 56 }, b: { width: 120, height: 56 } },
    };
    const here = await siteJobs(false).tree(input);
    expect(here.nodes.map((n) => n.id)).toEqual(['a', 'b']);
    workerJobs.clear();
    const missing = new URL('./no-such-worker.mjs', import.meta.url);
    const jobs = siteJobs(true, missing);
    expect(await jobs.tree(input)).toEqual(here);
    expect(workerJobs.size).toBe(0);
    await jobs.close();
  });

  it('stops the thread when the run stops: a job still waiting is not done', async () => {
    const jobs = siteJobs(true);
    const waiting = jobs.tree({ nodes: ['a'], edges: [], sizes: { a: { width: 120, height: 56 } } });
    await jobs.close();
    await expect(waiting).rejects.toThrow(/stopped before this job was done/);
  });
});

describe('the shared buffers', () => {
  it('hold many texts each, and give the bytes TextEncoder gives', () => {
    const arena = new ByteArena();
    const texts = Array.from({ length: 2000 }, (_, i) => `<p>Rôle ${i} 🚀 ‏עברית</p>`.repeat(1 + (i % 50)));
    const bytes = texts.map((t) => arena.encode(t));
    const encoder = new TextEncoder();
    texts.forEach((t, i) => expect(Buffer.from(bytes[i]!).equals(Buffer.from(encoder.encode(t)))).toBe(true));
    // About 1.6 MiB of text: one buffer, not 2,000.
    expect(arena.buffers).toBe(1);
    // A text longer than a buffer gets one of its own, whole.
    const long = 'é'.repeat(CHUNK);
    expect(Buffer.from(arena.encode(long)).equals(Buffer.from(encoder.encode(long)))).toBe(true);
    expect(arena.buffers).toBe(2);
  });
});
