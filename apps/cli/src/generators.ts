import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  contractProblems,
  type Generator,
  type GeneratorDeclaration,
  loadGenerator,
  optionKeys,
} from '@rolekit/core';

/**
 * The registry: one line per built-in generator, naming its package's light `declaration` export,
 * in the order `rolekit generate` runs them. Everything else (the CLI's names, its help and
 * --option, the rendering cache, turbo's configuration test, docs/generators.md, the folder-shape
 * test) reads the declarations. Outside generators come from the model (see plugins.ts).
 */
export const GENERATOR_MODULES: readonly string[] = [
  '@rolekit/job-descriptions/declaration',
  '@rolekit/raci/declaration',
  '@rolekit/codeowners/declaration',
  '@rolekit/jira/declaration',
  '@rolekit/onboarding/declaration',
  '@rolekit/site/declaration',
];

// biome-ignore lint/suspicious/noExplicitAny: each generator has its own option type; the CLI passes them through untyped.
export type AnyDeclaration = GeneratorDeclaration<any>;
// biome-ignore lint/suspicious/noExplicitAny: as above.
export type AnyGenerator = Generator<any>;

/** A declared generator and what its renderings depend on. */
export interface Registered {
  declaration: AnyDeclaration;
  /**
   * What the rendering cache hashes as the generator's code: a package's folder of code (src/ or
   * dist/, beside its declaration), or an outside generator's one file.
   */
  code: { folder: string } | { file: string };
}

/**
 * Imports declarations (small: names, options, artifacts; no pdfmake, octokit or jira.js). A
 * built-in declaration that breaks the contract is a bug in rolekit: thrown.
 */
export async function loadRegistry(modules: readonly string[] = GENERATOR_MODULES): Promise<Registered[]> {
  return Promise.all(
    modules.map(async (specifier) => {
      const declaration = ((await import(specifier)) as { declaration?: unknown }).declaration;
      const problems = contractProblems(declaration);
      if (problems.length > 0) throw new Error(`${specifier}: ${problems.join('; ')}`);
      const file = fileURLToPath(import.meta.resolve(specifier));
      return { declaration: declaration as AnyDeclaration, code: { folder: dirname(file) } };
    }),
  );
}

/** The built-in generators, declarations only. */
export const builtIn: readonly Registered[] = await loadRegistry();

/** Every built-in generator's name, in the order `rolekit generate` runs them. */
export const generatorNames: readonly string[] = builtIn.map((r) => r.declaration.name);

export function isGeneratorName(name: string): boolean {
  return generatorNames.includes(name);
}

export function registered(name: string, among: readonly Registered[] = builtIn): Registered | undefined {
  return among.find((r) => r.declaration.name === name);
}

/** The named generators with their code (all when none are named), in registry order. */
export function loadGenerators(
  names: readonly string[] = generatorNames,
  among: readonly Registered[] = builtIn,
): Promise<AnyGenerator[]> {
  return Promise.all(
    among.filter((r) => names.includes(r.declaration.name)).map((r) => loadGenerator(r.declaration)),
  );
}

/** Each generator's options, for --help: `raci: pageSize, order, roleSheets, bom; ...`. */
export function optionSummary(among: readonly Registered[] = builtIn): string {
  return among
    .map(({ declaration }) => [declaration.name, optionKeys(declaration.options)] as const)
    .filter(([, keys]) => keys.length > 0)
    .map(([name, keys]) => `${name}: ${keys.join(', ')}`)
    .join('; ');
}
