import { hash } from 'node:crypto';
import type { Model } from '@rolekit/model';

// What a unit can read of the model (units.ts): the model as a view that records each read, and
// the token of each value read, by which the next run tells whether it changed.

const token = (text: string) => hash('sha1', text, 'base64');
const json = (value: unknown) => JSON.stringify(value) ?? 'undefined';

/** Model fields a unit may read whole. */
const FIELDS = [
  'organisation',
  'roles',
  'people',
  'activityGroups',
  'activities',
  'repositories',
  'jira',
  'policies',
  'onboarding',
  'files',
] as const;
/** Lookups by id that return entities, and which. */
const ENTITY_LOOKUPS = { role: 'role', person: 'person', activity: 'activity' } as const;
const ENTITY_LISTS = {
  peopleInRole: 'person',
  partneredBy: 'role',
  reportsOf: 'role',
} as const;
const VALUE_LOOKUPS = ['assignmentsOf', 'ownedPathsOf', 'jiraGrantsOf'] as const;

type Kind = 'role' | 'person' | 'activity';

/**
 * The token of every value a unit can read, from the model of this run, each worked out once. An
 * entity's token is a hash of its JSON, which leaves out where it was written (its `at`): a unit's
 * output must not print positions. A list of entities is its ids and their tokens.
 */
export class Tokens {
  readonly #known = new Map<string, string | undefined>();
  constructor(private readonly model: Model) {}

  of(key: string): string | undefined {
    if (this.#known.has(key)) return this.#known.get(key);
    const value = this.#compute(key);
    this.#known.set(key, value);
    return value;
  }

  #entity(kind: Kind, id: string): string {
    return this.of(`${kind}:${id}`) as string;
  }

  #list(kind: Kind, items: readonly { id: string }[]): string {
    let text = '';
    for (const item of items) text += `${item.id}\0${this.#entity(kind, item.id)}\n`;
    return token(text);
  }

  #compute(key: string): string | undefined {
    const m = this.model;
    const colon = key.indexOf(':');
    if (colon < 0) {
      if (key === 'roles') return this.#list('role', m.roles);
      if (key === 'people') return this.#list('person', m.people);
      if (key === 'activities') return this.#list('activity', m.activities);
      if ((FIELDS as readonly string[]).includes(key)) return token(json(m[key as (typeof FIELDS)[number]]));
      return undefined; // a key this version does not know: never the same
    }
    const kind = key.slice(0, colon);
    const id = key.slice(colon + 1);
    if (Object.hasOwn(ENTITY_LOOKUPS, kind)) {
      const entity = m[kind as Kind](id);
      return entity === undefined ? 'none' : token(json(entity));
    }
    if (Object.hasOwn(ENTITY_LISTS, kind)) {
      const list = m[kind as keyof typeof ENTITY_LISTS](id);
      return this.#list(ENTITY_LISTS[kind as keyof typeof ENTITY_LISTS], list);
    }
    if ((VALUE_LOOKUPS as readonly string[]).includes(kind))
      return token(json(m[kind as (typeof VALUE_LOOKUPS)[number]](id)));
    return undefined;
  }
}

/** What a unit or a shared value read, and whether it is done reading. */
export interface Reads {
  deps: Set<string>;
  /** Shared values used. */
  groups: Set<string>;
  sealed: boolean;
}

export const reading = (): Reads => ({ deps: new Set(), groups: new Set(), sealed: false });

export function refuseSealed(reads: Reads, what: string): void {
  if (reads.sealed)
    throw new Error(
      `the model was read (${what}) after the unit or shared value that was given it was built: a value kept a function that reads it`,
    );
}

export function read(reads: Reads, key: string): void {
  refuseSealed(reads, key);
  reads.deps.add(key);
}

export const tokensOf = new WeakMap<Model, Tokens>();

/** The model as `reads` records it being read. */
export function recordingModel(model: Model, reads: Reads): Model {
  const tracked = {} as Record<string, unknown>;
  for (const field of FIELDS)
    Object.defineProperty(tracked, field, {
      get() {
        read(reads, field);
        return model[field];
      },
      enumerable: true,
    });
  for (const lookup of [...Object.keys(ENTITY_LOOKUPS), ...Object.keys(ENTITY_LISTS), ...VALUE_LOOKUPS])
    tracked[lookup] = (id: string) => {
      read(reads, `${lookup}:${id}`);
      return (model as unknown as Record<string, (id: string) => unknown>)[lookup]!(id);
    };
  return tracked as unknown as Model;
}
