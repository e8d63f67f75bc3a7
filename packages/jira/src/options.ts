import { unknownOptionKeys } from '@rolekit/core';
import type { Diagnostic } from '@rolekit/model';

/** Options of the jira generator (set with --option jira.KEY=VALUE). */
export interface JiraOptions {
  /** Write matrix.pdf besides matrix.md (`--option jira.pdf=false` leaves it out). Default true. */
  pdf: boolean;
  /**
   * Set by `rolekit generate --role`. Schemes are per scheme, not per role, so the jira generator
   * writes every file regardless.
   */
  roles?: readonly string[];
}

export const defaultOptions: JiraOptions = { pdf: true };

const KNOWN = new Set(['pdf', 'roles']);

/** Problems with the options as given, as RK100 diagnostics (the code every generator uses for options). */
export function optionProblems(options: JiraOptions): Diagnostic[] {
  const problems = unknownOptionKeys(
    'jira',
    options,
    KNOWN,
    'the jira generator has one option: pdf (true or false)',
  );
  if (typeof options.pdf !== 'boolean')
    problems.push({
      code: 'RK100',
      severity: 'error',
      message: `option 'jira.pdf' must be true or false, not '${String(options.pdf)}'`,
      hint: 'e.g. --option jira.pdf=false',
    });
  return problems;
}
