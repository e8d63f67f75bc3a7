import { type Artifact, type GeneratorContext, textArtifact } from '@rolekit/core';
import { mergeSectionInto } from './markers.js';
import { type CodeownersOptions, resolveOptions } from './options.js';
import { buildCodeowners } from './render.js';

export function validate(ctx: GeneratorContext<CodeownersOptions>): void {
  for (const problem of resolveOptions(ctx.options).problems) ctx.report(problem);
}

/**
 * A CODEOWNERS artifact: the managed block alone for a new file; for a file already in out/, the
 * block merged into it (see mergeSectionInto).
 */
function codeownersArtifact(path: string, section: string): Artifact {
  return { ...textArtifact(path, section, 'text/plain'), merge: mergeSectionInto(section) };
}

/** One `<repository>/CODEOWNERS` per repository of the model. */
export function generate(ctx: GeneratorContext<CodeownersOptions>): Artifact[] {
  const { value } = resolveOptions(ctx.options);
  const { repositories, diagnostics } = buildCodeowners(ctx.model, value.flavour);
  for (const d of diagnostics) ctx.report(d);
  return repositories.map(({ layout, section }) =>
    codeownersArtifact(`${layout.repository.name}/CODEOWNERS`, section),
  );
}
