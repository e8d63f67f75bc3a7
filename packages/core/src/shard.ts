import { createHash } from 'node:crypto';

/** One machine's part of a run split across `count` machines: shard `index` of `count`, from 1. */
export interface Shard {
  index: number;
  count: number;
}

/** What a shard's manifest carries so that a merge can check the shards belong together. */
export interface ShardStamp extends Shard {
  /** sha256 of everything the output depends on: model files, templates, options, date, version. */
  inputs: string;
}

/** The largest number of shards: more would be one machine per few roles. */
export const MAX_SHARDS = 256;

/** Parses `I/N` (1 <= I <= N); undefined with the reason when it is not one. */
export function parseShard(text: string): Shard | string {
  const m = /^(\d{1,4})\/(\d{1,4})$/.exec(text.trim());
  if (!m) return `'${text}' is not a shard: write I/N, e.g. 2/4 for the second of four`;
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || count > MAX_SHARDS) return `'${text}': the number of shards must be 1 to ${MAX_SHARDS}`;
  if (index < 1 || index > count)
    return `'${text}': the shard must be 1 to ${count} (shards are counted from 1)`;
  return { index, count };
}

/**
 * Which shard (1..count) makes a unit. By a hash of the generator and the unit, never by order or
 * timing, so every machine agrees without talking to the others, and adding a role moves no other
 * role's files. `undefined` (a small file about the whole organisation) always goes to shard 1.
 */
export function shardOf(generator: string, unit: string | undefined, count: number): number {
  if (unit === undefined || count === 1) return 1;
  const digest = createHash('sha256').update(`${generator}\0${unit}`).digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

/** A path's unit by default: the path without its extension, so a role's .md, .html and .pdf go together. */
export function defaultShardUnit(path: string): string {
  const slash = path.lastIndexOf('/');
  const dot = path.lastIndexOf('.');
  return dot > slash + 1 ? path.slice(0, dot) : path;
}

/**
 * Whether `shard` keeps the artifact at `path` of `generator`. A generator without `shardUnit` is
 * one unit, made whole by shard 1 (CODEOWNERS and Jira schemes take milliseconds).
 */
export function shardKeeps(
  shard: Shard | undefined,
  generator: { name: string; shardUnit?: (path: string) => string | undefined },
  path: string,
): boolean {
  if (!shard || shard.count === 1) return true;
  const unit = generator.shardUnit ? generator.shardUnit(path) : undefined;
  return shardOf(generator.name, unit, shard.count) === shard.index;
}
