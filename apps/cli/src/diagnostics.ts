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
    // JSON escapes C0 controls itself; C1 and bidi controls too, so the output is safe on a terminal.
    const json = JSON.stringify({ diagnostics: withBase, summary: summarise(sorted) }, null, 2).replace(
      /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
    io.stdout(`${json}\n`);
    return;
  }
  const colours = coloursFor(io);
  for (const d of sorted)
    io.stderr(`${formatDiagnostic(d, { ...(options.base ? { base: options.base } : {}), colours })}\n`);
}
