import type { Diagnostic } from '@rolekit/model';
import { escapeControl } from './escape.js';

export interface Colours {
  red(s: string): string;
  yellow(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

const plain: Colours = { red: (s) => s, yellow: (s) => s, dim: (s) => s, bold: (s) => s };

/** Prints a diagnostic like a compiler: `model/roles/qa.yaml:12:5 error RK012 message` and a hint line. */
export function formatDiagnostic(d: Diagnostic, options: { base?: string; colours?: Colours } = {}): string {
  const c = options.colours ?? plain;
  // File names and messages carry model text: never let it reach the terminal raw.
  const file = d.file
    ? escapeControl(
        `${options.base && !d.file.startsWith('/') ? `${options.base.replace(/\/$/, '')}/` : ''}${d.file}`,
      )
    : '';
  const where = file ? `${file}${d.line ? `:${d.line}:${d.column ?? 1}` : ''} ` : '';
  const severity = d.severity === 'error' ? c.red('error') : c.yellow('warning');
  const head = `${c.bold(where)}${severity} ${c.dim(d.code)} ${escapeControl(d.message)}`;
  return d.hint ? `${head}\n  ${c.dim(`hint: ${escapeControl(d.hint)}`)}` : head;
}

export function summarise(diagnostics: readonly Diagnostic[]): {
  errors: number;
  warnings: number;
  line: string;
} {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return { errors, warnings, line: `${plural(errors, 'error')}, ${plural(warnings, 'warning')}` };
}
