// The diagnostics catalogue: every code rolekit reports, with its title, severity, cause and fix.
// docs/diagnostics.md is generated from it (`pnpm --filter @rolekit/model diagnostics`), and the
// Diagnostic type accepts only its codes, so a code that is not here does not compile.
// A new code goes into the section it belongs to (or a new section, listed below).
import { codeOwnership } from './codeowners.js';
import { generators } from './generators.js';
import { importing } from './import.js';
import { jira } from './jira.js';
import { output } from './output.js';
import { policies } from './policies.js';
import { raci } from './raci.js';
import { reading } from './reading.js';
import { references } from './references.js';
import type { CodeInfo, CodeSection } from './section.js';
import { shape } from './shape.js';
import { textSafety } from './text-safety.js';

/** The sections, in the order docs/diagnostics.md shows them. */
export const CODE_SECTIONS = [
  reading,
  shape,
  references,
  raci,
  codeOwnership,
  jira,
  policies,
  textSafety,
  generators,
  importing,
  output,
] as const;

type Codes<S> = S extends CodeSection<infer C> ? C : never;

/** A diagnostic code from the catalogue, e.g. 'RK012'. */
export type DiagnosticCode = Codes<(typeof CODE_SECTIONS)[number]>;

/** Every code, with what the catalogue says about it. */
export const DIAGNOSTIC_CODES: Readonly<Record<DiagnosticCode, CodeInfo>> = Object.freeze(
  Object.assign({}, ...CODE_SECTIONS.map((s) => s.codes)),
);

export function isDiagnosticCode(code: string): code is DiagnosticCode {
  return Object.hasOwn(DIAGNOSTIC_CODES, code);
}

export type { CodeInfo, CodeSection } from './section.js';
