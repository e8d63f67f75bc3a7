import { relative, resolve } from 'node:path';
import { escapeControl, summarise } from '@rolekit/core';
import { loadModel, type Model } from '@rolekit/model';
import { type OutputFormat, printDiagnostics } from './diagnostics.js';
import { Exit, type Io } from './io.js';
import { modelCachePath, modelCacheSalt, openModelCache } from './model-cache.js';

/** How the CLI shows paths: relative to where the user stands, the way compilers do. */
export function displayPath(io: Io, path: string): string {
  const rel = relative(io.cwd, path);
  // A path is model content too: a folder name may hold ESC or a newline.
  return escapeControl(rel === '' ? '.' : rel.startsWith('..') ? path : rel);
}

/**
 * Loads the model or prints every diagnostic and exits 1; warnings are printed either way. With a
 * cache directory, files whose bytes are unchanged since a run that used it are not parsed again
 * (the diagnostics are the same either way).
 */
export async function loadOrExit(
  io: Io,
  dir: string,
  options: { format?: OutputFormat; quietSummary?: boolean; cache?: string } = {},
): Promise<Model> {
  const absolute = resolve(io.cwd, dir);
  const cache = options.cache
    ? openModelCache(modelCachePath(resolve(io.cwd, options.cache)), await modelCacheSalt(), {
        // As for the rendering cache: no link anywhere below the working directory is followed.
        root: io.cwd,
      })
    : undefined;
  const result = await loadModel(absolute, cache ? { parsed: cache } : {});
  cache?.save();
  const base = displayPath(io, absolute);
  if (!result.ok) {
    printDiagnostics(io, result.diagnostics, { base, ...(options.format ? { format: options.format } : {}) });
    if (options.format !== 'json')
      io.stderr(`${base}: ${summarise(result.diagnostics).line}; nothing was generated\n`);
    throw new Exit(1);
  }
  if (result.diagnostics.length > 0 && options.format !== 'json')
    printDiagnostics(io, result.diagnostics, { base });
  return result.value;
}
