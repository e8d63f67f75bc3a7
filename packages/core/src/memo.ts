import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { SafeTree } from './safe-tree.js';

/**
 * Remembers expensive, pure renderings (a PDF) by a key that holds everything the rendering reads.
 * Generators stay pure: the same key always gives the same bytes, with or without the cache.
 */
export type Memo = (key: unknown, produce: () => Promise<Uint8Array>) => Promise<Uint8Array>;

/** No cache: always render. */
export const noMemo: Memo = (_key, produce) => produce();

/**
 * Object keys as JSON strings: memo keys repeat the same few field names thousands of times. Keys
 * that are data (ids) could be many, so it stops growing at a size no view's field names reach.
 */
const quotedKeys = new Map<string, string>();
const MAX_QUOTED_KEYS = 10_000;

/**
 * JSON with sorted keys, so that the same data always hashes the same. It keys every cached PDF, so
 * it builds one string with as few intermediate arrays as it can (twice as fast as mapping and
 * joining entries).
 */
export function stableStringify(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    let out = `[${stableStringify(value[0])}`;
    for (let i = 1; i < value.length; i++) out += `,${stableStringify(value[i])}`;
    return `${out}]`;
  }
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (ArrayBuffer.isView(value))
    return JSON.stringify(Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64'));
  let out = '{';
  for (const key of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[key];
    if (v === undefined || typeof v === 'function') continue;
    let quoted = quotedKeys.get(key);
    if (quoted === undefined) {
      quoted = JSON.stringify(key);
      if (quotedKeys.size < MAX_QUOTED_KEYS) quotedKeys.set(key, quoted);
    }
    out += `${out.length > 1 ? ',' : ''}${quoted}:${stableStringify(v)}`;
  }
  return `${out}}`;
}

/**
 * A short key for data that keys several renderings (a role's Markdown, HTML and PDF): hashing a
 * large view once is cheaper than serialising it into every memo key.
 */
export function contentKey(value: unknown): string {
  return createHash('sha256').update(stableStringify(value)).digest('hex');
}

const ENTRY = /^[0-9a-f]{64}(?:\.\d+\.tmp)?$/;

export interface DiskMemo {
  memo: Memo;
  hits: number;
  misses: number;
  /** Removes entries this run did not use, so the cache holds one model's worth at most. */
  prune(): Promise<number>;
}

/**
 * A memo backed by files under `dir`. `salt` must change whenever the code or templates that render
 * change (the CLI passes a hash of the generator's sources and the templates), so that a stale
 * entry can never be served.
 */
export async function diskMemo(
  dir: string,
  salt: string,
  options: { root?: string } = {},
): Promise<DiskMemo> {
  if (options.root !== undefined) {
    // Below `root` no folder may be a link: a planted `.rolekit/cache/<generator>` link would
    // otherwise have rolekit write there, and prune() delete there.
    const rel = relative(options.root, dir).split(sep).join('/');
    if (rel !== '' && !rel.startsWith('..')) new SafeTree(options.root).mkdirs(rel);
  }
  await mkdir(dir, { recursive: true });
  const used = new Set<string>();
  const result: DiskMemo = {
    hits: 0,
    misses: 0,
    async memo(key, produce) {
      const name = createHash('sha256').update(salt).update('\0').update(stableStringify(key)).digest('hex');
      used.add(name);
      const path = join(dir, name);
      try {
        // Synchronous, as in the writer: thousands of small reads, each cheaper without the thread pool.
        const bytes = readFileSync(path);
        result.hits++;
        return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      } catch {
        result.misses++;
      }
      const bytes = await produce();
      const tmp = `${path}.${process.pid}.tmp`;
      await writeFile(tmp, bytes);
      await rename(tmp, path);
      return bytes;
    },
    async prune() {
      let removed = 0;
      for (const name of await readdir(dir)) {
        // Only what memo() writes: entry names are sha256 hashes.
        if (!used.has(name) && ENTRY.test(name)) {
          await rm(join(dir, name), { force: true });
          removed++;
        }
      }
      return removed;
    },
  };
  return result;
}
