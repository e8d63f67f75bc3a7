import { createHash } from 'node:crypto';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashDir, installedVersions, type TemplateStore } from '@rolekit/core';

/** The libraries a rendering's bytes depend on, resolved from the render kit that uses them. */
export const RENDERING_LIBRARIES = ['pdfmake', 'pdfkit', 'fontkit', 'handlebars'] as const;

/**
 * What a generator's cached renderings depend on besides their own view model: the code that
 * renders them (the generator and the render kit, as installed), the versions of the libraries
 * that render (read from their package.json, so an upgrade can never serve a stale PDF) and every
 * template. Any change to these gives a new salt, so an old cache entry can never be served.
 * `libraries` is where those libraries are resolved from (the render kit; tests name another).
 */
export async function renderingSalt(
  generator: string,
  templates: TemplateStore,
  options: { libraries?: string } = {},
): Promise<string> {
  const hash = createHash('sha256').update(generator);
  const render = dirname(fileURLToPath(import.meta.resolve('@rolekit/render')));
  for (const dir of [dirname(fileURLToPath(import.meta.resolve(`@rolekit/${generator}`))), render]) {
    await hashDir(hash, dir);
  }
  const versions = installedVersions(options.libraries ?? render, RENDERING_LIBRARIES);
  hash.update(JSON.stringify(versions));
  for (const name of templates.list(generator.replace(/s$/, '')).concat(templates.list(generator))) {
    hash.update(name).update(templates.get(name)?.source ?? '');
  }
  return hash.digest('hex');
}
