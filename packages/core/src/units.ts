import { AsyncLocalStorage } from 'node:async_hooks';
import type { Model } from '@rolekit/model';
import { deferBytes, digestOfBytes, sizeOf } from './deferred.js';
import type { Artifact } from './generator.js';
import { type Reads, reading, recordingModel, refuseSealed, Tokens, tokensOf } from './unit-reads.js';
import { safeRelative } from './writer.js';

// Incremental runs by units (docs/CONTRIBUTING-generators.md, "Units"; docs/performance.md). A generator cuts its work into units (a role's
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

/**
 * Builds a unit, or hands back its last output when nothing it read has changed. A unit with facts
 * passes `isFacts`, which the facts kept in the cache must pass to be handed back (else the unit is
 * built again): the cache is a file anyone may have changed.
 */
export type RunUnit = <F = undefined>(
  id: string,
  build: UnitBuild<F>,
  isFacts?: (facts: unknown) => facts is F,
) => UnitOutput<F> | Promise<UnitOutput<F>>;

/** The units of one generator's last run, as kept in the cache. */
export interface UnitState {
  version: typeof STATE_VERSION;
  /** What else the outputs depend on: code, templates, options, date (see the CLI's unitSalt). */
  salt: string;
  /** Every value some unit read, and its token then. */
  keys: string[];
  tokens: string[];
  /** What each shared value read (kept once, not in every unit that uses it). */
  shared: Record<string, Reading>;
  units: Record<string, UnitRecord>;
}

/** What a unit or shared value read: values (indices into keys) and shared values (their keys). */
interface Reading {
  deps: number[];
  groups: string[];
}

interface UnitRecord extends Reading {
  /** path, sha256, size, media type. */
  files: [string, string, number, string][];
  /** Rendering-cache entries the unit used, kept from pruning while the unit is reused. */
  entries: string[];
  facts?: unknown;
}

