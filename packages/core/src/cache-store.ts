import { createHash, type Hash, randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  fstatSync,
  futimesSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { isAbsolute, join, relative, sep } from 'node:path';
import { SafeTree } from './safe-tree.js';

// The one cache layer under `.rolekit/cache` (or `--cache DIR`): the rendering memo keeps an entry
// per rendering in `<generator>/`, the model cache one entry, `model/parsed-files`. Both share what
// is here: how an entry is named from a salt and a key, how it is framed on disk so that a cut-off
// or foreign file is a miss, how it is written (atomically, whoever else writes at once), which
// links are refused, and how unused entries are pruned.
//
// An entry on disk: MAGIC, the sha256 of the payload, then the payload. Anything else (a truncated
// file, a flipped byte, some other file) reads as "no entry", never as an error or wrong bytes.

const MAGIC = Buffer.from('rolekit cache entry 1\n');
const CHECKSUM_BYTES = 32;
const HEADER = MAGIC.length + CHECKSUM_BYTES;
const NOFOLLOW = constants.O_NOFOLLOW ?? 0;
const NONBLOCK = constants.O_NONBLOCK ?? 0;

/** Names of entries keyed by `entryName`: only these are ever pruned. */
const KEYED_ENTRY = /^[0-9a-f]{64}$/;
/** What an interrupted write leaves: `<name>.<pid>.<random>.tmp`. */
const TEMPORARY_ENTRY = /^(?:[0-9a-f]{64}|[a-z-]+)\.\d+(?:\.[0-9a-f]+)?\.tmp$/;

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest();

/**
 * The sha256 of bytes a cache entry returned, already checked when it was read: the writer needs
 * the same hash for its manifest and need not compute it again. Keyed by the very array returned.
 */
const knownDigests = new WeakMap<Uint8Array, string>();

/** The sha256 (hex) of `bytes`, free when they came from a cache entry. */
export function digestOf(bytes: Uint8Array): string {
  const known = knownDigests.get(bytes);
  if (known !== undefined) return known;
  const hex = sha256(bytes).toString('hex');
  knownDigests.set(bytes, hex);
  return hex;
}

/** An entry's name for a key under a salt: the salt must change whenever what the entry holds could. */
export function entryName(salt: string, key: string): string {
  return createHash('sha256').update(salt).update('\0').update(key).digest('hex');
}

/** The frame around a payload: MAGIC, its sha256, itself. */
export function frame(payload: Uint8Array): Buffer {
  return Buffer.concat([MAGIC, sha256(payload), payload]);
}

/** The payload inside a frame, or undefined when the bytes are not one whole, unaltered entry. */
export function unframe(bytes: Buffer): Buffer | undefined {
  if (bytes.length < HEADER || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const payload = bytes.subarray(HEADER);
  const checksum = sha256(payload);
  if (!checksum.equals(bytes.subarray(MAGIC.length, HEADER))) return undefined;
  knownDigests.set(payload, checksum.toString('hex'));
  return payload;
}

/**
 * Whether a folder or file below `root` on the way to `path` is a symbolic link. The default cache
 * sits in the working tree, which a pull request can fill: a planted `.rolekit/cache/model` link
 * must not have rolekit read through it or write a file wherever it points.
 */
function throughLink(root: string, path: string): boolean {
  const rel = relative(root, path);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return false;
  const tree = new SafeTree(root);
  try {
    tree.folder(rel.split(sep).join('/'));
    return false;
  } catch {
    return true;
  }
}

export interface CacheFolderOptions {
  /**
   * Below `root` no folder on the way to the cache folder may be a link (the working directory,
   * for the default cache folder, which a pull request can fill).
   */
  root?: string;
  /**
   * What to do about such a link: 'throw' refuses it (an error naming it), 'ignore' reads nothing
   * and writes nothing through it, which only costs time.
   */
  onLink?: 'throw' | 'ignore';
}

/** One folder of cache entries. Reads and writes never fail the run: a cache only saves time. */
export class CacheFolder {
  /** Folder refused (reached through a link): every read misses, every write is skipped. */
  readonly refused: boolean;

  private constructor(
    readonly dir: string,
    refused: boolean,
  ) {
    this.refused = refused;
  }

  /** The folder `dir`, created if need be (see CacheFolderOptions for links). */
  static open(dir: string, options: CacheFolderOptions = {}): CacheFolder {
    const { root } = options;
    if (root !== undefined) {
      const rel = relative(root, dir).split(sep).join('/');
      if (rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)) {
        if (options.onLink === 'ignore') {
          if (throughLink(root, dir)) return new CacheFolder(dir, true);
        } else new SafeTree(root).mkdirs(rel);
      }
    }
    return new CacheFolder(dir, false);
  }

  /**
   * The payload of entry `name`, or undefined if it is missing, damaged or not a regular file.
   * With `touch`, a hit is marked as used at that time, so that a parallel process pruning this
   * folder keeps it.
   */
  read(name: string, touch?: Date): Buffer | undefined {
    if (this.refused) return undefined;
    let fd: number;
    try {
      // Never through a link at the entry itself; O_NONBLOCK so that a FIFO cannot hang the run.
      fd = openSync(join(this.dir, name), constants.O_RDONLY | NOFOLLOW | NONBLOCK);
    } catch {
      return undefined;
    }
    try {
      if (!fstatSync(fd).isFile()) return undefined;
      const payload = unframe(readFileSync(fd));
      if (payload !== undefined && touch !== undefined) futimesSync(fd, touch, touch);
      return payload;
    } catch {
      return undefined;
    } finally {
      closeSync(fd);
    }
  }

  /**
   * Writes entry `name` whole: under a name of its own first, then renamed into place, which is
   * atomic, so parallel writers and readers see one complete entry or another, never a mixture.
   */
  write(name: string, payload: Uint8Array): void {
    if (this.refused) return;
    const path = join(this.dir, name);
    const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      writeFileSync(tmp, frame(payload), { flag: 'wx' });
      // The time prune() compares, from the clock it reads (the file system's lags behind it).
      const now = new Date();
      utimesSync(tmp, now, now);
      renameSync(tmp, path);
    } catch {
      // A cache that cannot be written (a read-only checkout, a full disk) only costs time.
      try {
        rmSync(tmp, { force: true });
      } catch {}
    }
  }

  /**
   * Removes keyed entries (and leftover temporary files) that `used` does not name and that were
   * last used before `since` (the start of this run): another process running alongside marks
   * what it reads or writes with the time, and none of that is removed. Only names the cache itself
   * makes are considered, so a folder the user named keeps their own files.
   */
  prune(used: ReadonlySet<string>, since: number): number {
    if (this.refused) return 0;
    let removed = 0;
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return 0;
    }
    for (const name of names) {
      if (used.has(name) || !(KEYED_ENTRY.test(name) || TEMPORARY_ENTRY.test(name))) continue;
      const path = join(this.dir, name);
      try {
        const stat = lstatSync(path, { throwIfNoEntry: false });
        // Rounded: a time set in milliseconds reads back a hair below it.
        if (!stat?.isFile() || Math.round(stat.mtimeMs) >= since) continue;
        rmSync(path, { force: true });
        removed++;
      } catch {}
    }
    return removed;
  }
}

