import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TemplateStore } from '@rolekit/core';

/** Adds every file under `dir` (names and bytes, in name order, tests left out) to `hash`. */
export async function hashDir(hash: ReturnType<typeof createHash>, dir: string): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await hashDir(hash, path);
    else if (entry.isFile() && !entry.name.endsWith('.test.ts'))
      hash.update(entry.name).update(await readFile(path));
  }
}

/**
 * What a generator's cached renderings depend on besides their own view model: the code that
 * renders them (the generator and the render kit, as installed) and every template. Any change
 * to these gives a new salt, so an old cache entry can never be served.
 */
export async function renderingSalt(generator: string, templates: TemplateStore): Promise<string> {
  const hash = createHash('sha256').update(generator);
  for (const specifier of [`@rolekit/${generator}`, '@rolekit/render']) {
    await hashDir(hash, dirname(fileURLToPath(import.meta.resolve(specifier))));
  }
  for (const name of templates.list(generator.replace(/s$/, '')).concat(templates.list(generator))) {
    hash.update(name).update(templates.get(name)?.source ?? '');
  }
  return hash.digest('hex');
}
