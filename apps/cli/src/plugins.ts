// Generators from outside rolekit, named in organisation.yaml `generators:`. Loading one runs its
// code with the user's rights, like a build tool's plugin: only files inside the model folder
// (no link out of it) and packages installed where the model folder or the working directory
// resolves them are loaded, and each must satisfy the same contract as the built-in ones.
import { readFile, realpath } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  checkOptions,
  contractProblems,
  type GeneratorCode,
  type GeneratorContext,
  type GeneratorDeclaration,
} from '@rolekit/core';
import { at, type Diagnostic, type GeneratorSource, type Model } from '@rolekit/model';
import type { AnyDeclaration, Registered } from './generators.js';
import type { Io } from './io.js';

/**
 * Whether organisation.yaml may name generators, without loading the model: lets a misspelt
 * built-in name stay a usage error before the model is read.
 */
export async function hasOutsideGenerators(io: Io, modelDir: string): Promise<boolean> {
  for (const name of ['organisation.yaml', 'organisation.yml']) {
    try {
      if (/^generators\s*:/m.test(await readFile(resolve(io.cwd, modelDir, name), 'utf8'))) return true;
    } catch {
      // No such file: the model's own load reports it.
    }
  }
  return false;
}

function problem(
  source: GeneratorSource,
  code: 'RK180' | 'RK181',
  message: string,
  hint: string,
): Diagnostic {
  return { code, severity: 'error', message, hint, ...at(source.at) };
}

const inside = (folder: string, path: string) => {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
};

/** The file to import for a source, or the diagnostic that says why there is none. */
async function locate(
  source: GeneratorSource,
  modelDir: string,
  cwd: string,
): Promise<{ file: string; folder: boolean } | Diagnostic> {
  if (source.path !== undefined) {
    const path = resolve(modelDir, source.path);
    if (!inside(modelDir, path))
      return problem(
        source,
        'RK181',
        `generator '${source.path}' is outside the model folder`,
        'put the generator’s file in the model folder, e.g. ./generators/wiki.mjs',
      );
    let real: string;
    try {
      real = await realpath(path);
    } catch {
      return problem(
        source,
        'RK180',
        `no generator file '${source.path}' in the model folder`,
        'create the file, or correct the path (relative to the model folder)',
      );
    }
    if (!inside(await realpath(modelDir), real))
      return problem(
        source,
        'RK181',
        `generator '${source.path}' is a link that leads out of the model folder`,
        'copy the file into the model folder instead of linking to it',
      );
    return { file: real, folder: false };
  }
  const name = source.package ?? '';
  for (const base of [modelDir, cwd]) {
    try {
      return { file: createRequire(join(base, 'organisation.yaml')).resolve(name), folder: true };
    } catch {
      // Next place.
    }
  }
  return problem(
    source,
    'RK180',
    `generator package '${name}' is not installed`,
    `install it where the model folder is (npm install --save-dev ${name})`,
  );
}

/** An outside generator's code, run after its options are checked against its own declaration. */
function checked(code: GeneratorCode, info: AnyDeclaration): GeneratorCode {
  return {
    validate(ctx: GeneratorContext<Record<string, unknown>>) {
      for (const d of checkOptions(info, ctx.options)) ctx.report(d);
      code.validate?.(ctx);
    },
    generate: (ctx) => code.generate(ctx),
  };
}

/**
 * Loads every generator organisation.yaml names: each one's module is imported and its export
 * (`generator`, else the default export) checked against the contract. Problems are diagnostics
 * at the entry in organisation.yaml; nothing is thrown.
 */
export async function outsideGenerators(
  io: Io,
  model: Model,
  modelDir: string,
  builtIn: readonly Registered[],
): Promise<{ registered: Registered[]; diagnostics: Diagnostic[] }> {
  const registered: Registered[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const source of model.organisation.generators) {
    const where = await locate(source, modelDir, io.cwd);
    if ('code' in where) {
      diagnostics.push(where);
      continue;
    }
    const shown = source.path ?? source.package ?? '';
    let exported: unknown;
    try {
      const module = (await import(pathToFileURL(where.file).href)) as Record<string, unknown>;
      exported = module['generator'] ?? module['default'];
    } catch (error) {
      diagnostics.push(
        problem(
          source,
          'RK180',
          `generator '${shown}' could not be loaded: ${String((error as Error).message ?? error).split('\n')[0]}`,
          'run the file with node to see the whole error, and fix it',
        ),
      );
      continue;
    }
    const problems = contractProblems(exported);
    if (problems.length > 0) {
      diagnostics.push(
        problem(
          source,
          'RK180',
          `generator '${shown}' is not a rolekit generator: ${problems.join('; ')}`,
          'see docs/CONTRIBUTING-generators.md for what a generator exports',
        ),
      );
      continue;
    }
    const value = exported as AnyDeclaration & GeneratorCode;
    const taken = [...builtIn, ...registered].some((r) => r.declaration.name === value.name);
    if (taken) {
      diagnostics.push(
        problem(
          source,
          'RK180',
          `generator '${shown}' is named '${value.name}', like a generator that is already there`,
          'give it a name of its own: it is also its output folder',
        ),
      );
      continue;
    }
    const declaration: GeneratorDeclaration<Record<string, unknown>> = {
      ...value,
      load: async () => checked(typeof value.load === 'function' ? await value.load() : value, value),
    };
    registered.push({
      declaration,
      code: where.folder ? { folder: dirname(where.file) } : { file: where.file },
    });
  }
  return { registered, diagnostics };
}
