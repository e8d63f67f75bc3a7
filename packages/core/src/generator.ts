import type { Diagnostic, Model } from '@rolekit/model';
import type { Memo } from './memo.js';
import type { TemplateStore } from './templates.js';

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
}

export interface Generator<O = Record<string, unknown>> {
  /** Also the name of its output folder, e.g. 'job-descriptions'. */
  name: string;
  description: string;
  defaultOptions: O;
  /** Semantic checks, reported through ctx.report and never thrown. */
  validate?(ctx: GeneratorContext<O>): void;
  /** Pure: the same context gives the same artifacts. No file, network or clock access. */
  generate(ctx: GeneratorContext<O>): Artifact[] | Promise<Artifact[]>;
  /**
   * For `--shard`: the unit an output path belongs to (files of one unit are made on one machine),
   * e.g. the role id; `undefined` for a small file about the whole organisation, made by shard 1.
   * Without it the whole generator is one unit, made by shard 1.
   */
  shardUnit?(path: string): string | undefined;
}

/** Lets a package export a generator with typed options and still be listed with the others. */
export function defineGenerator<O>(generator: Generator<O>): Generator<O> {
  return generator;
}

const encoder = new TextEncoder();

export function textArtifact(path: string, text: string, mediaType: string): Artifact {
  return { path, bytes: encoder.encode(text), mediaType };
}
