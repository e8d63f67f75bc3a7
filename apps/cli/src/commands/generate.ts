import { join, resolve } from 'node:path';
import {
  type Artifact,
  checkArtifacts,
  type DiskMemo,
  diskMemo,
  loadTemplates,
  outputDate,
  runGenerator,
  summarise,
  writeArtifacts,
} from '@rolekit/core';
import type { Diagnostic } from '@rolekit/model';
import { defaultTemplatesDir } from '@rolekit/templates';
import { renderingSalt } from '../cache.js';
import { UsageError, unknownName } from '../conventions.js';
import { printDiagnostics } from '../diagnostics.js';
import { generatorNames, isGeneratorName, loadGenerators } from '../generators.js';
import { Exit, type Io } from '../io.js';
import { displayPath, loadOrExit } from '../model.js';

export { UsageError };

export interface GenerateOptions {
  model: string;
  out: string;
  check: boolean;
  templates?: string;
  role?: string[];
  option?: string[];
  /** Where rendered PDFs are remembered between runs; false to render everything. */
  cache: string | false;
}

/** Parses `--option job-descriptions.pdf=false` into per-generator option objects. */
function parseOptions(pairs: readonly string[] = []): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  for (const pair of pairs) {
    const m = /^([a-z0-9-]+)\.([A-Za-z0-9]+)=(.*)$/.exec(pair);
    if (!m) {
      throw new UsageError(
        `--option '${pair}' must look like GENERATOR.KEY=VALUE, e.g. codeowners.flavour=gitlab`,
      );
    }
    const [, generator, key, raw] = m as unknown as [string, string, string, string];
    if (!isGeneratorName(generator))
      throw unknownName('generator', generator, generatorNames, `generators: ${generatorNames.join(', ')}`);
    const value = raw === 'true' ? true : raw === 'false' ? false : /^\d+$/.test(raw) ? Number(raw) : raw;
    out.set(generator, { ...(out.get(generator) ?? {}), [key]: value });
  }
  return out;
}

export async function generate(io: Io, names: string[], options: GenerateOptions): Promise<number> {
  const unknown = names.find((n) => !isGeneratorName(n));
  if (unknown !== undefined)
    throw unknownName('generator', unknown, generatorNames, `generators: ${generatorNames.join(', ')}`);
  const perGenerator = parseOptions(options.option);
  const selected = await loadGenerators(names.length > 0 ? names.filter(isGeneratorName) : generatorNames);
  const model = await loadOrExit(io, options.model, options.cache ? { cache: options.cache } : {});
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
  const runs: Array<{ name: string; artifacts: Artifact[] }> = [];
  const diagnostics: Diagnostic[] = [];
  const memos: DiskMemo[] = [];
  for (const generator of selected) {
    const memo = options.cache
      ? await diskMemo(
          join(resolve(io.cwd, options.cache), generator.name),
          await renderingSalt(generator.name, templates),
        )
      : undefined;
    if (memo) memos.push(memo);
    const run = await runGenerator(generator, {
      model,
      templates,
      date,
      ...(memo ? { memo: memo.memo } : {}),
      options: {
        ...(perGenerator.get(generator.name) ?? {}),
        ...(options.role ? { roles: options.role } : {}),
      },
    });
    diagnostics.push(...run.diagnostics);
    runs.push({ name: generator.name, artifacts: run.artifacts });
  }
  if (diagnostics.length > 0) printDiagnostics(io, diagnostics);
  if (diagnostics.some((d) => d.severity === 'error')) {
    io.stderr(`${summarise(diagnostics).line}; nothing was written\n`);
    return 1;
  }

  const outRoot = resolve(io.cwd, options.out);
  const partial = Boolean(options.role);
  let failing = 0;
  for (const run of runs) {
    const dir = join(outRoot, run.name);
    const shown = displayPath(io, dir);
    if (options.check) {
      const report = await checkArtifacts(dir, run.artifacts, { partial });
      for (const p of report.missing) io.stdout(`missing  ${shown}/${p}\n`);
      for (const p of report.differs) io.stdout(`differs  ${shown}/${p}\n`);
      for (const p of report.stale) io.stdout(`stale    ${shown}/${p}\n`);
      if (!report.ok) failing++;
      io.stdout(
        `${run.name}: ${report.ok ? `up to date (${run.artifacts.length} files)` : `${report.missing.length} missing, ${report.differs.length} differ, ${report.stale.length} stale`}\n`,
      );
    } else {
      const report = await writeArtifacts(run.name, dir, run.artifacts, { partial });
      for (const p of report.kept)
        io.stderr(`kept     ${shown}/${p} (no longer generated, but edited by hand)\n`);
      io.stdout(
        `${run.name}: ${run.artifacts.length} files in ${shown} (${report.written.length} written, ${report.unchanged.length} unchanged, ${report.removed.length} removed)\n`,
      );
    }
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
