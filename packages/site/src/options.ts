import { type OptionsSchema, unknownOptionKeys } from '@rolekit/core';
import type { Diagnostic } from '@rolekit/model';

/**
 * Above this many cells (roles with a letter times activities) the RACI matrix is split into one
 * page per role family: with its empty cells bare a cell costs about 10 bytes of HTML, so one page
 * would pass about 1 MiB (2,000 roles by 500 activities: 10 MiB), more than a browser lays out
 * quickly. It lives here, not in raci.ts, because the declaration reads options without loading
 * the generator's code (raci.ts brings @rolekit/raci and its PDF libraries).
 */
export const SPLIT_CELLS = 100_000;

/**
 * Who the site is for. `internal` (the default) is the organisation's own directory: people,
 * access, RACI and onboarding. `public` is what a candidate may read: the candidate job
 * description of every role, the org chart, no people, no access, no RACI, no internal notes.
 */
export type SiteMode = 'public' | 'internal';
export const MODES: readonly SiteMode[] = ['internal', 'public'];

/** Options of the site generator (set with --option site.KEY=VALUE). */
export interface SiteOptions {
  mode: SiteMode | string;
  /** The pages' language, for <html lang>. */
  lang: string;
  /**
   * The org chart lays out at most this many roles (the top of the hierarchy, level by level);
   * beyond it the chart says how many are left out and the list beside it names them all.
   */
  chartLimit: number | string;
  /** The partner map places at most this many roles (the first of the chart): its layout costs their square. */
  partnerMapLimit: number | string;
  /**
   * The RACI matrix goes on one page up to this many cells (roles with a letter times activities);
   * above it raci.html is an index of one page per role family.
   */
  raciPageCells: number | string;
  /** Set by `--role`; the site always lists every role, so it is accepted and not used. */
  roles?: readonly string[];
}

export const defaultOptions: SiteOptions = {
  mode: 'internal',
  lang: 'en',
  chartLimit: 150,
  partnerMapLimit: 40,
  raciPageCells: SPLIT_CELLS,
};

export interface ResolvedOptions {
  mode: SiteMode;
  lang: string;
  chartLimit: number;
  partnerMapLimit: number;
  raciPageCells: number;
}

/** Every option, as the CLI reads and the docs describe it. */
export const optionsSchema: OptionsSchema<SiteOptions> = {
  mode: {
    type: 'string',
    values: MODES,
    description: 'internal (the default: people, access, RACI) or public',
  },
  lang: { type: 'string', description: 'the pages’ language, a BCP 47 tag for <html lang> (default en)' },
  chartLimit: {
    type: 'integer',
    description: 'the org chart lays out at most this many roles (default 150)',
  },
  partnerMapLimit: {
    type: 'integer',
    description: 'the partner map places at most this many roles (default 40)',
  },
  raciPageCells: {
    type: 'integer',
    description: `the RACI matrix goes on one page up to this many cells, above it one page per role family (default ${SPLIT_CELLS})`,
  },
  roles: { type: 'list', internal: true, description: 'set by --role; the site always lists every role' },
};
const KNOWN_KEYS = Object.keys(optionsSchema);

function problem(message: string, hint: string): Diagnostic {
  return { code: 'RK100', severity: 'error', message, hint };
}

/** The options as the generator uses them, with every problem as a diagnostic. */
export function resolveOptions(options: Partial<SiteOptions>): {
  value: ResolvedOptions;
  problems: Diagnostic[];
} {
  const problems = unknownOptionKeys(
    'site',
    options,
    KNOWN_KEYS,
    'options are mode, lang, chartLimit, partnerMapLimit, raciPageCells',
  );
  const rawMode = String(options.mode ?? defaultOptions.mode)
    .trim()
    .toLowerCase();
  let mode: SiteMode = 'internal';
  if ((MODES as readonly string[]).includes(rawMode)) mode = rawMode as SiteMode;
  else
    problems.push(problem(`unknown site mode '${rawMode}'`, 'e.g. --option site.mode=public (or internal)'));

  const lang = String(options.lang ?? defaultOptions.lang);
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang))
    problems.push(problem(`'${lang}' is not a language tag`, 'use a BCP 47 tag such as en, en-GB or de'));

  const count = (key: 'chartLimit' | 'partnerMapLimit' | 'raciPageCells'): number => {
    const n = Number(options[key] ?? defaultOptions[key]);
    if (Number.isInteger(n) && n >= 1) return n;
    problems.push(
      problem(
        `${key} must be a whole number of at least 1, not '${options[key]}'`,
        `e.g. --option site.${key}=100`,
      ),
    );
    return Number(defaultOptions[key]);
  };
  return {
    value: {
      mode,
      lang,
      chartLimit: count('chartLimit'),
      partnerMapLimit: count('partnerMapLimit'),
      raciPageCells: count('raciPageCells'),
    },
    problems,
  };
}
