import { createHash } from 'node:crypto';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '@rolekit/model';
import { digestOfBytes, materialise, sizeOf } from './deferred.js';
import type { Artifact } from './generator.js';
import { LOCK, LOCK_OWNER, lockOutput, type OutputLock } from './lock.js';
import { FileTooLargeError, OutputError, SafeTree } from './safe-tree.js';
import type { ShardStamp } from './shard.js';

export const MANIFEST = '.rolekit-manifest.json';
/** Temporary files end so; any left in an output folder are a killed or failed run's. */
export const TEMPORARY = '.rolekit-tmp';
const RESERVED = new Set([MANIFEST, LOCK, LOCK_OWNER]);

export interface Manifest {
  generator: string;
  /** Only in a shard's folder (`generate --shard`): which shard, of what; merge-shards checks it. */
  shard?: ShardStamp;
  /** path -> sha256 of the bytes rolekit wrote. */
  files: Record<string, string>;
}

export interface WriteReport {
  written: string[];
  unchanged: string[];
  removed: string[];
  /** Stale files rolekit wrote before but that were edited since, so they were left alone. */
  kept: string[];
  /** Temporary files a killed or failed run left behind, removed before writing. */
  leftovers: string[];
}

export interface CheckReport {
  missing: string[];
  differs: string[];
  /** Files rolekit wrote before that the model no longer produces. */
  stale: string[];
  /** Temporary files a killed or failed run left behind. */
  leftovers: string[];
  ok: boolean;
}

export interface OutputOptions {
  /** Write only some roles' files: remove nothing, keep the other files in the manifest. */
  partial?: boolean;
  /**
   * The folder the user named (--out): links are never followed below it, including the generator
   * folder itself. Defaults to the generator folder.
   */
  root?: string;
  /** How `root` is shown in messages (e.g. 'out'); defaults to its path. */
  shown?: string;
  /**
   * A sharded --check: the manifest paths this shard answers for (stale files outside it are
   * another shard's to report), and whether it reports leftovers (shard 1 does).
   */
  sharded?: { owns(path: string): boolean; leftovers: boolean };
}

export interface WriteOptions extends OutputOptions {
  /** Overwrite files that have an output's name but that rolekit did not write. */
  force?: boolean;
  /** The caller already holds the lock on this folder (see lockOutputs). */
  locked?: boolean;
  /** The folder holds one shard of a run: the manifest says which, for merge-shards. */
  shard?: ShardStamp;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A relative, forward-slash path that stays below its folder and names none of rolekit's own files. */
export function safeRelative(path: string): boolean {
  if (path === '' || RESERVED.has(path) || isAbsolute(path) || path.includes('\\') || path.includes('\0'))
    return false;
  // Segment by segment without split(): every output path is checked three times a run (130,000
  // paths after a one-role edit of 2,000 roles). writer.test.ts holds it to the split() definition.
  let start = 0;
  for (;;) {
    const slash = path.indexOf('/', start);
    const end = slash < 0 ? path.length : slash;
    const length = end - start;
    if (length === 0) return false; // '' segment
    if (length <= 2 && path.charCodeAt(start) === DOT && (length === 1 || path.charCodeAt(start + 1) === DOT))
      return false; // '.' or '..'
    if (length >= TEMPORARY.length && path.startsWith(TEMPORARY, end - TEMPORARY.length)) return false;
    if (slash < 0) return true;
    start = slash + 1;
  }
}
const DOT = 46;

/** Refuses any path that could land outside the output directory or clash with rolekit's own files. */
export function unsafePathDiagnostics(
  generator: string,
  _outDir: string,
  artifacts: readonly Artifact[],
): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const seen = new Set<string>();
  // safeRelative() alone keeps a path below outDir (no absolute path, no '', '.' or '..' segment,
  // no backslash): resolving 24,000 paths as well cost the site a fifth of a second.
  for (const { path } of artifacts) {
    if (!safeRelative(path)) {
      problems.push({
        code: 'RK090',
        severity: 'error',
        message: `${generator} produced an unsafe output path '${path}'`,
        hint: 'output paths are relative, use forward slashes and stay inside the output directory; report this as a bug',
      });
    } else if (seen.has(path)) {
      problems.push({
        code: 'RK090',
        severity: 'error',
        message: `${generator} produced '${path}' twice`,
        hint: 'report this as a bug',
      });
    }
    seen.add(path);
  }
  return problems;
}

