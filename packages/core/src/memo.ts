import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { CacheFolder, digestOf } from './cache-store.js';
import { deferBytes } from './deferred.js';
import { unitUsedEntry } from './units.js';

/**
 * Remembers expensive, pure renderings (a PDF) by a key that holds everything the rendering reads.
 * Generators stay pure: the same key always gives the same bytes, with or without the cache.
 */
export type Memo = (
  key: unknown,
  produce: () => Promise<Uint8Array>,
  options?: MemoOptions,
) => Promise<Uint8Array>;

export interface MemoOptions {
  /**
   * The caller puts the bytes into an artifact as they are and never looks at them: a cached
   * rendering may then be read only if the writer needs it (see deferred.ts).
   */
  deferred?: boolean;
}

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
 * The text a memo key is hashed from: native JSON.stringify, several times faster than
 * stableStringify and without its garbage (it keyed 40,000 renderings after a one-role edit). Key
 * order is the order our code builds a view in, the same for the same model; another order is only
 * a miss (the same bytes rendered again), never a wrong hit, because plain data (objects, arrays,
 * strings, numbers, booleans, null, Dates) that differs always writes different JSON. What JSON
 * would flatten (a Map or Set writes `{}`) has no place in a key: see plainKeyProblem and the
 * guard test that runs every generator through it.
 */
function keyText(value: unknown): string {
  keyObserver?.(value);
  return JSON.stringify(value) ?? 'undefined';
}

let keyObserver: ((key: unknown) => void) | undefined;

/** For tests: see every value a memo key or contentKey is made of (undefined: stop). */
export function observeKeys(observer: ((key: unknown) => void) | undefined): void {
  keyObserver = observer;
}

/**
 * Where `value` holds something JSON.stringify would write ambiguously or not at all (a Map, a
 * Set, a typed array, a class instance, NaN, a symbol), as a path like `.roles[3].holders`;
 * undefined when it is plain data. Tests run it over every key (see observeKeys).
 */
export function plainKeyProblem(value: unknown, at = ''): string | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : `${at || '.'} is ${value}`;
  // A function is code (pdfmake's footer callback): skipped by JSON as by stableStringify; the
  // generator's sources salt the cache, and what it prints must be in the key too.
  if (typeof value === 'function') return undefined;
  if (typeof value !== 'object') return `${at || '.'} is a ${typeof value}`;
  if (value instanceof Date) return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const problem = plainKeyProblem(value[i], `${at}[${i}]`);
      if (problem !== undefined) return problem;
    }
    return undefined;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null)
    return `${at || '.'} is a ${(value as object).constructor?.name ?? 'class instance'}`;
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue;
    const problem = plainKeyProblem(v, `${at}.${key}`);
    if (problem !== undefined) return problem;
  }
  return undefined;
}

/**
 * A short key for data that keys several renderings (a role's Markdown, HTML and PDF): hashing a
 * large view once is cheaper than serialising it into every memo key.
 */
export function contentKey(value: unknown): string {
  return createHash('sha256').update(keyText(value)).digest('hex');
}

/** A memo entry's name: the salt, the key format (JSON since 2026-12; once sorted JSON) and the key. */
function memoEntryName(salt: string, key: unknown): string {
  return createHash('sha256').update(salt).update('\0json\0').update(keyText(key)).digest('hex');
}

export interface DiskMemo {
  memo: Memo;
  hits: number;
  misses: number;
  /**
   * Removes the entries this run did not use, so the cache holds one model's worth at most. An
   * entry another process used or wrote since this memo was opened is kept (generators run side
   * by side; each has a folder of its own, but two runs of one generator may share it).
   */
  prune(): Promise<number>;
  /** Saves the index of entries (what prune() does too) after a run that prunes nothing. */
  flush(): void;
  /** Counts entries as used by this run without reading them (those of a unit reused whole). */
  keep(names: readonly string[]): void;
}

/**
 * Each entry's sha256 and size, so that a deferred hit reads nothing: one entry beside the
 * folder (`<generator>.index`), so that the folder holds renderings only.
 */
function readIndex(folder: CacheFolder, name: string): Map<string, [string, number]> {
  const index = new Map<string, [string, number]>();
  const payload = folder.read(name);
  if (payload === undefined) return index;
  try {
    const parsed = JSON.parse(payload.toString('utf8')) as unknown;
    if (typeof parsed !== 'object' || parsed === null) return index;
    for (const [name, value] of Object.entries(parsed)) {
      if (
        Array.isArray(value) &&
        typeof value[0] === 'string' &&
        /^[0-9a-f]{64}$/.test(value[0]) &&
        Number.isSafeInteger(value[1])
      )
        index.set(name, [value[0], value[1] as number]);
    }
  } catch {}
  return index;
}

/**
 * A memo backed by entries in the cache folder `dir` (see cache-store.ts). `salt` must change
 * whenever the code, templates or libraries that render change (the CLI passes a hash of the
 * generator's sources, the templates and the rendering libraries' versions), so that a stale entry
 * can never be served. A damaged entry is rendered again.
 */
export async function diskMemo(
  dir: string,
  salt: string,
  options: { root?: string } = {},
): Promise<DiskMemo> {
  // Below `root` no folder may be a link: a planted `.rolekit/cache/<generator>` link would
  // otherwise have rolekit write there, and prune() delete there.
  const folder = CacheFolder.open(dir, options.root !== undefined ? { root: options.root } : {});
  await mkdir(dir, { recursive: true });
  // prune() removes only entries last used before this run started: what another process reads
  // or writes meanwhile is marked with the time it did.
  const since = Date.now();
  const used = new Set<string>();
  const beside = CacheFolder.open(dirname(dir));
  const indexName = `${basename(dir)}.index`;
  const index = readIndex(beside, indexName);
  let indexChanged = false;
  const remember = (name: string, bytes: Uint8Array) => {
    const known = index.get(name);
    const digest = digestOf(bytes);
    if (known?.[0] === digest && known[1] === bytes.byteLength) return;
    index.set(name, [digest, bytes.byteLength]);
    indexChanged = true;
  };
  const saveIndex = (names: Iterable<string>) => {
    const kept: Record<string, [string, number]> = {};
    for (const name of [...names].sort()) {
      const known = index.get(name);
      if (known) kept[name] = known;
    }
    beside.write(indexName, Buffer.from(JSON.stringify(kept)));
  };
  const result: DiskMemo = {
    hits: 0,
    misses: 0,
    async memo(key, produce, memoOptions) {
      const name = memoEntryName(salt, key);
      used.add(name);
      unitUsedEntry(name);
      const known = index.get(name);
      if (memoOptions?.deferred && known !== undefined) {
        result.hits++;
        return deferBytes(known[0], known[1], () => folder.read(name));
      }
      // Synchronous, as in the writer: thousands of small reads, each cheaper without the thread pool.
      const cached = folder.read(name, new Date());
      if (cached !== undefined) {
        result.hits++;
        remember(name, cached);
        return cached;
      }
      result.misses++;
      const bytes = await produce();
      folder.write(name, bytes);
      remember(name, bytes);
      return bytes;
    },
    async prune() {
      const removed = folder.prune(used, since);
      if (removed > 0 || indexChanged || index.size !== used.size) saveIndex(used);
      return removed;
    },
    flush() {
      if (indexChanged) saveIndex(index.keys());
    },
    keep(names) {
      for (const name of names) used.add(name);
    },
  };
  return result;
}
