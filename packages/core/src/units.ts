import { AsyncLocalStorage } from 'node:async_hooks';
import { hash } from 'node:crypto';
import type { Model } from '@rolekit/model';
import { deferBytes, digestOfBytes, sizeOf } from './deferred.js';
import type { Artifact } from './generator.js';

// Incremental runs by units (docs/incremental.md). A generator cuts its work into units (a role's
// files, a person's page, the index) and builds each with ctx.unit(id, build). The build reads the
// model through a view that records what it reads: entities by id, the model's lookups, whole
// lists. After a run the record of every unit (what it read, with a token of each value; the files
// it made, with their hashes) is kept in the cache. On the next run a unit whose every read value
// has the same token is not built: its files are handed to the writer by hash, unread, and the
// writer leaves them alone when the output folder still holds them. It is sound because a build is
// pure: the same values read give the same bytes. What is computed outside units runs every time.

/** What a unit made: its files, and facts (plain JSON) the generator needs about it afterwards. */
export interface UnitOutput<F = undefined> {
  artifacts: Artifact[];
  facts?: F;
}

/**
 * A value several units compute the same way (a layout, a role's part of its holders' pages):
 * computed once a run from what `compute` reads (through the model and the `share` it is given),
 * and each unit that uses it depends on those reads. The value must be data: a function in it that
 * read the model later would read it untracked (the model it was given refuses, see below).
 */
export type Share = <T>(key: string, compute: (model: Model, share: Share) => T) => T;

export interface UnitScope {
  /**
   * The model, recording what this unit reads. Read the model only through it, and only while the
   * unit is built: after, it throws (something kept it that should not have).
   */
  readonly model: Model;
  readonly shared: Share;
}

export type UnitBuild<F> = (scope: UnitScope) => UnitOutput<F> | Promise<UnitOutput<F>>;

/** Builds a unit, or hands back its last output when nothing it read has changed. */
export type RunUnit = <F = undefined>(
  id: string,
  build: UnitBuild<F>,
) => UnitOutput<F> | Promise<UnitOutput<F>>;

/** The units of one generator's last run, as kept in the cache. */
export interface UnitState {
  version: typeof STATE_VERSION;
  /** What else the outputs depend on: code, templates, options, date (see the CLI's unitSalt). */
  salt: string;
  /** Every value some unit read, and its token then. */
  keys: string[];
  tokens: string[];
  units: Record<string, UnitRecord>;
}

interface UnitRecord {
  /** Indices into keys. */
  deps: number[];
  /** path, sha256, size, media type. */
  files: [string, string, number, string][];
  /** Rendering-cache entries the unit used, kept from pruning while the unit is reused. */
  entries: string[];
  facts?: unknown;
}

const STATE_VERSION = 1;

/** What the unit being built right now did that makes its record unusable, and the cache entries it used. */
interface Building {
  reported: boolean;
  entries: string[];
}

const building = new AsyncLocalStorage<Building>();

/** For ctx.report: a unit that reports a diagnostic is built every time (its position may move). */
export function unitReported(): void {
  const current = building.getStore();
  if (current) current.reported = true;
}

/** For the rendering cache: an entry the unit being built used. */
export function unitUsedEntry(name: string): void {
  building.getStore()?.entries.push(name);
}

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
class Tokens {
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
    if (kind in ENTITY_LOOKUPS) {
      const entity = m[kind as Kind](id);
      return entity === undefined ? 'none' : token(json(entity));
    }
    if (kind in ENTITY_LISTS) {
      const list = m[kind as keyof typeof ENTITY_LISTS](id);
      return this.#list(ENTITY_LISTS[kind as keyof typeof ENTITY_LISTS], list);
    }
    if ((VALUE_LOOKUPS as readonly string[]).includes(kind))
      return token(json(m[kind as (typeof VALUE_LOOKUPS)[number]](id)));
    return undefined;
  }
}

