import { join, resolve } from 'node:path';
import {
  type Artifact,
  lockOutputs,
  OutputError,
  planMerge,
  shardBytes,
  writeArtifacts,
} from '@rolekit/core';
import { registered } from '../generators.js';
import type { Io } from '../io.js';
import { displayPath } from '../model.js';
import { plural } from '../words.js';
import { outputFailure, prepareOutRoot } from './generate.js';

/**
 * A file people edit around rolekit's part (a CODEOWNERS file) is merged into the output folder's
 * copy, as generate merges it, never copied over it: its generator rebuilds the merge from the
 * shard's bytes.
 */
async function withMerges(generator: string, artifacts: Artifact[]): Promise<Artifact[]> {
  const remerge = registered(generator)?.declaration.remerge;
  if (!remerge) return artifacts;
  return Promise.all(
    artifacts.map(async (artifact) => {
      const merge = await remerge(artifact.path, artifact.bytes);
      return merge ? { ...artifact, merge } : artifact;
    }),
  );
}

/**
 * Joins the shards of one `generate --shard I/N` run into one output folder. Every shard's manifest
 * is checked first (all of 1..N, once each, from the same inputs), then every file against its
 * manifest's hash, and only then is anything written, by the same writer as `generate`, so the
 * folder and its manifests are byte for byte what a run on one machine leaves.
 */
export async function mergeShards(
  io: Io,
  folders: readonly string[],
  options: { out: string; force?: boolean },
): Promise<number> {
  const outRoot = resolve(io.cwd, options.out);
  const shownRoot = displayPath(io, outRoot);
  const shards = folders.map((f) => ({
    root: resolve(io.cwd, f),
    shown: displayPath(io, resolve(io.cwd, f)),
  }));
  try {
    const inside = shards.find((s) => s.root === outRoot);
    if (inside) throw new OutputError(`--out ${shownRoot} is one of the shards: merge into another folder`);
    const sets = planMerge(shards);
    // Every byte is read and checked before the first write: a damaged shard changes nothing.
    const merged = await Promise.all(
      sets.map(async (set) => ({ set, artifacts: await withMerges(set.generator, shardBytes(set)) })),
    );
    prepareOutRoot(outRoot, shownRoot, false);
    const locks = await lockOutputs(
      outRoot,
      sets.map((s) => join(outRoot, s.generator)),
      { shown: shownRoot },
    );
    try {
      for (const { set, artifacts } of merged) {
        const report = await writeArtifacts(set.generator, join(outRoot, set.generator), artifacts, {
          root: outRoot,
          shown: shownRoot,
          locked: true,
          ...(options.force ? { force: true } : {}),
        });
        const shown = displayPath(io, join(outRoot, set.generator));
        for (const p of report.kept)
          io.stderr(`kept     ${shown}/${p} (no longer generated, but edited by hand)\n`);
        io.stdout(
          `${set.generator}: ${plural(artifacts.length, 'file')} from ${plural(set.count, 'shard')} in ${shown} (${report.written.length} written, ${report.unchanged.length} unchanged, ${report.removed.length} removed)\n`,
        );
      }
    } finally {
      await locks.release();
    }
  } catch (error) {
    return outputFailure(io, error, 'could not merge the shards');
  }
  return 0;
}
