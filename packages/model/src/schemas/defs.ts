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
