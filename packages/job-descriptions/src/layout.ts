import type { DocumentsConfig, JobDescriptionSection, LayoutSection, Model } from '@rolekit/model';

// The organisation's choices for its documents (organisation.yaml `documents`), with the defaults
// filled in: which sections each version of a job description has, in what order and under what
// heading, the brand colour, the logo, the paper and whether explanatory notes are printed.

export type Audience = 'candidate' | 'internal';

/** Every version, in the order the generator writes them. */
export const AUDIENCES: readonly Audience[] = ['candidate', 'internal'];

/** Sections that name tools, access, code paths, RACI letters or source notes: never for candidates. */
export const INTERNAL_ONLY: ReadonlySet<JobDescriptionSection> = new Set([
  'activities',
  'codeOwnership',
  'access',
  'sources',
]);

/** Headings by section; null prints the section without one (it sits under the title). */
export const DEFAULT_TITLES: Readonly<Record<JobDescriptionSection, string | null>> = {
  overview: null,
  employment: null,
  qualifications: 'Qualifications',
  responsibilities: 'Responsibilities',
  accountabilities: 'Accountabilities',
  decisionRights: 'Decision rights',
  deliverables: 'Deliverables',
  kpis: 'Key performance indicators',
  partners: 'Key partners',
  directReports: 'Direct reports',
  processes: 'Processes',
  standards: 'Standards',
  templates: 'Templates',
  antiGoals: 'Anti-goals',
  links: 'Links',
  activities: 'Activities (RACI)',
  codeOwnership: 'Code ownership',
  access: 'Access',
  sources: 'Sources',
};

/** What a candidate reads first: the role, how it is employed and what it asks, then the work. */
export const DEFAULT_CANDIDATE: readonly JobDescriptionSection[] = [
  'overview',
  'employment',
  'qualifications',
  'responsibilities',
  'accountabilities',
  'decisionRights',
  'deliverables',
  'kpis',
  'partners',
  'directReports',
];

/** The handbook: everything the candidate reads, then what only the organisation needs. */
export const DEFAULT_INTERNAL: readonly JobDescriptionSection[] = [
  ...DEFAULT_CANDIDATE,
  'activities',
  'processes',
  'standards',
  'templates',
  'antiGoals',
  'codeOwnership',
  'access',
  'links',
  'sources',
];

export type PaperSize = 'A4' | 'LETTER' | 'LEGAL';

export interface Brand {
  /** #rrggbb: headings, rules, links. */
  colour: string;
  /** The colour mixed with white, for table headers and call-outs. */
  tint: string;
  logo: { svg: string; dataUri: string } | null;
}

export interface ResolvedLayout {
  paperSize: PaperSize;
  brand: Brand;
  notes: boolean;
  sections: Record<Audience, Array<{ section: JobDescriptionSection; title: string | null }>>;
}

export const DEFAULT_BRAND_COLOUR = '#2458a6';

/** `colour` mixed with white: 0 is white, 1 the colour. */
export function tint(colour: string, amount: number): string {
  const channel = (i: number) => {
    const c = Number.parseInt(colour.slice(1 + 2 * i, 3 + 2 * i), 16);
    return Math.round(255 - (255 - c) * amount)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(1)}${channel(2)}`;
}

const layouts = new WeakMap<object, ResolvedLayout>();

/** The layout of the model's job descriptions, defaults filled in. */
export function layoutOf(model: Model): ResolvedLayout {
  const config: DocumentsConfig = model.organisation.documents ?? {};
  const cached = layouts.get(config);
  if (cached) return cached;
  const titles = config.jobDescriptions?.titles ?? {};
  const resolve = (list: readonly LayoutSection[] | undefined, defaults: readonly JobDescriptionSection[]) =>
    (list ?? defaults.map((section): LayoutSection => ({ section }))).map((s) => ({
      section: s.section,
      title: s.title ?? titles[s.section] ?? DEFAULT_TITLES[s.section],
    }));
  const colour = (config.brandColour ?? DEFAULT_BRAND_COLOUR).toLowerCase();
  const layout: ResolvedLayout = {
    paperSize: config.paperSize ?? 'A4',
    brand: {
      colour,
      tint: tint(colour, 0.14),
      logo: config.logo
        ? {
            svg: config.logo.trim(),
            dataUri: `data:image/svg+xml;base64,${Buffer.from(config.logo.trim(), 'utf8').toString('base64')}`,
          }
        : null,
    },
    notes: config.notes ?? true,
    sections: {
      // The schema keeps internal-only sections out of the candidate list; filtered again so that
      // a model built in code cannot put them there either.
      candidate: resolve(config.jobDescriptions?.candidate, DEFAULT_CANDIDATE).filter(
        (s) => !INTERNAL_ONLY.has(s.section),
      ),
      internal: resolve(config.jobDescriptions?.internal, DEFAULT_INTERNAL),
    },
  };
  layouts.set(config, layout);
  return layout;
}