/**
 * Adds every file under `dir` (names and bytes, in name order, tests left out) to `hash`: the code
 * a cache's entries were made with, as installed.
 */
export async function hashDir(hash: Hash, dir: string): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await hashDir(hash, path);
    else if (entry.isFile() && !entry.name.endsWith('.test.ts'))
      hash.update(entry.name).update(await readFile(path));
  }
}

/**
 * The installed version of each named package, resolved from `from` (a folder of the package
 * that depends on them) or else from the packages found before it (pdfkit is pdfmake's
 * dependency, fontkit pdfkit's). A package that cannot be found is "missing",
 * which is a version too: installing it changes the salt.
 */
export function installedVersions(from: string, names: readonly string[]): Record<string, string> {
  const versions: Record<string, string> = {};
  const first = from.endsWith('/') ? from : `${from}/`;
  const bases: string[] = [];
  for (const name of names) {
    let found: string | undefined;
    for (const base of [first, ...[...bases].reverse()]) {
      // Where Node would look, without resolve(): some packages do not export their package.json.
      for (const at of createRequire(base).resolve.paths(name) ?? []) {
        try {
          found = realpathSync(join(at, name, 'package.json'));
          break;
        } catch {}
      }
      if (found !== undefined) break;
    }
    if (found === undefined) {
      versions[name] = 'missing';
      continue;
    }
    try {
      const manifest = JSON.parse(readFileSync(found, 'utf8')) as { version?: unknown };
      versions[name] = typeof manifest.version === 'string' ? manifest.version : 'unknown';
    } catch {
      versions[name] = 'unreadable';
    }
    bases.push(found);
  }
  return versions;
}
