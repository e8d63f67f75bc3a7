import { type OptionsSchema, optionKeys, unknownOptionKeys } from '@rolekit/core';
import type { Diagnostic } from '@rolekit/model';
import { AUDIENCES, type Audience } from './layout.js';

export type JobDescriptionFormat = 'md' | 'html' | 'pdf';

/** Every format, in the order the generator documents and emits them. */
export const FORMATS: readonly JobDescriptionFormat[] = ['md', 'html', 'pdf'];

/** Options of the job-descriptions generator (set with --option job-descriptions.KEY=VALUE). */
export interface JobDescriptionsOptions {
  /**
   * The formats to write: a list, or a comma-separated string from the command line
   * (`--option job-descriptions.formats=md,html`). Default: all three.
   */
  formats: readonly JobDescriptionFormat[] | string;
  /** `--option job-descriptions.pdf=false` (likewise md, html): leave one format out. */
  md?: boolean;
  html?: boolean;
  pdf?: boolean;
  /** Only these roles (set by `--role`); then no index is written. */
  roles?: readonly string[];
  /** The language of the documents, for <html lang>. */
  lang: string;
  /** How many roles are rendered at the same time. */
  concurrency: number;
  /**
   * The versions to write: `candidate` (the default files, for applicants) and `internal` (under
   * internal/, for the handbook); a list or a comma-separated string. Default: both.
   */
  audiences?: readonly Audience[] | string;
}

export const defaultOptions: JobDescriptionsOptions = {
  formats: FORMATS,
  lang: 'en',
  concurrency: 4,
  audiences: AUDIENCES,
};

export interface ResolvedOptions {
  formats: ReadonlySet<JobDescriptionFormat>;
  /** Undefined for every role. */
  roles: readonly string[] | undefined;
  lang: string;
  concurrency: number;
  audiences: readonly Audience[];
}

/** Every option, as the CLI reads and the docs describe it (in the order the checks list them). */
export const optionsSchema: OptionsSchema<JobDescriptionsOptions> = {
  formats: { type: 'list', values: FORMATS, description: 'the formats to write (default: all three)' },
  md: { type: 'boolean', description: 'false leaves the Markdown out' },
  html: { type: 'boolean', description: 'false leaves the HTML out' },
  pdf: { type: 'boolean', description: 'false leaves the PDF out' },
  roles: { type: 'list', internal: true, description: 'only these roles (set by --role); then no index' },
  lang: {
    type: 'string',
    description: 'the language of the documents, a BCP 47 tag for <html lang> (default en)',
  },
  concurrency: { type: 'integer', description: 'how many roles are rendered at the same time (default 4)' },
  audiences: {
    type: 'list',
    values: AUDIENCES,
    description: 'the versions to write: candidate (the default files) and internal (under internal/)',
  },
};

function problem(message: string, hint: string): Diagnostic {
  return { code: 'RK100', severity: 'error', message, hint };
}

/**
 * Turns the options as given (defaults merged with --option strings) into the form the generator
 * uses, with every problem as a diagnostic: an unknown format, key or language tag.
 */
export function resolveOptions(options: JobDescriptionsOptions): {
  value: ResolvedOptions;
  problems: Diagnostic[];
} {
  const problems = unknownOptionKeys(
    'job-descriptions',
    options,
    Object.keys(optionsSchema),
    `options are ${optionKeys(optionsSchema).join(', ')}`,
  );
  const raw = options.formats ?? FORMATS;
  const listed = typeof raw === 'string' ? raw.split(',') : [...raw];
  const formats = new Set<JobDescriptionFormat>();
  for (const entry of listed.map((f) => String(f).trim().toLowerCase()).filter((f) => f !== '')) {
    const format = entry === 'markdown' ? 'md' : entry;
    if ((FORMATS as readonly string[]).includes(format)) formats.add(format as JobDescriptionFormat);
    else
      problems.push(
        problem(`unknown job description format '${entry}'`, `formats are ${FORMATS.join(', ')}`),
      );
  }
  for (const format of FORMATS) {
    const flag = options[format];
    if (flag === undefined) continue;
    if (typeof flag !== 'boolean')
      problems.push(
        problem(
          `option 'job-descriptions.${format}' must be true or false`,
          `e.g. --option job-descriptions.${format}=false`,
        ),
      );
    else if (!flag) formats.delete(format);
  }
  if (formats.size === 0 && problems.length === 0)
    problems.push(problem('no job description format is left to write', `choose from ${FORMATS.join(', ')}`));

  const lang = String(options.lang ?? 'en');
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang))
    problems.push(problem(`'${lang}' is not a language tag`, 'use a BCP 47 tag such as en, en-GB or de'));

  const concurrency = Number(options.concurrency ?? defaultOptions.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1)
    problems.push(
      problem(
        `concurrency must be a whole number of at least 1, not '${options.concurrency}'`,
        'e.g. --option job-descriptions.concurrency=4',
      ),
    );

  const rawAudiences = options.audiences ?? AUDIENCES;
  const audiences = new Set<Audience>();
  for (const entry of (typeof rawAudiences === 'string' ? rawAudiences.split(',') : [...rawAudiences])
    .map((a) => String(a).trim().toLowerCase())
    .filter((a) => a !== '')) {
    if ((AUDIENCES as readonly string[]).includes(entry)) audiences.add(entry as Audience);
    else
      problems.push(
        problem(`unknown job description audience '${entry}'`, `audiences are ${AUDIENCES.join(', ')}`),
      );
  }
  if (audiences.size === 0 && problems.length === 0)
    problems.push(
      problem('no job description audience is left to write', `choose from ${AUDIENCES.join(', ')}`),
    );

  return {
    value: {
      audiences: AUDIENCES.filter((a) => audiences.has(a)),
      formats: new Set(FORMATS.filter((f) => formats.has(f))),
      roles: options.roles ? [...options.roles] : undefined,
      lang,
      concurrency: Number.isInteger(concurrency) && concurrency >= 1 ? concurrency : 1,
    },
    problems,
  };
}
