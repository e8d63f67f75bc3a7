import type { Diagnostic, Model } from '@rolekit/model';
import type { Artifact, Generator } from './generator.js';
import { type Memo, noMemo } from './memo.js';
import { type Shard, shardKeeps } from './shard.js';
import type { TemplateStore } from './templates.js';
import { type RunUnit, Units, unitReported } from './units.js';
import { unsafePathDiagnostics } from './writer.js';

export interface GeneratorRun {
  generator: string;
  artifacts: Artifact[];
  diagnostics: Diagnostic[];
}

/** SOURCE_DATE_EPOCH (seconds) when set, as reproducible builds expect; else the model's own date. */
export function outputDate(model: Model, env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date(`${model.organisation.date}T00:00:00Z`);
}

/** Without units: every unit is built, reading the model as it is. */
export function buildEveryUnit(model: Model): RunUnit {
  return new Units({ model, mode: 'off', salt: '' }).run;
}

const withoutDeferral =
  (memo: Memo): Memo =>
  (key, produce) =>
    memo(key, produce);

/**
 * Runs one generator: validate, then generate. Problems are returned, never thrown; a generator
 * whose validate reported an error does not generate, so nothing half-right reaches the writer.
 */
export async function runGenerator<O>(
  generator: Generator<O>,
  input: {
    model: Model;
    templates: TemplateStore;
    options?: Partial<O>;
    date: Date;
    memo?: Memo;
    /** Make only this shard's artifacts (see shardKeeps). */
    shard?: Shard;
    /**
     * The caller writes the artifacts with writeArtifacts, which reads deferred cached renderings
     * only where it needs them (see deferred.ts). Anyone else gets real bytes.
     */
    deferred?: boolean;
    /**
     * This run's units (see units.ts). Reused ones hand on their files by hash, unread: only a
     * caller that writes with writeArtifacts (and `deferred`) may pass units that reuse. Without,
     * every unit is built.
     */
    units?: Units;
  },
): Promise<GeneratorRun> {
  const diagnostics: Diagnostic[] = [];
  const keeps = (path: string) => shardKeeps(input.shard, generator, path);
  const buildUnit = buildEveryUnit(input.model);
  const ctx = {
    model: input.model,
    options: { ...generator.defaultOptions, ...input.options } as O,
    templates: input.templates,
    date: input.date,
    report: (d: Diagnostic) => {
      diagnostics.push(d);
      unitReported();
    },
    unit: input.units ? input.units.run : buildUnit,
    memo: input.memo && !input.deferred ? withoutDeferral(input.memo) : (input.memo ?? noMemo),
    ...(input.shard ? { inShard: keeps } : {}),
  };
  generator.validate?.(ctx);
  if (diagnostics.some((d) => d.severity === 'error'))
    return { generator: generator.name, artifacts: [], diagnostics };
  // A generator that is one unit is made by shard 1 alone; the other shards only validate.
  const whole = input.shard && !generator.shardUnit && !keeps('');
  const artifacts = whole ? [] : (await generator.generate(ctx)).filter((a) => keeps(a.path));
  diagnostics.push(...unsafePathDiagnostics(generator.name, '.', artifacts));
  const sorted = [...artifacts].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    generator: generator.name,
    artifacts: diagnostics.some((d) => d.severity === 'error') ? [] : sorted,
    diagnostics,
  };
}
