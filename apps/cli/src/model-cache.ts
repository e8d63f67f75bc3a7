import { createHash, randomBytes } from 'node:crypto';
import { lstatSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { ParseCache } from '@rolekit/model';
import { hashDir } from './cache.js';

// What the model's files parsed to, kept under the cache directory between runs. turbo runs every
// generator in a process of its own, and each one loads the model; after an edit to one role
// file, each of them parses that file only and takes the other two thousand from here.
//
// The file: MAGIC, the sha256 of the rest, then the rest: v8.serialize({ salt, entries }), where
// entries maps each key to its own v8.serialize'd value (read only when asked for, and copied
// as they are into the next file). Anything unexpected means "no cache", never an error.

const MAGIC = Buffer.from('rolekit parsed model files 1\n');
const CHECKSUM_BYTES = 32;

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

function read(path: string, salt: string): Map<string, Uint8Array> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return new Map();
  }
  try {
    const header = MAGIC.length + CHECKSUM_BYTES;
    if (bytes.length < header || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return new Map();
    const payload = bytes.subarray(header);
    const checksum = createHash('sha256').update(payload).digest();
    if (!checksum.equals(bytes.subarray(MAGIC.length, header))) return new Map();
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
 * Whether a folder or file below `root` on the way to `path` is a symbolic link. The default cache
 * sits in the working tree, which a pull request can fill: a planted `.rolekit/cache/model` link
 * must not have rolekit read through it or write a file wherever it points.
 */
function throughLink(root: string, path: string): boolean {
  const rel = relative(root, path);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return false;
  let at = root;
  for (const part of rel.split(sep)) {
    at = join(at, part);
    try {
      if (lstatSync(at).isSymbolicLink()) return true;
    } catch {
      return false; // nothing there yet, so nothing below it to follow
    }
  }
  return false;
}

/**
 * The parse cache in `path`; an entry whose salt, checksum or shape is wrong is not used. Below
 * `root` (the working directory, for the default cache folder) no link is followed: a cache reached
 * through one is neither read nor written, which only costs time.
 */
export function openModelCache(path: string, salt: string, options: { root?: string } = {}): ModelCache {
  const linked = options.root !== undefined && throughLink(options.root, path);
  const before = linked ? new Map<string, Uint8Array>() : read(path, salt);
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
      if (linked || (added === 0 && now.size === before.size)) return;
      const payload = serialize({ salt, entries: now });
      const checksum = createHash('sha256').update(payload).digest();
      // Parallel processes each write a whole file under a name of their own and rename it into
      // place, which is atomic: a reader sees one complete file or another, never a mixture.
      const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      try {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(tmp, Buffer.concat([MAGIC, checksum, payload]));
        renameSync(tmp, path);
      } catch {
        // A cache that cannot be written (a read-only checkout, a full disk) only costs time.
        try {
          rmSync(tmp, { force: true });
        } catch {}
      }
    },
  };
}