const STATE_VERSION = 2;

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
  /** The units of this run, as the next run will find them: read afresh, or kept. */
  readonly #next = new Map<string, { reads: Reads | Reading; record: UnitRecord }>();
  readonly #shared = new Map<string, { value: unknown; reads: Reads }>();
  readonly #seen = new Set<string>();
  /** The paths of reused units' files: a record naming one again is not believed. */
  readonly #handedOut = new Set<string>();
  /** Per previous key index: whether its token is the same now. */
  readonly #same: (boolean | undefined)[] = [];
  /** Per previous shared value: whether everything it read is the same now. */
  readonly #sameGroup = new Map<string, boolean>();

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
      Array.isArray(previous.keys) &&
      Array.isArray(previous.tokens) &&
      previous.keys.length === previous.tokens.length &&
      typeof previous.shared === 'object' &&
      previous.shared !== null
        ? previous
        : undefined;
  }

  get salt(): string {
    return this.input.salt;
  }

  readonly run: RunUnit = <F>(id: string, build: UnitBuild<F>, isFacts?: (facts: unknown) => facts is F) => {
    if (this.#seen.has(id)) throw new Error(`unit '${id}' was built twice in one run`);
    this.#seen.add(id);
    if (this.input.mode === 'off') {
      this.built++;
      return build({ model: this.input.model, shared: this.#plainShare });
    }
    const old =
      this.#previous && Object.hasOwn(this.#previous.units, id) ? this.#previous.units[id] : undefined;
    if (
      old &&
      wellFormed(old) &&
      (isFacts ? isFacts(old.facts) : old.facts === undefined) &&
      old.files.every(([path]) => !this.#handedOut.has(path)) &&
      this.#unchanged(old)
    ) {
      this.reused++;
      for (const [path] of old.files) this.#handedOut.add(path);
      this.#next.set(id, { reads: old, record: old });
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
    const reads = reading();
    const state: Building = { reported: false, entries: [] };
    const scope: UnitScope = { model: recordingModel(this.input.model, reads), shared: this.#share(reads) };
    const done = (output: UnitOutput<F>): UnitOutput<F> => {
      reads.sealed = true;
      // A file merged with what is on disk cannot be handed on by hash.
      if (!state.reported && !output.artifacts.some((a) => a.merge))
        this.#next.set(id, {
          reads,
          record: {
            deps: [],
            groups: [],
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
    this.#shared.set(key, { value, reads: reading() });
    return value;
  };

  /** Shared values for a reader: each one it uses becomes part of what it read. */
  #share(into: Reads): Share {
    return (key, compute) => {
      refuseSealed(into, `shared value '${key}'`);
      let known = this.#shared.get(key);
      if (!known) {
        const reads = reading();
        const value = compute(recordingModel(this.input.model, reads), this.#share(reads));
        reads.sealed = true;
        known = { value, reads };
        this.#shared.set(key, known);
      }
      into.groups.add(key);
      return known.value as never;
    };
  }

  #unchanged(reading: Reading): boolean {
    const previous = this.#previous!;
    for (const i of reading.deps) {
      let same = this.#same[i];
      if (same === undefined) {
        const key = previous.keys[i];
        same = key !== undefined && this.#tokens.of(key) === previous.tokens[i];
        this.#same[i] = same;
      }
      if (!same) return false;
    }
    for (const group of reading.groups) {
      let same = this.#sameGroup.get(group);
      if (same === undefined) {
        // Marked first: a damaged state that names a group inside itself is a change, not a loop.
        this.#sameGroup.set(group, false);
        const kept = Object.hasOwn(previous.shared, group) ? previous.shared[group] : undefined;
        same = kept !== undefined && wellFormedReading(kept) && this.#unchanged(kept);
        this.#sameGroup.set(group, same);
      }
      if (!same) return false;
    }
    return true;
  }

  /** The state to keep for the next run: the units of this run (built or reused). */
  state(): UnitState {
    // The last run's numbering is kept: a reused unit's record is copied as it is (its values were
    // all found unchanged), and values read for the first time are added. A token is refreshed
    // whenever a unit built now read its value. Values nobody reads any more stay, until they
    // are as many as the rest: then the state is numbered afresh.
    const previous = this.#previous;
    if (!previous) return this.#numbered([], []);
    const keys = [...previous.keys];
    const tokens = [...previous.tokens];
    const kept = this.#numbered(keys, tokens);
    const read = new Set<number>();
    for (const reading of [...Object.values(kept.units), ...Object.values(kept.shared)])
      for (const i of reading.deps) read.add(i);
    return keys.length > 2 * read.size + 1000 ? this.#numbered([], []) : kept;
  }

  /** The state, numbering values after `keys` (with their `tokens`), which it extends. */
  #numbered(keys: string[], tokens: string[]): UnitState {
    const index = new Map<string, number>();
    for (let i = 0; i < keys.length; i++) index.set(keys[i]!, i);
    const keeping = keys.length > 0;
    const indexOf = (key: string): number | undefined => {
      const now = this.#tokens.of(key);
      if (now === undefined) return undefined;
      let i = index.get(key);
      if (i === undefined) {
        i = keys.push(key) - 1;
        index.set(key, i);
      }
      tokens[i] = now;
      return i;
    };
    const previous = this.#previous;
    /** A reading in this state's numbering, or undefined if a value it read is unknown. */
    const renumber = (reads: Reads | Reading): Reading | undefined => {
      // Kept from the last run in its own numbering, which this state keeps.
      if (keeping && !(reads.deps instanceof Set)) return reads as Reading;
      const names = reads.deps instanceof Set ? [...reads.deps] : reads.deps.map((i) => previous!.keys[i]!);
      const deps: number[] = [];
      for (const name of names) {
        const i = indexOf(name);
        if (i === undefined) return undefined;
        deps.push(i);
      }
      return { deps, groups: [...reads.groups].sort() };
    };
    const shared: Record<string, Reading> = {};
    const keepGroup = (group: string): boolean => {
      if (Object.hasOwn(shared, group)) return true;
      // Built this run, or kept from the last (a reused unit's shared value was not built).
      const reads = this.#shared.get(group)?.reads ?? previous?.shared[group];
      const kept = reads && renumber(reads);
      if (!kept) return false;
      shared[group] = kept;
      return kept.groups.every(keepGroup);
    };
    const units: Record<string, UnitRecord> = {};
    for (const [id, { reads, record }] of [...this.#next].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const kept = renumber(reads);
      if (kept?.groups.every(keepGroup)) units[id] = reads === record ? record : { ...record, ...kept };
    }
    const sortedShared: Record<string, Reading> = {};
    for (const group of Object.keys(shared).sort()) sortedShared[group] = shared[group]!;
    return { version: STATE_VERSION, salt: this.input.salt, keys, tokens, shared: sortedShared, units };
  }
}

function wellFormedReading(reading: Reading): boolean {
  return (
    typeof reading === 'object' &&
    reading !== null &&
    Array.isArray(reading.deps) &&
    reading.deps.every((i) => Number.isSafeInteger(i)) &&
    Array.isArray(reading.groups) &&
    reading.groups.every((g) => typeof g === 'string')
  );
}

/**
 * A record read back from the cache that can be used as it is (a damaged one is built again). A
 * unit always reads something (its own entity at least): a record that read nothing would never
 * change, so it is not believed.
 */
function wellFormed(record: UnitRecord): boolean {
  return (
    wellFormedReading(record) &&
    record.deps.length + record.groups.length > 0 &&
    Array.isArray(record.entries) &&
    record.entries.every((e) => typeof e === 'string') &&
    Array.isArray(record.files) &&
    record.files.every(
      (f) =>
        Array.isArray(f) &&
        f.length === 4 &&
        typeof f[0] === 'string' &&
        safeRelative(f[0]) &&
        typeof f[1] === 'string' &&
        f[1].length === 64 &&
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
      !parsed.keys.every((k: unknown) => typeof k === 'string') ||
      !parsed.tokens.every((t: unknown) => typeof t === 'string') ||
      typeof parsed.units !== 'object' ||
      parsed.units === null ||
      typeof parsed.shared !== 'object' ||
      parsed.shared === null
    )
      return undefined;
    return parsed as UnitState;
  } catch {
    return undefined;
  }
}
