import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import type { Artifact } from './generator.js';
import { OutputError, SafeTree } from './safe-tree.js';
import type { ShardStamp } from './shard.js';
import { MANIFEST, type Manifest, readManifestBytes, safeRelative } from './writer.js';

/** A folder that `rolekit generate --shard I/N --out <folder>` wrote. */
export interface ShardFolder {
  root: string;
  /** How it is shown in messages. */
  shown: string;
}

/** One generator's shards, checked to belong together: everything a merge needs but the bytes. */
export interface ShardSet {
  generator: string;
  count: number;
  /** Where each path's bytes are, and their sha256 as the shard's manifest gives it. */
  files: Map<string, { folder: ShardFolder; sha256: string }>;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function isStamp(value: unknown): value is ShardStamp {
  const s = value as ShardStamp;
  return (
    typeof s === 'object' &&
    s !== null &&
    Number.isInteger(s.index) &&
    Number.isInteger(s.count) &&
    s.index >= 1 &&
    s.index <= s.count &&
    typeof s.inputs === 'string'
  );
}

/** A generator folder's manifest, if it is a shard's; an OutputError saying what is wrong otherwise. */
function readShardManifest(tree: SafeTree, generator: string): Manifest & { shard: ShardStamp } {
  const where = tree.show(`${generator}/${MANIFEST}`);
  const bytes = readManifestBytes(tree, `${generator}/${MANIFEST}`, 'Generate that shard again');
  if (bytes === undefined)
    throw new OutputError(`${where} is missing: ${tree.show(generator)} is not the output of a shard`);
  let manifest: Manifest;
  try {
    manifest = JSON.parse(bytes.toString('utf8')) as Manifest;
  } catch {
    throw new OutputError(`${where} is not JSON: the shard's output is damaged; generate that shard again`);
  }
  if (!manifest || manifest.generator !== generator || typeof manifest.files !== 'object' || !manifest.files)
    throw new OutputError(`${where} is not the manifest of ${generator}: generate that shard again`);
  if (!isStamp(manifest.shard))
    throw new OutputError(
      `${where} is not a shard's manifest (the output of a run without --shard): merge folders written by 'rolekit generate --shard I/N'`,
    );
  for (const [path, hash] of Object.entries(manifest.files))
    if (!safeRelative(path) || typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash))
      throw new OutputError(
        `${where} names '${path}', which is not an output path: generate that shard again`,
      );
  return manifest as Manifest & { shard: ShardStamp };
}

/**
 * Reads the shard folders' manifests and checks that, per generator, they are shards 1..N of one
 * N, each exactly once, made from the same inputs (model, templates, options, date, version), with
 * no file in two shards. Reads no output file; `shardBytes` does, checking each against its hash.
 */
export function planMerge(folders: readonly ShardFolder[]): ShardSet[] {
  if (folders.length === 0) throw new OutputError('name the shard folders to merge');
  const stamps = new Map<
    string,
    Array<{ folder: ShardFolder; manifest: Manifest & { shard: ShardStamp } }>
  >();
  for (const folder of folders) {
    const tree = new SafeTree(folder.root, folder.shown);
    if (tree.folder('') !== 'dir' || tree.entry('') !== 'dir')
      throw new OutputError(`${folder.shown} is not a folder`);
    const generators = readdirSync(folder.root, { withFileTypes: true })
      .filter((e) => !e.name.startsWith('.') && (e.isDirectory() || e.isSymbolicLink()))
      .map((e) => e.name)
      .sort();
    if (generators.length === 0)
      throw new OutputError(`${folder.shown} holds no generator's folder: is it a shard's --out folder?`);
    for (const generator of generators) {
      tree.folder(generator); // refuses a link
      const list = stamps.get(generator) ?? [];
      list.push({ folder, manifest: readShardManifest(tree, generator) });
      stamps.set(generator, list);
    }
  }

  const sets: ShardSet[] = [];
  for (const [generator, shards] of [...stamps].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const show = (s: (typeof shards)[number]) =>
      `${s.manifest.shard.index}/${s.manifest.shard.count} in ${s.folder.shown}`;
    const counts = new Set(shards.map((s) => s.manifest.shard.count));
    if (counts.size > 1)
      throw new OutputError(
        `${generator}: the shards were split different ways (${shards.map(show).join(', ')}): merge the shards of one run`,
      );
    const count = shards[0]!.manifest.shard.count;
    const inputs = new Set(shards.map((s) => s.manifest.shard.inputs));
    if (inputs.size > 1)
      throw new OutputError(
        `${generator}: the shards were generated from different models, templates, options or rolekit versions (${shards
          .map((s) => `${show(s)}: inputs ${s.manifest.shard.inputs.slice(0, 12)}`)
          .join(', ')}): generate every shard from the same commit`,
      );
    const byIndex = new Map<number, (typeof shards)[number]>();
    for (const s of shards) {
      const twin = byIndex.get(s.manifest.shard.index);
      if (twin)
        throw new OutputError(
          `${generator}: shard ${s.manifest.shard.index}/${count} is given twice (${twin.folder.shown} and ${s.folder.shown}): name each shard's folder once`,
        );
      byIndex.set(s.manifest.shard.index, s);
    }
    const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
    if (missing.length > 0)
      throw new OutputError(
        `${generator}: shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${count}`).join(', ')} missing (found ${shards.map(show).join(', ')}): every shard's folder is needed`,
      );
    const files: ShardSet['files'] = new Map();
    for (const s of [...byIndex.values()].sort((a, b) => a.manifest.shard.index - b.manifest.shard.index)) {
      for (const [path, hash] of Object.entries(s.manifest.files)) {
        const twin = files.get(path);
        if (twin)
          throw new OutputError(
            `${generator}: ${path} is in two shards (${twin.folder.shown} and ${s.folder.shown}): generate the shards with one rolekit version`,
          );
        files.set(path, { folder: s.folder, sha256: hash });
      }
    }
    sets.push({ generator, count, files });
  }
  return sets;
}

/** One generator's merged artifacts, in path order; each file's bytes must match its shard's manifest. */
export function shardBytes(set: ShardSet): Artifact[] {
  const trees = new Map<ShardFolder, SafeTree>();
  const artifacts: Artifact[] = [];
  for (const [path, { folder, sha256: hash }] of [...set.files].sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  )) {
    const tree = trees.get(folder) ?? new SafeTree(folder.root, folder.shown);
    trees.set(folder, tree);
    const bytes = tree.read(`${set.generator}/${path}`);
    if (bytes === undefined)
      throw new OutputError(
        `${tree.show(`${set.generator}/${path}`)} is missing, though its shard's manifest names it: download or generate that shard again`,
      );
    if (sha256(bytes) !== hash)
      throw new OutputError(
        `${tree.show(`${set.generator}/${path}`)} differs from what its shard wrote (its manifest's sha256): download or generate that shard again`,
      );
    artifacts.push({ path, bytes, mediaType: 'application/octet-stream' });
  }
  return artifacts;
}
