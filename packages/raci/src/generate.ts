import { type Artifact, type GeneratorContext, noMemo, textArtifact } from '@rolekit/core';
import { didYouMean } from '@rolekit/model';
import { createRenderer, renderPdf } from '@rolekit/render';
import { buildMatrix, type RaciMatrix, roleSheet } from './matrix.js';
import { OPTION_VALUES, type RaciOptions } from './options.js';
import { isoDate, matrixDefinition, type PdfDocument, raciPdfDefinitions } from './pdf.js';
import { markdownView, raciCsv } from './tables.js';

const TEMPLATES = 'raci';

/** Option problems, reported as RK100 (never thrown); also checks the Markdown template compiles. */
export function validate(ctx: GeneratorContext<RaciOptions>): void {
  const known = ['roles', ...Object.keys(OPTION_VALUES)];
  for (const [key, value] of Object.entries(ctx.options)) {
    if (!known.includes(key)) {
      ctx.report({
        code: 'RK100',
        severity: 'error',
        message: `unknown raci option '${key}'${didYouMean(key, known)}`,
        hint: `raci options: ${known.filter((k) => k !== 'roles').join(', ')} (see docs/raci.md)`,
      });
      continue;
    }
    const allowed = (OPTION_VALUES as Record<string, readonly unknown[]>)[key];
    if (allowed && !allowed.includes(value)) {
      ctx.report({
        code: 'RK100',
        severity: 'error',
        message: `raci option ${key}=${String(value)} is not one of ${allowed.join(', ')}`,
        hint: `e.g. --option raci.${key}=${String(allowed[0])}`,
      });
    }
  }
  for (const id of ctx.options.roles ?? []) {
    if (!ctx.model.role(id))
      ctx.report({
        code: 'RK100',
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

/**
 * Everything a PDF's definition reads, as the key of ctx.memo: the whole matrix for raci.pdf; for a
 * role sheet only that role's part, so that editing one activity re-renders only the sheets of
 * the roles in it.
 */
function memoKey(matrix: RaciMatrix, doc: PdfDocument, options: RaciOptions, date: Date): unknown {
  const role = /^roles\/(.+)\.pdf$/.exec(doc.path)?.[1];
  if (role === undefined)
    return { generator: 'raci', path: doc.path, matrix, pageSize: options.pageSize, date };
  const { organisation, variant, letters } = matrix;
  return {
    generator: 'raci',
    path: doc.path,
    organisation,
    variant,
    letters,
    sheet: roleSheet(matrix, role),
    date,
  };
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
  const memo = ctx.memo ?? noMemo;
  const artifacts: Artifact[] = [];
  for (const doc of pdfs) {
    const bytes = await memo(memoKey(matrix, doc, ctx.options, ctx.date), () =>
      renderPdf(doc.definition, doc.meta),
    );
    artifacts.push({ path: doc.path, bytes, mediaType: 'application/pdf' });
  }
  artifacts.push(textArtifact('raci.csv', raciCsv(matrix), 'text/csv; charset=utf-8; header=present'));
  artifacts.push(textArtifact('raci.md', markdown, 'text/markdown; charset=utf-8'));
  return artifacts;
}
