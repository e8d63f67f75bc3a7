import { type Artifact, type GeneratorContext, textArtifact } from '@rolekit/core';
import { mergeManagedSection } from './markers.js';
import { type CodeownersOptions, resolveOptions } from './options.js';
import { buildCodeowners } from './render.js';

export function validate(ctx: GeneratorContext<CodeownersOptions>): void {
  for (const problem of resolveOptions(ctx.options).problems) ctx.report(problem);
}

/** One `<repository>/CODEOWNERS` per repository of the model: the managed block and nothing else. */
export function generate(ctx: GeneratorContext<CodeownersOptions>): Artifact[] {
  const { value } = resolveOptions(ctx.options);
  const { repositories, diagnostics } = buildCodeowners(ctx.model, value.flavour);
  for (const d of diagnostics) ctx.report(d);
  return repositories.map(({ layout, section }) =>
    textArtifact(
      `${layout.repository.name}/CODEOWNERS`,
      mergeManagedSection(undefined, section),
      'text/plain',
    ),
  );
}