/** The tree every path is checked in, and the generator folder's path inside it. */
function place(outDir: string, options: OutputOptions): { tree: SafeTree; rel: string } {
  const root = resolve(options.root ?? outDir);
  const rel = relative(root, resolve(outDir)).split(sep).join('/');
  if (rel.startsWith('..') || isAbsolute(rel) || !(rel === '' || safeRelative(rel)))
    throw new Error(`${outDir} is not inside ${root}`);
  return { tree: new SafeTree(root, options.shown ?? root), rel };
}

const under = (rel: string, path: string) => (rel === '' ? path : `${rel}/${path}`);
const inside = (rel: string, path: string) => (rel === '' ? path : path.slice(rel.length + 1));

/**
 * The most a manifest may hold. One names each file with its sha256, about 100 bytes a file: at
 * 2,000 roles and 20,000 people the site's is 2.4 MB (24,000 files), at 10,000 roles and 100,000
 * people some 12 MB. 64 MiB is five times that; a larger one was not written by rolekit, and reading
 * it would only cost memory and time.
 */
export const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;

/**
 * The bytes of the manifest at `path`, or an OutputError when it is too large to be one: `fix`
 * says what to do (by default, for an output folder: delete it).
 */
export function readManifestBytes(tree: SafeTree, path: string, fix?: string): Buffer | undefined {
  try {
    return tree.read(path, MAX_MANIFEST_BYTES);
  } catch (error) {
    if (!(error instanceof FileTooLargeError)) throw error;
    const folder = tree.show(path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
    throw new OutputError(
      `${tree.show(path)} is ${error.size} bytes, more than a manifest of rolekit's can be (${MAX_MANIFEST_BYTES} bytes): it is damaged or was not written by rolekit. ${
        fix ??
        `Delete it and run again: rolekit then takes the files in ${folder} for someone else's and overwrites none of them until you move them away (or run with --force)`
      }`,
    );
  }
}

/** The manifest's entries that are safe to touch; a hand-edited or planted manifest cannot name others. */
function readManifest(tree: SafeTree, rel: string): Record<string, string> | undefined {
  return readManifestFile(tree, rel)?.files;
}

/** readManifest, and the file's bytes (the writer compares the new manifest with them). */
function readManifestFile(
  tree: SafeTree,
  rel: string,
): { files: Record<string, string>; bytes: Buffer } | undefined {
  const bytes = readManifestBytes(tree, under(rel, MANIFEST));
  if (bytes === undefined) return undefined;
  try {
    const parsed = JSON.parse(bytes.toString('utf8')) as Manifest;
    if (!parsed || typeof parsed.files !== 'object' || parsed.files === null) return undefined;
    const files: Record<string, string> = {};
    for (const [path, hash] of Object.entries(parsed.files))
      if (typeof hash === 'string' && safeRelative(path)) files[path] = hash;
    return { files, bytes };
  } catch {
    return undefined;
  }
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array): boolean {
  return a !== undefined && Buffer.compare(a, b) === 0;
}

/**
 * Whether a file the manifest lists with the wanted hash can be believed to hold it without
 * reading it: the same size, and not modified after the manifest was last written (the writer
 * rewrites the manifest after every file it writes). An edit by hand changes the time and is read,
 * compared and repaired; `--check` and `--force` read every file whatever it looks like.
 */
function trusted(
  file: { size: number; mtimeMs: number } | undefined,
  size: number,
  manifest: number,
): boolean {
  return file !== undefined && file.size === size && file.mtimeMs <= manifest;
}

/** The bytes an artifact's file should hold, given what is on disk now. */
function wanted(artifact: Artifact, current: Uint8Array | undefined): Uint8Array {
  return current !== undefined && artifact.merge ? artifact.merge(current) : artifact.bytes;
}

/** [path, value] pairs sorted by path; runGenerator's artifacts already are, which costs one pass. */
function inPathOrder<T>(pairs: [string, T][]): [string, T][] {
  for (let i = 1; i < pairs.length; i++)
    if (pairs[i - 1]![0] >= pairs[i]![0]) return pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return pairs;
}

/** Runs `read` for every path, collecting the output folder's problems instead of stopping at the first. */
function collect<T>(problems: string[], read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    problems.push(error.message);
    return undefined;
  }
}

function fail(problems: string[], what: string): void {
  if (problems.length > 0) throw new OutputError(`${[...new Set(problems)].join('\n')}\n${what}`);
}

/** What --check reports: every artifact that is missing or differs, every stale file and leftover. */
export async function checkArtifacts(
  outDir: string,
  artifacts: readonly Artifact[],
  options: OutputOptions = {},
): Promise<CheckReport> {
  const { tree, rel } = place(outDir, options);
  const report: CheckReport = { missing: [], differs: [], stale: [], leftovers: [], ok: true };
  const problems: string[] = [];
  collect(problems, () => tree.folder(rel));
  fail(problems, 'nothing was checked');
  if (options.sharded?.leftovers !== false)
    report.leftovers = tree.find(rel, (name) => name.endsWith(TEMPORARY)).map((p) => inside(rel, p));
  const produced = new Set(artifacts.map((a) => a.path));
  for (const deferred of artifacts) {
    const artifact = { ...deferred, bytes: materialise(deferred.bytes) };
    const current = collect(problems, () => tree.read(under(rel, artifact.path)));
    if (current === undefined) report.missing.push(artifact.path);
    else if (!sameBytes(current, wanted(artifact, current))) report.differs.push(artifact.path);
  }
  const manifest = options.partial ? undefined : collect(problems, () => readManifest(tree, rel));
  for (const path of Object.keys(manifest ?? {}).sort()) {
    if (options.sharded && !options.sharded.owns(path)) continue;
    if (!produced.has(path) && collect(problems, () => tree.read(under(rel, path))) !== undefined)
      report.stale.push(path);
  }
  fail(problems, 'rolekit reads nothing through links in its output folder');
  report.ok =
    report.missing.length + report.differs.length + report.stale.length + report.leftovers.length === 0;
  return report;
}

/**
 * Takes the locks on several generator folders under `root` (creating them), all or none, so that
 * two runs never write into the same folders at once. Release them when done.
 */
export async function lockOutputs(
  root: string,
  outDirs: readonly string[],
  options: { shown?: string; stale?: number } = {},
): Promise<{ release(): Promise<void>; locks: Map<string, OutputLock> }> {
  const locks = new Map<string, OutputLock>();
  const release = async () => {
    for (const lock of locks.values()) await lock.release();
  };
  try {
    for (const dir of [...outDirs].sort()) {
      const { tree, rel } = place(dir, { root, ...(options.shown ? { shown: options.shown } : {}) });
      tree.mkdirs(rel);
      locks.set(resolve(dir), await lockOutput(tree, rel, options));
    }
  } catch (error) {
    await release();
    throw error;
  }
  return { release, locks };
}

/**
 * Writes a generator's artifacts under outDir: every changed file goes to a temporary file first and
 * is renamed into place only when all of them were written, unchanged files are not touched, files
 * this generator wrote before and no longer produces are removed (only if nobody edited them since),
 * and a file rolekit did not write is never deleted or, unless `force`, overwritten. Nothing is
 * read, written or removed through a symbolic link below `root`. A partial run (some roles only)
 * removes nothing and keeps the other files in the manifest. Leftovers of a killed run go first.
 */
export async function writeArtifacts(
  generator: string,
  outDir: string,
  artifacts: readonly Artifact[],
  options: WriteOptions = {},
): Promise<WriteReport> {
  const unsafe = unsafePathDiagnostics(generator, outDir, artifacts);
  if (unsafe.length > 0) throw new Error(unsafe.map((d) => d.message).join('; '));
  const { tree, rel } = place(outDir, options);
  if (options.locked) return write(tree, rel, generator, artifacts, options);
  tree.mkdirs(rel);
  const lock = await lockOutput(tree, rel);
  try {
    return await write(tree, rel, generator, artifacts, options, lock);
  } finally {
    await lock.release();
  }
}

async function write(
  tree: SafeTree,
  rel: string,
  generator: string,
  artifacts: readonly Artifact[],
  options: WriteOptions,
  lock?: OutputLock,
): Promise<WriteReport> {
  const report: WriteReport = { written: [], unchanged: [], removed: [], kept: [], leftovers: [] };
  const problems: string[] = [];
  collect(problems, () => tree.mkdirs(rel));
  fail(problems, 'nothing was written');
  // With the lock held no other run writes here, so every temporary file is a leftover.
  for (const leftover of tree.find(rel, (name) => name.endsWith(TEMPORARY))) {
    tree.unlink(leftover);
    report.leftovers.push(inside(rel, leftover));
  }

  const read = collect(problems, () => readManifestFile(tree, rel));
  const previous = read?.files;
  // Without the manifest every file would look like someone else's: say only what is wrong with it.
  fail(problems, 'nothing was written');
  // Files that look untouched since the manifest was written are taken at its word (see trusted()).
  const manifestTime = options.force ? undefined : collect(problems, () => tree.stat(under(rel, MANIFEST)));
  const changed: Artifact[] = [];
  const final = new Map<string, Uint8Array>();
  for (const maybeDeferred of artifacts) {
    const path = under(rel, maybeDeferred.path);
    if (
      manifestTime !== undefined &&
      !maybeDeferred.merge &&
      previous?.[maybeDeferred.path] === digestOfBytes(maybeDeferred.bytes) &&
      trusted(tree.stat(path), sizeOf(maybeDeferred.bytes), manifestTime.mtimeMs)
    ) {
      report.unchanged.push(maybeDeferred.path);
      continue;
    }
    // Read now, before anything is written: a cached rendering gone meanwhile stops this
    // generator's write (DeferredMiss) with nothing of it written.
    const artifact = { ...maybeDeferred, bytes: materialise(maybeDeferred.bytes) };
    const before = problems.length;
    // One lstat, without an exception, says a file is new (most of a first run's files); reading
    // it would fail with one, and then lstat it again to see whether a folder is there.
    const entry = previous?.[artifact.path] === undefined ? collect(problems, () => tree.look(path)) : 'file';
    const current = entry === 'missing' ? undefined : collect(problems, () => tree.read(path));
    if (problems.length > before) continue;
    const bytes = wanted(artifact, current);
    final.set(artifact.path, bytes);
    if (sameBytes(current, bytes)) {
      report.unchanged.push(artifact.path);
      continue;
    }
    changed.push({ ...artifact, bytes });
    if (current === undefined && entry !== 'missing' && tree.entry(path) === 'dir')
      problems.push(`${tree.show(path)} is a folder where rolekit writes a file: move it away`);
    // A merging artifact keeps what people wrote around its block, so it may go into their file.
    else if (
      current !== undefined &&
      !artifact.merge &&
      !options.force &&
      !(artifact.path in (previous ?? {}))
    )
      problems.push(
        `${tree.show(path)} was not written by rolekit (it is not in ${tree.show(under(rel, MANIFEST))}) and would be overwritten: move it away, or run again with --force to replace it`,
      );
  }

  const produced = new Set(artifacts.map((a) => a.path));
  const removable: string[] = [];
  for (const [path, hash] of inPathOrder(Object.entries(previous ?? {}))) {
    if (options.partial || produced.has(path)) continue;
    const current = collect(problems, () => tree.read(under(rel, path)));
    if (current === undefined) continue;
    if (sha256(current) === hash) removable.push(path);
    else report.kept.push(path);
  }
  fail(problems, 'nothing was written');

  // Beside its file (so rename() stays on one file system), short whatever the file's name.
  const temporary = (path: string) => {
    const slash = path.lastIndexOf('/');
    const name = path.slice(slash + 1);
    const tag = name.length > 60 ? `${name.slice(0, 40)}-${sha256(Buffer.from(name)).slice(0, 12)}` : name;
    return under(rel, `${path.slice(0, slash + 1)}.${tag}.${process.pid}${TEMPORARY}`);
  };
  const staged: string[] = [];
  try {
    for (const artifact of changed) {
      const tmp = temporary(artifact.path);
      tree.create(tmp, artifact.bytes);
      staged.push(tmp);
    }
    lock?.assertHeld();
  } catch (error) {
    for (const tmp of staged) tree.unlink(tmp);
    throw error;
  }
  try {
    for (const artifact of changed) {
      tree.rename(temporary(artifact.path), under(rel, artifact.path));
      report.written.push(artifact.path);
    }
  } catch (error) {
    // Renames fail only for reasons outside rolekit (permissions, a folder put there meanwhile);
    // leave no temporary files behind, and let the caller say which files were already replaced.
    for (const a of changed) if (!report.written.includes(a.path)) tree.unlink(temporary(a.path));
    throw error;
  }
  for (const path of removable) {
    tree.unlink(under(rel, path));
    report.removed.push(path);
  }

  const files = new Map<string, string>(options.partial ? Object.entries(previous ?? {}) : []);
  for (const a of artifacts) files.set(a.path, digestOfBytes(final.get(a.path) ?? a.bytes));
  const manifest: Manifest = {
    generator,
    ...(options.shard ? { shard: options.shard } : {}),
    files: Object.fromEntries(inPathOrder([...files])),
  };
  const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
  const manifestPath = under(rel, MANIFEST);
  // Rewritten whenever a file was, even to the same bytes: it must stay newer than every file it
  // vouches for (see trusted()). Compared with the bytes read at the start: the lock kept others out.
  if (report.written.length > 0 || !sameBytes(read?.bytes, manifestBytes)) {
    const tmp = under(rel, `${MANIFEST}.${process.pid}${TEMPORARY}`);
    tree.create(tmp, manifestBytes);
    lock?.assertHeld();
    tree.rename(tmp, manifestPath);
  }
  return report;
}
