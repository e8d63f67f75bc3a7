import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { CacheFolder, hashDir } from '@rolekit/core';
import type { ParseCache } from '@rolekit/model';

// What the model's files parsed to, kept under the cache directory between runs. turbo runs every
// generator in a process of its own, and each one loads the model; after an edit to one role
// file, each of them parses that file only and takes the other two thousand from here.
//
// One entry of the cache layer (core's CacheFolder: framed, checksummed, written atomically,
// never through a link) whose payload is v8.serialize({ salt, entries }), where entries maps each
// key to its own v8.serialize'd value (read only when asked for, and copied as they are into the
// next file). Anything unexpected means "no cache", never an error.

/** Where the parsed files live under a `--cache` directory. */
export function modelCachePath(cacheDir: string): string {
  return join(cacheDir, 'model', 'parsed-files');
}

/**
 * What the remembered values depend on besides the files' bytes: the model package as installed
 * (its parsers, schemas and dependency versions) and the serialisation format.
 */
export async function modelCacheSalt(): Promise<string> {
  const hash = createHash('sha256').update(process.versions.v8);
  const dir = dirname(fileURLToPath(import.meta.resolve('@rolekit/model')));
  await hashDir(hash, dir);
  return hash.update(readFileSync(join(dir, '..', 'package.json'))).digest('hex');
}

function read(folder: CacheFolder, name: string, salt: string): Map<string, Uint8Array> {
  const payload = folder.read(name);
  if (payload === undefined) return new Map();
  try {
    const content = deserialize(payload) as { salt?: unknown; entries?: unknown };
    if (content.salt !== salt || !(content.entries instanceof Map)) return new Map();
    const entries = new Map<string, Uint8Array>();
    for (const [key, value] of content.entries) {
      if (typeof key === 'string' && value instanceof Uint8Array) entries.set(key, value);
    }
    return entries;
  } catch {
    return new Map();
  }
}

export interface ModelCache extends ParseCache {
  /** Entries this load took from the file. */
  readonly hits: number;
  /** Writes this load's entries (and only those) if they differ from what the file held. */
  save(): void;
}

/**
 * The parse cache in `path`; an entry whose salt, checksum or shape is wrong is not used. Below
 * `root` (the working directory, for the default cache folder) no link is followed: a cache reached
 * through one is neither read nor written, which only costs time.
 */
export function openModelCache(path: string, salt: string, options: { root?: string } = {}): ModelCache {
  // The default cache sits in the working tree, which a pull request can fill: a planted
  // `.rolekit/cache/model` link must not have rolekit read through it or write where it points.
  const folder = CacheFolder.open(dirname(path), {
    ...(options.root !== undefined ? { root: options.root } : {}),
    onLink: 'ignore',
  });
  const name = basename(path);
  const before = read(folder, name, salt);
  const now = new Map<string, Uint8Array>();
  let added = 0;
  let hits = 0;
  return {
    get hits() {
      return hits;
    },
    get(key) {
      const bytes = before.get(key);
      if (bytes === undefined) return undefined;
      try {
        const value = deserialize(bytes);
        now.set(key, bytes);
        hits++;
        return value;
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      // Serialised now, before the model shares (and freezes) the value.
      now.set(key, serialize(value));
      added++;
    },
    save() {
      if (folder.refused || (added === 0 && now.size === before.size)) return;
      try {
        mkdirSync(folder.dir, { recursive: true });
      } catch {
        return; // a cache that cannot be written only costs time
      }
      folder.write(name, serialize({ salt, entries: now }));
    },
  };
}
