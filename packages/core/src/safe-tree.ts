import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';

/**
 * A problem with the output folder itself (a symbolic link, someone else's file, a file where a
 * folder should be): the user's to fix, so the CLI prints the message and no stack.
 */
export class OutputError extends Error {
  override name = 'OutputError';
}

/** A file larger than its reader allows (SafeTree.read's maxBytes): its size, for the caller to explain. */
export class FileTooLargeError extends OutputError {
  override name = 'FileTooLargeError';
  constructor(
    message: string,
    readonly size: number,
  ) {
    super(message);
  }
}

const NOFOLLOW = constants.O_NOFOLLOW ?? 0;
const NONBLOCK = constants.O_NONBLOCK ?? 0;
const errno = (error: unknown) => (error as NodeJS.ErrnoException).code;

export type Entry = 'missing' | 'file' | 'dir' | 'symlink' | 'other';

/**
 * File operations confined to one trusted folder, `root`, that never follow a symbolic link below
 * it. Node has no openat(), so each folder on a path is checked with lstat (once, then remembered)
 * before it is used, and the last component is opened with O_NOFOLLOW or replaced by rename(),
 * which never follows a link either. What remains is the window between a folder's lstat and its
 * use: only someone who can already write into the output folder while rolekit runs can use it,
 * and the output lock keeps other rolekit runs out of it.
 *
 * Paths are relative to root, '/'-separated, already checked to hold no '', '.' or '..' segment.
 */
export class SafeTree {
  private readonly dirs = new Map<string, 'dir' | 'missing'>();

  constructor(
    readonly root: string,
    /** How paths are shown in errors, e.g. 'out'. */
    readonly shown: string = root,
  ) {}

  private abs(rel: string): string {
    return rel === '' ? this.root : join(this.root, rel);
  }

  show(rel: string): string {
    return rel === '' ? this.shown : `${this.shown}/${rel}`;
  }

  /** What is at `rel` itself, never following a link there. */
  entry(rel: string): Entry {
    // Without throwing for a missing entry: an exception costs more than the lstat itself.
    const stat = lstatSync(this.abs(rel), { throwIfNoEntry: false });
    if (stat === undefined) return 'missing';
    if (stat.isSymbolicLink()) return 'symlink';
    if (stat.isDirectory()) return 'dir';
    return stat.isFile() ? 'file' : 'other';
  }

  /**
   * Whether the folder `rel` (and every folder above it) exists; throws an OutputError naming the
   * first one that is a link or not a folder.
   */
  folder(rel: string): 'dir' | 'missing' {
    if (rel === '') return 'dir';
    const known = this.dirs.get(rel);
    if (known) return known;
    const slash = rel.lastIndexOf('/');
    const parent = slash < 0 ? '' : rel.slice(0, slash);
    let state: 'dir' | 'missing' = 'missing';
    if (this.folder(parent) === 'dir') {
      const entry = this.entry(rel);
      if (entry === 'symlink')
        throw new OutputError(
          `${this.show(rel)} is a symbolic link; rolekit never follows links in its output folder: remove it`,
        );
      if (entry === 'file' || entry === 'other')
        throw new OutputError(`${this.show(rel)} is a file where rolekit needs a folder: move it away`);
      state = entry;
    }
    this.dirs.set(rel, state);
    return state;
  }

  private parentOf(rel: string): 'dir' | 'missing' {
    const slash = rel.lastIndexOf('/');
    return this.folder(slash < 0 ? '' : rel.slice(0, slash));
  }

  /** What is at `rel`, after checking the folders above it as read() does (a link there is an error). */
  look(rel: string): Entry {
    return this.parentOf(rel) === 'missing' ? 'missing' : this.entry(rel);
  }

