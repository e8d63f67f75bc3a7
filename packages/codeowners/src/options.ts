import { type OptionsSchema, unknownOptionKeys } from '@rolekit/core';
import type { Diagnostic } from '@rolekit/model';

export type Flavour = 'github' | 'gitlab';
export const FLAVOURS: readonly Flavour[] = ['github', 'gitlab'];

/** Options of the codeowners generator (set with --option codeowners.KEY=VALUE). */
export interface CodeownersOptions {
  /**
   * github (default): GitHub's syntax, GitLab sections ignored. gitlab: rules grouped under
   * `[Section]` headings (`^[Section]` optional, `[Section][2]` two approvals), ordered per section.
   */
  flavour: Flavour;
  /** Set by `--role` for every generator; CODEOWNERS files are per repository, so it is ignored. */
  roles?: readonly string[];
}

export const defaultOptions: CodeownersOptions = { flavour: 'github' };

export interface ResolvedOptions {
  flavour: Flavour;
}

/** Every option, as the CLI reads and the docs describe it. */
export const optionsSchema: OptionsSchema<CodeownersOptions> = {
  flavour: {
    type: 'string',
    values: FLAVOURS,
    description: 'github (default) or gitlab: rules grouped under the repository’s GitLab sections',
  },
  roles: { type: 'list', internal: true, description: 'set by --role; CODEOWNERS files are per repository' },
};

function problem(message: string, hint: string): Diagnostic {
  return { code: 'RK100', severity: 'error', message, hint };
}

/** The options as given (defaults merged with --option strings), checked. */
export function resolveOptions(options: Partial<CodeownersOptions>): {
  value: ResolvedOptions;
  problems: Diagnostic[];
} {
  const problems = unknownOptionKeys(
    'codeowners',
    options,
    Object.keys(optionsSchema),
    'the only option is flavour (github or gitlab)',
  );
  const raw = String(options.flavour ?? defaultOptions.flavour).toLowerCase();
  const flavour = (FLAVOURS as readonly string[]).includes(raw) ? (raw as Flavour) : undefined;
  if (!flavour)
    problems.push(
      problem(`unknown CODEOWNERS flavour '${options.flavour}'`, `flavours are ${FLAVOURS.join(' and ')}`),
    );
  return { value: { flavour: flavour ?? 'github' }, problems };
}
