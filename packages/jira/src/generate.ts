import { type Artifact, type GeneratorContext, noMemo, textArtifact } from '@rolekit/core';
import { glyphWarnings, renderPdf } from '@rolekit/render';
import type { JiraOptions } from './options.js';
import { matrixMarkdown, matrixPdfDocument } from './render.js';
import { schemeFileBody } from './scheme-body.js';
import { desiredSchemes } from './view.js';

/**
 * out/jira/: schemes/<id>.json (a Jira Cloud REST v3 create body per scheme), matrix.md and
 * matrix.pdf (roles x permissions per scheme). Nothing when the model has no jira.yaml.
 */
export async function generate(ctx: GeneratorContext<JiraOptions>): Promise<Artifact[]> {
  const { model } = ctx;
  if (!model.jira) return [];
  const schemes = desiredSchemes(model);
  const artifacts: Artifact[] = schemes.map((s) =>
    textArtifact(
      `schemes/${s.id}.json`,
      `${JSON.stringify(schemeFileBody(s), null, 2)}\n`,
      'application/json',
    ),
  );
  artifacts.push(textArtifact('matrix.md', matrixMarkdown(model, schemes, ctx.date), 'text/markdown'));
  if (ctx.options.pdf !== false) {
    const printed = model.roles.map((role) => ({
      subject: `role '${role.id}'`,
      at: role.at,
      fields: { title: role.title },
    }));
    for (const warning of glyphWarnings(printed, 'matrix.pdf')) ctx.report(warning);
    const { definition, meta } = matrixPdfDocument(model, schemes, ctx.date);
    // The definition's content and the metadata are everything the PDF reads (the layout code is
    // in the cache's salt), so they key the runner's cache: an edit elsewhere renders nothing.
    const memo = ctx.memo ?? noMemo;
    artifacts.push({
      path: 'matrix.pdf',
      bytes: await memo({ generator: 'jira', path: 'matrix.pdf', definition, meta }, () =>
        renderPdf(definition, meta),
      ),
      mediaType: 'application/pdf',
    });
  }
  return artifacts;
}

export { validate } from './validate.js';
