// Building blocks shared by every model file's JSON Schema. The schemas are written here, in code,
// so that the pieces are shared; `pnpm --filter @rolekit/model schemas` writes them to schema/*.json
// (self-contained, so editors resolve them without following cross-file $refs), and a test keeps the
// committed files in step.

export type JsonSchema = Record<string, unknown>;

export const SCHEMA_BASE = 'https://rolekit.dev/schema/v1/';

/** Ids are lowercase slugs: safe in file names, URLs, team slugs and YAML keys. */
export const slug: JsonSchema = {
  type: 'string',
  pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
  maxLength: 64,
  description: 'A stable id: lowercase letters, digits and single hyphens, e.g. "release-manager".',
};

export const text: JsonSchema = { type: 'string', minLength: 1, maxLength: 20000 };

/**
 * A plain string, or an object for when more must be said. Written with if/then/else rather than
 * oneOf so that a mistake is reported against the one shape the author meant, not against both.
 */
export function textOr(object: JsonSchema): JsonSchema {
  return { type: ['string', 'object'], if: { type: 'string' }, then: text, else: object };
}

export const textList: JsonSchema = { type: 'array', items: text };

export const roleRef: JsonSchema = { ...slug, description: 'The id of a role (the file name under roles/).' };

/** A short text with its meaning, for fields whose shared shape says nothing about them. */
export function described(schema: JsonSchema, description: string): JsonSchema {
  return { ...schema, description };
}

/** A web address; the description doubles as the hint when a value does not match. */
export const url: JsonSchema = {
  type: 'string',
  pattern: '^https?://',
  description: 'A web address starting with http:// or https://.',
};

/** A named reference such as an SOP, a standard or a template: a plain name, or a name with a link. */
export const namedRef: JsonSchema = textOr({
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  properties: {
    name: described(text, 'The name, as people say it.'),
    url: described(url, 'Where to read it: a web address starting with http:// or https://.'),
    note: described(text, 'Anything a reader should know about it.'),
  },
});

export const link: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['title', 'url'],
  properties: {
    title: described(text, 'The text of the link.'),
    url: described(url, 'Where it points: a web address starting with http:// or https://.'),
  },
};

/** Where a piece of the model came from, so that merged roles can say so. */
export const source: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['document'],
  properties: {
    document: {
      ...text,
      description: 'The source document, e.g. "Engineering playbook: Roles and Responsibilities".',
    },
    section: described(text, 'The section or page of that document.'),
    note: described(text, 'What was taken from it, merged or changed.'),
  },
};

export const phase: JsonSchema = {
  enum: ['before-day-1', 'day-1', 'week-1', 'day-30', 'day-60', 'day-90'],
  description: 'When an onboarding task is due, counted from the start date.',
};

export const taskOwner: JsonSchema = {
  type: 'string',
  pattern: '^(new-hire|manager|buddy|role:[a-z0-9]+(?:-[a-z0-9]+)*)$',
  description:
    'Who does the task: new-hire, manager, buddy, or role:<role id> (for example role:devops-engineer for access).',
};

export const onboardingTask: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['title', 'phase'],
  properties: {
    id: described(slug, 'A stable id for the task, so that a ticked box survives a change of title.'),
    title: described(text, 'What to do, as the checklist says it.'),
    phase,
    owner: { ...taskOwner, default: 'new-hire' },
    description: described(text, 'More about the task: why, how, with whom.'),
    links: { type: 'array', items: link, description: 'Pages that help with the task.' },
  },
};

const isoDay: JsonSchema = {
  type: 'string',
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  description: 'A date as YYYY-MM-DD.',
};
const country: JsonSchema = {
  type: 'string',
  pattern: '^[A-Z]{2}$',
  description: 'An ISO 3166-1 alpha-2 country code, e.g. "DE".',
};

/**
 * How a role is employed: what a job posting (schema.org JobPosting, as Google reads it) needs beyond
 * the role itself. organisation.yaml may give the same fields as defaults for every role.
 */
