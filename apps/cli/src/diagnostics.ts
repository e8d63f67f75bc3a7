import { formatDiagnostic, summarise } from '@rolekit/core';
import { type Diagnostic, sortDiagnostics } from '@rolekit/model';
import { coloursFor, type Io } from './io.js';

export type OutputFormat = 'text' | 'json';

/** Prints diagnostics like a compiler (or as JSON), then a summary line. */
export function printDiagnostics(
  io: Io,
  diagnostics: readonly Diagnostic[],
  options: { base?: string; format?: OutputFormat } = {},
): void {
  const sorted = sortDiagnostics(diagnostics);
  // Paths are shown relative to where the user stands; inside the model directory, as they are.
  if (options.base === '.') options = { ...options, base: undefined };
  if (options.format === 'json') {
    const withBase = sorted.map((d) =>
      d.file && options.base && !d.file.startsWith('/') ? { ...d, file: `${options.base}/${d.file}` } : d,
    );
    io.stdout(`${JSON.stringify({ diagnostics: withBase, summary: summarise(sorted) }, null, 2)}\n`);
    return;
  }
  const colours = coloursFor(io);
  for (const d of sorted)
    io.stderr(`${formatDiagnostic(d, { ...(options.base ? { base: options.base } : {}), colours })}\n`);
}
