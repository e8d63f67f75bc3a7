import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashDir, installedVersions, type TemplateStore } from '@rolekit/core';
import { type Registered, registered } from './generators.js';

/** The libraries a rendering's bytes depend on, resolved from the render kit that uses them. */
export const RENDERING_LIBRARIES = ['pdfmake', 'pdfkit', 'fontkit', 'handlebars'] as const;

/**
 * What a generator's cached renderings depend on besides their own view model: the code that
 * renders them (the generator and the render kit, as installed), the versions of the libraries
 * that render (read from their package.json, so an upgrade can never serve a stale PDF) and the
 * templates of the folder it declares. Any change to these gives a new salt, so an old cache entry
 * can never be served. `libraries` is where those libraries are resolved from (the render kit;
 * tests name another).
 */
export async function renderingSalt(
  generator: string | Registered,
  templates: TemplateStore,
  options: { libraries?: string } = {},
): Promise<string> {
  const entry = typeof generator === 'string' ? registered(generator) : generator;
  if (!entry) throw new Error(`no generator '${String(generator)}' is registered`);
  const { declaration, code } = entry;
  const hash = createHash('sha256').update(declaration.name);
  if ('folder' in code) await hashDir(hash, code.folder);
  else hash.update(code.file).update(await readFile(code.file));
  const render = dirname(fileURLToPath(import.meta.resolve('@rolekit/render')));
  await hashDir(hash, render);
  const versions = installedVersions(options.libraries ?? render, RENDERING_LIBRARIES);
  hash.update(JSON.stringify(versions));
  for (const name of declaration.templates ? templates.list(declaration.templates) : []) {
    hash.update(name).update(templates.get(name)?.source ?? '');
  }
  return hash.digest('hex');
}
