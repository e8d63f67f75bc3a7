import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export interface TemplateSource {
  /** Name relative to the templates root, e.g. job-description/role.md.hbs. */
  name: string;
  source: string;
  /** Where it was read from, for error messages (an override or a default). */
  file: string;
}

/** Templates read up front (at the edge), so generators stay pure. Later directories override earlier. */
export interface TemplateStore {
  get(name: string): TemplateSource | undefined;
  /** Names under a folder, sorted. */
  list(folder: string): string[];
}

export function templateStore(templates: Iterable<TemplateSource>): TemplateStore {
  const byName = new Map<string, TemplateSource>();
  for (const t of templates) byName.set(t.name, t);
  return {
    get: (name) => byName.get(name),
    list: (folder) => [...byName.keys()].filter((n) => n.startsWith(`${folder.replace(/\/$/, '')}/`)).sort(),
  };
}

async function walk(root: string, dir: string, out: TemplateSource[]): Promise<void> {
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules') await walk(root, path, out);
    else if (entry.isFile() && entry.name.endsWith('.hbs')) {
      out.push({
        name: relative(root, path).split(sep).join('/'),
        source: await readFile(path, 'utf8'),
        file: path,
      });
    }
  }
}

/** Reads every .hbs file of the given roots; a template in a later root replaces one of the same name. */
export async function loadTemplates(roots: readonly string[]): Promise<TemplateStore> {
  const all: TemplateSource[] = [];
  for (const root of roots) await walk(root, root, all);
  return templateStore(all);
}
