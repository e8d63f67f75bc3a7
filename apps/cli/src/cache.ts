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

/** rolekit's own packages whose code a generator's output can depend on. */
const ROLEKIT_PACKAGES = [
  '@rolekit/core',
  '@rolekit/model',
  '@rolekit/render',
  '@rolekit/job-descriptions',
  '@rolekit/raci',
  '@rolekit/codeowners',
  '@rolekit/jira',
  '@rolekit/onboarding',
  '@rolekit/site',
] as const;

let rolekitCode: Promise<string> | undefined;

/** A hash of the code of rolekit's packages as installed (built or source), once a process. */
function rolekitCodeHash(): Promise<string> {
  rolekitCode ??= (async () => {
    const hash = createHash('sha256');
    for (const name of ROLEKIT_PACKAGES) {
      hash.update(name);
      try {
        await hashDir(hash, dirname(fileURLToPath(import.meta.resolve(name))));
      } catch {
        hash.update('missing');
      }
    }
    return hash.digest('hex');
  })();
  return rolekitCode;
}

/**
 * What an incremental run's units depend on besides the model values they read: the rendering
 * salt (the generator's code, the rendering libraries, its templates), the code of every rolekit
 * package (a unit builds its view with the model package's and core's helpers), the options and
 * the date. Any change to these and every unit is built again.
 */
export async function unitSalt(renderingSaltOf: string, options: unknown, date: Date): Promise<string> {
  return createHash('sha256')
    .update(renderingSaltOf)
    .update(await rolekitCodeHash())
    .update(JSON.stringify(options) ?? '')
    .update(date.toISOString())
    .digest('hex');
}
