// Building blocks shared by every model file's JSON Schema. The schemas are written here, in code,
// with TypeBox, so that the pieces are shared and the TypeScript type of each file's raw YAML comes
// from its schema (`Static<typeof roleSchema>`): a field is declared once. `pnpm --filter
// @rolekit/model schemas` writes them to schema/*.json (self-contained, so editors resolve them
// without following cross-file $refs), and a test keeps the committed files in step.
import {
  type Static,
  type TObject,
  type TOptional,
  type TProperties,
  type TSchema,
  Type,
} from '@sinclair/typebox';

/** A schema as plain JSON data, for code that walks schemas rather than types them. */
export type JsonSchema = Record<string, unknown>;

export const SCHEMA_BASE = 'https://rolekit.dev/schema/v1/';

const opt = Type.Optional;

/** A closed set of strings, written as `enum` (TypeBox's literal unions would be `anyOf` of `const`). */
export function oneOf<const V extends readonly string[]>(values: V, options: JsonSchema = {}) {
  return Type.Unsafe<V[number]>({ ...options, enum: [...values] });
}

/** A mapping that allows no other keys. */
export function closed<P extends TProperties>(properties: P, options: JsonSchema = {}): TObject<P> {
  return Type.Object(properties, { additionalProperties: false, ...options });
}

/** Ids are lowercase slugs: safe in file names, URLs, team slugs and YAML keys. */
export const slug = Type.String({
  pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
  maxLength: 64,
  description: 'A stable id: lowercase letters, digits and single hyphens, e.g. "release-manager".',
});

export const text = Type.String({ minLength: 1, maxLength: 20000 });

/**
 * A string, or an object for when more must be said. Written with if/then/else rather than oneOf so
 * that a mistake is reported against the one shape the author meant, not against both.
 */
export function stringOr<S extends TSchema, O extends TSchema>(
  string: S,
  object: O,
  options: JsonSchema = {},
) {
  return Type.Unsafe<Static<S> | Static<O>>({
    ...options,
    type: ['string', 'object'],
    if: { type: 'string' },
    then: string,
    else: object,
  });
}

/** A plain text, or an object for when more must be said. */
export const textOr = <O extends TSchema>(object: O) => stringOr(text, object);

export const textList = Type.Array(text);

/** A short text with its meaning, for fields whose shared shape says nothing about them. */
export function described<T extends TSchema>(schema: T, description: string): T {
  return { ...schema, description };
}

/** The same schema with a default, which editors offer and the reference shows. */
export function withDefault<T extends TSchema>(schema: T, value: Static<T>): T {
  return { ...schema, default: value };
}

export const roleRef = described(slug, 'The id of a role (the file name under roles/).');

/** A web address; the description doubles as the hint when a value does not match. */
export const url = Type.String({
  pattern: '^https?://',
  description: 'A web address starting with http:// or https://.',
});

/** A named reference such as an SOP, a standard or a template: a plain name, or a name with a link. */
export const namedRef = textOr(
  closed({
    name: described(text, 'The name, as people say it.'),
    url: opt(described(url, 'Where to read it: a web address starting with http:// or https://.')),
    note: opt(described(text, 'Anything a reader should know about it.')),
  }),
);

export const link = closed({
  title: described(text, 'The text of the link.'),
  url: described(url, 'Where it points: a web address starting with http:// or https://.'),
});

/** Where a piece of the model came from, so that merged roles can say so. */
export const source = closed({
  document: described(text, 'The source document, e.g. "Engineering playbook: Roles and Responsibilities".'),
  section: opt(described(text, 'The section or page of that document.')),
  note: opt(described(text, 'What was taken from it, merged or changed.')),
});

export const PHASES = ['before-day-1', 'day-1', 'week-1', 'day-30', 'day-60', 'day-90'] as const;
export const phase = oneOf(PHASES, {
  description: 'When an onboarding task is due, counted from the start date.',
});

export const taskOwner = Type.String({
  pattern: '^(new-hire|manager|buddy|role:[a-z0-9]+(?:-[a-z0-9]+)*)$',
  description:
    'Who does the task: new-hire, manager, buddy, or role:<role id> (for example role:devops-engineer for access).',
});

export const onboardingTask = closed({
  id: opt(described(slug, 'A stable id for the task, so that a ticked box survives a change of title.')),
  title: described(text, 'What to do, as the checklist says it.'),
  phase,
  owner: opt(withDefault(taskOwner, 'new-hire')),
  description: opt(described(text, 'More about the task: why, how, with whom.')),
  links: opt(Type.Array(link, { description: 'Pages that help with the task.' })),
});

const isoDay = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'A date as YYYY-MM-DD.' });
const country = Type.String({
  pattern: '^[A-Z]{2}$',
  description: 'An ISO 3166-1 alpha-2 country code, e.g. "DE".',
});

