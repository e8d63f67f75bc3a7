import { digestOf } from './cache-store.js';
import type { Artifact } from './generator.js';

// A cached rendering whose bytes are not read until someone needs them. After a one-role edit
// almost every output is already on disk as it should be; the writer knows that from the
// manifest's hash and the cache's index, without reading either file. Such bytes stand in an
// artifact as an empty placeholder array, known here by identity; runGenerator hands them out only
// to a caller that asked for them (the CLI's write) and fills them in for everyone else.

interface Pending {
  digest: string;
  size: number;
  load(): Uint8Array | undefined;
}

const pending = new WeakMap<Uint8Array, Pending>();

/**
 * A cached rendering could not be read after all (removed or damaged since the run began): the
 * caller renders the generator again without deferred bytes, which renders what is missing.
 */
export class DeferredMiss extends Error {
  override name = 'DeferredMiss';
}

/** A placeholder for bytes of a known sha256 and size that `load` reads (undefined: gone). */
export function deferBytes(digest: string, size: number, load: () => Uint8Array | undefined): Uint8Array {
  const placeholder = new Uint8Array(0);
  pending.set(placeholder, { digest, size, load });
  return placeholder;
}

export function isDeferred(bytes: Uint8Array): boolean {
  return pending.has(bytes);
}

/** The sha256 (hex) of the bytes, deferred or not, without reading deferred ones. */
export function digestOfBytes(bytes: Uint8Array): string {
  return pending.get(bytes)?.digest ?? digestOf(bytes);
}

/** The length of the bytes, deferred or not. */
export function sizeOf(bytes: Uint8Array): number {
  return pending.get(bytes)?.size ?? bytes.byteLength;
}

/** The real bytes; throws DeferredMiss if deferred ones cannot be read whole any more. */
export function materialise(bytes: Uint8Array): Uint8Array {
  const deferred = pending.get(bytes);
  if (deferred === undefined) return bytes;
  const loaded = deferred.load();
  if (loaded === undefined || loaded.byteLength !== deferred.size || digestOf(loaded) !== deferred.digest)
    throw new DeferredMiss('a cached rendering changed during the run');
  return loaded;
}

/** The artifacts with every deferred byte read (DeferredMiss if one cannot be). */
export function materialiseAll(artifacts: readonly Artifact[]): Artifact[] {
  return artifacts.map((a) => (isDeferred(a.bytes) ? { ...a, bytes: materialise(a.bytes) } : a));
}
