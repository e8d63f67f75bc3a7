import type { Generator } from '@rolekit/core';

/** Every generator the CLI knows, in the order `rolekit generate` runs them. */
export const generatorNames = [
  'job-descriptions',
  'raci',
  'codeowners',
  'jira',
  'onboarding',
  'site',
] as const;
export type GeneratorName = (typeof generatorNames)[number];

// biome-ignore lint/suspicious/noExplicitAny: each generator has its own option type; the CLI passes them through untyped.
type AnyGenerator = Generator<any>;

// Imported on demand: turbo runs each generator in a process of its own, which then loads only
// that generator's packages (pdfmake, pdf-lib, octokit or jira.js), not all of them.
const loaders: Record<GeneratorName, () => Promise<AnyGenerator>> = {
  'job-descriptions': async () => (await import('@rolekit/job-descriptions')).jobDescriptionsGenerator,
  raci: async () => (await import('@rolekit/raci')).raciGenerator,
  codeowners: async () => (await import('@rolekit/codeowners')).codeownersGenerator,
  jira: async () => (await import('@rolekit/jira/generator')).jiraGenerator,
  onboarding: async () => (await import('@rolekit/onboarding')).onboardingGenerator,
  site: async () => (await import('@rolekit/site')).siteGenerator,
};

export function isGeneratorName(name: string): name is GeneratorName {
  return (generatorNames as readonly string[]).includes(name);
}

/** The named generators (all of them when none are named), in generatorNames order. */
export function loadGenerators(names: readonly GeneratorName[] = generatorNames): Promise<AnyGenerator[]> {
  return Promise.all(generatorNames.filter((n) => names.includes(n)).map((n) => loaders[n]()));
}