/**
 * How a role is employed: what a job posting (schema.org JobPosting, as Google reads it) needs beyond
 * the role itself. organisation.yaml may give the same fields as defaults for every role.
 */
export const employment = closed(
  {
    type: opt(
      oneOf(['FULL_TIME', 'PART_TIME', 'CONTRACTOR', 'TEMPORARY', 'INTERN'], {
        description: 'The kind of employment (schema.org employmentType).',
      }),
    ),
    location: opt(
      described(text, 'Where the work is, in words, e.g. "Berlin, Germany"; printed instead of the address.'),
    ),
    address: opt(
      closed(
        {
          street: opt(described(text, 'Street and number.')),
          locality: opt(described(text, 'The city or town.')),
          region: opt(described(text, 'The state, province or region.')),
          postalCode: opt(described(text, 'The postal code.')),
          country,
        },
        { description: "The workplace as a postal address (the posting's jobLocation)." },
      ),
    ),
    remote: opt(Type.Boolean({ description: 'The role is fully remote (jobLocationType TELECOMMUTE).' })),
    remoteCountries: opt(
      Type.Array(country, {
        minItems: 1,
        description: 'For a remote role: the countries applicants may live in.',
      }),
    ),
    datePosted: opt(described(isoDay, 'When the posting opens; the model date when not given.')),
    validThrough: opt(described(isoDay, 'When the posting closes.')),
    salary: opt(
      closed(
        {
          currency: Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217, e.g. "EUR".' }),
          value: opt(Type.Number({ minimum: 0, description: 'A single amount.' })),
          min: opt(Type.Number({ minimum: 0, description: 'The lower end of a range.' })),
          max: opt(Type.Number({ minimum: 0, description: 'The upper end of a range.' })),
          unit: oneOf(['HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR'], {
            description: 'What the amount is paid for.',
          }),
        },
        {
          description: 'Base salary: a single value, or a range (min and max).',
          anyOf: [{ required: ['value'] }, { required: ['min'] }, { required: ['max'] }],
        },
      ),
    ),
  },
  { description: 'How the role is employed: what a job posting needs beyond the role itself.' },
);

const hexColour = Type.String({ pattern: '^#[0-9a-fA-F]{6}$', description: 'A colour as #rrggbb.' });

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
const ALL_SECTIONS = [...CANDIDATE_SECTIONS, ...INTERNAL_ONLY_SECTIONS] as const;

function sectionList<const V extends readonly string[]>(ids: V, description: string) {
  const id = oneOf(ids, { description: 'A section id.' });
  return Type.Array(
    stringOr(
      id,
      closed({
        section: described(id, 'The section id.'),
        title: opt(described(text, 'The heading printed for it.')),
      }),
    ),
    { description },
  );
}

/** How the organisation's documents look: organisation.yaml's `documents`. */
export const documents = closed(
  {
    paperSize: opt(oneOf(['A4', 'LETTER', 'LEGAL'], { default: 'A4', description: 'Paper for the PDFs.' })),
    brandColour: opt(described(hexColour, 'Headings, rules and links, as #rrggbb.')),
    logo: opt(
      Type.String({
        pattern: '^\\s*(<\\?xml[^>]*>\\s*)?<svg[\\s>]',
        maxLength: 200000,
        description: 'The logo as SVG markup (paste the file), printed at the top of every job description.',
      }),
    ),
    notes: opt(
      Type.Boolean({
        default: true,
        description: 'Explanatory notes on documents (how to read a RACI matrix, where a page comes from).',
      }),
    ),
    jobDescriptions: opt(
      closed(
        {
          candidate: opt(
            sectionList(
              CANDIDATE_SECTIONS,
              'The sections of the candidate-facing job descriptions, in order (ids, or {section, title}).',
            ),
          ),
          internal: opt(
            sectionList(ALL_SECTIONS, 'The sections of the internal (handbook) job descriptions, in order.'),
          ),
          titles: opt(
            closed(
              Object.fromEntries(
                ALL_SECTIONS.map((s) => [s, opt(described(text, `The heading of the ${s} section.`))]),
              ) as Record<(typeof ALL_SECTIONS)[number], TOptional<typeof text>>,
              { description: 'Section headings by section id, for both versions.' },
            ),
          ),
        },
        { description: 'The sections of the job descriptions, for candidates and for the handbook.' },
      ),
    ),
  },
  { description: 'How printed and published documents look: paper, colour, logo, notes, sections.' },
);

/** The header every model file may carry; editors use the comment form, this is for JSON-only tools. */
export const schemaKey = Type.String();

/** A model file's schema: its id, title and description, then the schema of its content. */
export function fileSchema<T extends TSchema>(name: string, title: string, description: string, body: T): T {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${SCHEMA_BASE}${name}.schema.json`,
    title,
    description,
    ...body,
  };
}