  /**
   * The bytes of the regular file at `rel`, undefined when nothing is there; a link is an error, and
   * so is a file over `maxBytes` (FileTooLargeError, before anything of it is read).
   */
  read(rel: string, maxBytes = Number.POSITIVE_INFINITY): Buffer | undefined {
    if (this.parentOf(rel) === 'missing') return undefined;
    let fd: number;
    try {
      // O_NONBLOCK: a FIFO where a file should be must not hang the run; fstat then refuses it.
      fd = openSync(this.abs(rel), constants.O_RDONLY | NOFOLLOW | NONBLOCK);
    } catch (error) {
      const code = errno(error);
      if (code === 'ENOENT') return undefined;
      if (code === 'ELOOP' || code === 'EMLINK')
        throw new OutputError(
          `${this.show(rel)} is a symbolic link; rolekit never follows links in its output folder: remove it`,
        );
      throw error;
    }
    try {
      const stat = fstatSync(fd);
      if (stat.isDirectory()) return undefined; // writing will say what is wrong
      if (!stat.isFile()) throw new OutputError(`${this.show(rel)} is not a regular file: move it away`);
      const tooLarge = (size: number) =>
        new FileTooLargeError(
          `${this.show(rel)} is ${size} bytes, more than the ${maxBytes} read here`,
          size,
        );
      if (stat.size > maxBytes) throw tooLarge(stat.size);
      const bytes = readFileSync(fd);
      // A file that grew between fstat and the read.
      if (bytes.byteLength > maxBytes) throw tooLarge(bytes.byteLength);
      return bytes;
    } finally {
      closeSync(fd);
    }
  }

  /**
   * Size and modification time of the regular file at `rel`, never following a link; undefined
   * for anything else (missing, a link, a folder), which callers treat as "read it to see".
   */
  stat(rel: string): { size: number; mtimeMs: number } | undefined {
    if (this.parentOf(rel) === 'missing') return undefined;
    const stat = lstatSync(this.abs(rel), { throwIfNoEntry: false });
    return stat?.isFile() ? { size: stat.size, mtimeMs: stat.mtimeMs } : undefined;
  }

  /** Creates the folder `rel` and any missing folder above it, one at a time. */
  mkdirs(rel: string): void {
    if (this.folder(rel) === 'dir') return;
    const slash = rel.lastIndexOf('/');
    if (slash >= 0) this.mkdirs(rel.slice(0, slash));
    try {
      mkdirSync(this.abs(rel));
    } catch (error) {
      if (errno(error) !== 'EEXIST') throw error;
    }
    // Someone may have raced us to it: look again rather than trust mkdir.
    this.dirs.delete(rel);
    if (this.folder(rel) !== 'dir') throw new OutputError(`could not create ${this.show(rel)}`);
  }

  /** Writes a new file; fails if anything, even a dangling link, is already at `rel`. */
  create(rel: string, bytes: Uint8Array): void {
    this.mkdirs(rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '');
    const fd = openSync(
      this.abs(rel),
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NOFOLLOW,
      0o666,
    );
    try {
      let offset = 0;
      while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    } finally {
      closeSync(fd);
    }
  }

  /** Renames within the tree; rename() replaces a link at `to` rather than following it. */
  rename(from: string, to: string): void {
    this.parentOf(from);
    this.parentOf(to);
    renameSync(this.abs(from), this.abs(to));
  }

  /** Removes the file (never a folder's contents through a link) at `rel`; missing is fine. */
  unlink(rel: string): void {
    if (this.parentOf(rel) === 'missing') return;
    try {
      unlinkSync(this.abs(rel));
    } catch (error) {
      if (errno(error) !== 'ENOENT') throw error;
    }
  }

  /**
   * Every entry under the folder `rel` whose name passes `match`, without descending into links.
   * Paths are relative to root.
   */
  find(rel: string, match: (name: string) => boolean): string[] {
    if (this.folder(rel) === 'missing') return [];
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(this.abs(dir), { withFileTypes: true })) {
        const path = dir === '' ? entry.name : `${dir}/${entry.name}`;
        if (match(entry.name) && !entry.isDirectory()) found.push(path);
        else if (entry.isDirectory()) walk(path);
      }
    };
    walk(rel);
    return found.sort();
  }
}