/** What a unit or a shared value read, and whether it is done reading. */
interface Reads {
  deps: Set<string>;
  sealed: boolean;
}

function read(reads: Reads, key: string): void {
  if (reads.sealed)
    throw new Error(
      `the model was read (${key}) after the unit or shared value that was given it was built: a value kept a function that reads it`,
    );
  reads.deps.add(key);
}

const tokensOf = new WeakMap<Model, Tokens>();

/** The model as `reads` records it being read. */
function recordingModel(model: Model, reads: Reads): Model {
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

export type UnitMode =
  /** Build every unit, keep no record (a check, a shard, a run for some roles). */
  | 'off'
  /** Build every unit and record them. */
  | 'record'
  /** Reuse the units whose reads did not change; build and record the others. */
  | 'reuse';

export interface UnitsInput {
  model: Model;
  mode: UnitMode;
  salt: string;
  /** The last run's state; ignored unless its salt and version match. */
  previous?: UnitState | undefined;
  /** Called with the rendering-cache entries of a unit that is reused (so that they are kept). */
  keepEntries?(names: readonly string[]): void;
}

/** One generator's units in one run. */
export class Units {
  /** Units built and reused this run, for tests and the run's report. */
  built = 0;
  reused = 0;
  readonly #tokens: Tokens;
  readonly #previous: UnitState | undefined;
  readonly #next = new Map<string, { deps: ReadonlySet<string> | number[]; record: UnitRecord }>();
  readonly #shared = new Map<string, { value: unknown; deps: ReadonlySet<string> }>();
  readonly #seen = new Set<string>();
  /** Per previous key index: whether its token is the same now. */
  readonly #same: (boolean | undefined)[] = [];

  constructor(private readonly input: UnitsInput) {
    // One model, one set of tokens: every generator of a run reads the same entities.
    let tokens = tokensOf.get(input.model);
    if (!tokens) {
      tokens = new Tokens(input.model);
      tokensOf.set(input.model, tokens);
    }
    this.#tokens = tokens;
    const previous = input.previous;
    this.#previous =
      input.mode === 'reuse' &&
      previous?.version === STATE_VERSION &&
      previous.salt === input.salt &&
      previous.keys.length === previous.tokens.length
        ? previous
        : undefined;
  }

  get salt(): string {
    return this.input.salt;
  }

  readonly run: RunUnit = <F>(id: string, build: UnitBuild<F>) => {
    if (this.#seen.has(id)) throw new Error(`unit '${id}' was built twice in one run`);
    this.#seen.add(id);
    if (this.input.mode === 'off') {
      this.built++;
      return build({ model: this.input.model, shared: this.#plainShare });
    }
    const old =
      this.#previous && Object.hasOwn(this.#previous.units, id) ? this.#previous.units[id] : undefined;
    if (old && wellFormed(old) && this.#unchanged(old.deps)) {
      this.reused++;
      this.#next.set(id, { deps: old.deps, record: old });
      if (old.entries.length > 0) this.input.keepEntries?.(old.entries);
      return {
        artifacts: old.files.map(([path, sha256, size, mediaType]) => ({
          path,
          // Never read: the writer finds the file in place, or the run is made again in full.
          bytes: deferBytes(sha256, size, () => undefined),
          mediaType,
        })),
        ...(old.facts !== undefined ? { facts: old.facts as F } : {}),
      };
    }
    this.built++;
    const reads: Reads = { deps: new Set(), sealed: false };
    const deps = reads.deps;
    const state: Building = { reported: false, entries: [] };
    const scope: UnitScope = { model: recordingModel(this.input.model, reads), shared: this.#share(reads) };
    const done = (output: UnitOutput<F>): UnitOutput<F> => {
      reads.sealed = true;
      // A file merged with what is on disk cannot be handed on by hash.
      if (!state.reported && !output.artifacts.some((a) => a.merge))
        this.#next.set(id, {
          deps,
          record: {
            deps: [],
            files: output.artifacts.map((a) => [
              a.path,
              digestOfBytes(a.bytes),
              sizeOf(a.bytes),
              a.mediaType,
            ]),
            entries: state.entries,
            ...(output.facts !== undefined ? { facts: output.facts } : {}),
          },
        });
      return output;
    };
    const output = building.run(state, () => build(scope));
    return output instanceof Promise ? output.then(done) : done(output);
  };

  /** Shared values for a run that records nothing. */
  readonly #plainShare: Share = (key, compute) => {
    const known = this.#shared.get(key);
    if (known) return known.value as never;
    const value = compute(this.input.model, this.#plainShare);
    this.#shared.set(key, { value, deps: new Set() });
    return value;
  };

  /** Shared values for a reader: each adds what it read to the reader's reads. */
  #share(into: Reads): Share {
    return (key, compute) => {
      let known = this.#shared.get(key);
      if (!known) {
        const reads: Reads = { deps: new Set(), sealed: false };
        const value = compute(recordingModel(this.input.model, reads), this.#share(reads));
        reads.sealed = true;
        known = { value, deps: reads.deps };
        this.#shared.set(key, known);
      }
      for (const dep of known.deps) read(into, dep);
      return known.value as never;
    };
  }

  #unchanged(deps: readonly number[]): boolean {
    const previous = this.#previous!;
    for (const i of deps) {
      let same = this.#same[i];
      if (same === undefined) {
        const key = previous.keys[i];
        same = key !== undefined && this.#tokens.of(key) === previous.tokens[i];
        this.#same[i] = same;
      }
      if (!same) return false;
    }
    return true;
  }

  /** The state to keep for the next run: the units of this run (built or reused). */
  state(): UnitState {
    const keys: string[] = [];
    const tokens: string[] = [];
    const index = new Map<string, number>();
    const indexOf = (key: string): number | undefined => {
      let i = index.get(key);
      if (i === undefined) {
        const now = this.#tokens.of(key);
        if (now === undefined) return undefined;
        i = keys.push(key) - 1;
        tokens.push(now);
        index.set(key, i);
      }
      return i;
    };
    const units: Record<string, UnitRecord> = {};
    for (const [id, { deps, record }] of [...this.#next].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const names = Array.isArray(deps) ? deps.map((i) => this.#previous!.keys[i]!) : [...deps];
      const numbers: number[] = [];
      let known = true;
      for (const name of names) {
        const i = indexOf(name);
        if (i === undefined) known = false;
        else numbers.push(i);
      }
      if (known) units[id] = { ...record, deps: numbers };
    }
    return { version: STATE_VERSION, salt: this.input.salt, keys, tokens, units };
  }
}

/** A record read back from the cache that can be used as it is (a damaged one is built again). */
function wellFormed(record: UnitRecord): boolean {
  return (
    typeof record === 'object' &&
    record !== null &&
    Array.isArray(record.deps) &&
    record.deps.every((i) => Number.isSafeInteger(i)) &&
    Array.isArray(record.entries) &&
    record.entries.every((e) => typeof e === 'string') &&
    Array.isArray(record.files) &&
    record.files.every(
      (f) =>
        Array.isArray(f) &&
        f.length === 4 &&
        typeof f[0] === 'string' &&
        typeof f[1] === 'string' &&
        /^[0-9a-f]{64}$/.test(f[1]) &&
        Number.isSafeInteger(f[2]) &&
        typeof f[3] === 'string',
    )
  );
}

/** A state read back from the cache, or undefined when it is not one. */
export function parseUnitState(bytes: Uint8Array | undefined): UnitState | undefined {
  if (bytes === undefined) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
    if (
      parsed?.version !== STATE_VERSION ||
      typeof parsed.salt !== 'string' ||
      !Array.isArray(parsed.keys) ||
      !Array.isArray(parsed.tokens) ||
      typeof parsed.units !== 'object' ||
      parsed.units === null
    )
      return undefined;
    return parsed as UnitState;
  } catch {
    return undefined;
  }
}
