import type { Diagnostic, Model } from '@rolekit/model';
import type { Memo } from './memo.js';
import type { TemplateStore } from './templates.js';
import type { RunUnit } from './units.js';

/** One output file, binary-safe so that PDFs and text take the same path. */
export interface Artifact {
  /** Relative to the generator's output directory, forward slashes, e.g. roles/qa-engineer.md. */
  path: string;
  bytes: Uint8Array;
  mediaType: string;
  /**
   * For a file that people may edit around a generated part (a CODEOWNERS file with rolekit's
   * block): given the file already on disk, the bytes it should hold. Pure; must not throw. The
   * writer and --check use it when the file exists; a new file gets `bytes`.
   */
  merge?(existing: Uint8Array): Uint8Array;
}

export interface GeneratorContext<O> {
  /** Validated and read-only. */
  model: Model;
  /** The generator's options, defaults applied. */
  options: O;
  templates: TemplateStore;
  /**
   * The date printed on and embedded in output: SOURCE_DATE_EPOCH when set, else the model's date.
   * Never the clock, so that the same model gives the same bytes.
   */
  date: Date;
  report(diagnostic: Diagnostic): void;
  /**
   * Wrap an expensive rendering in ctx.memo(key, render): `key` must hold everything the rendering
   * reads (typically the artifact's view model). Without a cache it simply renders.
   */
  memo: Memo;
  /**
   * In a sharded run (`rolekit generate --shard I/N`), whether this machine keeps the artifact at
   * `path`: skip rendering it when false (the runner drops it anyway). Absent or true otherwise.
   */
  inShard?(path: string): boolean;
  /**
   * Builds one unit of the output (a role's files, a person's page) with `build`, which must read
   * the model only through its scope and depend on nothing else of the model (see core's
   * units.ts): in an incremental run a unit whose reads did not change is not built again, and
   * its files are handed on by hash. Absent for callers that predate units: build directly.
   */
  unit?: RunUnit;
}

/**
 * One `--option GENERATOR.KEY=VALUE`: how the CLI reads the value and how the documentation
 * describes it. boolean: `true`/`false`; integer: digits; string: the text; list: comma-separated.
 */
export interface OptionSpec {
  type: 'boolean' | 'integer' | 'string' | 'list';
  description: string;
  /** The accepted values (of a string, or of each entry of a list), for the documentation and the checks. */
  values?: readonly (string | boolean)[];
  /** Set by the CLI itself (`roles` by --role), not with --option: not documented as an option. */
  internal?: boolean;
}

/** Every key of the options, described. */
export type OptionsSchema<O> = { readonly [K in keyof O & string]-?: OptionSpec };

/** A subcommand, run as `rolekit <generator> <name>` (its code stays in the CLI). */
export interface GeneratorCommand {
  name: string;
  description: string;
}

/** A kind of file the generator writes: `path` is a pattern under out/<generator>/, `<id>` a role's id. */
export interface ArtifactKind {
  path: string;
  mediaType: string;
  description: string;
}

/** A diagnostic the generator reports beyond the model's own checks (listed in docs/diagnostics.md). */
export interface GeneratorCheck {
  code: string;
  description: string;
}

/** What the CLI, the cache, turbo's configuration and the documentation know about a generator. */
export interface GeneratorInfo<O = Record<string, unknown>> {
  /** Also the name of its output folder, e.g. 'job-descriptions'. */
  name: string;
  description: string;
  /** Its folder under templates/ (and under a --templates folder), or null when it renders no template. */
  templates: string | null;
  options: OptionsSchema<O>;
  defaultOptions: O;
  checks: readonly GeneratorCheck[];
  commands: readonly GeneratorCommand[];
  artifacts: readonly ArtifactKind[];
  /**
   * For `--shard`: the unit an output path belongs to (files of one unit are made on one machine),
   * e.g. the role id; `undefined` for a small file about the whole organisation, made by shard 1.
   * Without it the whole generator is one unit, made by shard 1. A fact about the artifacts'
   * paths, so it is declared (pure, no heavy code).
   */
  shardUnit?(path: string): string | undefined;
  /**
   * For artifacts with `merge` (files people edit around rolekit's part): the same merge, rebuilt
   * from the bytes a run wrote at `path` (a shard's file), so that `merge-shards` keeps what people
   * wrote in the output folder as `generate` does; undefined for a file that does not merge.
   * Declared, so a merge loads no generator's code; it may import what it needs on demand.
   */
  remerge?(path: string, written: Uint8Array): Promise<((existing: Uint8Array) => Uint8Array) | undefined>;
}

/** The code that runs: pure functions of the context. */
export interface GeneratorCode<O = Record<string, unknown>> {
  /** Semantic checks, reported through ctx.report and never thrown. */
  validate?(ctx: GeneratorContext<O>): void;
  /** Pure: the same context gives the same artifacts. No file, network or clock access. */
  generate(ctx: GeneratorContext<O>): Artifact[] | Promise<Artifact[]>;
}

/**
 * A generator's declaration (`src/declaration.ts`): everything but the code, which `load` imports
 * when the generator runs. So listing generators, parsing their options or printing help never
 * loads pdfmake, octokit or jira.js.
 */
export interface GeneratorDeclaration<O = Record<string, unknown>> extends GeneratorInfo<O> {
  load(): Promise<GeneratorCode<O>>;
}

export interface Generator<O = Record<string, unknown>> extends GeneratorInfo<O>, GeneratorCode<O> {}

/** Types a declaration (options keys and defaults checked against each other). */
export function declareGenerator<O>(declaration: GeneratorDeclaration<O>): GeneratorDeclaration<O> {
  return declaration;
}

/** A runnable generator: its declaration's facts and its code, in one object. */
export function defineGenerator<O>(info: GeneratorInfo<O>, code: GeneratorCode<O>): Generator<O> {
  const { name, description, templates, options, defaultOptions, checks, commands, artifacts } = info;
  return {
    name,
    description,
    templates,
    options,
    defaultOptions,
    checks,
    commands,
    artifacts,
    ...(info.shardUnit ? { shardUnit: info.shardUnit } : {}),
    ...(info.remerge ? { remerge: info.remerge } : {}),
    ...(code.validate ? { validate: code.validate } : {}),
    generate: code.generate,
  };
}

/** Imports a declared generator's code. */
export async function loadGenerator<O>(declaration: GeneratorDeclaration<O>): Promise<Generator<O>> {
  return defineGenerator(declaration, await declaration.load());
}

const encoder = new TextEncoder();

export function textArtifact(path: string, text: string, mediaType: string): Artifact {
  return { path, bytes: encoder.encode(text), mediaType };
}
