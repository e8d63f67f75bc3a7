import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { OptionSpec } from '@rolekit/core';
import {
  type Artifact,
  CacheFolder,
  checkArtifacts,
  DeferredMiss,
  type DiskMemo,
  diskMemo,
  loadTemplates,
  lockOutputs,
  OutputError,
  outputDate,
  parseOptionValue,
  parseShard,
  parseUnitState,
  runGenerator,
  type Shard,
  type ShardStamp,
  shardKeeps,
  stableStringify,
  summarise,
  type TemplateStore,
  type UnitMode,
  Units,
  writeArtifacts,
} from '@rolekit/core';
import type { Diagnostic } from '@rolekit/model';
import { defaultTemplatesDir } from '@rolekit/templates';
import { renderingSalt, unitSalt } from '../cache.js';
import { UsageError, unknownName } from '../conventions.js';
import { printDiagnostics } from '../diagnostics.js';
import { builtIn, loadGenerators, type Registered } from '../generators.js';
import { Exit, type Io } from '../io.js';
import { displayPath, loadOrExit } from '../model.js';
import { hasOutsideGenerators, outsideGenerators } from '../plugins.js';
import { plural } from '../words.js';

export { UsageError };

export interface GenerateOptions {
  model: string;
  out: string;
  check: boolean;
  /** Overwrite files with an output's name that rolekit did not write. */
  force?: boolean;
  templates?: string;
  role?: string[];
  option?: string[];
  /** Where rendered PDFs are remembered between runs; false to render everything. */
  cache: string | false;
  /** `I/N`: make only this machine's share of the artifacts (merge them with merge-shards). */
  shard?: string;
}

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/**
 * What a generator's output depends on, hashed into each shard's manifest so that merge-shards
 * refuses shards of different models, templates, options, dates or rolekit versions.
 */
function shardInputs(
  generator: string,
  templateFolder: string | null,
  input: {
    files: readonly { path: string; sha256: string }[];
    templates: TemplateStore;
    options: unknown;
    date: Date;
  },
): string {
  const templates = (templateFolder ? input.templates.list(templateFolder) : []).map((name) => [
    name,
    input.templates.get(name)?.source ?? '',
  ]);
  return createHash('sha256')
    .update(
      stableStringify({
        version,
        generator,
        model: input.files.map((f) => [f.path, f.sha256]),
        templates,
        options: input.options,
        date: input.date.toISOString(),
      }),
    )
    .digest('hex');
}

interface OptionPair {
  generator: string;
  key: string;
  raw: string;
}

/** Splits `--option job-descriptions.pdf=false`; the value is read once the generator is known. */
function splitOptions(pairs: readonly string[] = []): OptionPair[] {
  return pairs.map((pair) => {
    const m = /^([a-z0-9-]+)\.([A-Za-z0-9]+)=(.*)$/.exec(pair);
    if (!m) {
      throw new UsageError(
        `--option '${pair}' must look like GENERATOR.KEY=VALUE, e.g. codeowners.flavour=gitlab`,
      );
    }
    const [, generator, key, raw] = m as unknown as [string, string, string, string];
    return { generator, key, raw };
  });
}

/** Per-generator option objects, each value read as its generator's declaration says. */
function parseOptions(
  pairs: readonly OptionPair[],
  known: readonly Registered[],
): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  for (const { generator, key, raw } of pairs) {
    const entry = known.find((r) => r.declaration.name === generator);
    if (!entry) throw unknownGenerator(generator, known);
    const spec = (entry.declaration.options as Record<string, OptionSpec>)[key];
    out.set(generator, { ...(out.get(generator) ?? {}), [key]: parseOptionValue(spec, raw) });
  }
  return out;
}

function unknownGenerator(name: string, known: readonly Registered[]): UsageError {
  const names = known.map((r) => r.declaration.name);
  return unknownName('generator', name, names, `generators: ${names.join(', ')}`);
}

