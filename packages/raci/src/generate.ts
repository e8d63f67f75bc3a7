import { type Artifact, type GeneratorContext, textArtifact } from '@rolekit/core';
import { didYouMean } from '@rolekit/model';
import { createRenderer, renderPdf } from '@rolekit/render';
import { buildMatrix, type RaciMatrix } from './matrix.js';
import { OPTION_VALUES, type RaciOptions } from './options.js';
import { isoDate, matrixDefinition, type PdfDocument, raciPdfDefinitions } from './pdf.js';
import { markdownView, raciCsv } from './tables.js';

const TEMPLATES = 'raci';

/** Option problems, reported as RK027 (never thrown); also checks the Markdown template compiles. */
export function validate(ctx: GeneratorContext<RaciOptions>): void {
  const known = ['roles', ...Object.keys(OPTION_VALUES)];
  for (const [key, value] of Object.entries(ctx.options)) {
    if (!known.includes(key)) {
      ctx.report({
        code: 'RK027',
        severity: 'error',
        message: `unknown raci option '${key}'${didYouMean(key, known)}`,
        hint: `raci options: ${known.filter((k) => k !== 'roles').join(', ')} (see docs/raci.md)`,
      });
      continue;
    }
    const allowed = (OPTION_VALUES as Record<string, readonly unknown[]>)[key];
    if (allowed && !allowed.includes(value)) {
      ctx.report({
        code: 'RK027',
        severity: 'error',
        message: `raci option ${key}=${String(value)} is not one of ${allowed.join(', ')}`,
        hint: `e.g. --option raci.${key}=${String(allowed[0])}`,
      });
    }
  }
  for (const id of ctx.options.roles ?? []) {
    if (!ctx.model.role(id))
      ctx.report({
        code: 'RK027',
        severity: 'error',
        message: `unknown role '${id}'${didYouMean(
          id,
          ctx.model.roles.map((r) => r.id),
        )}`,
        hint: 'pass role ids as in roles/<id>.yaml',
      });
  }
  for (const problem of createRenderer(ctx.templates, TEMPLATES, 'markdown').problems) ctx.report(problem);
}

async function render(doc: PdfDocument): Promise<Artifact> {
  return { path: doc.path, bytes: await renderPdf(doc.definition, doc.meta), mediaType: 'application/pdf' };
}

/** raci.pdf alone, from the model as the generator makes it; for benchmarks and quick looks. */
export async function raciPdf(
  ctx: Pick<GeneratorContext<RaciOptions>, 'model' | 'options' | 'date'>,
): Promise<Uint8Array> {
  const matrix = buildMatrix(ctx.model, { order: ctx.options.order });
  const doc = matrixDefinition(matrix, { pageSize: ctx.options.pageSize, date: ctx.date });
  return renderPdf(doc.definition, doc.meta);
}

/** raci.pdf, roles/<id>.pdf, raci.csv and raci.md, all from one matrix. */
export async function generate(ctx: GeneratorContext<RaciOptions>): Promise<Artifact[]> {
  const matrix: RaciMatrix = buildMatrix(ctx.model, { order: ctx.options.order });
  const docs = raciPdfDefinitions(matrix, {
    pageSize: ctx.options.pageSize,
    date: ctx.date,
    ...(ctx.options.roles ? { roles: ctx.options.roles } : {}),
  });
  const pdfs = ctx.options.roleSheets ? docs : docs.filter((d) => d.path === 'raci.pdf');
  const markdown = createRenderer(ctx.templates, TEMPLATES, 'markdown').render(
    'raci.md.hbs',
    markdownView(matrix, isoDate(ctx.date)),
  );
  const artifacts: Artifact[] = [];
  for (const doc of pdfs) artifacts.push(await render(doc));
  artifacts.push(textArtifact('raci.csv', raciCsv(matrix), 'text/csv; charset=utf-8; header=present'));
  artifacts.push(textArtifact('raci.md', markdown, 'text/markdown; charset=utf-8'));
  return artifacts;
}