export const employment: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  description: 'How the role is employed: what a job posting needs beyond the role itself.',
  properties: {
    type: {
      enum: ['FULL_TIME', 'PART_TIME', 'CONTRACTOR', 'TEMPORARY', 'INTERN'],
      description: 'The kind of employment (schema.org employmentType).',
    },
    location: {
      ...text,
      description: 'Where the work is, in words, e.g. "Berlin, Germany"; printed instead of the address.',
    },
    address: {
      type: 'object',
      additionalProperties: false,
      required: ['country'],
      description: "The workplace as a postal address (the posting's jobLocation).",
      properties: {
        street: { ...text, description: 'Street and number.' },
        locality: { ...text, description: 'The city or town.' },
        region: { ...text, description: 'The state, province or region.' },
        postalCode: { ...text, description: 'The postal code.' },
        country,
      },
    },
    remote: { type: 'boolean', description: 'The role is fully remote (jobLocationType TELECOMMUTE).' },
    remoteCountries: {
      type: 'array',
      items: country,
      minItems: 1,
      description: 'For a remote role: the countries applicants may live in.',
    },
    datePosted: { ...isoDay, description: 'When the posting opens; the model date when not given.' },
    validThrough: { ...isoDay, description: 'When the posting closes.' },
    salary: {
      type: 'object',
      additionalProperties: false,
      required: ['currency', 'unit'],
      description: 'Base salary: a single value, or a range (min and max).',
      properties: {
        currency: { type: 'string', pattern: '^[A-Z]{3}$', description: 'ISO 4217, e.g. "EUR".' },
        value: { type: 'number', minimum: 0, description: 'A single amount.' },
        min: { type: 'number', minimum: 0, description: 'The lower end of a range.' },
        max: { type: 'number', minimum: 0, description: 'The upper end of a range.' },
        unit: { enum: ['HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR'], description: 'What the amount is paid for.' },
      },
      anyOf: [{ required: ['value'] }, { required: ['min'] }, { required: ['max'] }],
    },
  },
};

const hexColour: JsonSchema = {
  type: 'string',
  pattern: '^#[0-9a-fA-F]{6}$',
  description: 'A colour as #rrggbb.',
};

/** Job description sections a candidate may see; the internal ones add the rest. */
export const CANDIDATE_SECTIONS = [
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
  'processes',
  'standards',
  'templates',
  'antiGoals',
  'links',
] as const;
/** Sections with tool names, access, code paths, RACI and source notes: internal versions only. */
export const INTERNAL_ONLY_SECTIONS = ['activities', 'codeOwnership', 'access', 'sources'] as const;

function sectionList(ids: readonly string[], description: string): JsonSchema {
  const id = { enum: [...ids], description: 'A section id.' };
  return {
    type: 'array',
    description,
    items: {
      type: ['string', 'object'],
      if: { type: 'string' },
      then: id,
      else: {
        type: 'object',
        additionalProperties: false,
        required: ['section'],
        properties: {
          section: { ...id, description: 'The section id.' },
          title: { ...text, description: 'The heading printed for it.' },
        },
      },
    },
  };
}

/** How the organisation's documents look: organisation.yaml's `documents`. */
export const documents: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  description: 'How printed and published documents look: paper, colour, logo, notes, sections.',
  properties: {
    paperSize: { enum: ['A4', 'LETTER', 'LEGAL'], default: 'A4', description: 'Paper for the PDFs.' },
    brandColour: { ...hexColour, description: 'Headings, rules and links, as #rrggbb.' },
    logo: {
      type: 'string',
      pattern: '^\\s*(<\\?xml[^>]*>\\s*)?<svg[\\s>]',
      maxLength: 200000,
      description: 'The logo as SVG markup (paste the file), printed at the top of every job description.',
    },
    notes: {
      type: 'boolean',
      default: true,
      description: 'Explanatory notes on documents (how to read a RACI matrix, where a page comes from).',
    },
    jobDescriptions: {
      type: 'object',
      additionalProperties: false,
      description: 'The sections of the job descriptions, for candidates and for the handbook.',
      properties: {
        candidate: sectionList(
          CANDIDATE_SECTIONS,
          'The sections of the candidate-facing job descriptions, in order (ids, or {section, title}).',
        ),
        internal: sectionList(
          [...CANDIDATE_SECTIONS, ...INTERNAL_ONLY_SECTIONS],
          'The sections of the internal (handbook) job descriptions, in order.',
        ),
        titles: {
          type: 'object',
          additionalProperties: false,
          description: 'Section headings by section id, for both versions.',
          properties: Object.fromEntries(
            [...CANDIDATE_SECTIONS, ...INTERNAL_ONLY_SECTIONS].map((s) => [
              s,
              { ...text, description: `The heading of the ${s} section.` },
            ]),
          ),
        },
      },
    },
  },
};

/** The header every model file may carry; editors use the comment form, this is for JSON-only tools. */
export const schemaKey: JsonSchema = { type: 'string' };

export function fileSchema(name: string, title: string, description: string, body: JsonSchema): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${SCHEMA_BASE}${name}.schema.json`,
    title,
    description,
    ...body,
  };
}
