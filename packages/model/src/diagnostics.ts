import type { DiagnosticCode } from './codes/index.js';

/** One type for every problem rolekit reports, from YAML syntax to a broken policy. */
export interface Diagnostic {
  /** Stable code from the catalogue (src/codes, written to docs/diagnostics.md), e.g. RK012. */
  code: DiagnosticCode;
  severity: 'error' | 'warning';
  message: string;
  /** How to fix it, in one sentence. */
  hint?: string;
  /** Path of the file, relative to the model directory (or as given for non-model files). */
  file?: string;
  line?: number;
  column?: number;
  /** JSON pointer inside the file, e.g. /responsibilities/3. */
  pointer?: string;
}

/** A place in a model file; every loaded entity remembers where it came from so errors point home. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
  pointer: string;
}

export function at(
  location: SourceLocation | undefined,
): Pick<Diagnostic, 'file' | 'line' | 'column' | 'pointer'> {
  if (!location) return {};
  return { file: location.file, line: location.line, column: location.column, pointer: location.pointer };
}

/** The result of anything that can fail on user input: a value, or every diagnostic at once. */
export type Result<T> =
  | { ok: true; value: T; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Text in code-unit order, as the loader sorts paths: the same on every machine, whatever its locale. */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Orders diagnostics by file, line and column so output is stable whatever order checks ran in.
 * Code-unit order rather than localeCompare: the order of text then never depends on the machine's
 * locale, and a load with a warning does not start the locale's collation (a few hundredths of a
 * second, a tenth of a small model's validate).
 */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      byCodeUnits(a.file ?? '', b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      byCodeUnits(a.code, b.code) ||
      byCodeUnits(a.message, b.message),
  );
}
