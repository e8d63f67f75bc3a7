import { type OptionsSchema, unknownOptionKeys } from '@rolekit/core';
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

/** Every option, as the CLI reads and the docs describe it. */
export const optionsSchema: OptionsSchema<JiraOptions> = {
  pdf: { type: 'boolean', description: 'write matrix.pdf besides matrix.md (default true)' },
  roles: { type: 'list', internal: true, description: 'set by --role; schemes are not per role' },
};

/** Problems with the options as given, as RK100 diagnostics (the code every generator uses for options). */
export function optionProblems(options: JiraOptions): Diagnostic[] {
  const problems = unknownOptionKeys(
    'jira',
    options,
    Object.keys(optionsSchema),
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
