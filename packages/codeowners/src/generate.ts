import { type Artifact, type GeneratorContext, textArtifact } from '@rolekit/core';
import { managedSectionProblem, mergeManagedSection } from './markers.js';
import { type CodeownersOptions, resolveOptions } from './options.js';
import { buildCodeowners } from './render.js';

export function validate(ctx: GeneratorContext<CodeownersOptions>): void {
  for (const problem of resolveOptions(ctx.options).problems) ctx.report(problem);
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * A CODEOWNERS artifact: the managed block alone for a new file; for a file already in out/, the
 * block merged into it, so that lines people added outside the markers stay byte for byte. A file
 * that is not UTF-8 or whose markers are broken is written afresh.
 */
function codeownersArtifact(path: string, section: string): Artifact {
  const artifact = textArtifact(path, mergeManagedSection(undefined, section), 'text/plain');
  return {
    ...artifact,
    merge(existing) {
      let text: string;
      try {
        text = decoder.decode(existing);
      } catch {
        return artifact.bytes;
      }
      return managedSectionProblem(text)
        ? artifact.bytes
        : encoder.encode(mergeManagedSection(text, section));
    },
  };
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