/** --out must be a folder, or a path where one can be made (not for --check, which writes nothing). */
export const DEFAULT_CACHE = '.rolekit/cache';

export function prepareOutRoot(outRoot: string, shown: string, check: boolean): void {
  try {
    if (!check) mkdirSync(outRoot, { recursive: true });
    if (!statSync(outRoot).isDirectory()) throw new UsageError(`--out '${shown}' is a file, not a folder`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (check && code === 'ENOENT') return;
    if (code === 'EEXIST') throw new UsageError(`--out '${shown}' is a file, not a folder`);
    const why =
      code === 'ENOTDIR'
        ? 'a part of the path is a file'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'EROFS'
            ? 'the file system is read-only'
            : (error as Error).message;
    throw new UsageError(`--out '${shown}' cannot be used: ${why}`);
  }
}

/** `registry`: the built-in generators (a test passes its own list to add one). */
export async function generate(
  io: Io,
  names: string[],
  options: GenerateOptions,
  registry: readonly Registered[] = builtIn,
): Promise<number> {
  const pairs = splitOptions(options.option);
  const isBuiltIn = (name: string) => registry.some((r) => r.declaration.name === name);
  // Names of built-in generators are checked before the model is read; others may be the model's own.
  const outside = [...names, ...pairs.map((p) => p.generator)].filter((n) => !isBuiltIn(n));
  if (outside.length > 0 && !(await hasOutsideGenerators(io, options.model)))
    throw unknownGenerator(outside[0]!, registry);
  let shard: Shard | undefined;
  if (options.shard !== undefined) {
    const parsed = parseShard(options.shard);
    if (typeof parsed === 'string') throw new UsageError(`--shard ${parsed}`);
    if (options.role)
      throw new UsageError('--shard and --role do not go together: a shard is a share of every role');
    shard = parsed;
  }
  const model = await loadOrExit(io, options.model, options.cache ? { cache: options.cache } : {});
  const plugins = await outsideGenerators(io, model, resolve(io.cwd, options.model), registry);
  if (plugins.diagnostics.length > 0)
    printDiagnostics(io, plugins.diagnostics, { base: displayPath(io, resolve(io.cwd, options.model)) });
  if (plugins.diagnostics.some((d) => d.severity === 'error')) {
    io.stderr(`${summarise(plugins.diagnostics).line}; nothing was written\n`);
    return 1;
  }
  const known = [...registry, ...plugins.registered];
  const unknown = names.find((n) => !known.some((r) => r.declaration.name === n));
  if (unknown !== undefined) throw unknownGenerator(unknown, known);
  const perGenerator = parseOptions(pairs, known);
  const chosen = names.length > 0 ? names : known.map((r) => r.declaration.name);
  const selected = await loadGenerators(chosen, known);
  if (options.role) {
    const missing = options.role.find((r) => !model.role(r));
    if (missing !== undefined)
      throw unknownName(
        'role',
        missing,
        model.roles.map((r) => r.id),
      );
  }
  const templates = await loadTemplates([
    defaultTemplatesDir,
    ...(options.templates ? [resolve(io.cwd, options.templates)] : []),
  ]);
  const date = outputDate(model, io.env);

  // Generate everything first and write only when every generator succeeded: a failure in one
  // generator never leaves the output half old and half new.
  const runs: Array<{
    name: string;
    artifacts: Artifact[];
    again: () => Promise<Artifact[]>;
    stamp?: ShardStamp;
    owns?: (path: string) => boolean;
    /** Keeps this run's units for the next, once its files are written. */
    saveUnits?: (units: Units) => void;
    units?: Units;
  }> = [];
  const diagnostics: Diagnostic[] = [];
  const memos: DiskMemo[] = [];
  const cacheRoot = options.cache ? resolve(io.cwd, options.cache) : undefined;
  // A folder named on the command line is the user's; the default one, in the working tree, may
  // come from a pull request: no link anywhere below the working directory.
  const cacheLinks = { root: options.cache === DEFAULT_CACHE ? io.cwd : (cacheRoot ?? io.cwd) };
  // Units (core's units.ts) are reused only by a whole run that writes: a check compares every
  // byte, a shard or a run for some roles makes only some units, and --force reads every file.
  const reuseUnits = cacheRoot !== undefined && !options.check && !options.role && !shard && !options.force;
  for (const generator of selected) {
    const salt = cacheRoot
      ? await renderingSalt(known.find((r) => r.declaration.name === generator.name)!, templates)
      : undefined;
    const memo =
      cacheRoot && salt ? await diskMemo(join(cacheRoot, generator.name), salt, cacheLinks) : undefined;
    if (memo) memos.push(memo);
    const generatorOptions = perGenerator.get(generator.name) ?? {};
    let units: Units | undefined;
    let saveUnits: ((units: Units) => void) | undefined;
    if (reuseUnits && cacheRoot && salt && memo) {
      const folder = CacheFolder.open(cacheRoot, cacheLinks);
      const entry = `${generator.name}.units`;
      const newUnits = async (mode: UnitMode) =>
        new Units({
          model,
          mode,
          salt: await unitSalt(salt, generatorOptions, date),
          previous: mode === 'reuse' ? parseUnitState(folder.read(entry)) : undefined,
          keepEntries: (names) => memo.keep(names),
        });
      units = await newUnits('reuse');
      saveUnits = (done) => folder.write(entry, Buffer.from(JSON.stringify(done.state())));
    }
    const input = {
      model,
      templates,
      date,
      ...(memo ? { memo: memo.memo } : {}),
      ...(shard ? { shard } : {}),
      options: {
        ...generatorOptions,
        ...(options.role ? { roles: options.role } : {}),
      },
    };
    // Cached renderings are read only where an output differs (see core's deferred.ts); --check
    // compares every file, so it reads them all anyway.
    let run = await runGenerator(generator, {
      ...input,
      deferred: !options.check,
      ...(units ? { units } : {}),
    });
    // Two units handing on the same file (RK090) can only come of a damaged units file: every unit
    // is built again instead, and the generator's own mistakes are reported as they are.
    if (units && run.diagnostics.some((d) => d.code === 'RK090')) {
      units = new Units({ model, mode: 'record', salt: units.salt });
      run = await runGenerator(generator, { ...input, deferred: !options.check, units });
    }
    diagnostics.push(...run.diagnostics);
    const entry: (typeof runs)[number] = {
      name: generator.name,
      artifacts: run.artifacts,
      // Every unit built again, reading every cached rendering: recorded afresh.
      again: async () => {
        entry.units = units ? new Units({ model, mode: 'record', salt: units.salt }) : undefined;
        const rebuilt = await runGenerator(generator, {
          ...input,
          ...(entry.units ? { units: entry.units } : {}),
        });
        // The same model passed a moment ago; an error now would write an empty folder.
        const error = rebuilt.diagnostics.find((d) => d.severity === 'error');
        if (error) throw new OutputError(`${generator.name} could not be made again: ${error.message}`);
        return rebuilt.artifacts;
      },
      ...(units ? { units } : {}),
      ...(saveUnits ? { saveUnits } : {}),
      ...(shard
        ? {
            stamp: {
              ...shard,
              inputs: shardInputs(generator.name, generator.templates, {
                files: model.files,
                templates,
                options: generatorOptions,
                date,
              }),
            },
            owns: (path: string) => shardKeeps(shard, generator, path),
          }
        : {}),
    };
    runs.push(entry);
  }
  if (diagnostics.length > 0) printDiagnostics(io, diagnostics);
  if (diagnostics.some((d) => d.severity === 'error')) {
    io.stderr(`${summarise(diagnostics).line}; nothing was written\n`);
    return 1;
  }

  const outRoot = resolve(io.cwd, options.out);
  const shownRoot = displayPath(io, outRoot);
  prepareOutRoot(outRoot, shownRoot, options.check);
  const partial = Boolean(options.role);
  const place = { root: outRoot, shown: shownRoot, partial };
  let failing = 0;
  try {
    const locks = options.check
      ? undefined
      : await lockOutputs(
          outRoot,
          runs.map((r) => join(outRoot, r.name)),
          { shown: shownRoot },
        );
    try {
      for (const run of runs) {
        const dir = join(outRoot, run.name);
        const shown = displayPath(io, dir);
        if (options.check) {
          const report = await checkArtifacts(dir, run.artifacts, {
            ...place,
            ...(shard && run.owns ? { sharded: { owns: run.owns, leftovers: shard.index === 1 } } : {}),
          });
          for (const p of report.missing) io.stdout(`missing  ${shown}/${p}\n`);
          for (const p of report.differs) io.stdout(`differs  ${shown}/${p}\n`);
          for (const p of report.stale) io.stdout(`stale    ${shown}/${p}\n`);
          for (const p of report.leftovers) io.stdout(`leftover ${shown}/${p}\n`);
          if (!report.ok) failing++;
          io.stdout(
            `${run.name}: ${report.ok ? `up to date (${plural(run.artifacts.length, 'file')})` : `${report.missing.length} missing, ${report.differs.length} differ, ${report.stale.length} stale${report.leftovers.length > 0 ? `, ${report.leftovers.length} leftover temporary files of a killed or failed run` : ''}`}\n`,
          );
        } else {
          const write = (artifacts: Artifact[]) =>
            writeArtifacts(run.name, dir, artifacts, {
              ...place,
              locked: true,
              ...(options.force ? { force: true } : {}),
              ...(run.stamp ? { shard: run.stamp } : {}),
            });
          // A cached rendering removed or damaged since it was looked up (another process pruned
          // it): nothing of this generator was written yet; render it again, reading every entry.
          const report = await write(run.artifacts).catch(async (error: unknown) => {
            if (!(error instanceof DeferredMiss)) throw error;
            return write(await run.again());
          });
          // The files are in place: the next run may hand them on by hash.
          if (run.units) run.saveUnits?.(run.units);
          if (report.leftovers.length > 0)
            io.stderr(
              `removed  ${report.leftovers.length} temporary file(s) left in ${shown} by a killed or failed run\n`,
            );
          for (const p of report.kept)
            io.stderr(`kept     ${shown}/${p} (no longer generated, but edited by hand)\n`);
          io.stdout(
            `${run.name}: ${plural(run.artifacts.length, 'file')}${shard ? ` of shard ${shard.index}/${shard.count}` : ''} in ${shown} (${report.written.length} written, ${report.unchanged.length} unchanged, ${report.removed.length} removed)\n`,
          );
        }
      }
      // Every entry a full run did not use belongs to an older model, templates or code: without
      // this the cache only grows. Each generator prunes its own folder; a partial run (--role),
      // a shard or a check uses only some entries, so it keeps them all.
      for (const memo of memos) {
        if (!options.check && !partial && !shard) await memo.prune();
        else memo.flush();
      }
    } finally {
      await locks?.release();
    }
  } catch (error) {
    return outputFailure(io, error, 'could not write the output');
  }
  if (selected.length === 0)
    io.stdout(`${displayPath(io, resolve(io.cwd, options.model))}: valid; no generators to run\n`);
  if (options.check && failing > 0) {
    io.stderr(`${failing} generator(s) out of date: run 'rolekit generate' and commit the result\n`);
    return 1;
  }
  return 0;
}

export { Exit };

/**
 * Exit code 1 with one line for a refused output folder or a disk that said no (permissions, a full
 * disk): the user's to fix, not a bug. Anything else is rethrown.
 */
export function outputFailure(io: Io, error: unknown, doing: string): 1 {
  if (error instanceof OutputError) {
    io.stderr(`error: ${error.message}\n`);
    return 1;
  }
  const code = (error as NodeJS.ErrnoException).code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
    io.stderr(`error: ${doing}: ${(error as Error).message}\n`);
    return 1;
  }
  throw error;
}
